using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Parameters;
using K = QiskitStudio.Quantum.Gates.StandardGateKind;

namespace QiskitStudio.Quantum.Gates;

/// <summary>
/// The definitions (one-level decompositions) of the standard gates, following the
/// decompositions Qiskit and qelib1.inc use. Open controls are wrapped in X gates.
/// </summary>
internal static class StandardGateDefinitions
{
    private static readonly ParameterValue Pi = Math.PI;

    private sealed class Builder(int numQubits)
    {
        public QuantumCircuit Circuit { get; } = new(numQubits);

        public Builder G(K kind, params int[] qubits)
        {
            Circuit.Append(StandardGate.Create(kind), qubits);
            return this;
        }

        public Builder G(K kind, ParameterValue[] parameters, params int[] qubits)
        {
            Circuit.Append(StandardGate.Create(kind, parameters), qubits);
            return this;
        }

        public Builder Mcx(int[] controls, int target)
        {
            var gate = controls.Length switch
            {
                1 => StandardGate.Create(K.CX),
                2 => StandardGate.Create(K.CCX),
                _ => StandardGate.Create(K.MCX, numControls: controls.Length),
            };
            Circuit.Append(gate, [.. controls, target]);
            return this;
        }

        public Builder Mcp(ParameterValue lambda, int[] controls, int target)
        {
            var gate = controls.Length == 1
                ? StandardGate.Create(K.CP, lambda)
                : StandardGate.Create(K.MCPhase, [lambda], numControls: controls.Length);
            Circuit.Append(gate, [.. controls, target]);
            return this;
        }

        public Builder Phase(ParameterValue phase)
        {
            Circuit.GlobalPhase += phase;
            return this;
        }
    }

    private static ParameterValue[] P(params ParameterValue[] values) => values;

    public static QuantumCircuit? Build(StandardGate gate)
    {
        int n = gate.NumControlQubits;
        int allOnes = (1 << n) - 1;
        if (n > 0 && gate.CtrlState != allOnes)
        {
            var closed = StandardGate.Create(gate.Kind, gate.Params, null, gate.Kind is K.MCX or K.MCPhase ? n : null);
            var qc = new QuantumCircuit(gate.NumQubits);
            var flips = Enumerable.Range(0, n).Where(i => (gate.CtrlState >> i & 1) == 0).ToArray();
            foreach (int q in flips) qc.Append(StandardGate.Create(K.X), [q]);
            qc.Append(closed, Enumerable.Range(0, gate.NumQubits).ToArray());
            foreach (int q in flips) qc.Append(StandardGate.Create(K.X), [q]);
            return qc;
        }
        return BuildClosed(gate.Kind, gate.Params, gate.NumQubits)?.Circuit;
    }

