using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Qiskit.Numpy;

/// <summary>
/// A first slice of <c>numpy</c> for the embedded engine: 1-D and 2-D float64/int64 arrays
/// (<see cref="PyNumpyArray"/>), their constructors, elementwise maths, reductions,
/// <c>binary_repr</c> and <c>numpy.random.default_rng</c> (<see cref="PyRandomGenerator"/>).
/// </summary>
internal static class NumpyModule
{
    /// <summary>Registers <c>numpy</c> and <c>numpy.random</c>.</summary>
    public static void Register(ModuleRegistry registry)
    {
        registry.Register("numpy", Populate);
        registry.Register("numpy.random", PopulateRandom);
    }

    private static void PopulateRandom(PyModule m)
    {
        m.AddFunction("default_rng", (args, kw) =>
        {
            var a = new ArgReader("default_rng", args, kw, ["seed"], required: 0);
            return new PyRandomGenerator(a.Optional(0) is { } s and not PyNone ? PyConvert.ToLong(s) : null);
        });
        m.AddType(PyRandomGenerator.TypeObject);
    }

    private static void Populate(PyModule m)
    {
        m.AddType(PyNumpyArray.TypeObject);
        m.Add("pi", PyFloat.Create(Math.PI));
        m.Add("e", PyFloat.Create(Math.E));
        m.Add("inf", PyFloat.Create(double.PositiveInfinity));
        m.Add("nan", PyFloat.Create(double.NaN));
        m.Add("__version__", PyStr.Create("2.3.0"));
        var random = new PyModule("numpy.random");
        PopulateRandom(random);
        m.Add("random", random);

        m.AddFunction("array", (args, kw) =>
        {
            var a = new ArgReader("array", args, kw, ["object", "dtype"], required: 1);
            var array = ToArray(a.Required(0));
            return WithDtype(new PyNumpyArray((double[])array.Data.Clone(), array.Shape, array.IsInt), a.Optional(1));
        });
        m.AddFunction("asarray", (args, kw) =>
        {
            var a = new ArgReader("asarray", args, kw, ["a", "dtype"], required: 1);
            return WithDtype(ToArray(a.Required(0)), a.Optional(1));
        });
        m.AddFunction("zeros", (args, kw) => Filled("zeros", args, kw, 0));
        m.AddFunction("ones", (args, kw) => Filled("ones", args, kw, 1));
        m.AddFunction("arange", Arange);
        m.AddFunction("linspace", Linspace);
        m.AddFunction("binary_repr", BinaryRepr);

        AddElementwise(m, "sqrt", Math.Sqrt, keepsInt: false);
        AddElementwise(m, "sin", Math.Sin, keepsInt: false);
        AddElementwise(m, "cos", Math.Cos, keepsInt: false);
        AddElementwise(m, "tan", Math.Tan, keepsInt: false);
        AddElementwise(m, "exp", Math.Exp, keepsInt: false);
        AddElementwise(m, "log", Math.Log, keepsInt: false);
        AddElementwise(m, "abs", Math.Abs, keepsInt: true);
        AddElementwise(m, "absolute", Math.Abs, keepsInt: true);
        m.AddFunction("round", (args, kw) =>
        {
            var a = new ArgReader("round", args, kw, ["a", "decimals"], required: 1);
            int decimals = (int)a.GetLong(1, 0);
            // numpy rounds half to even, after scaling by 10**decimals.
            double scale = Math.Pow(10, decimals);
            double Round(double v) => Math.Round(v * scale, MidpointRounding.ToEven) / scale;
            var x = a.Required(0);
            if (x is PyInt or PyFloat) return x is PyInt && decimals >= 0 ? x : PyFloat.Create(Round(PyConvert.ToDouble(x)));
            var array = ToArray(x);
            return new PyNumpyArray(array.Data.Select(Round).ToArray(), array.Shape, array.IsInt);
        });
        m.AddFunction("allclose", (args, kw) =>
        {
            var a = new ArgReader("allclose", args, kw, ["a", "b", "rtol", "atol"], required: 2);
            double rtol = a.GetDouble(2, 1e-5), atol = a.GetDouble(3, 1e-8);
            // |a - b| <= atol + rtol * |b|, elementwise after broadcasting (|b| is broadcast to the same layout).
            PyNumpyArray x = ToArray(a.Required(0)), y = ToArray(a.Required(1));
            var difference = (PyNumpyArray)PyNumpyArray.Broadcast(BinaryOperator.Sub, x, y);
            var zeros = new PyNumpyArray(new double[x.Data.Length], x.Shape, false);
            var bound = (PyNumpyArray)PyNumpyArray.Broadcast(BinaryOperator.Add, zeros, new PyNumpyArray(y.Data.Select(Math.Abs).ToArray(), y.Shape, false));
            bool close = difference.Data.Select((d, i) => Math.Abs(d) <= atol + rtol * bound.Data[i]).All(c => c);
            return close ? PyBool.True : PyBool.False;
        });
        m.AddFunction("dot", (args, kw) =>
        {
            var a = new ArgReader("dot", args, kw, ["a", "b"], required: 2);
            return PyNumpyArray.MatMul(ToArray(a.Required(0)), ToArray(a.Required(1)));
        });

        foreach (var name in ReductionNames)
            m.AddFunction(name, (args, kw) =>
            {
                var a = new ArgReader(name, args, kw, ["a", "axis"], required: 1);
                return Reduction(name, ToArray(a.Required(0)), a.Optional(1));
            });
    }

