namespace QiskitStudio.Python.Runtime;

/// <summary>
/// The operations the interpreter performs on objects. Each tries fast paths for the common
/// built-in types, then dunder methods of Python classes, then the C# slot of the object,
/// and raises CPython's TypeError messages when nothing applies.
/// </summary>
public static partial class PyOps
{
    // ---- calling -------------------------------------------------------------------------------

    public static PyObject Call(PyObject callable, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs = null) =>
        callable.Call(args, kwargs);

    /// <summary>Calls a special method found on a type, binding <paramref name="self"/> the way Python does.</summary>
    public static PyObject InvokeSpecial(PyObject self, PyObject attribute, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        if (attribute.BindsAsMethod) return attribute.CallWithSelf(self, args, kwargs);
        if (attribute is PyNone) throw PyExc.TypeError($"'{self.Type.Name}' object is not callable");
        if (attribute.IsDescriptor) return attribute.DescriptorGet(self, self.Type).Call(args, kwargs);
        return attribute.Call(args, kwargs);
    }

    /// <summary>A special method looked up on the type (not the instance), bound to the object; null when absent.</summary>
    public static PyObject? LookupSpecial(PyObject obj, string name)
    {
        var attr = obj.Type.Lookup(name);
        if (attr is null || attr is PyNone) return null;
        if (attr.BindsAsMethod) return new PyBoundMethod(obj, attr);
        return attr.IsDescriptor ? attr.DescriptorGet(obj, obj.Type) : attr;
    }

    /// <summary><c>obj.name(*args)</c> without creating a bound method when the attribute is a plain method.</summary>
    public static PyObject CallMethod(PyObject obj, string name, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs = null)
    {
        var type = obj.Type;
        if (obj is not PyType && obj is not PyModule && obj is not PySuper)
        {
            var attr = type.Lookup(name);
            if (attr is not null && attr.BindsAsMethod && !type.IsHeapTypeGetAttrOverridden())
            {
                var dict = obj.InstanceDict;
                if (dict is null || !dict.ContainsKey(name)) return attr.CallWithSelf(obj, args, kwargs);
            }
        }
        return GetAttr(obj, name).Call(args, kwargs);
    }

    // ---- attributes ----------------------------------------------------------------------------

