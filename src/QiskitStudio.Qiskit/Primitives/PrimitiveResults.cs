using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Qiskit.Primitives;

/// <summary>Python's <c>DataBin</c>: named fields read as attributes (<c>data.meas</c>, <c>data.evs</c>) or items.</summary>
internal sealed class PyDataBin : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly List<(string Name, PyObject Value)> _fields;
    private readonly string? _shape;

    public PyDataBin(List<(string Name, PyObject Value)> fields, string? shape = null) : base(TypeObject)
    {
        _fields = fields;
        _shape = shape;
    }

    public override PyObject? GetAttributeOrNull(string name)
    {
        foreach (var (n, v) in _fields)
            if (n == name) return v;
        return base.GetAttributeOrNull(name);
    }

    public override PyObject GetItem(PyObject key)
    {
        string name = PyConvert.ToStr(key);
        foreach (var (n, v) in _fields)
            if (n == name) return v;
        throw PyExc.KeyError(key);
    }

    public override long Length() => _fields.Count;

    public override PyObject? GetIterator() => PyList.FromEnumerable(_fields.Select(f => (PyObject)PyStr.Create(f.Name))).GetIterator();

    public override bool? Contains(PyObject item) => item is PyStr s && _fields.Any(f => f.Name == s.Value);

    public override string Repr()
    {
        var parts = _fields.Select(f => $"{f.Name}={Describe(f.Value)}").ToList();
        if (_shape is not null) parts.Add($"shape={_shape}");
        return $"DataBin({string.Join(", ", parts)})";
    }

    private static string Describe(PyObject value) => value switch
    {
        Interop.PyNdArray a => $"np.ndarray(<shape={PyOps.Repr(PyOps.GetAttr(a, "shape"))}, dtype=float64>)",
        PyFloat => "np.ndarray(<shape=(), dtype=float64>)",
        _ => PyOps.Repr(value),
    };

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("DataBin", module: "qiskit.primitives.containers.data_bin");
        t.AddMethod("keys", (self, _, _) => PyList.FromEnumerable(((PyDataBin)self)._fields.Select(f => (PyObject)PyStr.Create(f.Name))));
        t.AddMethod("values", (self, _, _) => PyList.FromEnumerable(((PyDataBin)self)._fields.Select(f => f.Value)));
        t.AddMethod("items", (self, _, _) => PyList.FromEnumerable(((PyDataBin)self)._fields.Select(f => (PyObject)PyTuple.Create([PyStr.Create(f.Name), f.Value]))));
        return t.Freeze();
    }
}

/// <summary>
/// Python's <c>BitArray</c>: the shots of one classical register, per parameter binding.
/// Counts keep the order in which outcomes first appear, as Qiskit's do.
/// </summary>
internal sealed class PyBitArray : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    public PyBitArray(IReadOnlyList<ulong[]> shotsPerBinding, int numBits, bool scalarShape) : base(TypeObject)
    {
        ShotsPerBinding = shotsPerBinding;
        NumBits = numBits;
        ScalarShape = scalarShape;
    }

    public IReadOnlyList<ulong[]> ShotsPerBinding { get; }

    public int NumBits { get; }

    public bool ScalarShape { get; }

    public int NumShots => ShotsPerBinding.Count == 0 ? 0 : ShotsPerBinding[0].Length;

    private string Shape => ScalarShape ? "()" : $"({ShotsPerBinding.Count},)";

    public override string Repr() => $"BitArray(<shape={Shape}, num_shots={NumShots}, num_bits={NumBits}>)";

    private IEnumerable<ulong> Shots(PyObject? loc)
    {
        if (loc is null or PyNone) return ShotsPerBinding.SelectMany(s => s);
        long index = loc is PyTuple t && t.Items.Length == 1 ? PyConvert.ToLong(t.Items[0]) : PyConvert.ToLong(loc);
        if (index < 0) index += ShotsPerBinding.Count;
        if (index < 0 || index >= ShotsPerBinding.Count) throw PyExc.IndexError($"index {index} is out of bounds for the BitArray's shape {Shape}");
        return ShotsPerBinding[(int)index];
    }

    public string Key(ulong value)
    {
        var chars = new char[NumBits];
        for (int b = 0; b < NumBits; b++) chars[NumBits - 1 - b] = (value >> b & 1) != 0 ? '1' : '0';
        return new string(chars);
    }

    private static PyBitArray Self(PyObject self) => (PyBitArray)self;

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("BitArray", module: "qiskit.primitives.containers.bit_array");
        t.AddProperty("num_shots", self => PyInt.Create(Self(self).NumShots));
        t.AddProperty("num_bits", self => PyInt.Create(Self(self).NumBits));
        t.AddProperty("shape", self => Self(self).ScalarShape ? PyTuple.Empty : PyTuple.Create([PyInt.Create(Self(self).ShotsPerBinding.Count)]));
        t.AddMethod("get_counts", (self, args, kw) =>
        {
            var a = new ArgReader("get_counts", args, kw, ["loc"], required: 0);
            var counts = new PyDict();
            var tally = new Dictionary<ulong, long>();
            var order = new List<ulong>();
            foreach (ulong v in Self(self).Shots(a.Optional(0)))
            {
                if (!tally.TryGetValue(v, out long c)) order.Add(v);
                tally[v] = c + 1;
            }
            foreach (ulong v in order) counts.SetItem(Self(self).Key(v), PyInt.Create(tally[v]));
            return counts;
        });
        t.AddMethod("get_int_counts", (self, args, kw) =>
        {
            var a = new ArgReader("get_int_counts", args, kw, ["loc"], required: 0);
            var counts = new PyDict();
            foreach (ulong v in Self(self).Shots(a.Optional(0)))
            {
                var key = PyInt.Create((long)v);
                counts.SetItem(key, PyInt.Create(counts.GetOrNull(key) is { } c ? PyConvert.ToLong(c) + 1 : 1));
            }
            return counts;
        });
        t.AddMethod("get_bitstrings", (self, args, kw) =>
        {
            var a = new ArgReader("get_bitstrings", args, kw, ["loc"], required: 0);
            return PyList.FromEnumerable(Self(self).Shots(a.Optional(0)).Select(v => (PyObject)PyStr.Create(Self(self).Key(v))));
        });
        return t.Freeze();
    }
}

