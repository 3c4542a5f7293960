using System.Globalization;
using System.Numerics;
using System.Text;

namespace QiskitStudio.Python.Runtime;

/// <summary><c>format(value, spec)</c> for int, float, complex and str, as CPython's formatter does it.</summary>
public static class NumberFormatter
{
    // ---- str ---------------------------------------------------------------------------------

    public static string FormatString(string value, string spec)
    {
        if (spec.Length == 0) return value;
        var f = FormatSpec.Parse(spec, "str");
        if (f.TypeCode is not ('\0' or 's'))
            throw PyExc.ValueError($"Unknown format code '{f.TypeCode}' for object of type 'str'");
        if (f.Grouping != '\0') throw PyExc.ValueError($"Cannot specify '{f.Grouping}' with 's'.");
        if (f.Sign != '\0') throw PyExc.ValueError("Sign not allowed in string format specifier");
        if (f.Alternate) throw PyExc.ValueError("Alternate form (#) not allowed in string format specifier");
        if (f.Align == '=') throw PyExc.ValueError("'=' alignment not allowed in string format specifier");
        if (f.Precision >= 0 && value.Length > f.Precision) value = value[..f.Precision];
        return Pad(value, f.Width, f.Align == '\0' ? '<' : f.Align, f.Fill);
    }

    private static string Pad(string body, int width, char align, char fill)
    {
        if (width <= body.Length) return body;
        int total = width - body.Length;
        return align switch
        {
            '<' => body + new string(fill, total),
            '^' => new string(fill, total / 2) + body + new string(fill, total - total / 2),
            _ => new string(fill, total) + body,
        };
    }

    /// <summary>Pads a number made of a sign/prefix part and a digits part (so '=' goes between them).</summary>
    private static string PadNumber(string prefix, string digits, FormatSpec f, char defaultAlign = '>')
    {
        char align = f.Align == '\0' ? defaultAlign : f.Align;
        int length = prefix.Length + digits.Length;
        if (f.Width <= length) return prefix + digits;
        int total = f.Width - length;
        return align switch
        {
            '<' => prefix + digits + new string(f.Fill, total),
            '^' => new string(f.Fill, total / 2) + prefix + digits + new string(f.Fill, total - total / 2),
            '=' => prefix + new string(f.Fill, total) + digits,
            _ => new string(f.Fill, total) + prefix + digits,
        };
    }

    private static string SignText(bool negative, char sign) =>
        negative ? "-" : sign switch { '+' => "+", ' ' => " ", _ => "" };

    /// <summary>Inserts group separators into a run of digits; with zero padding, pads to the width first.</summary>
    private static string Group(string digits, char separator, int interval, int minWidth)
    {
        var sb = new StringBuilder();
        int count = 0;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            if (count > 0 && count % interval == 0) sb.Append(separator);
            sb.Append(digits[i]);
            count++;
        }
        // Zero padding counts separators: keep adding zeros (and separators) until wide enough.
        while (sb.Length < minWidth)
        {
            if (count > 0 && count % interval == 0)
            {
                sb.Append(separator);
                if (sb.Length >= minWidth) 
                {
                    sb.Append('0');
                    count++;
                    break;
                }
            }
            sb.Append('0');
            count++;
        }
        var chars = sb.ToString().ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    // ---- int ---------------------------------------------------------------------------------

    public static string FormatInt(PyInt value, string spec)
    {
        if (spec.Length == 0) return value.Repr();
        var f = FormatSpec.Parse(spec, value.Type.Name);
        switch (f.TypeCode)
        {
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                return FormatFloat(value.ToDouble(), spec);
            case '\0' or 'd' or 'n' or 'b' or 'o' or 'x' or 'X' or 'c':
                break;
            default:
                throw PyExc.ValueError($"Unknown format code '{f.TypeCode}' for object of type '{value.Type.Name}'");
        }
        if (f.Precision >= 0) throw PyExc.ValueError("Precision not allowed in integer format specifier");
        if (f.NoNegativeZero) throw PyExc.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        var big = value.ToBigInteger();
        if (f.TypeCode == 'c')
        {
            if (f.Sign != '\0') throw PyExc.ValueError("Sign not allowed with integer format specifier 'c'");
            if (f.Alternate) throw PyExc.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            if (big < 0 || big > 0x10FFFF) throw PyExc.OverflowError("%c arg not in range(0x110000)");
            return PadNumber("", PyStr.FromCodePoint((long)big)!, f);
        }
        bool negative = big.Sign < 0;
        var abs = BigInteger.Abs(big);
        string digits;
        string basePrefix = "";
        int interval = 3;
        switch (f.TypeCode)
        {
            case 'b': digits = ToBase(abs, 2); basePrefix = "0b"; interval = 4; break;
            case 'o': digits = ToBase(abs, 8); basePrefix = "0o"; interval = 4; break;
            case 'x': digits = ToBase(abs, 16); basePrefix = "0x"; interval = 4; break;
            case 'X': digits = ToBase(abs, 16).ToUpperInvariant(); basePrefix = "0X"; interval = 4; break;
            default: digits = abs.IsZero ? "0" : PyInt.BigToDecimal(abs); break;
        }
        string prefix = SignText(negative, f.Sign) + (f.Alternate ? basePrefix : "");
        if (f.Grouping != '\0')
        {
            int minWidth = f.Fill == '0' && f.Align == '=' ? Math.Max(0, f.Width - prefix.Length) : 0;
            digits = Group(digits, f.Grouping, interval, minWidth);
        }
        return PadNumber(prefix, digits, f);
    }

