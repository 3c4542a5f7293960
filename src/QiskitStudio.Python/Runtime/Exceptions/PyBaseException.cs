using System.Text;

namespace QiskitStudio.Python.Runtime;

/// <summary>
/// A Python exception instance (of a built-in exception type or a Python subclass of one).
/// <c>args</c>, <c>str</c> and <c>repr</c> follow CPython, including KeyError's repr-as-str and
/// SyntaxError's "(file, line N)" suffix.
/// </summary>
public sealed class PyBaseException : PyObject
{
    private readonly PyType _type;
    private Dictionary<string, PyObject>? _dict;
    private List<TracebackEntry>? _traceback;

    public PyBaseException(PyType type, PyTuple args)
    {
        _type = type;
        Args = args;
    }

    public override PyType Type => _type;

    public PyTuple Args { get; set; }

    /// <summary><c>raise X from Y</c> sets the cause.</summary>
    public PyBaseException? Cause { get; set; }

    /// <summary>The exception being handled when this one was raised.</summary>
    public PyBaseException? Context { get; set; }

    public bool SuppressContext { get; set; }

    /// <summary>Frames the interpreter records while unwinding, innermost last.</summary>
    public List<TracebackEntry> Traceback => _traceback ??= new List<TracebackEntry>();

    public bool HasTraceback => _traceback is { Count: > 0 };

    /// <summary>The interpreter frame that last added an entry to <see cref="Traceback"/> (so one frame is recorded once).</summary>
    internal object? LastTracebackFrame;

    public override Dictionary<string, PyObject> InstanceDict => _dict ??= new Dictionary<string, PyObject>();

    /// <summary>Wraps this exception for throwing.</summary>
    public PythonException ToException() => new(this);

    /// <summary>"ValueError: message" (or just the name when the message is empty).</summary>
    public string FormatLastLine()
    {
        string message = PyOps.Str(this);
        string name = _type.ModuleName is "builtins" or "__main__" ? _type.QualName : $"{_type.ModuleName}.{_type.QualName}";
        return message.Length == 0 ? name : $"{name}: {message}";
    }

    private bool Is(PyType t) => _type.IsSubtypeOf(t);

    public override string Str()
    {
        if (Is(PyExceptionTypes.KeyError) && Args.Count == 1) return PyOps.Repr(Args[0]);
        if (Is(PyExceptionTypes.SyntaxError)) return SyntaxErrorStr();
        if (Is(PyExceptionTypes.OSError) && Args.Count >= 2 && Args.Count <= 5)
            return $"[Errno {PyOps.Str(Args[0])}] {PyOps.Str(Args[1])}";
        return Args.Count switch
        {
            0 => "",
            1 => PyOps.Str(Args[0]),
            _ => PyOps.Str(Args),
        };
    }

    private string SyntaxErrorStr()
    {
        string msg = _dict is not null && _dict.TryGetValue("msg", out var m) ? PyOps.Str(m) : Args.Count > 0 ? PyOps.Str(Args[0]) : "";
        var file = _dict is not null && _dict.TryGetValue("filename", out var f) && f is PyStr fs ? fs.Value : null;
        var line = _dict is not null && _dict.TryGetValue("lineno", out var l) && l is PyInt li ? li.ToString() : null;
        if (file is not null && line is not null) return $"{msg} ({file}, line {line})";
        if (file is not null) return $"{msg} ({file})";
        if (line is not null) return $"{msg} (line {line})";
        return msg;
    }

    public override string Repr()
    {
        var sb = new StringBuilder(_type.Name);
        if (Args.Count == 1)
        {
            sb.Append('(').Append(PyOps.Repr(Args[0])).Append(')');
        }
        else
        {
            sb.Append(PyOps.Repr(Args));
        }
        return sb.ToString();
    }

    public override PyObject? GetAttributeOrNull(string name)
    {
        switch (name)
        {
            case "args": return Args;
            case "__cause__": return Cause ?? (PyObject)PyNone.Instance;
            case "__context__": return Context ?? (PyObject)PyNone.Instance;
            case "__suppress_context__": return PyBool.From(SuppressContext);
            case "__traceback__": return PyNone.Instance;
        }
        var found = base.GetAttributeOrNull(name);
        if (found is not null) return found;
        // Attributes CPython fills in from the arguments.
        switch (name)
        {
            case "value" when Is(PyExceptionTypes.StopIteration):
                return Args.Count > 0 ? Args[0] : PyNone.Instance;
            case "code" when Is(PyExceptionTypes.SystemExit):
                return Args.Count switch { 0 => PyNone.Instance, 1 => Args[0], _ => Args };
            case "msg" when Is(PyExceptionTypes.ImportError) || Is(PyExceptionTypes.SyntaxError):
                return Args.Count > 0 ? Args[0] : PyNone.Instance;
            case "name" or "path" when Is(PyExceptionTypes.ImportError):
            case "name" when Is(PyExceptionTypes.NameError):
            case "name" or "obj" when Is(PyExceptionTypes.AttributeError):
            case "filename" or "lineno" or "offset" or "text" or "end_lineno" or "end_offset" when Is(PyExceptionTypes.SyntaxError):
                return PyNone.Instance;
            case "errno" or "strerror" when Is(PyExceptionTypes.OSError):
                int index = name == "errno" ? 0 : 1;
                return Args.Count >= 2 ? Args[index] : PyNone.Instance;
        }
        return null;
    }

    public override void SetAttribute(string name, PyObject value)
    {
        switch (name)
        {
            case "args":
                Args = PyTuple.FromIterable(value);
                return;
            case "__cause__":
                Cause = value as PyBaseException;
                SuppressContext = true;
                return;
            case "__context__":
                Context = value as PyBaseException;
                return;
            case "__suppress_context__":
                SuppressContext = PyOps.IsTrue(value);
                return;
            case "__traceback__":
                return;
        }
        base.SetAttribute(name, value);
    }

    // ---- construction -------------------------------------------------------------------------

    internal static PyObject New(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs) =>
        new PyBaseException(cls, PyTuple.Create(args));

    internal static PyObject Init(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var e = (PyBaseException)self;
        if (kwargs is { Count: > 0 })
        {
            if (!e.Is(PyExceptionTypes.ImportError))
                throw PyExc.TypeError($"{e._type.Name}() takes no keyword arguments");
            for (int i = 0; i < kwargs.Count; i++)
            {
                string key = kwargs.NameAt(i);
                if (key is not ("name" or "path"))
                    throw PyExc.TypeError($"'{key}' is an invalid keyword argument for {e._type.Name}()");
                e.InstanceDict[key] = kwargs.ValueAt(i);
            }
        }
        e.Args = PyTuple.Create(args);
        if (e.Is(PyExceptionTypes.SyntaxError) && args.Length >= 1)
        {
            e.InstanceDict["msg"] = args[0];
            if (args.Length == 2 && args[1] is PyTuple details && details.Count >= 4)
            {
                string[] names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
                for (int i = 0; i < details.Count && i < names.Length; i++) e.InstanceDict[names[i]] = details[i];
            }
        }
        return PyNone.Instance;
    }
}
