using System.Numerics;

namespace QiskitStudio.Quantum.Simulation;

/// <summary>
/// Operations on a whole state that are not gates: norms, marginal probabilities, collapse
/// after a measurement, reset, sampling, inner products and Pauli expectation values.
/// </summary>
internal static unsafe class StateSpace
{
    public static double Norm2(StateBuffer state, ParallelPolicy policy)
    {
        double result = policy.Sum(state.Length, state.Qubits, (start, end) =>
        {
            double* d = state.Data;
            double sum = 0;
            for (long i = 2 * start; i < 2 * end; i++)
            {
                sum += d[i] * d[i];
            }

            return sum;
        });
        GC.KeepAlive(state);
        return result;
    }

    /// <summary>Probability that <paramref name="qubit"/> reads 1 (unnormalised: divided by nothing).</summary>
    public static double ProbabilityOfOne(StateBuffer state, int qubit, ParallelPolicy policy)
    {
        long bit = 1L << qubit;
        double result = policy.Sum(state.Length / 2, state.Qubits, (start, end) =>
        {
            double* d = state.Data;
            double sum = 0;
            for (long h = start; h < end; h++)
            {
                long i = Insert(h, qubit) | bit;
                sum += d[2 * i] * d[2 * i] + d[2 * i + 1] * d[2 * i + 1];
            }

            return sum;
        });
        GC.KeepAlive(state);
        return result;
    }

    /// <summary>Keeps the half of the state where <paramref name="qubit"/> is <paramref name="outcome"/>, scaled; zeroes the rest.</summary>
    public static void Collapse(StateBuffer state, int qubit, int outcome, double scale, ParallelPolicy policy)
    {
        long bit = 1L << qubit;
        policy.For(state.Length / 2, state.Qubits, (start, end) =>
        {
            Complex* a = (Complex*)state.Data;
            for (long h = start; h < end; h++)
            {
                long i0 = Insert(h, qubit);
                long keep = outcome == 0 ? i0 : i0 | bit;
                long drop = outcome == 0 ? i0 | bit : i0;
                a[keep] *= scale;
                a[drop] = Complex.Zero;
            }
        });
        GC.KeepAlive(state);
    }

    /// <summary>Collapses <paramref name="qubit"/> to <paramref name="outcome"/> and then moves it to |0⟩.</summary>
    public static void ResetTo0(StateBuffer state, int qubit, int outcome, double scale, ParallelPolicy policy)
    {
        long bit = 1L << qubit;
        policy.For(state.Length / 2, state.Qubits, (start, end) =>
        {
            Complex* a = (Complex*)state.Data;
            for (long h = start; h < end; h++)
            {
                long i0 = Insert(h, qubit);
                a[i0] = (outcome == 0 ? a[i0] : a[i0 | bit]) * scale;
                a[i0 | bit] = Complex.Zero;
            }
        });
        GC.KeepAlive(state);
    }

    /// <summary>
    /// Measures one qubit: draws the outcome from <paramref name="random"/>, collapses the state
    /// (or resets it to |0⟩ when <paramref name="reset"/>), returns the outcome.
    /// </summary>
    public static int MeasureQubit(StateBuffer state, int qubit, Random random, ParallelPolicy policy, bool reset = false)
    {
        double p1 = ProbabilityOfOne(state, qubit, policy);
        double total = Norm2(state, policy);
        p1 = total > 0 ? Math.Clamp(p1 / total, 0, 1) : 0;
        int outcome = random.NextDouble() < p1 ? 1 : 0;
        double p = outcome == 1 ? p1 : 1 - p1;
        double scale = 1 / Math.Sqrt(p * total);
        if (reset)
        {
            ResetTo0(state, qubit, outcome, scale, policy);
        }
        else
        {
            Collapse(state, qubit, outcome, scale, policy);
        }

        return outcome;
    }

    /// <summary>|amplitude|² of every basis state.</summary>
    public static double[] Probabilities(StateBuffer state)
    {
        var result = new double[state.Length];
        double* d = state.Data;
        for (long i = 0; i < state.Length; i++)
        {
            result[i] = d[2 * i] * d[2 * i] + d[2 * i + 1] * d[2 * i + 1];
        }

        GC.KeepAlive(state);
        return result;
    }

    /// <summary>
    /// Marginal probabilities over <paramref name="qubits"/>, little-endian over that list
    /// (qubits[0] is the least significant bit of the result index), as Qiskit's probabilities(qargs).
    /// </summary>
    public static double[] MarginalProbabilities(StateBuffer state, IReadOnlyList<int> qubits)
    {
        int[] positions = [.. qubits];
        var result = new double[1L << positions.Length];
        double* d = state.Data;
        for (long i = 0; i < state.Length; i++)
        {
            double p = d[2 * i] * d[2 * i] + d[2 * i + 1] * d[2 * i + 1];
            if (p != 0)
            {
                result[Kernels.KernelGate.Extract(i, positions)] += p;
            }
        }

        GC.KeepAlive(state);
        return result;
    }

