namespace QiskitStudio.Python.Runtime;

/// <summary>
/// <c>sys.stdout</c> / <c>sys.stderr</c>: a write-only text stream over the run's own output
/// (never the process console).
/// </summary>
public sealed class PyTextStream : PyObject
{
    public string Name { get; }

    public bool IsError { get; }

    public PyTextStream(string name, bool isError)
    {
        Name = name;
        IsError = isError;
    }

    public override PyType Type => PyTypes.TextStream;

    public void Write(string text)
    {
        var context = PyContext.Current;
        if (IsError) context.WriteStderr(text);
        else context.WriteStdout(text);
    }

    public override string Repr() => $"<_io.TextIOWrapper name='{Name}' mode='w' encoding='utf-8'>";

    internal static void Populate(PyType t)
    {
        t.AddMethod("write", (self, args, _) =>
        {
            ArgReader.CheckCount("write", args, 1, 1);
            if (args[0] is not PyStr s) throw PyExc.TypeError($"write() argument must be str, not {args[0].Type.Name}");
            ((PyTextStream)self).Write(s.Value);
            return PyInt.Create(s.Value.Length);
        });
        t.AddMethod("writelines", (self, args, _) =>
        {
            var it = PyOps.GetIter(args[0]);
            while (PyOps.Next(it) is { } line) ((PyTextStream)self).Write(PyOps.Str(line));
            return PyNone.Instance;
        });
        t.AddMethod("flush", (_, _, _) => PyNone.Instance);
        t.AddMethod("isatty", (_, _, _) => PyBool.False);
        t.AddMethod("writable", (_, _, _) => PyBool.True);
        t.AddMethod("readable", (_, _, _) => PyBool.False);
        t.AddProperty("name", self => PyStr.Create(((PyTextStream)self).Name));
        t.AddProperty("encoding", _ => PyStr.Create("utf-8"));
    }
}

/// <summary>
/// <c>super(type, obj)</c>: attribute lookup that starts after <c>type</c> in the MRO of <c>obj</c>.
/// The interpreter supplies both arguments for the zero-argument form.
/// </summary>
public sealed class PySuper : PyObject
{
    public PyType StartAfter { get; }

    public PyObject? Instance { get; }

    public PySuper(PyType startAfter, PyObject? instance)
    {
        StartAfter = startAfter;
        Instance = instance;
    }

    public override PyType Type => PyTypes.Super;

    private PyType? InstanceType => Instance switch
    {
        null => null,
        PyType t when t.IsSubtypeOf(StartAfter) => t,
        _ => Instance.Type,
    };

    public override PyObject? GetAttributeOrNull(string name)
    {
        if (name == "__class__") return PyTypes.Super;
        var objType = InstanceType;
        if (objType is not null)
        {
            var mro = objType.Mro;
            int i = Array.IndexOf(mro, StartAfter);
            for (int k = i + 1; k < mro.Length; k++)
            {
                if (!mro[k].Members.TryGetValue(name, out var attr)) continue;
                // Reading through a class (super(C, cls)) binds nothing except classmethods.
                bool throughClass = Instance is PyType;
                if (attr.BindsAsMethod) return throughClass ? attr : new PyBoundMethod(Instance!, attr);
                if (attr.IsDescriptor) return attr.DescriptorGet(throughClass ? null : Instance, objType);
                return attr;
            }
        }
        return base.GetAttributeOrNull(name);
    }

    public override string Repr() =>
        Instance is null
            ? $"<super: <class '{StartAfter.Name}'>, NULL>"
            : $"<super: <class '{StartAfter.Name}'>, <{InstanceType!.Name} object>>";

    internal static PyObject New(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords("super", kwargs);
        if (args.Length == 0)
            throw PyExc.RuntimeError("super(): no arguments");
        if (args[0] is not PyType start)
            throw PyExc.TypeError($"super() argument 1 must be a type, not {args[0].Type.Name}");
        if (args.Length == 1) return new PySuper(start, null);
        var obj = args[1];
        bool ok = obj is PyType t ? t.IsSubtypeOf(start) : obj.Type.IsSubtypeOf(start);
        if (!ok) throw PyExc.TypeError("super(type, obj): obj must be an instance or subtype of type");
        return new PySuper(start, obj);
    }
}
