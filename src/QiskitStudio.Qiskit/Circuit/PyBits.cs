using QiskitStudio.Python.Runtime;
using QiskitStudio.Quantum.Circuits;

namespace QiskitStudio.Qiskit.Circuit;

/// <summary>Python's <c>Qubit</c> and <c>Clbit</c>: wrappers equal when they wrap the same bit.</summary>
internal sealed class PyBit : PyNativeObject
{
    public static readonly PyType QubitType = CreateType("Qubit", () => new Qubit());
    public static readonly PyType ClbitType = CreateType("Clbit", () => new Clbit());

    public PyBit(Bit bit) : base(bit is Qubit ? QubitType : ClbitType) => Bit = bit;

    private PyBit(PyType type, Bit bit) : base(type) => Bit = bit;

    public Bit Bit { get; }

    public override string Repr() => Bit.ToString();

    public override long Hash() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Bit);

    public override PyObject RichCompare(PyObject other, CompareOp op) => op switch
    {
        CompareOp.Eq => PyBool.From(other is PyBit b && ReferenceEquals(b.Bit, Bit)),
        CompareOp.Ne => PyBool.From(!(other is PyBit b2 && ReferenceEquals(b2.Bit, Bit))),
        _ => PyNotImplemented.Instance,
    };

    private static PyType CreateType(string name, Func<Bit> create)
    {
        var t = PyType.CreateBuiltin(name, module: "qiskit.circuit", newFunction: (cls, _, _) => new PyBit(cls, create()));
        t.AddProperty("_index", self => ((PyBit)self).Bit.Index < 0 ? PyNone.Instance : PyInt.Create(((PyBit)self).Bit.Index));
        t.AddProperty("_register", self => ((PyBit)self).Bit.Register is { } r ? new PyRegister(r) : PyNone.Instance);
        return t.Freeze();
    }
}

/// <summary>Python's <c>QuantumRegister</c> and <c>ClassicalRegister</c>.</summary>
internal sealed class PyRegister : PyNativeObject
{
    public static readonly PyType QuantumRegisterType = CreateType("QuantumRegister", "qiskit.circuit.quantumregister", (n, name) => new QuantumRegister(n, name));
    public static readonly PyType ClassicalRegisterType = CreateType("ClassicalRegister", "qiskit.circuit.classicalregister", (n, name) => new ClassicalRegister(n, name));

    public PyRegister(Register register) : base(register is QuantumRegister ? QuantumRegisterType : ClassicalRegisterType) => Register = register;

    private PyRegister(PyType type, Register register) : base(type) => Register = register;

    public Register Register { get; }

    public override string Repr() => Register.ToString();

    public override long Length() => Register.Size;

    public override long Hash() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Register);

    public override PyObject RichCompare(PyObject other, CompareOp op) => op switch
    {
        CompareOp.Eq => PyBool.From(other is PyRegister r && ReferenceEquals(r.Register, Register)),
        CompareOp.Ne => PyBool.From(!(other is PyRegister r2 && ReferenceEquals(r2.Register, Register))),
        _ => PyNotImplemented.Instance,
    };

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice) return PyList.FromEnumerable(PyOps.ToArray(PyOps.GetItem(Bits(), key)));
        if (key is PyList or PyTuple) return PyList.FromEnumerable(PyOps.ToArray(key).Select(GetItem));
        long index = PyConvert.ToLongIndex(key);
        if (index < 0) index += Register.Size;
        if (index < 0 || index >= Register.Size) throw Interop.QiskitExceptions.Circuit("register index out of range");
        return new PyBit(Register.Bits[(int)index]);
    }

    public override PyObject? GetIterator() => Bits().GetIterator();

    private PyList Bits() => PyList.FromEnumerable(Register.Bits.Select(b => (PyObject)new PyBit(b)));

    private static PyType CreateType(string name, string module, Func<int, string?, Register> create)
    {
        var t = PyType.CreateBuiltin(name, module: module, newFunction: (cls, args, kw) =>
        {
            var a = new ArgReader(name, args, kw, ["size", "name", "bits"], required: 0);
            if (a.Optional(2) is { } bits && bits is not PyNone)
                throw PyExc.TypeError($"{name}(bits=...) is not supported by the embedded engine; give a size");
            int size = (int)a.GetLongOrNone(0, 0);
            if (size < 0) throw Interop.QiskitExceptions.Circuit($"Register size must be non-negative (int '{size}' was provided)");
            return new PyRegister(cls, create(size, a.GetStringOrNone(1)));
        });
        t.AddProperty("name", self => PyStr.Create(((PyRegister)self).Register.Name));
        t.AddProperty("size", self => PyInt.Create(((PyRegister)self).Register.Size));
        return t.Freeze();
    }
}