    /// <summary>
    /// Draws <paramref name="shots"/> basis-state indices from |amplitude|², in one pass over
    /// the state: the random numbers are sorted and matched against the running sum. The
    /// result is shuffled, so it reads as shots taken one after another.
    /// </summary>
    public static long[] SampleIndices(StateBuffer state, int shots, Random random, ParallelPolicy policy)
    {
        double total = Norm2(state, policy);
        var draws = new double[shots];
        for (int s = 0; s < shots; s++)
        {
            draws[s] = random.NextDouble() * total;
        }

        Array.Sort(draws);
        var result = new long[shots];
        double* d = state.Data;
        double running = 0;
        long last = 0;
        int next = 0;
        for (long i = 0; i < state.Length && next < shots; i++)
        {
            double p = d[2 * i] * d[2 * i] + d[2 * i + 1] * d[2 * i + 1];
            if (p == 0)
            {
                continue;
            }

            last = i;
            running += p;
            while (next < shots && draws[next] < running)
            {
                result[next++] = i;
            }
        }

        // Rounding can leave the largest draws just above the final running sum.
        while (next < shots)
        {
            result[next++] = last;
        }

        GC.KeepAlive(state);
        random.Shuffle(result);
        return result;
    }

    /// <summary>⟨a|b⟩.</summary>
    public static Complex InnerProduct(StateBuffer a, StateBuffer b)
    {
        if (a.Qubits != b.Qubits)
        {
            throw new ArgumentException("states differ in size");
        }

        Complex* x = (Complex*)a.Data;
        Complex* y = (Complex*)b.Data;
        Complex sum = Complex.Zero;
        for (long i = 0; i < a.Length; i++)
        {
            sum += Complex.Conjugate(x[i]) * y[i];
        }

        GC.KeepAlive(a);
        GC.KeepAlive(b);
        return sum;
    }

    /// <summary>
    /// ⟨ψ|P|ψ⟩ for one Pauli string without building a matrix. The label's rightmost character
    /// acts on qubit 0 (Qiskit's convention). P|i⟩ = i^(#Y) (−1)^popcount(i &amp; (Y|Z)) |i ⊕ (X|Y)⟩.
    /// </summary>
    public static Complex PauliExpectation(StateBuffer state, string label, ParallelPolicy policy)
    {
        int n = state.Qubits;
        if (label.Length != n)
        {
            throw new ArgumentException($"Pauli label '{label}' has {label.Length} qubits; the state has {n}");
        }

        long flip = 0;
        long sign = 0;
        int yCount = 0;
        for (int q = 0; q < n; q++)
        {
            char c = char.ToUpperInvariant(label[n - 1 - q]);
            switch (c)
            {
                case 'I':
                    break;
                case 'X':
                    flip |= 1L << q;
                    break;
                case 'Y':
                    flip |= 1L << q;
                    sign |= 1L << q;
                    yCount++;
                    break;
                case 'Z':
                    sign |= 1L << q;
                    break;
                default:
                    throw new ArgumentException($"'{label[n - 1 - q]}' is not a Pauli (expected I, X, Y or Z)");
            }
        }

        // Σ_i conj(a[i ⊕ flip]) · (−1)^popcount(i & sign) · a[i], computed as real and imaginary sums.
        double re = policy.Sum(state.Length, n, (start, end) => PauliPartial(state, flip, sign, start, end, imaginary: false));
        double im = flip == 0
            ? 0
            : policy.Sum(state.Length, n, (start, end) => PauliPartial(state, flip, sign, start, end, imaginary: true));
        GC.KeepAlive(state);
        var value = new Complex(re, im);
        Complex phase = (yCount & 3) switch
        {
            0 => Complex.One,
            1 => Complex.ImaginaryOne,
            2 => -Complex.One,
            _ => -Complex.ImaginaryOne,
        };
        return value * phase;
    }

    private static double PauliPartial(StateBuffer state, long flip, long sign, long start, long end, bool imaginary)
    {
        double* d = state.Data;
        double sum = 0;
        for (long i = start; i < end; i++)
        {
            long j = i ^ flip;
            double term = imaginary
                ? d[2 * j] * d[2 * i + 1] - d[2 * j + 1] * d[2 * i]
                : d[2 * j] * d[2 * i] + d[2 * j + 1] * d[2 * i + 1];
            sum += (BitOperations.PopCount((ulong)(i & sign)) & 1) == 0 ? term : -term;
        }

        return sum;
    }

    private static long Insert(long h, int qubit)
    {
        long low = h & ((1L << qubit) - 1);
        return ((h - low) << 1) | low;
    }
}
