using QiskitStudio.Python.Runtime;
using static QiskitStudio.Python.Tests.Runtime.Py;

namespace QiskitStudio.Python.Tests.Runtime;

// Expected values were produced by CPython 3.11.
public class ContainerTests
{
    private static PyObject Slice(long? start, long? stop, long? step = null) =>
        new PySlice(start is null ? null : I(start.Value), stop is null ? null : I(stop.Value), step is null ? null : I(step.Value));

    [Fact]
    public void RecursiveContainersPrintEllipses()
    {
        var l = L(I(3), I(1), I(2));
        l.Append(l);
        Assert.Equal("[3, 1, 2, [...]]", Repr(l));
        var d = new PyDict();
        d.SetItem("a", I(1));
        d.SetItem("self", d);
        Assert.Equal("{'a': 1, 'self': {...}}", Repr(d));
    }

    [Fact]
    public void TupleReprs()
    {
        Assert.Equal("(1,)", Repr(T(I(1))));
        Assert.Equal("()", Repr(T()));
        Assert.Equal("(1, 'a', (2,))", Repr(T(I(1), S("a"), T(I(2)))));
    }

    [Fact]
    public void SetsIterateInCPythonOrder()
    {
        Assert.Equal("{1, 2, 3, 100, -1}", Repr(Call("set", L(I(3), I(1), I(2), I(100), I(-1)))));
        Assert.Equal("{1, 2, 3, 5, 8, 9}", Repr(Call("set", L(I(5), I(3), I(8), I(1), I(9), I(2)))));
        Assert.Equal("{2, 5, 8, 11, 14, 17, 20}", Repr(Call("set", new PyRange(20, 0, -3))));
        Assert.Equal("set()", Repr(Call("set")));
        Assert.Equal("frozenset()", Repr(Call("frozenset")));
        Assert.Equal("frozenset({1})", Repr(Call("frozenset", L(I(1)))));
        var s = (PySet)Call("set", new PyRange(0, 10, 1));
        s.Discard(I(3));
        s.Add(I(33));
        Assert.Equal("{0, 1, 2, 33, 4, 5, 6, 7, 8, 9}", Repr(s));
        Assert.Equal("0", Repr(Method(s, "pop")));
        Assert.Equal("{1, 2, 33, 4, 5, 6, 7, 8, 9}", Repr(s));
    }

    [Fact]
    public void SetOperators()
    {
        PyObject Set(params long[] v) => Call("set", L(v.Select(I).ToArray()));
        Assert.Equal("{1, 2, 3}", Repr(PyOps.Binary(BinaryOperator.Or, Set(1, 2), Set(3))));
        Assert.Equal("{2, 3}", Repr(PyOps.Binary(BinaryOperator.And, Set(1, 2, 3), Set(2, 3, 4))));
        Assert.Equal("{1, 3}", Repr(PyOps.Binary(BinaryOperator.Sub, Set(1, 2, 3), Set(2))));
        Assert.Equal("{1, 3}", Repr(PyOps.Binary(BinaryOperator.Xor, Set(1, 2), Set(2, 3))));
        Assert.True(PyOps.CompareBool(Set(1), Set(1, 2), CompareOp.Lt));
        Assert.True(PyOps.EqualsBool(Set(1, 2), Call("frozenset", L(I(2), I(1)))));
        Raises("KeyError", "'pop from an empty set'", () => Method(Set(), "pop"));
        Raises("KeyError", "1", () => Method(Set(), "remove", I(1)));
        Raises("TypeError", "unhashable type: 'list'", () => Method(Set(), "add", L()));
    }

