namespace QiskitStudio.Python.Runtime;

/// <summary>Body of a C# function callable from Python.</summary>
public delegate PyObject BuiltinFunctionBody(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs);

/// <summary>Body of a C# method: <paramref name="self"/> is the receiver, <paramref name="args"/> the rest.</summary>
public delegate PyObject BuiltinMethodBody(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs);

/// <summary>
/// A function written in C# (<c>len</c>, <c>math.sqrt</c>). The typed <c>Create</c> overloads check
/// the positional count and reject keywords with CPython's messages.
/// </summary>
public sealed class PyBuiltinFunction : PyObject
{
    public string Name { get; }

    public BuiltinFunctionBody Body { get; }

    /// <summary>Module shown by <c>__module__</c>; null for builtins.</summary>
    public string? ModuleName { get; init; }

    public string? Doc { get; init; }

    public PyBuiltinFunction(string name, BuiltinFunctionBody body)
    {
        Name = name;
        Body = body;
    }

    public override PyType Type => PyTypes.BuiltinFunction;

    public override PyObject Call(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs) => Body(args, kwargs);

    public override string Repr() => $"<built-in function {Name}>";

    public override PyObject? GetAttributeOrNull(string name) => name switch
    {
        "__name__" or "__qualname__" => PyStr.Create(Name),
        "__module__" => ModuleName is null ? PyStr.Create("builtins") : PyStr.Create(ModuleName),
        "__doc__" => Doc is null ? PyNone.Instance : PyStr.Create(Doc),
        "__self__" => PyNone.Instance,
        _ => base.GetAttributeOrNull(name),
    };

    // ---- typed factories ---------------------------------------------------------------------

    public static PyBuiltinFunction Create(string name, Func<PyObject> body) =>
        new(name, (args, kw) =>
        {
            ArgReader.NoKeywords(name, kw);
            if (args.Length != 0) throw PyExc.TypeError($"{name}() takes no arguments ({args.Length} given)");
            return body();
        });

    public static PyBuiltinFunction Create(string name, Func<PyObject, PyObject> body) =>
        new(name, (args, kw) =>
        {
            ArgReader.NoKeywords(name, kw);
            if (args.Length != 1) throw PyExc.TypeError($"{name}() takes exactly one argument ({args.Length} given)");
            return body(args[0]);
        });

    public static PyBuiltinFunction Create(string name, Func<PyObject, PyObject, PyObject> body) =>
        new(name, (args, kw) =>
        {
            ArgReader.NoKeywords(name, kw);
            if (args.Length != 2) throw PyExc.TypeError($"{name} expected 2 arguments, got {args.Length}");
            return body(args[0], args[1]);
        });

    public static PyBuiltinFunction Create(string name, Func<PyObject, PyObject, PyObject, PyObject> body) =>
        new(name, (args, kw) =>
        {
            ArgReader.NoKeywords(name, kw);
            if (args.Length != 3) throw PyExc.TypeError($"{name} expected 3 arguments, got {args.Length}");
            return body(args[0], args[1], args[2]);
        });

    /// <summary>A numeric function of one float, e.g. <c>math.sin</c>.</summary>
    public static PyBuiltinFunction FromDouble(string name, Func<double, double> body) =>
        Create(name, x => PyFloat.Create(body(PyConvert.ToDouble(x))));
}

/// <summary>
/// A method of a built-in type as stored in the type's namespace (<c>str.upper</c>, a
/// "method_descriptor"). Reading it through an instance binds it.
/// </summary>
public sealed class PyBuiltinMethod : PyObject
{
    public string Name { get; }

    public PyType Owner { get; }

    public BuiltinMethodBody Body { get; }

    public string? Doc { get; init; }

    public PyBuiltinMethod(string name, PyType owner, BuiltinMethodBody body)
    {
        Name = name;
        Owner = owner;
        Body = body;
    }

    public override PyType Type => PyTypes.MethodDescriptor;

    public override bool BindsAsMethod => true;

    public override bool IsDescriptor => true;

    public override PyObject DescriptorGet(PyObject? instance, PyType owner) =>
        instance is null ? this : new PyBoundMethod(instance, this);

    public override PyObject Call(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        if (args.Length == 0)
            throw PyExc.TypeError($"unbound method {Owner.Name}.{Name}() needs an argument");
        CheckSelf(args[0]);
        return Body(args[0], args[1..], kwargs);
    }

    public override PyObject CallWithSelf(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs) =>
        Body(self, args, kwargs);

    private void CheckSelf(PyObject self)
    {
        if (!self.Type.IsSubtypeOf(Owner) && !ReferenceEquals(Owner, PyTypes.Object))
            throw PyExc.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{self.Type.Name}' object");
    }

    public override string Repr() => $"<method '{Name}' of '{Owner.Name}' objects>";

    public override PyObject? GetAttributeOrNull(string name) => name switch
    {
        "__name__" => PyStr.Create(Name),
        "__qualname__" => PyStr.Create($"{Owner.Name}.{Name}"),
        "__doc__" => Doc is null ? PyNone.Instance : PyStr.Create(Doc),
        "__objclass__" => Owner,
        _ => base.GetAttributeOrNull(name),
    };
}

/// <summary>A function bound to its receiver (<c>obj.method</c>).</summary>
public sealed class PyBoundMethod : PyObject
{
    public PyObject Self { get; }

    public PyObject Function { get; }

    public PyBoundMethod(PyObject self, PyObject function)
    {
        Self = self;
        Function = function;
    }

    public override PyType Type => Function is PyBuiltinMethod ? PyTypes.BuiltinFunction : PyTypes.Method;

    public override PyObject Call(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs) =>
        Function.CallWithSelf(Self, args, kwargs);

    public override string Repr()
    {
        if (Function is PyBuiltinMethod bm)
            return $"<built-in method {bm.Name} of {Self.Type.Name} object at {PyIdentity.HexAddress(Self)}>";
        string qual = PyOps.TryGetAttr(Function, "__qualname__") is PyStr q ? q.Value : "?";
        return $"<bound method {qual} of {PyOps.Repr(Self)}>";
    }

    public override long Hash() => PyOps.Hash(Self) ^ PyOps.Hash(Function);

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is CompareOp.Eq or CompareOp.Ne && other is PyBoundMethod m)
        {
            bool eq = ReferenceEquals(Self, m.Self) && PyOps.EqualsBool(Function, m.Function);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        }
        return base.RichCompare(other, op);
    }

    public override PyObject? GetAttributeOrNull(string name) => name switch
    {
        "__self__" => Self,
        "__func__" => Function,
        _ => PyOps.TryGetAttr(Function, name),
    };
}
