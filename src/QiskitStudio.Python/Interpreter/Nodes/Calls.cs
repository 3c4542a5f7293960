using QiskitStudio.Python.Interpreter.Execution;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Interpreter.Nodes;

/// <summary>A call with only positional arguments and no unpacking: the common case, kept allocation-light.</summary>
public sealed class SimpleCallNode(ExprNode function, ExprNode[] args) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var callee = function.Eval(f);
        if (callee is PyFunction pf && pf.Code.IsSimple && pf.Code.PositionalCount == args.Length)
        {
            // Evaluate the arguments straight into the callee's locals.
            var locals = new PyObject?[pf.Code.LocalCount];
            for (int i = 0; i < args.Length; i++) locals[i] = args[i].Eval(f);
            return pf.Invoke(locals);
        }
        if (callee is PyType { IsHeapType: true } cls && Construction.SimpleInit(cls, args.Length) is { } init)
        {
            // A plain class with a plain __init__: create the instance and run __init__ without argument arrays.
            var instance = new PyInstance(cls);
            var locals = new PyObject?[init.Code.LocalCount];
            locals[0] = instance;
            for (int i = 0; i < args.Length; i++) locals[i + 1] = args[i].Eval(f);
            var result = init.Invoke(locals);
            if (result is not PyNone) throw PyExc.TypeError($"__init__() should return None, not '{result.Type.Name}'");
            return instance;
        }
        switch (args.Length)
        {
            case 0: return callee.Call([], null);
            case 1: return callee.Call([args[0].Eval(f)], null);
            case 2:
            {
                var a0 = args[0].Eval(f);
                return callee.Call([a0, args[1].Eval(f)], null);
            }
            default:
            {
                var values = new PyObject[args.Length];
                for (int i = 0; i < values.Length; i++) values[i] = args[i].Eval(f);
                return callee.Call(values, null);
            }
        }
    }
}

/// <summary><c>obj.name(args)</c>: calls the method without building a bound-method object when possible.</summary>
public sealed class MethodCallNode(ExprNode target, string name, ExprNode[] args) : ExprNode
{
    private InstanceAttributeCache _cache;

    public override PyObject Eval(Frame f)
    {
        var obj = target.Eval(f);
        var type = obj.Type;
        if (obj is PyInstance instance && _cache.IsPlainForGet(type))
        {
            var attr = type.Lookup(name);
            if (attr is PyFunction pf && !instance.InstanceDict.ContainsKey(name))
            {
                if (pf.Code.IsSimple && pf.Code.PositionalCount == args.Length + 1)
                {
                    var locals = new PyObject?[pf.Code.LocalCount];
                    locals[0] = obj;
                    for (int i = 0; i < args.Length; i++) locals[i + 1] = args[i].Eval(f);
                    return pf.Invoke(locals);
                }
                return pf.CallWithSelf(obj, EvalArgs(f), null);
            }
            var bound = InstanceAttributeCache.TryGet(instance, name);
            if (bound is not null) return bound.Call(EvalArgs(f), null);
        }
        // Only for objects whose attributes come from the generic algorithm (not types or modules).
        if (obj is PyStr or PyList or PyDict or PyTuple or PyInt or PyFloat)
        {
            var attr = type.Lookup(name);
            if (attr is not null && attr.BindsAsMethod && !(obj.InstanceDict?.ContainsKey(name) ?? false) && !HasCustomGetAttribute(obj))
            {
                if (attr is PyFunction pf && pf.Code.IsSimple && pf.Code.PositionalCount == args.Length + 1)
                {
                    var locals = new PyObject?[pf.Code.LocalCount];
                    locals[0] = obj;
                    for (int i = 0; i < args.Length; i++) locals[i + 1] = args[i].Eval(f);
                    return pf.Invoke(locals);
                }
                return attr.CallWithSelf(obj, EvalArgs(f), null);
            }
        }
        PyObject method;
        try
        {
            method = PyOps.GetAttr(obj, name);
        }
        catch (PythonException e) when (Errors.Suggestions.ForAttribute(e, obj, name))
        {
            throw; // never reached: the filter only records a hint
        }
        return method.Call(EvalArgs(f), null);
    }

    private static bool HasCustomGetAttribute(PyObject obj) => false;

    private PyObject[] EvalArgs(Frame f)
    {
        if (args.Length == 0) return [];
        var values = new PyObject[args.Length];
        for (int i = 0; i < values.Length; i++) values[i] = args[i].Eval(f);
        return values;
    }
}

internal static class Construction
{
    /// <summary>The <c>__init__</c> of a class whose instances are plain PyInstances and whose constructor needs no special handling.</summary>
    public static PyFunction? SimpleInit(PyType cls, int argumentCount)
    {
        if (!ReferenceEquals(cls.NewFunction, PyTypes.Object.NewFunction) || cls.LookupUserDunder("__new__") is not null) return null;
        return cls.LookupUserDunder("__init__") is PyFunction { Code.IsSimple: true } init && init.Code.PositionalCount == argumentCount + 1
            ? init
            : null;
    }
}

