using QiskitStudio.Python.Runtime;
using static QiskitStudio.Python.Tests.Runtime.Py;

namespace QiskitStudio.Python.Tests.Runtime;

// Expected values were produced by CPython 3.11.
public class ExceptionTests
{
    private static PyObject Make(PyType type, params PyObject[] args) => type.Call(args, null);

    [Fact]
    public void ArgsStrAndReprFollowCPython()
    {
        var cases = new (PyObject Exception, string Repr, string Str, string Args)[]
        {
            (Make(PyExceptionTypes.KeyError, S("a")), "KeyError('a')", "'a'", "('a',)"),
            (Make(PyExceptionTypes.KeyError), "KeyError()", "", "()"),
            (Make(PyExceptionTypes.KeyError, S("a"), S("b")), "KeyError('a', 'b')", "('a', 'b')", "('a', 'b')"),
            (Make(PyExceptionTypes.ValueError, S("x")), "ValueError('x')", "x", "('x',)"),
            (Make(PyExceptionTypes.ValueError), "ValueError()", "", "()"),
            (Make(PyExceptionTypes.ValueError, S("a"), I(1)), "ValueError('a', 1)", "('a', 1)", "('a', 1)"),
            (Make(PyExceptionTypes.StopIteration, I(5)), "StopIteration(5)", "5", "(5,)"),
            (Make(PyExceptionTypes.OSError, I(5), S("x")), "OSError(5, 'x')", "[Errno 5] x", "(5, 'x')"),
            (Make(PyExceptionTypes.SyntaxError, S("bad"), T(S("f.py"), I(3), I(4), S("x="), I(3), I(4))),
                "SyntaxError('bad', ('f.py', 3, 4, 'x=', 3, 4))", "bad (f.py, line 3)", "('bad', ('f.py', 3, 4, 'x=', 3, 4))"),
            (Make(PyExceptionTypes.AssertionError), "AssertionError()", "", "()"),
        };
        foreach (var (e, repr, str, args) in cases)
        {
            Assert.Equal(repr, Repr(e));
            Assert.Equal(str, Str(e));
            Assert.Equal(args, Repr(PyOps.GetAttr(e, "args")));
        }
    }

    [Fact]
    public void SpecialAttributes()
    {
        Assert.Equal("5", Repr(PyOps.GetAttr(Make(PyExceptionTypes.StopIteration, I(5)), "value")));
        Assert.Equal("3", Repr(PyOps.GetAttr(Make(PyExceptionTypes.SystemExit, I(3)), "code")));
        var import = PyExceptionTypes.ImportError.Call([S("m")], new KeywordArguments(["name"], [S("x")]));
        Assert.Equal("'x'", Repr(PyOps.GetAttr(import, "name")));
        Assert.Equal("3", Repr(PyOps.GetAttr(Make(PyExceptionTypes.SyntaxError, S("bad"), T(S("f.py"), I(3), I(4), S("x="))), "lineno")));
        Raises("TypeError", "ValueError() takes no keyword arguments", () => PyExceptionTypes.ValueError.Call([], new KeywordArguments(["x"], [I(1)])));
    }

    [Fact]
    public void HierarchyMatchesCPython()
    {
        Assert.True(PyExceptionTypes.ZeroDivisionError.IsSubtypeOf(PyExceptionTypes.ArithmeticError));
        Assert.True(PyExceptionTypes.ModuleNotFoundError.IsSubtypeOf(PyExceptionTypes.ImportError));
        Assert.True(PyExceptionTypes.KeyError.IsSubtypeOf(PyExceptionTypes.LookupError));
        Assert.True(PyExceptionTypes.RecursionError.IsSubtypeOf(PyExceptionTypes.RuntimeError));
        Assert.True(PyExceptionTypes.UnboundLocalError.IsSubtypeOf(PyExceptionTypes.NameError));
        Assert.False(PyExceptionTypes.SystemExit.IsSubtypeOf(PyExceptionTypes.Exception));
        Assert.True(PyExceptionTypes.SystemExit.IsSubtypeOf(PyExceptionTypes.BaseException));
    }

    [Fact]
    public void PythonSubclassesOverrideStrAndKeepArgs()
    {
        var myErr = Class("MyErr", [PyExceptionTypes.ValueError], ("__str__", new Def("__str__", _ => S("custom"))));
        var e = myErr.Call([S("a")], null);
        Assert.Equal("MyErr('a')", Repr(e));
        Assert.Equal("custom", Str(e));
        Assert.Equal("(<class '__main__.MyErr'>, <class 'ValueError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)",
            Repr(PyOps.GetAttr(myErr, "__mro__")));
        var pe = new PythonException((PyBaseException)e);
        Assert.Equal("MyErr: custom", pe.Message);
        Assert.True(pe.Matches(PyExceptionTypes.ValueError));

        // A subclass with its own __init__ that calls super().__init__.
        PyType? withInit = null;
        withInit = Class("WithCode", [PyExceptionTypes.Exception], ("__init__", new Def("__init__", a =>
        {
            new PySuper(withInit!, a[0]).GetAttributeOrNull("__init__")!.Call([S("code " + Str(a[1]))], null);
            PyOps.SetAttr(a[0], "code", a[1]);
            return PyNone.Instance;
        })));
        var w = withInit.Call([I(7)], null);
        Assert.Equal("code 7", Str(w));
        Assert.Equal("7", Repr(PyOps.GetAttr(w, "code")));
    }

    [Fact]
    public void ThrownExceptionsCarryTheirPythonValue()
    {
        var e = Assert.Throws<PythonException>(() => PyOps.GetItem(new PyDict(), S("k")));
        Assert.Equal("KeyError: 'k'", e.Message);
        var e2 = Assert.Throws<PythonException>(() => Call("len", I(5)));
        Assert.Equal("TypeError: object of type 'int' has no len()", e2.Message);
        var e3 = Assert.Throws<PythonException>(() => PyOps.GetAttr(I(1), "x"));
        Assert.Equal("AttributeError: 'int' object has no attribute 'x'", e3.Message);
    }
}
