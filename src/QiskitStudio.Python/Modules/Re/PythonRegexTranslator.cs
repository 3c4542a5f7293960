using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace QiskitStudio.Python.Modules.Re;

/// <summary>Python's <c>re</c> flag values.</summary>
[Flags]
public enum PythonRegexFlags
{
    None = 0,
    Template = 1,
    IgnoreCase = 2,
    Locale = 4,
    Multiline = 8,
    DotAll = 16,
    Unicode = 32,
    Verbose = 64,
    Debug = 128,
    Ascii = 256,
}

/// <summary>A pattern that Python's <c>re</c> rejected, with CPython's message and position.</summary>
public sealed class PythonRegexException(string message, int? position = null) : Exception(message)
{
    public int? Position { get; } = position;
}

/// <summary>
/// A Python pattern rewritten for .NET: every group is unnamed and numbered in the order of its
/// opening parenthesis, as Python numbers them (.NET would number named groups last), with the
/// names kept in <see cref="GroupIndex"/>.
/// </summary>
public sealed record TranslatedRegex(
    string PythonPattern,
    string Pattern,
    RegexOptions Options,
    PythonRegexFlags Flags,
    int GroupCount,
    IReadOnlyDictionary<string, int> GroupIndex)
{
    public Regex Compile(TimeSpan? timeout = null) =>
        new(Pattern, Options, timeout ?? Regex.InfiniteMatchTimeout);
}

/// <summary>
/// Translates Python regular-expression syntax to .NET's where they differ: <c>(?P&lt;name&gt;)</c>
/// and <c>(?P=name)</c>, group numbering, <c>\Z</c>, <c>{,n}</c>, <c>\U</c> escapes, verbose mode,
/// global inline flags (including <c>a</c>, <c>u</c>, <c>L</c>), ASCII classes, and '[' inside sets
/// (which .NET would read as class subtraction).
/// </summary>
public static class PythonRegexTranslator
{
    public static TranslatedRegex Translate(string pattern, PythonRegexFlags flags = PythonRegexFlags.None)
    {
        int pos = 0;
        flags |= ReadGlobalFlags(pattern, ref pos);
        if ((flags & PythonRegexFlags.Ascii) != 0 && (flags & PythonRegexFlags.Unicode) != 0)
            throw new PythonRegexException("ASCII and UNICODE flags are incompatible");
        var state = new State(pattern, flags);
        state.Pos = pos;
        state.TranslateSequence(topLevel: true);

        var options = RegexOptions.CultureInvariant;
        if ((flags & PythonRegexFlags.IgnoreCase) != 0) options |= RegexOptions.IgnoreCase;
        if ((flags & PythonRegexFlags.Multiline) != 0) options |= RegexOptions.Multiline;
        if ((flags & PythonRegexFlags.DotAll) != 0) options |= RegexOptions.Singleline;
        if ((flags & (PythonRegexFlags.Ascii | PythonRegexFlags.Locale)) == 0) flags |= PythonRegexFlags.Unicode;

        string translated = state.Output.ToString();
        foreach (var (_, groupNumber, position) in state.BackReferences)
        {
            if (groupNumber > state.GroupCount)
                throw new PythonRegexException($"invalid group reference {groupNumber}", position);
        }
        try
        {
            _ = new Regex(translated, options);
        }
        catch (ArgumentException ex)
        {
            throw new PythonRegexException(ex.Message);
        }
        return new TranslatedRegex(pattern, translated, options, flags, state.GroupCount, state.Names);
    }

    private static PythonRegexFlags ReadGlobalFlags(string pattern, ref int pos)
    {
        var flags = PythonRegexFlags.None;
        // Global flags may appear at the start, possibly repeated: (?i)(?x)...
        while (pos + 2 < pattern.Length && pattern[pos] == '(' && pattern[pos + 1] == '?' && IsFlagLetter(pattern[pos + 2]))
        {
            int p = pos + 2;
            var f = PythonRegexFlags.None;
            while (p < pattern.Length && IsFlagLetter(pattern[p])) f |= FlagOf(pattern[p++]);
            if (p >= pattern.Length || pattern[p] != ')') break; // a scoped group like (?i:...)
            flags |= f;
            pos = p + 1;
        }
        return flags;
    }

