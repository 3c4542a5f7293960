using QiskitStudio.Quantum.Gates;

namespace QiskitStudio.Quantum.Circuits;

/// <summary>
/// One entry of <see cref="QuantumCircuit.Data"/>: an operation applied to qubits and classical
/// bits, given by their indices in the circuit (<see cref="QuantumCircuit.Qubits"/>,
/// <see cref="QuantumCircuit.Clbits"/>), with an optional classical condition.
/// </summary>
public sealed class CircuitInstruction
{
    public CircuitInstruction(Instruction operation, IReadOnlyList<int> qubits, IReadOnlyList<int>? clbits = null, ClassicalCondition? condition = null)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(qubits);
        clbits ??= [];
        if (qubits.Count != operation.NumQubits)
            throw new CircuitException($"'{operation.Name}' acts on {operation.NumQubits} qubit(s) but {qubits.Count} were given.");
        if (clbits.Count != operation.NumClbits)
            throw new CircuitException($"'{operation.Name}' acts on {operation.NumClbits} classical bit(s) but {clbits.Count} were given.");
        if (qubits.Distinct().Count() != qubits.Count)
            throw new CircuitException($"Duplicate qubit arguments for '{operation.Name}'.");
        if (clbits.Distinct().Count() != clbits.Count)
            throw new CircuitException($"Duplicate classical bit arguments for '{operation.Name}'.");
        Operation = operation;
        Qubits = qubits.ToArray();
        Clbits = clbits.ToArray();
        Condition = condition;
    }

    /// <summary>What is applied.</summary>
    public Instruction Operation { get; }

    /// <summary>Indices of the qubits in the circuit; qubit 0 of the operation is <c>Qubits[0]</c>.</summary>
    public IReadOnlyList<int> Qubits { get; }

    /// <summary>Indices of the classical bits in the circuit.</summary>
    public IReadOnlyList<int> Clbits { get; }

    /// <summary>An optional classical condition; null when the instruction always runs.</summary>
    public ClassicalCondition? Condition { get; }

    public string Name => Operation.Name;

    public CircuitInstruction WithOperation(Instruction operation) => new(operation, Qubits, Clbits, Condition);

    public CircuitInstruction WithCondition(ClassicalCondition? condition) => new(Operation, Qubits, Clbits, condition);

    public override string ToString() =>
        $"CircuitInstruction(operation={Operation}, qubits=({string.Join(", ", Qubits)}), clbits=({string.Join(", ", Clbits)}))";
}

/// <summary>An invalid circuit operation (Qiskit's <c>CircuitError</c>).</summary>
public sealed class CircuitException(string message) : Exception(message);
