using System.Numerics;
using QiskitStudio.Quantum.Linear;

namespace QiskitStudio.Quantum.Gates;

/// <summary>
/// What Qiskit records about a standard gate: its name, qubit and parameter counts, control
/// structure, the base gate it controls, and (for uncontrolled gates) its matrix.
/// </summary>
internal sealed record StandardGateSpec(
    StandardGateKind Kind,
    string Name,
    int NumQubits,
    int NumParams,
    int NumControls,
    StandardGateKind? Base,
    Func<double[], Complex[]>? Matrix)
{
    public bool HasVariableControls => Kind is StandardGateKind.MCX or StandardGateKind.MCPhase;

    private static readonly Complex I = Complex.ImaginaryOne;
    private static readonly double Sqrt2Inv = 1 / Math.Sqrt(2);

    private static Complex Eix(double x) => Complex.FromPolarCoordinates(1, x);

    private static Complex[] M2(Complex a, Complex b, Complex c, Complex d) => [a, b, c, d];

    private static readonly Complex[] PauliI = M2(1, 0, 0, 1);
    private static readonly Complex[] PauliX = M2(0, 1, 1, 0);
    private static readonly Complex[] PauliY = M2(0, -I, I, 0);
    private static readonly Complex[] PauliZ = M2(1, 0, 0, -1);

    /// <summary>exp(-i θ/2 P₁⊗P₀) with <paramref name="onQubit0"/> acting on the gate's first qubit.</summary>
    private static Complex[] PauliRotation(Complex[] onQubit0, Complex[] onQubit1, double theta)
    {
        var pauli = Linear.Matrix.Kron(onQubit1, onQubit0);
        var id = Linear.Matrix.Identity(4);
        var r = new Complex[16];
        double c = Math.Cos(theta / 2), s = Math.Sin(theta / 2);
        for (int i = 0; i < 16; i++) r[i] = c * id[i] - I * s * pauli[i];
        return r;
    }

    private static Complex[] U(double theta, double phi, double lambda)
    {
        double c = Math.Cos(theta / 2), s = Math.Sin(theta / 2);
        return M2(c, -Eix(lambda) * s, Eix(phi) * s, Eix(phi + lambda) * c);
    }

    private static Complex[] Rx(double t) { double c = Math.Cos(t / 2), s = Math.Sin(t / 2); return M2(c, -I * s, -I * s, c); }
    private static Complex[] Ry(double t) { double c = Math.Cos(t / 2), s = Math.Sin(t / 2); return M2(c, -s, s, c); }
    private static Complex[] Rz(double l) => M2(Eix(-l / 2), 0, 0, Eix(l / 2));
    private static Complex[] Phase(double l) => M2(1, 0, 0, Eix(l));

    private static Complex[] CxOn(int control, int target) =>
        Linear.Matrix.Embed(Linear.Matrix.Controlled(PauliX, 1, 1), [control, target], 2);

    private static StandardGateSpec Uncontrolled(StandardGateKind kind, string name, int qubits, int parameters, Func<double[], Complex[]>? matrix) =>
        new(kind, name, qubits, parameters, 0, null, matrix);

    private static StandardGateSpec Controlled(StandardGateKind kind, string name, int controls, StandardGateKind baseKind, int parameters) =>
        new(kind, name, -1, parameters, controls, baseKind, null);

    public static readonly IReadOnlyDictionary<StandardGateKind, StandardGateSpec> All = Build();

    private static Dictionary<StandardGateKind, StandardGateSpec> Build()
    {
        var list = new List<StandardGateSpec>
        {
            Uncontrolled(StandardGateKind.I, "id", 1, 0, _ => PauliI),
            Uncontrolled(StandardGateKind.H, "h", 1, 0, _ => M2(Sqrt2Inv, Sqrt2Inv, Sqrt2Inv, -Sqrt2Inv)),
            Uncontrolled(StandardGateKind.X, "x", 1, 0, _ => PauliX),
            Uncontrolled(StandardGateKind.Y, "y", 1, 0, _ => PauliY),
            Uncontrolled(StandardGateKind.Z, "z", 1, 0, _ => PauliZ),
            Uncontrolled(StandardGateKind.S, "s", 1, 0, _ => M2(1, 0, 0, I)),
            Uncontrolled(StandardGateKind.Sdg, "sdg", 1, 0, _ => M2(1, 0, 0, -I)),
            Uncontrolled(StandardGateKind.T, "t", 1, 0, _ => M2(1, 0, 0, Eix(Math.PI / 4))),
            Uncontrolled(StandardGateKind.Tdg, "tdg", 1, 0, _ => M2(1, 0, 0, Eix(-Math.PI / 4))),
            Uncontrolled(StandardGateKind.SX, "sx", 1, 0, _ => M2((1 + I) / 2, (1 - I) / 2, (1 - I) / 2, (1 + I) / 2)),
            Uncontrolled(StandardGateKind.SXdg, "sxdg", 1, 0, _ => M2((1 - I) / 2, (1 + I) / 2, (1 + I) / 2, (1 - I) / 2)),
            Uncontrolled(StandardGateKind.P, "p", 1, 1, p => Phase(p[0])),
            Uncontrolled(StandardGateKind.RX, "rx", 1, 1, p => Rx(p[0])),
            Uncontrolled(StandardGateKind.RY, "ry", 1, 1, p => Ry(p[0])),
            Uncontrolled(StandardGateKind.RZ, "rz", 1, 1, p => Rz(p[0])),
            Uncontrolled(StandardGateKind.R, "r", 1, 2, p =>
            {
                double c = Math.Cos(p[0] / 2), s = Math.Sin(p[0] / 2);
                return M2(c, -I * Eix(-p[1]) * s, -I * Eix(p[1]) * s, c);
            }),
            Uncontrolled(StandardGateKind.U, "u", 1, 3, p => U(p[0], p[1], p[2])),
            Uncontrolled(StandardGateKind.U1, "u1", 1, 1, p => Phase(p[0])),
            Uncontrolled(StandardGateKind.U2, "u2", 1, 2, p => U(Math.PI / 2, p[0], p[1])),
            Uncontrolled(StandardGateKind.U3, "u3", 1, 3, p => U(p[0], p[1], p[2])),
            Uncontrolled(StandardGateKind.RXX, "rxx", 2, 1, p => PauliRotation(PauliX, PauliX, p[0])),
            Uncontrolled(StandardGateKind.RYY, "ryy", 2, 1, p => PauliRotation(PauliY, PauliY, p[0])),
            Uncontrolled(StandardGateKind.RZZ, "rzz", 2, 1, p => PauliRotation(PauliZ, PauliZ, p[0])),
            Uncontrolled(StandardGateKind.RZX, "rzx", 2, 1, p => PauliRotation(PauliZ, PauliX, p[0])),
            Uncontrolled(StandardGateKind.XXPlusYY, "xx_plus_yy", 2, 2, p =>
            {
                double c = Math.Cos(p[0] / 2), s = Math.Sin(p[0] / 2);
                var m = Linear.Matrix.Identity(4);
                m[5] = c; m[6] = -I * s * Eix(-p[1]);
                m[9] = -I * s * Eix(p[1]); m[10] = c;
                return m;
            }),
            Uncontrolled(StandardGateKind.XXMinusYY, "xx_minus_yy", 2, 2, p =>
            {
                double c = Math.Cos(p[0] / 2), s = Math.Sin(p[0] / 2);
                var m = Linear.Matrix.Identity(4);
                m[0] = c; m[3] = -I * s * Eix(-p[1]);
                m[12] = -I * s * Eix(p[1]); m[15] = c;
                return m;
            }),
            Uncontrolled(StandardGateKind.ECR, "ecr", 2, 0, _ => Linear.Matrix.Scale(
                [0, 1, 0, I,
                 1, 0, -I, 0,
                 0, I, 0, 1,
                 -I, 0, 1, 0], Sqrt2Inv)),
            Uncontrolled(StandardGateKind.Swap, "swap", 2, 0, _ =>
                [1, 0, 0, 0,
                 0, 0, 1, 0,
                 0, 1, 0, 0,
                 0, 0, 0, 1]),
            Uncontrolled(StandardGateKind.ISwap, "iswap", 2, 0, _ =>
                [1, 0, 0, 0,
                 0, 0, I, 0,
                 0, I, 0, 0,
                 0, 0, 0, 1]),
            Uncontrolled(StandardGateKind.DCX, "dcx", 2, 0, _ => Linear.Matrix.Multiply(CxOn(1, 0), CxOn(0, 1))),
            Uncontrolled(StandardGateKind.RCCX, "rccx", 3, 0, null),
            Uncontrolled(StandardGateKind.RC3X, "rcccx", 4, 0, null),

            Controlled(StandardGateKind.CX, "cx", 1, StandardGateKind.X, 0),
            Controlled(StandardGateKind.CY, "cy", 1, StandardGateKind.Y, 0),
            Controlled(StandardGateKind.CZ, "cz", 1, StandardGateKind.Z, 0),
            Controlled(StandardGateKind.CH, "ch", 1, StandardGateKind.H, 0),
            Controlled(StandardGateKind.CS, "cs", 1, StandardGateKind.S, 0),
            Controlled(StandardGateKind.CSdg, "csdg", 1, StandardGateKind.Sdg, 0),
            Controlled(StandardGateKind.CSX, "csx", 1, StandardGateKind.SX, 0),
            Controlled(StandardGateKind.CP, "cp", 1, StandardGateKind.P, 1),
            Controlled(StandardGateKind.CRX, "crx", 1, StandardGateKind.RX, 1),
            Controlled(StandardGateKind.CRY, "cry", 1, StandardGateKind.RY, 1),
            Controlled(StandardGateKind.CRZ, "crz", 1, StandardGateKind.RZ, 1),
            Controlled(StandardGateKind.CU, "cu", 1, StandardGateKind.U, 4),
            Controlled(StandardGateKind.CU1, "cu1", 1, StandardGateKind.U1, 1),
            Controlled(StandardGateKind.CU3, "cu3", 1, StandardGateKind.U3, 3),
            Controlled(StandardGateKind.CCX, "ccx", 2, StandardGateKind.X, 0),
            Controlled(StandardGateKind.CCZ, "ccz", 2, StandardGateKind.Z, 0),
            Controlled(StandardGateKind.CSwap, "cswap", 1, StandardGateKind.Swap, 0),
            Controlled(StandardGateKind.C3X, "mcx", 3, StandardGateKind.X, 0),
            Controlled(StandardGateKind.C3SX, "c3sx", 3, StandardGateKind.SX, 0),
            Controlled(StandardGateKind.C4X, "mcx", 4, StandardGateKind.X, 0),
            Controlled(StandardGateKind.MCX, "mcx", -1, StandardGateKind.X, 0),
            Controlled(StandardGateKind.MCPhase, "mcphase", -1, StandardGateKind.P, 1),
        };
        return list.ToDictionary(s => s.Kind);
    }

    /// <summary>The spec whose Qiskit name is <paramref name="name"/> (for "mcx", the variable-size one).</summary>
    public static StandardGateSpec? ByName(string name) =>
        name == "mcx" ? All[StandardGateKind.MCX] : All.Values.FirstOrDefault(s => s.Name == name);
}
