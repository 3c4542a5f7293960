using System.Numerics;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Modules.Numeric;

/// <summary>Python's <c>cmath</c>: the math functions over complex numbers.</summary>
public static class CMathModule
{
    public static void Populate(PyModule m)
    {
        m.Add("pi", PyFloat.Create(System.Math.PI));
        m.Add("e", PyFloat.Create(System.Math.E));
        m.Add("tau", PyFloat.Create(System.Math.Tau));
        m.Add("inf", PyFloat.Create(double.PositiveInfinity));
        m.Add("nan", PyFloat.Create(double.NaN));
        m.Add("infj", PyComplex.Create(0, double.PositiveInfinity));
        m.Add("nanj", PyComplex.Create(0, double.NaN));

        Unary(m, "sqrt", Sqrt);
        Unary(m, "exp", Exp);
        Unary(m, "log10", z => Divide(Log(z), System.Math.Log(10)));
        Unary(m, "sin", Sin);
        Unary(m, "cos", Cos);
        Unary(m, "tan", Tan);
        Unary(m, "asin", Asin);
        Unary(m, "acos", Acos);
        Unary(m, "atan", Atan);
        Unary(m, "sinh", Sinh);
        Unary(m, "cosh", Cosh);
        Unary(m, "tanh", Tanh);
        Unary(m, "asinh", Asinh);
        Unary(m, "acosh", Acosh);
        Unary(m, "atanh", Atanh);

        m.AddFunction("log", (args, kw) =>
        {
            ArgReader.NoKeywords("log", kw);
            ArgReader.CheckCount("log", args, 1, 2);
            var z = Log(ToComplex(args[0]));
            if (args.Length == 2) z = DivideComplex(z, Log(ToComplex(args[1])));
            return PyComplex.Create(z);
        });
        m.AddFunction("phase", z => PyFloat.Create(Phase(ToComplex(z))));
        m.AddFunction("polar", z =>
        {
            var c = ToComplex(z);
            return PyTuple.Create([PyFloat.Create(double.Hypot(c.Real, c.Imaginary)), PyFloat.Create(Phase(c))]);
        });
        m.AddFunction("rect", (r, phi) =>
        {
            double rr = PyConvert.ToDouble(r), p = PyConvert.ToDouble(phi);
            if (p == 0) return PyComplex.Create(rr, rr * p);
            return PyComplex.Create(rr * System.Math.Cos(p), rr * System.Math.Sin(p));
        });
        m.AddFunction("isfinite", z => { var c = ToComplex(z); return PyBool.From(double.IsFinite(c.Real) && double.IsFinite(c.Imaginary)); });
        m.AddFunction("isinf", z => { var c = ToComplex(z); return PyBool.From(double.IsInfinity(c.Real) || double.IsInfinity(c.Imaginary)); });
        m.AddFunction("isnan", z => { var c = ToComplex(z); return PyBool.From(double.IsNaN(c.Real) || double.IsNaN(c.Imaginary)); });
        m.AddFunction("isclose", (args, kw) =>
        {
            var a = new ArgReader("isclose", args, kw, ["a", "b", "rel_tol", "abs_tol"], required: 2, positionalOnly: 2);
            var x = ToComplex(a.Required(0));
            var y = ToComplex(a.Required(1));
            double rel = a.GetDouble(2, 1e-9), abs = a.GetDouble(3, 0.0);
            if (rel < 0 || abs < 0) throw PyExc.ValueError("tolerances must be non-negative");
            if (x == y) return PyBool.True;
            if (double.IsInfinity(x.Real) || double.IsInfinity(x.Imaginary) || double.IsInfinity(y.Real) || double.IsInfinity(y.Imaginary))
                return PyBool.False;
            double diff = Complex.Abs(x - y);
            return PyBool.From(diff <= rel * Complex.Abs(y) || diff <= rel * Complex.Abs(x) || diff <= abs);
        });
    }

    private static void Unary(PyModule m, string name, Func<Complex, Complex> f) =>
        m.AddFunction(name, z => PyComplex.Create(f(ToComplex(z))));

