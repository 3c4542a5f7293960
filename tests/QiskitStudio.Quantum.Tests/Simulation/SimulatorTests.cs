using System.Numerics;
using QiskitStudio.Quantum.Simulation;

namespace QiskitStudio.Quantum.Tests.Simulation;

public class SimulatorTests
{
    public static TheoryData<string> Configurations() => ["default", "no-fusion", "fusion-2", "fusion-3", "portable", "parallel", "parallel-portable"];

    internal static SimulatorOptions OptionsNamed(string name) => name switch
    {
        "no-fusion" => new SimulatorOptions { Fusion = false, Parallelism = ParallelPolicy.Sequential },
        "fusion-2" => new SimulatorOptions { FusionMinQubits = 0, MaxFusedQubits = 2, Parallelism = ParallelPolicy.Sequential },
        "fusion-3" => new SimulatorOptions { FusionMinQubits = 0, MaxFusedQubits = 3, Parallelism = ParallelPolicy.Sequential },
        "portable" => new SimulatorOptions { FusionMinQubits = 0, ForcePortableKernels = true, Parallelism = ParallelPolicy.Sequential },
        "parallel" => new SimulatorOptions { FusionMinQubits = 0, Parallelism = ParallelPolicy.Threaded(0, 3) },
        "parallel-portable" => new SimulatorOptions { Fusion = false, ForcePortableKernels = true, Parallelism = ParallelPolicy.Threaded(0, 3) },
        _ => new SimulatorOptions { FusionMinQubits = 0 },
    };

    /// <summary>Random circuits on 1…8 qubits and their reference states, computed once for every configuration.</summary>
    private static readonly Lazy<List<(int Qubits, List<GateOp> Gates, Complex[] Expected)>> ReferenceCircuits = new(() =>
    {
        var random = new Random(7919);
        var result = new List<(int, List<GateOp>, Complex[])>();
        for (int n = 1; n <= 8; n++)
        {
            List<GateOp> gates = [.. Enumerable.Range(0, n <= 4 ? 25 : 40).Select(_ => TestGates.RandomGate(n, random))];
            result.Add((n, gates, DenseReference.Run(n, gates)));
        }

        return result;
    });

