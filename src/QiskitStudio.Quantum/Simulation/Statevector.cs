using System.Globalization;
using System.Numerics;

namespace QiskitStudio.Quantum.Simulation;

/// <summary>
/// A pure state of n qubits, 2^n complex amplitudes in Qiskit's order (amplitude i has qubit q
/// equal to bit q of i; in a label qubit 0 is the rightmost character). The base for the
/// Python-visible qiskit.quantum_info.Statevector and the statevector primitives.
/// </summary>
public sealed partial class Statevector : IDisposable
{
    private readonly StateBuffer _state;

    internal Statevector(StateBuffer state, ParallelPolicy? policy = null)
    {
        _state = state;
        Policy = policy ?? ParallelPolicy.Default;
    }

    /// <summary>A state with the given amplitudes (copied; the length must be a power of two).</summary>
    public Statevector(ReadOnlySpan<Complex> amplitudes)
        : this(StateBuffer.FromAmplitudes(amplitudes))
    {
    }

    /// <summary>|0…0⟩ on <paramref name="qubits"/> qubits.</summary>
    public static Statevector ZeroState(int qubits)
    {
        return new Statevector(StateBuffer.CreateZeroState(qubits));
    }

    /// <summary>The state a measurement-free program prepares from |0…0⟩.</summary>
    public static Statevector FromProgram(SimulationProgram program, SimulatorOptions? options = null)
    {
        options ??= SimulatorOptions.Default;
        RefuseClassicalOperations(program);
        PreparedProgram prepared = PreparedProgram.Prepare(program, options);
        var simulator = new Simulator(StatevectorSimulator.KernelsFor(options), options.Parallelism);
        return new Statevector(simulator.Evolve(prepared, new Random(0)), options.Parallelism);
    }

    internal StateBuffer Buffer => _state;

    internal ParallelPolicy Policy { get; }

    public int NumQubits => _state.Qubits;

    /// <summary>2^NumQubits.</summary>
    public long Dimension => _state.Length;