    private static Builder? BuildClosed(K kind, IReadOnlyList<ParameterValue> p, int numQubits)
    {
        var b = new Builder(numQubits);
        switch (kind)
        {
            case K.I or K.U or K.CX: return null;
            case K.H: return b.G(K.U2, P(0, Pi), 0);
            case K.X: return b.G(K.U3, P(Pi, 0, Pi), 0);
            case K.Y: return b.G(K.U3, P(Pi, Pi / 2, Pi / 2), 0);
            case K.Z: return b.G(K.U1, P(Pi), 0);
            case K.S: return b.G(K.U1, P(Pi / 2), 0);
            case K.Sdg: return b.G(K.U1, P(-Pi / 2), 0);
            case K.T: return b.G(K.U1, P(Pi / 4), 0);
            case K.Tdg: return b.G(K.U1, P(-Pi / 4), 0);
            case K.SX: return b.G(K.Sdg, 0).G(K.H, 0).G(K.Sdg, 0).Phase(Pi / 4);
            case K.SXdg: return b.G(K.S, 0).G(K.H, 0).G(K.S, 0).Phase(-Pi / 4);
            case K.P: return b.G(K.U, P(0, 0, p[0]), 0);
            case K.U1: return b.G(K.U3, P(0, 0, p[0]), 0);
            case K.U2: return b.G(K.U, P(Pi / 2, p[0], p[1]), 0);
            case K.U3: return b.G(K.U, P(p[0], p[1], p[2]), 0);
            case K.RX: return b.G(K.R, P(p[0], 0), 0);
            case K.RY: return b.G(K.R, P(p[0], Pi / 2), 0);
            case K.RZ: return b.G(K.P, P(p[0]), 0).Phase(-p[0] / 2);
            case K.R: return b.G(K.U3, P(p[0], p[1] - Pi / 2, -p[1] + Pi / 2), 0);
            case K.RXX:
                return b.G(K.H, 0).G(K.H, 1).G(K.CX, 0, 1).G(K.RZ, P(p[0]), 1).G(K.CX, 0, 1).G(K.H, 1).G(K.H, 0);
            case K.RYY:
                return b.G(K.RX, P(Pi / 2), 0).G(K.RX, P(Pi / 2), 1).G(K.CX, 0, 1).G(K.RZ, P(p[0]), 1)
                    .G(K.CX, 0, 1).G(K.RX, P(-Pi / 2), 0).G(K.RX, P(-Pi / 2), 1);
            case K.RZZ: return b.G(K.CX, 0, 1).G(K.RZ, P(p[0]), 1).G(K.CX, 0, 1);
            case K.RZX: return b.G(K.H, 1).G(K.CX, 0, 1).G(K.RZ, P(p[0]), 1).G(K.CX, 0, 1).G(K.H, 1);
            case K.XXPlusYY:
                // RZ₀(-β) · exp(-iθ/4 (XX+YY)) · RZ₀(β); XX and YY commute.
                return b.G(K.RZ, P(p[1]), 0).G(K.RXX, P(p[0] / 2), 0, 1).G(K.RYY, P(p[0] / 2), 0, 1).G(K.RZ, P(-p[1]), 0);
            case K.XXMinusYY:
                // RZ₁(β) · exp(-iθ/4 (XX-YY)) · RZ₁(-β).
                return b.G(K.RZ, P(-p[1]), 1).G(K.RXX, P(p[0] / 2), 0, 1).G(K.RYY, P(-p[0] / 2), 0, 1).G(K.RZ, P(p[1]), 1);
            case K.ECR: return b.G(K.RZX, P(Pi / 4), 0, 1).G(K.X, 0).G(K.RZX, P(-Pi / 4), 0, 1);
            case K.Swap: return b.G(K.CX, 0, 1).G(K.CX, 1, 0).G(K.CX, 0, 1);
            case K.ISwap: return b.G(K.S, 0).G(K.S, 1).G(K.H, 0).G(K.CX, 0, 1).G(K.CX, 1, 0).G(K.H, 1);
            case K.DCX: return b.G(K.CX, 0, 1).G(K.CX, 1, 0);
            case K.CY: return b.G(K.Sdg, 1).G(K.CX, 0, 1).G(K.S, 1);
            case K.CZ: return b.G(K.H, 1).G(K.CX, 0, 1).G(K.H, 1);
            case K.CH: return b.G(K.S, 1).G(K.H, 1).G(K.T, 1).G(K.CX, 0, 1).G(K.Tdg, 1).G(K.H, 1).G(K.Sdg, 1);
            case K.CS: return ControlledPhase(b, K.P, Pi / 2);
            case K.CSdg: return ControlledPhase(b, K.P, -Pi / 2);
            case K.CP: return ControlledPhase(b, K.P, p[0]);
            case K.CU1: return ControlledPhase(b, K.U1, p[0]);
            case K.CSX: return b.G(K.H, 1).G(K.CU1, P(Pi / 2), 0, 1).G(K.H, 1);
            case K.CRX:
                return b.G(K.U1, P(Pi / 2), 1).G(K.CX, 0, 1).G(K.U3, P(-p[0] / 2, 0, 0), 1).G(K.CX, 0, 1)
                    .G(K.U3, P(p[0] / 2, -Pi / 2, 0), 1);
            case K.CRY: return b.G(K.RY, P(p[0] / 2), 1).G(K.CX, 0, 1).G(K.RY, P(-p[0] / 2), 1).G(K.CX, 0, 1);
            case K.CRZ: return b.G(K.RZ, P(p[0] / 2), 1).G(K.CX, 0, 1).G(K.RZ, P(-p[0] / 2), 1).G(K.CX, 0, 1);
            case K.CU3:
                return b.G(K.U1, P((p[2] + p[1]) / 2), 0).G(K.U1, P((p[2] - p[1]) / 2), 1).G(K.CX, 0, 1)
                    .G(K.U3, P(-p[0] / 2, 0, -(p[1] + p[2]) / 2), 1).G(K.CX, 0, 1).G(K.U3, P(p[0] / 2, p[1], 0), 1);
            case K.CU:
                return b.G(K.P, P(p[3]), 0).G(K.P, P((p[2] + p[1]) / 2), 0).G(K.P, P((p[2] - p[1]) / 2), 1).G(K.CX, 0, 1)
                    .G(K.U, P(-p[0] / 2, 0, -(p[1] + p[2]) / 2), 1).G(K.CX, 0, 1).G(K.U, P(p[0] / 2, p[1], 0), 1);
            case K.CCX:
                return b.G(K.H, 2).G(K.CX, 1, 2).G(K.Tdg, 2).G(K.CX, 0, 2).G(K.T, 2).G(K.CX, 1, 2).G(K.Tdg, 2)
                    .G(K.CX, 0, 2).G(K.T, 1).G(K.T, 2).G(K.H, 2).G(K.CX, 0, 1).G(K.T, 0).G(K.Tdg, 1).G(K.CX, 0, 1);
            case K.CCZ: return b.G(K.H, 2).G(K.CCX, 0, 1, 2).G(K.H, 2);
            case K.CSwap: return b.G(K.CX, 2, 1).G(K.CCX, 0, 1, 2).G(K.CX, 2, 1);
            case K.RCCX:
                return b.G(K.U2, P(0, Pi), 2).G(K.U1, P(Pi / 4), 2).G(K.CX, 1, 2).G(K.U1, P(-Pi / 4), 2)
                    .G(K.CX, 0, 2).G(K.U1, P(Pi / 4), 2).G(K.CX, 1, 2).G(K.U1, P(-Pi / 4), 2).G(K.U2, P(0, Pi), 2);
            case K.RC3X:
                return b.G(K.U2, P(0, Pi), 3).G(K.U1, P(Pi / 4), 3).G(K.CX, 2, 3).G(K.U1, P(-Pi / 4), 3).G(K.U2, P(0, Pi), 3)
                    .G(K.CX, 0, 3).G(K.U1, P(Pi / 4), 3).G(K.CX, 1, 3).G(K.U1, P(-Pi / 4), 3).G(K.CX, 0, 3)
                    .G(K.U1, P(Pi / 4), 3).G(K.CX, 1, 3).G(K.U1, P(-Pi / 4), 3).G(K.U2, P(0, Pi), 3)
                    .G(K.U1, P(Pi / 4), 3).G(K.CX, 2, 3).G(K.U1, P(-Pi / 4), 3).G(K.U2, P(0, Pi), 3);
            case K.C3X:
                {
                    var e = Pi / 8;
                    b.G(K.H, 3).G(K.P, P(e), 0).G(K.P, P(e), 1).G(K.P, P(e), 2).G(K.P, P(e), 3)
                        .G(K.CX, 0, 1).G(K.P, P(-e), 1).G(K.CX, 0, 1)
                        .G(K.CX, 1, 2).G(K.P, P(-e), 2).G(K.CX, 0, 2).G(K.P, P(e), 2).G(K.CX, 1, 2).G(K.P, P(-e), 2).G(K.CX, 0, 2)
                        .G(K.CX, 2, 3).G(K.P, P(-e), 3).G(K.CX, 1, 3).G(K.P, P(e), 3).G(K.CX, 2, 3).G(K.P, P(-e), 3)
                        .G(K.CX, 0, 3).G(K.P, P(e), 3).G(K.CX, 2, 3).G(K.P, P(-e), 3).G(K.CX, 1, 3).G(K.P, P(e), 3)
                        .G(K.CX, 2, 3).G(K.P, P(-e), 3).G(K.CX, 0, 3).G(K.H, 3);
                    return b;
                }
            case K.C3SX:
                {
                    var e = Pi / 8;
                    b.G(K.H, 3).G(K.CU1, P(e), 0, 3).G(K.H, 3).G(K.CX, 0, 1)
                        .G(K.H, 3).G(K.CU1, P(-e), 1, 3).G(K.H, 3).G(K.CX, 0, 1)
                        .G(K.H, 3).G(K.CU1, P(e), 1, 3).G(K.H, 3).G(K.CX, 1, 2)
                        .G(K.H, 3).G(K.CU1, P(-e), 2, 3).G(K.H, 3).G(K.CX, 0, 2)
                        .G(K.H, 3).G(K.CU1, P(e), 2, 3).G(K.H, 3).G(K.CX, 1, 2)
                        .G(K.H, 3).G(K.CU1, P(-e), 2, 3).G(K.H, 3).G(K.CX, 0, 2)
                        .G(K.H, 3).G(K.CU1, P(e), 2, 3).G(K.H, 3);
                    return b;
                }
            case K.MCX or K.C4X:
                {
                    int n = numQubits - 1;
                    if (n == 1) return b.G(K.CX, 0, 1);
                    if (n == 2) return b.G(K.CCX, 0, 1, 2);
                    return b.G(K.H, n).Mcp(Pi, Enumerable.Range(0, n).ToArray(), n).G(K.H, n);
                }
            case K.MCPhase:
                {
                    int n = numQubits - 1;
                    if (n == 1) return b.G(K.CP, P(p[0]), 0, 1);
                    var rest = Enumerable.Range(0, n - 1).ToArray();
                    int last = n - 1;
                    return b.G(K.CP, P(p[0] / 2), last, n).Mcx(rest, last).G(K.CP, P(-p[0] / 2), last, n).Mcx(rest, last)
                        .Mcp(p[0] / 2, rest, n);
                }
            default:
                return null;
        }
    }

    /// <summary>Controlled phase λ: p(λ/2) on the control, then cx · p(-λ/2) · cx · p(λ/2) on the target.</summary>
    private static Builder ControlledPhase(Builder b, K phaseGate, ParameterValue lambda) =>
        b.G(phaseGate, P(lambda / 2), 0).G(K.CX, 0, 1).G(phaseGate, P(-lambda / 2), 1).G(K.CX, 0, 1).G(phaseGate, P(lambda / 2), 1);
}