    [Fact]
    public void IteratorReprsNameTheirTypes()
    {
        Assert.StartsWith("<list_iterator object at 0x", Repr(PyOps.GetIter(L())));
        Assert.StartsWith("<tuple_iterator object at", Repr(PyOps.GetIter(T())));
        Assert.StartsWith("<str_ascii_iterator object", Repr(PyOps.GetIter(S("ab"))));
        Assert.StartsWith("<str_iterator object", Repr(PyOps.GetIter(S("é"))));
        Assert.StartsWith("<dict_keyiterator object", Repr(PyOps.GetIter(new PyDict())));
        Assert.StartsWith("<range_iterator object", Repr(PyOps.GetIter(new PyRange(0, 3, 1))));
        Assert.StartsWith("<set_iterator object", Repr(PyOps.GetIter(new PySet())));
        Assert.StartsWith("<list_reverseiterator object", Repr(Call("reversed", L())));
        Assert.StartsWith("<enumerate object at", Repr(Call("enumerate", L())));
        Assert.StartsWith("<zip object at", Repr(Call("zip")));
    }

    [Fact]
    public void ListSortIsStableWithKeyAndReverse()
    {
        var a = L(I(5), I(2), I(8), I(1));
        MethodKw(a, "sort", [], ("reverse", PyBool.True));
        Assert.Equal("[8, 5, 2, 1]", Repr(a));
        var b = L(T(S("b"), I(1)), T(S("a"), I(1)), T(S("c"), I(0)));
        var second = PyBuiltinFunction.Create("second", t => PyOps.GetItem(t, I(1)));
        MethodKw(b, "sort", [], ("key", second));
        Assert.Equal("[('c', 0), ('b', 1), ('a', 1)]", Repr(b));
        var many = L(Enumerable.Range(0, 100).Select(i => (PyObject)T(I(i % 3), I(i))).ToArray());
        MethodKw(many, "sort", [], ("key", PyBuiltinFunction.Create("first", t => PyOps.GetItem(t, I(0)))), ("reverse", PyBool.True));
        var items = many.ToArray();
        for (int i = 1; i < items.Length; i++)
        {
            var (k0, v0) = (PyOps.GetItem(items[i - 1], I(0)), PyOps.GetItem(items[i - 1], I(1)));
            var (k1, v1) = (PyOps.GetItem(items[i], I(0)), PyOps.GetItem(items[i], I(1)));
            Assert.True(PyOps.CompareBool(k0, k1, CompareOp.Gt) || (PyOps.EqualsBool(k0, k1) && PyOps.CompareBool(v0, v1, CompareOp.Lt)));
        }
        Raises("TypeError", "'<' not supported between instances of 'str' and 'int'", () => Method(L(I(1), S("a")), "sort"));
    }

    [Fact]
    public void SliceAssignmentAndDeletion()
    {
        var x = (PyList)Call("list", new PyRange(0, 10, 1));
        PyOps.SetItem(x, Slice(2, 5), L(S("a")));
        Assert.Equal("[0, 1, 'a', 5, 6, 7, 8, 9]", Repr(x));
        PyOps.DelItem(x, Slice(null, null, 2));
        Assert.Equal("[1, 5, 7, 9]", Repr(x));
        PyOps.SetItem(x, Slice(null, null, 2), L(I(0), I(0)));
        Assert.Equal("[0, 5, 0, 9]", Repr(x));
        Raises("ValueError", "attempt to assign sequence of size 1 to extended slice of size 2", () => PyOps.SetItem(x, Slice(null, null, 2), L(I(0))));
    }

    [Fact]
    public void Slicing()
    {
        var ten = Call("list", new PyRange(0, 10, 1));
        Assert.Equal("[3, 2, 1]", Repr(PyOps.GetItem(L(I(1), I(2), I(3)), Slice(null, null, -1))));
        Assert.Equal("[]", Repr(PyOps.GetItem(L(I(1), I(2), I(3)), Slice(5, null))));
        Assert.Equal("(2, 3)", Repr(PyOps.GetItem(T(I(1), I(2), I(3)), Slice(-2, null))));
        Assert.Equal("[1, 4, 7]", Repr(PyOps.GetItem(ten, Slice(1, 8, 3))));
        Assert.Equal("[8, 5, 2]", Repr(PyOps.GetItem(ten, Slice(8, 1, -3))));
        Assert.Equal("range(2, 8, 2)", Repr(PyOps.GetItem(new PyRange(0, 10, 1), Slice(2, 8, 2))));
        Assert.Equal("8", Repr(PyOps.GetItem(new PyRange(0, 10, 2), I(-1))));
        Raises("IndexError", "list index out of range", () => PyOps.GetItem(L(I(1)), I(5)));
        Raises("IndexError", "tuple index out of range", () => PyOps.GetItem(T(I(1)), I(5)));
        Raises("ValueError", "slice step cannot be zero", () => PyOps.GetItem(ten, Slice(null, null, 0)));
    }

