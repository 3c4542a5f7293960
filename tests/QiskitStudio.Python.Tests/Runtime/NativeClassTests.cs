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

/// <summary>Host types may define behaviour purely with dunder methods added through AddMethod.</summary>
public class HostDunderTests
{
    private sealed class Bag : PyNativeObject
    {
        public static readonly PyType TypeObject = CreateType();
        public readonly List<PyObject> Items = new();

        private Bag(PyType type) : base(type) { }

        private static PyType CreateType()
        {
            var t = PyType.CreateBuiltin("Bag", module: "demo", newFunction: (cls, _, _) => new Bag(cls));
            t.AddMethod("__repr__", (self, _, _) => S($"Bag({((Bag)self).Items.Count})"));
            t.AddMethod("__len__", (self, _, _) => I(((Bag)self).Items.Count));
            t.AddMethod("__getitem__", (self, args, _) =>
            {
                var items = ((Bag)self).Items;
                long index = PyConvert.ToLong(args[0]);
                return index >= 0 && index < items.Count ? items[(int)index] : throw PyExc.IndexError("Bag index out of range");
            });
            t.AddMethod("__add__", (self, args, _) =>
            {
                var result = (Bag)TypeObject.Call([], null);
                result.Items.AddRange(((Bag)self).Items);
                result.Items.Add(args[0]);
                return result;
            });
            t.AddMethod("__eq__", (self, args, _) => PyBool.From(args[0] is Bag other && other.Items.Count == ((Bag)self).Items.Count));
            t.AddMethod("__hash__", (self, _, _) => I(((Bag)self).Items.Count));
            return t.Freeze();
        }
    }

    [Fact]
    public void DundersAddedByHostsDriveOperations()
    {
        var bag = Bag.TypeObject.Call([], null);
        var two = PyOps.Add(PyOps.Add(bag, I(5)), I(6));
        Assert.Equal("Bag(2)", Repr(two));
        Assert.Equal("Bag(2)", Str(two));
        Assert.Equal("[Bag(2)]", Repr(L(two)));
        Assert.Equal(2, PyOps.Len(two));
        Assert.Equal("6", Repr(PyOps.GetItem(two, I(1))));
        Assert.Equal("[5, 6]", Repr(Call("list", two)));
        Assert.True(PyOps.EqualsBool(two, PyOps.Add(PyOps.Add(bag, I(0)), I(0))));
        Assert.Equal(2L, PyOps.Hash(two));
        Assert.True(PyOps.IsTrue(two));
        Assert.False(PyOps.IsTrue(bag));
    }

    [Fact]
    public void SysStructSequencesPrintLikeCPython() => Capture(ctx =>
    {
        var sys = ctx.ImportModule("sys");
        Assert.Equal("sys.version_info(major=3, minor=11, micro=0, releaselevel='final', serial=0)", Repr(PyOps.GetAttr(sys, "version_info")));
        Assert.Equal("2.220446049250313e-16", Repr(PyOps.GetAttr(PyOps.GetAttr(sys, "float_info"), "epsilon")));
        Assert.Equal("1.7976931348623157e+308", Repr(PyOps.GetAttr(PyOps.GetAttr(sys, "float_info"), "max")));
    });

    [Fact]
    public void AttributeErrorsCarryNameObjAndSuggestions()
    {
        var e = Assert.Throws<PythonException>(() => PyOps.GetAttr(L(), "apend"));
        Assert.Equal("'apend'", Repr(PyOps.GetAttr(e.Value, "name")));
        Assert.Equal("append", PySuggestions.ForAttributeError(e.Value));
        Assert.Equal("print", PySuggestions.Find("prnt", ["print", "len", "sorted"]));
        Assert.Equal("tau", PySuggestions.Find("tau2", ["pi", "tau", "e"]));
        Assert.Null(PySuggestions.Find("xyz", ["alpha", "beta"]));
        Assert.Equal("'3.0 0x1.8000000000000p+0'", Repr(PyOps.Mod(S("%s %s"), T(Call("float", S("3")), Method(F(1.5), "hex")))));
        Assert.Equal("1.5", Repr(PyOps.CallMethod(PyTypes.Float, "fromhex", [S("0x1.8p+0")])));
    }
}
