namespace QiskitStudio.Python.Runtime;

/// <summary>The members of <c>object</c> and <c>type</c> that Python code calls explicitly (<c>super().__init__()</c>...).</summary>
internal static class ObjectMembers
{
    internal static void Populate(PyType obj, PyType type)
    {
        obj.NewFunction = (cls, _, _) => new PyInstance(cls);
        obj.AddMember("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            if (args.Length == 0 || args[0] is not PyType cls)
                throw PyExc.TypeError("object.__new__(X): X is not a type object");
            var create = cls.NewFunction ?? throw PyExc.TypeError($"cannot create '{cls.Name}' instances");
            return create(cls, ReferenceEquals(create, obj.NewFunction) ? [] : args[1..], kw);
        })));
        obj.AddMethod("__init__", (self, args, kw) =>
        {
            if (args.Length > 0 || kw is { Count: > 0 })
                throw PyExc.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
            return PyNone.Instance;
        });
        obj.AddMethod("__repr__", (self, _, _) => PyStr.Create(self.Repr()));
        obj.AddMethod("__str__", (self, _, _) => PyStr.Create(PyOps.Repr(self)));
        obj.AddMethod("__hash__", (self, _, _) => PyInt.Create(self.Hash()));
        obj.AddMethod("__eq__", (self, args, _) => ReferenceEquals(self, args[0]) ? PyBool.True : PyNotImplemented.Instance);
        obj.AddMethod("__ne__", (self, args, _) =>
        {
            var eq = PyOps.RichCompare(self, args[0], CompareOp.Eq, fallbackToIdentity: false);
            return eq is PyNotImplemented ? eq : PyBool.From(!PyOps.IsTrue(eq));
        });
        foreach (var name in new[] { "__lt__", "__le__", "__gt__", "__ge__" })
            obj.AddMethod(name, (_, _, _) => PyNotImplemented.Instance);
        obj.AddMethod("__format__", (self, args, _) =>
        {
            if (args.Length != 1 || args[0] is not PyStr spec) throw PyExc.TypeError("__format__() argument must be str");
            if (spec.Value.Length != 0)
                throw PyExc.TypeError($"unsupported format string passed to {self.Type.Name}.__format__");
            return PyStr.Create(PyOps.Str(self));
        });
        obj.AddMethod("__getattribute__", (self, args, _) =>
        {
            string name = PyConvert.AttributeName(args[0]);
            return PyAttributes.GenericGetAttr(self, name) ?? throw PyOps.MissingAttribute(self, name);
        });
        obj.AddMethod("__setattr__", (self, args, _) =>
        {
            ArgReader.CheckCount("__setattr__", args, 2, 2);
            PyAttributes.GenericSetAttr(self, PyConvert.AttributeName(args[0]), args[1]);
            return PyNone.Instance;
        });
        obj.AddMethod("__delattr__", (self, args, _) =>
        {
            PyAttributes.GenericDelAttr(self, PyConvert.AttributeName(args[0]));
            return PyNone.Instance;
        });
        obj.AddMethod("__dir__", (self, _, _) => PyList.FromEnumerable(PyOps.Dir(self)));
        obj.AddMember("__init_subclass__", new PyClassMethod(new PyBuiltinFunction("__init_subclass__", (_, _) => PyNone.Instance)));
        obj.AddProperty("__class__", self => self.Type);
        obj.AddProperty("__dict__", self =>
        {
            var d = self.InstanceDict ?? throw PyExc.AttributeError($"'{self.Type.Name}' object has no attribute '__dict__'");
            return new PyNamespaceDict(d);
        });

        type.NewFunction = NewType;
        type.AddMethod("mro", (self, _, _) => PyList.FromEnumerable(((PyType)self).Mro));
        type.AddMethod("__subclasscheck__", (self, args, _) => PyBool.From(args[0] is PyType t && t.IsSubtypeOf((PyType)self)));
        type.AddMethod("__instancecheck__", (self, args, _) => PyBool.From(args[0].Type.IsSubtypeOf((PyType)self)));
    }

    /// <summary><c>type(x)</c> or <c>type(name, bases, dict)</c>.</summary>
    private static PyObject NewType(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        if (args.Length == 1) return args[0].Type;
        if (args.Length != 3) throw PyExc.TypeError("type() takes 1 or 3 arguments");
        string name = args[0] is PyStr s ? s.Value : throw PyExc.TypeError("type.__new__() argument 1 must be str, not " + args[0].Type.Name);
        if (args[1] is not PyTuple basesTuple) throw PyExc.TypeError("type.__new__() argument 2 must be tuple, not " + args[1].Type.Name);
        if (args[2] is not PyDict ns) throw PyExc.TypeError("type.__new__() argument 3 must be dict, not " + args[2].Type.Name);
        var bases = new List<PyType>();
        foreach (var b in basesTuple.Items)
            bases.Add(b as PyType ?? throw PyExc.TypeError("bases must be types"));
        var members = new Dictionary<string, PyObject>();
        foreach (var (k, v) in ns.Items())
            members[PyConvert.AttributeName(k)] = v;
        string module = members.TryGetValue("__module__", out var m) && m is PyStr ms ? ms.Value : "__main__";
        return PyType.CreateUserType(name, bases, members, module);
    }
}