    private static bool IsFlagLetter(char c) => c is 'a' or 'i' or 'L' or 'm' or 's' or 'u' or 'x';

    private static PythonRegexFlags FlagOf(char c) => c switch
    {
        'a' => PythonRegexFlags.Ascii,
        'i' => PythonRegexFlags.IgnoreCase,
        'L' => PythonRegexFlags.Locale,
        'm' => PythonRegexFlags.Multiline,
        's' => PythonRegexFlags.DotAll,
        'u' => PythonRegexFlags.Unicode,
        'x' => PythonRegexFlags.Verbose,
        _ => PythonRegexFlags.None,
    };

    private sealed class State(string pattern, PythonRegexFlags flags)
    {
        public readonly string Src = pattern;
        public readonly StringBuilder Output = new();
        public readonly Dictionary<string, int> Names = new(StringComparer.Ordinal);
        public readonly List<(string Text, int Group, int Position)> BackReferences = [];
        public int Pos;
        public int GroupCount;
        private int _depth;
        private readonly bool _verbose = (flags & PythonRegexFlags.Verbose) != 0;
        private readonly bool _ascii = (flags & PythonRegexFlags.Ascii) != 0;

        private bool _atSequenceStart;
        private int _lookbehindDepth;
        private int _lookbehindStart;
        private readonly HashSet<int> _closedGroups = [];

        private void CheckFixedWidth()
        {
            if (_lookbehindDepth > 0)
                throw new PythonRegexException($"look-behind requires fixed-width pattern at position {_lookbehindStart}", _lookbehindStart);
        }

        public void TranslateSequence(bool topLevel)
        {
            _atSequenceStart = true;
            while (Pos < Src.Length)
            {
                char c = Src[Pos];
                if (_verbose && SkipVerboseSpace()) continue;
                bool wasStart = _atSequenceStart;
                _atSequenceStart = false;
                switch (c)
                {
                    case '\\':
                        TranslateEscape(inClass: false);
                        break;
                    case '[':
                        TranslateClass();
                        break;
                    case '(':
                        TranslateGroup();
                        break;
                    case ')':
                        if (topLevel) throw new PythonRegexException($"unbalanced parenthesis at position {Pos}", Pos);
                        return;
                    case '{':
                        TranslateBrace();
                        break;
                    case '|':
                        Output.Append(c);
                        Pos++;
                        _atSequenceStart = true;
                        break;
                    default:
                        if (c is '*' or '+' or '?') CheckFixedWidth();
                        if (c is '*' or '+' or '?' && wasStart)
                        {
                            _atSequenceStart = true;
                            CheckRepeatTarget();
                        }
                        Output.Append(c);
                        Pos++;
                        break;
                }
            }
            if (!topLevel) throw new PythonRegexException($"missing ), unterminated subpattern at position {Pos}", Pos);
        }

        private void CheckRepeatTarget()
        {
            // "nothing to repeat": a quantifier at the start of a sequence or right after '|'.
            if (_atSequenceStart)
                throw new PythonRegexException($"nothing to repeat at position {Pos}", Pos);
        }

        private bool SkipVerboseSpace()
        {
            char c = Src[Pos];
            if (char.IsWhiteSpace(c))
            {
                Pos++;
                return true;
            }
            if (c == '#')
            {
                while (Pos < Src.Length && Src[Pos] != '\n') Pos++;
                return true;
            }
            return false;
        }