/// <summary>One argument of a general call: positional, <c>*iterable</c>, <c>name=value</c> or <c>**mapping</c>.</summary>
public readonly record struct CallArgument(ExprNode Value, string? Keyword, bool Star, bool DoubleStar);

/// <summary>A call with keywords or unpacking.</summary>
public sealed class GeneralCallNode(ExprNode function, CallArgument[] arguments) : ExprNode
{
    private readonly string[]? _keywordNames = BuildKeywordNames(arguments);

    private static string[]? BuildKeywordNames(CallArgument[] arguments)
    {
        // When the keywords are all plain name=value, their names can be shared by every call.
        if (arguments.Any(a => a.Star || a.DoubleStar)) return null;
        var names = arguments.Where(a => a.Keyword is not null).Select(a => a.Keyword!).ToArray();
        return names.Distinct().Count() == names.Length ? names : null;
    }

    public override PyObject Eval(Frame f)
    {
        var callee = function.Eval(f);
        if (_keywordNames is not null)
        {
            var positional = new PyObject[arguments.Length - _keywordNames.Length];
            var values = new PyObject[_keywordNames.Length];
            int p = 0, k = 0;
            foreach (var a in arguments)
            {
                if (a.Keyword is null) positional[p++] = a.Value.Eval(f);
                else values[k++] = a.Value.Eval(f);
            }
            return callee.Call(positional, new KeywordArguments(_keywordNames, values));
        }
        var args = new List<PyObject>();
        KeywordArguments? kwargs = null;
        foreach (var a in arguments)
        {
            if (a.Star)
            {
                var iterable = a.Value.Eval(f);
                var it = PyOps.TryGetIter(iterable)
                    ?? throw PyExc.TypeError($"{CallableName(callee)} argument after * must be an iterable, not {iterable.Type.Name}");
                while (PyOps.Next(it) is { } item) args.Add(item);
            }
            else if (a.DoubleStar)
            {
                var mapping = a.Value.Eval(f);
                kwargs ??= new KeywordArguments();
                MergeMapping(kwargs, mapping, callee);
            }
            else if (a.Keyword is not null)
            {
                kwargs ??= new KeywordArguments();
                var v = a.Value.Eval(f);
                if (kwargs.IndexOf(a.Keyword) >= 0)
                    throw PyExc.TypeError($"{CallableName(callee)} got multiple values for keyword argument '{a.Keyword}'");
                kwargs.Add(a.Keyword, v);
            }
            else args.Add(a.Value.Eval(f));
        }
        return callee.Call(args.ToArray(), kwargs);
    }

    private static void MergeMapping(KeywordArguments kwargs, PyObject mapping, PyObject callee)
    {
        if (mapping is PyDict dict)
        {
            foreach (var (key, value) in dict.Items())
                AddKeyword(kwargs, key, value, callee);
            return;
        }
        var keysMethod = PyOps.TryGetAttr(mapping, "keys")
            ?? throw PyExc.TypeError($"{CallableName(callee)} argument after ** must be a mapping, not {mapping.Type.Name}");
        var keys = PyOps.GetIter(keysMethod.Call([], null));
        while (PyOps.Next(keys) is { } key) AddKeyword(kwargs, key, PyOps.GetItem(mapping, key), callee);
    }

    private static void AddKeyword(KeywordArguments kwargs, PyObject key, PyObject value, PyObject callee)
    {
        if (key is not PyStr s) throw PyExc.TypeError("keywords must be strings");
        if (kwargs.IndexOf(s.Value) >= 0)
            throw PyExc.TypeError($"{CallableName(callee)} got multiple values for keyword argument '{s.Value}'");
        kwargs.Add(s.Value, value);
    }

    internal static string CallableName(PyObject callee) => callee switch
    {
        PyFunction pf => pf.QualName + "()",
        PyBoundMethod { Function: PyFunction bf } => bf.QualName + "()",
        PyType t => t.Name + "()",
        PyBuiltinFunction b => b.Name + "()",
        _ => PyOps.TryGetAttr(callee, "__qualname__") is PyStr q ? q.Value + "()" : callee.Type.Name + " object",
    };
}

/// <summary>Zero-argument <c>super()</c> inside a method: <c>super(__class__, first_argument)</c>.</summary>
public sealed class ImplicitSuperNode(ExprNode superFunction, ExprNode classCell, ExprNode firstArgument) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var super = superFunction.Eval(f);
        PyObject cls, self;
        try
        {
            cls = classCell.Eval(f);
            self = firstArgument.Eval(f);
        }
        catch (PythonException)
        {
            throw PyExc.RuntimeError("super(): no arguments");
        }
        return super.Call([cls, self], null);
    }
}
