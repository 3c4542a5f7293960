using QiskitStudio.Python.Runtime;
using static QiskitStudio.Python.Tests.Runtime.Py;

namespace QiskitStudio.Python.Tests.Builtins;

// Expected values were produced by CPython 3.11.
public class BuiltinFunctionTests
{
    [Fact]
    public void PrintHonoursSepEndAndFile()
    {
        string output = Capture(_ =>
        {
            Call("print", S("hello"), I(1), F(2.5), PyNone.Instance, L(S("a")));
            CallKw("print", [I(1), I(2)], ("sep", S("-")), ("end", S("!\n")));
            CallKw("print", [I(1), I(2)], ("sep", PyNone.Instance), ("end", PyNone.Instance));
            Call("print");
            var sink = L();
            var writer = Class("Sink", ("write", new Def("write", a => { sink.Append(a[1]); return PyNone.Instance; })));
            CallKw("print", [S("x")], ("file", writer.Call([], null)), ("flush", PyBool.True));
            Call("print", sink);
        });
        Assert.Equal("hello 1 2.5 None ['a']\n1-2!\n1 2\n\n['x\\n']\n", output);
        Capture(_ =>
        {
            Raises("TypeError", "sep must be None or a string, not int", () => CallKw("print", [], ("sep", I(1))));
            Raises("TypeError", "'x' is an invalid keyword argument for print()", () => CallKw("print", [], ("x", I(1))));
        });
    }

    [Fact]
    public void TextConversions()
    {
        Assert.Equal("'\\xe9\\U0001f600'", Str(Call("ascii", S("é😀"))));
        Assert.Equal("-0xff", Str(Call("hex", I(-255))));
        Assert.Equal("0b101", Str(Call("bin", I(5))));
        Assert.Equal("0o10", Str(Call("oct", I(8))));
        Assert.Equal("0x400000000000000000", Str(Call("hex", PyOps.Pow(I(2), I(70)))));
        Assert.Equal("é", Str(Call("chr", I(233))));
        Assert.Equal("233", Repr(Call("ord", S("é"))));
        Assert.Equal("'1.50'", Repr(Call("format", F(1.5), S(".2f"))));
        Assert.Equal("'None'", Repr(Call("str", PyNone.Instance)));
        Assert.Equal("\"'a'\"", Repr(Call("repr", S("a"))));
        Raises("ValueError", "chr() arg not in range(0x110000)", () => Call("chr", I(-1)));
        Raises("TypeError", "ord() expected a character, but string of length 2 found", () => Call("ord", S("ab")));
    }

    [Fact]
    public void MinMaxSumAnyAll()
    {
        var negate = PyBuiltinFunction.Create("neg", PyOps.Negative);
        Assert.Equal("1", Repr(CallKw("max", [L(I(3), I(1), I(2))], ("key", negate))));
        Assert.Equal("'e'", Repr(CallKw("min", [L()], ("default", S("e")))));
        Assert.Equal("5", Repr(Call("max", I(1), I(5), I(3))));
        Assert.Equal("'a'", Repr(Call("min", S("bca"))));
        Assert.Equal("(1, 'b')", Repr(Call("max", L(T(I(1), S("b")), T(I(1), S("a"))))));
        Assert.Equal("6", Repr(Call("sum", L(I(1), I(2), I(3)))));
        Assert.Equal("0.9999999999999999", Repr(Call("sum", PyOps.Mul(L(F(0.1)), I(10)))));
        Assert.Equal("[1, 2]", Repr(Call("sum", L(L(I(1)), L(I(2))), L())));
        Assert.Equal("3.5", Repr(Call("sum", L(I(1), F(2.5)))));
        Assert.Equal("499999500000", Repr(Call("sum", new PyRange(0, 1_000_000, 1))));
        Assert.Equal("9223372036854775808", Repr(Call("sum", L(I(long.MaxValue), I(1)))));
        Assert.Equal("False", Repr(Call("any", L())));
        Assert.Equal("True", Repr(Call("all", L())));
        Assert.Equal("True", Repr(Call("any", L(I(0), S(""), I(1)))));
        Assert.Equal("False", Repr(Call("all", L(I(1), I(0)))));
        Raises("TypeError", "min expected at least 1 argument, got 0", () => Call("min"));
        Raises("ValueError", "max() arg is an empty sequence", () => Call("max", L()));
        Raises("TypeError", "Cannot specify a default for max() with multiple positional arguments", () => CallKw("max", [I(1), I(2)], ("default", I(0))));
        Raises("TypeError", "sum() can't sum strings [use ''.join(seq) instead]", () => Call("sum", L(S("a")), S("")));
    }