        private void TranslateBrace()
        {
            // {m,n} quantifiers pass through; {,n} becomes {0,n}; a brace that is not a quantifier is literal.
            int end = Src.IndexOf('}', Pos);
            if (end > 0)
            {
                string body = Src[(Pos + 1)..end];
                var m = Regex.Match(body, @"^(\d*)(,(\d*))?$");
                if (m.Success && (m.Groups[1].Length > 0 || m.Groups[2].Success))
                {
                    string min = m.Groups[1].Length > 0 ? m.Groups[1].Value : "0";
                    if (m.Groups[2].Success)
                    {
                        string max = m.Groups[3].Value;
                        if (max != min) CheckFixedWidth();
                        if (max.Length > 0 && BigLess(max, min))
                            throw new PythonRegexException($"min repeat greater than max repeat at position {Pos + 1}", Pos + 1);
                        Output.Append('{').Append(min).Append(',').Append(max).Append('}');
                    }
                    else
                    {
                        Output.Append('{').Append(min).Append('}');
                    }
                    Pos = end + 1;
                    return;
                }
            }
            Output.Append("\\{");
            Pos++;
        }

        private static bool BigLess(string a, string b) =>
            System.Numerics.BigInteger.Parse(a, CultureInfo.InvariantCulture) < System.Numerics.BigInteger.Parse(b, CultureInfo.InvariantCulture);

        private void TranslateGroup()
        {
            int start = Pos;
            Pos++;
            if (Pos < Src.Length && Src[Pos] == '?')
            {
                Pos++;
                if (Pos >= Src.Length) throw new PythonRegexException($"unexpected end of pattern at position {Pos}", Pos);
                char k = Src[Pos];
                if (k == 'P' && Pos + 1 < Src.Length && Src[Pos + 1] == '<')
                {
                    Pos += 2;
                    string name = ReadName('>');
                    OpenCapture(name, start);
                    return;
                }
                if (k == '<' && Pos + 1 < Src.Length && Src[Pos + 1] is not ('=' or '!'))
                {
                    Pos++;
                    string name = ReadName('>');
                    OpenCapture(name, start);
                    return;
                }
                if (k == 'P' && Pos + 1 < Src.Length && Src[Pos + 1] == '=')
                {
                    Pos += 2;
                    string name = ReadName(')');
                    if (!Names.TryGetValue(name, out int index))
                        throw new PythonRegexException($"unknown group name '{name}' at position {start + 4}", start + 4);
                    if (!_closedGroups.Contains(index))
                        throw new PythonRegexException($"cannot refer to an open group at position {start}", start);
                    Output.Append("\\k<").Append(index.ToString(CultureInfo.InvariantCulture)).Append('>');
                    return;
                }
                if (k == '#')
                {
                    int close = Src.IndexOf(')', Pos);
                    if (close < 0) throw new PythonRegexException($"missing ), unterminated comment at position {start}", start);
                    Pos = close + 1;
                    return;
                }
                if (k is ':' or '=' or '!' or '>')
                {
                    Output.Append("(?").Append(k);
                    Pos++;
                    Nest();
                    return;
                }
                if (k == '<' && Pos + 1 < Src.Length && Src[Pos + 1] is '=' or '!')
                {
                    Output.Append("(?<").Append(Src[Pos + 1]);
                    Pos += 2;
                    _lookbehindDepth++;
                    _lookbehindStart = start;
                    Nest();
                    _lookbehindDepth--;
                    return;
                }
                if (k == '(')
                {
                    // Conditional: (?(1)yes|no) or (?(name)yes|no).
                    int close = Src.IndexOf(')', Pos);
                    if (close < 0) throw new PythonRegexException($"missing ), unterminated name at position {Pos + 1}", Pos + 1);
                    string reference = Src[(Pos + 1)..close];
                    int number = int.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out int n)
                        ? n
                        : Names.TryGetValue(reference, out int named) ? named : throw new PythonRegexException($"unknown group name '{reference}' at position {Pos + 1}", Pos + 1);
                    Output.Append("(?(").Append(number.ToString(CultureInfo.InvariantCulture)).Append(')');
                    Pos = close + 1;
                    Nest();
                    return;
                }
                if (IsFlagLetter(k) || k == '-')
                {
                    // Scoped flags (?i:...) / (?-i:...); a, u and L have no .NET form and are dropped.
                    var sb = new StringBuilder();
                    while (Pos < Src.Length && (IsFlagLetter(Src[Pos]) || Src[Pos] == '-'))
                    {
                        char f = Src[Pos++];
                        if (f is 'i' or 'm' or 's' or 'x' or '-') sb.Append(f);
                    }
                    if (Pos < Src.Length && Src[Pos] == ')')
                        throw new PythonRegexException($"global flags not at the start of the expression at position {start}", start);
                    if (Pos >= Src.Length || Src[Pos] != ':')
                        throw new PythonRegexException($"missing :, unexpected end of pattern at position {Pos}", Pos);
                    Pos++;
                    string fl = sb.ToString().Replace("x", "");
                    Output.Append(fl.Trim('-').Length == 0 ? "(?:" : $"(?{fl.TrimEnd('-')}:");
                    Nest();
                    return;
                }
                throw new PythonRegexException($"unknown extension ?{k} at position {start + 1}", start + 1);
            }
            OpenCapture(null, start);
        }