/// <summary>
/// <c>obj.__dict__</c>: a dict whose changes write through to the object's namespace. It is a
/// PyDict snapshot plus write-through for item assignment and deletion.
/// </summary>
public sealed class PyNamespaceDict : PyObject
{
    private readonly Dictionary<string, PyObject> _ns;

    public PyNamespaceDict(Dictionary<string, PyObject> ns) => _ns = ns;

    public override PyType Type => PyTypes.Dict;

    private PyDict Snapshot()
    {
        var d = new PyDict();
        foreach (var (k, v) in _ns) d.SetItem(PyStr.Create(k), v);
        return d;
    }

    public override long Length() => _ns.Count;

    public override PyObject GetItem(PyObject key) =>
        key is PyStr s && _ns.TryGetValue(s.Value, out var v) ? v : throw PyExc.KeyError(key);

    public override void SetItem(PyObject key, PyObject value) => _ns[PyConvert.AttributeName(key)] = value;

    public override void DeleteItem(PyObject key)
    {
        if (key is not PyStr s || !_ns.Remove(s.Value)) throw PyExc.KeyError(key);
    }

    public override bool? Contains(PyObject item) => item is PyStr s && _ns.ContainsKey(s.Value);

    public override PyObject? GetIterator() => Snapshot().GetIterator();

    public override string Repr() => Snapshot().Repr();

    public override bool IsTrue() => _ns.Count > 0;

    public override PyObject RichCompare(PyObject other, CompareOp op) => Snapshot().RichCompare(other, op);

    public override PyObject? GetAttributeOrNull(string name)
    {
        switch (name)
        {
            case "update":
                return new PyBuiltinFunction("update", (args, kw) =>
                {
                    var tmp = new PyDict();
                    tmp.Update(args, kw);
                    foreach (var (k, v) in tmp.Items()) _ns[PyConvert.AttributeName(k)] = v;
                    return PyNone.Instance;
                });
            case "pop":
                return new PyBuiltinFunction("pop", (args, _) =>
                {
                    string k = PyConvert.AttributeName(args[0]);
                    if (_ns.Remove(k, out var v)) return v;
                    return args.Length > 1 ? args[1] : throw PyExc.KeyError(args[0]);
                });
            case "clear":
                return new PyBuiltinFunction("clear", (_, _) => { _ns.Clear(); return PyNone.Instance; });
            case "setdefault":
                return new PyBuiltinFunction("setdefault", (args, _) =>
                {
                    string k = PyConvert.AttributeName(args[0]);
                    if (_ns.TryGetValue(k, out var v)) return v;
                    var d = args.Length > 1 ? args[1] : PyNone.Instance;
                    _ns[k] = d;
                    return d;
                });
            default:
                return PyOps.TryGetAttr(Snapshot(), name);
        }
    }
}
