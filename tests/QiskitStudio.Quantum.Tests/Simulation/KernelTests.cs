using System.Numerics;
using QiskitStudio.Quantum.Simulation;
using QiskitStudio.Quantum.Simulation.Kernels;

namespace QiskitStudio.Quantum.Tests.Simulation;

/// <summary>
/// Every kernel (vectorised and portable, sequential and threaded) on every qubit position,
/// checked against the generic portable dense kernel and against the Kronecker reference.
/// </summary>
public class KernelTests
{
    private const int N = 6;

    public static TheoryData<string, string> Paths() => new()
    {
        { "best", "sequential" },
        { "best", "parallel" },
        { "portable", "sequential" },
        { "portable", "parallel" },
    };

    private static IGateKernels KernelsNamed(string name) => name == "best" ? GateKernels.Best : GateKernels.Portable;

    // minQubits 0 and many chunks: the threaded path splits even a 6-qubit pass, mid-run.
    private static ParallelPolicy PolicyNamed(string name) => name == "parallel" ? ParallelPolicy.Threaded(0, 4) : ParallelPolicy.Sequential;

    [Fact]
    public void BestKernelsAreVectorisedWhenTheProcessorAllows()
    {
        Assert.Equal(GateKernels.HardwareAvx2 ? "avx2" : "portable", GateKernels.Best.Name);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void DenseOneQubitOnEveryQubit(string kernels, string policy)
    {
        var random = new Random(1);
        for (int q = 0; q < N; q++)
        {
            Complex[] u = TestGates.RandomUnitary(1, random);
            Check(kernels, policy, new DenseGate([q], u), [q], u, random);
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void DenseTwoQubitsOnEveryPair(string kernels, string policy)
    {
        var random = new Random(2);
        foreach (int[] qubits in Tuples(2))
        {
            Complex[] u = TestGates.RandomUnitary(2, random);
            (int[] sorted, Complex[] m) = GateClassifier.ToAscending(qubits, u);
            Check(kernels, policy, new DenseGate(sorted, m), qubits, u, random);
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void DenseThreeAndFourQubits(string kernels, string policy)
    {
        var random = new Random(3);
        foreach (int[] qubits in Tuples(3).Where((_, i) => i % 3 == 0).Concat([[0, 1, 2, 3], [5, 0, 3, 1], [2, 3, 4, 5], [1, 2, 4, 5]]))
        {
            Complex[] u = TestGates.RandomUnitary(qubits.Length, random);
            (int[] sorted, Complex[] m) = GateClassifier.ToAscending(qubits, u);
            Check(kernels, policy, new DenseGate(sorted, m), qubits, u, random);
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void ControlledOnEveryPairWithBothControlValues(string kernels, string policy)
    {
        var random = new Random(4);
        foreach (int[] pair in Tuples(2))
        {
            for (int value = 0; value <= 1; value++)
            {
                Complex[] u = TestGates.RandomUnitary(1, random);
                var gate = new DenseGate([pair[1]], u, [pair[0]], [value]);
                Check(kernels, policy, gate, pair, ControlledMatrix(u, value), random);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void DoublyControlledTwoQubitGate(string kernels, string policy)
    {
        var random = new Random(5);
        foreach (int[] qubits in new[] { new[] { 0, 1, 2, 3 }, [4, 2, 0, 5], [1, 5, 3, 2] })
        {
            Complex[] u = TestGates.RandomUnitary(2, random);
            (int[] targets, Complex[] m) = GateClassifier.ToAscending(qubits[2..], u);
            int[] controls = [.. qubits[..2].Order()];
            var gate = new DenseGate(targets, m, controls, [1, 1]);
            // Reference: the same gate built as a 16×16 matrix over [c0, c1, t0, t1].
            var full = new Complex[256];
            for (int col = 0; col < 16; col++)
            {
                if ((col & 3) != 3)
                {
                    full[col * 16 + col] = 1;
                    continue;
                }

                for (int r = 0; r < 4; r++)
                {
                    full[(3 | r << 2) * 16 + col] = u[r * 4 + (col >> 2)];
                }
            }

            Check(kernels, policy, gate, [qubits[0], qubits[1], qubits[2], qubits[3]], full, random);
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void DiagonalOnEveryPosition(string kernels, string policy)
    {
        var random = new Random(6);
        foreach (int[] qubits in Tuples(1).Concat(Tuples(2)).Concat([[0, 2, 5], [1, 3, 4], [0, 1, 2, 3]]))
        {
            int dim = 1 << qubits.Length;
            Complex[] d = [.. Enumerable.Range(0, dim).Select(_ => Complex.FromPolarCoordinates(1, random.NextDouble() * 6))];
            var m = new Complex[dim * dim];
            for (int j = 0; j < dim; j++)
            {
                m[j * dim + j] = d[j];
            }

            (int[] sorted, Complex[] sortedMatrix) = GateClassifier.ToAscending(qubits, m);
            Complex[] sortedDiagonal = [.. Enumerable.Range(0, dim).Select(j => sortedMatrix[j * dim + j])];
            Check(kernels, policy, new DiagonalGate(sorted, sortedDiagonal), qubits, m, random);
        }
    }

    /// <summary>
    /// Diagonals with a target just above qubit 0 take the short-run AVX2 path, which looks the
    /// table index up from the low bits and computes the part above them once per block; on 10
    /// qubits both parts are exercised, and the threaded policy splits passes mid-block.
    /// </summary>
    [Theory]
    [MemberData(nameof(Paths))]
    public void DiagonalOnLowAndHighPositionsOfALargerState(string kernels, string policy)
    {
        const int n = 10;
        var random = new Random(8);
        int[][] sets = [[1], [2], [3], [0, 1], [0, 3], [1, 2], [1, 3], [1, 2, 3], [0, 1, 8, 9], [1, 2, 3, 7], [0, 2, 3, 6], [2, 6, 7], [1, 5, 6, 7, 8, 9], [3, 5, 6, 7, 9]];
        IEnumerable<int[]> pairs = Enumerable.Range(0, n).SelectMany(a => Enumerable.Range(a + 1, n - a - 1).Select(b => new[] { a, b }));
        foreach (int[] qubits in sets.Concat(pairs).Concat(Enumerable.Range(3, n - 3).Select(q => new[] { 0, 1, q })))
        {
            int dim = 1 << qubits.Length;
            Complex[] d = [.. Enumerable.Range(0, dim).Select(_ => Complex.FromPolarCoordinates(1, random.NextDouble() * 6))];
            var gate = new DiagonalGate(qubits, d);
            Complex[] initial = TestGates.RandomState(n, random);
            using StateBuffer state = StateBuffer.FromAmplitudes(initial);
            KernelsNamed(kernels).Apply(state, gate, PolicyNamed(policy));

            using StateBuffer generic = StateBuffer.FromAmplitudes(initial);
            GateKernels.Portable.ApplyDense(generic, gate.ToDense(), ParallelPolicy.Sequential);
            DenseReference.AssertClose(generic.ToArray(), state.ToArray(), 1e-12);
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void PermutationsOnEveryPosition(string kernels, string policy)
    {
        var random = new Random(7);
        for (int q = 0; q < N; q++)
        {
            Check(kernels, policy, Classified([q], TestGates.X), [q], TestGates.X, random);
            Check(kernels, policy, Classified([q], TestGates.Y), [q], TestGates.Y, random);
        }

        foreach (int[] pair in Tuples(2))
        {
            Check(kernels, policy, Classified(pair, TestGates.CX), pair, TestGates.CX, random);
            Check(kernels, policy, Classified(pair, TestGates.Swap), pair, TestGates.Swap, random);
        }

        foreach (int[] triple in Tuples(3).Where((_, i) => i % 4 == 0))
        {
            Check(kernels, policy, Classified(triple, TestGates.Ccx), triple, TestGates.Ccx, random);
        }
    }

    private static KernelGate Classified(int[] qubits, Complex[] matrix)
        => GateClassifier.Classify(qubits, matrix) ?? throw new InvalidOperationException("identity");

    private static void Check(string kernels, string policy, KernelGate gate, int[] qubits, Complex[] matrix, Random random)
    {
        Complex[] initial = TestGates.RandomState(N, random);
        Complex[] expected = DenseReference.Apply(DenseReference.FullMatrix(N, qubits, matrix), initial);

        using StateBuffer state = StateBuffer.FromAmplitudes(initial);
        KernelsNamed(kernels).Apply(state, gate, PolicyNamed(policy));
        DenseReference.AssertClose(expected, state.ToArray());

        // And the generic portable dense kernel, sequentially, on the gate's dense form.
        using StateBuffer generic = StateBuffer.FromAmplitudes(initial);
        GateKernels.Portable.ApplyDense(generic, gate.ToDense(), ParallelPolicy.Sequential);
        DenseReference.AssertClose(generic.ToArray(), state.ToArray(), 1e-12);
    }

    private static Complex[] ControlledMatrix(Complex[] u, int controlValue)
    {
        // Over [control, target]: index = control + 2·target.
        var m = new Complex[16];
        int other = 1 - controlValue;
        m[other * 4 + other] = 1;
        m[(other | 2) * 4 + (other | 2)] = 1;
        for (int r = 0; r < 2; r++)
        {
            for (int c = 0; c < 2; c++)
            {
                m[(controlValue | r << 1) * 4 + (controlValue | c << 1)] = u[r * 2 + c];
            }
        }

        return m;
    }

    private static IEnumerable<int[]> Tuples(int k)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }

        foreach (int[] rest in Tuples(k - 1))
        {
            for (int q = 0; q < N; q++)
            {
                if (!rest.Contains(q))
                {
                    yield return [.. rest, q];
                }
            }
        }
    }
}
