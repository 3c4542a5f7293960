using System.Numerics;

namespace QiskitStudio.Python.Runtime;

/// <summary>Python's <c>complex</c>.</summary>
public sealed class PyComplex : PyObject
{
    public readonly Complex Value;

    private PyComplex(Complex value) => Value = value;

    public static PyComplex Create(Complex value) => new(value);

    public static PyComplex Create(double real, double imag) => new(new Complex(real, imag));

    public double Real => Value.Real;

    public double Imag => Value.Imaginary;

    public override PyType Type => PyTypes.Complex;

    public override string Repr()
    {
        double re = Value.Real, im = Value.Imaginary;
        string imagText = FloatFormatting.ShortRepr(im, addDotZero: false);
        if (re == 0 && !double.IsNegative(re)) return imagText + "j";
        string realText = FloatFormatting.ShortRepr(re, addDotZero: false);
        string sign = double.IsNegative(im) || (double.IsNaN(im) && imagText.StartsWith('-')) ? "" : "+";
        return $"({realText}{sign}{imagText}j)";
    }

    public override string Format(string spec) => NumberFormatter.FormatComplex(Value, spec);

    public override long Hash() => NumericHash.HashComplex(Value.Real, Value.Imaginary, this);

    public override bool IsTrue() => Value != Complex.Zero;

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne)) return PyNotImplemented.Instance;
        bool eq;
        switch (other)
        {
            case PyComplex oc: eq = Value == oc.Value; break;
            case PyFloat of: eq = Value.Imaginary == 0 && Value.Real == of.Value; break;
            case PyInt oi: eq = Value.Imaginary == 0 && !double.IsNaN(Value.Real) && PyFloat.CompareWithInt(Value.Real, oi) == 0; break;
            default: return PyNotImplemented.Instance;
        }
        return PyBool.From(op == CompareOp.Eq ? eq : !eq);
    }

    private static Complex? Coerce(PyObject other) => other switch
    {
        PyComplex c => c.Value,
        PyFloat f => new Complex(f.Value, 0),
        PyInt i => new Complex(i.ToDouble(), 0),
        _ => null,
    };

    public override PyObject BinaryOp(BinaryOperator op, PyObject other) =>
        Coerce(other) is { } y ? ComplexArithmetic.Binary(op, Value, y) : PyNotImplemented.Instance;

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        Coerce(other) is { } x ? ComplexArithmetic.Binary(op, x, Value) : PyNotImplemented.Instance;

    public override PyObject? UnaryOp(UnaryOperator op) => op switch
    {
        UnaryOperator.Negative => Create(-Value.Real, -Value.Imaginary),
        UnaryOperator.Positive => this,
        _ => null,
    };

    internal static PyObject New(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var a = new ArgReader("complex", args, kwargs, ["real", "imag"], required: 0);
        var re = a.Optional(0);
        var im = a.Optional(1);
        if (re is null) return Create(0, 0);
        if (re is PyStr s)
        {
            if (im is not null) throw PyExc.TypeError("complex() can't take second arg if first is a string");
            return Create(Parse(s.Value));
        }
        // CPython's rules: only a complex argument contributes its imaginary part, so signs of zero survive.
        Complex real = ToComplexArgument(re, "first");
        bool realIsComplex = re is PyComplex || (re.Type.DispatchesDunders && re.Type.LookupUserDunder("__complex__") is not null);
        if (im is null) return Create(real);
        if (im is PyStr) throw PyExc.TypeError("complex() second arg can't be a string");
        Complex imag = ToComplexArgument(im, "second");
        double resultReal = real.Real, resultImag = imag.Real;
        if (im is PyComplex) resultReal -= imag.Imaginary;
        if (realIsComplex) resultImag += real.Imaginary;
        return Create(resultReal, resultImag);
    }

    private static Complex ToComplexArgument(PyObject o, string which)
    {
        if (Coerce(o) is { } c) return c;
        if (o.Type.DispatchesDunders && o.Type.LookupUserDunder("__complex__") is { } f && f.CallWithSelf(o, [], null) is PyComplex pc) return pc.Value;
        if (o.AsDouble() is { } d) return new Complex(d, 0);
        if (o.Type.DispatchesDunders && o.Type.LookupUserDunder("__float__") is { } ff) return new Complex(PyConvert.ToDouble(ff.CallWithSelf(o, [], null)), 0);
        throw PyExc.TypeError($"complex() {which} argument must be a string or a number, not '{o.Type.Name}'");
    }

    /// <summary>Parses "1+2j", "(3-4.5j)", "2j", "-1e3".</summary>
    public static Complex Parse(string text)
    {
        var s = text.Trim();
        if (s.StartsWith('(') && s.EndsWith(')')) s = s[1..^1].Trim();
        var err = PyExc.ValueError("complex() arg is a malformed string");
        if (s.Length == 0 || s.Contains(' ')) throw err;
        if (s.EndsWith('j') || s.EndsWith('J'))
        {
            string body = s[..^1];
            // Find the split between real and imaginary parts: the last sign not after an 'e'.
            int split = -1;
            for (int i = body.Length - 1; i > 0; i--)
            {
                if ((body[i] == '+' || body[i] == '-') && body[i - 1] is not ('e' or 'E'))
                {
                    split = i;
                    break;
                }
            }
            string realPart = split < 0 ? "" : body[..split];
            string imagPart = split < 0 ? body : body[split..];
            if (imagPart is "" or "+") imagPart = "1";
            else if (imagPart == "-") imagPart = "-1";
            double re = realPart.Length == 0 ? 0 : PyFloat.TryParse(realPart) ?? throw err;
            double im = PyFloat.TryParse(imagPart) ?? throw err;
            return new Complex(re, im);
        }
        return new Complex(PyFloat.TryParse(s) ?? throw err, 0);
    }

    internal static void Populate(PyType t)
    {
        NumericDunders.Add(t);
        t.AddProperty("real", self => PyFloat.Create(((PyComplex)self).Real));
        t.AddProperty("imag", self => PyFloat.Create(((PyComplex)self).Imag));
        t.AddMethod("conjugate", (self, _, _) => Create(Complex.Conjugate(((PyComplex)self).Value)));
        t.AddMethod("__complex__", (self, _, _) => self);
    }
}

