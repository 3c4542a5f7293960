using QiskitStudio.Python.Runtime;
using QiskitStudio.Qiskit.Interop;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Gates;
using QiskitStudio.Quantum.Parameters;
using K = QiskitStudio.Quantum.Gates.StandardGateKind;

namespace QiskitStudio.Qiskit.Circuit;

/// <summary>The gate methods of <c>QuantumCircuit</c> (h, cx, rz, measure, barrier, mcx…), with Qiskit's broadcasting.</summary>
internal sealed partial class PyQuantumCircuit
{
    private sealed record GateMethod(string Name, K Kind, string[] Params, string[] Qubits, bool Controlled);

    /// <summary>The gate methods, in a nested class so that they exist before the type object is built.</summary>
    private static class GateTable
    {
    private static readonly string[] One = ["qubit"];
    private static readonly string[] Two = ["qubit1", "qubit2"];
    private static readonly string[] CtrlTarget = ["control_qubit", "target_qubit"];

    public static readonly GateMethod[] All =
    [
        new("id", K.I, [], One, false), new("h", K.H, [], One, false), new("x", K.X, [], One, false),
        new("y", K.Y, [], One, false), new("z", K.Z, [], One, false), new("s", K.S, [], One, false),
        new("sdg", K.Sdg, [], One, false), new("t", K.T, [], One, false), new("tdg", K.Tdg, [], One, false),
        new("sx", K.SX, [], One, false), new("sxdg", K.SXdg, [], One, false),
        new("p", K.P, ["theta"], One, false), new("rx", K.RX, ["theta"], One, false), new("ry", K.RY, ["theta"], One, false),
        new("rz", K.RZ, ["phi"], One, false), new("r", K.R, ["theta", "phi"], One, false),
        new("u", K.U, ["theta", "phi", "lam"], One, false),
        new("rxx", K.RXX, ["theta"], Two, false), new("ryy", K.RYY, ["theta"], Two, false),
        new("rzz", K.RZZ, ["theta"], Two, false), new("rzx", K.RZX, ["theta"], Two, false),
        new("ecr", K.ECR, [], Two, false), new("swap", K.Swap, [], Two, false), new("iswap", K.ISwap, [], Two, false),
        new("dcx", K.DCX, [], Two, false),
        new("xx_plus_yy", K.XXPlusYY, ["theta", "beta"], Two, false), new("xx_minus_yy", K.XXMinusYY, ["theta", "beta"], Two, false),
        new("cx", K.CX, [], CtrlTarget, true), new("cy", K.CY, [], CtrlTarget, true), new("cz", K.CZ, [], CtrlTarget, true),
        new("ch", K.CH, [], CtrlTarget, true), new("cs", K.CS, [], CtrlTarget, true), new("csdg", K.CSdg, [], CtrlTarget, true),
        new("csx", K.CSX, [], CtrlTarget, true),
        new("cp", K.CP, ["theta"], CtrlTarget, true), new("crx", K.CRX, ["theta"], CtrlTarget, true),
        new("cry", K.CRY, ["theta"], CtrlTarget, true), new("crz", K.CRZ, ["theta"], CtrlTarget, true),
        new("cu", K.CU, ["theta", "phi", "lam", "gamma"], CtrlTarget, true),
        new("ccx", K.CCX, [], ["control_qubit1", "control_qubit2", "target_qubit"], true),
        new("ccz", K.CCZ, [], ["qubit1", "qubit2", "target_qubit"], true),
        new("cswap", K.CSwap, [], ["control_qubit", "target_qubit1", "target_qubit2"], true),
        new("rccx", K.RCCX, [], ["control_qubit1", "control_qubit2", "target_qubit"], false),
        new("rcccx", K.RC3X, [], ["control_qubit1", "control_qubit2", "control_qubit3", "target_qubit"], false),
    ];
    }

