namespace QiskitStudio.Python.Runtime;

/// <summary>Allocates the C# object for an instance of <paramref name="cls"/> (CPython's <c>__new__</c> of a native type).</summary>
public delegate PyObject TypeNewFunction(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs);

/// <summary>
/// A Python type: built-in (created in C#, immutable, shared by every run) or defined in Python
/// (a "heap type", created per run by <see cref="CreateUserType"/>). Attribute lookup walks the
/// C3 method resolution order; heap types cache the results until any class is modified.
/// </summary>
public sealed partial class PyType : PyObject
{
    private static int s_globalVersion;

    private readonly Dictionary<string, PyObject> _members;
    private Dictionary<string, PyObject?>? _lookupCache;
    private int _cacheVersion = -1;

    public string Name { get; private set; }

    public string QualName { get; set; }

    /// <summary>The module name shown in reprs (<c>builtins</c> is omitted).</summary>
    public string ModuleName { get; set; }

    public PyType[] Bases { get; private set; }

    public PyType[] Mro { get; private set; }

    /// <summary>True for classes defined by Python code; their dunder methods drive behaviour.</summary>
    public bool IsHeapType { get; }

    /// <summary>
    /// The runtime's own built-in types (int, list, ValueError...). Their behaviour lives only in C#
    /// slots. Types made by hosts with <see cref="CreateBuiltin"/> are not core: dunder methods they
    /// add with <see cref="AddMethod"/> (<c>__repr__</c>, <c>__add__</c>...) drive repr(), operators and so on.
    /// </summary>
    public bool IsCore { get; private set; }

    /// <summary>True when dunder methods in the namespace decide behaviour (Python classes and host types).</summary>
    public bool DispatchesDunders => IsHeapType || !IsCore;

    /// <summary>Built-in types cannot be modified from Python (<c>int.x = 1</c> raises TypeError).</summary>
    public bool IsImmutable { get; private set; }

    /// <summary>False for types such as <c>bool</c> that Python code may not subclass.</summary>
    public bool IsSubclassable { get; init; } = true;

    /// <summary>
    /// Set for built-in types CPython lets Python code subclass but this runtime does not (their C#
    /// objects cannot carry a subclass type); class creation raises a clear TypeError instead.
    /// </summary>
    public bool SubclassingUnsupported { get; init; }

    /// <summary>The native allocator; heap types inherit their solid base's.</summary>
    public TypeNewFunction? NewFunction { get; set; }

    /// <summary>The native initializer (<c>__init__</c> of a C# type), called after <see cref="NewFunction"/>.</summary>
    public BuiltinMethodBody? InitFunction { get; set; }

    /// <summary>Optional documentation shown by <c>__doc__</c>.</summary>
    public string? Doc { get; set; }

    public override PyType Type => PyTypes.Type;

    public override Dictionary<string, PyObject>? InstanceDict => IsHeapType ? _members : null;

    private PyType(string name, PyType[] bases, Dictionary<string, PyObject> members, bool heap, string module)
    {
        Name = name;
        QualName = name;
        ModuleName = module;
        Bases = bases;
        _members = members;
        IsHeapType = heap;
        Mro = [this];
    }

    /// <summary>Bootstraps <c>object</c> (no base).</summary>
    internal static PyType CreateRoot(string name) => new(name, [], new Dictionary<string, PyObject>(), heap: false, "builtins");

    /// <summary>
    /// Creates a built-in (C#) type. Members are added with <see cref="AddMethod"/>, <see cref="AddProperty"/>
    /// and friends while setting up; call <see cref="Freeze"/> when done (PyTypes freezes its own).
    /// </summary>
    public static PyType CreateBuiltin(string name, PyType? baseType = null, string module = "builtins",
        TypeNewFunction? newFunction = null, bool subclassable = true, bool subclassingUnsupported = false)
    {
        var b = baseType ?? PyTypes.Object;
        var t = new PyType(name, [b], new Dictionary<string, PyObject>(), heap: false, module)
        {
            IsSubclassable = subclassable,
            SubclassingUnsupported = subclassingUnsupported,
            NewFunction = newFunction,
        };
        t.Mro = ComputeMro(t);
        return t;
    }

