using System.Numerics;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Modules.Random;

/// <summary>A <c>random.Random</c> instance: a <see cref="PythonRandom"/> seen from Python.</summary>
public sealed class PyRandom(PythonRandom generator) : PyObject
{
    public PythonRandom Generator { get; } = generator;

    public override PyType Type => RandomModule.RandomType;

    public override string Repr() => $"<random.Random object at {PyIdentity.HexAddress(this)}>";
}

/// <summary>
/// Python's <c>random</c>: the module functions share one hidden generator per run, seeded from
/// the operating system's entropy unless the program calls <c>seed()</c>; a seeded program gets
/// CPython's exact numbers.
/// </summary>
public static class RandomModule
{
    private delegate PyObject Method(PythonRandom rng, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs);

    private static readonly (string Name, Method Body)[] Methods =
    [
        ("seed", Seed),
        ("random", (r, a, k) => { NoArgs("random", a, k); return PyFloat.Create(r.Random()); }),
        ("getrandbits", GetRandBits),
        ("randrange", RandRange),
        ("randint", RandInt),
        ("choice", Choice),
        ("choices", Choices),
        ("shuffle", Shuffle),
        ("sample", Sample),
        ("uniform", (r, a, k) => { var x = Floats("uniform", a, k, ["a", "b"], 2); return PyFloat.Create(r.Uniform(x[0], x[1])); }),
        ("triangular", Triangular),
        ("gauss", (r, a, k) => { var x = Floats("gauss", a, k, ["mu", "sigma"], 0, 0.0, 1.0); return PyFloat.Create(r.Gauss(x[0], x[1])); }),
        ("normalvariate", (r, a, k) => { var x = Floats("normalvariate", a, k, ["mu", "sigma"], 0, 0.0, 1.0); return PyFloat.Create(r.NormalVariate(x[0], x[1])); }),
        ("lognormvariate", (r, a, k) => { var x = Floats("lognormvariate", a, k, ["mu", "sigma"], 2); return PyFloat.Create(System.Math.Exp(r.NormalVariate(x[0], x[1]))); }),
        ("expovariate", (r, a, k) => { var x = Floats("expovariate", a, k, ["lambd"], 0, 1.0); return PyFloat.Create(r.ExpoVariate(x[0])); }),
        ("getstate", GetState),
        ("setstate", SetState),
    ];

    public static readonly PyType RandomType = CreateRandomType();

    private static PyType CreateRandomType()
    {
        var type = PyType.CreateBuiltin("Random", PyTypes.Object, module: "random", subclassable: false,
            newFunction: (_, args, kwargs) =>
            {
                ArgReader.NoKeywords("Random", kwargs);
                ArgReader.CheckCount("Random", args, 0, 1);
                var rng = new PythonRandom(BigInteger.Zero);
                SeedFrom(rng, args.Length == 0 ? PyNone.Instance : args[0]);
                return new PyRandom(rng);
            });
        foreach (var (name, body) in Methods)
        {
            var method = body;
            type.AddMethod(name, (self, args, kwargs) => Invoke(method, ((PyRandom)self).Generator, args, kwargs));
        }
        return type.Freeze();
    }

    public static void Populate(PyModule m)
    {
        var rng = new PythonRandom();
        foreach (var (name, body) in Methods)
        {
            var method = body;
            m.AddFunction(name, (args, kwargs) => Invoke(method, rng, args, kwargs));
        }
        m.AddType(RandomType);
        m.Add("SystemRandom", RandomType);
    }

    private static PyObject Invoke(Method method, PythonRandom rng, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        try
        {
            return method(rng, args, kwargs);
        }
        catch (ArgumentException e)
        {
            throw PyExc.ValueError(e.Message);
        }
        catch (IndexOutOfRangeException e)
        {
            throw PyExc.IndexError(e.Message);
        }
    }

    private static void NoArgs(string name, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords(name, kwargs);
        ArgReader.CheckCount(name, args, 0, 0);
    }

    private static double[] Floats(string name, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs, string[] names, int required, params double[] defaults)
    {
        var reader = new ArgReader(name, args, kwargs, names, required);
        var values = new double[names.Length];
        for (int i = 0; i < names.Length; i++)
            values[i] = reader.Optional(i) is { } v ? PyConvert.ToDouble(v) : defaults[i - required];
        return values;
    }

    // ---- seeding and state ------------------------------------------------------------------

