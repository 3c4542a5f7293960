using QiskitStudio.Python.Interpreter.Compilation;
using QiskitStudio.Python.Interpreter.Execution;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Interpreter.Nodes;

/// <summary>
/// <c>globals()</c>, <c>locals()</c>, <c>vars()</c> and <c>dir()</c> without arguments: they need the
/// calling frame, which builtins cannot see. A user definition of the same name still wins.
/// </summary>
public sealed class FrameIntrospectionNode(string function, GlobalVariable userDefinition, IReadOnlyDictionary<string, PyObject> builtins, Scope scope) : ExprNode
{
    private readonly string[] _localNames = scope.LocalNames.ToArray();
    private readonly string[] _cellNames = scope.CellNames.Concat(scope.FreeNames).ToArray();

    public override PyObject Eval(Frame f)
    {
        if (userDefinition.Value is { } user) return user.Call([], null);
        if (!builtins.ContainsKey(function) && function != "globals" && function != "locals")
            throw NameErrors.NotDefined(function);
        var namespaceDict = function == "globals" ? GlobalsDict(f) : LocalsDict(f);
        if (function != "dir") return namespaceDict;
        var names = new List<string>();
        foreach (var (k, _) in namespaceDict.Items()) names.Add(((PyStr)k).Value);
        names.Sort(StringComparer.Ordinal);
        var list = new PyList(names.Count);
        foreach (var n in names) list.Append(PyStr.Create(n));
        return list;
    }

    private static PyDict GlobalsDict(Frame f)
    {
        var d = new PyDict();
        d.SetItem(PyStr.Create("__name__"), PyStr.Create("__main__"));
        foreach (var (name, value) in f.Globals.Bound()) d.SetItem(PyStr.Create(name), value);
        return d;
    }

    private PyDict LocalsDict(Frame f)
    {
        if (f.ClassNamespace is { } ns)
        {
            var cd = new PyDict();
            foreach (var (k, v) in ns) cd.SetItem(PyStr.Create(k), v);
            return cd;
        }
        if (f.Code.Name == "<module>") return GlobalsDict(f);
        var d = new PyDict();
        for (int i = 0; i < _localNames.Length && i < f.Locals.Length; i++)
            if (f.Locals[i] is { } v && !_localNames[i].StartsWith('.')) d.SetItem(PyStr.Create(_localNames[i]), PendingString.Resolve(v));
        for (int i = 0; i < _cellNames.Length && f.Cells is not null && i < f.Cells.Length; i++)
            if (f.Cells[i].Value is { } v && _cellNames[i] != "__class__") d.SetItem(PyStr.Create(_cellNames[i]), PendingString.Resolve(v));
        return d;
    }
}
