using System.Diagnostics.CodeAnalysis;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Interpreter.Execution;

/// <summary>
/// The builtins seen by compiled code: the runtime's builtins module, with a few functions replaced
/// by versions that know about interpreter objects (a generator's return value for <c>next()</c>).
/// </summary>
public sealed class BuiltinsOverlay : IReadOnlyDictionary<string, PyObject>
{
    private readonly IReadOnlyDictionary<string, PyObject> _runtime;
    private readonly Dictionary<string, PyObject> _overrides = new(StringComparer.Ordinal);

    public BuiltinsOverlay(IReadOnlyDictionary<string, PyObject> runtimeBuiltins)
    {
        _runtime = runtimeBuiltins;
        if (runtimeBuiltins.TryGetValue("next", out var next)) _overrides["next"] = new PyBuiltinFunction("next", (args, kw) => Next(next, args, kw));
    }

    /// <summary><c>next(generator)</c> raises StopIteration carrying the generator's return value.</summary>
    private static PyObject Next(PyObject runtimeNext, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        if (args.Length >= 1 && args[0] is PyGenerator g && kwargs is null)
        {
            var item = g.IterNext();
            if (item is not null) return item;
            if (args.Length == 2) return args[1];
            throw PyExc.StopIteration(g.ReturnValue is PyNone ? null : g.ReturnValue);
        }
        return runtimeNext.Call(args, kwargs);
    }

    public PyObject this[string key] => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => _runtime.Keys;

    public IEnumerable<PyObject> Values => Keys.Select(k => this[k]);

    public int Count => _runtime.Count;

    public bool ContainsKey(string key) => _runtime.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out PyObject value) =>
        _overrides.TryGetValue(key, out value) || _runtime.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, PyObject>> GetEnumerator()
    {
        foreach (var key in _runtime.Keys) yield return new(key, this[key]);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
