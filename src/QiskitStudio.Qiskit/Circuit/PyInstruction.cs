using QiskitStudio.Python.Runtime;
using QiskitStudio.Qiskit.Interop;
using QiskitStudio.Quantum.Gates;
using Barrier = QiskitStudio.Quantum.Gates.Barrier;
using QiskitStudio.Quantum.Parameters;
using K = QiskitStudio.Quantum.Gates.StandardGateKind;

namespace QiskitStudio.Qiskit.Circuit;

/// <summary>
/// Python's view of an operation: <c>Instruction</c>, <c>Gate</c>, <c>ControlledGate</c>,
/// <c>Measure</c>, <c>Reset</c>, <c>Barrier</c> and the standard gate classes of
/// <c>qiskit.circuit.library</c> (<c>HGate</c>, <c>CXGate</c>, <c>RZGate</c>, <c>MCXGate</c>…).
/// </summary>
internal sealed class PyInstruction : PyNativeObject
{
    public static readonly PyType InstructionType = CreateInstructionType();
    public static readonly PyType GateType = CreateGateType();
    public static readonly PyType ControlledGateType = PyType.CreateBuiltin("ControlledGate", GateType, "qiskit.circuit.controlledgate").Freeze();
    public static readonly PyType MeasureType = PyType.CreateBuiltin("Measure", InstructionType, "qiskit.circuit.measure",
        newFunction: (cls, _, _) => new PyInstruction(cls, new Measure())).Freeze();
    public static readonly PyType ResetType = PyType.CreateBuiltin("Reset", InstructionType, "qiskit.circuit.reset",
        newFunction: (cls, _, _) => new PyInstruction(cls, new Reset())).Freeze();
    public static readonly PyType BarrierType = PyType.CreateBuiltin("Barrier", InstructionType, "qiskit.circuit.barrier",
        newFunction: (cls, args, kw) =>
        {
            var a = new ArgReader("Barrier", args, kw, ["num_qubits", "label"], required: 1);
            return new PyInstruction(cls, new Barrier((int)a.GetLong(0, 1), a.GetStringOrNone(1)));
        }).Freeze();

    /// <summary>Python class name of each standard gate, with the names of its constructor's parameters.</summary>
    private static readonly (K Kind, string ClassName, string[] Params)[] s_standardClasses =
    [
        (K.I, "IGate", []), (K.H, "HGate", []), (K.X, "XGate", []), (K.Y, "YGate", []), (K.Z, "ZGate", []),
        (K.S, "SGate", []), (K.Sdg, "SdgGate", []), (K.T, "TGate", []), (K.Tdg, "TdgGate", []),
        (K.SX, "SXGate", []), (K.SXdg, "SXdgGate", []), (K.P, "PhaseGate", ["theta"]), (K.RX, "RXGate", ["theta"]),
        (K.RY, "RYGate", ["theta"]), (K.RZ, "RZGate", ["phi"]), (K.R, "RGate", ["theta", "phi"]),
        (K.U, "UGate", ["theta", "phi", "lam"]), (K.U1, "U1Gate", ["theta"]), (K.U2, "U2Gate", ["phi", "lam"]),
        (K.U3, "U3Gate", ["theta", "phi", "lam"]), (K.RXX, "RXXGate", ["theta"]), (K.RYY, "RYYGate", ["theta"]),
        (K.RZZ, "RZZGate", ["theta"]), (K.RZX, "RZXGate", ["theta"]), (K.XXPlusYY, "XXPlusYYGate", ["theta", "beta"]),
        (K.XXMinusYY, "XXMinusYYGate", ["theta", "beta"]), (K.ECR, "ECRGate", []), (K.Swap, "SwapGate", []),
        (K.ISwap, "iSwapGate", []), (K.DCX, "DCXGate", []), (K.CX, "CXGate", []), (K.CY, "CYGate", []),
        (K.CZ, "CZGate", []), (K.CH, "CHGate", []), (K.CS, "CSGate", []), (K.CSdg, "CSdgGate", []),
        (K.CSX, "CSXGate", []), (K.CP, "CPhaseGate", ["theta"]), (K.CRX, "CRXGate", ["theta"]),
        (K.CRY, "CRYGate", ["theta"]), (K.CRZ, "CRZGate", ["theta"]), (K.CU, "CUGate", ["theta", "phi", "lam", "gamma"]),
        (K.CU1, "CU1Gate", ["theta"]), (K.CU3, "CU3Gate", ["theta", "phi", "lam"]), (K.CCX, "CCXGate", []),
        (K.CCZ, "CCZGate", []), (K.CSwap, "CSwapGate", []), (K.RCCX, "RCCXGate", []), (K.RC3X, "RC3XGate", []),
        (K.C3X, "C3XGate", []), (K.C3SX, "C3SXGate", []), (K.C4X, "C4XGate", []),
        (K.MCX, "MCXGate", ["num_ctrl_qubits"]), (K.MCPhase, "MCPhaseGate", ["lam", "num_ctrl_qubits"]),
    ];

