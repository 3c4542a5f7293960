using System.Globalization;
using System.Text;

namespace QiskitStudio.Python.Runtime;

public sealed partial class PyStr
{
    private static readonly string[] SplitNames = ["sep", "maxsplit"];
    private static readonly string[] StartEndNames = ["sub", "start", "end"];

    private static string S(PyObject self) => ((PyStr)self).Value;

    /// <summary>Python's whitespace: .NET's plus the information separators U+001C..U+001F.</summary>
    public static bool IsPythonSpace(char c) => char.IsWhiteSpace(c) || (c >= '\x1c' && c <= '\x1f');

    internal static void Populate(PyType t)
    {
        SequenceDunders.Add(t);
        t.AddMethod("split", (self, args, kw) => Split(S(self), args, kw, fromRight: false));
        t.AddMethod("rsplit", (self, args, kw) => Split(S(self), args, kw, fromRight: true));
        t.AddMethod("join", (self, args, kw) => Join(S(self), args, kw));
        t.AddMethod("strip", (self, args, kw) => Strip(S(self), args, kw, "strip", true, true));
        t.AddMethod("lstrip", (self, args, kw) => Strip(S(self), args, kw, "lstrip", true, false));
        t.AddMethod("rstrip", (self, args, kw) => Strip(S(self), args, kw, "rstrip", false, true));
        t.AddMethod("replace", Replace);
        t.AddMethod("find", (self, args, kw) => PyInt.Create(Find(S(self), args, kw, "find", fromRight: false)));
        t.AddMethod("rfind", (self, args, kw) => PyInt.Create(Find(S(self), args, kw, "rfind", fromRight: true)));
        t.AddMethod("index", (self, args, kw) => PyInt.Create(IndexOrThrow(Find(S(self), args, kw, "index", fromRight: false))));
        t.AddMethod("rindex", (self, args, kw) => PyInt.Create(IndexOrThrow(Find(S(self), args, kw, "rindex", fromRight: true))));
        t.AddMethod("count", Count);
        t.AddMethod("startswith", (self, args, kw) => PrefixTest(S(self), args, kw, "startswith", atStart: true));
        t.AddMethod("endswith", (self, args, kw) => PrefixTest(S(self), args, kw, "endswith", atStart: false));
        t.AddMethod("upper", (self, args, kw) => NoArgs("upper", args, kw, Upper(S(self))));
        t.AddMethod("lower", (self, args, kw) => NoArgs("lower", args, kw, Lower(S(self))));
        t.AddMethod("casefold", (self, args, kw) => NoArgs("casefold", args, kw, S(self).ToLowerInvariant()));
        t.AddMethod("swapcase", (self, args, kw) => NoArgs("swapcase", args, kw, SwapCase(S(self))));
        t.AddMethod("title", (self, args, kw) => NoArgs("title", args, kw, Title(S(self))));
        t.AddMethod("capitalize", (self, args, kw) => NoArgs("capitalize", args, kw, Capitalize(S(self))));
        t.AddMethod("center", (self, args, kw) => Pad(S(self), args, kw, "center"));
        t.AddMethod("ljust", (self, args, kw) => Pad(S(self), args, kw, "ljust"));
        t.AddMethod("rjust", (self, args, kw) => Pad(S(self), args, kw, "rjust"));
        t.AddMethod("zfill", (self, args, kw) => Create(ZFill(S(self), PyConvert.ToLong(SingleArg("zfill", args, kw)))));
        t.AddMethod("isdigit", (self, _, _) => Test(S(self), IsDigitLike));
        t.AddMethod("isdecimal", (self, _, _) => Test(S(self), char.IsDigit));
        t.AddMethod("isnumeric", (self, _, _) => Test(S(self), char.IsNumber));
        t.AddMethod("isalpha", (self, _, _) => Test(S(self), char.IsLetter));
        t.AddMethod("isalnum", (self, _, _) => Test(S(self), c => char.IsLetter(c) || char.IsNumber(c)));
        t.AddMethod("isspace", (self, _, _) => Test(S(self), IsPythonSpace));
        t.AddMethod("isascii", (self, _, _) => PyBool.From(S(self).All(c => c < 128)));
        t.AddMethod("isupper", (self, _, _) => CaseTest(S(self), upper: true));
        t.AddMethod("islower", (self, _, _) => CaseTest(S(self), upper: false));
        t.AddMethod("istitle", (self, _, _) => PyBool.From(IsTitle(S(self))));
        t.AddMethod("isidentifier", (self, _, _) => PyBool.From(IsIdentifier(S(self))));
        t.AddMethod("isprintable", (self, _, _) => PyBool.From(S(self).All(c => IsPrintable(c))));
        t.AddMethod("splitlines", SplitLines);
        t.AddMethod("partition", (self, args, kw) => Partition(S(self), SingleArg("partition", args, kw), fromRight: false));
        t.AddMethod("rpartition", (self, args, kw) => Partition(S(self), SingleArg("rpartition", args, kw), fromRight: true));
        t.AddMethod("format", (self, args, kw) => Create(StringFormatter.Format(S(self), args, kw, null)));
        t.AddMethod("format_map", (self, args, kw) => Create(StringFormatter.Format(S(self), [], null, SingleArg("format_map", args, kw))));
        t.AddMethod("encode", (self, args, kw) =>
        {
            var a = new ArgReader("encode", args, kw, ["encoding", "errors"], required: 0);
            return new PyBytes(PyBytes.Encode(S(self), a.GetString(0, "utf-8"), a.GetString(1, "strict")));
        });
        t.AddMethod("expandtabs", (self, args, kw) =>
        {
            var a = new ArgReader("expandtabs", args, kw, ["tabsize"], required: 0);
            return Create(ExpandTabs(S(self), (int)a.GetLong(0, 8)));
        });
        t.AddMethod("removeprefix", (self, args, kw) =>
        {
            string s = S(self), p = StrArg("removeprefix", SingleArg("removeprefix", args, kw));
            return s.StartsWith(p, StringComparison.Ordinal) ? Create(s[p.Length..]) : self;
        });
        t.AddMethod("removesuffix", (self, args, kw) =>
        {
            string s = S(self), p = StrArg("removesuffix", SingleArg("removesuffix", args, kw));
            return p.Length > 0 && s.EndsWith(p, StringComparison.Ordinal) ? Create(s[..^p.Length]) : self;
        });
        t.AddMethod("translate", (self, args, kw) => Translate(S(self), SingleArg("translate", args, kw)));
        t.AddStaticMethod("maketrans", MakeTrans);
        t.AddMethod("__format__", (self, args, _) => Create(NumberFormatter.FormatString(S(self), StrArg("__format__", args[0]))));
        t.AddMethod("__mod__", (self, args, _) => Create(PercentFormatter.Format(S(self), args[0])));
        t.AddMethod("__getnewargs__", (self, _, _) => PyTuple.Create([Create(S(self))]));
    }

