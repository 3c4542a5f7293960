using System.Text;

namespace QiskitStudio.Python.Modules.Re;

/// <summary>
/// A parsed <c>re.sub</c> replacement string: literal text and group references (<c>\1</c>,
/// <c>\g&lt;name&gt;</c>, <c>\g&lt;2&gt;</c>), with Python's escape rules.
/// </summary>
public sealed class ReplacementTemplate
{
    private readonly List<(string? Literal, int Group)> _parts = [];

    public ReplacementTemplate(string template, int groupCount, IReadOnlyDictionary<string, int> names)
    {
        var literal = new StringBuilder();
        int i = 0;
        while (i < template.Length)
        {
            char c = template[i];
            if (c != '\\' || i + 1 >= template.Length)
            {
                literal.Append(c);
                i++;
                continue;
            }
            char e = template[i + 1];
            int start = i;
            i += 2;
            switch (e)
            {
                case 'g':
                {
                    int close = i < template.Length && template[i] == '<' ? template.IndexOf('>', i) : -1;
                    if (close < 0) throw new PythonRegexException($"missing <, unterminated name at position {i}", i);
                    string name = template[(i + 1)..close];
                    int group;
                    if (name.Length == 0) throw new PythonRegexException($"missing group name at position {i + 1}", i + 1);
                    if (name.All(char.IsAsciiDigit))
                    {
                        group = int.Parse(name, System.Globalization.CultureInfo.InvariantCulture);
                        if (group > groupCount) throw new PythonRegexException($"invalid group reference {group} at position {i + 1}", i + 1);
                    }
                    else if (!names.TryGetValue(name, out group))
                    {
                        throw new IndexOutOfRangeException($"unknown group name '{name}'");
                    }
                    Flush(literal);
                    _parts.Add((null, group));
                    i = close + 1;
                    break;
                }
                case >= '0' and <= '9':
                {
                    if (e == '0' || (i + 1 < template.Length && e <= '7' && template[i] is >= '0' and <= '7' && template[i + 1] is >= '0' and <= '7'))
                    {
                        // Octal escape.
                        int code = e - '0';
                        int digits = 1;
                        while (digits < 3 && i < template.Length && template[i] is >= '0' and <= '7')
                        {
                            code = code * 8 + (template[i++] - '0');
                            digits++;
                        }
                        literal.Append((char)code);
                        break;
                    }
                    int g = e - '0';
                    if (i < template.Length && char.IsAsciiDigit(template[i])) g = g * 10 + (template[i++] - '0');
                    if (g > groupCount) throw new PythonRegexException($"invalid group reference {g} at position {start + 1}", start + 1);
                    Flush(literal);
                    _parts.Add((null, g));
                    break;
                }
                case 'n': literal.Append('\n'); break;
                case 't': literal.Append('\t'); break;
                case 'r': literal.Append('\r'); break;
                case 'f': literal.Append('\f'); break;
                case 'v': literal.Append('\v'); break;
                case 'a': literal.Append('\a'); break;
                case 'b': literal.Append('\b'); break;
                case '\\': literal.Append('\\'); break;
                default:
                    if (char.IsAsciiLetter(e)) throw new PythonRegexException($"bad escape \\{e} at position {start}", start);
                    literal.Append('\\').Append(e);
                    break;
            }
        }
        Flush(literal);
    }

    private void Flush(StringBuilder literal)
    {
        if (literal.Length == 0) return;
        _parts.Add((literal.ToString(), -1));
        literal.Clear();
    }

    /// <summary>True when the template has no group references (a plain string).</summary>
    public bool IsLiteral => _parts.All(p => p.Literal is not null);

    /// <summary>Expands the template; <paramref name="group"/> returns a group's text or null when it did not match.</summary>
    public string Expand(Func<int, string?> group)
    {
        var sb = new StringBuilder();
        foreach (var (text, g) in _parts)
            sb.Append(text ?? group(g) ?? "");
        return sb.ToString();
    }
}
