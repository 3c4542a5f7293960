using QiskitStudio.Python.Runtime;
using QiskitStudio.Qiskit.Interop;
using QiskitStudio.Qiskit.Visualization;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Drawing;
using QiskitStudio.Quantum.Gates;
using Barrier = QiskitStudio.Quantum.Gates.Barrier;
using QiskitStudio.Quantum.Parameters;

namespace QiskitStudio.Qiskit.Circuit;

/// <summary>
/// Python's <c>QuantumCircuit</c> over the Quantum library's circuit. Gate methods are in
/// PyQuantumCircuit.Gates.cs; this file has construction, properties, transformations and drawing.
/// </summary>
internal sealed partial class PyQuantumCircuit : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    public PyQuantumCircuit(QuantumCircuit circuit) : base(TypeObject) => Circuit = circuit;

    private PyQuantumCircuit(PyType type, QuantumCircuit circuit) : base(type) => Circuit = circuit;

    public QuantumCircuit Circuit { get; private set; }

    /// <summary>The layout a pass manager attached (<c>circuit.layout</c>), or null.</summary>
    public PyObject? Layout { get; set; }

    /// <summary>
    /// Where Aer's <c>save_statevector()</c> was called: the number of instructions before it, or null.
    /// The instruction itself is not stored (the simulator has no such operation); AerSimulator evolves that prefix.
    /// </summary>
    public int? SaveStatevectorAt { get; set; }

    /// <summary>What <c>print(qc)</c> shows: Qiskit's text drawing.</summary>
    public override string Str() => Circuit.ToString();

    public static QuantumCircuit Unwrap(PyObject value, string what = "circuit") =>
        value is PyQuantumCircuit c ? c.Circuit : throw PyExc.TypeError($"{what} must be a QuantumCircuit, not '{value.Type.Name}'");

    private static PyQuantumCircuit Self(PyObject self) => (PyQuantumCircuit)self;

    private static QuantumCircuit C(PyObject self) => ((PyQuantumCircuit)self).Circuit;

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("QuantumCircuit", module: "qiskit.circuit.quantumcircuit", newFunction: New);
        AddProperties(t);
        AddTransformations(t);
        AddGateMethods(t);
        return t.Freeze();
    }

    private static PyObject New(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        string? name = null;
        PyObject? globalPhase = null;
        if (kwargs is not null)
        {
            for (int i = 0; i < kwargs.Count; i++)
            {
                switch (kwargs.NameAt(i))
                {
                    case "name": name = kwargs.ValueAt(i) is PyStr s ? s.Value : null; break;
                    case "global_phase": globalPhase = kwargs.ValueAt(i); break;
                    case "metadata" or "inputs" or "captures" or "declarations": break;
                    default: throw PyExc.TypeError($"QuantumCircuit.__init__() got an unexpected keyword argument '{kwargs.NameAt(i)}'");
                }
            }
        }
        QuantumCircuit circuit;
        if (args.Length > 0 && args[0] is PyInt)
        {
            if (args.Length > 2) throw QiskitExceptions.Circuit("Circuit args must be Registers or integers. (" + string.Join(", ", args.ToArray().Select(PyOps.Repr)) + ")");
            long nq = PyConvert.ToLong(args[0]);
            long nc = args.Length > 1 ? PyConvert.ToLong(args[1]) : 0;
            if (nq < 0 || nc < 0) throw QiskitExceptions.Circuit("Circuit args must be Registers or integers.");
            circuit = new QuantumCircuit((int)nq, (int)nc, name);
        }
        else
        {
            circuit = new QuantumCircuit([], name);
            foreach (var arg in args)
            {
                switch (arg)
                {
                    case PyRegister r: QiskitExceptions.Translate(() => { circuit.AddRegister(r.Register); return 0; }); break;
                    case PyList or PyTuple:
                        circuit.AddBits(PyOps.ToArray(arg).Select(b => b is PyBit pb ? pb.Bit : throw QiskitExceptions.Circuit("Expected a list of bits.")));
                        break;
                    default:
                        throw QiskitExceptions.Circuit($"Circuit args must be Registers or integers. ({PyOps.Repr(arg)} '{arg.Type.Name}' was provided)");
                }
            }
        }
        if (globalPhase is not null) circuit.GlobalPhase = PyParameterExpression.ToValue(globalPhase);
        return new PyQuantumCircuit(cls, circuit);
    }

    private static void AddProperties(PyType t)
    {
        t.AddProperty("name", self => PyStr.Create(C(self).Name), (self, v) => C(self).Name = PyConvert.ToStr(v, "name"));
        t.AddProperty("num_qubits", self => PyInt.Create(C(self).NumQubits));
        t.AddProperty("num_clbits", self => PyInt.Create(C(self).NumClbits));
        t.AddProperty("num_parameters", self => PyInt.Create(C(self).NumParameters));
        t.AddProperty("parameters", self => new PySequenceView(PySequenceView.ParameterViewType,
            C(self).Parameters.Select(p => (PyObject)new PyParameterExpression(p)).ToArray()));
        t.AddProperty("qubits", self => PyList.FromEnumerable(C(self).Qubits.Select(q => (PyObject)new PyBit(q))));
        t.AddProperty("clbits", self => PyList.FromEnumerable(C(self).Clbits.Select(c => (PyObject)new PyBit(c))));
        t.AddProperty("qregs", self => PyList.FromEnumerable(C(self).QuantumRegisters.Select(r => (PyObject)new PyRegister(r))));
        t.AddProperty("cregs", self => PyList.FromEnumerable(C(self).ClassicalRegisters.Select(r => (PyObject)new PyRegister(r))));
        t.AddProperty("data", self => PyList.FromEnumerable(C(self).Data.Select(i => (PyObject)new PyCircuitInstruction(C(self), i))));
        t.AddProperty("global_phase", self => PyParameterExpression.Wrap(C(self).GlobalPhase),
            (self, v) => C(self).GlobalPhase = PyParameterExpression.ToValue(v));
        t.AddProperty("layout", self => Self(self).Layout ?? PyNone.Instance, (self, v) => Self(self).Layout = v is PyNone ? null : v);
        t.AddProperty("metadata", self => self.InstanceDict!.TryGetValue("_metadata", out var m) ? m : (self.InstanceDict!["_metadata"] = new PyDict()),
            (self, v) => self.InstanceDict!["_metadata"] = v);
        t.AddProperty("op_start_times", _ => PyNone.Instance);

        t.AddMethod("__len__", (self, _, _) => PyInt.Create(C(self).Data.Count));
        t.AddMethod("size", (self, _, _) => PyInt.Create(C(self).Size()));
        t.AddMethod("width", (self, _, _) => PyInt.Create(C(self).Width()));
        t.AddMethod("depth", (self, args, kw) =>
        {
            var a = new ArgReader("depth", args, kw, ["filter_function"], required: 0);
            if (a.Optional(0) is { } f and not PyNone)
            {
                var circuit = C(self);
                return PyInt.Create(circuit.Depth(i => PyOps.IsTrue(PyOps.Call(f, [new PyCircuitInstruction(circuit, i)]))));
            }
            return PyInt.Create(C(self).Depth());
        });
        t.AddMethod("count_ops", (self, _, _) => OrderedDict(C(self).CountOps().Select(kv => (kv.Key, (PyObject)PyInt.Create(kv.Value)))));
        t.AddMethod("num_nonlocal_gates", (self, _, _) => PyInt.Create(C(self).NumNonlocalGates()));
        t.AddMethod("num_tensor_factors", (self, _, _) => PyInt.Create(C(self).NumTensorFactors()));
        t.AddMethod("num_connected_components", (self, _, _) => PyInt.Create(C(self).NumTensorFactors()));
        t.AddMethod("draw", Draw);
        t.AddMethod("__eq__", (self, args, _) => PyBool.From(args.Length == 1 && args[0] is PyQuantumCircuit o && SameCircuit(C(self), o.Circuit)));
        t.AddMethod("__ne__", (self, args, _) => PyBool.From(!(args.Length == 1 && args[0] is PyQuantumCircuit o && SameCircuit(C(self), o.Circuit))));
    }

    private static bool SameCircuit(QuantumCircuit a, QuantumCircuit b) =>
        ReferenceEquals(a, b) || (a.NumQubits == b.NumQubits && a.NumClbits == b.NumClbits && a.Data.Count == b.Data.Count
            && a.Data.Zip(b.Data).All(p => p.First.Name == p.Second.Name && p.First.Qubits.SequenceEqual(p.Second.Qubits)
                && p.First.Clbits.SequenceEqual(p.Second.Clbits) && p.First.Operation.Params.SequenceEqual(p.Second.Operation.Params)));

    /// <summary>An <c>OrderedDict</c> from the collections module when available, else a dict.</summary>
    internal static PyObject OrderedDict(IEnumerable<(string Key, PyObject Value)> items)
    {
        var dict = new PyDict();
        foreach (var (k, v) in items) dict.SetItem(k, v);
        try
        {
            var collections = PyContext.Current.ImportModule("collections");
            if (collections.GetAttributeOrNull("OrderedDict") is { } ordered) return PyOps.Call(ordered, [dict]);
        }
        catch (PythonException)
        {
            // No collections module registered: a plain dict keeps the same order.
        }
        return dict;
    }

    private static PyObject Draw(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var a = new ArgReader("draw", args, kw,
            ["output", "scale", "filename", "style", "interactive", "plot_barriers", "reverse_bits", "justify", "vertical_compression",
             "idle_wires", "with_layout", "fold", "ax", "initial_state", "cregbundle", "wire_order", "expr_len", "measure_arrows"], required: 0);
        string output = a.GetStringOrNone(0) ?? "text";
        var circuit = C(self);
        switch (output)
        {
            case "text":
                var options = new TextDrawingOptions
                {
                    PlotBarriers = a.GetBool(5, true),
                    ReverseBits = a.Optional(6) is { } rb and not PyNone && PyOps.IsTrue(rb),
                    Justify = a.GetStringOrNone(7) ?? "left",
                    VerticalCompression = a.GetStringOrNone(8) ?? "medium",
                    Fold = a.Optional(11) is { } f and not PyNone ? (int)PyConvert.ToLong(f) : 80,
                    InitialState = a.GetBool(13, false),
                    CregBundle = a.Optional(14) is not { } cb || cb is PyNone || PyOps.IsTrue(cb),
                };
                return new PyTextDrawing(QiskitExceptions.Translate(() => circuit.Draw(options)));
            case "mpl" or "latex" or "latex_source":
                return Figures.Record("circuit", circuit.DrawSvg());
            default:
                throw PyExc.ValueError($"Invalid output type {output} selected. The only valid choices are text, latex, latex_source, and mpl");
        }
    }

    private static void AddTransformations(PyType t)
    {
        t.AddMethod("copy", (self, args, kw) =>
        {
            var a = new ArgReader("copy", args, kw, ["name"], required: 0);
            return new PyQuantumCircuit(C(self).Copy(a.GetStringOrNone(0))) { Layout = Self(self).Layout, SaveStatevectorAt = Self(self).SaveStatevectorAt };
        });
        t.AddMethod("copy_empty_like", (self, args, kw) =>
        {
            var a = new ArgReader("copy_empty_like", args, kw, ["name", "vars_mode"], required: 0);
            return new PyQuantumCircuit(C(self).CopyEmptyLike(a.GetStringOrNone(0)));
        });
        t.AddMethod("inverse", QiskitExceptions.Guard((self, _, _) => new PyQuantumCircuit(C(self).Inverse())));
        t.AddMethod("reverse_bits", QiskitExceptions.Guard((self, _, _) => new PyQuantumCircuit(C(self).ReverseBits())));
        t.AddMethod("repeat", QiskitExceptions.Guard((self, args, kw) =>
        {
            var a = new ArgReader("repeat", args, kw, ["reps", "insert_barriers"], required: 1);
            return new PyQuantumCircuit(C(self).Repeat((int)a.GetLong(0, 1)));
        }));
        t.AddMethod("decompose", QiskitExceptions.Guard((self, args, kw) =>
        {
            var a = new ArgReader("decompose", args, kw, ["gates_to_decompose", "reps"], required: 0);
            IReadOnlyCollection<string>? names = a.Optional(0) switch
            {
                null or PyNone => null,
                PyStr s => [s.Value],
                var v => PyOps.ToArray(v).Select(x => x is PyStr xs ? xs.Value : x is PyInstruction i ? i.Operation.Name : PyOps.Str(x)).ToArray(),
            };
            return new PyQuantumCircuit(C(self).Decompose(names, (int)a.GetLong(1, 1)));
        }));
        t.AddMethod("to_gate", QiskitExceptions.Guard((self, args, kw) =>
        {
            var a = new ArgReader("to_gate", args, kw, ["parameter_map", "label"], required: 0);
            return PyInstruction.Wrap(C(self).ToGate(a.GetStringOrNone(1)));
        }));
        t.AddMethod("to_instruction", QiskitExceptions.Guard((self, args, kw) =>
        {
            var a = new ArgReader("to_instruction", args, kw, ["parameter_map", "label"], required: 0);
            return PyInstruction.Wrap(C(self).ToInstruction(a.GetStringOrNone(1)));
        }));
        t.AddMethod("control", QiskitExceptions.Guard((self, args, kw) =>
        {
            var a = new ArgReader("control", args, kw, ["num_ctrl_qubits", "label", "ctrl_state", "annotated"], required: 0);
            int? state = a.Optional(2) is { } s and not PyNone ? (s is PyStr str ? Convert.ToInt32(str.Value, 2) : (int)PyConvert.ToLong(s)) : null;
            return new PyQuantumCircuit(C(self).Control((int)a.GetLong(0, 1), a.GetStringOrNone(1), state));
        }));
        t.AddMethod("tensor", QiskitExceptions.Guard((self, args, kw) =>
        {
            var a = new ArgReader("tensor", args, kw, ["other", "inplace"], required: 1);
            var result = C(self).Tensor(Unwrap(a.Required(0), "other"));
            if (!a.GetBool(1, false)) return new PyQuantumCircuit(result);
            Self(self).Circuit = result;
            return PyNone.Instance;
        }));
        t.AddMethod("remove_final_measurements", QiskitExceptions.Guard((self, args, kw) =>
        {
            var a = new ArgReader("remove_final_measurements", args, kw, ["inplace"], required: 0);
            bool inplace = a.GetBool(0, true);
            var result = C(self).RemoveFinalMeasurements(inplace);
            return inplace ? PyNone.Instance : new PyQuantumCircuit(result);
        }));
        t.AddClassMethod("from_qasm_str", QiskitExceptions.Guard((_, args, kw) =>
        {
            var a = new ArgReader("from_qasm_str", args, kw, ["qasm_str"]);
            return new PyQuantumCircuit(Quantum.Qasm.Qasm2Parser.Loads(a.GetString(0, "")));
        }));
        t.AddMethod("if_test", QiskitExceptions.Guard((self, args, kw) =>
        {
            var a = new ArgReader("if_test", args, kw, ["condition", "true_body", "qubits", "clbits", "label"], required: 1);
            if (a.Optional(1) is { } body and not PyNone)
                throw PyExc.NotImplementedError("if_test(condition, true_body, ...) is not supported by the embedded engine; use 'with qc.if_test(condition):'");
            return PyIfTest.Create(C(self), a.Required(0));
        }));
        t.AddMethod("save_statevector", (self, args, kw) =>
        {
            _ = new ArgReader("save_statevector", args, kw, ["label", "pershot", "conditional"], required: 0);
            Self(self).SaveStatevectorAt = C(self).Data.Count;
            return InstructionSet.Create();
        });
        t.AddMethod("compose", QiskitExceptions.Guard(Compose));
        t.AddMethod("append", QiskitExceptions.Guard(Append));
        t.AddMethod("assign_parameters", QiskitExceptions.Guard(AssignParameters));
        t.AddMethod("add_register", QiskitExceptions.Guard((self, args, _) =>
        {
            foreach (var r in args)
            {
                if (r is PyRegister reg) C(self).AddRegister(reg.Register);
                else if (r is PyInt n) C(self).AddRegister(new QuantumRegister((int)PyConvert.ToLong(n)));
                else throw QiskitExceptions.Circuit($"expected a register, not '{r.Type.Name}'");
            }
            return PyNone.Instance;
        }));
        t.AddMethod("add_bits", QiskitExceptions.Guard((self, args, kw) =>
        {
            var a = new ArgReader("add_bits", args, kw, ["bits"]);
            C(self).AddBits(PyOps.ToArray(a.Required(0)).Select(b => b is PyBit pb ? pb.Bit : throw QiskitExceptions.Circuit("expected bits")));
            return PyNone.Instance;
        }));
        t.AddMethod("find_bit", QiskitExceptions.Guard((self, args, kw) =>
        {
            var a = new ArgReader("find_bit", args, kw, ["bit"]);
            if (a.Required(0) is not PyBit b) throw QiskitExceptions.Circuit("Could not locate provided bit");
            var location = C(self).FindBit(b.Bit);
            var registers = PyList.FromEnumerable(location.Registers.Select(r => (PyObject)PyTuple.Create([new PyRegister(r.Register), PyInt.Create(r.Index)])));
            return new BitLocationView(location.Index, registers);
        }));
    }

    private static PyObject Compose(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var a = new ArgReader("compose", args, kw, ["other", "qubits", "clbits", "front", "inplace", "wrap", "copy", "var_remap", "inline_captures"], required: 1);
        var circuit = C(self);
        var other = a.Required(0);
        IReadOnlyList<int>? qubits = a.Optional(1) is { } q and not PyNone ? QubitArguments.Qubits(circuit, q) : null;
        IReadOnlyList<int>? clbits = a.Optional(2) is { } c and not PyNone ? QubitArguments.Clbits(circuit, c) : null;
        bool front = a.GetBool(3, false), inplace = a.GetBool(4, false);
        QuantumCircuit result = other switch
        {
            PyQuantumCircuit oc => circuit.Compose(a.GetBool(5, false) ? WrapAsGateCircuit(oc.Circuit) : oc.Circuit, qubits, clbits, front, inplace),
            PyInstruction oi => circuit.Compose(oi.Operation, qubits, clbits, front, inplace),
            _ => throw QiskitExceptions.Circuit($"Cannot compose a '{other.Type.Name}' into a circuit."),
        };
        return inplace ? PyNone.Instance : new PyQuantumCircuit(result);
    }

    private static QuantumCircuit WrapAsGateCircuit(QuantumCircuit other)
    {
        var qc = new QuantumCircuit(other.NumQubits, other.NumClbits);
        qc.Append(other.NumClbits == 0 ? other.ToGate() : other.ToInstruction(), Enumerable.Range(0, other.NumQubits).ToArray(), Enumerable.Range(0, other.NumClbits).ToArray());
        return qc;
    }

    private static PyObject Append(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var a = new ArgReader("append", args, kw, ["instruction", "qargs", "cargs", "copy"], required: 1);
        var circuit = C(self);
        var value = a.Required(0);
        Instruction operation;
        PyObject? qargs = a.Optional(1), cargs = a.Optional(2);
        switch (value)
        {
            case PyInstruction pi: operation = pi.Operation; break;
            case PyQuantumCircuit pc: operation = pc.Circuit.NumClbits == 0 ? pc.Circuit.ToGate() : pc.Circuit.ToInstruction(); break;
            case PyCircuitInstruction ci:
                operation = ci.Instruction.Operation;
                qargs ??= PyList.FromEnumerable(ci.Instruction.Qubits.Select(q => (PyObject)PyInt.Create(q)));
                cargs ??= PyList.FromEnumerable(ci.Instruction.Clbits.Select(c => (PyObject)PyInt.Create(c)));
                break;
            default:
                throw QiskitExceptions.Circuit("Object to append must be an Operation or have a to_instruction() method.");
        }
        var qubitArgs = qargs is null or PyNone ? [] : PyOps.ToArray(qargs).Select(q => QubitArguments.Qubits(circuit, q)).ToList();
        var clbitArgs = cargs is null or PyNone ? [] : PyOps.ToArray(cargs).Select(c => QubitArguments.Clbits(circuit, c)).ToList();
        if (operation is Barrier)
        {
            var all = qubitArgs.SelectMany(x => x).ToArray();
            circuit.Append(new Barrier(all.Length, operation.Label), all);
            return InstructionSet.Create();
        }
        if (qubitArgs.Count != operation.NumQubits)
            throw QiskitExceptions.Circuit($"The amount of qubit({qubitArgs.Count})/clbit({clbitArgs.Count}) arguments does not match the gate expectation ({operation.NumQubits}).");
        if (clbitArgs.Count != operation.NumClbits)
            throw QiskitExceptions.Circuit($"The amount of qubit({qubitArgs.Count})/clbit({clbitArgs.Count}) arguments does not match the gate expectation ({operation.NumClbits}).");
        var combined = qubitArgs.Concat(clbitArgs).ToList();
        foreach (var tuple in combined.Count == 0 ? [Array.Empty<int>()] : QubitArguments.Broadcast(combined))
            circuit.Append(operation, tuple[..operation.NumQubits], tuple[operation.NumQubits..]);
        return InstructionSet.Create();
    }

    private static PyObject AssignParameters(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var a = new ArgReader("assign_parameters", args, kw, ["parameters", "inplace", "flat_input", "strict"], required: 1);
        var circuit = C(self);
        var values = a.Required(0);
        bool inplace = a.GetBool(1, false), strict = a.GetBool(3, true);
        QuantumCircuit result;
        if (values is PyDict dict)
        {
            var map = new Dictionary<Parameter, ParameterValue>();
            foreach (var (key, value) in dict.Items())
            {
                if (key is PyParameterVector vector)
                {
                    var items = PyOps.ToArray(value);
                    if (items.Length != vector.Vector.Count)
                        throw QiskitExceptions.Circuit($"Parameter vector '{vector.Vector.Name}' has length {vector.Vector.Count}, but was assigned to {items.Length} values.");
                    for (int i = 0; i < items.Length; i++) map[vector.Vector[i]] = PyParameterExpression.ToValue(items[i]);
                }
                else if (key is PyStr name)
                {
                    var p = circuit.Parameters.FirstOrDefault(x => x.Name == name.Value)
                        ?? throw QiskitExceptions.Circuit($"Cannot bind parameters ({name.Value}) not present in the circuit.");
                    map[p] = PyParameterExpression.ToValue(value);
                }
                else map[PyParameterExpression.ToParameter(key)] = PyParameterExpression.ToValue(value);
            }
            result = circuit.AssignParameters(map, inplace, strict);
        }
        else
        {
            var list = PyOps.ToArray(values).Select(v => PyParameterExpression.ToValue(v)).ToArray();
            result = circuit.AssignParameters(list, inplace);
        }
        return inplace ? PyNone.Instance : new PyQuantumCircuit(result) { Layout = Self(self).Layout };
    }

    /// <summary>Binds a list, dict or ndarray of values, for the primitives' parameter values.</summary>
    internal static QuantumCircuit Bind(QuantumCircuit circuit, PyObject? values)
    {
        if (values is null or PyNone) return circuit;
        if (values is PyDict dict)
        {
            var map = new Dictionary<Parameter, ParameterValue>();
            foreach (var (key, value) in dict.Items()) map[PyParameterExpression.ToParameter(key)] = PyParameterExpression.ToValue(value);
            return circuit.AssignParameters(map);
        }
        var list = PyOps.ToArray(values).Select(v => PyParameterExpression.ToValue(v)).ToArray();
        if (list.Length == 0 && circuit.NumParameters == 0) return circuit;
        return circuit.AssignParameters(list);
    }
}

