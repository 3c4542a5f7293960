using System.Text;
using QiskitStudio.Python.Interpreter.Execution;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Interpreter.Nodes;

public sealed class ConstantNode(PyObject value) : ExprNode
{
    public readonly PyObject Value = value;

    public override PyObject Eval(Frame f) => Value;
}

public sealed class AttributeNode(ExprNode obj, string name) : ExprNode
{
    private InstanceAttributeCache _cache;

    public override PyObject Eval(Frame f)
    {
        var o = obj.Eval(f);
        if (o is PyInstance instance && _cache.IsPlainForGet(instance.Type)
            && InstanceAttributeCache.TryGet(instance, name) is { } value)
        {
            return value;
        }
        try
        {
            return PyOps.GetAttr(o, name);
        }
        catch (PythonException e) when (Errors.Suggestions.ForAttribute(e, o, name))
        {
            throw; // never reached: the filter only records a hint
        }
    }
}

public sealed class SubscriptNode(ExprNode obj, ExprNode index) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var o = obj.Eval(f);
        var i = index.Eval(f);
        if (o is PyList list && i is PyInt n && !n.IsBig)
        {
            long k = n.Value;
            if (k < 0) k += list.Count;
            if ((ulong)k < (ulong)list.Count) return list[(int)k];
        }
        return PyOps.GetItem(o, i);
    }
}

public sealed class SliceNode(ExprNode? lower, ExprNode? upper, ExprNode? step) : ExprNode
{
    public override PyObject Eval(Frame f) => new PySlice(
        lower?.Eval(f) ?? PyNone.Instance,
        upper?.Eval(f) ?? PyNone.Instance,
        step?.Eval(f) ?? PyNone.Instance);
}

/// <summary>An element of a display: a plain value or <c>*iterable</c>.</summary>
public readonly record struct DisplayItem(ExprNode Value, bool Star);

internal static class Displays
{
    public static void Collect(Frame f, DisplayItem[] items, List<PyObject> into)
    {
        foreach (var item in items)
        {
            var v = item.Value.Eval(f);
            if (!item.Star) { into.Add(v); continue; }
            var it = PyOps.TryGetIter(v) ?? throw PyExc.TypeError($"Value after * must be an iterable, not {v.Type.Name}");
            while (PyOps.Next(it) is { } x) into.Add(x);
        }
    }
}

public sealed class ListNode(ExprNode[] elements) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var list = new PyList(elements.Length);
        foreach (var e in elements) list.Append(e.Eval(f));
        return list;
    }
}

public sealed class TupleNode(ExprNode[] elements) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var values = new PyObject[elements.Length];
        for (int i = 0; i < values.Length; i++) values[i] = elements[i].Eval(f);
        return PyTuple.Create(values);
    }
}

public sealed class StarredDisplayNode(DisplayItem[] items, char kind) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var values = new List<PyObject>();
        Displays.Collect(f, items, values);
        switch (kind)
        {
            case 'l':
            {
                var list = new PyList(values.Count);
                foreach (var v in values) list.Append(v);
                return list;
            }
            case 't': return PyTuple.Create(values.ToArray());
            default:
            {
                var set = new PySet();
                foreach (var v in values) set.Add(v);
                return set;
            }
        }
    }
}

public sealed class SetNode(ExprNode[] elements) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var set = new PySet();
        foreach (var e in elements) set.Add(e.Eval(f));
        return set;
    }
}

/// <summary>A dict display; a null key means <c>**mapping</c>.</summary>
public sealed class DictNode(ExprNode?[] keys, ExprNode[] values) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var dict = new PyDict();
        for (int i = 0; i < values.Length; i++)
        {
            if (keys[i] is { } key)
            {
                var k = key.Eval(f);
                dict.SetItem(k, values[i].Eval(f));
                continue;
            }
            var mapping = values[i].Eval(f);
            if (mapping is PyDict other)
            {
                foreach (var (k, v) in other.Items()) dict.SetItem(k, v);
                continue;
            }
            var keysMethod = PyOps.TryGetAttr(mapping, "keys")
                ?? throw PyExc.TypeError($"'{mapping.Type.Name}' object is not a mapping");
            var it = PyOps.GetIter(keysMethod.Call([], null));
            while (PyOps.Next(it) is { } k) dict.SetItem(k, PyOps.GetItem(mapping, k));
        }
        return dict;
    }
}