/// <summary>Complex arithmetic with CPython's power algorithm and error messages.</summary>
public static class ComplexArithmetic
{
    public static PyObject Binary(BinaryOperator op, Complex a, Complex b) => op switch
    {
        BinaryOperator.Add => PyComplex.Create(a + b),
        BinaryOperator.Sub => PyComplex.Create(a - b),
        BinaryOperator.Mul => PyComplex.Create(new Complex(a.Real * b.Real - a.Imaginary * b.Imaginary, a.Real * b.Imaginary + a.Imaginary * b.Real)),
        BinaryOperator.TrueDiv => PyComplex.Create(Divide(a, b)),
        BinaryOperator.Pow => PyComplex.Create(Pow(a, b)),
        _ => PyNotImplemented.Instance,
    };

    /// <summary>CPython's _Py_c_quot (Smith's algorithm).</summary>
    public static Complex Divide(Complex a, Complex b)
    {
        double absBr = Math.Abs(b.Real), absBi = Math.Abs(b.Imaginary);
        if (absBr >= absBi)
        {
            if (absBr == 0) throw PyExc.ZeroDivisionError("complex division by zero");
            double ratio = b.Imaginary / b.Real;
            double denom = b.Real + b.Imaginary * ratio;
            return new Complex((a.Real + a.Imaginary * ratio) / denom, (a.Imaginary - a.Real * ratio) / denom);
        }
        if (absBi >= absBr)
        {
            double ratio = b.Real / b.Imaginary;
            double denom = b.Real * ratio + b.Imaginary;
            return new Complex((a.Real * ratio + a.Imaginary) / denom, (a.Imaginary * ratio - a.Real) / denom);
        }
        return new Complex(double.NaN, double.NaN);
    }

    public static Complex Pow(Complex a, Complex b)
    {
        if (b.Imaginary == 0 && b.Real == Math.Floor(b.Real) && Math.Abs(b.Real) <= 100)
        {
            int n = (int)b.Real;
            if (n >= 0) return PowUnsigned(a, n);
            if (a == Complex.Zero) throw PyExc.ZeroDivisionError("0.0 to a negative or complex power");
            return Divide(Complex.One, PowUnsigned(a, -n));
        }
        if (b == Complex.Zero) return Complex.One;
        if (a == Complex.Zero)
        {
            if (b.Imaginary != 0 || b.Real < 0) throw PyExc.ZeroDivisionError("0.0 to a negative or complex power");
            return Complex.Zero;
        }
        double vabs = double.Hypot(a.Real, a.Imaginary);
        double len = Math.Pow(vabs, b.Real);
        double at = Math.Atan2(a.Imaginary, a.Real);
        double phase = at * b.Real;
        if (b.Imaginary != 0)
        {
            len /= Math.Exp(at * b.Imaginary);
            phase += b.Imaginary * Math.Log(vabs);
        }
        return new Complex(len * Math.Cos(phase), len * Math.Sin(phase));
    }

    private static Complex PowUnsigned(Complex x, int n)
    {
        Complex r = Complex.One, p = x;
        int mask = 1;
        while (mask > 0 && n >= mask)
        {
            if ((n & mask) != 0) r = Mul(r, p);
            mask <<= 1;
            p = Mul(p, p);
        }
        return r;
    }

    private static Complex Mul(Complex a, Complex b) =>
        new(a.Real * b.Real - a.Imaginary * b.Imaginary, a.Real * b.Imaginary + a.Imaginary * b.Real);
}