    private static bool IsDigitLike(char c) => char.IsDigit(c) || "²³¹⁰⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉".Contains(c);

    private static PyObject SingleArg(string name, ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        ArgReader.NoKeywords(name, kw);
        if (args.Length != 1) throw PyExc.TypeError($"str.{name}() takes exactly one argument ({args.Length} given)");
        return args[0];
    }

    private static string StrArg(string name, PyObject o) =>
        o is PyStr s ? s.Value : throw PyExc.TypeError($"{name}() argument must be str, not {o.Type.Name}");

    private static PyObject NoArgs(string name, ReadOnlySpan<PyObject> args, KeywordArguments? kw, string result)
    {
        ArgReader.NoKeywords(name, kw);
        if (args.Length != 0) throw PyExc.TypeError($"str.{name}() takes no arguments ({args.Length} given)");
        return Create(result);
    }

    private static PyObject Test(string s, Func<char, bool> predicate)
    {
        if (s.Length == 0) return PyBool.False;
        foreach (var c in s)
            if (!predicate(c)) return PyBool.False;
        return PyBool.True;
    }

    private static PyObject CaseTest(string s, bool upper)
    {
        bool cased = false;
        foreach (var c in s)
        {
            if (upper ? char.IsLower(c) : char.IsUpper(c)) return PyBool.False;
            if (char.IsUpper(c) || char.IsLower(c)) cased = true;
        }
        return PyBool.From(cased);
    }

    // ---- split / join -------------------------------------------------------------------------