/// <summary><c>name := value</c>.</summary>
public sealed class NamedExprNode(TargetNode target, ExprNode value) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var v = value.Eval(f);
        target.Store(f, v);
        return v;
    }
}

/// <summary>An f-string: literal parts and formatted values joined.</summary>
public sealed class JoinedStrNode(ExprNode[] parts) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var sb = new StringBuilder();
        foreach (var p in parts)
        {
            var v = p.Eval(f);
            sb.Append(((PyStr)v).Value);
        }
        return PyStr.Create(sb.ToString());
    }
}

/// <summary><c>{value!conversion:spec}</c> inside an f-string.</summary>
public sealed class FormattedValueNode(ExprNode value, char conversion, ExprNode? spec) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var v = value.Eval(f);
        switch (conversion)
        {
            case 'r': v = PyStr.Create(PyOps.Repr(v)); break;
            case 's': v = PyStr.Create(PyOps.Str(v)); break;
            case 'a': v = PyStr.Create(AsciiRepr(PyOps.Repr(v))); break;
        }
        string formatSpec = spec is null ? "" : ((PyStr)spec.Eval(f)).Value;
        if (formatSpec.Length == 0 && v is PyStr s) return s;
        return PyStr.Create(PyOps.Format(v, formatSpec));
    }

    /// <summary><c>ascii()</c>: the repr with non-ASCII characters escaped.</summary>
    internal static string AsciiRepr(string repr)
    {
        var sb = new StringBuilder(repr.Length);
        for (int i = 0; i < repr.Length; i++)
        {
            char c = repr[i];
            if (c < 128) sb.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < repr.Length)
                sb.Append($"\\U{char.ConvertToUtf32(c, repr[++i]):x8}");
            else if (c < 256) sb.Append($"\\x{(int)c:x2}");
            else sb.Append($"\\u{(int)c:x4}");
        }
        return sb.ToString();
    }
}

/// <summary>Creates a function object (<c>def</c> or <c>lambda</c>): evaluates defaults and captures cells.</summary>
public sealed class MakeFunctionNode(CodeObject code, ExprNode[] defaults, ExprNode?[] keywordDefaults, int[] closureCells, string? doc) : ExprNode
{
    /// <summary>Parameter and return annotations, evaluated when the function is created (<c>__annotations__</c>).</summary>
    public (string Name, ExprNode Value)[] Annotations { get; init; } = [];

    public override PyObject Eval(Frame f)
    {
        PyDict? annotations = null;
        if (Annotations.Length > 0)
        {
            annotations = new PyDict();
            foreach (var (name, value) in Annotations) annotations.SetItem(PyStr.Create(name), value.Eval(f));
        }
        var defaultValues = new PyObject[defaults.Length];
        for (int i = 0; i < defaultValues.Length; i++) defaultValues[i] = defaults[i].Eval(f);
        PyObject?[]? kwDefaults = null;
        if (keywordDefaults.Length > 0)
        {
            kwDefaults = new PyObject?[keywordDefaults.Length];
            for (int i = 0; i < kwDefaults.Length; i++) kwDefaults[i] = keywordDefaults[i]?.Eval(f);
        }
        Cell[]? closure = null;
        if (closureCells.Length > 0)
        {
            closure = new Cell[closureCells.Length];
            for (int i = 0; i < closure.Length; i++) closure[i] = f.Cells![closureCells[i]];
        }
        var function = new PyFunction(code, f.Globals, f.Context, defaultValues, kwDefaults, closure);
        if (doc is not null) function.InstanceDict!["__doc__"] = PyStr.Create(doc);
        if (annotations is not null) function.InstanceDict!["__annotations__"] = annotations;
        return function;
    }
}

/// <summary>
/// A comprehension: a nested function called at once with the first iterable (CPython 3.11 semantics).
/// Generator expressions return the generator instead.
/// </summary>
public sealed class ComprehensionNode(MakeFunctionNode makeFunction, ExprNode firstIterable) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var function = (PyFunction)makeFunction.Eval(f);
        var iterable = firstIterable.Eval(f);
        var iterator = PyOps.GetIter(iterable);
        var locals = new PyObject?[function.Code.LocalCount];
        locals[0] = iterator;
        return function.Invoke(locals);
    }
}
