using QiskitStudio.Python.Interpreter.Execution;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Interpreter.Nodes;

internal static class NameErrors
{
    public static PythonException Unbound(string name) =>
        PyExc.UnboundLocalError($"cannot access local variable '{name}' where it is not associated with a value");

    public static PythonException UnboundFree(string name) =>
        PyExc.NameError($"cannot access free variable '{name}' where it is not associated with a value in enclosing scope");

    public static PythonException NotDefined(string name)
    {
        var e = PyExc.NameError($"name '{name}' is not defined");
        e.Value.InstanceDict["name"] = PyStr.Create(name);
        return e;
    }
}

public sealed class LocalLoad(int slot, string name) : ExprNode
{
    public readonly int Slot = slot;

    public override PyObject Eval(Frame f)
    {
        var v = f.Locals[Slot] ?? throw NameErrors.Unbound(name);
        if (v is PendingString pending) f.Locals[Slot] = v = pending.Materialize();
        return v;
    }
}

public sealed class CellLoad(int index, string name, bool isFree) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var cell = f.Cells![index];
        var v = cell.Value ?? throw (isFree ? NameErrors.UnboundFree(name) : NameErrors.Unbound(name));
        if (v is PendingString pending) cell.Value = v = pending.Materialize();
        return v;
    }
}

public sealed class GlobalLoad(GlobalVariable variable, IReadOnlyDictionary<string, PyObject> builtins) : ExprNode
{
    // Builtins do not change during a run: remember the one found (a global of the same name still wins).
    private PyObject? _builtin;

    public override PyObject Eval(Frame f)
    {
        var v = variable.Value;
        if (v is not null)
        {
            if (v is PendingString pending) variable.Value = v = pending.Materialize();
            return v;
        }
        if (_builtin is not null) return _builtin;
        if (builtins.TryGetValue(variable.Name, out var b)) return _builtin = b;
        var error = NameErrors.NotDefined(variable.Name);
        Errors.Suggestions.ForName(error, f, variable.Name);
        throw error;
    }
}

/// <summary>A name read in a class body: the class namespace, then globals, then builtins.</summary>
public sealed class ClassNameLoad(string name, GlobalVariable global, IReadOnlyDictionary<string, PyObject> builtins) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        if (f.ClassNamespace!.TryGetValue(name, out var v)) return v;
        if (global.Value is not null) return PendingString.Resolve(global.Value);
        if (builtins.TryGetValue(name, out var b)) return b;
        var error = NameErrors.NotDefined(name);
        Errors.Suggestions.ForName(error, f, name);
        throw error;
    }
}

/// <summary>A free variable read in a class body: the class namespace first, then the cell.</summary>
public sealed class ClassCellLoad(string name, int index) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        if (f.ClassNamespace!.TryGetValue(name, out var v)) return v;
        return PendingString.Resolve(f.Cells![index].Value ?? throw NameErrors.UnboundFree(name));
    }
}

public sealed class LocalTarget(int slot, string name) : TargetNode
{
    public readonly int Slot = slot;

    public override void Store(Frame f, PyObject value) => f.Locals[Slot] = value;

    public override void Delete(Frame f)
    {
        if (f.Locals[Slot] is null) throw NameErrors.Unbound(name);
        f.Locals[Slot] = null;
    }
}

public sealed class CellTarget(int index, string name) : TargetNode
{
    public override void Store(Frame f, PyObject value) => f.Cells![index].Value = value;

    public override void Delete(Frame f)
    {
        if (f.Cells![index].Value is null) throw NameErrors.Unbound(name);
        f.Cells![index].Value = null;
    }
}

public sealed class GlobalTarget(GlobalVariable variable) : TargetNode
{
    public override void Store(Frame f, PyObject value) => variable.Value = value;

    public override void Delete(Frame f)
    {
        if (variable.Value is null) throw NameErrors.NotDefined(variable.Name);
        variable.Value = null;
    }
}

public sealed class ClassNameTarget(string name) : TargetNode
{
    public override void Store(Frame f, PyObject value) => f.ClassNamespace![name] = value;

    public override void Delete(Frame f)
    {
        if (!f.ClassNamespace!.Remove(name)) throw NameErrors.NotDefined(name);
    }
}

public sealed class AttributeTarget(ExprNode obj, string name) : TargetNode
{
    private InstanceAttributeCache _cache;

    public override void Store(Frame f, PyObject value)
    {
        var o = obj.Eval(f);
        if (o is PyInstance instance && _cache.IsPlainForSet(instance.Type)) InstanceAttributeCache.Set(instance, name, value);
        else PyOps.SetAttr(o, name, value);
    }

    public override void Delete(Frame f) => PyOps.DelAttr(obj.Eval(f), name);
}

public sealed class SubscriptTarget(ExprNode obj, ExprNode index) : TargetNode
{
    public override void Store(Frame f, PyObject value)
    {
        var o = obj.Eval(f);
        var i = index.Eval(f);
        PyOps.SetItem(o, i, value);
    }

    public override void Delete(Frame f)
    {
        var o = obj.Eval(f);
        PyOps.DelItem(o, index.Eval(f));
    }
}

/// <summary><c>a, *b, c = value</c>.</summary>
public sealed class UnpackTarget(TargetNode[] targets, int starIndex) : TargetNode
{
    public override void Store(Frame f, PyObject value)
    {
        // Fast path for tuples and lists of the right size.
        if (starIndex < 0)
        {
            if (value is PyTuple t && t.Count == targets.Length)
            {
                for (int i = 0; i < targets.Length; i++) targets[i].Store(f, t[i]);
                return;
            }
            if (value is PyList l && l.Count == targets.Length)
            {
                var items = new PyObject[targets.Length];
                for (int i = 0; i < items.Length; i++) items[i] = l[i];
                for (int i = 0; i < targets.Length; i++) targets[i].Store(f, items[i]);
                return;
            }
        }
        var iterator = (PyOps.TryGetIter(value) ?? throw PyExc.TypeError($"cannot unpack non-iterable {value.Type.Name} object"));
        if (starIndex < 0)
        {
            var values = new PyObject[targets.Length];
            for (int i = 0; i < values.Length; i++)
                values[i] = PyOps.Next(iterator) ?? throw PyExc.ValueError($"not enough values to unpack (expected {targets.Length}, got {i})");
            if (PyOps.Next(iterator) is not null)
                throw PyExc.ValueError($"too many values to unpack (expected {targets.Length})");
            for (int i = 0; i < values.Length; i++) targets[i].Store(f, values[i]);
            return;
        }
        var all = new List<PyObject>();
        while (PyOps.Next(iterator) is { } item) all.Add(item);
        int after = targets.Length - starIndex - 1;
        if (all.Count < targets.Length - 1)
            throw PyExc.ValueError($"not enough values to unpack (expected at least {targets.Length - 1}, got {all.Count})");
        for (int i = 0; i < starIndex; i++) targets[i].Store(f, all[i]);
        var middle = new PyList();
        for (int i = starIndex; i < all.Count - after; i++) middle.Append(all[i]);
        targets[starIndex].Store(f, middle);
        for (int i = 0; i < after; i++) targets[starIndex + 1 + i].Store(f, all[all.Count - after + i]);
    }

    public override void Delete(Frame f)
    {
        foreach (var t in targets) t.Delete(f);
    }
}