    private static PyObject Split(string s, ReadOnlySpan<PyObject> args, KeywordArguments? kw, bool fromRight)
    {
        var a = new ArgReader(fromRight ? "rsplit" : "split", args, kw, SplitNames, required: 0);
        string? sep = a.GetStringOrNone(0);
        long maxsplit = a.GetLong(1, -1);
        if (maxsplit < 0) maxsplit = long.MaxValue;
        var result = new PyList();
        if (sep is null)
        {
            if (!fromRight) SplitWhitespace(s, maxsplit, result);
            else SplitWhitespaceRight(s, maxsplit, result);
            return result;
        }
        if (sep.Length == 0) throw PyExc.ValueError("empty separator");
        if (!fromRight)
        {
            int start = 0;
            while (maxsplit-- > 0)
            {
                int idx = s.IndexOf(sep, start, StringComparison.Ordinal);
                if (idx < 0) break;
                result.Append(Create(s[start..idx]));
                start = idx + sep.Length;
            }
            result.Append(Create(s[start..]));
            return result;
        }
        var parts = new List<PyObject>();
        int end = s.Length;
        while (maxsplit-- > 0 && end >= 0)
        {
            int idx = end - sep.Length < 0 ? -1 : s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
            if (idx < 0 || idx + sep.Length > end) break;
            parts.Add(Create(s[(idx + sep.Length)..end]));
            end = idx;
        }
        parts.Add(Create(s[..end]));
        parts.Reverse();
        foreach (var p in parts) result.Append(p);
        return result;
    }

    private static void SplitWhitespace(string s, long maxsplit, PyList result)
    {
        int i = 0, n = s.Length;
        while (true)
        {
            while (i < n && IsPythonSpace(s[i])) i++;
            if (i >= n) return;
            if (maxsplit-- <= 0)
            {
                result.Append(Create(s[i..]));
                return;
            }
            int j = i;
            while (j < n && !IsPythonSpace(s[j])) j++;
            result.Append(Create(s[i..j]));
            i = j;
        }
    }

    private static void SplitWhitespaceRight(string s, long maxsplit, PyList result)
    {
        var parts = new List<PyObject>();
        int i = s.Length;
        while (true)
        {
            while (i > 0 && IsPythonSpace(s[i - 1])) i--;
            if (i <= 0) break;
            if (maxsplit-- <= 0)
            {
                parts.Add(Create(s[..i]));
                break;
            }
            int j = i;
            while (j > 0 && !IsPythonSpace(s[j - 1])) j--;
            parts.Add(Create(s[j..i]));
            i = j;
        }
        parts.Reverse();
        foreach (var p in parts) result.Append(p);
    }

    private static PyObject Join(string sep, ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var iterable = SingleArg("join", args, kw);
        var sb = new StringBuilder();
        int index = 0;
        void Add(PyObject item)
        {
            if (item is not PyStr s)
                throw PyExc.TypeError($"sequence item {index}: expected str instance, {item.Type.Name} found");
            if (index > 0) sb.Append(sep);
            sb.Append(s.Value);
            index++;
        }
        if (iterable is PyList list)
        {
            for (int i = 0; i < list.Count; i++) Add(list[i]);
        }
        else if (iterable is PyTuple tuple)
        {
            foreach (var item in tuple.Items) Add(item);
        }
        else
        {
            var it = PyOps.GetIter(iterable);
            while (PyOps.Next(it) is { } item)
            {
                PyContext.Poll();
                Add(item);
            }
        }
        return Create(sb.ToString());
    }

    private static PyObject Strip(string s, ReadOnlySpan<PyObject> args, KeywordArguments? kw, string name, bool left, bool right)
    {
        var a = new ArgReader(name, args, kw, ["chars"], required: 0, positionalOnly: 1);
        string? chars = a.GetStringOrNone(0);
        int start = 0, end = s.Length;
        if (chars is null)
        {
            if (left) while (start < end && IsPythonSpace(s[start])) start++;
            if (right) while (end > start && IsPythonSpace(s[end - 1])) end--;
        }
        else
        {
            if (left) while (start < end && chars.Contains(s[start])) start++;
            if (right) while (end > start && chars.Contains(s[end - 1])) end--;
        }
        return start == 0 && end == s.Length ? Create(s) : Create(s[start..end]);
    }

