using QiskitStudio.Python.Runtime;
using QiskitStudio.Qiskit.Interop;
using QiskitStudio.Quantum.Circuits;

namespace QiskitStudio.Qiskit.Circuit;

/// <summary>
/// <c>with qc.if_test((creg_or_clbit, value)):</c>, Qiskit 2.x's classical control: the
/// instructions appended inside the block run only when the condition holds. They are stored as
/// conditioned instructions (the Quantum library's model), so they simulate exactly; the text
/// drawer shows them in the older conditional style. <c>as else_</c> gives the else branch for a
/// single-bit condition.
/// </summary>
internal sealed class PyIfTest : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly QuantumCircuit _circuit;
    private readonly ClassicalCondition _condition;
    private readonly ClassicalCondition? _otherwise;
    private int _start;

    private PyIfTest(QuantumCircuit circuit, ClassicalCondition condition, ClassicalCondition? otherwise) : base(TypeObject)
    {
        _circuit = circuit;
        _condition = condition;
        _otherwise = otherwise;
    }

    /// <summary>Reads <c>(ClassicalRegister, int)</c> or <c>(Clbit | int, bool | int)</c> into a condition and, for one bit, its negation.</summary>
    public static PyIfTest Create(QuantumCircuit circuit, PyObject spec)
    {
        var parts = spec is PyTuple or PyList ? PyOps.ToArray(spec) : throw QiskitExceptions.Circuit("if_test expects a (register or bit, value) tuple.");
        if (parts.Length != 2) throw QiskitExceptions.Circuit("if_test expects a (register or bit, value) tuple.");
        long value = PyConvert.ToLong(parts[1]);
        if (parts[0] is PyRegister { Register: ClassicalRegister register })
        {
            var condition = circuit.Condition(register, (ulong)value);
            ClassicalCondition? otherwise = register.Size == 1 ? circuit.Condition(register, (ulong)(1 - value)) : null;
            return new PyIfTest(circuit, condition, otherwise);
        }
        int bit = QubitArguments.Clbits(circuit, parts[0]) is [var single] ? single : throw QiskitExceptions.Circuit("if_test needs one classical bit or a register.");
        return new PyIfTest(circuit, circuit.Condition(bit, value != 0), circuit.Condition(bit, value == 0));
    }

    private void Begin() => _start = _circuit.Data.Count;

    /// <summary>Re-appends the instructions added since <see cref="Begin"/> with <paramref name="condition"/>.</summary>
    private void End(ClassicalCondition condition)
    {
        var added = _circuit.Data.Skip(_start).ToList();
        var kept = _circuit.Data.Take(_start).ToList();
        _circuit.Clear();
        foreach (var inst in kept) _circuit.Append(inst);
        foreach (var inst in added)
        {
            if (inst.Condition is not null) throw QiskitExceptions.Circuit("Nested if_test blocks are not supported by the embedded engine.");
            _circuit.Append(inst.WithCondition(condition));
        }
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("IfContext", module: "qiskit.circuit.controlflow.if_else");
        t.AddMethod("__enter__", (self, _, _) =>
        {
            var test = (PyIfTest)self;
            test.Begin();
            return new PyElseContext(test);
        });
        t.AddMethod("__exit__", QiskitExceptions.Guard((self, args, _) =>
        {
            if (args.Length > 0 && args[0] is not PyNone) return PyBool.False;
            var test = (PyIfTest)self;
            test.End(test._condition);
            return PyBool.False;
        }));
        return t.Freeze();
    }

    /// <summary>The <c>else_</c> context of an if_test block.</summary>
    private sealed class PyElseContext(PyIfTest test) : PyNativeObject(ElseType)
    {
        public static readonly PyType ElseType = CreateElseType();

        private static PyType CreateElseType()
        {
            var t = PyType.CreateBuiltin("ElseContext", module: "qiskit.circuit.controlflow.if_else");
            t.AddMethod("__call__", (self, _, _) => self);
            t.AddMethod("__enter__", (self, _, _) =>
            {
                var e = (PyElseContext)self;
                if (e._test._otherwise is null) throw PyExc.NotImplementedError("else_ is supported for single-bit conditions only in the embedded engine");
                e._test.Begin();
                return self;
            });
            t.AddMethod("__exit__", QiskitExceptions.Guard((self, args, _) =>
            {
                if (args.Length > 0 && args[0] is not PyNone) return PyBool.False;
                var e = (PyElseContext)self;
                e._test.End(e._test._otherwise!);
                return PyBool.False;
            }));
            return t.Freeze();
        }

        private readonly PyIfTest _test = test;

        public override PyObject Call(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs) => this;
    }
}
