namespace QiskitStudio.Python.Runtime;

/// <summary>
/// Convenient base for instances of classes written in C# (a host's <c>QuantumCircuit</c>, say).
/// It remembers the Python type it was created for, which is a Python subclass when user code
/// subclasses the C# class, and gives every instance an attribute dict (created on first use)
/// so that <c>obj.note = 1</c> works as it does for Python classes.
/// <code>
/// sealed class Counter : PyNativeObject
/// {
///     public static readonly PyType TypeObject = CreateType();
///     public long Value;
///     public Counter(PyType type) : base(type) { }
///
///     static PyType CreateType()
///     {
///         var t = PyType.CreateBuiltin("Counter", module: "demo", newFunction: (cls, args, kw) => new Counter(cls));
///         t.InitFunction = (self, args, kw) =>
///         {
///             var a = new ArgReader("Counter", args, kw, ["start"], required: 0);
///             ((Counter)self).Value = a.GetLong(0, 0);
///             return PyNone.Instance;
///         };
///         t.AddMethod("increment", (self, args, kw) => PyInt.Create(++((Counter)self).Value));
///         t.AddProperty("value", self => PyInt.Create(((Counter)self).Value));
///         return t.Freeze();
///     }
/// }
/// </code>
/// </summary>
public abstract class PyNativeObject : PyObject
{
    private readonly PyType _type;
    private Dictionary<string, PyObject>? _dict;

    protected PyNativeObject(PyType type) => _type = type;

    public override PyType Type => _type;

    public override Dictionary<string, PyObject> InstanceDict => _dict ??= new Dictionary<string, PyObject>();
}
