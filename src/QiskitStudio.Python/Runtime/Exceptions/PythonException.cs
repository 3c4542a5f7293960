namespace QiskitStudio.Python.Runtime;

/// <summary>One frame of a Python traceback, added by the interpreter as the exception unwinds.</summary>
public sealed record TracebackEntry(string FileName, int Line, string FunctionName, string? SourceLine = null);

/// <summary>
/// The single C# exception type that carries a Python exception through C# frames. Catch it to
/// handle a Python error; <see cref="Value"/> is the Python exception object.
/// </summary>
public sealed class PythonException : Exception
{
    public PyBaseException Value { get; }

    public PythonException(PyBaseException value) : base(null) => Value = value;

    /// <summary>"TypeError: message", as the last line of a CPython traceback.</summary>
    public override string Message => Value.FormatLastLine();

    public bool Matches(PyType type) => Value.Type.IsSubtypeOf(type);
}

/// <summary>
/// Raised when a run exceeds a sandbox limit (memory, output size...). Python code cannot catch it:
/// the interpreter only catches <see cref="PythonException"/>.
/// </summary>
public sealed class ResourceLimitExceededException : Exception
{
    public string Limit { get; }

    public ResourceLimitExceededException(string limit, string message) : base(message) => Limit = limit;
}