    public static Complex ToComplex(PyObject o) => o switch
    {
        PyComplex c => c.Value,
        _ when PyOps.LookupSpecial(o, "__complex__") is { } method && o is not PyFloat && o is not PyInt =>
            PyOps.InvokeSpecial(o, method, [], null) is PyComplex r ? r.Value : throw PyExc.TypeError("__complex__ returned non-complex"),
        _ => new Complex(PyConvert.ToDouble(o), 0),
    };

    private static double Phase(Complex z) => System.Math.Atan2(z.Imaginary, z.Real);

    /// <summary>CPython's square root: exact for perfect squares, correct signs on the branch cut.</summary>
    public static Complex Sqrt(Complex z)
    {
        double re = z.Real, im = z.Imaginary;
        if (re == 0 && im == 0) return new Complex(0, im);
        if (double.IsInfinity(im)) return new Complex(double.PositiveInfinity, im);
        if (double.IsNaN(re) || double.IsNaN(im)) return new Complex(double.NaN, double.NaN);
        double ax = System.Math.Abs(re), ay = System.Math.Abs(im);
        double s;
        if (ax < double.Epsilon * 4 && ay < double.Epsilon * 4)
        {
            ax = System.Math.ScaleB(ax, 53);
            s = System.Math.ScaleB(System.Math.Sqrt(ax + double.Hypot(ax, System.Math.ScaleB(ay, 53))), -27);
        }
        else
        {
            ax /= 8.0;
            s = 2.0 * System.Math.Sqrt(ax + double.Hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        return re >= 0 ? new Complex(s, System.Math.CopySign(d, im)) : new Complex(d, System.Math.CopySign(s, im));
    }

    private static Complex Exp(Complex z)
    {
        if (z.Imaginary == 0) return new Complex(System.Math.Exp(z.Real), z.Imaginary);
        double l = System.Math.Exp(z.Real);
        return new Complex(l * System.Math.Cos(z.Imaginary), l * System.Math.Sin(z.Imaginary));
    }

    private static Complex Log(Complex z)
    {
        double ax = System.Math.Abs(z.Real), ay = System.Math.Abs(z.Imaginary);
        double real;
        if (ax == 0 && ay == 0) throw PyExc.ValueError("math domain error");
        double h = double.Hypot(ax, ay);
        if (h >= 0.71 && h <= 1.73)
        {
            double am = System.Math.Max(ax, ay), an = System.Math.Min(ax, ay);
            real = LogOnePlus((am - 1) * (am + 1) + an * an) / 2;
        }
        else
        {
            real = System.Math.Log(h);
        }
        return new Complex(real, System.Math.Atan2(z.Imaginary, z.Real));
    }

    private static double LogOnePlus(double x)
    {
        if (x > -1 && SpecialFunctions.Log1P(x) is { } libm) return libm;
        double u = 1.0 + x;
        if (u == 1.0) return x;
        return System.Math.Log(u) * x / (u - 1.0);
    }

    // The trigonometric and hyperbolic functions with CPython's formulas (finite, moderate inputs;
    // .NET's versions beyond), so the last bits agree.
    private const double LargeArgument = 708.3964185322641; // log(DBL_MAX) - log(2)

    private static bool Moderate(Complex z) =>
        double.IsFinite(z.Real) && double.IsFinite(z.Imaginary) &&
        System.Math.Abs(z.Real) < LargeArgument && System.Math.Abs(z.Imaginary) < LargeArgument;

    private static Complex TimesI(Complex z) => new(-z.Imaginary, z.Real);

    private static Complex Sinh(Complex z)
    {
        if (!Moderate(z)) return Complex.Sinh(z);
        return new Complex(System.Math.Cos(z.Imaginary) * System.Math.Sinh(z.Real), System.Math.Sin(z.Imaginary) * System.Math.Cosh(z.Real));
    }

    private static Complex Cosh(Complex z)
    {
        if (!Moderate(z)) return Complex.Cosh(z);
        return new Complex(System.Math.Cos(z.Imaginary) * System.Math.Cosh(z.Real), System.Math.Sin(z.Imaginary) * System.Math.Sinh(z.Real));
    }

    private static Complex Tanh(Complex z)
    {
        if (!Moderate(z)) return Complex.Tanh(z);
        double tx = System.Math.Tanh(z.Real);
        double ty = System.Math.Tan(z.Imaginary);
        double cx = 1.0 / System.Math.Cosh(z.Real);
        double txty = tx * ty;
        double denom = 1.0 + txty * txty;
        return new Complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    // sin(z) = -i sinh(iz), cos(z) = cosh(iz), tan(z) = -i tanh(iz).
    private static Complex Sin(Complex z)
    {
        var s = Sinh(TimesI(z));
        return new Complex(s.Imaginary, -s.Real);
    }

    private static Complex Cos(Complex z) => Cosh(TimesI(z));

    private static Complex Tan(Complex z)
    {
        var t = Tanh(TimesI(z));
        return new Complex(t.Imaginary, -t.Real);
    }

    private static Complex Asinh(Complex z)
    {
        if (!Moderate(z)) return Complex.Log(z + Complex.Sqrt(z * z + 1));
        var s1 = Sqrt(new Complex(1.0 + z.Imaginary, -z.Real));
        var s2 = Sqrt(new Complex(1.0 - z.Imaginary, z.Real));
        return new Complex(System.Math.Asinh(s1.Real * s2.Imaginary - s2.Real * s1.Imaginary),
            System.Math.Atan2(z.Imaginary, s1.Real * s2.Real - s1.Imaginary * s2.Imaginary));
    }

    private static Complex Asin(Complex z)
    {
        var s = Asinh(TimesI(z));
        return new Complex(s.Imaginary, -s.Real);
    }

    private static Complex Acos(Complex z)
    {
        if (!Moderate(z)) return Complex.Acos(z);
        var s1 = Sqrt(new Complex(1.0 - z.Real, -z.Imaginary));
        var s2 = Sqrt(new Complex(1.0 + z.Real, z.Imaginary));
        return new Complex(2.0 * System.Math.Atan2(s1.Real, s2.Real),
            System.Math.Asinh(s2.Real * s1.Imaginary - s2.Imaginary * s1.Real));
    }

    private static Complex Acosh(Complex z)
    {
        if (!Moderate(z)) return 2 * Complex.Log(Complex.Sqrt((z + 1) / 2) + Complex.Sqrt((z - 1) / 2));
        var s1 = Sqrt(new Complex(z.Real - 1.0, z.Imaginary));
        var s2 = Sqrt(new Complex(z.Real + 1.0, z.Imaginary));
        return new Complex(System.Math.Asinh(s1.Real * s2.Real + s1.Imaginary * s2.Imaginary),
            2.0 * System.Math.Atan2(s1.Imaginary, s2.Real));
    }

    private static Complex Atanh(Complex z)
    {
        if (z.Real < 0) return -Atanh(-z);
        if (!Moderate(z)) return (Complex.Log(1 + z) - Complex.Log(1 - z)) / 2;
        double ay = System.Math.Abs(z.Imaginary);
        if (z.Real == 1.0 && ay == 0) throw PyExc.ValueError("math domain error");
        double real = LogOnePlus(4.0 * z.Real / ((1 - z.Real) * (1 - z.Real) + ay * ay)) / 4.0;
        double imag = -System.Math.Atan2(-2.0 * z.Imaginary, (1 - z.Real) * (1 + z.Real) - ay * ay) / 2.0;
        return new Complex(real, imag);
    }

    private static Complex Atan(Complex z)
    {
        var s = Atanh(TimesI(z));
        return new Complex(s.Imaginary, -s.Real);
    }

    private static Complex Divide(Complex z, double d) => new(z.Real / d, z.Imaginary / d);

    private static Complex DivideComplex(Complex a, Complex b)
    {
        if (b.Imaginary == 0) return Divide(a, b.Real);
        return a / b;
    }
}
