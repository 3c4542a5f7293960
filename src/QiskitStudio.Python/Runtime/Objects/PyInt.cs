using System.Globalization;
using System.Numerics;
using System.Text;

namespace QiskitStudio.Python.Runtime;

/// <summary>
/// Python's <c>int</c>: a 64-bit value, switching to <see cref="BigInteger"/> only when a result
/// overflows. Values from -5 to 1024 are cached. <see cref="PyBool"/> derives from it (bool is an int).
/// </summary>
public class PyInt : PyObject
{
    private const long CacheMin = -5;
    private const long CacheMax = 1024;
    private static readonly PyInt[] s_cache = BuildCache();

    /// <summary>CPython refuses to convert ints with more digits than this to text (CVE-2020-10735).</summary>
    public const int MaxStrDigits = 4300;

    /// <summary>The value when it fits in a long; meaningless when <see cref="IsBig"/>.</summary>
    public readonly long Value;

    // The boxed BigInteger of values outside the long range; null for small values.
    private readonly object? _big;

    private protected PyInt(long value) => Value = value;

    private PyInt(BigInteger value)
    {
        _big = value;
        Value = value.Sign;
    }

    private static PyInt[] BuildCache()
    {
        var cache = new PyInt[CacheMax - CacheMin + 1];
        for (long i = CacheMin; i <= CacheMax; i++) cache[i - CacheMin] = new PyInt(i);
        return cache;
    }

    public static PyInt Create(long value) =>
        (ulong)(value - CacheMin) <= (ulong)(CacheMax - CacheMin) ? s_cache[value - CacheMin] : new PyInt(value);

    public static PyInt Create(int value) => Create((long)value);

