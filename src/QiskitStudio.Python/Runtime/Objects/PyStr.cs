using System.Globalization;
using System.Text;

namespace QiskitStudio.Python.Runtime;

/// <summary>
/// Python's <c>str</c>. Indexing and length count code points: strings without surrogate pairs
/// (almost all) use the UTF-16 indices directly; others go through a code-point array.
/// </summary>
public sealed partial class PyStr : PyObject
{
    private static readonly PyStr[] s_ascii = BuildAsciiCache();
    public static readonly PyStr Empty = new("");

    public readonly string Value;

    // 0 until computed; a single 64-bit field so that threads sharing a string never see half a hash.
    private long _hash;
    // 0 = not yet known, 1 = no surrogates (UTF-16 index == code point index), 2 = has surrogates.
    private byte _layout;

    private PyStr(string value) => Value = value;

    private static PyStr[] BuildAsciiCache()
    {
        var cache = new PyStr[128];
        for (int i = 0; i < cache.Length; i++) cache[i] = new PyStr(((char)i).ToString());
        return cache;
    }

    public static PyStr Create(string value)
    {
        if (value.Length == 0) return Empty;
        if (value.Length == 1 && value[0] < 128) return s_ascii[value[0]];
        if (value.Length > 4096) PyContext.ChargeBytes(value.Length * 2L);
        return new PyStr(value);
    }

    public static PyStr Create(char c) => c < 128 ? s_ascii[c] : new PyStr(c.ToString());

    public override PyType Type => PyTypes.Str;

    public override string Repr() => ReprOf(Value);

    public override string Str() => Value;

    public override string ToString() => Value;

    public override string Format(string spec) => NumberFormatter.FormatString(Value, spec);

    public override long Hash()
    {
        long h = _hash;
        if (h == 0)
        {
            h = string.GetHashCode(Value, StringComparison.Ordinal);
            if (h == 0 || h == -1) h = -2;
            _hash = h;
        }
        return h;
    }

    public override bool IsTrue() => Value.Length != 0;

    public bool HasSurrogates
    {
        get
        {
            if (_layout == 0)
            {
                _layout = 1;
                foreach (var ch in Value)
                {
                    if (char.IsSurrogate(ch))
                    {
                        _layout = 2;
                        break;
                    }
                }
            }
            return _layout == 2;
        }
    }

    /// <summary>Number of code points (Python's len).</summary>
    public int CodePointLength => HasSurrogates ? CodePoints().Length : Value.Length;

    public override long Length() => CodePointLength;

    /// <summary>The string as code points (for the rare strings with characters beyond the BMP).</summary>
    public int[] CodePoints()
    {
        var list = new List<int>(Value.Length);
        for (int i = 0; i < Value.Length; i++)
        {
            if (char.IsHighSurrogate(Value[i]) && i + 1 < Value.Length && char.IsLowSurrogate(Value[i + 1]))
            {
                list.Add(char.ConvertToUtf32(Value[i], Value[i + 1]));
                i++;
            }
            else
            {
                list.Add(Value[i]);
            }
        }
        return list.ToArray();
    }

    private static string FromCodePoints(ReadOnlySpan<int> cps)
    {
        var sb = new StringBuilder(cps.Length);
        foreach (var cp in cps) AppendCodePoint(sb, cp);
        return sb.ToString();
    }

    /// <summary>The one-character string of a code point (lone surrogates allowed, as in Python), or null when out of range.</summary>
    public static string? FromCodePoint(long cp)
    {
        if (cp < 0 || cp > 0x10FFFF) return null;
        return cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32((int)cp);
    }