    private static PyObject Replace(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var a = new ArgReader("replace", args, kw, ["old", "new", "count"], required: 2, positionalOnly: 3);
        string s = S(self);
        string old = StrArg("replace", a.Required(0));
        string repl = StrArg("replace", a.Required(1));
        long count = a.GetLong(2, -1);
        if (count < 0)
        {
            if (old.Length == 0) return Create(InsertBetweenAll(s, repl, long.MaxValue));
            return Create(s.Replace(old, repl, StringComparison.Ordinal));
        }
        if (old.Length == 0) return Create(InsertBetweenAll(s, repl, count));
        var sb = new StringBuilder();
        int pos = 0;
        while (count-- > 0)
        {
            int idx = s.IndexOf(old, pos, StringComparison.Ordinal);
            if (idx < 0) break;
            sb.Append(s, pos, idx - pos).Append(repl);
            pos = idx + old.Length;
        }
        sb.Append(s, pos, s.Length - pos);
        return Create(sb.ToString());
    }

    private static string InsertBetweenAll(string s, string repl, long count)
    {
        var sb = new StringBuilder();
        for (int i = 0; i <= s.Length; i++)
        {
            if (count-- > 0) sb.Append(repl);
            if (i < s.Length) sb.Append(s[i]);
        }
        return sb.ToString();
    }

    // ---- searching ---------------------------------------------------------------------------

    /// <summary>Resolves optional start/end arguments like a slice, clamped to [0, length].</summary>
    internal static (int Start, int End) SliceBounds(int length, PyObject? start, PyObject? end)
    {
        long s = start is null || start is PyNone ? 0 : PyConvert.ToLongIndex(start);
        long e = end is null || end is PyNone ? length : PyConvert.ToLongIndex(end);
        if (s < 0) s = Math.Max(0, s + length);
        if (e < 0) e = Math.Max(0, e + length);
        if (e > length) e = length;
        return ((int)Math.Min(s, length + 1L), (int)e);
    }

    private static long Find(string s, ReadOnlySpan<PyObject> args, KeywordArguments? kw, string name, bool fromRight)
    {
        ArgReader.NoKeywords(name, kw);
        ArgReader.CheckTakes(name, args, 1, 3);
        string sub = args[0] is PyStr ps ? ps.Value : throw PyExc.TypeError($"must be str, not {args[0].Type.Name}");
        var (start, end) = SliceBounds(s.Length, args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null);
        if (start > s.Length || end - start < sub.Length) return -1;
        int idx = fromRight
            ? s.AsSpan(start, end - start).LastIndexOf(sub.AsSpan(), StringComparison.Ordinal)
            : s.AsSpan(start, end - start).IndexOf(sub.AsSpan(), StringComparison.Ordinal);
        return idx < 0 ? -1 : idx + start;
    }

    private static long IndexOrThrow(long index) => index >= 0 ? index : throw PyExc.ValueError("substring not found");

    private static PyObject Count(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        ArgReader.NoKeywords("count", kw);
        ArgReader.CheckTakes("count", args, 1, 3);
        string s = S(self);
        string sub = args[0] is PyStr ps ? ps.Value : throw PyExc.TypeError($"must be str, not {args[0].Type.Name}");
        var (start, end) = SliceBounds(s.Length, args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null);
        if (start > s.Length || end < start) return PyInt.Zero;
        if (sub.Length == 0) return PyInt.Create(end - start + 1);
        long count = 0;
        int pos = start;
        while (true)
        {
            int idx = s.IndexOf(sub, pos, end - pos, StringComparison.Ordinal);
            if (idx < 0) break;
            count++;
            pos = idx + sub.Length;
        }
        return PyInt.Create(count);
    }

    private static PyObject PrefixTest(string s, ReadOnlySpan<PyObject> args, KeywordArguments? kw, string name, bool atStart)
    {
        ArgReader.NoKeywords(name, kw);
        ArgReader.CheckTakes(name, args, 1, 3);
        var (start, end) = SliceBounds(s.Length, args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null);
        if (start > s.Length) return PyBool.False;
        string window = end >= start ? s.Substring(start, end - start) : "";
        bool Check(PyObject candidate)
        {
            if (candidate is not PyStr c)
                throw PyExc.TypeError($"{name} first arg must be str or a tuple of str, not {candidate.Type.Name}");
            if (end < start) return false;
            return atStart ? window.StartsWith(c.Value, StringComparison.Ordinal) : window.EndsWith(c.Value, StringComparison.Ordinal);
        }
        if (args[0] is PyTuple options)
        {
            foreach (var o in options.Items)
                if (Check(o)) return PyBool.True;
            return PyBool.False;
        }
        return PyBool.From(Check(args[0]));
    }

