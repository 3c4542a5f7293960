using QiskitStudio.Python.Runtime;
using static QiskitStudio.Python.Tests.Runtime.Py;

namespace QiskitStudio.Python.Tests.Runtime;

// Cases found by running programs through the engine and diffing with CPython 3.11.
public class EdgeCaseTests
{
    [Fact]
    public void ComplexConstructorKeepsSignedZeros()
    {
        Assert.Equal("-0j", Repr(Call("complex", I(0), F(-0.0))));
        Assert.Equal("(-1+0j)", Repr(Call("complex", I(-1), I(0))));
        Assert.Equal("(1+3j)", Repr(Call("complex", PyComplex.Create(1, 1), I(2))));
        Assert.Equal("(-1+1j)", Repr(Call("complex", PyComplex.Create(1, 1), PyComplex.Create(0, 2))));
    }

    [Fact]
    public void FullUnicodeCaseMappings()
    {
        Assert.Equal("'STRASSE'", Repr(Method(S("straße"), "upper")));
        Assert.Equal("'i̇'", Repr(Method(S("İ"), "lower")));
        Assert.Equal("'ǅ'", Repr(Method(S("ǅ"), "title")));
        Assert.Equal("'FFI'", Repr(Method(S("ﬃ"), "upper")));
    }

    [Fact]
    public void IndexProtocolIsUsedForSubscriptsAndRepetition()
    {
        var idx = Class("Idx", ("__index__", new Def("__index__", _ => I(1))));
        var one = idx.Call([], null);
        Assert.Equal("20", Repr(PyOps.GetItem(L(I(10), I(20), I(30)), one)));
        Assert.Equal("'b'", Repr(PyOps.GetItem(S("abc"), one)));
        Assert.Equal("[0]", Repr(PyOps.Mul(L(I(0)), one)));
        Assert.Equal("range(0, 1)", Repr(Call("range", one)));
        Assert.Equal("0x1", Str(Call("hex", one)));
    }

    [Fact]
    public void ReversedDictIteratorsHaveTheirOwnTypes()
    {
        var d = Call("dict", L(T(S("a"), I(1))));
        Assert.Equal("dict_reversekeyiterator", ((PyType)PyOps.GetAttr(Call("reversed", d), "__class__")).Name);
        Assert.Equal("dict_reverseitemiterator", ((PyType)PyOps.GetAttr(Call("reversed", Method(d, "items")), "__class__")).Name);
    }

    [Fact]
    public void NotImplementedFromEqFallsBackToIdentity()
    {
        var never = Class("Never", ("__eq__", new Def("__eq__", _ => PyNotImplemented.Instance)));
        var a = never.Call([], null);
        Assert.True(PyOps.CompareBool(a, a, CompareOp.Eq));
        Assert.False(PyOps.CompareBool(a, never.Call([], null), CompareOp.Eq));
        Assert.True(PyOps.CompareBool(a, never.Call([], null), CompareOp.Ne));
    }

    [Fact]
    public void ReflectedOperandOfASubclassIsTriedFirst()
    {
        var baseType = Class("Base", ("__add__", new Def("__add__", _ => S("base"))));
        var sub = Class("Sub", [baseType], ("__radd__", new Def("__radd__", _ => S("sub-radd"))));
        Assert.Equal("'sub-radd'", Repr(PyOps.Add(baseType.Call([], null), sub.Call([], null))));
        Assert.Equal("'base'", Repr(PyOps.Add(baseType.Call([], null), baseType.Call([], null))));
    }

    [Fact]
    public void InPlaceOperatorsFallBackToBinaryOnes()
    {
        var t = T(I(1));
        var result = PyOps.InPlace(BinaryOperator.Add, t, T(I(2)));
        Assert.Equal("(1, 2)", Repr(result));
        Assert.Equal("(1,)", Repr(t));
        Raises("TypeError", "unsupported operand type(s) for +=: 'int' and 'str'", () => PyOps.InPlace(BinaryOperator.Add, I(1), S("a")));
        Raises("TypeError", "unsupported operand type(s) for ** or pow(): 'str' and 'int'", () => PyOps.Pow(S("a"), I(1)));
        Raises("TypeError", "bad operand type for unary -: 'str'", () => PyOps.Negative(S("a")));
    }

    [Fact]
    public void GenericAliasesEvaluateForAnnotations()
    {
        Assert.Equal("list[int]", Repr(PyOps.GetItem(PyTypes.List, PyTypes.Int)));
        Assert.Equal("dict[str, list[int]]", Repr(PyOps.GetItem(PyTypes.Dict, T(PyTypes.Str, PyOps.GetItem(PyTypes.List, PyTypes.Int)))));
    }
}

public class ReprRecursionTests
{
    [Fact]
    public void RecursionThroughUserReprsIsDetected()
    {
        // class R: def __repr__(self): return f"R({self.items!r})"   with r.items = [r]   -> R([R([...])])
        var r = Class("R", ("__repr__", new Def("__repr__", a => S("R(" + Repr(PyOps.GetAttr(a[0], "items")) + ")"))));
        var obj = r.Call([], null);
        PyOps.SetAttr(obj, "items", L(obj));
        Assert.Equal("R([R([...])])", Repr(obj));
        // A failing repr leaves no trace in the guard.
        var bad = Class("Bad", ("__repr__", new Def("__repr__", _ => throw PyExc.ValueError("no"))));
        var list = L(bad.Call([], null));
        Raises("ValueError", "no", () => Repr(list));
        list.Clear();
        Assert.Equal("[]", Repr(list));
        list.Append(I(1));
        Assert.Equal("[1]", Repr(list));
    }
}

public class ByteArrayTests
{
    [Fact]
    public void ByteArrayBasics()
    {
        var b = Call("bytearray", Call("bytes", S("ab"), S("ascii")));
        Assert.Equal("bytearray(b'ab')", Repr(b));
        Assert.Equal("bytearray(b'\\x00\\x00\\x00')", Repr(Call("bytearray", I(3))));
        Assert.Equal("bytearray(b'\\x01\\x02')", Repr(Call("bytearray", L(I(1), I(2)))));
        Method(b, "append", I(99));
        PyOps.SetItem(b, I(0), I(65));
        Assert.Equal("bytearray(b'Abc')", Repr(b));
        Assert.Equal("bytearray(b'bc')", Repr(PyOps.GetItem(b, new PySlice(I(1), null, null))));
        Assert.Equal("[65, 98, 99]", Repr(Call("list", b)));
        Assert.Equal("'Abc'", Repr(Method(b, "decode")));
        Assert.Equal("bytearray(b'Abcx')", Repr(PyOps.Add(b, Call("bytes", S("x"), S("ascii")))));
        Assert.Equal("b'Abc'", Repr(Call("bytes", b)));
        Raises("ValueError", "byte must be in range(0, 256)", () => Method(b, "append", I(256)));
    }
}
