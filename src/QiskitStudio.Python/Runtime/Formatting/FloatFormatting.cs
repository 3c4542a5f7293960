using System.Globalization;
using System.Numerics;
using System.Text;

namespace QiskitStudio.Python.Runtime;

/// <summary>
/// Float to text exactly as CPython: the shortest round-trip <c>repr</c>, and the exactly
/// rounded (round-half-even on the binary value) fixed, exponent and general forms used by
/// format specs, <c>%</c> formatting and <c>round()</c>.
/// </summary>
public static class FloatFormatting
{
    /// <summary><c>repr(x)</c>: shortest digits, exponent form outside 1e-4 &lt;= |x| &lt; 1e16.</summary>
    public static string Repr(double value) => ShortRepr(value, addDotZero: true);

    /// <summary>The 'r' form; without ".0" for integral values (as complex reprs show their parts).</summary>
    public static string ShortRepr(double value, bool addDotZero)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsPositiveInfinity(value)) return "inf";
        if (double.IsNegativeInfinity(value)) return "-inf";
        if (value == 0) return (double.IsNegative(value) ? "-0" : "0") + (addDotZero ? ".0" : "");
        var (digits, decpt) = ShortestDigits(Math.Abs(value));
        var sb = new StringBuilder(24);
        if (value < 0) sb.Append('-');
        if (decpt <= -4 || decpt > 16)
        {
            AppendExponentForm(sb, digits, decpt - 1, keepPoint: false);
        }
        else
        {
            AppendFixed(sb, digits, decpt);
            if (decpt >= digits.Length && addDotZero) sb.Append(".0");
        }
        return sb.ToString();
    }

    /// <summary>Shortest round-trip digits of a positive finite value: value = 0.DIGITS × 10^decpt.</summary>
    public static (string Digits, int DecimalPoint) ShortestDigits(double value)
    {
        Span<char> buffer = stackalloc char[40];
        value.TryFormat(buffer, out int length, "R", CultureInfo.InvariantCulture);
        var r = buffer[..length];
        int ePos = r.IndexOfAny('E', 'e');
        var mantissa = ePos < 0 ? r : r[..ePos];
        int exponent = ePos < 0 ? 0 : int.Parse(r[(ePos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        Span<char> digits = stackalloc char[mantissa.Length];
        int count = 0, intDigits = mantissa.Length;
        for (int i = 0; i < mantissa.Length; i++)
        {
            if (mantissa[i] == '.') intDigits = i;
            else digits[count++] = mantissa[i];
        }
        int lead = 0;
        while (lead < count - 1 && digits[lead] == '0') lead++;
        int end = count;
        while (end > lead + 1 && digits[end - 1] == '0') end--;
        if (end - lead >= 17)
        {
            // Seventeen digits: take the correctly rounded ones (the closest of the shortest candidates).
            var (exact, exp) = ExponentDigits(value, 16);
            string trimmed = exact.TrimEnd('0');
            return (trimmed.Length == 0 ? "0" : trimmed, exp + 1);
        }
        return (new string(digits[lead..end]), intDigits - lead + exponent);
    }

    private static void AppendFixed(StringBuilder sb, string digits, int decpt)
    {
        if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            sb.Append(digits).Append('0', decpt - digits.Length);
        }
        else
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
    }

    private static void AppendExponentForm(StringBuilder sb, string digits, int exponent, bool keepPoint, char e = 'e')
    {
        sb.Append(digits[0]);
        if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
        else if (keepPoint) sb.Append('.');
        AppendExponent(sb, exponent, e);
    }

    private static void AppendExponent(StringBuilder sb, int exponent, char e)
    {
        sb.Append(e).Append(exponent < 0 ? '-' : '+');
        int abs = Math.Abs(exponent);
        if (abs < 10) sb.Append('0');
        sb.Append(abs);
    }

    // ---- exact decimal rounding ----------------------------------------------------------------

    /// <summary>round_half_even(value × 10^k) for a finite non-negative value, computed exactly.</summary>
    public static BigInteger ScaledRound(double value, int k)
    {
        if (value == 0) return BigInteger.Zero;
        long bits = BitConverter.DoubleToInt64Bits(value);
        int rawExp = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        int e;
        if (rawExp == 0) e = -1074;
        else
        {
            mantissa |= 1L << 52;
            e = rawExp - 1075;
        }
        BigInteger num = mantissa;
        BigInteger den = BigInteger.One;
        if (k >= 0) num *= BigInteger.Pow(10, k);
        else den *= BigInteger.Pow(10, -k);
        if (e >= 0) num <<= e;
        else den <<= -e;
        var q = BigInteger.DivRem(num, den, out var rem);
        int cmp = (rem << 1).CompareTo(den);
        if (cmp > 0 || (cmp == 0 && !q.IsEven)) q += 1;
        return q;
    }

    /// <summary>Fixed notation with <paramref name="precision"/> decimals, of a finite non-negative value.</summary>
    public static string Fixed(double value, int precision, bool alternate = false)
    {
        // .NET prints the exact binary value correctly rounded; only exact ties (where .NET rounds
        // half away from zero and CPython half to even) need the BigInteger path.
        if (precision <= 60 && !IsExactTie(value, precision))
        {
            string fast = value.ToString("F" + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            return alternate && precision == 0 ? fast + "." : fast;
        }
        var n = ScaledRound(value, precision);
        string digits = n.ToString(CultureInfo.InvariantCulture);
        if (precision == 0) return alternate ? digits + "." : digits;
        if (digits.Length <= precision) digits = new string('0', precision - digits.Length + 1) + digits;
        return digits[..^precision] + "." + digits[^precision..];
    }

    /// <summary>True when value × 10^k lies exactly halfway between two integers.</summary>
    private static bool IsExactTie(double value, int k)
    {
        if (value == 0) return false;
        long bits = BitConverter.DoubleToInt64Bits(value);
        int rawExp = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        int e = rawExp == 0 ? -1074 : rawExp - 1075;
        if (rawExp != 0) mantissa |= 1L << 52;
        // value × 10^k = (mantissa >> tz) × 5^k × 2^(e + k + tz); a tie has exactly one fractional bit.
        int tz = System.Numerics.BitOperations.TrailingZeroCount(mantissa);
        return e + k + tz == -1;
    }

    /// <summary>Significant digits (precision+1 of them) and the decimal exponent of the first.</summary>
    public static (string Digits, int Exponent) ExponentDigits(double value, int precision)
    {
        if (value == 0) return (new string('0', precision + 1), 0);
        int exp = (int)Math.Floor(Math.Log10(value));
        var lower = BigInteger.Pow(10, precision);
        var upper = lower * 10;
        for (int attempt = 0; attempt < 4; attempt++)
        {
            var n = ScaledRound(value, precision - exp);
            if (n >= upper)
            {
                if (n == upper)
                {
                    // Rounding carried into a new digit (9.99 -> 10.0).
                    return ("1" + new string('0', precision), exp + 1);
                }
                exp++;
                continue;
            }
            if (n < lower)
            {
                exp--;
                continue;
            }
            return (n.ToString(CultureInfo.InvariantCulture), exp);
        }
        var last = ScaledRound(value, precision - exp);
        return (last.ToString(CultureInfo.InvariantCulture), exp);
    }

    /// <summary>'e' notation of a finite non-negative value.</summary>
    public static string Exponent(double value, int precision, bool alternate = false, char e = 'e')
    {
        var (digits, exp) = ExponentDigits(value, precision);
        var sb = new StringBuilder(precision + 8);
        AppendExponentForm(sb, digits, exp, keepPoint: alternate, e);
        return sb.ToString();
    }

    /// <summary>
    /// 'g' notation of a finite non-negative value. <paramref name="noTypeCode"/> is the format
    /// spec without a type letter, which keeps at least one decimal in fixed form.
    /// </summary>
    public static string General(double value, int precision, bool alternate = false, bool upper = false, bool noTypeCode = false)
    {
        if (precision == 0) precision = 1;
        var (digits, exp) = ExponentDigits(value, precision - 1);
        if (value == 0) exp = 0;
        var sb = new StringBuilder(precision + 8);
        // Without a type letter CPython switches to exponent form one digit earlier.
        if (exp >= -4 && exp < (noTypeCode ? precision - 1 : precision))
        {
            // Fixed form with precision-1-exp decimals, built from the same digits.
            AppendFixed(sb, digits, exp + 1);
            string s = sb.ToString();
            if (exp + 1 < digits.Length || alternate)
            {
                if (!s.Contains('.')) s += ".";
            }
            if (!alternate)
            {
                if (s.Contains('.')) s = s.TrimEnd('0').TrimEnd('.');
                if (noTypeCode && !s.Contains('.')) s += ".0";
            }
            else if (exp + 1 >= digits.Length && !s.Contains('.'))
            {
                s += ".";
            }
            return s;
        }
        string mant = digits;
        if (!alternate)
        {
            mant = mant.TrimEnd('0');
            if (mant.Length == 0) mant = "0";
        }
        AppendExponentForm(sb, mant, exp, keepPoint: alternate, upper ? 'E' : 'e');
        return sb.ToString();
    }
}
