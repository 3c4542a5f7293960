using QiskitStudio.Quantum.Parameters;
using K = QiskitStudio.Quantum.Gates.StandardGateKind;

namespace QiskitStudio.Quantum.Gates;

/// <summary>
/// Adds controls to a gate the way Qiskit does: new controls come first, and a standard base
/// with a named controlled form becomes that gate (x → cx → ccx → mcx; p → cp → mcphase; …).
/// </summary>
internal static class StandardControl
{
    public static Gate Control(Gate gate, int numControls, int ctrlState, string? label)
    {
        // Merge with existing controls: the new controls are the low (first) ones.
        Gate baseGate = gate.BaseGate ?? gate;
        int total = numControls + gate.NumControlQubits;
        int state = (gate.CtrlState << numControls) | ctrlState;
        bool cuWithPhase = gate is StandardGate { Kind: K.CU } cu && !(cu.Params[3].IsNumeric && cu.Params[3].Value == 0);

        // A labelled base keeps its label in the controlled gate's base, so it stays a generic controlled gate.
        if (baseGate is StandardGate sb && !cuWithPhase && string.IsNullOrEmpty(sb.Label))
        {
            var named = Named(sb, total, state, label);
            if (named is not null) return named;
        }
        if (cuWithPhase) { baseGate = gate; total = numControls; state = ctrlState; }
        return new ControlledGate(baseGate, total, state, label);
    }

    private static StandardGate? Named(StandardGate b, int n, int state, string? label)
    {
        IReadOnlyList<ParameterValue> p = b.Params;
        StandardGate Make(K kind, IReadOnlyList<ParameterValue> parameters, int? controls = null) =>
            StandardGate.Create(kind, parameters, state, controls, label);
        return (b.Kind, n) switch
        {
            (K.X, 1) => Make(K.CX, p),
            (K.X, 2) => Make(K.CCX, p),
            (K.X, 3) => Make(K.C3X, p),
            (K.X, 4) => Make(K.C4X, p),
            (K.X, _) => Make(K.MCX, p, n),
            (K.Y, 1) => Make(K.CY, p),
            (K.Z, 1) => Make(K.CZ, p),
            (K.Z, 2) => Make(K.CCZ, p),
            (K.H, 1) => Make(K.CH, p),
            (K.S, 1) => Make(K.CS, p),
            (K.Sdg, 1) => Make(K.CSdg, p),
            (K.SX, 1) => Make(K.CSX, p),
            (K.SX, 3) => Make(K.C3SX, p),
            (K.P, 1) => Make(K.CP, p),
            (K.P, _) => Make(K.MCPhase, p, n),
            (K.U1, 1) => Make(K.CU1, p),
            (K.RX, 1) => Make(K.CRX, p),
            (K.RY, 1) => Make(K.CRY, p),
            (K.RZ, 1) => Make(K.CRZ, p),
            (K.U, 1) => Make(K.CU, [p[0], p[1], p[2], 0]),
            (K.U3, 1) => Make(K.CU3, p),
            (K.Swap, 1) => Make(K.CSwap, p),
            _ => null,
        };
    }
}
