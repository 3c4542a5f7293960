using System.Globalization;
using System.Numerics;
using System.Text;

namespace QiskitStudio.Python.Modules.Json;

/// <summary>Text rules of CPython's <c>json</c> that do not depend on Python objects.</summary>
public static class JsonText
{
    /// <summary>Appends <paramref name="value"/> as a JSON string literal, quoted, as <c>json.dumps</c> writes it.</summary>
    public static void AppendString(StringBuilder sb, string value, bool ensureAscii)
    {
        sb.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20 || (ensureAscii && c > 0x7e))
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }

    public static string QuoteString(string value, bool ensureAscii)
    {
        var sb = new StringBuilder(value.Length + 2);
        AppendString(sb, value, ensureAscii);
        return sb.ToString();
    }

    /// <summary>"msg: line L column C (char P)", as <c>JSONDecodeError</c> formats it.</summary>
    public static string FormatError(string message, string document, int position)
    {
        int line = 1;
        int lastNewline = -1;
        for (int i = 0; i < position && i < document.Length; i++)
        {
            if (document[i] == '\n')
            {
                line++;
                lastNewline = i;
            }
        }
        int column = position - lastNewline;
        return $"{message}: line {line} column {column} (char {position})";
    }
}

/// <summary>A JSON document that does not parse; the message is CPython's short one ("Expecting value").</summary>
public sealed class JsonDecodeException(string shortMessage, string document, int position)
    : Exception(JsonText.FormatError(shortMessage, document, position))
{
    public string ShortMessage { get; } = shortMessage;
    public string Document { get; } = document;
    public int Position { get; } = position;
    public int Line => Document.Take(Position).Count(c => c == '\n') + 1;
    public int Column => Position - (Position == 0 ? -1 : Document.LastIndexOf('\n', Math.Max(0, Position - 1)));
}

/// <summary>Builds the values a decoded document describes (Python objects, or anything else).</summary>
public interface IJsonValueBuilder<T>
{
    T Null();
    T Bool(bool value);
    T Integer(BigInteger value);
    T Float(double value);
    T String(string value);
    T Array(List<T> items);
    T Object(List<KeyValuePair<string, T>> members);
}

/// <summary>
/// A JSON reader with the acceptance rules and error positions of CPython's C scanner:
/// NaN and Infinity are accepted, control characters inside strings are not (strict mode), and
/// the messages are "Expecting value", "Expecting ',' delimiter", "Extra data" and so on.
/// </summary>
public sealed class JsonDecoder<T>(IJsonValueBuilder<T> builder, int maxDepth = 1000)
{
    private string _s = "";

    public T Decode(string document)
    {
        _s = document;
        int end = SkipWhitespace(0);
        var (value, next) = ScanOnce(end, 0) ?? throw new JsonDecodeException("Expecting value", _s, end);
        next = SkipWhitespace(next);
        if (next != _s.Length) throw new JsonDecodeException("Extra data", _s, next);
        return value;
    }

