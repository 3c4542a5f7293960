using QiskitStudio.Python.Runtime;
using static QiskitStudio.Python.Tests.Runtime.Py;

namespace QiskitStudio.Python.Tests.Runtime;

/// <summary>Classes defined "in Python" (built through the API the interpreter uses).</summary>
public class UserClassTests
{
    private static PyType Point()
    {
        return Class("Point",
            ("__init__", new Def("__init__", a =>
            {
                PyOps.SetAttr(a[0], "x", a[1]);
                PyOps.SetAttr(a[0], "y", a[2]);
                return PyNone.Instance;
            })),
            ("__repr__", new Def("__repr__", a => S($"Point({Repr(PyOps.GetAttr(a[0], "x"))}, {Repr(PyOps.GetAttr(a[0], "y"))})"))),
            ("__add__", new Def("__add__", a => a[1] is PyInstance
                ? a[0].Type.Call([PyOps.Add(PyOps.GetAttr(a[0], "x"), PyOps.GetAttr(a[1], "x")), PyOps.Add(PyOps.GetAttr(a[0], "y"), PyOps.GetAttr(a[1], "y"))], null)
                : PyNotImplemented.Instance)),
            ("__radd__", new Def("__radd__", a => a[1] is PyInt i && i.Value == 0 ? a[0] : PyNotImplemented.Instance)),
            ("__eq__", new Def("__eq__", a => a[1].Type == a[0].Type
                ? PyBool.From(PyOps.EqualsBool(PyOps.GetAttr(a[0], "x"), PyOps.GetAttr(a[1], "x")) && PyOps.EqualsBool(PyOps.GetAttr(a[0], "y"), PyOps.GetAttr(a[1], "y")))
                : PyNotImplemented.Instance)),
            ("norm2", new Def("norm2", a => PyOps.Add(PyOps.Mul(PyOps.GetAttr(a[0], "x"), PyOps.GetAttr(a[0], "x")), PyOps.Mul(PyOps.GetAttr(a[0], "y"), PyOps.GetAttr(a[0], "y"))))),
            ("origin", new PyClassMethod(new Def("origin", a => ((PyType)a[0]).Call([I(0), I(0)], null)))),
            ("twice", new PyStaticMethod(new Def("twice", a => PyOps.Mul(a[0], I(2))))),
            ("dims", I(2)));
    }

    [Fact]
    public void InstancesHaveAttributesMethodsAndReprs()
    {
        var point = Point();
        var p = point.Call([I(3), I(4)], null);
        Assert.Equal("Point(3, 4)", Repr(p));
        Assert.Equal("Point(3, 4)", Str(p));
        Assert.Equal("25", Repr(Method(p, "norm2")));
        Assert.Equal("25", Repr(PyOps.GetAttr(p, "norm2").Call([], null)));
        Assert.Equal("2", Repr(PyOps.GetAttr(p, "dims")));
        Assert.Equal("Point(0, 0)", Repr(Method(point, "origin")));
        Assert.Equal("Point(0, 0)", Repr(Method(p, "origin")));
        Assert.Equal("10", Repr(Method(p, "twice", I(5))));
        Assert.StartsWith("<bound method norm2 of Point(3, 4)>", Repr(PyOps.GetAttr(p, "norm2")));
        Assert.Equal("<class '__main__.Point'>", Repr(point));
        Assert.Same(point, PyOps.GetAttr(p, "__class__"));
        Assert.Equal("{'x': 3, 'y': 4}", Repr(Call("vars", p)));
        Raises("AttributeError", "'Point' object has no attribute 'z'", () => PyOps.GetAttr(p, "z"));
        Raises("AttributeError", "type object 'Point' has no attribute 'z'", () => PyOps.GetAttr(point, "z"));
    }

    [Fact]
    public void OperatorsDispatchToDunders()
    {
        var point = Point();
        var a = point.Call([I(1), I(2)], null);
        var b = point.Call([I(3), I(4)], null);
        Assert.Equal("Point(4, 6)", Repr(PyOps.Add(a, b)));
        Assert.Equal("Point(4, 6)", Repr(Call("sum", L(a, b))));
        Assert.True(PyOps.EqualsBool(a, point.Call([I(1), I(2)], null)));
        Assert.True(PyOps.CompareBool(a, b, CompareOp.Ne));
        Raises("TypeError", "unsupported operand type(s) for +: 'Point' and 'int'", () => PyOps.Add(a, I(1)));
        Raises("TypeError", "unsupported operand type(s) for -: 'Point' and 'Point'", () => PyOps.Sub(a, b));
        Raises("TypeError", "'<' not supported between instances of 'Point' and 'Point'", () => PyOps.CompareBool(a, b, CompareOp.Lt));
        // Defining __eq__ without __hash__ makes instances unhashable.
        Raises("TypeError", "unhashable type: 'Point'", () => PyOps.Hash(a));
    }

