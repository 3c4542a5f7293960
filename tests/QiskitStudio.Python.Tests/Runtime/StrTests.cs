using QiskitStudio.Python.Runtime;
using static QiskitStudio.Python.Tests.Runtime.Py;

namespace QiskitStudio.Python.Tests.Runtime;

// Expected values were produced by CPython 3.11.
public class StrTests
{
    private static void Check(string text, string method, string expectedRepr, params PyObject[] args) =>
        Assert.Equal(expectedRepr, Repr(Method(S(text), method, args)));

    [Fact]
    public void SplittingAndStripping()
    {
        Check("a,b,,c", "split", "['a', 'b', '', 'c']", S(","));
        Check("  a b  c ", "split", "['a', 'b', 'c']");
        Check("a,b,c", "split", "['a', 'b,c']", S(","), I(1));
        Check("a,b,c", "rsplit", "['a,b', 'c']", S(","), I(1));
        Check("  a b  c ", "rsplit", "['  a b', 'c']", PyNone.Instance, I(1));
        Check("  hi  ", "strip", "'hi'");
        Check("xxhixx", "strip", "'hi'", S("x"));
        Check("  hi  ", "lstrip", "'hi  '");
        Check("  hi  ", "rstrip", "'  hi'");
        Check("a\nb\r\nc\rd", "splitlines", "['a', 'b', 'c', 'd']");
        Check("a\nb\n", "splitlines", "['a\\n', 'b\\n']", PyBool.True);
        Check("a=b=c", "partition", "('a', '=', 'b=c')", S("="));
        Check("a=b=c", "rpartition", "('a=b', '=', 'c')", S("="));
        Check("abc", "partition", "('abc', '', '')", S("x"));
        Assert.Equal("['a', 'b']", Repr(MethodKw(S("a b"), "split", [], ("sep", PyNone.Instance))));
        Raises("ValueError", "empty separator", () => Method(S("a"), "split", S("")));
        Raises("TypeError", "split() takes at most 2 arguments (3 given)", () => Method(S("a"), "split", I(1), I(2), I(3)));
        Raises("TypeError", "'x' is an invalid keyword argument for split()", () => MethodKw(S("a"), "split", [], ("x", I(1))));
    }

    [Fact]
    public void SearchingAndReplacing()
    {
        Check("aaa", "replace", "'bba'", S("a"), S("b"), I(2));
        Check("abc", "replace", "'-a-b-c-'", S(""), S("-"));
        Check("hello", "find", "2", S("l"));
        Check("hello", "rfind", "3", S("l"));
        Check("hello", "find", "-1", S("z"));
        Check("hello", "find", "3", S("l"), I(3));
        Check("hello", "index", "1", S("e"));
        Check("banana", "count", "3", S("a"));
        Check("banana", "count", "7", S(""));
        Check("hello", "startswith", "True", S("he"));
        Check("hello", "endswith", "True", T(S("x"), S("lo")));
        Check("hello", "startswith", "True", S("l"), I(2));
        Raises("ValueError", "substring not found", () => Method(S("a"), "index", S("b")));
    }

    [Fact]
    public void CaseAndPadding()
    {
        Check("Hello World", "upper", "'HELLO WORLD'");
        Check("Hello World", "lower", "'hello world'");
        Check("they're bill's", "title", "\"They'Re Bill'S\"");
        Check("hELLO wORLD", "capitalize", "'Hello world'");
        Check("Hello", "swapcase", "'hELLO'");
        Check("abc", "center", "'***abc***'", I(9), S("*"));
        Check("abc", "center", "'  abc   '", I(8));
        Check("abcd", "center", "'   abcd  '", I(9));
        Check("abc", "ljust", "'abc---'", I(6), S("-"));
        Check("abc", "rjust", "'   abc'", I(6));
        Check("-42", "zfill", "'-00042'", I(6));
        Check("42", "zfill", "'00042'", I(5));
        Check("a\tbc\td", "expandtabs", "'a       bc      d'");
        Check("a\tbc\td", "expandtabs", "'a   bc  d'", I(4));
        Check("prefix_x", "removeprefix", "'x'", S("prefix_"));
        Check("x.py", "removesuffix", "'x'", S(".py"));
    }

    [Fact]
    public void Predicates()
    {
        Check("123", "isdigit", "True");
        Check("12a", "isdigit", "False");
        Check("abc", "isalpha", "True");
        Check("ab1", "isalnum", "True");
        Check(" \t\n", "isspace", "True");
        Check("", "isspace", "False");
        Check("ABC1", "isupper", "True");
        Check("abc", "islower", "True");
        Check("Hello World", "istitle", "True");
        Check("_x1", "isidentifier", "True");
    }

    [Fact]
    public void JoinRequiresStrings()
    {
        Assert.Equal("'a-b-c'", Repr(Method(S("-"), "join", L(S("a"), S("b"), S("c")))));
        Assert.Equal("'abc'", Repr(Method(S(""), "join", S("abc"))));
        Raises("TypeError", "sequence item 1: expected str instance, int found", () => Method(S(","), "join", L(S("a"), I(1))));
    }