    [Fact]
    public void DictMethodsAndViews()
    {
        var d = (PyDict)CallKw("dict", [], ("a", I(1)), ("b", I(2)));
        MethodKw(d, "update", [L(T(S("c"), I(3)))], ("d", I(4)));
        Assert.Equal("{'a': 1, 'b': 2, 'c': 3, 'd': 4}", Repr(d));
        Assert.Equal("1", Repr(Method(d, "pop", S("a"))));
        Assert.Equal("('d', 4)", Repr(Method(d, "popitem")));
        Assert.Equal("None", Repr(Method(d, "get", S("z"))));
        Assert.Equal("5", Repr(Method(d, "setdefault", S("e"), I(5))));
        Assert.Equal("{'b': 2, 'c': 3, 'e': 5}", Repr(d));
        Assert.Equal("dict_keys(['b', 'c', 'e'])", Repr(Method(d, "keys")));
        Assert.Equal("dict_values([2, 3, 5])", Repr(Method(d, "values")));
        Assert.Equal("dict_items([('b', 2), ('c', 3), ('e', 5)])", Repr(Method(d, "items")));
        Assert.Equal("{'a': 0, 'b': 0}", Repr(PyOps.CallMethod(PyTypes.Dict, "fromkeys", [S("ab"), I(0)])));
        Assert.Equal("[2, 1]", Repr(Call("list", Call("reversed", Call("dict", L(T(I(1), I(1)), T(I(2), I(2))))))));
        Raises("KeyError", "'z'", () => PyOps.GetItem(d, S("z")));
        Raises("KeyError", "'popitem(): dictionary is empty'", () => Method(new PyDict(), "popitem"));
        Raises("TypeError", "unhashable type: 'list'", () => PyOps.SetItem(d, L(), I(1)));
    }

    [Fact]
    public void DictKeepsInsertionOrderThroughDeletesAndGrowth()
    {
        var d = new PyDict();
        for (int i = 0; i < 1000; i++) d.SetItem(I(i), I(i * i));
        for (int i = 0; i < 1000; i += 2) d.Remove(I(i));
        d.SetItem(I(0), S("again"));
        Assert.Equal(501, d.Count);
        Assert.Equal("1", Repr(d.Keys().First()));
        Assert.Equal("0", Repr(d.Keys().Last()));
        Assert.Equal("998001", Repr(PyOps.GetItem(d, I(999))));
        // Equal numbers are the same key.
        Assert.Equal("'again'", Repr(PyOps.GetItem(d, F(0.0))));
    }

    [Fact]
    public void DictChangingDuringIterationRaises()
    {
        var d = new PyDict();
        d.SetItem(I(1), I(1));
        var it = PyOps.GetIter(d);
        PyOps.Next(it);
        d.SetItem(I(2), I(2));
        Raises("RuntimeError", "dictionary changed size during iteration", () => PyOps.Next(it));
    }

