using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Qiskit.Numpy;

/// <summary>
/// <c>numpy.random.Generator</c> as returned by <c>default_rng(seed)</c>: <c>random</c>,
/// <c>integers</c>, <c>normal</c>, <c>uniform</c>, <c>choice</c> of plain values.
/// NOTE: the stream is a SplitMix64 generator, NOT numpy's PCG64 bit stream. A given seed gives the
/// same numbers on every run of the embedded engine, but not the numbers real numpy gives for that seed.
/// </summary>
internal sealed class PyRandomGenerator : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    private ulong _state;

    public PyRandomGenerator(long? seed) : base(TypeObject) =>
        _state = seed is { } s ? unchecked((ulong)s) : unchecked((ulong)Random.Shared.NextInt64());

    private ulong NextUInt64()
    {
        unchecked
        {
            ulong z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A double in [0, 1) from the top 53 bits.</summary>
    private double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [0, range) without modulo bias.</summary>
    private ulong NextBelow(ulong range)
    {
        ulong limit = ulong.MaxValue - ulong.MaxValue % range;
        ulong x;
        do x = NextUInt64(); while (x >= limit);
        return x % range;
    }

    private double NextNormal()
    {
        // Box–Muller; 1 - u keeps the logarithm's argument in (0, 1].
        double u = 1.0 - NextDouble(), v = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }

    /// <summary>One value (size None) or an array of the given size/shape of values from <paramref name="next"/>.</summary>
    private static PyObject Sample(PyObject? size, Func<double> next, bool isInt)
    {
        if (size is null or PyNone)
        {
            double v = next();
            return isInt ? PyInt.Create((long)v) : PyFloat.Create(v);
        }
        int[] shape = size is PyTuple or PyList ? PyOps.ToArray(size).Select(PyConvert.ToInt32).ToArray() : [PyConvert.ToInt32(size)];
        if (shape.Any(s => s < 0)) throw PyExc.ValueError("negative dimensions are not allowed");
        var data = new double[shape.Aggregate(1, (x, y) => x * y)];
        for (int i = 0; i < data.Length; i++) data[i] = next();
        return new PyNumpyArray(data, shape, isInt);
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("Generator", module: "numpy.random");
        t.AddMethod("random", (self, args, kw) =>
        {
            var g = (PyRandomGenerator)self;
            var a = new ArgReader("random", args, kw, ["size", "dtype", "out"], required: 0);
            return Sample(a.Optional(0), g.NextDouble, false);
        });
        t.AddMethod("integers", (self, args, kw) =>
        {
            var g = (PyRandomGenerator)self;
            var a = new ArgReader("integers", args, kw, ["low", "high", "size", "dtype", "endpoint"], required: 1);
            long low = PyConvert.ToLong(a.Required(0));
            long? high = a.Optional(1) is { } h and not PyNone ? PyConvert.ToLong(h) : null;
            if (high is null) (low, high) = (0, low);
            if (a.GetBool(4, false)) high++;
            if (high <= low) throw PyExc.ValueError("high <= low");
            ulong range = (ulong)(high.Value - low);
            return Sample(a.Optional(2), () => low + (long)g.NextBelow(range), true);
        });
        t.AddMethod("normal", (self, args, kw) =>
        {
            var g = (PyRandomGenerator)self;
            var a = new ArgReader("normal", args, kw, ["loc", "scale", "size"], required: 0);
            double loc = a.GetDouble(0, 0), scale = a.GetDouble(1, 1);
            if (scale < 0) throw PyExc.ValueError("scale < 0");
            return Sample(a.Optional(2), () => loc + scale * g.NextNormal(), false);
        });
        t.AddMethod("uniform", (self, args, kw) =>
        {
            var g = (PyRandomGenerator)self;
            var a = new ArgReader("uniform", args, kw, ["low", "high", "size"], required: 0);
            double low = a.GetDouble(0, 0), high = a.GetDouble(1, 1);
            return Sample(a.Optional(2), () => low + (high - low) * g.NextDouble(), false);
        });
        return t.Freeze();
    }
}