    // ---- case --------------------------------------------------------------------------------

    // Unicode's special casings that change length (.NET maps these one-to-one or not at all).
    private static readonly Dictionary<char, string> s_specialUpper = new()
    {
        ['ß'] = "SS", ['ŉ'] = "ʼN", ['ǰ'] = "J̌", ['ﬀ'] = "FF", ['ﬁ'] = "FI", ['ﬂ'] = "FL", ['ﬃ'] = "FFI", ['ﬄ'] = "FFL",
        ['ﬅ'] = "ST", ['ﬆ'] = "ST", ['ǅ'] = "Ǆ", ['ǈ'] = "Ǉ", ['ǋ'] = "Ǌ", ['ǲ'] = "Ǳ",
    };

    private static string Upper(string s)
    {
        foreach (var c in s)
        {
            if (c >= 0xdf && s_specialUpper.ContainsKey(c))
            {
                var sb = new StringBuilder(s.Length + 4);
                foreach (var ch in s) sb.Append(s_specialUpper.TryGetValue(ch, out var u) ? u : char.ToUpperInvariant(ch).ToString());
                return sb.ToString();
            }
        }
        return s.ToUpperInvariant();
    }

    private static string Lower(string s)
    {
        if (!s.Contains('İ')) return s.ToLowerInvariant();
        var sb = new StringBuilder(s.Length + 2);
        foreach (var c in s)
        {
            if (c == 'İ') sb.Append("i\u0307");
            else sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>Titlecase of one character (differs from uppercase for the DŽ, LJ, NJ, DZ digraphs).</summary>
    private static char ToTitle(char c) => c switch
    {
        'Ǆ' or 'ǅ' or 'ǆ' => 'ǅ',
        'Ǉ' or 'ǈ' or 'ǉ' => 'ǈ',
        'Ǌ' or 'ǋ' or 'ǌ' => 'ǋ',
        'Ǳ' or 'ǲ' or 'ǳ' => 'ǲ',
        _ => char.ToUpperInvariant(c),
    };

    private static string SwapCase(string s)
    {
        var chars = s.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            chars[i] = char.IsUpper(c) ? char.ToLowerInvariant(c) : char.IsLower(c) ? char.ToUpperInvariant(c) : c;
        }
        return new string(chars);
    }

    private static bool IsCased(char c) => char.IsUpper(c) || char.IsLower(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter;

    private static string Title(string s)
    {
        var chars = s.ToCharArray();
        bool previousCased = false;
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            chars[i] = previousCased ? char.ToLowerInvariant(c) : ToTitle(c);
            previousCased = IsCased(c);
        }
        return new string(chars);
    }

    private static bool IsTitle(string s)
    {
        bool previousCased = false, any = false;
        foreach (var c in s)
        {
            if (char.IsUpper(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter)
            {
                if (previousCased) return false;
                previousCased = true;
                any = true;
            }
            else if (char.IsLower(c))
            {
                if (!previousCased) return false;
                previousCased = true;
                any = true;
            }
            else
            {
                previousCased = false;
            }
        }
        return any;
    }

    private static string Capitalize(string s)
    {
        if (s.Length == 0) return s;
        return ToTitle(s[0]) + s[1..].ToLowerInvariant();
    }

    public static bool IsIdentifier(string s)
    {
        if (s.Length == 0) return false;
        if (!(char.IsLetter(s[0]) || s[0] == '_')) return false;
        for (int i = 1; i < s.Length; i++)
        {
            char c = s[i];
            if (!(char.IsLetterOrDigit(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
                    or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation))
                return false;
        }
        return true;
    }

    // ---- padding -------------------------------------------------------------------------------

    private static PyObject Pad(string s, ReadOnlySpan<PyObject> args, KeywordArguments? kw, string name)
    {
        ArgReader.NoKeywords(name, kw);
        ArgReader.CheckCount(name, args, 1, 2);
        long width = PyConvert.ToLong(args[0]);
        char fill = ' ';
        if (args.Length > 1)
        {
            if (args[1] is not PyStr f || f.Value.Length != 1)
                throw PyExc.TypeError("The fill character must be exactly one character long");
            fill = f.Value[0];
        }
        if (width <= s.Length) return Create(s);
        int total = (int)width - s.Length;
        switch (name)
        {
            case "ljust": return Create(s + new string(fill, total));
            case "rjust": return Create(new string(fill, total) + s);
            default:
                // CPython centers with the extra space on the left when the width and padding are both odd.
                int left = total / 2 + (total & (int)width & 1);
                return Create(new string(fill, left) + s + new string(fill, total - left));
        }
    }

    private static string ZFill(string s, long width)
    {
        if (width <= s.Length) return s;
        int pad = (int)width - s.Length;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-')) return s[0] + new string('0', pad) + s[1..];
        return new string('0', pad) + s;
    }

    private static string ExpandTabs(string s, int tabsize)
    {
        var sb = new StringBuilder(s.Length);
        int column = 0;
        foreach (var c in s)
        {
            if (c == '\t')
            {
                if (tabsize > 0)
                {
                    int spaces = tabsize - column % tabsize;
                    sb.Append(' ', spaces);
                    column += spaces;
                }
            }
            else if (c == '\n' || c == '\r')
            {
                sb.Append(c);
                column = 0;
            }
            else
            {
                sb.Append(c);
                column++;
            }
        }
        return sb.ToString();
    }

    // ---- lines and partitions --------------------------------------------------------------------

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    private static PyObject SplitLines(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var a = new ArgReader("splitlines", args, kw, ["keepends"], required: 0);
        bool keep = a.GetBool(0, false);
        string s = S(self);
        var result = new PyList();
        int i = 0;
        while (i < s.Length)
        {
            int j = i;
            while (j < s.Length && !IsLineBreak(s[j])) j++;
            int eol = j;
            if (j < s.Length)
            {
                if (s[j] == '\r' && j + 1 < s.Length && s[j + 1] == '\n') j += 2;
                else j++;
                if (keep) eol = j;
            }
            result.Append(Create(s[i..eol]));
            i = j;
        }
        return result;
    }

    private static PyObject Partition(string s, PyObject sepObj, bool fromRight)
    {
        string sep = sepObj is PyStr p ? p.Value : throw PyExc.TypeError($"must be str, not {sepObj.Type.Name}");
        if (sep.Length == 0) throw PyExc.ValueError("empty separator");
        int idx = fromRight ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
        if (idx < 0)
            return fromRight ? PyTuple.Create([Empty, Empty, Create(s)]) : PyTuple.Create([Create(s), Empty, Empty]);
        return PyTuple.Create([Create(s[..idx]), Create(sep), Create(s[(idx + sep.Length)..])]);
    }

    // ---- translate ------------------------------------------------------------------------------

    private static PyObject Translate(string s, PyObject table)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            PyObject? mapped;
            try
            {
                mapped = PyOps.GetItem(table, PyInt.Create(c));
            }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.LookupError))
            {
                sb.Append(c);
                continue;
            }
            switch (mapped)
            {
                case PyNone: break;
                case PyStr ms: sb.Append(ms.Value); break;
                case PyInt mi: AppendCodePoint(sb, (int)mi.ToLong()); break;
                default: throw PyExc.TypeError("character mapping must return integer, None or str");
            }
        }
        return Create(sb.ToString());
    }

    private static PyObject MakeTrans(ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        ArgReader.CheckCount("maketrans", args, 1, 3);
        var result = new PyDict();
        if (args.Length == 1)
        {
            if (args[0] is not PyDict d) throw PyExc.TypeError("if you give only one argument to maketrans it must be a dict");
            foreach (var (k, v) in d.Items())
            {
                var key = k is PyStr ks && ks.Value.Length == 1 ? PyInt.Create(ks.Value[0]) : k;
                result.SetItem(key, v);
            }
            return result;
        }
        string from = StrArg("maketrans", args[0]), to = StrArg("maketrans", args[1]);
        if (from.Length != to.Length) throw PyExc.ValueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < from.Length; i++) result.SetItem(PyInt.Create(from[i]), PyInt.Create(to[i]));
        if (args.Length == 3)
            foreach (var c in StrArg("maketrans", args[2])) result.SetItem(PyInt.Create(c), PyNone.Instance);
        return result;
    }
}
