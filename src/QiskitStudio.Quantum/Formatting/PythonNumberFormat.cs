using System.Globalization;

namespace QiskitStudio.Quantum.Formatting;

/// <summary>
/// Formats numbers the way CPython does, because Qiskit's printed output (drawings,
/// OpenQASM, parameter expressions) is built from Python's <c>repr(float)</c> and
/// <c>format(x, ".Ng")</c>.
/// </summary>
public static class PythonNumberFormat
{
    /// <summary>Python's <c>repr(float)</c>: shortest round-trip digits, <c>1.0</c>, <c>1e-05</c>, <c>inf</c>.</summary>
    public static string Repr(double value)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsPositiveInfinity(value)) return "inf";
        if (double.IsNegativeInfinity(value)) return "-inf";
        if (value == 0) return double.IsNegative(value) ? "-0.0" : "0.0";

        var (negative, digits, decimalPoint) = ShortestDigits(value);
        string body;
        if (decimalPoint <= -4 || decimalPoint > 16)
        {
            body = Scientific(digits, decimalPoint - 1);
        }
        else if (decimalPoint <= 0)
        {
            body = "0." + new string('0', -decimalPoint) + digits;
        }
        else if (decimalPoint >= digits.Length)
        {
            body = digits + new string('0', decimalPoint - digits.Length) + ".0";
        }
        else
        {
            body = digits[..decimalPoint] + "." + digits[decimalPoint..];
        }
        return negative ? "-" + body : body;
    }

    /// <summary>Python's <c>format(value, ".{precision}g")</c>.</summary>
    public static string General(double value, int precision)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";
        if (precision <= 0) precision = 1;
        if (value == 0) return double.IsNegative(value) ? "-0" : "0";

        string e = value.ToString("E" + (precision - 1), CultureInfo.InvariantCulture);
        int ePos = e.IndexOf('E');
        int exponent = int.Parse(e[(ePos + 1)..], CultureInfo.InvariantCulture);
        bool negative = e[0] == '-';
        string mantissa = e[(negative ? 1 : 0)..ePos].Replace(".", "", StringComparison.Ordinal);
        string body;
        if (exponent >= -4 && exponent < precision)
        {
            if (exponent >= 0)
            {
                string whole = mantissa.Length > exponent + 1 ? mantissa[..(exponent + 1)] : mantissa.PadRight(exponent + 1, '0');
                string frac = mantissa.Length > exponent + 1 ? mantissa[(exponent + 1)..] : "";
                frac = frac.TrimEnd('0');
                body = frac.Length > 0 ? whole + "." + frac : whole;
            }
            else
            {
                string frac = (new string('0', -exponent - 1) + mantissa).TrimEnd('0');
                body = "0." + frac;
            }
        }
        else
        {
            string trimmed = mantissa.TrimEnd('0');
            if (trimmed.Length == 0) trimmed = "0";
            body = Scientific(trimmed, exponent);
        }
        return negative ? "-" + body : body;
    }

    /// <summary>An integer-valued double as Python prints an <c>int</c>, otherwise <see cref="Repr"/>.</summary>
    public static string IntOrRepr(double value, bool isInteger) =>
        isInteger && Math.Abs(value) < 1e18 && value == Math.Floor(value)
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : Repr(value);

    private static string Scientific(string digits, int exponent)
    {
        string mant = digits.Length > 1 ? digits[0] + "." + digits[1..] : digits;
        string sign = exponent < 0 ? "-" : "+";
        return mant + "e" + sign + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>Shortest round-trip significant digits and the decimal point position (value = 0.DIGITS × 10^point).</summary>
    private static (bool Negative, string Digits, int DecimalPoint) ShortestDigits(double value)
    {
        string r = value.ToString("R", CultureInfo.InvariantCulture);
        bool negative = r.StartsWith('-');
        if (negative) r = r[1..];
        int exp = 0;
        int ePos = r.IndexOfAny(['E', 'e']);
        if (ePos >= 0)
        {
            exp = int.Parse(r[(ePos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..ePos];
        }
        int dot = r.IndexOf('.');
        string intPart = dot >= 0 ? r[..dot] : r;
        string fracPart = dot >= 0 ? r[(dot + 1)..] : "";
        string all = intPart + fracPart;
        int point = intPart.Length + exp;
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') { lead++; point--; }
        all = all[lead..].TrimEnd('0');
        if (all.Length == 0) all = "0";
        return (negative, all, point);
    }
}