    [Fact]
    public void LazyIterators()
    {
        Assert.Equal("[(1, 'a'), (2, 'b')]", Repr(Call("list", CallKw("enumerate", [S("ab")], ("start", I(1))))));
        var add = PyBuiltinFunction.Create("add", PyOps.Add);
        Assert.Equal("[4, 6]", Repr(Call("list", Call("map", add, L(I(1), I(2)), L(I(3), I(4), I(5))))));
        Assert.Equal("[1, 2]", Repr(Call("list", Call("filter", PyNone.Instance, L(I(0), I(1), S(""), I(2))))));
        Assert.Equal("[(1, 3), (2, 4)]", Repr(Call("list", Call("zip", L(I(1), I(2)), L(I(3), I(4), I(5))))));
        Assert.Equal("[3, 2, 1]", Repr(Call("list", Call("reversed", T(I(1), I(2), I(3))))));
        Raises("ValueError", "zip() argument 2 is longer than argument 1",
            () => Call("list", CallKw("zip", [L(I(1)), L(I(1), I(2))], ("strict", PyBool.True))));
        Raises("ValueError", "zip() argument 2 is shorter than argument 1",
            () => Call("list", CallKw("zip", [L(I(1), I(2)), L(I(1))], ("strict", PyBool.True))));
        Raises("ValueError", "zip() argument 3 is shorter than arguments 1-2",
            () => Call("list", CallKw("zip", [L(I(1), I(2)), L(I(1), I(2)), L(I(1))], ("strict", PyBool.True))));
    }

    [Fact]
    public void SortedAndIteration()
    {
        Assert.Equal("[3, 2, 1]", Repr(CallKw("sorted", [L(I(3), I(1), I(2))], ("reverse", PyBool.True))));
        Assert.Equal("['a', 'b', 'c']", Repr(Call("sorted", S("bca"))));
        Assert.Equal("[(1, 'a'), (2, 'a'), (2, 'b')]", Repr(Call("sorted", L(T(I(2), S("b")), T(I(1), S("a")), T(I(2), S("a"))))));
        var it = Call("iter", L(I(1)));
        Assert.Equal("1", Repr(Call("next", it)));
        Assert.Equal("'end'", Repr(Call("next", it, S("end"))));
        Raises("StopIteration", "", () => Call("next", it));
        var counter = L();
        var tick = PyBuiltinFunction.Create("tick", () => { counter.Append(I(0)); return I(counter.Count); });
        Assert.Equal("[1, 2]", Repr(Call("list", Call("iter", tick, I(3)))));
        Raises("TypeError", "'int' object is not iterable", () => Call("sorted", I(1)));
        Raises("TypeError", "'int' object is not iterable", () => Call("iter", I(5)));
        Raises("TypeError", "'int' object is not an iterator", () => Call("next", I(5)));
    }

    [Fact]
    public void TypeQueries()
    {
        Assert.Equal("True", Repr(Call("isinstance", I(1), T(PyTypes.Str, PyTypes.Int))));
        Assert.Equal("True", Repr(Call("isinstance", PyBool.True, PyTypes.Int)));
        Assert.Equal("True", Repr(Call("issubclass", PyTypes.Bool, T(PyTypes.Int))));
        Assert.Equal("True", Repr(Call("callable", Builtin("len"))));
        Assert.Equal("False", Repr(Call("callable", I(1))));
        Assert.Equal("True", Repr(Call("callable", PyTypes.Int)));
        Assert.Equal("True", Repr(Call("callable", PyOps.GetAttr(L(), "append"))));
        Assert.Equal("<built-in function len>", Repr(Builtin("len")));
        Assert.StartsWith("<built-in method append of list object at 0x", Repr(PyOps.GetAttr(L(), "append")));
        Assert.Equal("<method 'append' of 'list' objects>", Repr(PyOps.GetAttr(PyTypes.List, "append")));
        Assert.Equal("<class 'str'>", Repr(Call("type", S(""))));
        Assert.Equal("'int'", Repr(PyOps.GetAttr(PyTypes.Int, "__name__")));
        Assert.True(PyOps.Contains(Call("dir", L()), S("append")));
        Assert.Equal(PyIdentity.Id(PyTypes.Int), ((PyInt)Call("id", PyTypes.Int)).Value);
        Raises("TypeError", "unhashable type: 'list'", () => Call("hash", L()));
        Raises("TypeError", "object of type 'int' has no len()", () => Call("len", I(5)));
        Raises("TypeError", "bad operand type for abs(): 'str'", () => Call("abs", S("a")));
        Raises("TypeError", "type str doesn't define __round__ method", () => Call("round", S("a")));
        Raises("TypeError", "unsupported operand type(s) for divmod(): 'str' and 'int'", () => Call("divmod", S("a"), I(1)));
        Raises("AttributeError", "'int' object has no attribute 'x'", () => Call("getattr", I(1), S("x")));
    }

