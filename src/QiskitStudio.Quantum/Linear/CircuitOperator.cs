using System.Numerics;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Gates;

namespace QiskitStudio.Quantum.Linear;

/// <summary>
/// The unitary matrix of a whole circuit (Qiskit's <c>Operator(circuit)</c>): the product of its
/// gates' embedded matrices times e^{i·global phase}. Meant for small circuits and checks.
/// </summary>
public static class CircuitOperator
{
    public const int MaxQubits = 12;

    public static Complex[] ToMatrix(QuantumCircuit circuit)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        int n = circuit.NumQubits;
        if (n > MaxQubits) throw new InvalidOperationException($"Circuit too large for a dense operator ({n} qubits).");
        if (circuit.GlobalPhase.IsSymbolic) throw new InvalidOperationException("The circuit's global phase has unbound parameters.");
        var result = Matrix.Identity(1 << n);
        foreach (var inst in circuit.Data)
        {
            if (inst.Operation.IsDirective) continue;
            if (inst.Condition is not null)
                throw new InvalidOperationException($"Conditional '{inst.Name}' has no unitary matrix.");
            if (inst.Operation is not Gate gate)
                throw new InvalidOperationException($"'{inst.Name}' is not unitary.");
            var embedded = Matrix.Embed(gate.ToMatrix(), inst.Qubits, n);
            result = Matrix.Multiply(embedded, result);
        }
        double phase = circuit.GlobalPhase.Value;
        return phase == 0 ? result : Matrix.Scale(result, Complex.FromPolarCoordinates(1, phase));
    }
}
