namespace QiskitStudio.Python.Runtime;

/// <summary>
/// Builds Python exceptions ready to throw from C#: <c>throw PyExc.TypeError("...")</c>.
/// </summary>
public static class PyExc
{
    public static PythonException Create(PyType type, string? message)
    {
        var args = message is null ? PyTuple.Empty : PyTuple.Create([PyStr.Create(message)]);
        return new PythonException(new PyBaseException(type, args));
    }

    public static PythonException Create(PyType type, PyTuple args) => new(new PyBaseException(type, args));

    public static PythonException TypeError(string message) => Create(PyExceptionTypes.TypeError, message);
    public static PythonException ValueError(string message) => Create(PyExceptionTypes.ValueError, message);
    public static PythonException AttributeError(string message) => Create(PyExceptionTypes.AttributeError, message);
    public static PythonException IndexError(string message) => Create(PyExceptionTypes.IndexError, message);
    public static PythonException NameError(string message) => Create(PyExceptionTypes.NameError, message);
    public static PythonException ZeroDivisionError(string message) => Create(PyExceptionTypes.ZeroDivisionError, message);
    public static PythonException OverflowError(string message) => Create(PyExceptionTypes.OverflowError, message);
    public static PythonException RuntimeError(string message) => Create(PyExceptionTypes.RuntimeError, message);
    public static PythonException NotImplementedError(string message) => Create(PyExceptionTypes.NotImplementedError, message);
    public static PythonException ImportError(string message) => Create(PyExceptionTypes.ImportError, message);
    public static PythonException AssertionError(string? message = null) => Create(PyExceptionTypes.AssertionError, message);
    public static PythonException RecursionError(string message) => Create(PyExceptionTypes.RecursionError, message);
    public static PythonException MemoryError(string? message = null) => Create(PyExceptionTypes.MemoryError, message);
    public static PythonException UnboundLocalError(string message) => Create(PyExceptionTypes.UnboundLocalError, message);

    /// <summary>KeyError carries the key itself, so <c>str(e)</c> is its repr.</summary>
    public static PythonException KeyError(PyObject key) => Create(PyExceptionTypes.KeyError, PyTuple.Create([key]));

    public static PythonException KeyError(string message) => Create(PyExceptionTypes.KeyError, message);

    public static PythonException StopIteration(PyObject? value = null) =>
        Create(PyExceptionTypes.StopIteration, value is null ? PyTuple.Empty : PyTuple.Create([value]));

    public static PythonException ModuleNotFound(string name, string? message = null)
    {
        var e = Create(PyExceptionTypes.ModuleNotFoundError, message ?? $"No module named '{name}'");
        e.Value.InstanceDict["name"] = PyStr.Create(name);
        return e;
    }

    /// <summary>The message used everywhere the sandbox denies access to the host.</summary>
    public const string NoOperatingSystemAccess = "the embedded Python runtime has no access to the operating system";
}