/// <summary>Python's <c>PubResult</c> / <c>SamplerPubResult</c>: <c>.data</c> and <c>.metadata</c>.</summary>
internal sealed class PyPubResult : PyNativeObject
{
    public static readonly PyType PubResultType = CreateType("PubResult");
    public static readonly PyType SamplerPubResultType = CreateType("SamplerPubResult", PubResultType);

    public PyPubResult(PyType type, PyDataBin data, PyDict metadata) : base(type)
    {
        Data = data;
        Metadata = metadata;
    }

    public PyDataBin Data { get; }

    public PyDict Metadata { get; }

    public override string Repr() => $"{Type.Name}(data={PyOps.Repr(Data)}, metadata={PyOps.Repr(Metadata)})";

    private static PyType CreateType(string name, PyType? baseType = null)
    {
        var t = PyType.CreateBuiltin(name, baseType, "qiskit.primitives.containers");
        if (baseType is null)
        {
            t.AddProperty("data", self => ((PyPubResult)self).Data);
            t.AddProperty("metadata", self => ((PyPubResult)self).Metadata);
        }
        else
        {
            t.AddMethod("join_data", (self, _, _) =>
            {
                var data = ((PyPubResult)self).Data;
                var values = PyOps.ToArray(PyOps.CallMethod(data, "values", []));
                return values.Length == 1 ? values[0] : throw PyExc.ValueError("join_data() with several registers is not supported by the embedded engine");
            });
        }
        return t.Freeze();
    }
}

/// <summary>Python's <c>PrimitiveResult</c>: a list of pub results with metadata.</summary>
internal sealed class PyPrimitiveResult : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly PyObject[] _results;
    private readonly PyDict _metadata;

    public PyPrimitiveResult(PyObject[] results, PyDict metadata) : base(TypeObject)
    {
        _results = results;
        _metadata = metadata;
    }

    public override string Repr() => $"PrimitiveResult([{string.Join(", ", _results.Select(PyOps.Repr))}], metadata={PyOps.Repr(_metadata)})";

    public override long Length() => _results.Length;

    public override PyObject GetItem(PyObject key) => PyOps.GetItem(PyList.FromSpan(_results), key);

    public override PyObject? GetIterator() => PyList.FromSpan(_results).GetIterator();

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("PrimitiveResult", module: "qiskit.primitives.containers.primitive_result");
        t.AddProperty("metadata", self => ((PyPrimitiveResult)self)._metadata);
        return t.Freeze();
    }
}

/// <summary>A finished job (<c>PrimitiveJob</c>, <c>AerJob</c>): the work ran when it was submitted.</summary>
internal sealed class PyJob : PyNativeObject
{
    public static readonly PyType PrimitiveJobType = CreateType("PrimitiveJob", "qiskit.primitives.primitive_job");
    public static readonly PyType AerJobType = CreateType("AerJob", "qiskit_aer.jobs.aerjob");
    public static readonly PyType JobStatusType = PyType.CreateBuiltin("JobStatus", module: "qiskit.providers.jobstatus").Freeze();

    private readonly PyObject _result;
    private readonly string _id = Guid.NewGuid().ToString();

    public PyJob(PyType type, PyObject result) : base(type) => _result = result;

    private static PyType CreateType(string name, string module)
    {
        var t = PyType.CreateBuiltin(name, module: module);
        t.AddMethod("result", (self, _, _) => ((PyJob)self)._result);
        t.AddMethod("status", (_, _, _) => new PyJobStatus());
        t.AddMethod("done", (_, _, _) => PyBool.True);
        t.AddMethod("running", (_, _, _) => PyBool.False);
        t.AddMethod("cancelled", (_, _, _) => PyBool.False);
        t.AddMethod("in_final_state", (_, _, _) => PyBool.True);
        t.AddMethod("job_id", (self, _, _) => PyStr.Create(((PyJob)self)._id));
        t.AddMethod("usage", (_, _, _) => PyFloat.Create(0));
        t.AddMethod("wait_for_final_state", (_, _, _) => PyNone.Instance);
        return t.Freeze();
    }

    /// <summary>Qiskit's <c>JobStatus.DONE</c>.</summary>
    private sealed class PyJobStatus() : PyNativeObject(JobStatusType)
    {
        public override string Repr() => "<JobStatus.DONE: 'job has successfully run'>";

        public override string Str() => "JobStatus.DONE";

        public override PyObject RichCompare(PyObject other, CompareOp op) => op switch
        {
            CompareOp.Eq => PyBool.From(other is PyJobStatus || other is PyStr { Value: "DONE" }),
            CompareOp.Ne => PyBool.From(!(other is PyJobStatus || other is PyStr { Value: "DONE" })),
            _ => PyNotImplemented.Instance,
        };

        public override PyObject? GetAttributeOrNull(string name) => name == "name" ? PyStr.Create("DONE") : base.GetAttributeOrNull(name);
    }
}