    internal static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    // ---- comparison ----------------------------------------------------------------------------

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyStr o) return PyNotImplemented.Instance;
        if (op == CompareOp.Eq) return PyBool.From(string.Equals(Value, o.Value, StringComparison.Ordinal));
        if (op == CompareOp.Ne) return PyBool.From(!string.Equals(Value, o.Value, StringComparison.Ordinal));
        return PyBool.From(PyOps.CompareResult(CompareCodePoints(Value, o.Value), op));
    }

    /// <summary>Code point order (UTF-16 ordinal order differs only around surrogates).</summary>
    public static int CompareCodePoints(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            char x = a[i], y = b[i];
            if (x == y) continue;
            if (char.IsSurrogate(x) || char.IsSurrogate(y))
            {
                int cx = char.IsSurrogate(x) ? 0x10000 + x : x;
                int cy = char.IsSurrogate(y) ? 0x10000 + y : y;
                return cx.CompareTo(cy);
            }
            return x.CompareTo(y);
        }
        return a.Length.CompareTo(b.Length);
    }

    // ---- operators -------------------------------------------------------------------------------

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                return other is PyStr s ? Concat(this, s) : PyNotImplemented.Instance;
            case BinaryOperator.Mul:
                return PyOps.TryIndex(other) is { } n ? Repeat(n) : PyNotImplemented.Instance;
            case BinaryOperator.Mod:
                return Create(PercentFormatter.Format(Value, other));
            default:
                return PyNotImplemented.Instance;
        }
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Mul && PyOps.TryIndex(other) is { } n) return Repeat(n);
        return PyNotImplemented.Instance;
    }

    public static PyStr Concat(PyStr a, PyStr b)
    {
        if (a.Value.Length == 0) return b;
        if (b.Value.Length == 0) return a;
        return Create(string.Concat(a.Value, b.Value));
    }

    private PyStr Repeat(PyInt count)
    {
        if (count.Sign <= 0 || Value.Length == 0) return Empty;
        long n = count.IsBig ? long.MaxValue : count.Value;
        if (n == 1) return this;
        long total = n * Value.Length;
        if (n > int.MaxValue / Math.Max(1, Value.Length) || total > int.MaxValue / 2) throw PyExc.MemoryError();
        PyContext.ChargeBytes(total * 2);
        if (Value.Length == 1) return Create(new string(Value[0], (int)n));
        var sb = new StringBuilder((int)total);
        for (long i = 0; i < n; i++) sb.Append(Value);
        return Create(sb.ToString());
    }

    public override bool? Contains(PyObject item)
    {
        if (item is not PyStr s)
            throw PyExc.TypeError($"'in <string>' requires string as left operand, not {item.Type.Name}");
        return Value.Contains(s.Value, StringComparison.Ordinal);
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt i)
        {
            long index = i.IsBig ? long.MaxValue : i.Value;
            if (!HasSurrogates)
            {
                if (index < 0) index += Value.Length;
                if ((ulong)index >= (ulong)Value.Length) throw PyExc.IndexError("string index out of range");
                return Create(Value[(int)index]);
            }
            var cps = CodePoints();
            if (index < 0) index += cps.Length;
            if ((ulong)index >= (ulong)cps.Length) throw PyExc.IndexError("string index out of range");
            return Create(char.ConvertFromUtf32(cps[index]));
        }
        if (key is PySlice slice)
        {
            if (!HasSurrogates)
            {
                var (start, stop, step, count) = slice.Indices(Value.Length);
                if (step == 1) return Create(count <= 0 ? "" : Value.Substring((int)start, (int)count));
                var chars = new char[count];
                for (long k = 0, j = start; k < count; k++, j += step) chars[k] = Value[(int)j];
                return Create(new string(chars));
            }
            var cps = CodePoints();
            var (s2, _, st2, c2) = slice.Indices(cps.Length);
            var picked = new int[c2];
            for (long k = 0, j = s2; k < c2; k++, j += st2) picked[k] = cps[j];
            return Create(FromCodePoints(picked));
        }
        if (PyOps.TryIndex(key) is { } idx) return GetItem(idx);
        throw PyExc.TypeError($"string indices must be integers, not '{key.Type.Name}'");
    }

    public override PyObject? GetIterator() => new PyStrIterator(this);

    // ---- repr --------------------------------------------------------------------------------

    /// <summary>CPython's str repr: single quotes unless the text has ' and no ", with escapes.</summary>
    public static string ReprOf(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        AppendRepr(sb, value);
        return sb.ToString();
    }

    public static void AppendRepr(StringBuilder sb, string value)
    {
        char quote = value.Contains('\'') && !value.Contains('"') ? '"' : '\'';
        sb.Append(quote);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == quote || c == '\\')
            {
                sb.Append('\\').Append(c);
            }
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (c < 0x20 || c == 0x7f) sb.Append("\\x").Append(((int)c).ToString("x2"));
            else if (c < 0x7f) sb.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, value[i + 1]);
                if (IsPrintable(cp)) sb.Append(c).Append(value[i + 1]);
                else sb.Append("\\U").Append(cp.ToString("x8"));
                i++;
            }
            else if (IsPrintable(c)) sb.Append(c);
            else if (c <= 0xff) sb.Append("\\x").Append(((int)c).ToString("x2"));
            else sb.Append("\\u").Append(((int)c).ToString("x4"));
        }
        sb.Append(quote);
    }

    /// <summary>Python's notion of printable: not a control, format, separator (except space) or unassigned.</summary>
    public static bool IsPrintable(int codePoint)
    {
        if (codePoint == ' ') return true;
        if (codePoint < 0x20 || codePoint == 0x7f) return false;
        if (codePoint < 0x7f) return true;
        if (char.IsSurrogate((char)Math.Min(codePoint, 0xFFFF)) && codePoint < 0x10000) return false;
        var cat = codePoint < 0x10000
            ? CharUnicodeInfo.GetUnicodeCategory((char)codePoint)
            : CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return cat switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    /// <summary><c>ascii(x)</c>: the repr with every non-ASCII character escaped.</summary>
    public static string AsciiOf(string repr)
    {
        var sb = new StringBuilder(repr.Length);
        for (int i = 0; i < repr.Length; i++)
        {
            char c = repr[i];
            if (c < 0x80) sb.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < repr.Length && char.IsLowSurrogate(repr[i + 1]))
            {
                sb.Append("\\U").Append(char.ConvertToUtf32(c, repr[i + 1]).ToString("x8"));
                i++;
            }
            else if (c <= 0xff) sb.Append("\\x").Append(((int)c).ToString("x2"));
            else sb.Append("\\u").Append(((int)c).ToString("x4"));
        }
        return sb.ToString();
    }

    // ---- construction -----------------------------------------------------------------------------

    internal static PyObject New(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var a = new ArgReader("str", args, kwargs, ["object", "encoding", "errors"], required: 0);
        var obj = a.Optional(0);
        if (obj is null) return Empty;
        if (a.Has(1) || a.Has(2))
        {
            if (obj is PyBytes b) return Create(b.Decode(a.GetString(1, "utf-8")));
            throw PyExc.TypeError($"decoding to str: need a bytes-like object, {obj.Type.Name} found");
        }
        return Create(PyOps.Str(obj));
    }
}
