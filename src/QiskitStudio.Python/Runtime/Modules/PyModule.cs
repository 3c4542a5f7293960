namespace QiskitStudio.Python.Runtime;

/// <summary>A module: a named namespace. Hosts fill it with functions, types and values.</summary>
public sealed class PyModule : PyObject
{
    public string Name { get; }

    public Dictionary<string, PyObject> Dict { get; } = new(StringComparer.Ordinal);

    /// <summary>Called for names not in <see cref="Dict"/> (like a module-level <c>__getattr__</c>); may return null.</summary>
    public Func<string, PyObject?>? LazyAttribute { get; set; }

    /// <summary>True for modules provided by the host in C# (shown as "(built-in)").</summary>
    public bool IsBuiltin { get; init; } = true;

    public PyModule(string name, string? doc = null)
    {
        Name = name;
        Dict["__name__"] = PyStr.Create(name);
        Dict["__doc__"] = doc is null ? PyNone.Instance : PyStr.Create(doc);
        int dot = name.LastIndexOf('.');
        Dict["__package__"] = PyStr.Create(dot < 0 ? name : name[..dot]);
    }

    public override PyType Type => PyTypes.Module;

    public override Dictionary<string, PyObject> InstanceDict => Dict;

    public override string Repr() => IsBuiltin ? $"<module '{Name}' (built-in)>" : $"<module '{Name}'>";

    public override PyObject? GetAttributeOrNull(string name)
    {
        if (Dict.TryGetValue(name, out var value)) return value;
        if (name == "__dict__") return new PyNamespaceDict(Dict);
        if (LazyAttribute?.Invoke(name) is { } lazy)
        {
            Dict[name] = lazy;
            return lazy;
        }
        if (Dict.TryGetValue("__getattr__", out var getattr)) return getattr.Call([PyStr.Create(name)], null);
        return base.GetAttributeOrNull(name);
    }

    public override void SetAttribute(string name, PyObject value) => Dict[name] = value;

    public override void DeleteAttribute(string name)
    {
        if (!Dict.Remove(name)) throw PyExc.AttributeError($"module '{Name}' has no attribute '{name}'");
    }

    /// <summary>The names <c>from module import *</c> binds: <c>__all__</c>, or every name not starting with '_'.</summary>
    public IEnumerable<string> PublicNames()
    {
        if (Dict.TryGetValue("__all__", out var all))
        {
            foreach (var item in PyOps.ToArray(all)) yield return PyConvert.ToStr(item, "Item in __all__");
            yield break;
        }
        foreach (var name in Dict.Keys.ToArray())
            if (!name.StartsWith('_')) yield return name;
    }

    // ---- helpers for hosts --------------------------------------------------------------------

    /// <summary>Adds (or replaces) a value.</summary>
    public PyModule Add(string name, PyObject value)
    {
        Dict[name] = value;
        return this;
    }

    /// <summary>Adds a function taking positional and keyword arguments.</summary>
    public PyModule AddFunction(string name, BuiltinFunctionBody body, string? doc = null) =>
        Add(name, new PyBuiltinFunction(name, body) { ModuleName = Name, Doc = doc });

    public PyModule AddFunction(string name, Func<PyObject> body) => Add(name, PyBuiltinFunction.Create(name, body));

    public PyModule AddFunction(string name, Func<PyObject, PyObject> body) => Add(name, PyBuiltinFunction.Create(name, body));

    public PyModule AddFunction(string name, Func<PyObject, PyObject, PyObject> body) => Add(name, PyBuiltinFunction.Create(name, body));

    /// <summary>Adds a type under its own name, setting its module name to this module's.</summary>
    public PyModule AddType(PyType type)
    {
        if (type.ModuleName == "builtins" && !type.IsImmutable) type.ModuleName = Name;
        return Add(type.Name, type);
    }
}