    /// <summary>Creates a class defined by Python code (<c>class Name(bases): namespace</c>).</summary>
    public static PyType CreateUserType(string name, IReadOnlyList<PyType> bases, Dictionary<string, PyObject> ns, string module = "__main__")
    {
        var baseArray = bases.Count == 0 ? [PyTypes.Object] : bases.ToArray();
        foreach (var b in baseArray)
        {
            if (!b.IsSubclassable)
                throw PyExc.TypeError($"type '{b.Name}' is not an acceptable base type");
            if (b.SubclassingUnsupported)
                throw PyExc.TypeError($"subclassing '{b.Name}' is not supported by the embedded Python runtime");
        }
        var t = new PyType(name, baseArray, ns, heap: true, module);
        t.Mro = ComputeMro(t);
        if (ns.TryGetValue("__qualname__", out var q) && q is PyStr qs)
        {
            t.QualName = qs.Value;
            ns.Remove("__qualname__");
        }
        if (!ns.ContainsKey("__module__")) ns["__module__"] = PyStr.Create(module);
        else if (ns["__module__"] is PyStr ms) t.ModuleName = ms.Value;
        if (ns.TryGetValue("__doc__", out var doc) && doc is PyStr ds) t.Doc = ds.Value;
        else if (!ns.ContainsKey("__doc__")) ns["__doc__"] = PyNone.Instance;

        // A class that defines __eq__ without __hash__ is unhashable.
        if (ns.ContainsKey("__eq__") && !ns.ContainsKey("__hash__")) ns["__hash__"] = PyNone.Instance;

        // __new__ written in Python is an implicit staticmethod, __init_subclass__ an implicit classmethod.
        if (ns.TryGetValue("__new__", out var nf) && nf.BindsAsMethod) ns["__new__"] = new PyStaticMethod(nf);
        if (ns.TryGetValue("__init_subclass__", out var isc) && isc.BindsAsMethod) ns["__init_subclass__"] = new PyClassMethod(isc);

        t.ResolveNativeFunctions();
        Interlocked.Increment(ref s_globalVersion);

        // __set_name__ on descriptors, then the parent's __init_subclass__.
        foreach (var (key, value) in ns.ToArray())
        {
            if (value.Type.IsHeapType && value.Type.LookupUserDunder("__set_name__") is { } setName)
                setName.CallWithSelf(value, [t, PyStr.Create(key)], null);
        }
        if (t.Mro.Length > 1 && t.Mro[1].Lookup("__init_subclass__") is { } initSub && initSub is not PyBuiltinFunction)
        {
            var bound = initSub.DescriptorGet(null, t);
            bound.Call([], null);
        }
        return t;
    }

    private void ResolveNativeFunctions()
    {
        foreach (var t in Mro)
        {
            if (t.IsHeapType) continue;
            NewFunction ??= t.NewFunction;
            InitFunction ??= t.InitFunction;
            if (NewFunction is not null) break;
        }
    }

    /// <summary>Marks a built-in type immutable; done after its members are added.</summary>
    public PyType Freeze()
    {
        IsImmutable = true;
        return this;
    }

    /// <summary>Freezes one of the runtime's own types (see <see cref="IsCore"/>).</summary>
    internal PyType FreezeAsCore()
    {
        IsCore = true;
        return Freeze();
    }

    // ---- members ----------------------------------------------------------------------------

    /// <summary>The type's own namespace (<c>__dict__</c>); do not modify built-in types after freezing.</summary>
    public IReadOnlyDictionary<string, PyObject> Members => _members;

    public PyType AddMember(string name, PyObject value)
    {
        if (IsImmutable) throw new InvalidOperationException($"type '{Name}' is frozen");
        _members[name] = value;
        return this;
    }

    /// <summary>Adds a method implemented in C# (receives self separately).</summary>
    public PyType AddMethod(string name, BuiltinMethodBody body, string? doc = null) =>
        AddMember(name, new PyBuiltinMethod(name, this, body) { Doc = doc });

    /// <summary>Adds a read-only (or read-write when <paramref name="setter"/> is given) attribute computed in C#.</summary>
    public PyType AddProperty(string name, Func<PyObject, PyObject> getter, Action<PyObject, PyObject>? setter = null) =>
        AddMember(name, new PyNativeProperty(name, this, getter, setter));

    /// <summary>Adds a static method (no self).</summary>
    public PyType AddStaticMethod(string name, BuiltinFunctionBody body) =>
        AddMember(name, new PyStaticMethod(new PyBuiltinFunction(name, body)));

    /// <summary>Adds a class method (receives the class as first argument).</summary>
    public PyType AddClassMethod(string name, BuiltinMethodBody body) =>
        AddMember(name, new PyClassMethod(new PyBuiltinMethod(name, this, body)));

