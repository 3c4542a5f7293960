namespace QiskitStudio.Python.Runtime;

/// <summary>An attribute of a C# type computed by a getter (and optionally a setter): a data descriptor.</summary>
public sealed class PyNativeProperty : PyObject
{
    private readonly Func<PyObject, PyObject> _getter;
    private readonly Action<PyObject, PyObject>? _setter;

    public string Name { get; }

    public PyType Owner { get; }

    public PyNativeProperty(string name, PyType owner, Func<PyObject, PyObject> getter, Action<PyObject, PyObject>? setter)
    {
        Name = name;
        Owner = owner;
        _getter = getter;
        _setter = setter;
    }

    public override PyType Type => PyTypes.GetSetDescriptor;

    public override bool IsDescriptor => true;

    public override bool IsDataDescriptor => true;

    public override PyObject DescriptorGet(PyObject? instance, PyType owner) => instance is null ? this : _getter(instance);

    public override void DescriptorSet(PyObject instance, PyObject value)
    {
        if (_setter is null)
            throw PyExc.AttributeError($"attribute '{Name}' of '{Owner.Name}' objects is not writable");
        _setter(instance, value);
    }

    public override void DescriptorDelete(PyObject instance) =>
        throw PyExc.AttributeError($"attribute '{Name}' of '{Owner.Name}' objects is not writable");

    public override string Repr() => $"<attribute '{Name}' of '{Owner.Name}' objects>";
}

/// <summary>Python's <c>property(fget, fset, fdel, doc)</c>.</summary>
public sealed class PyProperty : PyObject
{
    public PyObject? Getter { get; }

    public PyObject? Setter { get; }

    public PyObject? Deleter { get; }

    public PyObject? DocValue { get; }

    public string? Name { get; set; }

    public PyProperty(PyObject? getter, PyObject? setter, PyObject? deleter, PyObject? doc)
    {
        Getter = getter is PyNone ? null : getter;
        Setter = setter is PyNone ? null : setter;
        Deleter = deleter is PyNone ? null : deleter;
        DocValue = doc is PyNone ? null : doc;
        if (DocValue is null && Getter is not null) DocValue = PyOps.TryGetAttr(Getter, "__doc__");
    }

    public override PyType Type => PyTypes.Property;

    public override bool IsDescriptor => true;

    public override bool IsDataDescriptor => true;

    private string DisplayName => Name is null ? "" : $" '{Name}'";

    public override PyObject DescriptorGet(PyObject? instance, PyType owner)
    {
        if (instance is null) return this;
        if (Getter is null) throw PyExc.AttributeError($"property{DisplayName} of '{instance.Type.Name}' object has no getter");
        return Getter.Call([instance], null);
    }

    public override void DescriptorSet(PyObject instance, PyObject value)
    {
        if (Setter is null) throw PyExc.AttributeError($"property{DisplayName} of '{instance.Type.Name}' object has no setter");
        Setter.Call([instance, value], null);
    }

    public override void DescriptorDelete(PyObject instance)
    {
        if (Deleter is null) throw PyExc.AttributeError($"property{DisplayName} of '{instance.Type.Name}' object has no deleter");
        Deleter.Call([instance], null);
    }

    public override PyObject? GetAttributeOrNull(string name) => name switch
    {
        "fget" => Getter ?? PyNone.Instance,
        "fset" => Setter ?? PyNone.Instance,
        "fdel" => Deleter ?? PyNone.Instance,
        "__doc__" => DocValue ?? PyNone.Instance,
        "getter" => PyBuiltinFunction.Create("getter", f => new PyProperty(f, Setter, Deleter, DocValue) { Name = Name }),
        "setter" => PyBuiltinFunction.Create("setter", f => new PyProperty(Getter, f, Deleter, DocValue) { Name = Name }),
        "deleter" => PyBuiltinFunction.Create("deleter", f => new PyProperty(Getter, Setter, f, DocValue) { Name = Name }),
        "__isabstractmethod__" => PyBool.False,
        _ => base.GetAttributeOrNull(name),
    };

    internal static PyObject New(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var a = new ArgReader("property", args, kwargs, ["fget", "fset", "fdel", "doc"], required: 0);
        var p = new PyProperty(a.Optional(0), a.Optional(1), a.Optional(2), a.Optional(3));
        if (p.Getter is not null && PyOps.TryGetAttr(p.Getter, "__name__") is PyStr n) p.Name = n.Value;
        return p;
    }
}

/// <summary><c>staticmethod(f)</c>: read through a class or instance, gives <c>f</c> unchanged.</summary>
public sealed class PyStaticMethod : PyObject
{
    public PyObject Function { get; }

