using System.Numerics;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Modules.Numeric;

/// <summary>
/// Python's <c>math</c>: the libm functions over doubles with CPython's error rules ("math domain
/// error" for a NaN made from non-NaN input, "math range error" for an overflow), plus the exact
/// integer functions (factorial, gcd, lcm, isqrt, comb, perm) over arbitrary-size ints.
/// </summary>
public static class MathModule
{
    public static void Populate(PyModule m)
    {
        m.Add("pi", PyFloat.Create(System.Math.PI));
        m.Add("e", PyFloat.Create(System.Math.E));
        m.Add("tau", PyFloat.Create(System.Math.Tau));
        m.Add("inf", PyFloat.Create(double.PositiveInfinity));
        m.Add("nan", PyFloat.Create(double.NaN));

        Unary(m, "sqrt", System.Math.Sqrt);
        Unary(m, "exp", System.Math.Exp);
        Unary(m, "exp2", x => System.Math.Pow(2, x));
        Unary(m, "expm1", ExpM1);
        Unary(m, "sin", System.Math.Sin);
        Unary(m, "cos", System.Math.Cos);
        Unary(m, "tan", System.Math.Tan);
        Unary(m, "asin", System.Math.Asin);
        Unary(m, "acos", System.Math.Acos);
        Unary(m, "atan", System.Math.Atan);
        Unary(m, "sinh", System.Math.Sinh);
        Unary(m, "cosh", System.Math.Cosh);
        Unary(m, "tanh", System.Math.Tanh);
        Unary(m, "asinh", System.Math.Asinh);
        Unary(m, "acosh", System.Math.Acosh);
        Unary(m, "atanh", x => System.Math.Abs(x) >= 1 ? double.NaN : System.Math.Atanh(x));
        Unary(m, "fabs", System.Math.Abs);
        Unary(m, "cbrt", System.Math.Cbrt);
        Unary(m, "log1p", Log1P);
        Unary(m, "erf", SpecialFunctions.Erf);
        Unary(m, "erfc", SpecialFunctions.Erfc);
        Unary(m, "gamma", SpecialFunctions.Gamma);
        Unary(m, "lgamma", SpecialFunctions.LogGamma);
        Unary(m, "degrees", x => x * (180.0 / System.Math.PI));
        Unary(m, "radians", x => x * (System.Math.PI / 180.0));

        m.AddFunction("log", (args, kw) =>
        {
            ArgReader.NoKeywords("log", kw);
            ArgReader.CheckCount("log", args, 1, 2);
            double num = LogOf(args[0], System.Math.Log);
            if (args.Length == 1) return PyFloat.Create(num);
            double den = LogOf(args[1], System.Math.Log);
            if (den == 0) throw PyExc.ZeroDivisionError("float division by zero");
            return PyFloat.Create(num / den);
        });
        m.AddFunction("log2", x => PyFloat.Create(LogOf(x, System.Math.Log2)));
        m.AddFunction("log10", x => PyFloat.Create(LogOf(x, System.Math.Log10)));

        m.AddFunction("pow", (x, y) => PyFloat.Create(Pow(PyConvert.ToDouble(x), PyConvert.ToDouble(y))));
        m.AddFunction("atan2", (y, x) => PyFloat.Create(System.Math.Atan2(PyConvert.ToDouble(y), PyConvert.ToDouble(x))));
        m.AddFunction("copysign", (x, y) => PyFloat.Create(System.Math.CopySign(PyConvert.ToDouble(x), PyConvert.ToDouble(y))));
        m.AddFunction("fmod", (x, y) =>
        {
            double a = PyConvert.ToDouble(x), b = PyConvert.ToDouble(y);
            if (double.IsInfinity(b) && double.IsFinite(a)) return PyFloat.Create(a);
            double r = a % b;
            if (double.IsNaN(r) && !double.IsNaN(a) && !double.IsNaN(b)) throw DomainError();
            return PyFloat.Create(r);
        });
        m.AddFunction("remainder", (x, y) =>
        {
            double a = PyConvert.ToDouble(x), b = PyConvert.ToDouble(y);
            double r = System.Math.IEEERemainder(a, b);
            if (double.IsNaN(r) && !double.IsNaN(a) && !double.IsNaN(b)) throw DomainError();
            return PyFloat.Create(r);
        });
        m.AddFunction("ldexp", (x, i) =>
        {
            double a = PyConvert.ToDouble(x);
            if (i is PyFloat) throw PyExc.TypeError("Expected an int as second argument to ldexp.");
            var n = PyConvert.ToInt(i);
            long exp = n.IsBig ? (n.Sign < 0 ? int.MinValue : int.MaxValue) : System.Math.Clamp(n.Value, int.MinValue, int.MaxValue);
            double r = System.Math.ScaleB(a, (int)exp);
            if (double.IsInfinity(r) && double.IsFinite(a)) throw RangeError();
            return PyFloat.Create(r);
        });
        m.AddFunction("frexp", x =>
        {
            var (mantissa, exponent) = Frexp(PyConvert.ToDouble(x));
            return PyTuple.Create([PyFloat.Create(mantissa), PyInt.Create(exponent)]);
        });
        m.AddFunction("modf", x =>
        {
            double v = PyConvert.ToDouble(x);
            if (double.IsInfinity(v)) return PyTuple.Create([PyFloat.Create(System.Math.CopySign(0.0, v)), PyFloat.Create(v)]);
            double whole = System.Math.Truncate(v);
            return PyTuple.Create([PyFloat.Create(System.Math.CopySign(v - whole, v)), PyFloat.Create(whole)]);
        });
        m.AddFunction("isnan", x => PyBool.From(double.IsNaN(PyConvert.ToDouble(x))));
        m.AddFunction("isinf", x => PyBool.From(double.IsInfinity(PyConvert.ToDouble(x))));
        m.AddFunction("isfinite", x => PyBool.From(double.IsFinite(PyConvert.ToDouble(x))));
        m.AddFunction("nextafter", (x, y) =>
        {
            double a = PyConvert.ToDouble(x), b = PyConvert.ToDouble(y);
            if (double.IsNaN(a) || double.IsNaN(b)) return PyFloat.Create(double.NaN);
            if (a == b) return PyFloat.Create(b);
            return PyFloat.Create(a < b ? System.Math.BitIncrement(a) : System.Math.BitDecrement(a));
        });
        m.AddFunction("ulp", x =>
        {
            double v = System.Math.Abs(PyConvert.ToDouble(x));
            if (double.IsNaN(v) || double.IsInfinity(v)) return PyFloat.Create(v);
            if (v == double.MaxValue) return PyFloat.Create(v - System.Math.BitDecrement(v));
            return PyFloat.Create(System.Math.BitIncrement(v) - v);
        });

        m.AddFunction("floor", x => Rounding(x, "__floor__", System.Math.Floor));
        m.AddFunction("ceil", x => Rounding(x, "__ceil__", System.Math.Ceiling));
        m.AddFunction("trunc", x => Rounding(x, "__trunc__", System.Math.Truncate));

        m.AddFunction("isclose", (args, kw) =>
        {
            var a = new ArgReader("isclose", args, kw, ["a", "b", "rel_tol", "abs_tol"], required: 2, positionalOnly: 2);
            double x = PyConvert.ToDouble(a.Required(0)), y = PyConvert.ToDouble(a.Required(1));
            double rel = a.GetDouble(2, 1e-9), abs = a.GetDouble(3, 0.0);
            if (rel < 0 || abs < 0) throw PyExc.ValueError("tolerances must be non-negative");
            if (x == y) return PyBool.True;
            if (double.IsInfinity(x) || double.IsInfinity(y)) return PyBool.False;
            double diff = System.Math.Abs(y - x);
            return PyBool.From(diff <= System.Math.Abs(rel * y) || diff <= System.Math.Abs(rel * x) || diff <= abs);
        });
        m.AddFunction("hypot", (args, kw) =>
        {
            ArgReader.NoKeywords("hypot", kw);
            var values = new double[args.Length];
            for (int i = 0; i < args.Length; i++) values[i] = PyConvert.ToDouble(args[i]);
            return PyFloat.Create(Hypot(values));
        });
        m.AddFunction("dist", (p, q) =>
        {
            var a = PyOps.ToArray(p);
            var b = PyOps.ToArray(q);
            if (a.Length != b.Length) throw PyExc.ValueError("both points must have the same number of dimensions");
            var diffs = new double[a.Length];
            for (int i = 0; i < a.Length; i++) diffs[i] = PyConvert.ToDouble(a[i]) - PyConvert.ToDouble(b[i]);
            return PyFloat.Create(Hypot(diffs));
        });
        m.AddFunction("fsum", x =>
        {
            var items = PyOps.ToArray(x);
            var values = new double[items.Length];
            for (int i = 0; i < items.Length; i++) values[i] = PyConvert.ToDouble(items[i]);
            return PyFloat.Create(ExactSum.Sum(values));
        });
        m.AddFunction("prod", (args, kw) =>
        {
            var a = new ArgReader("prod", args, kw, ["iterable", "start"], required: 1, positionalOnly: 1);
            PyObject result = a.Get(1, PyInt.One);
            var it = PyOps.GetIter(a.Required(0));
            while (PyOps.Next(it) is { } item) result = PyOps.Mul(result, item);
            return result;
        });

        m.AddFunction("factorial", x =>
        {
            if (x is PyFloat) throw PyExc.TypeError("'float' object cannot be interpreted as an integer");
            var n = PyConvert.ToInt(x);
            if (n.Sign < 0) throw PyExc.ValueError("factorial() not defined for negative values");
            if (n.IsBig || n.Value > 100_000) throw PyExc.OverflowError("factorial() argument should not exceed 100000");
            return PyInt.Create(IntegerFunctions.Factorial((int)n.Value));
        });
        m.AddFunction("gcd", (args, kw) =>
        {
            ArgReader.NoKeywords("gcd", kw);
            BigInteger g = BigInteger.Zero;
            foreach (var a in args) g = BigInteger.GreatestCommonDivisor(g, ExactInteger(a));
            return PyInt.Create(g);
        });
        m.AddFunction("lcm", (args, kw) =>
        {
            ArgReader.NoKeywords("lcm", kw);
            BigInteger l = BigInteger.One;
            foreach (var a in args)
            {
                var v = BigInteger.Abs(ExactInteger(a));
                if (v.IsZero || l.IsZero) l = BigInteger.Zero;
                else l = l / BigInteger.GreatestCommonDivisor(l, v) * v;
            }
            return PyInt.Create(l);
        });
        m.AddFunction("isqrt", x =>
        {
            var n = ExactInteger(x);
            if (n.Sign < 0) throw PyExc.ValueError("isqrt() argument must be nonnegative");
            return PyInt.Create(IntegerFunctions.ISqrt(n));
        });
        m.AddFunction("comb", (n, k) =>
        {
            var (nn, kk) = (ExactInteger(n), ExactInteger(k));
            if (nn.Sign < 0) throw PyExc.ValueError("n must be a non-negative integer");
            if (kk.Sign < 0) throw PyExc.ValueError("k must be a non-negative integer");
            return PyInt.Create(IntegerFunctions.Comb(nn, kk));
        });
        m.AddFunction("perm", (args, kw) =>
        {
            ArgReader.NoKeywords("perm", kw);
            ArgReader.CheckCount("perm", args, 1, 2);
            var nn = ExactInteger(args[0]);
            if (nn.Sign < 0) throw PyExc.ValueError("n must be a non-negative integer");
            if (args.Length == 1 || args[1] is PyNone) return PyInt.Create(IntegerFunctions.Perm(nn, nn));
            var kk = ExactInteger(args[1]);
            if (kk.Sign < 0) throw PyExc.ValueError("k must be a non-negative integer");
            return PyInt.Create(IntegerFunctions.Perm(nn, kk));
        });
    }