    /// <summary>Finds an attribute along the MRO without binding it; null when absent.</summary>
    public PyObject? Lookup(string name)
    {
        if (!IsHeapType)
        {
            foreach (var t in Mro)
                if (t._members.TryGetValue(name, out var v)) return v;
            return null;
        }
        if (_cacheVersion != s_globalVersion || _lookupCache is null)
        {
            _lookupCache ??= new Dictionary<string, PyObject?>();
            _lookupCache.Clear();
            _cacheVersion = s_globalVersion;
        }
        if (_lookupCache.TryGetValue(name, out var cached)) return cached;
        PyObject? found = null;
        foreach (var t in Mro)
            if (t._members.TryGetValue(name, out found)) break;
        _lookupCache[name] = found;
        return found;
    }

    /// <summary>
    /// Finds a dunder defined by Python code (in a heap type before the first built-in type of the MRO),
    /// or null when the built-in C# behaviour applies.
    /// </summary>
    public PyObject? LookupUserDunder(string name)
    {
        if (!DispatchesDunders) return null;
        var found = Lookup(name);
        if (found is null) return null;
        // A member inherited from a core type means the native slot handles it.
        foreach (var t in Mro)
        {
            if (!t.DispatchesDunders) return null;
            if (t._members.TryGetValue(name, out var v)) return ReferenceEquals(v, found) ? found : null;
        }
        return null;
    }

    /// <summary>True when Python code overrides <c>__getattribute__</c> (method-call shortcuts must not be taken).</summary>
    internal bool IsHeapTypeGetAttrOverridden() => IsHeapType && UserGetAttribute is not null;

    // Attribute hooks consulted on every attribute access, cached until any class changes.
    private int _hooksVersion = -1;
    private PyObject? _userGetAttribute, _userGetAttr, _userSetAttr;

    private void RefreshHooks()
    {
        if (_hooksVersion == s_globalVersion) return;
        _userGetAttribute = LookupUserDunder("__getattribute__");
        _userGetAttr = LookupUserDunder("__getattr__");
        _userSetAttr = LookupUserDunder("__setattr__");
        _hooksVersion = s_globalVersion;
    }

    /// <summary>A <c>__getattribute__</c> defined in Python, or null.</summary>
    internal PyObject? UserGetAttribute
    {
        get
        {
            if (!IsHeapType) return null;
            RefreshHooks();
            return _userGetAttribute;
        }
    }

    /// <summary>A <c>__getattr__</c> defined in Python, or null.</summary>
    internal PyObject? UserGetAttr
    {
        get
        {
            if (!IsHeapType) return null;
            RefreshHooks();
            return _userGetAttr;
        }
    }

