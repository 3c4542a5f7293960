using System.Globalization;
using System.Numerics;

namespace QiskitStudio.Python.Runtime;

/// <summary>Python's <c>float</c> (an IEEE double).</summary>
public sealed class PyFloat : PyObject
{
    public readonly double Value;

    private static readonly PyFloat s_zero = new(0.0);
    private static readonly PyFloat s_one = new(1.0);

    private PyFloat(double value) => Value = value;

    public static PyFloat Create(double value)
    {
        if (value == 0.0 && !double.IsNegative(value)) return s_zero;
        if (value == 1.0) return s_one;
        return new PyFloat(value);
    }

    public override PyType Type => PyTypes.Float;

    public override string Repr() => FloatFormatting.Repr(Value);

    public override string Format(string spec) => NumberFormatter.FormatFloat(Value, spec);

    public override long Hash() => NumericHash.HashDouble(Value, this);

    public override bool IsTrue() => Value != 0.0;

    public override double? AsDouble() => Value;

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        double x = Value;
        switch (other)
        {
            case PyFloat of:
                return PyBool.From(CompareDoubles(x, of.Value, op));
            case PyInt oi:
                if (double.IsNaN(x)) return PyBool.From(op == CompareOp.Ne);
                return PyBool.From(PyOps.CompareResult(CompareWithInt(x, oi), op));
            case PyComplex oc when op is CompareOp.Eq or CompareOp.Ne:
                return oc.RichCompare(this, op);
            default:
                return PyNotImplemented.Instance;
        }
    }

    public static bool CompareDoubles(double x, double y, CompareOp op) => op switch
    {
        CompareOp.Lt => x < y,
        CompareOp.Le => x <= y,
        CompareOp.Eq => x == y,
        CompareOp.Ne => x != y,
        CompareOp.Gt => x > y,
        _ => x >= y,
    };

    /// <summary>Exact comparison of a (non-NaN) double with an int, as CPython does it.</summary>
    public static int CompareWithInt(double x, PyInt i)
    {
        if (!i.IsBig && Math.Abs(i.Value) <= (1L << 53)) return x.CompareTo((double)i.Value);
        if (double.IsInfinity(x)) return x > 0 ? 1 : -1;
        double floor = Math.Floor(x);
        var whole = new BigInteger(floor);
        int c = whole.CompareTo(i.ToBigInteger());
        if (c != 0) return c;
        return x > floor ? 1 : 0;
    }

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        double y;
        switch (other)
        {
            case PyFloat of: y = of.Value; break;
            case PyInt oi: y = oi.ToDouble(); break;
            case PyComplex oc: return ComplexArithmetic.Binary(op, new Complex(Value, 0), oc.Value);
            default: return PyNotImplemented.Instance;
        }
        return FloatArithmetic.Binary(op, Value, y);
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other) => other switch
    {
        PyInt oi => FloatArithmetic.Binary(op, oi.ToDouble(), Value),
        PyFloat of => FloatArithmetic.Binary(op, of.Value, Value),
        _ => PyNotImplemented.Instance,
    };

    public override PyObject? UnaryOp(UnaryOperator op) => op switch
    {
        UnaryOperator.Negative => Create(-Value),
        UnaryOperator.Positive => this,
        _ => null,
    };

    // ---- construction -----------------------------------------------------------------------

    internal static PyObject New(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords("float", kwargs);
        if (args.Length > 1) throw PyExc.TypeError($"float expected at most 1 argument, got {args.Length}");
        if (args.Length == 0) return s_zero;
        return Create(PyConvert.ToDoubleForFloat(args[0]));
    }

    /// <summary>Parses float text as <c>float(str)</c> does, or returns null.</summary>
    public static double? TryParse(string text)
    {
        var s = text.Trim();
        if (s.Length == 0) return null;
        string lower = s.ToLowerInvariant();
        string body = lower.TrimStart('+', '-');
        bool negative = lower.StartsWith('-');
        if (lower.Length - body.Length > 1) return null;
        switch (body)
        {
            case "inf" or "infinity": return negative ? double.NegativeInfinity : double.PositiveInfinity;
            case "nan": return double.NaN;
        }
        if (s.Contains('_'))
        {
            // Underscores are allowed only between digits.
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] != '_') continue;
                if (i == 0 || i == s.Length - 1 || !char.IsAsciiDigit(s[i - 1]) || !char.IsAsciiDigit(s[i + 1])) return null;
            }
            s = s.Replace("_", "");
        }
        foreach (var ch in s)
        {
            if (!(char.IsAsciiDigit(ch) || ch is '.' or 'e' or 'E' or '+' or '-')) return null;
        }
        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return v;
        return null;
    }

    internal static void Populate(PyType t)
    {
        NumericDunders.Add(t);
        t.AddMethod("is_integer", (self, _, _) =>
        {
            double v = ((PyFloat)self).Value;
            return PyBool.From(!double.IsInfinity(v) && v == Math.Floor(v));
        });
        t.AddMethod("conjugate", (self, _, _) => self);
        t.AddMethod("as_integer_ratio", (self, _, _) => AsIntegerRatio(((PyFloat)self).Value));
        t.AddMethod("hex", (self, _, _) => PyStr.Create(Hex(((PyFloat)self).Value)));
        t.AddMethod("__float__", (self, _, _) => self);
        t.AddMethod("__int__", (self, _, _) => PyConvert.DoubleToInt(((PyFloat)self).Value));
        t.AddMethod("__trunc__", (self, _, _) => PyConvert.DoubleToInt(((PyFloat)self).Value));
        t.AddMethod("__round__", (self, args, _) => Rounding.RoundFloat(((PyFloat)self).Value, args.Length > 0 ? args[0] : null));
        t.AddProperty("real", self => self);
        t.AddProperty("imag", _ => s_zero);
        t.AddClassMethod("fromhex", (_, args, _) =>
        {
            ArgReader.CheckCount("fromhex", args, 1, 1);
            return Create(FromHex(PyConvert.ToStr(args[0], "fromhex() argument")));
        });
    }

    public static PyObject AsIntegerRatio(double v)
    {
        if (double.IsInfinity(v)) throw PyExc.OverflowError("cannot convert Infinity to integer ratio");
        if (double.IsNaN(v)) throw PyExc.ValueError("cannot convert NaN to integer ratio");
        if (v == 0) return PyTuple.Create([PyInt.Zero, PyInt.One]);
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(v));
        int rawExp = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        int e = rawExp == 0 ? -1074 : rawExp - 1075;
        if (rawExp != 0) mantissa |= 1L << 52;
        while (mantissa % 2 == 0 && e < 0)
        {
            mantissa /= 2;
            e++;
        }
        BigInteger num = mantissa, den = BigInteger.One;
        if (e >= 0) num <<= e;
        else den <<= -e;
        if (v < 0) num = -num;
        return PyTuple.Create([PyInt.Create(num), PyInt.Create(den)]);
    }

    /// <summary>Parses C99 hexadecimal float text ("0x1.8p+1", "-0X.8P-3", "inf").</summary>
    public static double FromHex(string text)
    {
        var s = text.Trim().ToLowerInvariant();
        var error = PyExc.ValueError("invalid hexadecimal floating-point string");
        bool negative = s.StartsWith('-');
        if (s.StartsWith('-') || s.StartsWith('+')) s = s[1..];
        if (s is "inf" or "infinity") return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (s == "nan") return double.NaN;
        if (s.StartsWith("0x")) s = s[2..];
        int p = s.IndexOf('p');
        string mantissa = p < 0 ? s : s[..p];
        int exponent = 0;
        if (p >= 0 && !int.TryParse(s.AsSpan(p + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)) throw error;
        int dot = mantissa.IndexOf('.');
        string digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        int fractionDigits = dot < 0 ? 0 : mantissa.Length - dot - 1;
        if (digits.Length == 0) throw error;
        BigInteger value = BigInteger.Zero;
        foreach (var c in digits)
        {
            int d = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : -1;
            if (d < 0) throw error;
            value = value * 16 + d;
        }
        double result = Math.ScaleB(NumericHash.BigToDouble(value), exponent - 4 * fractionDigits);
        if (double.IsInfinity(result)) throw PyExc.OverflowError("hexadecimal value too large to represent as a float");
        return negative ? -result : result;
    }

    private static string Hex(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        string sign = double.IsNegative(v) ? "-" : "";
        if (v == 0) return sign + "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(v));
        int rawExp = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        int lead = rawExp == 0 ? 0 : 1;
        int e = rawExp == 0 ? -1022 : rawExp - 1023;
        string frac = mantissa.ToString("x13");
        return $"{sign}0x{lead}.{frac}p{(e >= 0 ? "+" : "")}{e}";
    }
}
