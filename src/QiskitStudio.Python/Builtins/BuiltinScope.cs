using System.Collections.Frozen;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Builtins;

/// <summary>
/// The names every Python program sees without importing anything: functions, types, constants
/// and exceptions. The table is immutable and shared by all runs; the interpreter looks names up
/// here after the module's globals.
/// </summary>
public static class BuiltinScope
{
    private static readonly FrozenDictionary<string, PyObject> s_names = Build();

    /// <summary>Name to object, for global lookups that miss the module namespace.</summary>
    public static IReadOnlyDictionary<string, PyObject> Names => s_names;

    public static bool TryGet(string name, out PyObject value) => s_names.TryGetValue(name, out value!);

    private static FrozenDictionary<string, PyObject> Build()
    {
        var d = new Dictionary<string, PyObject>(StringComparer.Ordinal)
        {
            ["None"] = PyNone.Instance,
            ["True"] = PyBool.True,
            ["False"] = PyBool.False,
            ["NotImplemented"] = PyNotImplemented.Instance,
            ["Ellipsis"] = PyEllipsis.Instance,
            ["__debug__"] = PyBool.True,
        };
        foreach (var t in new[]
                 {
                     PyTypes.Object, PyTypes.Type, PyTypes.Int, PyTypes.Bool, PyTypes.Float, PyTypes.Complex, PyTypes.Str,
                     PyTypes.Bytes, PyTypes.ByteArray, PyTypes.List, PyTypes.Tuple, PyTypes.Dict, PyTypes.Set, PyTypes.FrozenSet, PyTypes.Range,
                     PyTypes.Slice, PyTypes.Enumerate, PyTypes.Zip, PyTypes.Map, PyTypes.Filter, PyTypes.Reversed,
                     PyTypes.Property, PyTypes.StaticMethod, PyTypes.ClassMethod, PyTypes.Super,
                 })
        {
            d[t.Name] = t;
        }
        foreach (var e in PyExceptionTypes.All) d[e.Name] = e;
        d["EnvironmentError"] = PyExceptionTypes.OSError;
        d["IOError"] = PyExceptionTypes.OSError;
        foreach (var f in BuiltinFunctions.All()) d[f.Name] = f;
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

/// <summary>The <c>builtins</c> module (a fresh namespace per run, filled from <see cref="BuiltinScope"/>).</summary>
internal static class BuiltinsModule
{
    internal static PyModule Create()
    {
        var m = new PyModule("builtins", "Built-in functions, types, exceptions, and other objects.");
        foreach (var (name, value) in BuiltinScope.Names) m.Dict[name] = value;
        return m;
    }
}

/// <summary>A minimal <c>sys</c>: the run's stdout/stderr, version information, maxsize, argv, exit.</summary>
internal static class SysModule
{
    private static readonly PyType VersionInfoType = StructSequence("version_info", ["major", "minor", "micro", "releaselevel", "serial"]);

    private static readonly PyType FloatInfoType = StructSequence("float_info",
        ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]);

    /// <summary>A tuple type whose items are also named attributes, like CPython's struct sequences.</summary>
    private static PyType StructSequence(string name, string[] fields)
    {
        var t = PyType.CreateBuiltin(name, PyTypes.Tuple, module: "sys", subclassable: false);
        for (int i = 0; i < fields.Length; i++)
        {
            int index = i;
            t.AddProperty(fields[i], self => ((PyTuple)self)[index]);
        }
        t.AddMethod("__repr__", (self, _, _) =>
        {
            var items = ((PyTuple)self).Items;
            var parts = new string[items.Length];
            for (int i = 0; i < items.Length; i++) parts[i] = fields[i] + "=" + PyOps.Repr(items[i]);
            return PyStr.Create($"sys.{name}({string.Join(", ", parts)})");
        });
        return t.Freeze();
    }

    internal static PyModule Create(PyContext context)
    {
        var m = new PyModule("sys", "Access to a few interpreter values (embedded runtime: no host access).");
        m.Add("stdout", context.StdoutStream);
        m.Add("stderr", context.StderrStream);
        m.Add("__stdout__", context.StdoutStream);
        m.Add("__stderr__", context.StderrStream);
        m.Add("version", PyStr.Create("3.11.0 (QiskitStudio embedded Python runtime)"));
        m.Add("version_info", PyTuple.CreateSubtype(VersionInfoType,
            [PyInt.Create(3), PyInt.Create(11), PyInt.Create(0), PyStr.Create("final"), PyInt.Zero]));
        m.Add("maxsize", PyInt.Create(long.MaxValue));
        m.Add("float_info", PyTuple.CreateSubtype(FloatInfoType,
        [
            PyFloat.Create(double.MaxValue), PyInt.Create(1024), PyInt.Create(308), PyFloat.Create(2.2250738585072014e-308),
            PyInt.Create(-1021), PyInt.Create(-307), PyInt.Create(15), PyInt.Create(53), PyFloat.Create(2.220446049250313e-16),
            PyInt.Create(2), PyInt.Create(1),
        ]));
        m.Add("argv", PyList.FromSpan([PyStr.Empty]));
        m.Add("byteorder", PyStr.Create("little"));
        m.AddFunction("exit", (args, _) =>
            throw PyExc.Create(PyExceptionTypes.SystemExit, args.Length == 0 ? PyTuple.Empty : PyTuple.Create([args[0]])));
        m.AddFunction("getrecursionlimit", () => PyInt.Create(1000));
        return m;
    }
}