    public PyStaticMethod(PyObject function) => Function = function;

    public override PyType Type => PyTypes.StaticMethod;

    public override bool IsDescriptor => true;

    public override PyObject DescriptorGet(PyObject? instance, PyType owner) => Function;

    public override PyObject Call(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs) => Function.Call(args, kwargs);

    public override PyObject? GetAttributeOrNull(string name) => name switch
    {
        "__func__" or "__wrapped__" => Function,
        _ => PyOps.TryGetAttr(Function, name),
    };

    public override string Repr() => $"<staticmethod({PyOps.Repr(Function)})>";
}

/// <summary><c>classmethod(f)</c>: binds the class instead of the instance.</summary>
public sealed class PyClassMethod : PyObject
{
    public PyObject Function { get; }

    public PyClassMethod(PyObject function) => Function = function;

    public override PyType Type => PyTypes.ClassMethod;

    public override bool IsDescriptor => true;

    public override PyObject DescriptorGet(PyObject? instance, PyType owner) =>
        new PyBoundMethod(instance is null ? owner : instance.Type, Function);

    public override PyObject? GetAttributeOrNull(string name) => name switch
    {
        "__func__" or "__wrapped__" => Function,
        _ => PyOps.TryGetAttr(Function, name),
    };

    public override string Repr() => $"<classmethod({PyOps.Repr(Function)})>";
}

/// <summary>
/// Base class for functions whose body the interpreter runs (<c>def</c>, <c>lambda</c>). Reading one
/// through an instance binds it; the interpreter overrides <see cref="PyObject.Call"/> and
/// <see cref="PyObject.CallWithSelf"/> (the latter without allocating).
/// </summary>
public abstract class PyFunctionBase : PyObject
{
    private Dictionary<string, PyObject>? _dict;

    public abstract string Name { get; set; }

    public abstract string QualName { get; set; }

    public virtual string ModuleName => "__main__";

    public override PyType Type => PyTypes.Function;

    public override bool BindsAsMethod => true;

    public override bool IsDescriptor => true;

    public override Dictionary<string, PyObject>? InstanceDict => _dict ??= new Dictionary<string, PyObject>();

    public override PyObject DescriptorGet(PyObject? instance, PyType owner) =>
        instance is null ? this : new PyBoundMethod(instance, this);

    public override string Repr() => $"<function {QualName} at {PyIdentity.HexAddress(this)}>";

    public override PyObject? GetAttributeOrNull(string name)
    {
        switch (name)
        {
            case "__name__": return PyStr.Create(Name);
            case "__qualname__": return PyStr.Create(QualName);
            case "__module__": return _dict is not null && _dict.TryGetValue("__module__", out var m) ? m : PyStr.Create(ModuleName);
            case "__doc__": return _dict is not null && _dict.TryGetValue("__doc__", out var d) ? d : PyNone.Instance;
            case "__dict__": return new PyNamespaceDict(_dict ??= new Dictionary<string, PyObject>());
        }
        return base.GetAttributeOrNull(name);
    }

    public override void SetAttribute(string name, PyObject value)
    {
        switch (name)
        {
            case "__name__" when value is PyStr s: Name = s.Value; return;
            case "__qualname__" when value is PyStr q: QualName = q.Value; return;
        }
        _dict ??= new Dictionary<string, PyObject>();
        base.SetAttribute(name, value);
    }
}

/// <summary>A read-only view of a namespace (<c>type.__dict__</c>).</summary>
public sealed class PyMappingProxy : PyObject
{
    private readonly Dictionary<string, PyObject> _members;

    public PyMappingProxy(Dictionary<string, PyObject> members) => _members = members;

    public override PyType Type => PyTypes.MappingProxy;

    public PyDict ToDict()
    {
        var d = new PyDict();
        foreach (var (k, v) in _members) d.SetItem(PyStr.Create(k), v);
        return d;
    }

    public override long Length() => _members.Count;

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyStr s && _members.TryGetValue(s.Value, out var v)) return v;
        throw PyExc.KeyError(key);
    }

    public override bool? Contains(PyObject item) => item is PyStr s && _members.ContainsKey(s.Value);

    public override PyObject? GetIterator() => ToDict().GetIterator();

    public override string Repr() => $"mappingproxy({PyOps.Repr(ToDict())})";

    public override PyObject? GetAttributeOrNull(string name) => name switch
    {
        "keys" or "values" or "items" or "get" or "copy" => PyOps.TryGetAttr(ToDict(), name),
        _ => base.GetAttributeOrNull(name),
    };
}
