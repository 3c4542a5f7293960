using System.Globalization;
using System.Numerics;
using QiskitStudio.Quantum.Formatting;
using QiskitStudio.Quantum.Parameters;

namespace QiskitStudio.Quantum.Drawing;

/// <summary>Where a number written with π is going: the text drawer or OpenQASM.</summary>
public enum PiStyle { Text, Qasm }

/// <summary>
/// Writes numbers as multiples or fractions of π the way Qiskit's <c>pi_check</c> does:
/// <c>π/2</c>, <c>3π/4</c>, <c>-2π</c>, <c>2/π</c>, <c>π**2</c> (text) or <c>pi/2</c>, <c>3*pi/4</c> (qasm),
/// and other numbers in <c>%.{ndigits}g</c> form.
/// </summary>
public static class PiFormatter
{
    private const int MaxFraction = 16;

    public static string Format(double value, PiStyle style = PiStyle.Text, int ndigits = 5, double eps = 1e-6)
    {
        if (Math.Abs(value) < 1e-14) return "0";
        string pi = style == PiStyle.Text ? "π" : "pi";
        string neg = value < 0 ? "-" : "";
        double abs = Math.Abs(value);

        // Whole multiples of π.
        double multiple = value / Math.PI;
        if (Math.Abs(multiple) >= 1 - eps)
        {
            double rounded = Math.Round(multiple, MidpointRounding.ToEven);
            if (Math.Abs(Math.Abs(multiple) - Math.Abs(rounded)) < eps)
            {
                long m = (long)Math.Abs(rounded);
                if (m == 1) return neg + pi;
                return style == PiStyle.Qasm ? $"{neg}{m}*{pi}" : $"{neg}{m}{pi}";
            }
        }

        // Powers of π.
        if (abs > Math.PI)
        {
            for (int power = 2; power <= 4; power++)
            {
                if (Math.Abs(abs - Math.Pow(Math.PI, power)) < eps)
                    return style == PiStyle.Qasm ? PythonNumberFormat.General(value, ndigits) : $"{neg}{pi}**{power}";
            }
        }

        if (abs >= MaxFraction * Math.PI) return PythonNumberFormat.General(value, ndigits);

        // π / n.
        double reciprocal = Math.PI / value;
        double roundedReciprocal = Math.Round(reciprocal, MidpointRounding.ToEven);
        if (Math.Abs(Math.Abs(reciprocal) - Math.Abs(roundedReciprocal)) < eps)
            return $"{neg}{pi}/{(long)Math.Abs(roundedReciprocal)}";

        // nπ/d, scanning denominators first as numpy.where over the (d, n) mesh does.
        for (int d = 1; d <= MaxFraction; d++)
            for (int n = 1; n <= MaxFraction; n++)
                if (Math.Abs(abs - (double)n / d * Math.PI) < eps)
                    return style == PiStyle.Qasm ? $"{neg}{n}*{pi}/{d}" : $"{neg}{n}{pi}/{d}";

        // n/(dπ).
        for (int d = 1; d <= MaxFraction; d++)
            for (int n = 1; n <= MaxFraction; n++)
                if (Math.Abs(abs - (double)n / d / Math.PI) < eps)
                {
                    if (style == PiStyle.Qasm) return $"{neg}{n}/({d}*{pi})";
                    string denominator = d == 1 ? "" : d.ToString(CultureInfo.InvariantCulture);
                    return $"{neg}{n}/{denominator}{pi}";
                }

        return PythonNumberFormat.General(value, ndigits);
    }

    /// <summary>A complex number as pi_check writes it: real and imaginary parts each formatted, then <c>j</c>.</summary>
    public static string Format(Complex value, PiStyle style = PiStyle.Text, int ndigits = 5, double eps = 1e-6)
    {
        string re = Format(value.Real, style, ndigits, eps);
        string im = Format(value.Imaginary, style, ndigits, eps);
        if (re == "0" && im != "0") return im + "j";
        if (re != "0" && im != "0") return $"{re}{(value.Imaginary < 0 ? "" : "+")}{im}j";
        return re;
    }

    /// <summary>A parameter: numbers as above; expressions printed with constants that are π-forms replaced.</summary>
    public static string Format(ParameterValue value, PiStyle style = PiStyle.Text, int ndigits = 5, double eps = 1e-6)
    {
        if (value.IsNumeric) return Format(value.ComplexValue, style, ndigits, eps);
        return FormatExpression(value.Expression!, style, ndigits, eps);
    }

    public static string FormatExpression(ParameterExpression expression, PiStyle style = PiStyle.Text, int ndigits = 5, double eps = 1e-6) =>
        expression.Format(v =>
        {
            string candidate = Format(Math.Abs(v), style, ndigits, eps);
            bool plainNumber = double.TryParse(candidate, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
            string text = plainNumber ? PythonNumberFormat.Repr(Math.Abs(v)) : candidate;
            return v < 0 ? "-" + text : text;
        });
}
