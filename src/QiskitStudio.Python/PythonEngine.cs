using QiskitStudio.Python.Modules;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python;

/// <summary>
/// The embedded Python interpreter's entry point. One engine is reusable and may run several
/// programs concurrently: each <see cref="Run"/> gets its own globals, output and limits.
/// </summary>
public sealed partial class PythonEngine
{
    static PythonEngine()
    {
        // The runtime's type objects refer to each other from static initializers; initialise them
        // on one thread before any run, so concurrent first runs cannot observe half-built types.
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(PyTypes).TypeHandle);
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(PyExceptionTypes).TypeHandle);
        _ = new ModuleRegistry();
    }

    public PythonEngine(PythonEngineOptions? options = null)
    {
        Options = options ?? new PythonEngineOptions();
        Modules = new ModuleRegistry();
        if (Options.IncludeStandardLibrary) StandardLibrary.RegisterAll(Modules);
    }

    public PythonEngineOptions Options { get; }

    /// <summary>Modules importable by programs; hosts register their C#-written modules here.</summary>
    public ModuleRegistry Modules { get; }

    /// <summary>
    /// Runs a program to completion on a dedicated thread with a large stack, and returns what it
    /// printed and how it ended. Never throws for anything the program does.
    /// </summary>
    public PythonRunResult Run(string source, string fileName = "<string>", CancellationToken cancellationToken = default)
    {
        PythonRunResult? result = null;
        var thread = new Thread(() => result = RunOnCurrentThread(source, fileName, cancellationToken), ThreadStackSize)
        {
            Name = "python-run",
            IsBackground = true,
        };
        thread.Start();
        thread.Join();
        return result!;
    }
}

/// <summary>Sandbox limits; a null limit is off.</summary>
public sealed class PythonEngineOptions
{
    public TimeSpan? TimeLimit { get; init; }
    public long? MaxSteps { get; init; }
    public long? MaxMemoryBytes { get; init; }
    public int MaxRecursionDepth { get; init; } = 1000;
    public int? MaxOutputChars { get; init; }
    /// <summary>Registers math, json, random, collections, typing... (see <c>Modules.StandardLibrary</c>).</summary>
    public bool IncludeStandardLibrary { get; init; } = true;
}

public sealed class PythonRunResult(string stdout, string stderr, PythonError? error)
{
    public string Stdout { get; } = stdout;
    public string Stderr { get; } = stderr;
    public PythonError? Error { get; } = error;
    public bool Succeeded => Error is null;
}

/// <summary>An uncaught Python exception, a syntax error, or a sandbox limit that stopped the program.</summary>
public sealed class PythonError(string typeName, string message, string traceback, int? line, bool isLimit)
{
    public string TypeName { get; } = typeName;
    public string Message { get; } = message;
    /// <summary>Full CPython-style text ending with "TypeName: Message".</summary>
    public string Traceback { get; } = traceback;
    public int? Line { get; } = line;
    /// <summary>True when a sandbox limit (time, steps, memory, output, cancellation) stopped the program.</summary>
    public bool IsLimit { get; } = isLimit;
}
