using System.Numerics;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Linear;
using QiskitStudio.Quantum.Parameters;

namespace QiskitStudio.Quantum.Gates;

/// <summary>
/// A unitary instruction (Qiskit's <c>Gate</c>). <see cref="ToMatrix"/> gives its matrix,
/// row-major, little-endian over the gate's qubits (qubit 0 = least significant index bit).
/// </summary>
public class Gate : Instruction
{
    public Gate(string name, int numQubits, IReadOnlyList<ParameterValue>? parameters = null, string? label = null,
        QuantumCircuit? definition = null, IReadOnlyList<Parameter>? definitionParameters = null)
        : base(name, numQubits, 0, parameters, label, definition, definitionParameters) { }

    protected Gate(Gate source, IReadOnlyList<ParameterValue> parameters, string? label) : base(source, parameters, label) { }

    /// <summary>Number of control qubits (the first qubits of the gate); 0 for an uncontrolled gate.</summary>
    public virtual int NumControlQubits => 0;

    /// <summary>The control values as an integer, bit i for control i (all ones by default).</summary>
    public virtual int CtrlState => 0;

    /// <summary>The gate applied when the controls hold <see cref="CtrlState"/>; null for an uncontrolled gate.</summary>
    public virtual Gate? BaseGate => null;

    /// <summary>
    /// The unitary matrix (row-major, dimension 2^NumQubits). The default multiplies out the
    /// definition. Throws when a parameter is unbound or there is no way to compute it.
    /// </summary>
    public virtual Complex[] ToMatrix()
    {
        if (IsParameterized) throw new InvalidOperationException($"Gate '{Name}' has unbound parameters.");
        var definition = Definition ?? throw new InvalidOperationException($"Gate '{Name}' has neither a matrix nor a definition.");
        return CircuitOperator.ToMatrix(definition);
    }

    public override Instruction WithParams(IReadOnlyList<ParameterValue> parameters) => new Gate(this, parameters, Label);
    public override Instruction WithLabel(string? label) => new Gate(this, Params, label);

    /// <summary>The adjoint gate. Default: named <c>name_dg</c>, defined by the inverted definition (or the adjoint matrix).</summary>
    public override Instruction Inverse()
    {
        if (Definition is { } definition)
        {
            // Keep free parameters free: the inverse is parameterised by them, so binding still reaches the definition.
            var free = Params.SelectMany(p => p.Parameters).Distinct().Order().ToArray();
            return new Gate(Name + "_dg", NumQubits, free.Select(p => (ParameterValue)p).ToArray(), null, definition.Inverse(), free);
        }
        return new UnitaryGate(Matrix.Adjoint(ToMatrix()), Name + "_dg");
    }

    /// <summary>Typed <see cref="Inverse"/>.</summary>
    public Gate InverseGate() => (Gate)Inverse();

    /// <summary>
    /// This gate controlled on <paramref name="numControls"/> new qubits placed first. Standard
    /// gates map to their named controlled versions (x → cx → ccx → mcx, p → cp → mcphase, …).
    /// </summary>
    public Gate Control(int numControls = 1, string? label = null, int? ctrlState = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(numControls, 1);
        int state = ctrlState ?? (1 << numControls) - 1;
        if (state < 0 || state >= 1 << numControls) throw new ArgumentOutOfRangeException(nameof(ctrlState));
        return StandardControl.Control(this, numControls, state, label);
    }
}
