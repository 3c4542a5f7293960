using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Interpreter.Execution;

/// <summary>A variable shared between a function and the functions nested in it (a closure cell).</summary>
public sealed class Cell
{
    public PyObject? Value;

    public Cell() { }

    public Cell(PyObject? value) => Value = value;
}

/// <summary>A module-level variable; compiled code holds a direct reference, so reading it costs no lookup.</summary>
public sealed class GlobalVariable(string name)
{
    public readonly string Name = name;
    public PyObject? Value;
}

/// <summary>The global namespace of the running program (<c>__main__</c>).</summary>
public sealed class Globals
{
    private readonly Dictionary<string, GlobalVariable> _variables = new(StringComparer.Ordinal);

    public Globals(IReadOnlyDictionary<string, PyObject> builtins) => Builtins = builtins;

    public IReadOnlyDictionary<string, PyObject> Builtins { get; }

    /// <summary>The variable for <paramref name="name"/>, created (unbound) on first use.</summary>
    public GlobalVariable Get(string name)
    {
        if (!_variables.TryGetValue(name, out var v)) _variables[name] = v = new GlobalVariable(name);
        return v;
    }

    public PyObject? GetValue(string name) =>
        _variables.TryGetValue(name, out var v) && v.Value is { } value ? PendingString.Resolve(value) : null;

    public void Set(string name, PyObject value) => Get(name).Value = value;

    /// <summary>Bound variables in definition order (for <c>globals()</c>, <c>dir()</c>, star imports).</summary>
    public IEnumerable<KeyValuePair<string, PyObject>> Bound()
    {
        foreach (var (name, v) in _variables)
            if (v.Value is not null) yield return new(name, PendingString.Resolve(v.Value));
    }
}
