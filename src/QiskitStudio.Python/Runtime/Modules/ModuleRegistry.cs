using QiskitStudio.Python.Builtins;
using System.Collections.Concurrent;

namespace QiskitStudio.Python.Runtime;

/// <summary>
/// The modules a host offers to Python code. Register them once at start-up; every run gets its
/// own fresh module objects, created lazily on first import, so runs never share mutable state.
/// Dotted names make packages: registering <c>qiskit.circuit.library</c> makes <c>qiskit</c> and
/// <c>qiskit.circuit</c> importable too (as empty packages unless registered themselves).
/// Operating-system modules (os, subprocess, socket...) are denied with a clear error.
/// <code>
/// var registry = new ModuleRegistry();
/// registry.Register("mathx", m =>
/// {
///     m.Add("tau", PyFloat.Create(Math.Tau));
///     m.AddFunction("square", x => PyFloat.Create(PyConvert.ToDouble(x) * PyConvert.ToDouble(x)));
///     m.AddFunction("clamp", (args, kw) =>
///     {
///         var a = new ArgReader("clamp", args, kw, ["x", "lo", "hi"], required: 1);
///         return PyFloat.Create(Math.Clamp(a.GetDouble(0, 0), a.GetDouble(1, 0), a.GetDouble(2, 1)));
///     });
///     m.AddType(PointType);   // a PyType made with PyType.CreateBuiltin + AddMethod/AddProperty, then Freeze()
/// });
/// </code>
/// Classes: derive instances from <see cref="PyNativeObject"/>, build the type once (static) with
/// <see cref="PyType.CreateBuiltin"/> (its <c>newFunction</c> allocates, <see cref="PyType.InitFunction"/>
/// reads constructor arguments), add members with <see cref="PyType.AddMethod"/>,
/// <see cref="PyType.AddProperty"/>, <see cref="PyType.AddStaticMethod"/>, <see cref="PyType.AddClassMethod"/>,
/// then <see cref="PyType.Freeze"/>. Dunder methods added this way (<c>__repr__</c>, <c>__add__</c>,
/// <c>__getitem__</c>...) are found by Python code; for speed a C# class may instead override the
/// matching <see cref="PyObject"/> slot (Repr, BinaryOp, GetItem...). Raise Python errors with
/// <c>throw PyExc.TypeError("...")</c>; read arguments with <see cref="ArgReader"/>; convert with
/// <see cref="PyConvert"/>.
/// </summary>
public sealed class ModuleRegistry
{
    private readonly ConcurrentDictionary<string, Func<PyContext, PyModule>> _factories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _denied = new(StringComparer.Ordinal);

    /// <summary>Modules that would reach the host; importing them raises ModuleNotFoundError with <see cref="PyExc.NoOperatingSystemAccess"/>.</summary>
    public static readonly IReadOnlyList<string> OperatingSystemModules =
    [
        "os", "posix", "nt", "subprocess", "socket", "ssl", "shutil", "pathlib", "ctypes", "importlib", "multiprocessing",
        "threading", "_thread", "signal", "select", "selectors", "asyncio", "urllib", "http", "ftplib", "smtplib",
        "tempfile", "glob", "fnmatch", "fcntl", "resource", "pty", "tty", "termios", "webbrowser", "sqlite3", "mmap",
        "pickle", "marshal", "shelve", "dbm", "io", "_io", "builtins_unsafe", "code", "codeop", "runpy", "pkgutil",
        "zipimport", "platform", "getpass", "pwd", "grp", "sysconfig", "site", "gc", "winreg", "msvcrt", "_winapi",
    ];

    /// <summary>A registry with <c>sys</c>, <c>builtins</c> and the operating-system denials.</summary>
    public ModuleRegistry()
    {
        foreach (var name in OperatingSystemModules) Deny(name);
        Register("sys", SysModule.Create);
        Register("builtins", _ => BuiltinsModule.Create());
    }

    /// <summary>Registers a module whose contents <paramref name="populate"/> adds to a fresh module object.</summary>
    public void Register(string name, Action<PyModule> populate, string? doc = null) =>
        Register(name, _ =>
        {
            var module = new PyModule(name, doc);
            populate(module);
            return module;
        });

    /// <summary>Registers a module factory, called once per run on first import.</summary>
    public void Register(string name, Func<PyContext, PyModule> factory)
    {
        _denied.TryRemove(name, out _);
        _factories[name] = factory;
    }

    /// <summary>Makes a module unavailable with an explanation (default: no operating-system access).</summary>
    public void Deny(string name, string? reason = null) =>
        _denied[name] = reason ?? $"module '{name}' is not available: {PyExc.NoOperatingSystemAccess}";

    public bool IsDenied(string name) => _denied.ContainsKey(name);

    /// <summary>True when <paramref name="name"/> is registered or is a package prefix of a registered module.</summary>
    public bool Exists(string name)
    {
        if (_factories.ContainsKey(name)) return true;
        string prefix = name + ".";
        foreach (var key in _factories.Keys)
            if (key.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }

    public IEnumerable<string> Names => _factories.Keys;

    /// <summary>Creates the module for one run; null when unknown. Denied names raise.</summary>
    internal PyModule? CreateModule(string name, PyContext context)
    {
        int dot = name.IndexOf('.');
        string top = dot < 0 ? name : name[..dot];
        if (_denied.TryGetValue(name, out var reason) || _denied.TryGetValue(top, out reason))
            throw PyExc.ModuleNotFound(name, reason);
        if (_factories.TryGetValue(name, out var factory)) return factory(context);
        if (Exists(name)) return new PyModule(name);
        return null;
    }
}
