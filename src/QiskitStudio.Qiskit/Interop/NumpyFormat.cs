using System.Globalization;
using System.Numerics;
using System.Text;

namespace QiskitStudio.Qiskit.Interop;

/// <summary>
/// numpy's printing of 1-D float, complex and string arrays (precision 8, "maxprec" mode,
/// line width 75), which Qiskit's reprs (<c>Statevector</c>, <c>SparsePauliOp</c>) are made of.
/// </summary>
internal static class NumpyFormat
{
    private const int LineWidth = 75;
    private const int Precision = 8;

    /// <summary>numpy's <c>array2string(values, separator, prefix)</c> for real numbers.</summary>
    public static string Array(IReadOnlyList<double> values, string separator, int prefixLength) =>
        Wrap(Summarised(values, Cells), separator, prefixLength);

    /// <summary>numpy's <c>array2string(values, separator, prefix)</c> for complex numbers.</summary>
    public static string Array(IReadOnlyList<Complex> values, string separator, int prefixLength) =>
        Wrap(Summarised(values, Cells), separator, prefixLength);

    /// <summary>Arrays past numpy's threshold of 1000 elements print their first and last 3, around "...".</summary>
    private static string[] Summarised<T>(IReadOnlyList<T> values, Func<IReadOnlyList<T>, string[]> cells)
    {
        const int threshold = 1000, edgeItems = 3;
        if (values.Count <= threshold) return cells(values);
        var shown = values.Take(edgeItems).Concat(values.Skip(values.Count - edgeItems)).ToArray();
        var words = cells(shown);
        return [.. words.Take(edgeItems), "...", .. words.Skip(edgeItems)];
    }

    /// <summary>Each complex value formatted as numpy formats it within the whole array.</summary>
    public static string[] Cells(IReadOnlyList<Complex> values)
    {
        var real = new FloatFormat(values.Select(v => v.Real).ToArray(), forceSign: false);
        var imag = new FloatFormat(values.Select(v => v.Imaginary).ToArray(), forceSign: true);
        return values.Select(v =>
        {
            string i = imag.Format(v.Imaginary);
            int end = i.TrimEnd().Length;
            return real.Format(v.Real) + i[..end] + "j" + i[end..];
        }).ToArray();
    }

    /// <summary>numpy's <c>array2string</c> of a string array: <c>['ZZ', 'IX']</c>.</summary>
    public static string Array(IReadOnlyList<string> values, string separator, int prefixLength) =>
        Wrap(values.Select(v => "'" + v + "'").ToArray(), separator, prefixLength);

    /// <summary>One float as numpy prints a lone value of an array (<c>0.5</c>, <c>1.</c>).</summary>
    public static string Scalar(double value) => new FloatFormat([value], forceSign: false).Format(value);

    /// <summary>Each value formatted as numpy formats it within the whole array (common padding).</summary>
    public static string[] Cells(IReadOnlyList<double> values)
    {
        var format = new FloatFormat(values, forceSign: false);
        return values.Select(format.Format).ToArray();
    }

