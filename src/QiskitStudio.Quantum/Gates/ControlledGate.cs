using System.Numerics;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Parameters;

namespace QiskitStudio.Quantum.Gates;

/// <summary>
/// Any gate controlled on extra qubits (Qiskit's <c>ControlledGate</c> for gates without a named
/// controlled form). The controls are the first <see cref="NumControlQubits"/> qubits. Named
/// like Qiskit: <c>c</c>/<c>cc</c> then <c>c3</c>, <c>c4</c>… before the base gate's name.
/// </summary>
public sealed class ControlledGate : Gate
{
    private readonly Gate _base;
    private readonly int _numControls;
    private readonly int _ctrlState;

    public ControlledGate(Gate baseGate, int numControls, int ctrlState, string? label = null)
        : base(StandardGate.NameFor(NameFor(baseGate, numControls), numControls, ctrlState), baseGate.NumQubits + numControls, baseGate.Params, label)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(numControls, 1);
        if (ctrlState < 0 || ctrlState >= 1 << numControls) throw new ArgumentOutOfRangeException(nameof(ctrlState));
        _base = baseGate;
        _numControls = numControls;
        _ctrlState = ctrlState;
    }

    private static string NameFor(Gate baseGate, int n) =>
        (n > 2 ? $"c{n}" : new string('c', n)) + baseGate.Name;

    public override int NumControlQubits => _numControls;
    public override int CtrlState => _ctrlState;
    public override Gate BaseGate => _base;

    public override Complex[] ToMatrix() => Linear.Matrix.Controlled(_base.ToMatrix(), _numControls, _ctrlState);

    protected override QuantumCircuit? BuildDefinition()
    {
        var baseDefinition = _base.Definition;
        if (baseDefinition is null) return null;
        int n = _numControls;
        var qc = new QuantumCircuit(NumQubits);
        var controls = Enumerable.Range(0, n).ToArray();
        var flips = controls.Where(i => (_ctrlState >> i & 1) == 0).ToArray();
        foreach (int q in flips) qc.Append(StandardGate.Create(StandardGateKind.X), [q]);
        if (!(baseDefinition.GlobalPhase.IsNumeric && baseDefinition.GlobalPhase.Value == 0))
        {
            // A global phase of the base becomes a phase on the controls.
            var phase = baseDefinition.GlobalPhase;
            if (n == 1) qc.Append(StandardGate.Create(StandardGateKind.P, phase), [0]);
            else qc.Append(StandardGate.Create(StandardGateKind.MCPhase, [phase], numControls: n - 1), controls);
        }
        foreach (var inst in baseDefinition.Data)
        {
            if (inst.Operation is not Gate g) return null;
            qc.Append(g.Control(n), [.. controls, .. inst.Qubits.Select(q => q + n)]);
        }
        foreach (int q in flips) qc.Append(StandardGate.Create(StandardGateKind.X), [q]);
        return qc;
    }

    public override Instruction WithParams(IReadOnlyList<ParameterValue> parameters) =>
        new ControlledGate((Gate)_base.WithParams(parameters), _numControls, _ctrlState, Label);

    public override Instruction WithLabel(string? label) => new ControlledGate(_base, _numControls, _ctrlState, label);

    public override Instruction Inverse() => new ControlledGate(_base.InverseGate(), _numControls, _ctrlState);
}
