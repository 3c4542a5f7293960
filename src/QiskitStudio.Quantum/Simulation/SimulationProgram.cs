using System.Numerics;

namespace QiskitStudio.Quantum.Simulation;

/// <summary>
/// A classical condition: the clbits read as an integer (Clbits[0] the least significant bit)
/// must equal <see cref="Value"/> for the operation to run (Qiskit's c_if / if_test on a register or bit).
/// </summary>
public sealed record ClbitCondition(IReadOnlyList<int> Clbits, ulong Value)
{
    public bool Holds(ulong clbits)
    {
        ulong read = 0;
        for (int t = 0; t < Clbits.Count; t++)
        {
            read |= (clbits >> Clbits[t] & 1) << t;
        }

        return read == Value;
    }
}

/// <summary>One step of a simulation program.</summary>
public abstract record SimulationOp(ClbitCondition? Condition);

/// <summary>
/// A unitary on <paramref name="Qubits"/>: <paramref name="Matrix"/> is row-major and little-endian
/// over the qubit list (Qubits[0] is the least significant bit of a row or column index).
/// </summary>
public sealed record GateOp(string Name, IReadOnlyList<int> Qubits, Complex[] Matrix, ClbitCondition? Condition = null)
    : SimulationOp(Condition);

/// <summary>Measure <paramref name="Qubit"/> into <paramref name="Clbit"/>.</summary>
public sealed record MeasureOp(int Qubit, int Clbit, ClbitCondition? Condition = null) : SimulationOp(Condition);

/// <summary>Reset <paramref name="Qubit"/> to |0⟩.</summary>
public sealed record ResetOp(int Qubit, ClbitCondition? Condition = null) : SimulationOp(Condition);

/// <summary>
/// The low-level form the simulator executes: a qubit count, a clbit count, the classical
/// registers (for printing counts as Qiskit does) and a list of operations. A circuit is
/// lowered to this once; the simulator knows nothing else about circuits.
/// </summary>
public sealed class SimulationProgram
{
    private readonly List<SimulationOp> _ops = [];
    private readonly List<int> _registerSizes = [];

    public SimulationProgram(int qubits, int clbits = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(qubits);
        ArgumentOutOfRangeException.ThrowIfNegative(clbits);
        if (clbits > 64)
        {
            throw new SimulationException($"circuit has {clbits} classical bits; the statevector simulator supports at most 64");
        }

        Qubits = qubits;
        Clbits = clbits;
    }

    public int Qubits { get; }

    public int Clbits { get; }

    public IReadOnlyList<SimulationOp> Ops => _ops;

    /// <summary>Sizes of the classical registers in the order they were added (their bits in clbit order).</summary>
    public IReadOnlyList<int> RegisterSizes => _registerSizes;

    public SimulationProgram AddRegister(int size)
    {
        _registerSizes.Add(size);
        return this;
    }

    public SimulationProgram Add(SimulationOp op)
    {
        switch (op)
        {
            case GateOp gate:
                foreach (int q in gate.Qubits)
                {
                    CheckQubit(q);
                }

                int dim = 1 << gate.Qubits.Count;
                if (gate.Matrix.Length != dim * dim)
                {
                    throw new SimulationException($"gate '{gate.Name}' on {gate.Qubits.Count} qubits needs a {dim}x{dim} matrix");
                }

                if (gate.Qubits.Distinct().Count() != gate.Qubits.Count)
                {
                    throw new SimulationException($"gate '{gate.Name}' is given the same qubit twice");
                }

                break;
            case MeasureOp measure:
                CheckQubit(measure.Qubit);
                CheckClbit(measure.Clbit);
                break;
            case ResetOp reset:
                CheckQubit(reset.Qubit);
                break;
        }

        if (op.Condition is { } condition)
        {
            foreach (int c in condition.Clbits)
            {
                CheckClbit(c);
            }
        }

        _ops.Add(op);
        return this;
    }

    public SimulationProgram Gate(string name, Complex[] matrix, params int[] qubits) => Add(new GateOp(name, qubits, matrix));

    public SimulationProgram Measure(int qubit, int clbit) => Add(new MeasureOp(qubit, clbit));

    public SimulationProgram Reset(int qubit) => Add(new ResetOp(qubit));

    /// <summary>
    /// The counts key of a classical value, as Qiskit prints it: clbit 0 rightmost, registers
    /// separated by a space, the last-added register leftmost.
    /// </summary>
    public string FormatClbits(ulong value)
    {
        Span<char> bits = Clbits <= 256 ? stackalloc char[Clbits] : new char[Clbits];
        for (int c = 0; c < Clbits; c++)
        {
            bits[Clbits - 1 - c] = (value >> c & 1) != 0 ? '1' : '0';
        }

        if (_registerSizes.Count <= 1 || _registerSizes.Sum() != Clbits)
        {
            return new string(bits);
        }

        var parts = new List<string>(_registerSizes.Count);
        int index = 0;
        for (int r = _registerSizes.Count - 1; r >= 0; r--)
        {
            parts.Add(new string(bits.Slice(index, _registerSizes[r])));
            index += _registerSizes[r];
        }

        return string.Join(' ', parts);
    }

    private void CheckQubit(int q)
    {
        if (q < 0 || q >= Qubits)
        {
            throw new SimulationException($"qubit {q} is out of range for a {Qubits}-qubit circuit");
        }
    }

    private void CheckClbit(int c)
    {
        if (c < 0 || c >= Clbits)
        {
            throw new SimulationException($"clbit {c} is out of range for a circuit with {Clbits} classical bits");
        }
    }
}

/// <summary>A circuit the simulator cannot run, or a limit it would exceed.</summary>
public sealed class SimulationException(string message) : Exception(message);
