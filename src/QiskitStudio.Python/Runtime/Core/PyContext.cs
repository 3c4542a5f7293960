using System.Numerics;

namespace QiskitStudio.Python.Runtime;

/// <summary>
/// Everything that belongs to one run: its output writers, its imported modules, its resource
/// counters. Runs never share a context, so concurrent runs cannot see each other's output or
/// state. The context is made current on the running thread with <see cref="Enter"/>; built-ins
/// such as print find it through <see cref="Current"/>.
/// </summary>
public sealed class PyContext
{
    [ThreadStatic] private static PyContext? t_current;

    private readonly Dictionary<string, PyModule> _modules = new(StringComparer.Ordinal);
    private long _outputChars;
    private long _chargedBytes;

    public PyContext(ModuleRegistry registry, TextWriter stdout, TextWriter stderr)
    {
        Registry = registry;
        Stdout = stdout;
        Stderr = stderr;
        StdoutStream = new PyTextStream("<stdout>", isError: false);
        StderrStream = new PyTextStream("<stderr>", isError: true);
    }

    /// <summary>The context of the run on this thread; throws when none is active.</summary>
    public static PyContext Current => t_current ?? throw new InvalidOperationException("No Python run is active on this thread.");

    public static PyContext? CurrentOrNull => t_current;

    public ModuleRegistry Registry { get; }

    public TextWriter Stdout { get; }

    public TextWriter Stderr { get; }

    /// <summary>The Python objects <c>sys.stdout</c> and <c>sys.stderr</c> of this run.</summary>
    public PyTextStream StdoutStream { get; }

    public PyTextStream StderrStream { get; }

    /// <summary>Maximum characters written to stdout and stderr together; 0 means no limit.</summary>
    public long MaxOutputChars { get; set; }

    /// <summary>
    /// Maximum bytes charged by growing containers, long strings and big integers (an approximate,
    /// cumulative count that errs on the high side); 0 means no limit.
    /// </summary>
    public long MaxMemoryBytes { get; set; }

    public long OutputChars => _outputChars;

    public long ChargedBytes => _chargedBytes;

    /// <summary>
    /// Called every few thousand iterations of loops that run inside built-ins (sum, sorted, list(...),
    /// str.join...), so that time limits and cancellation also stop long built-in calls. The
    /// interpreter points it at its constraint checks; it may throw.
    /// </summary>
    public Action? LimitCheck { get; set; }

    private int _pollCounter;

    /// <summary>Counts one iteration of a built-in loop, running <see cref="LimitCheck"/> every 4096.</summary>
    public static void Poll()
    {
        var context = t_current;
        if (context?.LimitCheck is null) return;
        if ((++context._pollCounter & 4095) == 0) context.LimitCheck();
    }

    /// <summary>Slot for the interpreter's per-run state (frames, limits...).</summary>
    public object? InterpreterState { get; set; }

    /// <summary>The run's modules by full name (<c>sys.modules</c>).</summary>
    public IReadOnlyDictionary<string, PyModule> Modules => _modules;

    /// <summary>Makes this context current on the calling thread until the scope is disposed.</summary>
    public Scope Enter()
    {
        var previous = t_current;
        t_current = this;
        return new Scope(previous);
    }

    public readonly struct Scope : IDisposable
    {
        private readonly PyContext? _previous;

        internal Scope(PyContext? previous) => _previous = previous;

        public void Dispose() => t_current = _previous;
    }

    // ---- output ----------------------------------------------------------------------------

    public void WriteStdout(string text)
    {
        CountOutput(text.Length);
        Stdout.Write(text);
    }

    public void WriteStderr(string text)
    {
        CountOutput(text.Length);
        Stderr.Write(text);
    }

    private void CountOutput(int chars)
    {
        _outputChars += chars;
        if (MaxOutputChars > 0 && _outputChars > MaxOutputChars)
            throw new ResourceLimitExceededException("output", $"The program wrote more than {MaxOutputChars} characters of output.");
    }

    // ---- memory accounting ---------------------------------------------------------------------

    /// <summary>Charges an allocation to the current run (if any); throws past the configured maximum.</summary>
    public static void ChargeBytes(long bytes)
    {
        var context = t_current;
        if (context is null) return;
        context._chargedBytes += bytes;
        if (context.MaxMemoryBytes > 0 && context._chargedBytes > context.MaxMemoryBytes)
            throw new ResourceLimitExceededException("memory", $"The program used more than {context.MaxMemoryBytes / (1024 * 1024)} MB of memory.");
    }

    internal static void ChargeBigInteger(BigInteger value)
    {
        long bytes = (long)(value.GetBitLength() / 8);
        if (bytes > 4096) ChargeBytes(bytes);
    }

    // ---- modules -------------------------------------------------------------------------------

    /// <summary>
    /// Imports a module by its full dotted name (<c>import a.b.c</c> returns the module
    /// <c>a.b.c</c>; parents are imported first and get the child as an attribute).
    /// </summary>
    public PyModule ImportModule(string fullName)
    {
        if (_modules.TryGetValue(fullName, out var cached)) return cached;
        int dot = fullName.LastIndexOf('.');
        PyModule? parent = dot < 0 ? null : ImportModule(fullName[..dot]);
        var module = Registry.CreateModule(fullName, this)
            ?? throw PyExc.ModuleNotFound(fullName);
        _modules[fullName] = module;
        if (parent is not null) parent.Dict[fullName[(dot + 1)..]] = module;
        return module;
    }

    /// <summary><c>import a.b.c</c> binds the top-level package: imports the whole path, returns <c>a</c>.</summary>
    public PyModule ImportTopLevel(string fullName)
    {
        ImportModule(fullName);
        int dot = fullName.IndexOf('.');
        return dot < 0 ? _modules[fullName] : _modules[fullName[..dot]];
    }

    /// <summary>
    /// <c>from module import name</c>: an attribute, else a submodule, else CPython's ImportError.
    /// </summary>
    public PyObject ImportFrom(PyModule module, string name)
    {
        if (module.Dict.TryGetValue(name, out var value)) return value;
        if (module.GetAttributeOrNull(name) is { } attr) return attr;
        string sub = module.Name + "." + name;
        if (Registry.Exists(sub)) return ImportModule(sub);
        throw ImportNameError(module.Name, name);
    }

    private static PythonException ImportNameError(string module, string name)
    {
        var e = PyExc.ImportError($"cannot import name '{name}' from '{module}' (unknown location)");
        e.Value.InstanceDict["name"] = PyStr.Create(module);
        return e;
    }

    /// <summary>Registers a module object for this run only (e.g. <c>__main__</c>).</summary>
    public void AddModule(PyModule module) => _modules[module.Name] = module;
}