    public static PyObject GetAttr(PyObject obj, string name)
    {
        var type = obj.Type;
        if (type.DispatchesDunders && !ReferenceEquals(obj, type))
        {
            var getattribute = type.UserGetAttribute;
            if (getattribute is not null)
            {
                try
                {
                    return InvokeSpecial(obj, getattribute, [PyStr.Create(name)], null);
                }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.AttributeError) && type.UserGetAttr is not null)
                {
                    return InvokeSpecial(obj, type.UserGetAttr!, [PyStr.Create(name)], null);
                }
            }
            var value = obj.GetAttributeOrNull(name);
            if (value is not null) return value;
            var getattr = type.UserGetAttr;
            if (getattr is not null) return InvokeSpecial(obj, getattr, [PyStr.Create(name)], null);
            throw MissingAttribute(obj, name);
        }
        return obj.GetAttributeOrNull(name) ?? throw MissingAttribute(obj, name);
    }

    /// <summary>The attribute, or null when it does not exist (AttributeError is swallowed).</summary>
    public static PyObject? TryGetAttr(PyObject obj, string name)
    {
        try
        {
            if (!obj.Type.DispatchesDunders) return obj.GetAttributeOrNull(name);
            return GetAttr(obj, name);
        }
        catch (PythonException e) when (e.Matches(PyExceptionTypes.AttributeError))
        {
            return null;
        }
    }

    public static bool HasAttr(PyObject obj, string name) => TryGetAttr(obj, name) is not null;

    public static void SetAttr(PyObject obj, string name, PyObject value)
    {
        var type = obj.Type;
        if (type.DispatchesDunders && !ReferenceEquals(obj, type) && type.UserSetAttr is { } f)
        {
            InvokeSpecial(obj, f, [PyStr.Create(name), value], null);
            return;
        }
        obj.SetAttribute(name, value);
    }

    public static void DelAttr(PyObject obj, string name)
    {
        var type = obj.Type;
        if (type.DispatchesDunders && !ReferenceEquals(obj, type) && type.LookupUserDunder("__delattr__") is { } f)
        {
            InvokeSpecial(obj, f, [PyStr.Create(name)], null);
            return;
        }
        obj.DeleteAttribute(name);
    }

    public static PythonException MissingAttribute(PyObject obj, string name)
    {
        string message = obj switch
        {
            PyModule m => $"module '{m.Name}' has no attribute '{name}'",
            PyType t => $"type object '{t.Name}' has no attribute '{name}'",
            _ => $"'{obj.Type.Name}' object has no attribute '{name}'",
        };
        var e = PyExc.AttributeError(message);
        // CPython 3.10+ records these; tracebacks use them for "Did you mean" hints (PySuggestions).
        e.Value.InstanceDict["name"] = PyStr.Create(name);
        e.Value.InstanceDict["obj"] = obj;
        return e;
    }

    /// <summary>Sorted attribute names for <c>dir(obj)</c>.</summary>
    public static List<PyObject> Dir(PyObject obj)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var n in obj.ExtraAttributeNames()) names.Add(n);
        if (obj is not PyType && obj is not PyModule)
            foreach (var t in obj.Type.Mro)
                foreach (var n in t.Members.Keys) names.Add(n);
        var result = new List<PyObject>(names.Count);
        foreach (var n in names) result.Add(PyStr.Create(n));
        return result;
    }

    // ---- text ------------------------------------------------------------------------------------

    public static string Repr(PyObject obj)
    {
        if (obj is PyStr s) return PyStr.ReprOf(s.Value);
        var type = obj.Type;
        if (type.DispatchesDunders && type.LookupUserDunder("__repr__") is { } f)
        {
            var r = InvokeSpecial(obj, f, [], null);
            return r is PyStr rs ? rs.Value : throw PyExc.TypeError($"__repr__ returned non-string (type {r.Type.Name})");
        }
        RecursionGuard.Enter();
        try
        {
            return obj.Repr();
        }
        finally
        {
            RecursionGuard.Exit();
        }
    }

    public static string Str(PyObject obj)
    {
        if (obj is PyStr s) return s.Value;
        var type = obj.Type;
        if (type.DispatchesDunders && type.LookupUserDunder("__str__") is { } f)
        {
            var r = InvokeSpecial(obj, f, [], null);
            return r is PyStr rs ? rs.Value : throw PyExc.TypeError($"__str__ returned non-string (type {r.Type.Name})");
        }
        return obj.Str();
    }

    /// <summary><c>format(obj, spec)</c>.</summary>
    public static string Format(PyObject obj, string spec)
    {
        var type = obj.Type;
        if (type.DispatchesDunders && type.LookupUserDunder("__format__") is { } f)
        {
            var r = InvokeSpecial(obj, f, [PyStr.Create(spec)], null);
            return r is PyStr rs ? rs.Value : throw PyExc.TypeError($"__format__ must return a str, not {r.Type.Name}");
        }
        if (type.DispatchesDunders && spec.Length == 0) return Str(obj);
        return obj.Format(spec);
    }

    // ---- hashing and truth ------------------------------------------------------------------------

    public static long Hash(PyObject obj)
    {
        if (obj is PyStr s) return s.Hash();
        if (obj is PyInt i && !i.IsBig) return PyInt.HashLong(i.Value);
        var type = obj.Type;
        if (type.DispatchesDunders)
        {
            var f = type.Lookup("__hash__");
            if (f is PyNone) throw PyExc.TypeError($"unhashable type: '{type.Name}'");
            f = type.LookupUserDunder("__hash__");
            if (f is not null)
            {
                var r = InvokeSpecial(obj, f, [], null);
                if (r is not PyInt ri) throw PyExc.TypeError("__hash__ method should return an integer");
                long h = ri.IsBig ? PyInt.HashBig(ri.ToBigInteger()) : ri.Value;
                return h == -1 ? -2 : h;
            }
        }
        return obj.Hash();
    }

    public static bool IsTrue(PyObject obj)
    {
        if (obj is PyBool b) return b.Value != 0;
        if (obj is PyNone) return false;
        if (obj is PyInt i) return i.IsTrue();
        if (obj is PyStr s) return s.Value.Length != 0;
        if (obj is PyList l) return l.Count != 0;
        var type = obj.Type;
        if (type.DispatchesDunders)
        {
            var f = type.LookupUserDunder("__bool__");
            if (f is not null)
            {
                var r = InvokeSpecial(obj, f, [], null);
                return r is PyBool rb ? rb.Value != 0 : throw PyExc.TypeError($"__bool__ should return bool, returned {r.Type.Name}");
            }
            var len = type.LookupUserDunder("__len__");
            if (len is not null) return Len(obj) != 0;
        }
        return obj.IsTrue();
    }

    public static PyBool Not(PyObject obj) => PyBool.From(!IsTrue(obj));

    // ---- containers --------------------------------------------------------------------------

    public static long Len(PyObject obj)
    {
        switch (obj)
        {
            case PyStr s: return s.CodePointLength;
            case PyList l: return l.Count;
            case PyTuple t: return t.Count;
            case PyDict d when d.IsExact: return d.Count;
        }
        var type = obj.Type;
        if (type.DispatchesDunders && type.LookupUserDunder("__len__") is { } f)
        {
            var r = InvokeSpecial(obj, f, [], null);
            var n = PyOps.TryIndex(r) ?? throw PyExc.TypeError($"'{r.Type.Name}' object cannot be interpreted as an integer");
            if (n.Sign < 0) throw PyExc.ValueError("__len__() should return >= 0");
            return n.ToLong();
        }
        long length = obj.Length();
        if (length < 0) throw PyExc.TypeError($"object of type '{type.Name}' has no len()");
        return length;
    }

    public static PyObject GetItem(PyObject obj, PyObject key)
    {
        if (obj is PyList l && l.IsExact && key is PyInt li && !li.IsBig)
        {
            long index = li.Value;
            if (index < 0) index += l.Count;
            if ((ulong)index >= (ulong)l.Count) throw PyExc.IndexError("list index out of range");
            return l[(int)index];
        }
        if (obj is PyDict d && d.IsExact) return d.GetItem(key);
        var type = obj.Type;
        if (type.DispatchesDunders && !ReferenceEquals(obj, type) && type.LookupUserDunder("__getitem__") is { } f)
            return InvokeSpecial(obj, f, [key], null);
        if (obj is PyType t) return ClassGetItem(t, key);
        return obj.GetItem(key);
    }

    private static PyObject ClassGetItem(PyType t, PyObject key)
    {
        if (t.Lookup("__class_getitem__") is { } f) return f.DescriptorGet(null, t).Call([key], null);
        if (!t.IsHeapType) return new PyGenericAlias(t, key);
        throw PyExc.TypeError($"type '{t.Name}' is not subscriptable");
    }

    public static void SetItem(PyObject obj, PyObject key, PyObject value)
    {
        if (obj is PyList l && l.IsExact && key is PyInt li && !li.IsBig)
        {
            long index = li.Value;
            if (index < 0) index += l.Count;
            if ((ulong)index >= (ulong)l.Count) throw PyExc.IndexError("list assignment index out of range");
            l[(int)index] = value;
            return;
        }
        if (obj is PyDict d && d.IsExact)
        {
            d.SetItem(key, value);
            return;
        }
        var type = obj.Type;
        if (type.DispatchesDunders && type.LookupUserDunder("__setitem__") is { } f)
        {
            InvokeSpecial(obj, f, [key, value], null);
            return;
        }
        obj.SetItem(key, value);
    }

    public static void DelItem(PyObject obj, PyObject key)
    {
        var type = obj.Type;
        if (type.DispatchesDunders && type.LookupUserDunder("__delitem__") is { } f)
        {
            InvokeSpecial(obj, f, [key], null);
            return;
        }
        obj.DeleteItem(key);
    }

    /// <summary><c>item in container</c>.</summary>
    public static bool Contains(PyObject container, PyObject item)
    {
        switch (container)
        {
            case PyDict d when d.IsExact: return d.ContainsKey(item);
            case PySet s when !s.Type.DispatchesDunders: return s.ContainsKey(item);
            case PyStr str: return str.Contains(item)!.Value;
        }
        var type = container.Type;
        if (type.DispatchesDunders && type.LookupUserDunder("__contains__") is { } f)
            return IsTrue(InvokeSpecial(container, f, [item], null));
        if (!type.DispatchesDunders || type.LookupUserDunder("__iter__") is null && type.LookupUserDunder("__getitem__") is null)
        {
            var native = container.Contains(item);
            if (native.HasValue) return native.Value;
        }
        var it = TryGetIter(container) ?? throw PyExc.TypeError($"argument of type '{type.Name}' is not iterable");
        while (Next(it) is { } x)
            if (ReferenceEquals(x, item) || EqualsBool(x, item)) return true;
        return false;
    }

    // ---- iteration ---------------------------------------------------------------------------

    public static PyObject GetIter(PyObject obj) =>
        TryGetIter(obj) ?? throw PyExc.TypeError($"'{obj.Type.Name}' object is not iterable");

    public static PyObject? TryGetIter(PyObject obj)
    {
        switch (obj)
        {
            case PyList l when l.IsExact: return new PyListIterator(l);
            case PyTuple t when t.IsExact: return new PyTupleIterator(t);
            case PyRange r: return r.GetIterator();
            case PyIterator i: return i;
        }
        var type = obj.Type;
        if (type.DispatchesDunders && !ReferenceEquals(obj, type))
        {
            var f = type.LookupUserDunder("__iter__");
            if (f is PyNone) return null;
            if (f is not null)
            {
                var it = InvokeSpecial(obj, f, [], null);
                if (!IsIterator(it)) throw PyExc.TypeError($"iter() returned non-iterator of type '{it.Type.Name}'");
                return it;
            }
            if (type.LookupUserDunder("__getitem__") is not null) return new PySequenceIterator(obj);
        }
        return obj.GetIterator();
    }

    public static bool IsIterator(PyObject obj)
    {
        if (obj is PyIterator) return true;
        var type = obj.Type;
        if (type.DispatchesDunders) return type.LookupUserDunder("__next__") is not null || type.Lookup("__next__") is not null;
        return type.Lookup("__next__") is not null;
    }

    /// <summary>The next item of an iterator, or null when it is exhausted.</summary>
    public static PyObject? Next(PyObject iterator)
    {
        if (iterator is PyIterator it) return it.IterNext();
        var type = iterator.Type;
        if (type.DispatchesDunders)
        {
            var f = type.LookupUserDunder("__next__") ?? throw PyExc.TypeError($"'{type.Name}' object is not an iterator");
            try
            {
                return InvokeSpecial(iterator, f, [], null);
            }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.StopIteration))
            {
                return null;
            }
        }
        return iterator.IterNext();
    }

    /// <summary>All items of an iterable as a new array.</summary>
    public static PyObject[] ToArray(PyObject iterable, string? notIterableMessage = null)
    {
        switch (iterable)
        {
            case PyList l when l.IsExact: return l.ToArray();
            case PyTuple t when t.IsExact: return t.Items.ToArray();
        }
        var it = TryGetIter(iterable)
            ?? throw PyExc.TypeError(notIterableMessage is null
                ? $"'{iterable.Type.Name}' object is not iterable"
                : string.Format(notIterableMessage, iterable.Type.Name));
        var list = new List<PyObject>();
        while (Next(it) is { } item)
        {
            PyContext.Poll();
            list.Add(item);
        }
        return list.ToArray();
    }

    // ---- types -------------------------------------------------------------------------------

    /// <summary><c>isinstance(obj, cls)</c>, where cls may be a type or a tuple of types.</summary>
    public static bool IsInstance(PyObject obj, PyObject cls)
    {
        if (cls is PyType t) return obj.Type.IsSubtypeOf(t);
        if (cls is PyTuple tuple)
        {
            foreach (var c in tuple.Items)
                if (IsInstance(obj, c)) return true;
            return false;
        }
        if (cls is PyGenericAlias) throw PyExc.TypeError("isinstance() argument 2 cannot be a parameterized generic");
        if (cls.Type.DispatchesDunders && cls.Type.LookupUserDunder("__instancecheck__") is { } f)
            return IsTrue(InvokeSpecial(cls, f, [obj], null));
        throw PyExc.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    public static bool IsSubclass(PyObject sub, PyObject cls)
    {
        if (sub is not PyType st) throw PyExc.TypeError("issubclass() arg 1 must be a class");
        if (cls is PyType t) return st.IsSubtypeOf(t);
        if (cls is PyTuple tuple)
        {
            foreach (var c in tuple.Items)
                if (IsSubclass(sub, c)) return true;
            return false;
        }
        throw PyExc.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /// <summary><c>operator.index(obj)</c>: ints and objects with <c>__index__</c>.</summary>
    public static PyInt? TryIndex(PyObject obj)
    {
        var native = obj.AsIndex();
        if (native is not null) return native;
        if (obj.Type.DispatchesDunders && obj.Type.LookupUserDunder("__index__") is { } f)
        {
            var r = InvokeSpecial(obj, f, [], null);
            return r as PyInt ?? throw PyExc.TypeError($"__index__ returned non-int (type {r.Type.Name})");
        }
        return null;
    }
}

/// <summary>Guards C#-level recursion of reprs (deeply nested containers) with Python's RecursionError.</summary>
internal static class RecursionGuard
{
    [ThreadStatic] private static int t_depth;

    public static void Enter()
    {
        if (++t_depth > 800)
        {
            t_depth = 0;
            throw PyExc.RecursionError("maximum recursion depth exceeded while getting the repr of an object");
        }
    }

    public static void Exit()
    {
        if (t_depth > 0) t_depth--;
    }
}

/// <summary><c>list[int]</c> and friends: enough for annotations to evaluate and print.</summary>
public sealed class PyGenericAlias : PyObject
{
    public PyType Origin { get; }

    public PyObject Arguments { get; }

    public PyGenericAlias(PyType origin, PyObject arguments)
    {
        Origin = origin;
        Arguments = arguments;
    }

    public override PyType Type => PyTypes.Object;

    public override PyObject Call(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs) => Origin.Call(args, kwargs);

    public override string Repr()
    {
        static string Name(PyObject o) => o is PyType t ? t.QualifiedName : o is PyEllipsis ? "..." : PyOps.Repr(o);
        string inner = Arguments is PyTuple t ? string.Join(", ", t.Items.ToArray().Select(Name)) : Name(Arguments);
        return $"{Origin.QualifiedName}[{inner}]";
    }

    public override PyObject GetItem(PyObject key) => new PyGenericAlias(Origin, key);

    public override PyObject? GetAttributeOrNull(string name) => name switch
    {
        "__origin__" => Origin,
        "__args__" => Arguments is PyTuple ? Arguments : PyTuple.Create([Arguments]),
        _ => Origin.GetAttributeOrNull(name),
    };
}
