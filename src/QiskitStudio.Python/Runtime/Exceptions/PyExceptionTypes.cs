namespace QiskitStudio.Python.Runtime;

/// <summary>The built-in exception hierarchy of CPython 3.11 (the parts a sandboxed program can meet).</summary>
public static class PyExceptionTypes
{
    private static readonly List<PyType> s_all = new();

    public static readonly PyType BaseException;
    public static readonly PyType SystemExit;
    public static readonly PyType KeyboardInterrupt;
    public static readonly PyType GeneratorExit;
    public static readonly PyType Exception;
    public static readonly PyType StopIteration;
    public static readonly PyType StopAsyncIteration;
    public static readonly PyType ArithmeticError;
    public static readonly PyType FloatingPointError;
    public static readonly PyType OverflowError;
    public static readonly PyType ZeroDivisionError;
    public static readonly PyType AssertionError;
    public static readonly PyType AttributeError;
    public static readonly PyType BufferError;
    public static readonly PyType EOFError;
    public static readonly PyType ImportError;
    public static readonly PyType ModuleNotFoundError;
    public static readonly PyType LookupError;
    public static readonly PyType IndexError;
    public static readonly PyType KeyError;
    public static readonly PyType MemoryError;
    public static readonly PyType NameError;
    public static readonly PyType UnboundLocalError;
    public static readonly PyType OSError;
    public static readonly PyType FileNotFoundError;
    public static readonly PyType PermissionError;
    public static readonly PyType TimeoutError;
    public static readonly PyType ReferenceError;
    public static readonly PyType RuntimeError;
    public static readonly PyType NotImplementedError;
    public static readonly PyType RecursionError;
    public static readonly PyType SyntaxError;
    public static readonly PyType IndentationError;
    public static readonly PyType TabError;
    public static readonly PyType SystemError;
    public static readonly PyType TypeError;
    public static readonly PyType ValueError;
    public static readonly PyType UnicodeError;
    public static readonly PyType UnicodeDecodeError;
    public static readonly PyType UnicodeEncodeError;
    public static readonly PyType Warning;
    public static readonly PyType UserWarning;
    public static readonly PyType DeprecationWarning;
    public static readonly PyType PendingDeprecationWarning;
    public static readonly PyType RuntimeWarning;
    public static readonly PyType SyntaxWarning;
    public static readonly PyType FutureWarning;
    public static readonly PyType ImportWarning;
    public static readonly PyType UnicodeWarning;
    public static readonly PyType BytesWarning;
    public static readonly PyType ResourceWarning;

    /// <summary>Every built-in exception type, for the builtins namespace.</summary>
    public static IReadOnlyList<PyType> All => s_all;

    static PyExceptionTypes()
    {
        BaseException = PyType.CreateBuiltin("BaseException", PyTypes.Object, newFunction: PyBaseException.New);
        BaseException.InitFunction = PyBaseException.Init;
        BaseException.AddMember("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            if (args.Length == 0 || args[0] is not PyType cls) throw PyExc.TypeError("BaseException.__new__(X): X is not a type object");
            return PyBaseException.New(cls, args[1..], kw);
        })));
        BaseException.AddMethod("__init__", PyBaseException.Init);
        BaseException.AddMethod("__str__", (self, _, _) => PyStr.Create(self.Str()));
        BaseException.AddMethod("__repr__", (self, _, _) => PyStr.Create(self.Repr()));
        BaseException.AddMethod("with_traceback", (self, _, _) => self);
        BaseException.AddMethod("add_note", (self, args, _) =>
        {
            var dict = self.InstanceDict!;
            if (!dict.TryGetValue("__notes__", out var notes)) dict["__notes__"] = notes = new PyList();
            ((PyList)notes).Append(args[0]);
            return PyNone.Instance;
        });
        s_all.Add(BaseException);

        SystemExit = Define("SystemExit", BaseException);
        KeyboardInterrupt = Define("KeyboardInterrupt", BaseException);
        GeneratorExit = Define("GeneratorExit", BaseException);
        Exception = Define("Exception", BaseException);
        StopIteration = Define("StopIteration", Exception);
        StopAsyncIteration = Define("StopAsyncIteration", Exception);
        ArithmeticError = Define("ArithmeticError", Exception);
        FloatingPointError = Define("FloatingPointError", ArithmeticError);
        OverflowError = Define("OverflowError", ArithmeticError);
        ZeroDivisionError = Define("ZeroDivisionError", ArithmeticError);
        AssertionError = Define("AssertionError", Exception);
        AttributeError = Define("AttributeError", Exception);
        BufferError = Define("BufferError", Exception);
        EOFError = Define("EOFError", Exception);
        ImportError = Define("ImportError", Exception);
        ModuleNotFoundError = Define("ModuleNotFoundError", ImportError);
        LookupError = Define("LookupError", Exception);
        IndexError = Define("IndexError", LookupError);
        KeyError = Define("KeyError", LookupError);
        MemoryError = Define("MemoryError", Exception);
        NameError = Define("NameError", Exception);
        UnboundLocalError = Define("UnboundLocalError", NameError);
        OSError = Define("OSError", Exception);
        FileNotFoundError = Define("FileNotFoundError", OSError);
        PermissionError = Define("PermissionError", OSError);
        TimeoutError = Define("TimeoutError", OSError);
        ReferenceError = Define("ReferenceError", Exception);
        RuntimeError = Define("RuntimeError", Exception);
        NotImplementedError = Define("NotImplementedError", RuntimeError);
        RecursionError = Define("RecursionError", RuntimeError);
        SyntaxError = Define("SyntaxError", Exception);
        IndentationError = Define("IndentationError", SyntaxError);
        TabError = Define("TabError", IndentationError);
        SystemError = Define("SystemError", Exception);
        TypeError = Define("TypeError", Exception);
        ValueError = Define("ValueError", Exception);
        UnicodeError = Define("UnicodeError", ValueError);
        UnicodeDecodeError = Define("UnicodeDecodeError", UnicodeError);
        UnicodeEncodeError = Define("UnicodeEncodeError", UnicodeError);
        Warning = Define("Warning", Exception);
        UserWarning = Define("UserWarning", Warning);
        DeprecationWarning = Define("DeprecationWarning", Warning);
        PendingDeprecationWarning = Define("PendingDeprecationWarning", Warning);
        RuntimeWarning = Define("RuntimeWarning", Warning);
        SyntaxWarning = Define("SyntaxWarning", Warning);
        FutureWarning = Define("FutureWarning", Warning);
        ImportWarning = Define("ImportWarning", Warning);
        UnicodeWarning = Define("UnicodeWarning", Warning);
        BytesWarning = Define("BytesWarning", Warning);
        ResourceWarning = Define("ResourceWarning", Warning);

        foreach (var t in s_all) t.FreezeAsCore();
    }

    private static PyType Define(string name, PyType baseType)
    {
        var t = PyType.CreateBuiltin(name, baseType, newFunction: PyBaseException.New);
        t.InitFunction = PyBaseException.Init;
        s_all.Add(t);
        return t;
    }
}