    /// <summary>The reductions offered as functions and as ndarray methods.</summary>
    public static readonly string[] ReductionNames = ["sum", "mean", "prod", "var", "std", "max", "min", "argmax", "argmin"];

    /// <summary>The population variance (numpy's default ddof=0).</summary>
    private static double Variance(double[] values)
    {
        if (values.Length == 0) return double.NaN;
        double mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / values.Length;
    }

    /// <summary>The reduction <paramref name="name"/> of <paramref name="array"/> over all values or one axis.</summary>
    public static PyObject Reduction(string name, PyNumpyArray array, PyObject? axis) => name switch
    {
        "sum" => array.Reduce(name, axis, v => v.Sum(), array.IsInt),
        "mean" => array.Reduce(name, axis, v => v.Length == 0 ? double.NaN : v.Sum() / v.Length, false),
        "max" => array.Reduce(name, axis, v => v.Max(), array.IsInt),
        "min" => array.Reduce(name, axis, v => v.Min(), array.IsInt),
        "prod" => array.Reduce(name, axis, v => v.Aggregate(1.0, (x, y) => x * y), array.IsInt),
        "var" => array.Reduce(name, axis, Variance, false),
        "std" => array.Reduce(name, axis, v => Math.Sqrt(Variance(v)), false),
        "argmax" => array.Reduce(name, axis, PyNumpyArray.ArgMax, true),
        "argmin" => array.Reduce(name, axis, PyNumpyArray.ArgMin, true),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static void AddElementwise(PyModule m, string name, Func<double, double> f, bool keepsInt) =>
        m.AddFunction(name, (args, kw) =>
        {
            var a = new ArgReader(name, args, kw, ["x"], required: 1);
            var x = a.Required(0);
            if (x is PyInt or PyFloat)
            {
                double v = f(PyConvert.ToDouble(x));
                return keepsInt && x is PyInt ? PyInt.Create((long)v) : PyFloat.Create(v);
            }
            var array = ToArray(x);
            return new PyNumpyArray(array.Data.Select(f).ToArray(), array.Shape, keepsInt && array.IsInt);
        });

    private static PyNumpyArray WithDtype(PyNumpyArray array, PyObject? dtype)
    {
        if (dtype is null or PyNone) return array;
        string name = dtype switch
        {
            PyType type => type.Name,
            PyStr s => PyConvert.ToStr(s),
            _ => PyOps.Repr(dtype),
        };
        return name switch
        {
            "float" or "float64" or "double" or "f8" => new PyNumpyArray(array.Data, array.Shape, false),
            "int" or "int64" or "i8" => new PyNumpyArray(array.Data.Select(Math.Truncate).ToArray(), array.Shape, true),
            _ => throw PyExc.TypeError($"data type '{name}' is not supported by the embedded numpy (float64 and int64 are)"),
        };
    }

    /// <summary>An array from an ndarray, a number or a (nested) list/tuple; null for other objects.</summary>
    public static PyNumpyArray? TryToArray(PyObject value)
    {
        switch (value)
        {
            case PyNumpyArray array:
                return array;
            case PyBool b:
                return new PyNumpyArray([b.IsTrueValue ? 1 : 0], [1], true, isBool: true);
            case PyInt:
                // A scalar is a one-element operand; broadcasting keeps the other operand's shape.
                return PyNumpyArray.Vector([PyConvert.ToDouble(value)], true);
            case PyFloat f:
                return PyNumpyArray.Vector([f.Value], false);
            case PyList or PyTuple:
                return FromSequence(PyOps.ToArray(value));
        }
        // Other array-likes (the runtime's read-only ndarray for Statevector data, estimator evs...).
        if (value.GetAttributeOrNull("tolist") is { } tolist && value.Type.Name == "ndarray")
            return TryToArray(tolist.Call([], null));
        return null;
    }

    /// <summary>Like <see cref="TryToArray"/>, raising TypeError for objects that are not array-like.</summary>
    public static PyNumpyArray ToArray(PyObject value) =>
        TryToArray(value) ?? throw PyExc.TypeError($"the embedded numpy cannot make an array from '{value.Type.Name}'");

    private static PyNumpyArray FromSequence(PyObject[] items)
    {
        if (items.Length > 0 && items.All(i => i is PyList or PyTuple or PyNumpyArray))
        {
            var rows = items.Select(ToArray).ToArray();
            if (rows.Any(r => r.Ndim != 1 || r.Data.Length != rows[0].Data.Length))
                throw PyExc.ValueError("setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions.");
            return new PyNumpyArray(rows.SelectMany(r => r.Data).ToArray(), [rows.Length, rows[0].Data.Length], rows.All(r => r.IsInt));
        }
        var data = new double[items.Length];
        for (int i = 0; i < items.Length; i++)
            data[i] = items[i] is PyInt or PyFloat ? PyConvert.ToDouble(items[i])
                : throw PyExc.TypeError($"the embedded numpy supports arrays of int and float, not '{items[i].Type.Name}'");
        if (items.Length > 0 && items.All(i => i is PyBool)) return new PyNumpyArray(data, [data.Length], true, isBool: true);
        // An empty list makes a float64 array, as in numpy.
        return PyNumpyArray.Vector(data, items.Length > 0 && items.All(i => i is PyInt));
    }

    private static PyObject Filled(string name, ReadOnlySpan<PyObject> args, KeywordArguments? kw, double value)
    {
        var a = new ArgReader(name, args, kw, ["shape", "dtype"], required: 1);
        var shapeArg = a.Required(0);
        int[] shape = shapeArg is PyTuple or PyList ? PyOps.ToArray(shapeArg).Select(PyConvert.ToInt32).ToArray() : [PyConvert.ToInt32(shapeArg)];
        if (shape.Any(s => s < 0)) throw PyExc.ValueError("negative dimensions are not allowed");
        var data = new double[shape.Aggregate(1, (x, y) => x * y)];
        Array.Fill(data, value);
        return WithDtype(new PyNumpyArray(data, shape, false), a.Optional(1));
    }

    private static PyObject Arange(ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var a = new ArgReader("arange", args, kw, ["start", "stop", "step", "dtype"], required: 1);
        PyObject? stopArg = a.Optional(1) is PyNone ? null : a.Optional(1);
        PyObject startObj = stopArg is null ? PyInt.Create(0) : a.Required(0);
        PyObject stopObj = stopArg ?? a.Required(0);
        PyObject stepObj = a.Optional(2) is { } s and not PyNone ? s : PyInt.Create(1);
        bool isInt = startObj is PyInt && stopObj is PyInt && stepObj is PyInt;
        double start = PyConvert.ToDouble(startObj), stop = PyConvert.ToDouble(stopObj), step = PyConvert.ToDouble(stepObj);
        if (step == 0) throw PyExc.ZeroDivisionError("division by zero");
        int count = (int)Math.Max(0, Math.Ceiling((stop - start) / step));
        var data = new double[count];
        for (int i = 0; i < count; i++) data[i] = start + i * step;
        return WithDtype(PyNumpyArray.Vector(data, isInt), a.Optional(3));
    }

    private static PyObject Linspace(ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var a = new ArgReader("linspace", args, kw, ["start", "stop", "num", "endpoint"], required: 2);
        double start = a.GetDouble(0, 0), stop = a.GetDouble(1, 0);
        long num = a.GetLong(2, 50);
        bool endpoint = a.GetBool(3, true);
        if (num < 0) throw PyExc.ValueError($"Number of samples, {num}, must be non-negative.");
        var data = new double[num];
        double divisions = endpoint ? num - 1 : num;
        double step = divisions > 0 ? (stop - start) / divisions : 0;
        for (int i = 0; i < num; i++) data[i] = start + i * step;
        if (endpoint && num > 1) data[num - 1] = stop;
        return PyNumpyArray.Vector(data, false);
    }

    private static PyObject BinaryRepr(ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var a = new ArgReader("binary_repr", args, kw, ["num", "width"], required: 1);
        long num = PyConvert.ToLong(a.Required(0));
        long? width = a.Optional(1) is { } w and not PyNone ? PyConvert.ToLong(w) : null;
        if (num >= 0)
        {
            string bits = Convert.ToString(num, 2);
            return PyStr.Create(width is { } n && n > bits.Length ? bits.PadLeft((int)n, '0') : bits);
        }
        if (width is null) return PyStr.Create("-" + Convert.ToString(-num, 2));
        // Two's complement in `width` bits (widened when the value does not fit).
        int bitsNeeded = Convert.ToString(-num - 1, 2).Length + 1;
        int total = (int)Math.Max(width.Value, bitsNeeded);
        string twos = Convert.ToString(num, 2); // 64-bit two's complement
        return PyStr.Create(total <= 64 ? twos[^total..] : twos.PadLeft(total, '1'));
    }
}