    /// <summary>A <c>__setattr__</c> defined in Python, or null.</summary>
    internal PyObject? UserSetAttr
    {
        get
        {
            if (!IsHeapType) return null;
            RefreshHooks();
            return _userSetAttr;
        }
    }

    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        foreach (var t in Mro)
            if (ReferenceEquals(t, other)) return true;
        return false;
    }

    /// <summary>Name as shown in reprs: <c>int</c>, <c>__main__.Foo</c>.</summary>
    public string QualifiedName => ModuleName == "builtins" ? QualName : $"{ModuleName}.{QualName}";

    // ---- PyObject behaviour ------------------------------------------------------------------

    public override string Repr() => $"<class '{QualifiedName}'>";

    public override long Hash() => PyIdentity.IdentityHash(this);

    public override PyObject? GetAttributeOrNull(string name)
    {
        switch (name)
        {
            case "__name__": return PyStr.Create(Name);
            case "__qualname__": return PyStr.Create(QualName);
            case "__module__": return _members.TryGetValue("__module__", out var m) ? m : PyStr.Create(ModuleName);
            case "__mro__": return PyTuple.Create(Mro);
            case "__bases__": return PyTuple.Create(Bases);
            case "__base__": return Bases.Length == 0 ? PyNone.Instance : Bases[0];
            case "__dict__": return new PyMappingProxy(_members);
            case "__doc__":
                if (_members.TryGetValue("__doc__", out var d)) return d;
                return Doc is null ? PyNone.Instance : PyStr.Create(Doc);
            case "__class__": return PyTypes.Type;
        }
        var attr = Lookup(name);
        if (attr is not null) return attr.IsDescriptor || attr.BindsAsMethod ? attr.DescriptorGet(null, this) : attr;
        // Methods of `type` itself (mro, __subclasses__...).
        var meta = PyTypes.Type.Lookup(name);
        if (meta is not null) return meta.BindsAsMethod ? new PyBoundMethod(this, meta) : meta.DescriptorGet(this, PyTypes.Type);
        return null;
    }

    public override void SetAttribute(string name, PyObject value)
    {
        if (!IsHeapType)
            throw PyExc.TypeError($"cannot set '{name}' attribute of immutable type '{Name}'");
        if (name == "__name__" && value is PyStr s) { Name = s.Value; return; }
        if (name == "__qualname__" && value is PyStr qs) { QualName = qs.Value; return; }
        _members[name] = value;
        Interlocked.Increment(ref s_globalVersion);
    }

    public override void DeleteAttribute(string name)
    {
        if (!IsHeapType)
            throw PyExc.TypeError($"cannot delete '{name}' attribute of immutable type '{Name}'");
        if (!_members.Remove(name))
            throw PyExc.AttributeError($"type object '{Name}' has no attribute '{name}'");
        Interlocked.Increment(ref s_globalVersion);
    }

    public override IEnumerable<string> ExtraAttributeNames()
    {
        foreach (var t in Mro)
            foreach (var k in t._members.Keys) yield return k;
    }

    /// <summary>Calling a type creates an instance: <c>__new__</c> then <c>__init__</c>.</summary>
    public override PyObject Call(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        if (ReferenceEquals(this, PyTypes.Type) && args.Length == 1 && (kwargs is null || kwargs.Count == 0))
            return args[0].Type;
        if (!IsHeapType)
        {
            if (NewFunction is null) throw PyExc.TypeError($"cannot create '{QualifiedName}' instances");
            var native = NewFunction(this, args, kwargs);
            if (InitFunction is not null && native.Type == this) InitFunction(native, args, kwargs);
            return native;
        }
        return ConstructHeapInstance(args, kwargs);
    }

    private PyObject ConstructHeapInstance(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var userNew = LookupUserDunder("__new__");
        var userInit = LookupUserDunder("__init__");
        PyObject instance;
        if (userNew is not null)
        {
            var all = new PyObject[args.Length + 1];
            all[0] = this;
            args.CopyTo(all.AsSpan(1));
            instance = userNew.DescriptorGet(null, this).Call(all, kwargs);
            if (!instance.Type.IsSubtypeOf(this)) return instance;
        }
        else
        {
            if (NewFunction is null) throw PyExc.TypeError($"cannot create '{QualifiedName}' instances");
            bool objectNew = ReferenceEquals(NewFunction, PyTypes.Object.NewFunction);
            if (objectNew && userInit is null && (args.Length > 0 || kwargs is { Count: > 0 }))
                throw PyExc.TypeError($"{Name}() takes no arguments");
            instance = NewFunction(this, args, kwargs);
        }
        if (userInit is not null)
        {
            var result = userInit.CallWithSelf(instance, args, kwargs);
            if (result is not PyNone)
                throw PyExc.TypeError($"__init__() should return None, not '{result.Type.Name}'");
        }
        else if (InitFunction is not null)
        {
            InitFunction(instance, args, kwargs);
        }
        return instance;
    }

    // ---- C3 linearisation ---------------------------------------------------------------------

    private static PyType[] ComputeMro(PyType t)
    {
        if (t.Bases.Length == 1)
        {
            var baseMro = t.Bases[0].Mro;
            var single = new PyType[baseMro.Length + 1];
            single[0] = t;
            baseMro.CopyTo(single, 1);
            return single;
        }
        var sequences = new List<List<PyType>>();
        foreach (var b in t.Bases) sequences.Add([.. b.Mro]);
        sequences.Add([.. t.Bases]);
        var result = new List<PyType> { t };
        while (true)
        {
            sequences.RemoveAll(s => s.Count == 0);
            if (sequences.Count == 0) return result.ToArray();
            PyType? candidate = null;
            foreach (var seq in sequences)
            {
                var head = seq[0];
                bool inTail = false;
                foreach (var other in sequences)
                {
                    for (int i = 1; i < other.Count; i++)
                        if (ReferenceEquals(other[i], head)) { inTail = true; break; }
                    if (inTail) break;
                }
                if (!inTail) { candidate = head; break; }
            }
            if (candidate is null)
            {
                var names = string.Join(", ", t.Bases.Select(b => b.Name));
                throw PyExc.TypeError($"Cannot create a consistent method resolution order (MRO) for bases {names}");
            }
            result.Add(candidate);
            foreach (var seq in sequences)
                if (ReferenceEquals(seq[0], candidate)) seq.RemoveAt(0);
        }
    }
}
