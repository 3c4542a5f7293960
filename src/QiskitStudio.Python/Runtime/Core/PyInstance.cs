namespace QiskitStudio.Python.Runtime;

/// <summary>
/// An instance of a class defined in Python whose solid base is <c>object</c>. Its behaviour
/// comes from dunder methods, which <see cref="PyOps"/> looks up on <see cref="PyObject.Type"/>.
/// </summary>
public sealed class PyInstance : PyObject
{
    private readonly PyType _type;
    private readonly Dictionary<string, PyObject> _dict = new();

    public PyInstance(PyType type) => _type = type;

    public override PyType Type => _type;

    public override Dictionary<string, PyObject> InstanceDict => _dict;

    public override PyObject Call(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var call = _type.LookupUserDunder("__call__")
            ?? throw PyExc.TypeError($"'{_type.Name}' object is not callable");
        return PyOps.InvokeSpecial(this, call, args, kwargs);
    }

    // A user class defining __get__/__set__ makes its instances descriptors.
    public override bool IsDescriptor => _type.IsHeapType && _type.LookupUserDunder("__get__") is not null;

    public override bool IsDataDescriptor =>
        _type.IsHeapType && (_type.LookupUserDunder("__set__") is not null || _type.LookupUserDunder("__delete__") is not null);

    public override PyObject DescriptorGet(PyObject? instance, PyType owner)
    {
        var get = _type.LookupUserDunder("__get__");
        return get is null ? this : get.CallWithSelf(this, [instance ?? PyNone.Instance, owner], null);
    }

    public override void DescriptorSet(PyObject instance, PyObject value)
    {
        var set = _type.LookupUserDunder("__set__")
            ?? throw PyExc.AttributeError("__set__");
        set.CallWithSelf(this, [instance, value], null);
    }

    public override void DescriptorDelete(PyObject instance)
    {
        var del = _type.LookupUserDunder("__delete__")
            ?? throw PyExc.AttributeError("__delete__");
        del.CallWithSelf(this, [instance], null);
    }
}

/// <summary>The object-model attribute algorithm shared by every object with a namespace.</summary>
public static class PyAttributes
{
    /// <summary>
    /// Python's <c>object.__getattribute__</c>: data descriptors on the type win, then the
    /// instance dict, then other class attributes (functions bind). Returns null when absent.
    /// </summary>
    public static PyObject? GenericGetAttr(PyObject obj, string name)
    {
        var type = obj.Type;
        var attr = type.Lookup(name);
        if (attr is not null && attr.IsDataDescriptor) return attr.DescriptorGet(obj, type);
        var dict = obj.InstanceDict;
        if (dict is not null && dict.TryGetValue(name, out var own)) return own;
        if (attr is not null)
        {
            if (attr.BindsAsMethod) return new PyBoundMethod(obj, attr);
            if (attr.IsDescriptor) return attr.DescriptorGet(obj, type);
            return attr;
        }
        return null;
    }

    public static void GenericSetAttr(PyObject obj, string name, PyObject value)
    {
        var type = obj.Type;
        var attr = type.Lookup(name);
        if (attr is not null && attr.IsDataDescriptor)
        {
            attr.DescriptorSet(obj, value);
            return;
        }
        var dict = obj.InstanceDict;
        if (dict is null)
        {
            if (attr is null)
                throw PyExc.AttributeError($"'{type.Name}' object has no attribute '{name}'");
            throw PyExc.AttributeError($"'{type.Name}' object attribute '{name}' is read-only");
        }
        dict[name] = value;
    }

    public static void GenericDelAttr(PyObject obj, string name)
    {
        var type = obj.Type;
        var attr = type.Lookup(name);
        if (attr is not null && attr.IsDataDescriptor)
        {
            attr.DescriptorDelete(obj);
            return;
        }
        var dict = obj.InstanceDict;
        if (dict is null || !dict.Remove(name))
        {
            if (dict is null && attr is not null)
                throw PyExc.AttributeError($"'{type.Name}' object attribute '{name}' is read-only");
            throw PyExc.AttributeError($"'{type.Name}' object has no attribute '{name}'");
        }
    }
}