    /// <summary>Digits of a non-negative integer in base 2, 8 or 16.</summary>
    public static string ToBase(BigInteger value, int radix)
    {
        if (value.IsZero) return "0";
        if (value <= long.MaxValue) return Convert.ToString((long)value, radix);
        var sb = new StringBuilder();
        int bits = radix == 2 ? 1 : radix == 8 ? 3 : 4;
        var mask = new BigInteger(radix - 1);
        while (!value.IsZero)
        {
            sb.Append("0123456789abcdef"[(int)(value & mask)]);
            value >>= bits;
        }
        var chars = sb.ToString().ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    // ---- float -------------------------------------------------------------------------------

    public static string FormatFloat(double value, string spec)
    {
        if (spec.Length == 0) return FloatFormatting.Repr(value);
        var f = FormatSpec.Parse(spec, "float");
        return FormatFloat(value, f);
    }

    private static string FormatFloat(double value, FormatSpec f)
    {
        char type = f.TypeCode;
        if (type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%'))
            throw PyExc.ValueError($"Unknown format code '{type}' for object of type 'float'");
        var (negative, body) = FloatBody(value, f);
        string prefix = SignText(negative, f.Sign);
        if (f.Grouping != '\0')
        {
            // Group the integer part only.
            int end = 0;
            while (end < body.Length && char.IsAsciiDigit(body[end])) end++;
            if (end > 0)
            {
                int minWidth = f.Fill == '0' && f.Align == '=' ? Math.Max(0, f.Width - prefix.Length - (body.Length - end)) : 0;
                body = Group(body[..end], f.Grouping, 3, minWidth) + body[end..];
            }
        }
        return PadNumber(prefix, body, f);
    }

    /// <summary>The unsigned text of a float under a spec, and whether a minus sign is needed.</summary>
    private static (bool Negative, string Body) FloatBody(double value, FormatSpec f)
    {
        char type = f.TypeCode;
        bool upper = type is 'E' or 'F' or 'G';
        bool negative = double.IsNegative(value) && !double.IsNaN(value);
        double abs = Math.Abs(value);
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            string special = double.IsNaN(value) ? "nan" : "inf";
            return (negative, upper ? special.ToUpperInvariant() : special);
        }
        if (type == '%')
        {
            abs *= 100;
            if (double.IsInfinity(abs)) return (negative, (upper ? "INF" : "inf") + "%");
        }
        int precision = f.Precision;
        string body;
        switch (type)
        {
            case 'f' or 'F' or '%':
                body = FloatFormatting.Fixed(abs, precision < 0 ? 6 : precision, f.Alternate);
                if (type == '%') body += "%";
                break;
            case 'e' or 'E':
                body = FloatFormatting.Exponent(abs, precision < 0 ? 6 : precision, f.Alternate, upper ? 'E' : 'e');
                break;
            case 'g' or 'G' or 'n':
                body = FloatFormatting.General(abs, precision < 0 ? 6 : precision, f.Alternate, upper);
                break;
            default:
                body = precision < 0
                    ? FloatFormatting.Repr(abs)
                    : FloatFormatting.General(abs, precision, f.Alternate, upper: false, noTypeCode: true);
                break;
        }
        if (negative && f.NoNegativeZero && IsZeroText(body)) negative = false;
        return (negative, body);
    }

    private static bool IsZeroText(string body)
    {
        foreach (var c in body)
        {
            if (c is >= '1' and <= '9') return false;
            if (c is 'e' or 'E') break;
        }
        return true;
    }

    // ---- complex -----------------------------------------------------------------------------

    public static string FormatComplex(Complex value, string spec)
    {
        if (spec.Length == 0) return PyComplex.Create(value).Repr();
        var f = FormatSpec.Parse(spec, "complex");
        if (f.ZeroPad) throw PyExc.ValueError("Zero padding is not allowed in complex format specifier");
        if (f.Align == '=') throw PyExc.ValueError("'=' alignment flag is not allowed in complex format specifier");
        if (f.TypeCode is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n'))
            throw PyExc.ValueError($"Unknown format code '{f.TypeCode}' for object of type 'complex'");
        bool noType = f.TypeCode == '\0';
        var partSpec = new FormatSpec
        {
            Sign = f.Sign,
            NoNegativeZero = f.NoNegativeZero,
            Alternate = f.Alternate,
            Precision = f.Precision,
            TypeCode = noType && f.Precision >= 0 ? 'g' : f.TypeCode,
        };
        double re = value.Real, im = value.Imaginary;
        bool skipReal = noType && re == 0 && !double.IsNegative(re);
        string realText = "";
        if (!skipReal)
        {
            var (rn, rb) = noType && f.Precision < 0 ? (double.IsNegative(re), FloatFormatting.ShortRepr(Math.Abs(re), false)) : FloatBody(re, partSpec);
            realText = SignText(rn, f.Sign) + rb;
        }
        var (iNeg, ib) = noType && f.Precision < 0 ? (double.IsNegative(im), FloatFormatting.ShortRepr(Math.Abs(im), false)) : FloatBody(im, partSpec);
        string imagSign = iNeg ? "-" : skipReal ? SignText(false, f.Sign) : "+";
        string body = realText + imagSign + ib + "j";
        if (noType && !skipReal) body = "(" + body + ")";
        return Pad(body, f.Width, f.Align == '\0' ? '>' : f.Align, f.Fill);
    }
}