    private int SkipWhitespace(int i)
    {
        while (i < _s.Length && _s[i] is ' ' or '\t' or '\n' or '\r') i++;
        return i;
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r';

    private (T Value, int End)? ScanOnce(int idx, int depth)
    {
        if (idx >= _s.Length) return null;
        char c = _s[idx];
        switch (c)
        {
            case '"':
                var (text, end) = ScanString(idx + 1);
                return (builder.String(text), end);
            case '{':
                return ParseObject(idx + 1, depth + 1);
            case '[':
                return ParseArray(idx + 1, depth + 1);
            case 'n' when Matches(idx, "null"):
                return (builder.Null(), idx + 4);
            case 't' when Matches(idx, "true"):
                return (builder.Bool(true), idx + 4);
            case 'f' when Matches(idx, "false"):
                return (builder.Bool(false), idx + 5);
            case 'N' when Matches(idx, "NaN"):
                return (builder.Float(double.NaN), idx + 3);
            case 'I' when Matches(idx, "Infinity"):
                return (builder.Float(double.PositiveInfinity), idx + 8);
            case '-' when Matches(idx, "-Infinity"):
                return (builder.Float(double.NegativeInfinity), idx + 9);
            default:
                return ScanNumber(idx);
        }
    }

    private bool Matches(int idx, string word) =>
        idx + word.Length <= _s.Length && string.CompareOrdinal(_s, idx, word, 0, word.Length) == 0;

    private (T, int)? ScanNumber(int start)
    {
        int i = start;
        if (i < _s.Length && _s[i] == '-') i++;
        if (i >= _s.Length || !char.IsAsciiDigit(_s[i])) return null;
        if (_s[i] == '0') i++;
        else while (i < _s.Length && char.IsAsciiDigit(_s[i])) i++;
        bool isFloat = false;
        if (i + 1 < _s.Length && _s[i] == '.' && char.IsAsciiDigit(_s[i + 1]))
        {
            isFloat = true;
            i += 2;
            while (i < _s.Length && char.IsAsciiDigit(_s[i])) i++;
        }
        if (i < _s.Length && _s[i] is 'e' or 'E')
        {
            int e = i + 1;
            if (e < _s.Length && _s[e] is '+' or '-') e++;
            if (e < _s.Length && char.IsAsciiDigit(_s[e]))
            {
                while (e < _s.Length && char.IsAsciiDigit(_s[e])) e++;
                isFloat = true;
                i = e;
            }
        }
        string text = _s[start..i];
        return isFloat
            ? (builder.Float(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)), i)
            : (builder.Integer(BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)), i);
    }

    /// <summary>Reads a string whose opening quote is at <paramref name="start"/> - 1.</summary>
    private (string, int) ScanString(int start)
    {
        var sb = new StringBuilder();
        int i = start;
        while (true)
        {
            if (i >= _s.Length) throw new JsonDecodeException("Unterminated string starting at", _s, start - 1);
            char c = _s[i];
            if (c == '"') return (sb.ToString(), i + 1);
            if (c < 0x20) throw new JsonDecodeException("Invalid control character at", _s, i);
            if (c != '\\')
            {
                sb.Append(c);
                i++;
                continue;
            }
            i++;
            if (i >= _s.Length) throw new JsonDecodeException("Unterminated string starting at", _s, start - 1);
            char e = _s[i];
            switch (e)
            {
                case '"': sb.Append('"'); i++; break;
                case '\\': sb.Append('\\'); i++; break;
                case '/': sb.Append('/'); i++; break;
                case 'b': sb.Append('\b'); i++; break;
                case 'f': sb.Append('\f'); i++; break;
                case 'n': sb.Append('\n'); i++; break;
                case 'r': sb.Append('\r'); i++; break;
                case 't': sb.Append('\t'); i++; break;
                case 'u':
                    int code = ReadHex4(i + 1, i);
                    i += 5;
                    if (code is >= 0xD800 and <= 0xDBFF && i + 1 < _s.Length && _s[i] == '\\' && _s[i + 1] == 'u')
                    {
                        int low = ReadHex4(i + 2, i + 1);
                        if (low is >= 0xDC00 and <= 0xDFFF)
                        {
                            sb.Append((char)code).Append((char)low);
                            i += 6;
                            break;
                        }
                    }
                    sb.Append((char)code);
                    break;
                default:
                    throw new JsonDecodeException("Invalid \\escape", _s, i - 1);
            }
        }
    }

    private int ReadHex4(int at, int escapeStart)
    {
        if (at + 4 > _s.Length ||
            !int.TryParse(_s.AsSpan(at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
            throw new JsonDecodeException("Invalid \\uXXXX escape", _s, escapeStart);
        return code;
    }

    private (T, int) ParseObject(int end, int depth)
    {
        if (depth > maxDepth) throw new InsufficientExecutionStackException("maximum recursion depth exceeded while decoding a JSON object");
        var members = new List<KeyValuePair<string, T>>();
        char next = At(end);
        if (next != '"')
        {
            if (IsWhitespace(next))
            {
                end = SkipWhitespace(end);
                next = At(end);
            }
            if (next == '}') return (builder.Object(members), end + 1);
            if (next != '"') throw new JsonDecodeException("Expecting property name enclosed in double quotes", _s, end);
        }
        end++;
        while (true)
        {
            var (key, afterKey) = ScanString(end);
            end = afterKey;
            if (At(end) != ':')
            {
                end = SkipWhitespace(end);
                if (At(end) != ':') throw new JsonDecodeException("Expecting ':' delimiter", _s, end);
            }
            end = SkipWhitespace(end + 1);
            var (value, afterValue) = ScanOnce(end, depth) ?? throw new JsonDecodeException("Expecting value", _s, end);
            members.Add(new(key, value));
            end = SkipWhitespace(afterValue);
            next = At(end);
            end++;
            if (next == '}') break;
            if (next != ',') throw new JsonDecodeException("Expecting ',' delimiter", _s, end - 1);
            end = SkipWhitespace(end);
            next = At(end);
            end++;
            if (next != '"') throw new JsonDecodeException("Expecting property name enclosed in double quotes", _s, end - 1);
        }
        return (builder.Object(members), end);
    }

    private (T, int) ParseArray(int end, int depth)
    {
        if (depth > maxDepth) throw new InsufficientExecutionStackException("maximum recursion depth exceeded while decoding a JSON array");
        var items = new List<T>();
        end = SkipWhitespace(end);
        if (At(end) == ']') return (builder.Array(items), end + 1);
        while (true)
        {
            var (value, afterValue) = ScanOnce(end, depth) ?? throw new JsonDecodeException("Expecting value", _s, end);
            items.Add(value);
            end = SkipWhitespace(afterValue);
            char next = At(end);
            end++;
            if (next == ']') break;
            if (next != ',') throw new JsonDecodeException("Expecting ',' delimiter", _s, end - 1);
            end = SkipWhitespace(end);
        }
        return (builder.Array(items), end);
    }

    private char At(int i) => i < _s.Length ? _s[i] : '\0';
}