/// <summary>What <c>qc.draw()</c> returns: prints (and reprs) as the drawing.</summary>
internal sealed class PyTextDrawing(string text) : PyNativeObject(TypeObject)
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("TextDrawing", module: "qiskit.visualization.circuit.text").Freeze();

    public override string Repr() => text;

    public override string Str() => text;
}

/// <summary>What gate methods return (Qiskit's <c>InstructionSet</c>); nothing is done with it.</summary>
internal sealed class InstructionSet() : PyNativeObject(TypeObject)
{
    public static readonly PyType TypeObject = PyType.CreateBuiltin("InstructionSet", module: "qiskit.circuit.instructionset").Freeze();

    public static InstructionSet Create() => new();
}

/// <summary>Qiskit's <c>BitLocations(index, registers)</c>.</summary>
internal sealed class BitLocationView : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    public BitLocationView(int index, PyList registers) : base(TypeObject)
    {
        Index = index;
        Registers = registers;
    }

    public int Index { get; }

    public PyList Registers { get; }

    public override string Repr() => $"BitLocations(index={Index}, registers={PyOps.Repr(Registers)})";

    public override PyObject? GetIterator() => PyList.FromEnumerable([PyInt.Create(Index), Registers]).GetIterator();

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("BitLocations", module: "qiskit.circuit.quantumcircuit");
        t.AddProperty("index", self => PyInt.Create(((BitLocationView)self).Index));
        t.AddProperty("registers", self => ((BitLocationView)self).Registers);
        return t.Freeze();
    }
}