    public static PyInt Create(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? Create((long)value) : new PyInt(value);

    public static readonly PyInt Zero = Create(0);
    public static readonly PyInt One = Create(1);
    public static readonly PyInt MinusOne = Create(-1);

    public bool IsBig => _big is not null;

    public BigInteger ToBigInteger() => _big is null ? new BigInteger(Value) : (BigInteger)_big;

    public int Sign => _big is null ? Math.Sign(Value) : ((BigInteger)_big).Sign;

    public override PyType Type => PyTypes.Int;

    /// <summary>The value as a long, or OverflowError with CPython's message.</summary>
    public long ToLong() => _big is null ? Value : throw PyExc.OverflowError("Python int too large to convert to C long");

    public bool TryGetInt32(out int value)
    {
        if (_big is null && Value >= int.MinValue && Value <= int.MaxValue)
        {
            value = (int)Value;
            return true;
        }
        value = 0;
        return false;
    }

    // ---- text -------------------------------------------------------------------------------

    public override string Repr()
    {
        if (_big is null) return Value.ToString(CultureInfo.InvariantCulture);
        return BigToDecimal((BigInteger)_big);
    }

    public override string ToString() => Repr();

    internal void AppendDigits(StringBuilder sb)
    {
        if (_big is null) sb.Append(Value);
        else sb.Append(BigToDecimal((BigInteger)_big));
    }

    internal static string BigToDecimal(BigInteger value)
    {
        // A value of b bits has at least 1 + floor((b - 1) * log10(2)) digits: refuse before converting.
        long bits = (long)BigInteger.Abs(value).GetBitLength();
        if ((long)((bits - 1) * 0.30102999566398120) + 1 > MaxStrDigits)
            throw PyExc.ValueError($"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        var s = value.ToString(CultureInfo.InvariantCulture);
        if (s.Length - (value.Sign < 0 ? 1 : 0) > MaxStrDigits)
            throw PyExc.ValueError($"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        return s;
    }

    public override string Format(string spec) => NumberFormatter.FormatInt(this, spec);

    // ---- hashing and comparison ----------------------------------------------------------------

    public override long Hash() => _big is null ? HashLong(Value) : HashBig((BigInteger)_big);

    internal static long HashLong(long v)
    {
        if (v >= 0 && v < NumericHash.Modulus) return v;
        if (v < 0 && v > -NumericHash.Modulus) return v == -1 ? -2 : v;
        return HashBig(new BigInteger(v));
    }

    internal static long HashBig(BigInteger v)
    {
        var r = (long)(BigInteger.Abs(v) % NumericHash.Modulus);
        if (v.Sign < 0) r = -r;
        return r == -1 ? -2 : r;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        int c;
        switch (other)
        {
            case PyInt oi:
                c = Compare(this, oi);
                break;
            case PyFloat of:
                if (double.IsNaN(of.Value)) return PyBool.From(op == CompareOp.Ne);
                c = -PyFloat.CompareWithInt(of.Value, this);
                break;
            case PyComplex oc when op is CompareOp.Eq or CompareOp.Ne:
                return oc.RichCompare(this, op);
            default:
                return PyNotImplemented.Instance;
        }
        return PyBool.From(PyOps.CompareResult(c, op));
    }

    public static int Compare(PyInt a, PyInt b)
    {
        if (a._big is null && b._big is null) return a.Value.CompareTo(b.Value);
        return a.ToBigInteger().CompareTo(b.ToBigInteger());
    }

    public override bool IsTrue() => _big is not null || Value != 0;

    public override PyInt? AsIndex() => this;

    public override double? AsDouble() => ToDouble();

    /// <summary>Correctly rounded conversion to float; OverflowError when too large.</summary>
    public double ToDouble()
    {
        if (_big is null) return Value;
        var big = (BigInteger)_big;
        double d = NumericHash.BigToDouble(big);
        if (double.IsInfinity(d)) throw PyExc.OverflowError("int too large to convert to float");
        return d;
    }

    // ---- arithmetic --------------------------------------------------------------------------

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        switch (other)
        {
            case PyInt oi:
                return IntArithmetic.Binary(op, this, oi);
            case PyFloat of:
                return op switch
                {
                    BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mul or BinaryOperator.TrueDiv
                        or BinaryOperator.FloorDiv or BinaryOperator.Mod or BinaryOperator.Pow =>
                        FloatArithmetic.Binary(op, ToDouble(), of.Value),
                    _ => PyNotImplemented.Instance,
                };
            case PyComplex oc:
                return ComplexArithmetic.Binary(op, new Complex(ToDouble(), 0), oc.Value);
            default:
                return PyNotImplemented.Instance;
        }
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other) => other switch
    {
        PyInt oi => IntArithmetic.Binary(op, oi, this),
        _ => PyNotImplemented.Instance,
    };

    public override PyObject? UnaryOp(UnaryOperator op) => op switch
    {
        UnaryOperator.Negative => _big is null && Value != long.MinValue ? Create(-Value) : Create(-ToBigInteger()),
        UnaryOperator.Positive => Type == PyTypes.Int ? this : Create(Value),
        UnaryOperator.Invert => _big is null ? Create(~Value) : Create(-ToBigInteger() - 1),
        _ => null,
    };

    public PyInt Abs() => Sign >= 0 ? (Type == PyTypes.Int ? this : Create(Value)) : (PyInt)UnaryOp(UnaryOperator.Negative)!;

    // ---- construction: int(x), int(s, base) ---------------------------------------------------------

    internal static PyObject New(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var a = new ArgReader("int", args, kwargs, ["x", "base"], required: 0, positionalOnly: 1);
        var x = a.Optional(0);
        var baseArg = a.Optional(1);
        if (x is null)
        {
            if (baseArg is not null) throw PyExc.TypeError("int() missing string argument");
            return Zero;
        }
        if (baseArg is not null)
        {
            long b = PyConvert.ToLong(baseArg);
            if (x is PyStr bs) return Parse(bs.Value, (int)Math.Clamp(b, -1, 99), reportBase: b);
            if (x is PyBytes bb) return Parse(bb.Latin1(), (int)Math.Clamp(b, -1, 99), reportBase: b);
            throw PyExc.TypeError("int() can't convert non-string with explicit base");
        }
        return PyConvert.ToInt(x);
    }

    /// <summary>Parses Python integer text (sign, whitespace, underscores, 0x/0o/0b with base 0 or matching).</summary>
    public static PyInt Parse(string text, int numberBase, long reportBase = 10)
    {
        if ((numberBase < 2 && numberBase != 0) || numberBase > 36)
            throw PyExc.ValueError("int() base must be >= 2 and <= 36, or 0");
        var result = TryParse(text, numberBase);
        return result ?? throw PyExc.ValueError($"invalid literal for int() with base {reportBase}: {PyStr.ReprOf(text)}");
    }

    public static PyInt? TryParse(string text, int numberBase)
    {
        var s = text.AsSpan().Trim();
        bool negative = false;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            negative = s[0] == '-';
            s = s[1..];
        }
        if (s.Length == 0) return null;
        bool prefixed = false;
        if (s.Length >= 2 && s[0] == '0')
        {
            char p = char.ToLowerInvariant(s[1]);
            int prefixBase = p switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 0 };
            if (prefixBase != 0 && (numberBase == 0 || numberBase == prefixBase))
            {
                numberBase = prefixBase;
                s = s[2..];
                prefixed = true;
            }
        }
        if (numberBase == 0)
        {
            numberBase = 10;
            // Base 0 forbids leading zeros in non-zero decimals ("010").
            if (s.Length > 1 && s[0] == '0')
            {
                foreach (var ch in s)
                    if (ch != '0' && ch != '_') return null;
            }
        }
        if (s.Length == 0) return null;
        // Underscores: single, between digits (or right after a base prefix).
        if (s[0] == '_' && !prefixed) return null;
        if (s[^1] == '_') return null;
        long small = 0;
        BigInteger big = BigInteger.Zero;
        bool useBig = false;
        bool lastUnderscore = false;
        int digitCount = 0;
        foreach (var ch in s)
        {
            if (ch == '_')
            {
                if (lastUnderscore) return null;
                lastUnderscore = true;
                continue;
            }
            lastUnderscore = false;
            int d = DigitValue(ch);
            if (d < 0 || d >= numberBase) return null;
            digitCount++;
            if (!useBig)
            {
                long next = small * numberBase + d;
                if (small > (long.MaxValue - d) / numberBase)
                {
                    useBig = true;
                    big = new BigInteger(small) * numberBase + d;
                }
                else
                {
                    small = next;
                }
            }
            else
            {
                big = big * numberBase + d;
            }
        }
        if (digitCount == 0) return null;
        if (numberBase == 10 && digitCount > MaxStrDigits)
            throw PyExc.ValueError($"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion: value has {digitCount} digits; use sys.set_int_max_str_digits() to increase the limit");
        if (!useBig) return Create(negative ? -small : small);
        return Create(negative ? -big : big);
    }