    /// <summary>numpy's line filling: words joined by the separator, wrapped under the opening bracket.</summary>
    public static string Wrap(string[] words, string separator, int prefixLength)
    {
        string hanging = new(' ', prefixLength + 1);
        int elementWidth = LineWidth - Math.Max(separator.TrimEnd().Length, 1);
        var text = new StringBuilder();
        var line = new StringBuilder(hanging);
        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            bool wrap = line.Length + word.Length > elementWidth && line.Length > hanging.Length;
            if (wrap)
            {
                text.Append(line.ToString().TrimEnd()).Append('\n');
                line.Clear().Append(hanging);
            }
            line.Append(word);
            if (i < words.Length - 1) line.Append(separator);
        }
        text.Append(line);
        return "[" + text.ToString()[hanging.Length..] + "]";
    }

    /// <summary>numpy's FloatingFormat: common padding so the decimal points line up.</summary>
    private sealed class FloatFormat
    {
        private readonly bool _forceSign;
        private readonly bool _scientific;
        private readonly int _padLeft;
        private readonly int _padRight;
        private readonly int _precision;
        private readonly int _exponentDigits;

        public FloatFormat(IReadOnlyList<double> values, bool forceSign)
        {
            _forceSign = forceSign;
            var finite = values.Where(double.IsFinite).ToArray();
            var nonZero = finite.Where(v => v != 0).Select(Math.Abs).ToArray();
            if (nonZero.Length > 0)
            {
                double max = nonZero.Max(), min = nonZero.Min();
                _scientific = max >= 1e8 || min < 1e-4 || max / min > 1000;
            }
            if (finite.Length == 0) return;
            if (_scientific)
            {
                var parts = finite.Select(v => Scientific(v, Precision, 0)).ToArray();
                _precision = parts.Max(p => p.Fraction.Length);
                _exponentDigits = parts.Max(p => p.Exponent.Length) - 1;
                _padLeft = parts.Max(p => p.Integer.Length);
            }
            else
            {
                var parts = finite.Select(v => Positional(v)).ToArray();
                _padLeft = parts.Max(p => p.Integer.Length);
                _padRight = parts.Max(p => p.Fraction.Length);
            }
        }

        public string Format(double value)
        {
            if (!double.IsFinite(value))
            {
                string s = double.IsNaN(value) ? "nan" : value > 0 ? (_forceSign ? "+inf" : "inf") : "-inf";
                return s.PadLeft(_padLeft + _padRight + 1);
            }
            if (_scientific)
            {
                var (integer, fraction, exponent) = Scientific(value, _precision, _precision);
                string mantissa = integer.PadLeft(_padLeft) + "." + fraction;
                string sign = exponent.StartsWith('-') ? "-" : "+";
                string digits = exponent.TrimStart('-', '+').PadLeft(Math.Max(_exponentDigits, 2), '0');
                return mantissa + "e" + sign + digits;
            }
            var (i, f) = Positional(value);
            return i.PadLeft(_padLeft) + "." + f.PadRight(_padRight);
        }

        private (string Integer, string Fraction) Positional(double value)
        {
            string text = value.ToString("R", CultureInfo.InvariantCulture);
            if (text.Contains('E', StringComparison.Ordinal)) text = value.ToString("F20", CultureInfo.InvariantCulture);
            int dot = text.IndexOf('.', StringComparison.Ordinal);
            if (dot >= 0 && text.Length - dot - 1 > Precision)
                text = value.ToString("F" + Precision, CultureInfo.InvariantCulture);
            dot = text.IndexOf('.', StringComparison.Ordinal);
            string integer = dot < 0 ? text : text[..dot];
            string fraction = dot < 0 ? "" : text[(dot + 1)..].TrimEnd('0');
            if (integer == "-0" && fraction.Length == 0 && !double.IsNegative(value)) integer = "0";
            if (_forceSign && !integer.StartsWith('-')) integer = "+" + integer;
            return (integer, fraction);
        }

        private (string Integer, string Fraction, string Exponent) Scientific(double value, int maxDigits, int minDigits)
        {
            string text = value.ToString("E" + maxDigits, CultureInfo.InvariantCulture);
            // Prefer the shortest round-trip digits when they are fewer.
            string shortest = value.ToString("R", CultureInfo.InvariantCulture);
            int significant = shortest.TrimStart('-').Split('E')[0].Replace(".", "", StringComparison.Ordinal).TrimStart('0').TrimEnd('0').Length;
            if (significant > 0 && significant - 1 < maxDigits)
                text = value.ToString("E" + Math.Max(significant - 1, 0), CultureInfo.InvariantCulture);
            int e = text.IndexOf('E', StringComparison.Ordinal);
            string mantissa = text[..e];
            string exponent = int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            int dot = mantissa.IndexOf('.', StringComparison.Ordinal);
            string integer = dot < 0 ? mantissa : mantissa[..dot];
            string fraction = dot < 0 ? "" : mantissa[(dot + 1)..].TrimEnd('0');
            if (fraction.Length < minDigits) fraction = fraction.PadRight(minDigits, '0');
            if (_forceSign && !integer.StartsWith('-')) integer = "+" + integer;
            return (integer, fraction, exponent);
        }
    }
}