/// <summary>A read-only sequence printed as <c>Name([...])</c>: Qiskit's <c>ParameterView</c> and <c>PauliList</c>.</summary>
internal sealed class PySequenceView(PyType type, PyObject[] items) : PyNativeObject(type)
{
    public static readonly PyType ParameterViewType = PyType.CreateBuiltin("ParameterView", module: "qiskit.circuit.parametertable").Freeze();

    public static readonly PyType PauliListType = PyType.CreateBuiltin("PauliList", module: "qiskit.quantum_info.operators.symplectic.pauli_list").Freeze();

    public override string Repr() => $"{Type.Name}([{string.Join(", ", items.Select(PyOps.Repr))}])";

    public override long Length() => items.Length;

    public override PyObject GetItem(PyObject key) => PyOps.GetItem(PyList.FromSpan(items), key);

    public override PyObject? GetIterator() => PyList.FromSpan(items).GetIterator();

    public override bool? Contains(PyObject item) => items.Any(i => PyOps.IsTrue(PyOps.RichCompare(i, item, CompareOp.Eq)));
}

/// <summary>One entry of <c>qc.data</c>: <c>.operation</c>, <c>.qubits</c>, <c>.clbits</c>; also unpacks as a 3-tuple.</summary>
internal sealed class PyCircuitInstruction : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly QuantumCircuit _circuit;

    public PyCircuitInstruction(QuantumCircuit circuit, CircuitInstruction instruction) : base(TypeObject)
    {
        _circuit = circuit;
        Instruction = instruction;
    }

    public CircuitInstruction Instruction { get; }

    private PyTuple QubitTuple() => PyTuple.Create(Instruction.Qubits.Select(q => (PyObject)new PyBit(_circuit.Qubits[q])).ToArray());

    private PyTuple ClbitTuple() => PyTuple.Create(Instruction.Clbits.Select(c => (PyObject)new PyBit(_circuit.Clbits[c])).ToArray());

    public override string Repr() =>
        $"CircuitInstruction(operation={PyOps.Repr(PyInstruction.Wrap(Instruction.Operation))}, qubits={PyOps.Repr(QubitTuple())}, clbits={PyOps.Repr(ClbitTuple())})";

    public override PyObject? GetIterator() => PyList.FromEnumerable([PyInstruction.Wrap(Instruction.Operation), PyList.FromSpan(QubitTuple().Items), PyList.FromSpan(ClbitTuple().Items)]).GetIterator();

    public override long Length() => 3;

    public override PyObject GetItem(PyObject key) => PyOps.GetItem(PyTuple.Create([PyInstruction.Wrap(Instruction.Operation), QubitTuple(), ClbitTuple()]), key);

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("CircuitInstruction", module: "qiskit._accelerate.circuit");
        t.AddProperty("operation", self => PyInstruction.Wrap(((PyCircuitInstruction)self).Instruction.Operation));
        t.AddProperty("qubits", self => ((PyCircuitInstruction)self).QubitTuple());
        t.AddProperty("clbits", self => ((PyCircuitInstruction)self).ClbitTuple());
        t.AddProperty("name", self => PyStr.Create(((PyCircuitInstruction)self).Instruction.Name));
        t.AddProperty("params", self => PyList.FromEnumerable(((PyCircuitInstruction)self).Instruction.Operation.Params.Select(PyParameterExpression.Wrap)));
        return t.Freeze();
    }
}