    [Theory]
    [MemberData(nameof(Configurations))]
    public void RandomCircuitsMatchTheDenseReference(string configuration)
    {
        SimulatorOptions options = OptionsNamed(configuration);
        foreach ((int n, List<GateOp> gates, Complex[] expected) in ReferenceCircuits.Value)
        {
            var program = new SimulationProgram(n);
            gates.ForEach(g => program.Add(g));
            using Statevector actual = new StatevectorSimulator(options).Evolve(program);
            DenseReference.AssertClose(expected, actual.ToArray(), 1e-9);
        }
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public void CircuitFollowedByItsInverseIsTheIdentity(string configuration)
    {
        SimulatorOptions options = OptionsNamed(configuration);
        var random = new Random(42);
        const int n = 7;
        List<GateOp> gates = [.. Enumerable.Range(0, 60).Select(_ => TestGates.RandomGate(n, random))];
        var program = new SimulationProgram(n);
        gates.ForEach(g => program.Add(g));
        for (int i = gates.Count - 1; i >= 0; i--)
        {
            program.Add(gates[i] with { Matrix = TestGates.Adjoint(gates[i].Matrix) });
        }

        Complex[] initial = TestGates.RandomState(n, random);
        using var start = new Statevector(initial);
        using Statevector end = start.Evolve(program, options);
        DenseReference.AssertClose(initial, end.ToArray(), 1e-9);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(10)]
    public void GhzState(int n)
    {
        var program = new SimulationProgram(n).Gate("h", TestGates.H, 0);
        for (int q = 1; q < n; q++)
        {
            program.Gate("cx", TestGates.CX, q - 1, q);
        }

        using Statevector state = new StatevectorSimulator(OptionsNamed("default")).Evolve(program);
        Complex[] amplitudes = state.ToArray();
        for (long i = 0; i < amplitudes.Length; i++)
        {
            double expected = i == 0 || i == amplitudes.Length - 1 ? 1 / Math.Sqrt(2) : 0;
            Assert.Equal(expected, amplitudes[i].Real, 12);
            Assert.Equal(0, amplitudes[i].Imaginary, 12);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(6)]
    public void WState(int n)
    {
        // X on qubit 0, then move the excitation along: CRY(θk) q_k→q_{k+1}, CX q_{k+1}→q_k,
        // with cos(θk/2) = 1/√(n−k), leaves amplitude 1/√n on each one-hot basis state.
        var program = new SimulationProgram(n).Gate("x", TestGates.X, 0);
        for (int k = 0; k < n - 1; k++)
        {
            double theta = 2 * Math.Acos(Math.Sqrt(1.0 / (n - k)));
            program.Gate("cry", TestGates.Controlled(TestGates.Ry(theta)), k, k + 1);
            program.Gate("cx", TestGates.CX, k + 1, k);
        }

        using Statevector state = new StatevectorSimulator(OptionsNamed("default")).Evolve(program);
        Complex[] amplitudes = state.ToArray();
        for (long i = 0; i < amplitudes.Length; i++)
        {
            double expected = long.PopCount(i) == 1 ? 1 / Math.Sqrt(n) : 0;
            Assert.Equal(expected, amplitudes[i].Magnitude, 12);
        }
    }

    [Theory]
    [InlineData(3, 5)]
    [InlineData(5, 19)]
    [InlineData(8, 200)]
    public void QftOfABasisState(int n, int x)
    {
        var program = new SimulationProgram(n);
        for (int q = 0; q < n; q++)
        {
            if ((x >> q & 1) != 0)
            {
                program.Gate("x", TestGates.X, q);
            }
        }

        AppendQft(program, n);
        using Statevector state = new StatevectorSimulator(OptionsNamed("default")).Evolve(program);
        long dim = 1L << n;
        var expected = new Complex[dim];
        for (long y = 0; y < dim; y++)
        {
            expected[y] = Complex.FromPolarCoordinates(1 / Math.Sqrt(dim), 2 * Math.PI * x * y / dim);
        }

        DenseReference.AssertClose(expected, state.ToArray(), 1e-10);
    }

    /// <summary>Textbook QFT: H and controlled phases from the top qubit down, then reverse the qubits.</summary>
    internal static void AppendQft(SimulationProgram program, int n)
    {
        for (int j = n - 1; j >= 0; j--)
        {
            program.Gate("h", TestGates.H, j);
            for (int k = j - 1; k >= 0; k--)
            {
                program.Gate("cp", TestGates.Controlled(TestGates.P(Math.PI / (1 << (j - k)))), k, j);
            }
        }

        for (int q = 0; q < n / 2; q++)
        {
            program.Gate("swap", TestGates.Swap, q, n - 1 - q);
        }
    }

    [Fact]
    public void GatesPassOnlyOverTheQubitsTouchedSoFar()
    {
        // A GHZ ladder from qubit 0: the k-th gate needs only the first k+1 qubits, since all
        // above are still |0⟩; a later gate on qubit 2 needs no more than what is already active.
        var program = new SimulationProgram(10).Gate("h", TestGates.H, 0);
        for (int q = 1; q < 10; q++)
        {
            program.Gate("cx", TestGates.CX, q - 1, q);
        }

        program.Gate("x", TestGates.X, 2);
        PreparedProgram prepared = PreparedProgram.Prepare(program, new SimulatorOptions { Fusion = false });
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10], prepared.Steps.Cast<GateStep>().Select(s => s.ActiveQubits));
    }

    [Fact]
    public void QubitLimitGivesAClearError()
    {
        var program = new SimulationProgram(40).Gate("h", TestGates.H, 0);
        var error = Assert.Throws<SimulationException>(() => new StatevectorSimulator().Run(program, 10));
        Assert.Equal("circuit needs 40 qubits; the statevector simulator is limited to 28 (about 4 GiB of memory)", error.Message);

        var small = new StatevectorSimulator(new SimulatorOptions { MaxQubits = 10 });
        var smallError = Assert.Throws<SimulationException>(() => small.Run(new SimulationProgram(11), 1));
        Assert.Contains("limited to 10 (about 16 KiB of memory)", smallError.Message);
    }

    [Fact]
    public void GatesOnMissingQubitsAreRefused()
    {
        var program = new SimulationProgram(2);
        Assert.Throws<SimulationException>(() => program.Gate("x", TestGates.X, 2));
        Assert.Throws<SimulationException>(() => program.Gate("cx", TestGates.CX, 1, 1));
        Assert.Throws<SimulationException>(() => program.Gate("cx", TestGates.X, 0, 1));
    }

    [Fact]
    public void EvolveRefusesMeasurements()
    {
        var program = new SimulationProgram(1, 1).Gate("h", TestGates.H, 0).Measure(0, 0);
        var error = Assert.Throws<SimulationException>(() => Statevector.FromProgram(program));
        Assert.Equal("Cannot apply instruction with classical bits: measure", error.Message);
    }
}