    private static readonly Dictionary<K, PyType> s_typeByKind = CreateStandardTypes();

    /// <summary>The standard gate classes, for <c>qiskit.circuit.library</c>.</summary>
    public static IEnumerable<PyType> StandardGateTypes => s_typeByKind.Values;

    private PyInstruction(PyType type, Instruction operation) : base(type) => Operation = operation;

    public Instruction Operation { get; }

    /// <summary>Wraps an operation in the Python class Qiskit would give it.</summary>
    public static PyInstruction Wrap(Instruction operation)
    {
        PyType type = operation switch
        {
            StandardGate s when s_typeByKind.TryGetValue(s.Kind, out var t) => t,
            Quantum.Gates.ControlledGate => ControlledGateType,
            Gate => GateType,
            Measure => MeasureType,
            Reset => ResetType,
            Barrier => BarrierType,
            _ => InstructionType,
        };
        return new PyInstruction(type, operation);
    }

    public override string Repr() => Operation.ToString();

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne)) return PyNotImplemented.Instance;
        bool equal = other is PyInstruction o && (ReferenceEquals(o.Operation, Operation)
            || (o.Operation.GetType() == Operation.GetType() && o.Operation.Name == Operation.Name && o.Operation.NumQubits == Operation.NumQubits
                && o.Operation.Params.SequenceEqual(Operation.Params)));
        return PyBool.From(op == CompareOp.Eq ? equal : !equal);
    }

    private static Instruction Op(PyObject self) => ((PyInstruction)self).Operation;

    private static PyType CreateInstructionType()
    {
        var t = PyType.CreateBuiltin("Instruction", module: "qiskit.circuit.instruction",
            newFunction: QiskitExceptions.GuardNew((cls, args, kw) =>
            {
                var a = new ArgReader("Instruction", args, kw, ["name", "num_qubits", "num_clbits", "params", "label"], required: 3);
                var parameters = a.Optional(3) is { } p and not PyNone ? PyOps.ToArray(p).Select(v => PyParameterExpression.ToValue(v)).ToArray() : [];
                return new PyInstruction(cls, new Instruction(a.GetString(0, ""), (int)a.GetLong(1, 0), (int)a.GetLong(2, 0), parameters, a.GetStringOrNone(4)));
            }));
        t.AddProperty("name", self => PyStr.Create(Op(self).Name));
        t.AddProperty("num_qubits", self => PyInt.Create(Op(self).NumQubits));
        t.AddProperty("num_clbits", self => PyInt.Create(Op(self).NumClbits));
        t.AddProperty("params", self => PyList.FromEnumerable(Op(self).Params.Select(PyParameterExpression.Wrap)));
        t.AddProperty("label", self => Op(self).Label is { } l ? PyStr.Create(l) : PyNone.Instance);
        t.AddProperty("definition", self => Op(self).Definition is { } d ? new PyQuantumCircuit(d) : PyNone.Instance);
        t.AddProperty("num_ctrl_qubits", self => PyInt.Create(Op(self) is Gate g ? g.NumControlQubits : 0));
        t.AddProperty("ctrl_state", self => PyInt.Create(Op(self) is Gate g ? g.CtrlState : 0));
        t.AddProperty("base_gate", self => Op(self) is Gate { BaseGate: { } b } ? Wrap(b) : PyNone.Instance);
        t.AddMethod("inverse", QiskitExceptions.Guard((self, _, _) => Wrap(Op(self).Inverse())));
        t.AddMethod("copy", (self, _, _) => Wrap(Op(self)));
        t.AddMethod("to_operation", (self, _, _) => self);
        t.AddMethod("is_parameterized", (self, _, _) => PyBool.From(Op(self).IsParameterized));
        t.AddMethod("control", QiskitExceptions.Guard((self, args, kw) =>
        {
            var a = new ArgReader("control", args, kw, ["num_ctrl_qubits", "label", "ctrl_state", "annotated"], required: 0);
            if (Op(self) is not Gate g) throw QiskitExceptions.Qiskit("Only gates can be controlled.");
            int n = (int)a.GetLong(0, 1);
            int? state = a.Optional(2) switch
            {
                null or PyNone => null,
                PyStr s => Convert.ToInt32(s.Value, 2),
                var v => (int)PyConvert.ToLong(v),
            };
            return Wrap(g.Control(n, a.GetStringOrNone(1), state));
        }));
        t.AddMethod("to_matrix", QiskitExceptions.Guard((self, _, _) =>
        {
            if (Op(self) is not Gate g) throw QiskitExceptions.Circuit("to_matrix not defined for this instruction");
            var m = g.ToMatrix();
            int dim = (int)Math.Sqrt(m.Length);
            return PyList.FromEnumerable(Enumerable.Range(0, dim).Select(r =>
                (PyObject)PyList.FromEnumerable(Enumerable.Range(0, dim).Select(c => (PyObject)PyComplex.Create(m[r * dim + c])))));
        }));
        return t.Freeze();
    }

    private static PyType CreateGateType()
    {
        var t = PyType.CreateBuiltin("Gate", InstructionType, "qiskit.circuit.gate",
            newFunction: QiskitExceptions.GuardNew((cls, args, kw) =>
            {
                var a = new ArgReader("Gate", args, kw, ["name", "num_qubits", "params", "label"], required: 3);
                var parameters = PyOps.ToArray(a.Required(2)).Select(v => PyParameterExpression.ToValue(v)).ToArray();
                return new PyInstruction(cls, new Gate(a.GetString(0, ""), (int)a.GetLong(1, 0), parameters, a.GetStringOrNone(3)));
            }));
        return t.Freeze();
    }

    private static Dictionary<K, PyType> CreateStandardTypes()
    {
        var types = new Dictionary<K, PyType>();
        foreach (var (kind, className, paramNames) in s_standardClasses)
        {
            var type = PyType.CreateBuiltin(className, GateType, "qiskit.circuit.library",
                newFunction: QiskitExceptions.GuardNew((cls, args, kw) => new PyInstruction(cls, CreateStandard(kind, className, paramNames, args, kw))));
            types[kind] = type.Freeze();
        }
        return types;
    }

    private static Instruction CreateStandard(K kind, string className, string[] paramNames, ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        string[] names = [.. paramNames, "label", "ctrl_state"];
        var a = new ArgReader(className, args, kw, names, required: paramNames.Length);
        var values = new List<ParameterValue>();
        int? numControls = null;
        for (int i = 0; i < paramNames.Length; i++)
        {
            if (paramNames[i] == "num_ctrl_qubits") numControls = (int)a.GetLong(i, 1);
            else values.Add(PyParameterExpression.ToValue(a.Required(i)));
        }
        string? label = a.GetStringOrNone(paramNames.Length);
        int? ctrlState = a.Optional(paramNames.Length + 1) switch
        {
            null or PyNone => null,
            PyStr s => Convert.ToInt32(s.Value, 2),
            var v => (int)PyConvert.ToLong(v),
        };
        // Qiskit's MCXGate(1) is a CXGate and MCXGate(2) a CCXGate; MCPhaseGate(λ, 1) a CPhaseGate.
        if (kind == K.MCX) return StandardGate.Create(K.X).Control(numControls ?? 1, label, ctrlState);
        if (kind == K.MCPhase) return StandardGate.Create(K.P, values).Control(numControls ?? 1, label, ctrlState);
        return StandardGate.Create(kind, values, ctrlState, numControls, label);
    }
}