        private string ReadName(char terminator)
        {
            int close = Src.IndexOf(terminator, Pos);
            if (close < 0) throw new PythonRegexException($"missing {terminator}, unterminated name at position {Pos}", Pos);
            string name = Src[Pos..close];
            if (name.Length == 0) throw new PythonRegexException($"missing group name at position {Pos}", Pos);
            if (!IsIdentifier(name)) throw new PythonRegexException($"bad character in group name '{name}' at position {Pos}", Pos);
            Pos = close + 1;
            return name;
        }

        private static bool IsIdentifier(string name) =>
            (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');

        private void OpenCapture(string? name, int start)
        {
            int index = ++GroupCount;
            if (name is not null)
            {
                if (Names.ContainsKey(name))
                    throw new PythonRegexException($"redefinition of group name '{name}' as group {index}; was group {Names[name]} at position {start + 4}", start + 4);
                Names[name] = index;
            }
            Output.Append('(');
            Nest();
            _closedGroups.Add(index);
        }

        private void Nest()
        {
            if (++_depth > 200) throw new PythonRegexException("too many nested groups");
            TranslateSequence(topLevel: false);
            _atSequenceStart = false;
            _depth--;
            // TranslateSequence returns at the closing ')'.
            Output.Append(')');
            Pos++;
        }

        private void TranslateClass()
        {
            int start = Pos;
            Output.Append('[');
            Pos++;
            if (Pos < Src.Length && Src[Pos] == '^')
            {
                Output.Append('^');
                Pos++;
            }
            bool first = true;
            while (true)
            {
                if (Pos >= Src.Length) throw new PythonRegexException($"unterminated character set at position {start}", start);
                char c = Src[Pos];
                if (c == ']' && !first) break;
                if (c == '\\')
                {
                    TranslateEscape(inClass: true);
                }
                else if (c is '[' or ']')
                {
                    Output.Append('\\').Append(c);
                    Pos++;
                }
                else if (c == '-' && Pos + 1 < Src.Length && Src[Pos + 1] == '[')
                {
                    Output.Append("\\-");
                    Pos++;
                }
                else
                {
                    Output.Append(c);
                    Pos++;
                }
                first = false;
            }
            Output.Append(']');
            Pos++;
        }

        private void TranslateEscape(bool inClass)
        {
            int start = Pos;
            if (Pos + 1 >= Src.Length) throw new PythonRegexException($"bad escape (end of pattern) at position {Pos}", Pos);
            char e = Src[Pos + 1];
            Pos += 2;
            switch (e)
            {
                case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                    Output.Append(_ascii ? AsciiClass(e, inClass) : "\\" + e);
                    return;
                case 'Z' when !inClass:
                    Output.Append("\\z");
                    return;
                case 'A' or 'b' or 'B' when !inClass:
                    if (_ascii && e is 'b' or 'B')
                    {
                        Output.Append(e == 'b'
                            ? "(?:(?<=[A-Za-z0-9_])(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])(?=[A-Za-z0-9_]))"
                            : "(?:(?<=[A-Za-z0-9_])(?=[A-Za-z0-9_])|(?<![A-Za-z0-9_])(?![A-Za-z0-9_]))");
                        return;
                    }
                    Output.Append('\\').Append(e);
                    return;
                case 'b':
                    Output.Append("\\b");
                    return;
                case 'u' or 'U' or 'x':
                {
                    int digits = e == 'u' ? 4 : e == 'U' ? 8 : 2;
                    if (Pos + digits > Src.Length || !int.TryParse(Src.AsSpan(Pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                        throw new PythonRegexException($"incomplete escape \\{e}{Src[Pos..Math.Min(Src.Length, Pos + digits)]} at position {start}", start);
                    Pos += digits;
                    AppendLiteral(code, start);
                    return;
                }
                case 'N':
                    throw new PythonRegexException($"bad escape \\N at position {start}", start);
                case '0':
                {
                    int code = 0, n = 0;
                    while (n < 2 && Pos < Src.Length && Src[Pos] is >= '0' and <= '7')
                    {
                        code = code * 8 + (Src[Pos++] - '0');
                        n++;
                    }
                    AppendLiteral(code, start);
                    return;
                }
                case >= '1' and <= '9':
                {
                    // Three octal digits are an octal escape; otherwise one or two digits are a group reference.
                    if (Pos + 1 < Src.Length && e <= '7' && Src[Pos] is >= '0' and <= '7' && Src[Pos + 1] is >= '0' and <= '7')
                    {
                        int code = (e - '0') * 64 + (Src[Pos] - '0') * 8 + (Src[Pos + 1] - '0');
                        Pos += 2;
                        if (code > 0xFF) throw new PythonRegexException($"octal escape value \\{Src[start + 1]}{Src[start + 2]}{Src[start + 3]} outside of range 0-0o377 at position {start}", start);
                        AppendLiteral(code, start);
                        return;
                    }
                    if (inClass) throw new PythonRegexException($"bad escape \\{e} at position {start}", start);
                    int group = e - '0';
                    if (Pos < Src.Length && char.IsAsciiDigit(Src[Pos])) group = group * 10 + (Src[Pos++] - '0');
                    if (group > GroupCount) throw new PythonRegexException($"invalid group reference {group} at position {start + 1}", start + 1);
                    if (!_closedGroups.Contains(group)) throw new PythonRegexException($"cannot refer to an open group at position {start}", start);
                    BackReferences.Add((Src[start..Pos], group, start));
                    Output.Append("\\k<").Append(group.ToString(CultureInfo.InvariantCulture)).Append('>');
                    return;
                }
                case 'a': Output.Append("\\a"); return;
                case 'f': Output.Append("\\f"); return;
                case 'n': Output.Append("\\n"); return;
                case 'r': Output.Append("\\r"); return;
                case 't': Output.Append("\\t"); return;
                case 'v': Output.Append("\\v"); return;
                case '\\': Output.Append("\\\\"); return;
                default:
                    if (char.IsAsciiLetterOrDigit(e))
                        throw new PythonRegexException($"bad escape \\{e} at position {start}", start);
                    AppendLiteral(e, start);
                    return;
            }
        }

        private void AppendLiteral(int code, int position)
        {
            if (code > 0x10FFFF) throw new PythonRegexException($"bad escape \\U{code:x8} at position {position}", position);
            string text = char.ConvertFromUtf32(code);
            foreach (char ch in text)
            {
                if (char.IsAsciiLetterOrDigit(ch) || ch == '_') Output.Append(ch);
                else Output.Append("\\u").Append(((int)ch).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        private static string AsciiClass(char e, bool inClass) => (e, inClass) switch
        {
            ('d', _) => inClass ? "0-9" : "[0-9]",
            ('w', _) => inClass ? "A-Za-z0-9_" : "[A-Za-z0-9_]",
            ('s', _) => inClass ? " \\t\\n\\r\\f\\v" : "[ \\t\\n\\r\\f\\v]",
            ('D', false) => "[^0-9]",
            ('W', false) => "[^A-Za-z0-9_]",
            ('S', false) => "[^ \\t\\n\\r\\f\\v]",
            // Negated ASCII classes inside a set have no simple form; keep .NET's (Unicode) meaning.
            _ => "\\" + e,
        };
    }
}