    public static PythonException DomainError() => PyExc.ValueError("math domain error");

    public static PythonException RangeError() => PyExc.OverflowError("math range error");

    /// <summary>A one-argument libm function with CPython's error rules.</summary>
    private static void Unary(PyModule m, string name, Func<double, double> f) =>
        m.AddFunction(name, x => PyFloat.Create(Checked(PyConvert.ToDouble(x), f)));

    public static double Checked(double x, Func<double, double> f)
    {
        double r = f(x);
        if (double.IsNaN(r) && !double.IsNaN(x)) throw DomainError();
        if (double.IsInfinity(r) && double.IsFinite(x)) throw RangeError();
        return r;
    }

    private static BigInteger ExactInteger(PyObject x)
    {
        if (x is PyInt i) return i.ToBigInteger();
        var idx = PyOps.TryIndex(x) ?? throw PyExc.TypeError($"'{x.Type.Name}' object cannot be interpreted as an integer");
        return idx.ToBigInteger();
    }

    /// <summary>Logarithm that also accepts ints too large for a double (by their bit length).</summary>
    private static double LogOf(PyObject x, Func<double, double> log)
    {
        if (x is PyInt i && i.IsBig)
        {
            var big = i.ToBigInteger();
            if (big.Sign <= 0) throw DomainError();
            long bits = (long)big.GetBitLength();
            long shift = System.Math.Max(0, bits - 60);
            double mantissa = (double)(big >> (int)shift);
            // log(m * 2^shift) = log(m) + shift * log(2)
            return log(mantissa) + shift * log(2.0);
        }
        double v = PyConvert.ToDouble(x);
        if (v <= 0) throw DomainError();
        return log(v);
    }