    [Fact]
    public void DefaultReprAndIdentityHash()
    {
        var empty = Class("Empty");
        var e = empty.Call([], null);
        Assert.Matches("^<__main__.Empty object at 0x[0-9a-f]{12}>$", Repr(e));
        Assert.Equal(PyOps.Hash(e), PyOps.Hash(e));
        Assert.True(PyOps.EqualsBool(e, e));
        Assert.False(PyOps.EqualsBool(e, empty.Call([], null)));
        Assert.True(PyOps.IsTrue(e));
        Raises("TypeError", "Empty() takes no arguments", () => empty.Call([I(1)], null));
        Raises("TypeError", "'Empty' object is not callable", () => e.Call([], null));
    }

    [Fact]
    public void ContainerProtocols()
    {
        var bag = Class("Bag",
            ("__len__", new Def("__len__", _ => I(3))),
            ("__getitem__", new Def("__getitem__", a => PyConvert.ToLong(a[1]) < 3 ? PyOps.Mul(a[1], I(10)) : throw PyExc.IndexError("out"))),
            ("__call__", new Def("__call__", a => S("called " + Str(a[1])))));
        var x = bag.Call([], null);
        Assert.Equal(3, PyOps.Len(x));
        Assert.Equal("[0, 10, 20]", Repr(Call("list", x)));
        Assert.True(PyOps.Contains(x, I(20)));
        Assert.Equal("'called 5'", Repr(x.Call([I(5)], null)));
        Assert.True(PyOps.IsTrue(x));
        Assert.True(PyOps.IsTrue(Call("callable", x)));

        var counter = Class("Counter",
            ("__init__", new Def("__init__", a => { PyOps.SetAttr(a[0], "n", I(0)); return PyNone.Instance; })),
            ("__iter__", new Def("__iter__", a => a[0])),
            ("__next__", new Def("__next__", a =>
            {
                var n = PyOps.Add(PyOps.GetAttr(a[0], "n"), I(1));
                if (PyConvert.ToLong(n) > 3) throw PyExc.StopIteration();
                PyOps.SetAttr(a[0], "n", n);
                return n;
            })),
            ("__bool__", new Def("__bool__", _ => PyBool.False)));
        var c = counter.Call([], null);
        Assert.Equal("[1, 2, 3]", Repr(Call("list", c)));
        Assert.False(PyOps.IsTrue(c));
        Assert.Equal("'done'", Repr(Call("next", c, S("done"))));
    }

    [Fact]
    public void InheritanceMroAndSuper()
    {
        var a = Class("A", ("who", new Def("who", _ => S("A"))), ("only_a", I(1)));
        PyType? bClass = null;
        // B.who() returns "B" + super().who(), the way the interpreter's zero-argument super works.
        var b = bClass = Class("B", [a], ("who", new Def("who", x => S("B" + Str(new PySuper(bClass!, x[0]).GetAttributeOrNull("who")!.Call([], null))))));
        var c = Class("C", [a], ("who", new Def("who", _ => S("C"))));
        var d = Class("D", [b, c]);
        Assert.Equal("(<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, <class '__main__.A'>, <class 'object'>)", Repr(PyOps.GetAttr(d, "__mro__")));
        var obj = d.Call([], null);
        Assert.Equal("'BC'", Repr(Method(obj, "who")));
        Assert.Equal("1", Repr(PyOps.GetAttr(obj, "only_a")));
        Assert.True(PyOps.IsInstance(obj, a));
        Assert.True(PyOps.IsSubclass(d, T(PyTypes.Int, c)));
        Raises("TypeError", "Cannot create a consistent method resolution order (MRO) for bases A, B", () => Class("X", [a, b]));
    }