    private static void AddGateMethods(PyType t)
    {
        foreach (var method in GateTable.All)
            t.AddMethod(method.Name, QiskitExceptions.Guard((self, args, kw) => ApplyGate(C(self), method, args, kw)));
        t.AddMethod("cnot", QiskitExceptions.Guard((self, args, kw) => ApplyGate(C(self), GateTable.All.First(m => m.Name == "cx"), args, kw)));
        t.AddMethod("toffoli", QiskitExceptions.Guard((self, args, kw) => ApplyGate(C(self), GateTable.All.First(m => m.Name == "ccx"), args, kw)));
        t.AddMethod("fredkin", QiskitExceptions.Guard((self, args, kw) => ApplyGate(C(self), GateTable.All.First(m => m.Name == "cswap"), args, kw)));
        t.AddMethod("mcx", QiskitExceptions.Guard(Mcx));
        t.AddMethod("mcp", QiskitExceptions.Guard(Mcp));
        t.AddMethod("mcrx", QiskitExceptions.Guard((self, args, kw) => MultiControlledRotation(self, args, kw, "mcrx", (c, th, ctl, tg) => c.Mcrx(th, ctl, tg))));
        t.AddMethod("mcry", QiskitExceptions.Guard((self, args, kw) => MultiControlledRotation(self, args, kw, "mcry", (c, th, ctl, tg) => c.Mcry(th, ctl, tg))));
        t.AddMethod("mcrz", QiskitExceptions.Guard((self, args, kw) => MultiControlledRotation(self, args, kw, "mcrz", (c, th, ctl, tg) => c.Mcrz(th, ctl, tg))));
        t.AddMethod("measure", QiskitExceptions.Guard(Measure));
        t.AddMethod("measure_all", QiskitExceptions.Guard(MeasureAll));
        t.AddMethod("measure_active", QiskitExceptions.Guard((self, args, kw) =>
        {
            var a = new ArgReader("measure_active", args, kw, ["inplace"], required: 0);
            if (a.GetBool(0, true)) { C(self).MeasureActive(); return PyNone.Instance; }
            var copy = C(self).Copy();
            copy.MeasureActive();
            return new PyQuantumCircuit(copy);
        }));
        t.AddMethod("reset", QiskitExceptions.Guard((self, args, kw) =>
        {
            var a = new ArgReader("reset", args, kw, ["qubit"]);
            foreach (int q in QubitArguments.Qubits(C(self), a.Required(0))) C(self).Reset(q);
            return InstructionSet.Create();
        }));
        t.AddMethod("barrier", QiskitExceptions.Guard((self, args, kw) =>
        {
            string? label = kw?.Get("label") is PyStr s ? s.Value : null;
            var circuit = C(self);
            var qubits = new List<int>();
            foreach (var arg in args) qubits.AddRange(QubitArguments.Qubits(circuit, arg));
            circuit.Barrier(qubits, label);
            return InstructionSet.Create();
        }));
        t.AddMethod("initialize", QiskitExceptions.Guard((self, args, kw) => Prepare(self, args, kw, "initialize", initialize: true)));
        t.AddMethod("prepare_state", QiskitExceptions.Guard((self, args, kw) => Prepare(self, args, kw, "prepare_state", initialize: false)));
        t.AddMethod("unitary", QiskitExceptions.Guard((self, args, kw) =>
        {
            var a = new ArgReader("unitary", args, kw, ["obj", "qubits", "label"], required: 2);
            var rows = PyOps.ToArray(a.Required(0)).Select(r => PyOps.ToArray(r).Select(ToComplex).ToArray()).ToArray();
            var matrix = rows.SelectMany(r => r).ToArray();
            C(self).Unitary(matrix, QubitArguments.Qubits(C(self), a.Required(1)), a.GetStringOrNone(2));
            return InstructionSet.Create();
        }));
    }

    private static System.Numerics.Complex ToComplex(PyObject value) => value switch
    {
        PyComplex c => c.Value,
        _ => new System.Numerics.Complex(PyConvert.ToDouble(value), 0),
    };

    private static PyObject ApplyGate(QuantumCircuit circuit, GateMethod method, ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        string[] names = method.Controlled
            ? [.. method.Params, .. method.Qubits, "label", "ctrl_state"]
            : [.. method.Params, .. method.Qubits, "label"];
        var a = new ArgReader(method.Name, args, kw, names, required: method.Params.Length + method.Qubits.Length);
        var parameters = new ParameterValue[method.Params.Length];
        for (int i = 0; i < parameters.Length; i++) parameters[i] = PyParameterExpression.ToValue(a.Required(i), method.Params[i]);
        var qubitArgs = new List<int[]>();
        for (int i = 0; i < method.Qubits.Length; i++) qubitArgs.Add(QubitArguments.Qubits(circuit, a.Required(method.Params.Length + i)));
        string? label = a.GetStringOrNone(method.Params.Length + method.Qubits.Length);
        int? ctrlState = method.Controlled ? CtrlState(a.Optional(method.Params.Length + method.Qubits.Length + 1)) : null;
        foreach (var qubits in QubitArguments.Broadcast(qubitArgs))
            circuit.Append(StandardGate.Create(method.Kind, parameters, ctrlState, null, label), qubits);
        return InstructionSet.Create();
    }

    private static int? CtrlState(PyObject? value) => value switch
    {
        null or PyNone => null,
        PyStr s => Convert.ToInt32(s.Value, 2),
        _ => (int)PyConvert.ToLong(value),
    };

    private static PyObject Mcx(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var a = new ArgReader("mcx", args, kw, ["control_qubits", "target_qubit", "ancilla_qubits", "mode", "ctrl_state"], required: 2);
        var circuit = C(self);
        var controls = QubitArguments.Qubits(circuit, a.Required(0));
        // As Qiskit's MCXGate: one control gives cx, two give ccx.
        foreach (int target in QubitArguments.Qubits(circuit, a.Required(1)))
            circuit.Mcx(controls, target, CtrlState(a.Optional(4)));
        return InstructionSet.Create();
    }

