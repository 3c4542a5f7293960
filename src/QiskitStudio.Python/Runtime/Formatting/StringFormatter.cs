using System.Text;

namespace QiskitStudio.Python.Runtime;

/// <summary><c>str.format</c> and <c>str.format_map</c>: fields, conversions, nested specs, auto numbering.</summary>
public static class StringFormatter
{
    private sealed class State
    {
        public int AutoIndex;
        public bool UsedAuto;
        public bool UsedManual;
    }

    public static string Format(string template, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs, PyObject? mapping)
    {
        var state = new State();
        return FormatCore(template, args, kwargs, mapping, state, depth: 2);
    }

    private static string FormatCore(string template, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs, PyObject? mapping, State state, int depth)
    {
        if (depth < 0) throw PyExc.ValueError("Max string recursion exceeded");
        var sb = new StringBuilder(template.Length + 16);
        int i = 0, n = template.Length;
        while (i < n)
        {
            char c = template[i];
            if (c == '}')
            {
                if (i + 1 < n && template[i + 1] == '}')
                {
                    sb.Append('}');
                    i += 2;
                    continue;
                }
                throw PyExc.ValueError("Single '}' encountered in format string");
            }
            if (c != '{')
            {
                sb.Append(c);
                i++;
                continue;
            }
            if (i + 1 < n && template[i + 1] == '{')
            {
                sb.Append('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, allowing one level of nested braces in the spec.
            int level = 1, j = i + 1;
            while (j < n && level > 0)
            {
                if (template[j] == '{') level++;
                else if (template[j] == '}') level--;
                if (level > 0) j++;
            }
            if (j >= n) throw PyExc.ValueError(level > 0 ? "expected '}' before end of string" : "Single '{' encountered in format string");
            string field = template.Substring(i + 1, j - i - 1);
            sb.Append(FormatField(field, args, kwargs, mapping, state, depth));
            i = j + 1;
        }
        return sb.ToString();
    }

    private static string FormatField(string field, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs, PyObject? mapping, State state, int depth)
    {
        // Split "name!conv:spec" (the name may contain [..] with any characters).
        int k = 0;
        while (k < field.Length && field[k] != '!' && field[k] != ':')
        {
            if (field[k] == '[')
            {
                while (k < field.Length && field[k] != ']') k++;
            }
            k++;
        }
        if (k > field.Length) k = field.Length;
        string name = field[..k];
        char conversion = '\0';
        string spec = "";
        if (k < field.Length && field[k] == '!')
        {
            if (k + 1 >= field.Length) throw PyExc.ValueError("end of string while looking for conversion specifier");
            conversion = field[k + 1];
            k += 2;
            if (k < field.Length && field[k] != ':') throw PyExc.ValueError("expected ':' after conversion specifier");
        }
        if (k < field.Length && field[k] == ':') spec = field[(k + 1)..];
        var value = ResolveField(name, args, kwargs, mapping, state);
        if (spec.Contains('{')) spec = FormatCore(spec, args, kwargs, mapping, state, depth - 1);
        value = conversion switch
        {
            '\0' => value,
            'r' => PyStr.Create(PyOps.Repr(value)),
            's' => PyStr.Create(PyOps.Str(value)),
            'a' => PyStr.Create(PyStr.AsciiOf(PyOps.Repr(value))),
            _ => throw PyExc.ValueError($"Unknown conversion specifier {conversion}"),
        };
        return PyOps.Format(value, spec);
    }

    private static PyObject ResolveField(string name, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs, PyObject? mapping, State state)
    {
        int end = 0;
        while (end < name.Length && name[end] != '.' && name[end] != '[') end++;
        string first = name[..end];
        PyObject value;
        if (first.Length == 0)
        {
            if (state.UsedManual) throw PyExc.ValueError("cannot switch from manual field specification to automatic field numbering");
            state.UsedAuto = true;
            int index = state.AutoIndex++;
            if (index >= args.Length) throw PyExc.IndexError($"Replacement index {index} out of range for positional args tuple");
            value = args[index];
        }
        else if (int.TryParse(first, out int index) && first.All(char.IsAsciiDigit))
        {
            if (state.UsedAuto) throw PyExc.ValueError("cannot switch from automatic field numbering to manual field specification");
            state.UsedManual = true;
            if (index >= args.Length) throw PyExc.IndexError($"Replacement index {index} out of range for positional args tuple");
            value = args[index];
        }
        else if (mapping is not null)
        {
            value = PyOps.GetItem(mapping, PyStr.Create(first));
        }
        else
        {
            value = kwargs?.Get(first) ?? throw PyExc.KeyError(PyStr.Create(first));
        }

        int i = end;
        while (i < name.Length)
        {
            if (name[i] == '.')
            {
                int j = i + 1;
                while (j < name.Length && name[j] != '.' && name[j] != '[') j++;
                string attr = name[(i + 1)..j];
                if (attr.Length == 0) throw PyExc.ValueError("Empty attribute in format string");
                value = PyOps.GetAttr(value, attr);
                i = j;
            }
            else if (name[i] == '[')
            {
                int j = name.IndexOf(']', i);
                if (j < 0) throw PyExc.ValueError("Missing ']' in format string");
                string key = name[(i + 1)..j];
                if (key.Length == 0) throw PyExc.ValueError("Empty attribute in format string");
                PyObject keyObj = key.All(char.IsAsciiDigit) ? PyInt.Create(long.Parse(key)) : PyStr.Create(key);
                value = PyOps.GetItem(value, keyObj);
                i = j + 1;
            }
            else
            {
                throw PyExc.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }
}

/// <summary>printf-style formatting: <c>"%5.2f %s" % (x, y)</c>.</summary>
public static class PercentFormatter
{
    public static string Format(string template, PyObject values)
    {
        PyObject[] args;
        PyObject? mapping = null;
        if (values is PyTuple t && t.IsExact) args = t.Items.ToArray();
        else
        {
            args = [values];
            if (values is PyDict || (values is not PyStr && values.Type.Lookup("__getitem__") is not null && values is not PyTuple && values is not PyList))
                mapping = values;
        }
        int argIndex = 0;
        bool usedMapping = false;
        var sb = new StringBuilder(template.Length + 16);
        int i = 0, n = template.Length;
        PyObject NextArg()
        {
            if (argIndex >= args.Length) throw PyExc.TypeError("not enough arguments for format string");
            return args[argIndex++];
        }
        while (i < n)
        {
            char c = template[i];
            if (c != '%')
            {
                sb.Append(c);
                i++;
                continue;
            }
            int specStart = i;
            i++;
            if (i >= n) throw PyExc.ValueError("incomplete format");
            PyObject? keyed = null;
            if (template[i] == '(')
            {
                if (mapping is null) throw PyExc.TypeError("format requires a mapping");
                int depth = 1, j = i + 1;
                while (j < n && depth > 0)
                {
                    if (template[j] == '(') depth++;
                    else if (template[j] == ')') depth--;
                    j++;
                }
                if (depth > 0) throw PyExc.ValueError("incomplete format key");
                keyed = PyOps.GetItem(mapping, PyStr.Create(template[(i + 1)..(j - 1)]));
                usedMapping = true;
                i = j;
            }
            bool left = false, plus = false, space = false, alt = false, zero = false;
            while (i < n && template[i] is '-' or '+' or ' ' or '#' or '0')
            {
                switch (template[i])
                {
                    case '-': left = true; break;
                    case '+': plus = true; break;
                    case ' ': space = true; break;
                    case '#': alt = true; break;
                    case '0': zero = true; break;
                }
                i++;
            }
            int width = -1;
            if (i < n && template[i] == '*')
            {
                width = (int)PyConvert.ToLong(NextArg());
                if (width < 0)
                {
                    left = true;
                    width = -width;
                }
                i++;
            }
            else
            {
                int ws = i;
                while (i < n && char.IsAsciiDigit(template[i])) i++;
                if (i > ws) width = int.Parse(template.AsSpan(ws, i - ws));
            }
            int precision = -1;
            if (i < n && template[i] == '.')
            {
                i++;
                if (i < n && template[i] == '*')
                {
                    precision = (int)PyConvert.ToLong(NextArg());
                    i++;
                }
                else
                {
                    int ps = i;
                    while (i < n && char.IsAsciiDigit(template[i])) i++;
                    precision = i > ps ? int.Parse(template.AsSpan(ps, i - ps)) : 0;
                }
            }
            while (i < n && template[i] is 'h' or 'l' or 'L') i++;
            if (i >= n) throw PyExc.ValueError("incomplete format");
            char type = template[i++];
            if (type == '%')
            {
                sb.Append('%');
                continue;
            }
            var value = keyed ?? NextArg();
            string text = Convert(type, value, alt, precision, plus, space, i - 1);
            // Zero padding goes after the sign and any 0x prefix, numbers only.
            if (width > text.Length)
            {
                int pad = width - text.Length;
                if (left) text += new string(' ', pad);
                else if (zero && type is not ('s' or 'r' or 'a' or 'c') && !IsNonFinite(text))
                {
                    int signLength = text.Length > 0 && text[0] is '-' or '+' or ' ' ? 1 : 0;
                    if (alt && text.Length > signLength + 1 && text[signLength] == '0' && text[signLength + 1] is 'x' or 'X' or 'o' or 'b') signLength += 2;
                    text = text[..signLength] + new string('0', pad) + text[signLength..];
                }
                else text = new string(' ', pad) + text;
            }
            sb.Append(text);
            _ = specStart;
        }
        if (argIndex < args.Length && !usedMapping && mapping is null)
            throw PyExc.TypeError("not all arguments converted during string formatting");
        return sb.ToString();
    }

    private static bool IsNonFinite(string text) => text.EndsWith("inf") || text.EndsWith("nan");

    private static string Convert(char type, PyObject value, bool alt, int precision, bool plus, bool space, int index)
    {
        string sign = plus ? "+" : space ? " " : "";
        switch (type)
        {
            case 's':
            {
                string s = PyOps.Str(value);
                return precision >= 0 && s.Length > precision ? s[..precision] : s;
            }
            case 'r' or 'a':
            {
                string s = PyOps.Repr(value);
                if (type == 'a') s = PyStr.AsciiOf(s);
                return precision >= 0 && s.Length > precision ? s[..precision] : s;
            }
            case 'c':
                if (value is PyStr cs && cs.CodePointLength == 1) return cs.Value;
                if (value is PyInt ci)
                    return PyStr.FromCodePoint(ci.IsBig ? -1 : ci.Value) ?? throw PyExc.OverflowError("%c arg not in range(0x110000)");
                throw PyExc.TypeError($"%c requires int or char");
            case 'd' or 'i' or 'u':
            {
                PyInt iv = value switch
                {
                    PyInt pi => pi,
                    PyFloat pf => PyConvert.DoubleToInt(pf.Value),
                    _ => PyOps.TryIndex(value) ?? (value.Type.DispatchesDunders && value.Type.LookupUserDunder("__int__") is not null
                        ? PyConvert.ToInt(value)
                        : throw PyExc.TypeError($"%{type} format: a real number is required, not {value.Type.Name}")),
                };
                string digits = NumberFormatter.FormatInt(iv, sign == "" ? "" : sign);
                return PadPrecision(digits, precision);
            }
            case 'o' or 'x' or 'X':
            {
                var iv = value as PyInt ?? PyOps.TryIndex(value)
                    ?? throw PyExc.TypeError($"%{type} format: an integer is required, not {value.Type.Name}");
                string spec = sign + (alt ? "#" : "") + type;
                return PadPrecision(NumberFormatter.FormatInt(iv, spec), precision);
            }
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
            {
                if (value is PyStr || (value.AsDouble() is null && !value.Type.DispatchesDunders))
                    throw PyExc.TypeError($"must be real number, not {value.Type.Name}");
                double d = PyConvert.ToDouble(value);
                string spec = sign + (alt ? "#" : "") + "." + (precision < 0 ? 6 : precision) + type;
                return NumberFormatter.FormatFloat(d, spec);
            }
            default:
                throw PyExc.ValueError($"unsupported format character '{type}' (0x{(int)type:x}) at index {index}");
        }
    }

    /// <summary>%.5d pads the digits (not the sign) with zeros to the precision.</summary>
    private static string PadPrecision(string digits, int precision)
    {
        if (precision < 0) return digits;
        int signLength = digits.Length > 0 && digits[0] is '-' or '+' or ' ' ? 1 : 0;
        int numberLength = digits.Length - signLength;
        if (numberLength >= precision) return digits;
        return digits[..signLength] + new string('0', precision - numberLength) + digits[signLength..];
    }
}