    [Fact]
    public void DescriptorsFollowDataAndNonDataRules()
    {
        var getter = new Def("area", a => PyOps.Mul(PyOps.GetAttr(a[0], "w"), I(2)));
        var setter = new Def("area", a => { PyOps.SetAttr(a[0], "w", PyOps.FloorDiv(a[1], I(2))); return PyNone.Instance; });
        var prop = (PyProperty)PyTypes.Property.Call([getter, setter], null);
        var shape = Class("Shape", ("area", prop), ("plain", I(7)));
        var s = shape.Call([], null);
        PyOps.SetAttr(s, "w", I(5));
        Assert.Equal("10", Repr(PyOps.GetAttr(s, "area")));
        PyOps.SetAttr(s, "area", I(30));
        Assert.Equal("15", Repr(PyOps.GetAttr(s, "w")));
        // Data descriptors win over the instance dict; plain class attributes do not.
        s.InstanceDict!["area"] = I(-1);
        Assert.Equal("30", Repr(PyOps.GetAttr(s, "area")));
        PyOps.SetAttr(s, "plain", I(8));
        Assert.Equal("8", Repr(PyOps.GetAttr(s, "plain")));
        Assert.Equal("7", Repr(PyOps.GetAttr(shape, "plain")));

        var readOnly = Class("RO", ("v", PyTypes.Property.Call([new Def("v", _ => I(1))], null)));
        Raises("AttributeError", "property 'v' of 'RO' object has no setter", () => PyOps.SetAttr(readOnly.Call([], null), "v", I(2)));

        var typed = Class("Typed",
            ("__get__", new Def("__get__", a => S("got"))),
            ("__set__", new Def("__set__", a => throw PyExc.ValueError("no"))));
        var holder = Class("Holder", ("f", typed.Call([], null)));
        var h = holder.Call([], null);
        Assert.Equal("'got'", Repr(PyOps.GetAttr(h, "f")));
        Raises("ValueError", "no", () => PyOps.SetAttr(h, "f", I(1)));
    }

    [Fact]
    public void GetattrFallbackAndSetattrOverride()
    {
        var dyn = Class("Dyn",
            ("__getattr__", new Def("__getattr__", a => Str(a[1]).StartsWith('x') ? S("dyn-" + Str(a[1])) : throw PyExc.AttributeError(Str(a[1])))),
            ("__setattr__", new Def("__setattr__", a =>
            {
                PyTypes.Object.Lookup("__setattr__")!.CallWithSelf(a[0], [a[1], PyOps.Mul(a[2], I(2))], null);
                return PyNone.Instance;
            })));
        var o = dyn.Call([], null);
        Assert.Equal("'dyn-xyz'", Repr(PyOps.GetAttr(o, "xyz")));
        Assert.False(PyOps.HasAttr(o, "abc"));
        PyOps.SetAttr(o, "v", I(4));
        Assert.Equal("8", Repr(PyOps.GetAttr(o, "v")));
        Assert.Equal("'fallback'", Repr(Call("getattr", o, S("abc"), S("fallback"))));
    }

    [Fact]
    public void BuiltinTypesAreImmutable()
    {
        Raises("TypeError", "cannot set 'x' attribute of immutable type 'int'", () => PyOps.SetAttr(PyTypes.Int, "x", I(1)));
        Raises("AttributeError", "'int' object has no attribute 'x'", () => PyOps.SetAttr(I(5), "x", I(1)));
        Raises("AttributeError", "'list' object has no attribute 'nope'", () => PyOps.GetAttr(L(), "nope"));
    }

    [Fact]
    public void SubclassesOfBuiltinContainers()
    {
        var defaulting = Class("Defaulting", [PyTypes.Dict], ("__missing__", new Def("__missing__", a => S("missing " + Str(a[1])))));
        var d = defaulting.Call([L(T(S("a"), I(1)))], null);
        Assert.Equal("1", Repr(PyOps.GetItem(d, S("a"))));
        Assert.Equal("'missing b'", Repr(PyOps.GetItem(d, S("b"))));
        Assert.True(PyOps.IsInstance(d, PyTypes.Dict));
        Assert.Equal("{'a': 1}", Repr(d));

        var stack = Class("Stack", [PyTypes.List], ("peek", new Def("peek", a => PyOps.GetItem(a[0], I(-1)))));
        var s = stack.Call([], null);
        Method(s, "append", I(4));
        Method(s, "append", I(5));
        Assert.Equal("5", Repr(Method(s, "peek")));
        Assert.Equal("[4, 5]", Repr(s));
        Assert.Equal(2, PyOps.Len(s));
    }

    [Fact]
    public void TypeWithThreeArgumentsCreatesAClass()
    {
        var ns = new PyDict();
        ns.SetItem("k", I(42));
        var t = Call("type", S("Made"), T(), ns);
        Assert.Equal("<class '__main__.Made'>", Repr(t));
        Assert.Equal("42", Repr(PyOps.GetAttr(((PyType)t).Call([], null), "k")));
        Assert.Equal("<class 'int'>", Repr(Call("type", I(1))));
        Assert.Equal("<class 'type'>", Repr(Call("type", PyTypes.Int)));
    }
}

public class UnsupportedSubclassTests
{
    [Fact]
    public void SubclassingImmutableBuiltinsFailsClearly() =>
        Raises("TypeError", "subclassing 'str' is not supported by the embedded Python runtime", () => Class("S", [PyTypes.Str]));
}