    [Fact]
    public void SequenceOperatorsAndComparisons()
    {
        Assert.Equal("[1, 2, 1, 2]", Repr(PyOps.Mul(L(I(1), I(2)), I(2))));
        Assert.Equal("(1, 1)", Repr(PyOps.Mul(I(2), T(I(1)))));
        Assert.True(PyOps.EqualsBool(L(I(1), L(I(2))), L(I(1), L(I(2)))));
        Assert.True(PyOps.CompareBool(T(I(1), I(2)), T(I(1), I(3)), CompareOp.Lt));
        Assert.True(PyOps.CompareBool(L(I(1), I(2)), L(I(1), I(2), I(0)), CompareOp.Lt));
        Assert.Equal("{1: 2, 3: 4}", Repr(PyOps.Binary(BinaryOperator.Or, Call("dict", L(T(I(1), I(2)))), Call("dict", L(T(I(3), I(4)))))));
        var l = L(I(1));
        Assert.Same(l, PyOps.InPlace(BinaryOperator.Add, l, T(I(2))));
        Assert.Equal("[1, 2]", Repr(l));
        Raises("TypeError", "can only concatenate list (not \"tuple\") to list", () => PyOps.Add(L(), T()));
        Raises("TypeError", "can only concatenate tuple (not \"list\") to tuple", () => PyOps.Add(T(), L()));
        Raises("IndexError", "pop from empty list", () => Method(L(), "pop"));
        Raises("ValueError", "1 is not in list", () => Method(L(), "index", I(1)));
        Raises("ValueError", "list.remove(x): x not in list", () => Method(L(), "remove", I(1)));
        Raises("ValueError", "tuple.index(x): x not in tuple", () => Method(T(I(1)), "index", I(2)));
    }

    [Fact]
    public void RangeBehaviour()
    {
        Assert.Equal("range(0, 10, 3)", Repr(new PyRange(0, 10, 3)));
        Assert.Equal("range(0, 5)", Repr(Call("range", I(5))));
        Assert.Equal("[10, 7, 4, 1]", Repr(Call("list", new PyRange(10, 0, -3))));
        Assert.True(PyOps.Contains(new PyRange(0, 10, 3), I(9)));
        Assert.False(PyOps.Contains(new PyRange(0, 10, 3), I(8)));
        Assert.Equal(4, PyOps.Len(new PyRange(0, 10, 3)));
        Raises("TypeError", "'float' object cannot be interpreted as an integer", () => Call("range", F(1.5)));
        Raises("ValueError", "range() arg 3 must not be zero", () => Call("range", I(1), I(2), I(0)));
    }

    [Fact]
    public void BytesBasics()
    {
        var b = Call("bytes", S("hé"), S("utf-8"));
        Assert.Equal("b'h\\xc3\\xa9'", Repr(b));
        Assert.Equal("'hé'", Repr(Method(b, "decode")));
        Assert.Equal("104", Repr(PyOps.GetItem(b, I(0))));
        Assert.Equal("b'\\x00\\x01'", Repr(Call("bytes", L(I(0), I(1)))));
        Assert.Equal("b\"it's\"", Repr(Method(S("it's"), "encode")));
    }
}

// Set layouts after deletions, checked against CPython 3.11 (deleted slots get reused).
public class SetLayoutTests
{
    private static string Run(params object[] ops)
    {
        var s = new PySet();
        foreach (var op in ops)
        {
            switch (op)
            {
                case int add: s.Add(I(add)); break;
                case "pop": s.Pop(); break;
                case string discard: s.Discard(I(long.Parse(discard[1..]))); break;
            }
        }
        return Repr(s);
    }

    [Fact]
    public void DeletedSlotsAreReusedLikeCPython()
    {
        Assert.Equal("{120, 3}", Run(0, "d0", 120, 3));
        Assert.Equal("{3, 120}", Run(0, 112, "d0", "d112", 120, 3));
        Assert.Equal("{16, 3}", Run(0, 8, "d0", "d8", 16, 3));
        Assert.Equal("{16, 8, 3}", Run(0, 8, "d0", 16, 3));
        Assert.Equal("{-37, 120}", Run(-8, 112, "pop", "pop", 120, -37));
        Assert.Equal("{1, 3, 120}", Run(0, 112, "d0", "d112", 120, 1, 3));
    }
}
