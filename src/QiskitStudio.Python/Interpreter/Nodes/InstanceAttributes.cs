using QiskitStudio.Python.Interpreter.Execution;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Interpreter.Nodes;

/// <summary>
/// Fast attribute access on instances of Python classes. Each node remembers the last class it saw
/// and whether that class overrides attribute access (<c>__getattribute__</c>, <c>__getattr__</c>,
/// <c>__setattr__</c>); plain classes then need one type lookup and one dictionary lookup.
/// Anything unusual falls back to <see cref="PyOps"/>.
/// </summary>
internal struct InstanceAttributeCache
{
    private PyType? _type;
    private bool _plain;

    /// <summary>True when <paramref name="type"/> uses the generic attribute algorithm for reads.</summary>
    public bool IsPlainForGet(PyType type)
    {
        if (!ReferenceEquals(type, _type))
        {
            _type = type;
            _plain = type.LookupUserDunder("__getattribute__") is null && type.LookupUserDunder("__getattr__") is null;
        }
        return _plain;
    }

    /// <summary>True when <paramref name="type"/> uses the generic attribute algorithm for writes.</summary>
    public bool IsPlainForSet(PyType type)
    {
        if (!ReferenceEquals(type, _type))
        {
            _type = type;
            _plain = type.LookupUserDunder("__setattr__") is null;
        }
        return _plain;
    }

    public static PyObject? TryGet(PyInstance obj, string name)
    {
        var type = obj.Type;
        var attr = type.Lookup(name);
        if (attr is not null && attr.IsDataDescriptor) return attr.DescriptorGet(obj, type);
        if (obj.InstanceDict.TryGetValue(name, out var own)) return own;
        if (attr is null) return null;
        if (attr.BindsAsMethod) return new PyBoundMethod(obj, attr);
        return attr.IsDescriptor ? attr.DescriptorGet(obj, type) : attr;
    }

    public static void Set(PyInstance obj, string name, PyObject value)
    {
        var attr = obj.Type.Lookup(name);
        if (attr is not null && attr.IsDataDescriptor) attr.DescriptorSet(obj, value);
        else obj.InstanceDict[name] = value;
    }
}
