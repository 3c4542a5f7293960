using QiskitStudio.Python.Runtime;
using static QiskitStudio.Python.Tests.Runtime.Py;

namespace QiskitStudio.Python.Tests.Runtime;

/// <summary>A class written in C# the way a host module defines one.</summary>
public class NativeClassTests
{
    private sealed class Counter : PyNativeObject
    {
        public static readonly PyType TypeObject = CreateType();

        public long Value;

        private Counter(PyType type) : base(type) { }

        private static PyType CreateType()
        {
            var t = PyType.CreateBuiltin("Counter", module: "demo", newFunction: (cls, _, _) => new Counter(cls));
            t.InitFunction = (self, args, kw) =>
            {
                var a = new ArgReader("Counter", args, kw, ["start"], required: 0);
                ((Counter)self).Value = a.GetLong(0, 0);
                return PyNone.Instance;
            };
            t.AddMethod("__init__", t.InitFunction);
            t.AddMethod("increment", (self, args, kw) =>
            {
                var a = new ArgReader("increment", args, kw, ["by"], required: 0);
                return PyInt.Create(((Counter)self).Value += a.GetLong(0, 1));
            });
            t.AddProperty("value", self => PyInt.Create(((Counter)self).Value), (self, v) => ((Counter)self).Value = PyConvert.ToLong(v));
            t.AddMethod("__repr__", (self, _, _) => S($"Counter({((Counter)self).Value})"));
            return t.Freeze();
        }

        public override string Repr() => $"Counter({Value})";
    }

    [Fact]
    public void NativeClassesBehaveLikePythonOnes()
    {
        var c = Counter.TypeObject.Call([I(5)], null);
        Assert.Equal("6", Repr(Method(c, "increment")));
        Assert.Equal("8", Repr(PyOps.CallMethod(c, "increment", [], new KeywordArguments(["by"], [I(2)]))));
        Assert.Equal("8", Repr(PyOps.GetAttr(c, "value")));
        PyOps.SetAttr(c, "value", I(1));
        Assert.Equal("Counter(1)", Repr(c));
        PyOps.SetAttr(c, "note", S("free attribute"));
        Assert.Equal("'free attribute'", Repr(PyOps.GetAttr(c, "note")));
        Assert.Equal("<class 'demo.Counter'>", Repr(Counter.TypeObject));
        Raises("TypeError", "'step' is an invalid keyword argument for increment()",
            () => PyOps.CallMethod(c, "increment", [], new KeywordArguments(["step"], [I(1)])));
        Raises("TypeError", "cannot set 'x' attribute of immutable type 'Counter'", () => PyOps.SetAttr(Counter.TypeObject, "x", I(1)));
    }

    [Fact]
    public void PythonCodeCanSubclassANativeClass()
    {
        PyType? sub = null;
        sub = Class("Doubling", [Counter.TypeObject],
            ("__init__", new Def("__init__", a =>
            {
                new PySuper(sub!, a[0]).GetAttributeOrNull("__init__")!.Call([PyOps.Mul(a[1], I(2))], null);
                return PyNone.Instance;
            })),
            ("twice", new Def("twice", a => PyOps.Mul(PyOps.GetAttr(a[0], "value"), I(2)))));
        var d = sub.Call([I(3)], null);
        Assert.IsType<Counter>(d);
        Assert.Same(sub, d.Type);
        Assert.Equal("6", Repr(PyOps.GetAttr(d, "value")));
        Assert.Equal("12", Repr(Method(d, "twice")));
        Assert.Equal("7", Repr(Method(d, "increment")));
        Assert.True(PyOps.IsInstance(d, Counter.TypeObject));
    }
}