    private static PyObject Seed(PythonRandom rng, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var a = new ArgReader("seed", args, kwargs, ["a", "version"], required: 0);
        SeedFrom(rng, a.Get(0, PyNone.Instance));
        return PyNone.Instance;
    }

    public static void SeedFrom(PythonRandom rng, PyObject seed)
    {
        switch (seed)
        {
            case PyNone:
                rng.Seed(PythonRandom.SeedFromEntropy());
                break;
            case PyInt i:
                rng.Seed(i.ToBigInteger());
                break;
            case PyFloat:
                rng.Seed(new BigInteger(PyOps.Hash(seed)));
                break;
            case PyStr s:
                rng.Seed(s.Value);
                break;
            case PyBytes b:
                rng.Seed(b.Data);
                break;
            default:
                throw PyExc.TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
    }

    private static PyObject GetState(PythonRandom rng, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        NoArgs("getstate", args, kwargs);
        var words = rng.Generator.GetState();
        var items = new PyObject[words.Length];
        for (int i = 0; i < words.Length; i++) items[i] = PyInt.Create((long)words[i]);
        PyObject gauss = rng.GaussNext is { } g ? PyFloat.Create(g) : PyNone.Instance;
        return PyTuple.Create([PyInt.Create(3), PyTuple.FromArrayNoCopy(items), gauss]);
    }

    private static PyObject SetState(PythonRandom rng, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords("setstate", kwargs);
        ArgReader.CheckCount("setstate", args, 1, 1);
        var parts = PyOps.ToArray(args[0]);
        if (parts.Length != 3 || PyConvert.ToLong(parts[0]) != 3)
            throw PyExc.ValueError("state with version other than 3 passed to Random.setstate()");
        var words = PyOps.ToArray(parts[1]);
        if (words.Length != MersenneTwister.StateSize + 1) throw PyExc.ValueError("state vector is the wrong size");
        var state = new uint[words.Length];
        for (int i = 0; i < words.Length; i++) state[i] = (uint)PyConvert.ToLong(words[i]);
        rng.Generator.SetState(state);
        rng.GaussNext = parts[2] is PyNone ? null : PyConvert.ToDouble(parts[2]);
        return PyNone.Instance;
    }

    // ---- integers ------------------------------------------------------------------------------

    private static PyObject GetRandBits(PythonRandom rng, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords("getrandbits", kwargs);
        ArgReader.CheckCount("getrandbits", args, 1, 1);
        long k = PyConvert.ToLong(args[0]);
        if (k < 0) throw PyExc.ValueError("number of bits must be non-negative");
        if (k > 1_000_000) throw PyExc.OverflowError("getrandbits() argument is too large for the embedded runtime");
        return PyInt.Create(rng.GetRandBits((int)k));
    }

    private static BigInteger IntegerArgument(PyObject value, int position)
    {
        if (value is PyInt i) return i.ToBigInteger();
        if (value is PyFloat f)
        {
            if (f.Value == System.Math.Floor(f.Value) && double.IsFinite(f.Value)) return new BigInteger(f.Value);
            throw PyExc.ValueError($"non-integer arg {position} for randrange()");
        }
        var index = PyOps.TryIndex(value) ?? throw PyExc.TypeError($"'{value.Type.Name}' object cannot be interpreted as an integer");
        return index.ToBigInteger();
    }

    private static PyObject RandRange(PythonRandom rng, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var a = new ArgReader("randrange", args, kwargs, ["start", "stop", "step"], required: 1);
        var start = IntegerArgument(a.Required(0), 1);
        var stopArg = a.Optional(1);
        var stepArg = a.Optional(2);
        if (stopArg is null || stopArg is PyNone)
        {
            if (stepArg is not null && !(stepArg is PyInt s && !s.IsBig && s.Value == 1))
                throw PyExc.TypeError("Missing a non-None stop argument");
            return PyInt.Create(rng.RandRange(start));
        }
        var stop = IntegerArgument(stopArg, 2);
        var step = stepArg is null ? BigInteger.One : IntegerArgument(stepArg, 3);
        return PyInt.Create(rng.RandRange(start, stop, step));
    }

    private static PyObject RandInt(PythonRandom rng, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var a = new ArgReader("randint", args, kwargs, ["a", "b"]);
        return PyInt.Create(rng.RandInt(IntegerArgument(a.Required(0), 1), IntegerArgument(a.Required(1), 2)));
    }

    // ---- sequences -------------------------------------------------------------------------------

    private static PyObject Choice(PythonRandom rng, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords("choice", kwargs);
        ArgReader.CheckCount("choice", args, 1, 1);
        long n = PyOps.Len(args[0]);
        if (n == 0) throw PyExc.IndexError("Cannot choose from an empty sequence");
        return PyOps.GetItem(args[0], PyInt.Create(rng.RandBelow(n)));
    }

    private static PyObject Shuffle(PythonRandom rng, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords("shuffle", kwargs);
        ArgReader.CheckCount("shuffle", args, 1, 1);
        var x = args[0];
        long n = PyOps.Len(x);
        for (long i = n - 1; i > 0; i--)
        {
            long j = rng.RandBelow(i + 1);
            var pi = PyInt.Create(i);
            var pj = PyInt.Create(j);
            var a = PyOps.GetItem(x, pi);
            var b = PyOps.GetItem(x, pj);
            PyOps.SetItem(x, pi, b);
            PyOps.SetItem(x, pj, a);
        }
        return PyNone.Instance;
    }

    private static PyObject Sample(PythonRandom rng, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var a = new ArgReader("sample", args, kwargs, ["population", "k", "counts"], required: 2);
        var population = a.Required(0);
        if (population is PySet or PyDict)
            throw PyExc.TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        if (a.Optional(2) is { } counts && counts is not PyNone)
        {
            var expanded = new List<PyObject>();
            var items = PyOps.ToArray(population);
            var repeats = PyOps.ToArray(counts);
            if (items.Length != repeats.Length) throw PyExc.ValueError("The number of counts does not match the population");
            for (int i = 0; i < items.Length; i++)
                for (long r = PyConvert.ToLong(repeats[i]); r > 0; r--) expanded.Add(items[i]);
            population = PyList.FromEnumerable(expanded);
        }
        long n = PyOps.Len(population);
        long k = PyConvert.ToLong(a.Required(1));
        if (k < 0 || k > n) throw PyExc.ValueError("Sample larger than population or is negative");
        var indices = rng.SampleIndices((int)n, (int)k);
        var result = new PyObject[indices.Length];
        for (int i = 0; i < indices.Length; i++) result[i] = PyOps.GetItem(population, PyInt.Create(indices[i]));
        return PyList.FromArray(result, result.Length);
    }

    private static PyObject Choices(PythonRandom rng, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var a = new ArgReader("choices", args, kwargs, ["population", "weights", "cum_weights", "k"], required: 1);
        var population = a.Required(0);
        long n = PyOps.Len(population);
        long k = a.GetLong(3, 1);
        var weights = a.Optional(1);
        var cumWeights = a.Optional(2);
        int[] indices;
        if ((cumWeights is null || cumWeights is PyNone) && (weights is null || weights is PyNone))
        {
            indices = rng.ChoicesIndices((int)n, (int)k);
        }
        else
        {
            if (cumWeights is not null && cumWeights is not PyNone && weights is not null && weights is not PyNone)
                throw PyExc.TypeError("Cannot specify both weights and cumulative weights");
            var cumulative = new List<double>();
            if (cumWeights is null || cumWeights is PyNone)
            {
                PyObject total = PyInt.Zero;
                foreach (var w in PyOps.ToArray(weights!))
                {
                    total = PyOps.Add(total, w);
                    cumulative.Add(PyConvert.ToDouble(total));
                }
            }
            else
            {
                foreach (var w in PyOps.ToArray(cumWeights)) cumulative.Add(PyConvert.ToDouble(w));
            }
            if (cumulative.Count != n) throw PyExc.ValueError("The number of weights does not match the population");
            indices = rng.ChoicesIndices(cumulative, (int)k);
        }
        var result = new PyObject[indices.Length];
        for (int i = 0; i < indices.Length; i++) result[i] = PyOps.GetItem(population, PyInt.Create(indices[i]));
        return PyList.FromArray(result, result.Length);
    }

    private static PyObject Triangular(PythonRandom rng, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var a = new ArgReader("triangular", args, kwargs, ["low", "high", "mode"], required: 0);
        double low = a.GetDouble(0, 0.0), high = a.GetDouble(1, 1.0);
        var mode = a.Optional(2);
        return PyFloat.Create(rng.Triangular(low, high, mode is null || mode is PyNone ? null : PyConvert.ToDouble(mode)));
    }
}