    private static double Pow(double x, double y)
    {
        if (x == 0 && y < 0 && double.IsFinite(y)) throw DomainError();
        if (x < 0 && double.IsFinite(x) && double.IsFinite(y) && y != System.Math.Floor(y)) throw DomainError();
        double r = System.Math.Pow(x, y);
        if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y)) throw RangeError();
        return r;
    }

    private static PyObject Rounding(PyObject x, string dunder, Func<double, double> f)
    {
        switch (x)
        {
            case PyInt i: return PyInt.Plain(i);
            case PyFloat d: return PyConvert.DoubleToInt(f(d.Value));
        }
        if (PyOps.LookupSpecial(x, dunder) is { } method) return PyOps.InvokeSpecial(x, method, [], null);
        return PyConvert.DoubleToInt(f(PyConvert.ToDouble(x)));
    }

    private static double ExpM1(double x)
    {
        if (SpecialFunctions.ExpM1(x) is { } libm) return libm;
        if (System.Math.Abs(x) < 0.7)
        {
            double u = System.Math.Exp(x);
            if (u == 1.0) return x;
            double um1 = u - 1.0;
            if (um1 == -1.0) return -1.0;
            return um1 * x / System.Math.Log(u);
        }
        return System.Math.Exp(x) - 1.0;
    }

    private static double Log1P(double x)
    {
        if (x > -1 && SpecialFunctions.Log1P(x) is { } libm) return libm;
        if (x == -1) return double.NegativeInfinity;
        if (x < -1) return double.NaN;
        double u = 1.0 + x;
        if (u == 1.0) return x;
        return System.Math.Log(u) * x / (u - 1.0);
    }

    public static (double Mantissa, int Exponent) Frexp(double v)
    {
        if (v == 0 || double.IsNaN(v) || double.IsInfinity(v)) return (v, 0);
        long bits = BitConverter.DoubleToInt64Bits(v);
        int exp = (int)((bits >> 52) & 0x7FF);
        if (exp == 0)
        {
            // Subnormal: scale up first.
            var (m, e) = Frexp(v * 18014398509481984.0); // 2^54
            return (m, e - 54);
        }
        exp -= 1022;
        bits = (bits & unchecked((long)0x800FFFFFFFFFFFFFUL)) | (1022L << 52);
        return (BitConverter.Int64BitsToDouble(bits), exp);
    }

    /// <summary>Euclidean norm without needless overflow, scaled by the largest magnitude.</summary>
    private static double Hypot(double[] values)
    {
        double max = 0;
        bool nan = false;
        foreach (double v in values)
        {
            double a = System.Math.Abs(v);
            if (double.IsInfinity(a)) return double.PositiveInfinity;
            if (double.IsNaN(a)) nan = true;
            else if (a > max) max = a;
        }
        if (nan) return double.NaN;
        if (max == 0) return 0.0;
        if (values.Length == 2) return double.Hypot(values[0], values[1]);
        var scaled = new double[values.Length];
        for (int i = 0; i < values.Length; i++) scaled[i] = (values[i] / max) * (values[i] / max);
        return max * System.Math.Sqrt(ExactSum.Sum(scaled));
    }
}