    private static int DigitValue(char ch)
    {
        if (ch >= '0' && ch <= '9') return ch - '0';
        if (ch >= 'a' && ch <= 'z') return ch - 'a' + 10;
        if (ch >= 'A' && ch <= 'Z') return ch - 'A' + 10;
        if (char.IsDigit(ch)) return (int)char.GetNumericValue(ch);
        return -1;
    }

    // ---- members ---------------------------------------------------------------------------

    internal static void Populate(PyType t)
    {
        NumericDunders.Add(t);
        t.AddMethod("bit_length", (self, _, _) => Create((long)BigInteger.Abs(((PyInt)self).ToBigInteger()).GetBitLength()));
        t.AddMethod("bit_count", (self, _, _) =>
        {
            var v = BigInteger.Abs(((PyInt)self).ToBigInteger());
            long count = 0;
            foreach (var b in v.ToByteArray()) count += BitOperations.PopCount(b);
            return Create(count);
        });
        t.AddMethod("conjugate", (self, _, _) => Plain((PyInt)self));
        t.AddMethod("as_integer_ratio", (self, _, _) => PyTuple.Create([Plain((PyInt)self), One]));
        t.AddMethod("is_integer", (_, _, _) => PyBool.True);
        t.AddMethod("__index__", (self, _, _) => Plain((PyInt)self));
        t.AddMethod("__int__", (self, _, _) => Plain((PyInt)self));
        t.AddMethod("__float__", (self, _, _) => PyFloat.Create(((PyInt)self).ToDouble()));
        t.AddMethod("__round__", (self, args, _) => args.Length == 0 || args[0] is PyNone
            ? Plain((PyInt)self)
            : Rounding.RoundInt((PyInt)self, PyConvert.ToLong(args[0])));
        t.AddMethod("to_bytes", ToBytes);
        t.AddClassMethod("from_bytes", FromBytes);
        t.AddProperty("real", self => Plain((PyInt)self));
        t.AddProperty("imag", _ => Zero);
        t.AddProperty("numerator", self => Plain((PyInt)self));
        t.AddProperty("denominator", _ => One);
    }

