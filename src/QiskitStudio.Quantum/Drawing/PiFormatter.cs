using System.Globalization;
using System.Numerics;
using QiskitStudio.Quantum.Formatting;
using QiskitStudio.Quantum.Parameters;

namespace QiskitStudio.Quantum.Drawing;

/// <summary>Where a number written with π is going: the text drawer or OpenQASM.</summary>
public enum PiStyle { Text, Qasm }

/// <summary>
/// Writes numbers as multiples or fractions of π the way Qiskit 2.x's <c>pi_check</c> does:
/// <c>π/2</c>, <c>3π/4</c>, <c>-2π</c>, <c>2/π</c>, <c>π**2</c> (text) or <c>pi/2</c>, <c>3*pi/4</c> (qasm),
/// with numerators and denominators up to 99; other numbers as <c>%.{ndigits}g</c>, or at full
/// precision when <c>ndigits</c> is null (OpenQASM keeps a decimal point: <c>1.0</c>, <c>1.e-05</c>).
/// </summary>
public static class PiFormatter
{
    private const int MaxFraction = 99;

    /// <summary>Tolerance Qiskit uses unless told otherwise.</summary>
    public const double DefaultEps = 1e-9;

    public static string Format(double value, PiStyle style = PiStyle.Text, int? ndigits = 5, double eps = DefaultEps)
    {
        if (Math.Abs(value) < eps) return "0";
        string pi = style == PiStyle.Text ? "π" : "pi";
        string neg = value < 0 ? "-" : "";
        double abs = Math.Abs(value);

        // Whole multiples of π.
        double multiple = abs / Math.PI;
        if (multiple >= 1 - eps)
        {
            double coef = Math.Round(multiple, MidpointRounding.ToEven);
            if (coef <= MaxFraction && Math.Abs(multiple - coef) < eps) return PiMultiple((long)coef, 1, pi, style, neg);
        }

        // Powers of π.
        if (abs > Math.PI)
            for (int power = 2; power <= 4; power++)
                if (Math.Abs(abs - Math.Pow(Math.PI, power)) < eps)
                    return style == PiStyle.Qasm ? Raw(value, style, ndigits) : $"{neg}{pi}**{power}";

        if (abs >= MaxFraction * Math.PI) return Raw(value, style, ndigits);

        // (n·π)/d.
        if (ClosestFraction(abs / Math.PI) is var (n1, d1) && n1 <= MaxFraction && Math.Abs(abs - (double)n1 / d1 * Math.PI) < eps)
            return PiMultiple(n1, d1, pi, style, neg);

        // n/(d·π).
        if (ClosestFraction(abs * Math.PI) is var (n2, d2) && n2 <= MaxFraction && Math.Abs(abs - (double)n2 / d2 / Math.PI) < eps)
        {
            if (style == PiStyle.Qasm) return $"{neg}{n2}/({d2}*{pi})";
            string denominator = d2 == 1 ? "" : d2.ToString(CultureInfo.InvariantCulture);
            return $"{neg}{n2}/{denominator}{pi}";
        }

        return Raw(value, style, ndigits);
    }

    private static string PiMultiple(long numerator, long denominator, string pi, PiStyle style, string neg)
    {
        string coefficient = numerator == 1 ? "" : style == PiStyle.Qasm ? $"{numerator}*" : numerator.ToString(CultureInfo.InvariantCulture);
        return denominator == 1 ? $"{neg}{coefficient}{pi}" : $"{neg}{coefficient}{pi}/{denominator}";
    }

    /// <summary>The fraction n/d (d ≤ 99, lowest terms) closest to x, as Python's Fraction.limit_denominator(99).</summary>
    private static (long Numerator, long Denominator) ClosestFraction(double x)
    {
        long bestN = (long)Math.Round(x), bestD = 1;
        double bestError = Math.Abs(x - bestN);
        for (long d = 2; d <= MaxFraction; d++)
        {
            long n = (long)Math.Round(x * d);
            double error = Math.Abs(x - (double)n / d);
            if (error < bestError) { bestError = error; bestN = n; bestD = d; }
        }
        long g = Gcd(Math.Abs(bestN), bestD);
        return g > 1 ? (bestN / g, bestD / g) : (bestN, bestD);
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a == 0 ? 1 : a;
    }

    /// <summary>A number not recognised as a π form: <c>%.{ndigits}g</c>, or full precision (with a decimal point for OpenQASM).</summary>
    private static string Raw(double value, PiStyle style, int? ndigits)
    {
        if (ndigits is int digits) return style == PiStyle.Qasm ? AlternateForm(PythonNumberFormat.General(value, digits)) : PythonNumberFormat.General(value, digits);
        string repr = PythonNumberFormat.Repr(value);
        return style == PiStyle.Qasm ? AlternateForm(repr) : repr;
    }

    /// <summary>Python's '#' flag: make sure the mantissa has a decimal point (<c>1e-05</c> → <c>1.e-05</c>).</summary>
    private static string AlternateForm(string number)
    {
        if (number.Contains('.', StringComparison.Ordinal) || number.Contains("inf", StringComparison.Ordinal) || number.Contains("nan", StringComparison.Ordinal)) return number;
        int e = number.IndexOf('e');
        return e < 0 ? number + "." : number[..e] + "." + number[e..];
    }

    /// <summary>A complex number as pi_check writes it: real and imaginary parts each formatted, then <c>j</c>.</summary>
    public static string Format(Complex value, PiStyle style = PiStyle.Text, int? ndigits = 5, double eps = DefaultEps)
    {
        string re = Format(value.Real, style, ndigits, eps);
        string im = Format(value.Imaginary, style, ndigits, eps);
        if (re == "0" && im != "0") return im + "j";
        if (re != "0" && im != "0") return $"{re}{(value.Imaginary < 0 ? "" : "+")}{im}j";
        return re;
    }

    /// <summary>A parameter: numbers as above; expressions printed with constants that are π-forms replaced.</summary>
    public static string Format(ParameterValue value, PiStyle style = PiStyle.Text, int? ndigits = 5, double eps = DefaultEps)
    {
        if (value.IsNumeric) return Format(value.ComplexValue, style, ndigits, eps);
        return FormatExpression(value.Expression!, style, ndigits, eps);
    }

    public static string FormatExpression(ParameterExpression expression, PiStyle style = PiStyle.Text, int? ndigits = 5, double eps = DefaultEps) =>
        expression.Format(v =>
        {
            string candidate = Format(Math.Abs(v), style, ndigits, eps);
            bool plainNumber = double.TryParse(candidate, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
            string text = plainNumber ? PythonNumberFormat.Repr(Math.Abs(v)) : candidate;
            return v < 0 ? "-" + text : text;
        });
}