    public Complex this[long index]
    {
        get
        {
            if (index < 0 || index >= _state.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return _state[index];
        }
    }

    /// <summary>A copy of the amplitudes.</summary>
    public Complex[] ToArray() => _state.ToArray();

    /// <summary>
    /// This state with a measurement-free program applied (a new state; this one is unchanged).
    /// Measurements and conditions are refused, as Qiskit's Statevector.evolve does; a reset
    /// (as in initialize) collapses the qubit at random and moves it to |0⟩, as Qiskit's reset does.
    /// </summary>
    public Statevector Evolve(SimulationProgram program, SimulatorOptions? options = null)
    {
        options ??= SimulatorOptions.Default;
        if (program.Qubits != NumQubits)
        {
            throw new SimulationException($"a {program.Qubits}-qubit circuit cannot evolve a {NumQubits}-qubit state");
        }

        RefuseClassicalOperations(program);
        PreparedProgram prepared = PreparedProgram.Prepare(program, options);
        var simulator = new Simulator(StatevectorSimulator.KernelsFor(options), options.Parallelism);
        StateBuffer next = _state.Clone();
        ulong clbits = 0;
        simulator.Run(next, prepared.Steps, 0, prepared.Steps.Count, ref clbits, new Random(0));
        return new Statevector(next, options.Parallelism);
    }

    private static void RefuseClassicalOperations(SimulationProgram program)
    {
        foreach (SimulationOp op in program.Ops)
        {
            string? refused = op switch
            {
                MeasureOp => "measure",
                { Condition: not null } => op is GateOp gate ? gate.Name : "reset",
                _ => null,
            };
            if (refused is not null)
            {
                throw new SimulationException($"Cannot apply instruction with classical bits: {refused}");
            }
        }
    }

    /// <summary>Σ|amplitude|² (1 for a normalised state).</summary>
    public double Norm2() => StateSpace.Norm2(_state, Policy);

    /// <summary>
    /// Probabilities of the basis states of <paramref name="qargs"/> (all qubits when null),
    /// little-endian over qargs: index bit t is the value of qargs[t].
    /// </summary>
    public double[] Probabilities(IReadOnlyList<int>? qargs = null)
    {
        if (qargs is null)
        {
            return StateSpace.Probabilities(_state);
        }

        foreach (int q in qargs)
        {
            if (q < 0 || q >= NumQubits)
            {
                throw new ArgumentOutOfRangeException(nameof(qargs), $"qubit {q} is out of range for a {NumQubits}-qubit state");
            }
        }

        return StateSpace.MarginalProbabilities(_state, qargs);
    }

    /// <summary>
    /// Non-zero probabilities keyed by bitstring (qargs[0] rightmost), ascending, optionally rounded
    /// first to <paramref name="decimals"/> places, as Qiskit's probabilities_dict.
    /// </summary>
    public IReadOnlyDictionary<string, double> ProbabilitiesDictionary(IReadOnlyList<int>? qargs = null, int? decimals = null)
    {
        double[] probabilities = Probabilities(qargs);
        int width = qargs?.Count ?? NumQubits;
        var result = new Dictionary<string, double>();
        for (long i = 0; i < probabilities.LongLength; i++)
        {
            double p = decimals is { } d ? Math.Round(probabilities[i], d, MidpointRounding.ToEven) : probabilities[i];
            if (p != 0)
            {
                result[ToBitString(i, width)] = p;
            }
        }

        return result;
    }

    /// <summary>⟨ψ|P|ψ⟩ for one Pauli label such as "XZI" (rightmost character on qubit 0).</summary>
    public Complex ExpectationValue(string pauliLabel) => StateSpace.PauliExpectation(_state, pauliLabel, Policy);

    /// <summary>⟨ψ|H|ψ⟩ for H = Σ coeff·P over (label, coeff) terms, without building any matrix.</summary>
    public Complex ExpectationValue(IEnumerable<(string Label, Complex Coefficient)> pauliSum)
    {
        Complex total = Complex.Zero;
        foreach ((string label, Complex coefficient) in pauliSum)
        {
            if (coefficient != Complex.Zero)
            {
                total += coefficient * ExpectationValue(label);
            }
        }

        return total;
    }

    /// <summary>⟨this|other⟩.</summary>
    public Complex InnerProduct(Statevector other) => StateSpace.InnerProduct(_state, other._state);

    /// <summary>Counts of <paramref name="shots"/> samples of <paramref name="qargs"/> (all qubits when null).</summary>
    public IReadOnlyDictionary<string, int> SampleCounts(int shots, int? seed = null, IReadOnlyList<int>? qargs = null)
    {
        var random = seed is { } s ? new Random(s) : new Random();
        long[] indices = StateSpace.SampleIndices(_state, shots, random, Policy);
        int[] positions = qargs is null ? [.. Enumerable.Range(0, NumQubits)] : [.. qargs];
        var tally = new SortedDictionary<long, int>();
        foreach (long index in indices)
        {
            long key = Kernels.KernelGate.Extract(index, positions);
            tally[key] = tally.GetValueOrDefault(key) + 1;
        }

        return tally.ToDictionary(kv => ToBitString(kv.Key, positions.Length), kv => kv.Value);
    }

    /// <summary>True if the two states are equal up to a global phase, within <paramref name="tolerance"/>.</summary>
    public bool Equivalent(Statevector other, double tolerance = 1e-8)
    {
        if (other.NumQubits != NumQubits)
        {
            return false;
        }

        double overlap = InnerProduct(other).Magnitude;
        return Math.Abs(overlap - Math.Sqrt(Norm2() * other.Norm2())) <= tolerance;
    }

    public override string ToString()
    {
        if (NumQubits > 6)
        {
            return $"Statevector({NumQubits} qubits)";
        }

        Complex[] amplitudes = ToArray();
        return "Statevector([" + string.Join(", ", amplitudes.Select(a =>
            string.Create(CultureInfo.InvariantCulture, $"{a.Real:0.########}{(a.Imaginary < 0 ? '-' : '+')}{Math.Abs(a.Imaginary):0.########}j"))) + "])";
    }

    public void Dispose() => _state.Dispose();

    internal static string ToBitString(long value, int width)
    {
        var chars = new char[width];
        for (int b = 0; b < width; b++)
        {
            chars[width - 1 - b] = (value >> b & 1) != 0 ? '1' : '0';
        }

        return new string(chars);
    }
}