    /// <summary>The same value as a plain int (drops bool-ness).</summary>
    public static PyInt Plain(PyInt v) => v.Type == PyTypes.Int ? v : Create(v.Value);

    private static PyObject ToBytes(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var a = new ArgReader("to_bytes", args, kwargs, ["length", "byteorder", "signed"], required: 0);
        long length = a.GetLong(0, 1);
        string order = a.GetString(1, "big");
        bool signed = false;
        if (kwargs?.Get("signed") is { } sg) signed = PyOps.IsTrue(sg);
        var v = ((PyInt)self).ToBigInteger();
        if (!signed && v.Sign < 0) throw PyExc.OverflowError("can't convert negative int to unsigned");
        var bytes = v.ToByteArray(isUnsigned: !signed, isBigEndian: false);
        if (bytes.Length > length)
        {
            // ToByteArray may add a sign byte that is not needed for an unsigned value.
            if (!(bytes.Length == length + 1 && bytes[^1] == 0 && !signed))
                throw PyExc.OverflowError("int too big to convert");
            Array.Resize(ref bytes, (int)length);
        }
        var result = new byte[length];
        byte fill = v.Sign < 0 ? (byte)0xFF : (byte)0;
        for (int i = 0; i < length; i++) result[i] = i < bytes.Length ? bytes[i] : fill;
        if (order == "big") Array.Reverse(result);
        else if (order != "little") throw PyExc.ValueError("byteorder must be either 'little' or 'big'");
        return new PyBytes(result);
    }

    private static PyObject FromBytes(PyObject cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var a = new ArgReader("from_bytes", args, kwargs, ["bytes", "byteorder", "signed"], required: 1);
        var data = PyBytes.FromObject(a.Required(0)).Data;
        string order = a.GetString(1, "big");
        bool signed = false;
        if (kwargs?.Get("signed") is { } sg) signed = PyOps.IsTrue(sg);
        return Create(new BigInteger(data, isUnsigned: !signed, isBigEndian: order == "big"));
    }
}

/// <summary><c>True</c> and <c>False</c>: ints that print as names.</summary>
public sealed class PyBool : PyInt
{
    public static readonly PyBool True = new(1);
    public static readonly PyBool False = new(0);

    private PyBool(long value) : base(value) { }

    public static PyBool From(bool value) => value ? True : False;

    public bool IsTrueValue => Value != 0;

    public override PyType Type => PyTypes.Bool;

    public override string Repr() => Value != 0 ? "True" : "False";

    public override string Format(string spec) => spec.Length == 0 ? Repr() : base.Format(spec);

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (other is PyBool ob)
        {
            switch (op)
            {
                case BinaryOperator.And: return From(IsTrueValue & ob.IsTrueValue);
                case BinaryOperator.Or: return From(IsTrueValue | ob.IsTrueValue);
                case BinaryOperator.Xor: return From(IsTrueValue ^ ob.IsTrueValue);
            }
        }
        return base.BinaryOp(op, other);
    }

    internal static PyObject NewBool(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords("bool", kwargs);
        if (args.Length > 1) throw PyExc.TypeError($"bool expected at most 1 argument, got {args.Length}");
        return args.Length == 0 ? False : From(PyOps.IsTrue(args[0]));
    }

    internal static void PopulateBool(PyType t)
    {
        t.AddMethod("__repr__", (self, _, _) => PyStr.Create(self.Repr()));
    }
}
