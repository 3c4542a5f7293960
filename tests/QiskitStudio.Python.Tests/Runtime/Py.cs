using QiskitStudio.Python.Builtins;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Tests.Runtime;

/// <summary>Short constructors and calls for runtime tests (no parser needed).</summary>
internal static class Py
{
    public static PyObject I(long v) => PyInt.Create(v);
    public static PyObject F(double v) => PyFloat.Create(v);
    public static PyObject S(string v) => PyStr.Create(v);
    public static PyList L(params PyObject[] items) => PyList.FromSpan(items);
    public static PyTuple T(params PyObject[] items) => PyTuple.Create(items);

    public static PyObject Builtin(string name) => BuiltinScope.Names[name];

    public static PyObject Call(string builtin, params PyObject[] args) => Builtin(builtin).Call(args, null);

    public static PyObject CallKw(string builtin, PyObject[] args, params (string Name, PyObject Value)[] kwargs)
    {
        var kw = new KeywordArguments();
        foreach (var (n, v) in kwargs) kw.Add(n, v);
        return Builtin(builtin).Call(args, kw);
    }

    public static PyObject Method(PyObject self, string name, params PyObject[] args) => PyOps.CallMethod(self, name, args);

    public static PyObject MethodKw(PyObject self, string name, PyObject[] args, params (string Name, PyObject Value)[] kwargs)
    {
        var kw = new KeywordArguments();
        foreach (var (n, v) in kwargs) kw.Add(n, v);
        return PyOps.CallMethod(self, name, args, kw);
    }

    public static string Repr(PyObject o) => PyOps.Repr(o);

    public static string Str(PyObject o) => PyOps.Str(o);

    /// <summary>Asserts a Python exception of the named type with the exact str(e).</summary>
    public static void Raises(string typeName, string message, Action action)
    {
        var e = Assert.Throws<PythonException>(action);
        Assert.Equal(typeName, e.Value.Type.Name);
        Assert.Equal(message, PyOps.Str(e.Value));
    }

    public static void Raises(string typeName, string message, Func<object?> action) => Raises(typeName, message, () => { action(); });

    /// <summary>Runs <paramref name="body"/> inside a fresh run context and returns what it printed.</summary>
    public static string Capture(Action<PyContext> body, ModuleRegistry? registry = null)
    {
        var output = new StringWriter();
        var context = new PyContext(registry ?? new ModuleRegistry(), output, output);
        using (context.Enter()) body(context);
        return output.ToString();
    }

    /// <summary>A Python-level function for tests: binds as a method like a <c>def</c> in a class body.</summary>
    public sealed class Def : PyFunctionBase
    {
        private readonly Func<PyObject[], PyObject> _body;

        public Def(string name, Func<PyObject[], PyObject> body)
        {
            Name = name;
            QualName = name;
            _body = body;
        }

        public override string Name { get; set; }

        public override string QualName { get; set; }

        public override PyObject Call(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs) => _body(args.ToArray());
    }

    public static PyType Class(string name, params (string Name, PyObject Value)[] members) => Class(name, [], members);

    public static PyType Class(string name, PyType[] bases, params (string Name, PyObject Value)[] members)
    {
        var ns = new Dictionary<string, PyObject>();
        foreach (var (n, v) in members) ns[n] = v;
        return PyType.CreateUserType(name, bases, ns);
    }
}