    [Fact]
    public void NumbersThroughBuiltins()
    {
        Assert.Equal("(3.0, 1.5)", Repr(Call("divmod", F(7.5), I(2))));
        Assert.Equal("8", Repr(Call("pow", I(2), I(3))));
        Assert.Equal("0.5", Repr(Call("pow", F(2.0), I(-1))));
        Assert.Equal("5", Repr(Call("abs", I(-5))));
        Assert.Equal("2.5", Repr(Call("abs", F(-2.5))));
        Assert.Equal("2.333", Repr(Call("round", PyOps.TrueDiv(I(7), I(3)), I(3))));
        Assert.Equal("True", Repr(Call("bool", L(I(0)))));
        Assert.Equal("False", Repr(Call("bool", new PyDict())));
    }

    [Theory]
    [InlineData("open")]
    [InlineData("eval")]
    [InlineData("exec")]
    [InlineData("compile")]
    [InlineData("__import__")]
    public void HostAccessBuiltinsRefuseWithAClearMessage(string name) =>
        Raises("PermissionError", $"{name}() is not available: the embedded Python runtime has no access to the operating system", () => Call(name, S("x")));

    [Fact]
    public void InputHasNoStandardInput() =>
        Raises("EOFError", "input() is not available: the embedded Python runtime has no standard input", () => Call("input"));

    [Fact]
    public void ConstructorsOfContainers()
    {
        Assert.Equal("{'a': 1, 'b': 2}", Repr(CallKw("dict", [], ("a", I(1)), ("b", I(2)))));
        Assert.Equal("[1, 2]", Repr(Call("list", T(I(1), I(2)))));
        Assert.Equal("('a', 'b')", Repr(Call("tuple", S("ab"))));
        Assert.Equal("{'a'}", Repr(Call("set", S("aa"))));
        Assert.Equal("slice(1, 2, None)", Repr(Call("slice", I(1), I(2))));
        Assert.Equal("'[1]'", Repr(Call("str", L(I(1)))));
        Raises("TypeError", "list expected at most 1 argument, got 2", () => Call("list", L(), L()));
        Raises("ValueError", "dictionary update sequence element #0 has length 1; 2 is required", () => Call("dict", L(T(I(1)))));
    }
}

public class BuiltinLimitTests
{
    [Fact]
    public void SumOfARangeUsesTheClosedForm()
    {
        Assert.Equal("499999999999500000000000", Repr(Call("sum", new PyRange(0, 1_000_000_000_000, 1))));
        Assert.Equal("22", Repr(Call("sum", new PyRange(10, 0, -3))));
        Assert.Equal("25", Repr(Call("sum", new PyRange(10, 0, -3), I(3))));
        Assert.Equal("0", Repr(Call("sum", new PyRange(5, 0, 1))));
    }

    [Fact]
    public void LongBuiltinLoopsRunTheLimitCheck()
    {
        var output = new StringWriter();
        var ctx = new PyContext(new ModuleRegistry(), output, output);
        int checks = 0;
        ctx.LimitCheck = () =>
        {
            if (++checks == 3) throw new ResourceLimitExceededException("time", "stop");
        };
        using (ctx.Enter())
        {
            var reversed = new PyRange(100_000, 0, -1);
            Assert.Throws<ResourceLimitExceededException>(() => Call("sorted", reversed));
        }
        Assert.Equal(3, checks);
    }
}