    private static PyObject Mcp(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var a = new ArgReader("mcp", args, kw, ["lam", "control_qubits", "target_qubit", "ctrl_state"], required: 3);
        var circuit = C(self);
        var lam = PyParameterExpression.ToValue(a.Required(0), "lam");
        var controls = QubitArguments.Qubits(circuit, a.Required(1));
        foreach (int target in QubitArguments.Qubits(circuit, a.Required(2)))
            circuit.Mcp(lam, controls, target, CtrlState(a.Optional(3)));
        return InstructionSet.Create();
    }

    private static PyObject MultiControlledRotation(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kw, string name,
        Action<QuantumCircuit, ParameterValue, int[], int> apply)
    {
        var a = new ArgReader(name, args, kw, ["theta", "q_controls", "q_target", "use_basis_gates"], required: 3);
        var circuit = C(self);
        var theta = PyParameterExpression.ToValue(a.Required(0), "theta");
        var controls = QubitArguments.Qubits(circuit, a.Required(1));
        foreach (int target in QubitArguments.Qubits(circuit, a.Required(2))) apply(circuit, theta, controls, target);
        return InstructionSet.Create();
    }

    private static PyObject Measure(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var a = new ArgReader("measure", args, kw, ["qubit", "cbit"]);
        var circuit = C(self);
        var qubits = QubitArguments.Qubits(circuit, a.Required(0));
        var clbits = QubitArguments.Clbits(circuit, a.Required(1));
        if (qubits.Length != clbits.Length && qubits.Length != 1 && clbits.Length != 1)
            throw QiskitExceptions.Circuit($"register size error: {qubits.Length} qubits, {clbits.Length} clbits");
        foreach (var pair in QubitArguments.Broadcast([qubits, clbits])) circuit.Measure(pair[0], pair[1]);
        return InstructionSet.Create();
    }

    private static PyObject MeasureAll(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var a = new ArgReader("measure_all", args, kw, ["inplace", "add_bits"], required: 0);
        bool inplace = a.GetBool(0, true), addBits = a.GetBool(1, true);
        if (inplace)
        {
            C(self).MeasureAll(addBits);
            return PyNone.Instance;
        }
        var copy = C(self).Copy();
        copy.MeasureAll(addBits);
        return new PyQuantumCircuit(copy);
    }

    private static PyObject Prepare(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kw, string name, bool initialize)
    {
        var a = new ArgReader(name, args, kw, ["params", "qubits", "normalize"], required: 1);
        var circuit = C(self);
        int[] qubits = a.Optional(1) is { } q and not PyNone ? QubitArguments.Qubits(circuit, q) : Enumerable.Range(0, circuit.NumQubits).ToArray();
        var spec = a.Required(0);
        System.Numerics.Complex[] amplitudes;
        if (spec is PyStr label)
        {
            amplitudes = LabelState(label.Value);
        }
        else if (spec is PyInt integer)
        {
            long value = PyConvert.ToLong(integer);
            amplitudes = new System.Numerics.Complex[1 << qubits.Length];
            if (value < 0 || value >= amplitudes.Length) throw QiskitExceptions.Qiskit($"Integer {value} does not fit {qubits.Length} qubits.");
            amplitudes[value] = 1;
        }
        else
        {
            amplitudes = PyOps.ToArray(spec).Select(ToComplex).ToArray();
            if (a.GetBool(2, false))
            {
                double norm = Math.Sqrt(amplitudes.Sum(c => c.Magnitude * c.Magnitude));
                amplitudes = amplitudes.Select(c => c / norm).ToArray();
            }
        }
        if (initialize) circuit.Initialize(amplitudes, qubits);
        else circuit.PrepareState(amplitudes, qubits);
        return InstructionSet.Create();
    }

    /// <summary>The product state of a label of 0, 1, +, -, r, l (rightmost character on qubit 0).</summary>
    internal static System.Numerics.Complex[] LabelState(string label)
    {
        var state = new System.Numerics.Complex[] { 1 };
        double h = 1 / Math.Sqrt(2);
        var i = System.Numerics.Complex.ImaginaryOne;
        foreach (char ch in label)
        {
            System.Numerics.Complex[] single = ch switch
            {
                '0' => [1, 0],
                '1' => [0, 1],
                '+' => [h, h],
                '-' => [h, -h],
                'r' => [h, i * h],
                'l' => [h, -i * h],
                _ => throw QiskitExceptions.Qiskit($"Invalid state label '{label}'."),
            };
            // Characters run from the most significant qubit to qubit 0.
            var next = new System.Numerics.Complex[state.Length * 2];
            for (int k = 0; k < state.Length; k++)
            {
                next[2 * k] = state[k] * single[0];
                next[2 * k + 1] = state[k] * single[1];
            }
            state = next;
        }
        return state;
    }
}