    [Theory]
    [InlineData("it's", "\"it's\"")]
    [InlineData("a\"b'c", "'a\"b\\'c'")]
    [InlineData("tab\there\n\x01", "'tab\\there\\n\\x01'")]
    [InlineData("é\u2028\u00a0", "'é\\u2028\\xa0'")]
    [InlineData("back\\slash", "'back\\\\slash'")]
    [InlineData("", "''")]
    public void ReprChoosesQuotesAndEscapesLikeCPython(string value, string expected) => Assert.Equal(expected, Repr(S(value)));

    [Fact]
    public void IndexingSlicingAndOperators()
    {
        var s = S("hello");
        Assert.Equal("'e'", Repr(PyOps.GetItem(s, I(1))));
        Assert.Equal("'o'", Repr(PyOps.GetItem(s, I(-1))));
        Assert.Equal("'olleh'", Repr(PyOps.GetItem(s, new PySlice(null, null, I(-1)))));
        Assert.Equal("'hlo'", Repr(PyOps.GetItem(s, new PySlice(null, null, I(2)))));
        Assert.Equal("'ababab'", Repr(PyOps.Mul(S("ab"), I(3))));
        Assert.Equal("'ababab'", Repr(PyOps.Mul(I(3), S("ab"))));
        Assert.True(PyOps.Contains(s, S("ell")));
        Assert.True(PyOps.CompareBool(S("abc"), S("abd"), CompareOp.Lt));
        Raises("IndexError", "string index out of range", () => PyOps.GetItem(s, I(5)));
        Raises("TypeError", "can only concatenate str (not \"int\") to str", () => PyOps.Add(s, I(1)));
        Raises("TypeError", "can't multiply sequence by non-int of type 'str'", () => PyOps.Mul(s, S("b")));
        Raises("TypeError", "unsupported operand type(s) for +: 'int' and 'str'", () => PyOps.Add(I(1), s));
        Raises("TypeError", "'in <string>' requires string as left operand, not int", () => PyOps.Contains(s, I(1)));
    }

    [Fact]
    public void CharactersBeyondTheBmpCountAsOne()
    {
        var s = S("a😀b");
        Assert.Equal(3, PyOps.Len(s));
        Assert.Equal("'😀'", Repr(PyOps.GetItem(s, I(1))));
        Assert.Equal("128512", Repr(Call("ord", S("😀"))));
    }

    [Fact]
    public void FormatMethod()
    {
        var kw = new KeywordArguments(["name"], [I(5)]);
        Assert.Equal("     3.142|'x'|5", Str(PyOps.CallMethod(S("{:>10.3f}|{!r}|{name}"), "format", [F(3.14159), S("x")], kw)));
        Assert.Equal("b a b", Str(Method(S("{1} {0} {1}"), "format", S("a"), S("b"))));
        Assert.Equal("{x} 1", Str(Method(S("{{x}} {0[0]}"), "format", L(I(1)))));
        Assert.Equal("  abc", Str(Method(S("{:>{}}"), "format", S("abc"), I(5))));
        Assert.Equal("3", Str(Method(S("{0.real}"), "format", I(3))));
        Raises("IndexError", "Replacement index 1 out of range for positional args tuple", () => Method(S("{} {}"), "format", I(1)));
        Raises("KeyError", "'x'", () => Method(S("{x}"), "format"));
        Raises("ValueError", "cannot switch from automatic field numbering to manual field specification", () => Method(S("{} {0}"), "format", I(1)));
        Raises("ValueError", "Single '}' encountered in format string", () => Method(S("a}"), "format"));
        var d = new PyDict();
        d.SetItem("k", S("v"));
        Assert.Equal("v!", Str(Method(S("{k}!"), "format_map", d)));
    }

    [Fact]
    public void PercentFormatting()
    {
        Assert.Equal(" 3.14|42  |hi|'hi'|ff|-0042", Str(PyOps.Mod(S("%5.2f|%-4d|%s|%r|%x|%05d"), T(F(3.14159), I(42), S("hi"), S("hi"), I(255), I(-42)))));
        Assert.Equal("50%", Str(PyOps.Mod(S("%d%%"), I(50))));
        Assert.Equal("0x1f 1.500000e+00 1.5", Str(PyOps.Mod(S("%#x %e %g"), T(I(31), F(1.5), F(1.5)))));
        var d = new PyDict();
        d.SetItem("a", I(1));
        Assert.Equal("a=1", Str(PyOps.Mod(S("a=%(a)s"), d)));
        Assert.Equal("(1, 2)", Str(PyOps.Mod(S("%s"), T(T(I(1), I(2))))));
        Raises("TypeError", "not enough arguments for format string", () => PyOps.Mod(S("%s %s"), T(I(1))));
        Raises("TypeError", "not all arguments converted during string formatting", () => PyOps.Mod(S("%s"), T(I(1), I(2))));
        Raises("TypeError", "%d format: a real number is required, not str", () => PyOps.Mod(S("%d"), S("x")));
        Raises("ValueError", "unsupported format character 'y' (0x79) at index 1", () => PyOps.Mod(S("%y"), I(1)));
    }
}
