using System.Text.RegularExpressions;

namespace QiskitStudio.Knowledge.ParameterUpdates;

/// <summary>Small structure-aware helpers over Python source text: calls with their argument spans, keyword values,
/// dictionary entries and line insertion. Every edit touches only the span it names, so the rest stays byte-identical.</summary>
internal static class PythonText
{
    /// <summary>A call <c>name(...)</c>: index of the name, of "(" and of the matching ")".</summary>
    internal readonly record struct Call(int NameStart, int Open, int Close);

    /// <summary>A top-level argument of a call: its span (trimmed) and, for keywords, the keyword.</summary>
    internal readonly record struct Argument(int Start, int End, string? Keyword);

    private const string ValuePattern = "(?<v>\"[^\"\\n]*\"|'[^'\\n]*'|[-+]?[\\w.]+)";

    public static IEnumerable<Call> FindCalls(string code, string name)
    {
        foreach (Match m in Regex.Matches(code, @"(?<![\w.])" + Regex.Escape(name) + @"\s*\("))
        {
            if (InStringOrComment(code, m.Index)) continue;
            int open = m.Index + m.Length - 1;
            int close = MatchingParen(code, open);
            if (close > 0) yield return new Call(m.Index, open, close);
        }
    }

    /// <summary>Index of the bracket closing the one at <paramref name="open"/>, skipping strings and comments; -1 if none.</summary>
    public static int MatchingParen(string code, int open)
    {
        int depth = 0;
        for (int i = open; i < code.Length; i++)
        {
            char c = code[i];
            if (c is '"' or '\'') { i = SkipString(code, i) - 1; continue; }
            if (c == '#') { while (i < code.Length && code[i] != '\n') i++; continue; }
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}')
            {
                depth--;
                if (depth == 0) return i;
            }
        }
        return -1;
    }

    private static int SkipString(string code, int i)
    {
        char q = code[i];
        bool triple = i + 2 < code.Length && code[i + 1] == q && code[i + 2] == q;
        int j = i + (triple ? 3 : 1);
        while (j < code.Length)
        {
            if (code[j] == '\\') { j += 2; continue; }
            if (triple)
            {
                if (j + 2 < code.Length && code[j] == q && code[j + 1] == q && code[j + 2] == q) return j + 3;
            }
            else if (code[j] == q || code[j] == '\n') return j + 1;
            j++;
        }
        return code.Length;
    }

    /// <summary>True when <paramref name="index"/> is inside a comment or a string on its line (single-line check).</summary>
    public static bool InStringOrComment(string code, int index)
    {
        int lineStart = code.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        if (index == 0) lineStart = 0;
        for (int i = lineStart; i < index; i++)
        {
            char c = code[i];
            if (c == '#') return true;
            if (c is '"' or '\'')
            {
                int end = SkipString(code, i);
                if (end > index) return true;
                i = end - 1;
            }
        }
        return false;
    }

    public static List<Argument> Arguments(string code, Call call)
    {
        var args = new List<Argument>();
        int depth = 0, start = call.Open + 1;
        for (int i = call.Open + 1; i <= call.Close; i++)
        {
            char c = code[i];
            if (c is '"' or '\'') { i = SkipString(code, i) - 1; continue; }
            if (c == '#') { while (i < code.Length && code[i] != '\n') i++; continue; }
            if (c is '(' or '[' or '{') depth++;
            else if ((c is ')' or ']' or '}') && i < call.Close) depth--;
            else if ((c == ',' && depth == 0) || i == call.Close)
            {
                AddArgument(code, start, i, args);
                start = i + 1;
            }
        }
        return args;
    }

    private static void AddArgument(string code, int start, int end, List<Argument> args)
    {
        int s = start, e = end;
        while (s < e && char.IsWhiteSpace(code[s])) s++;
        while (e > s && char.IsWhiteSpace(code[e - 1])) e--;
        if (s == e) return;
        var text = code[s..e];
        var kw = Regex.Match(text, @"^([A-Za-z_]\w*)\s*=(?!=)");
        args.Add(new Argument(s, e, kw.Success ? kw.Groups[1].Value : null));
    }

    /// <summary>Sets every <c>name=value</c> / <c>name = value</c> (keyword or assignment, not comparisons) in code.
    /// Returns the number of places found (changed or already equal).</summary>
    public static int SetAssignments(ref string code, string name, Func<string, string> newValue)
        => ReplaceAll(ref code, @"(?<![\w.""'])" + Regex.Escape(name) + @"(?<sep>\s*=(?!=)\s*)" + ValuePattern, newValue);

    /// <summary>Sets every <c>"name": value</c> dictionary entry.</summary>
    public static int SetDictEntries(ref string code, string name, Func<string, string> newValue)
        => ReplaceAll(ref code, @"([""'])" + Regex.Escape(name) + @"\1(?<sep>\s*:\s*)" + ValuePattern, newValue);

    /// <summary>Sets every attribute assignment <c>x.options.path = value</c> (any receiver).</summary>
    public static int SetAttributeAssignments(ref string code, string dottedPath, Func<string, string> newValue)
        => ReplaceAll(ref code, @"(?<![\w])[A-Za-z_]\w*\.options\." + Regex.Escape(dottedPath) + @"(?<sep>\s*=(?!=)\s*)" + ValuePattern, newValue);

    public static int ReplaceAll(ref string code, string pattern, Func<string, string> newValue)
    {
        int found = 0;
        var source = code;
        var result = new System.Text.StringBuilder();
        int last = 0;
        foreach (Match m in Regex.Matches(source, pattern))
        {
            if (InStringOrComment(source, m.Index)) continue;
            found++;
            var v = m.Groups["v"];
            result.Append(source, last, v.Index - last).Append(newValue(v.Value));
            last = v.Index + v.Length;
        }
        result.Append(source, last, source.Length - last);
        code = result.ToString();
        return found;
    }

    /// <summary>Formats a string value in the quote style of the value it replaces (double quotes by default).</summary>
    public static string Quote(string value, string? previous = null)
    {
        char q = previous is { Length: > 0 } && previous[0] == '\'' ? '\'' : '"';
        return q + value.Replace("\\", "\\\\").Replace(q.ToString(), "\\" + q) + q;
    }

    /// <summary>Adds <c>keyword=value</c> as the last argument of a call, following its one-line or one-per-line layout.</summary>
    public static string AddKeyword(string code, Call call, string keyword, string value)
    {
        var args = Arguments(code, call);
        var kv = keyword + "=" + value;
        if (args.Count == 0) return code.Insert(call.Open + 1, kv);
        var lastArg = args[^1];
        var between = code[lastArg.End..call.Close];
        bool multiLine = code[call.Open..call.Close].Contains('\n');
        if (multiLine && code[lastArg.Start..lastArg.End].Length > 0)
        {
            int lineStart = code.LastIndexOf('\n', lastArg.Start) + 1;
            var indent = code[lineStart..lastArg.Start];
            if (indent.Trim().Length == 0)
            {
                bool trailingComma = between.TrimStart().StartsWith(',');
                int insertAt = trailingComma ? lastArg.End + between.IndexOf(',') + 1 : lastArg.End;
                var text = (trailingComma ? "" : ",") + "\n" + indent + kv + (trailingComma ? "," : "");
                return code.Insert(insertAt, text);
            }
        }
        return code.Insert(lastArg.End, ", " + kv);
    }

    /// <summary>Index just after the end of the line holding <paramref name="index"/> (after its newline).</summary>
    public static int LineEnd(string code, int index)
    {
        int nl = code.IndexOf('\n', index);
        return nl < 0 ? code.Length : nl + 1;
    }

    public static string IndentOf(string code, int index)
    {
        int lineStart = index == 0 ? 0 : code.LastIndexOf('\n', index - 1) + 1;
        int i = lineStart;
        while (i < code.Length && code[i] is ' ' or '\t') i++;
        return code[lineStart..i];
    }

    /// <summary>Inserts whole lines after the line containing <paramref name="index"/>.</summary>
    public static string InsertLinesAfter(string code, int index, IEnumerable<string> lines)
    {
        int at = LineEnd(code, index);
        var text = string.Concat(lines.Select(l => l + "\n"));
        if (at == code.Length && !code.EndsWith('\n')) return code + "\n" + text.TrimEnd('\n');
        return code.Insert(at, text);
    }

    public static string PythonBool(string value) => value.Equals("true", StringComparison.OrdinalIgnoreCase) ? "True" : "False";

    /// <summary>Names imported by <c>from module import a, b</c> lines (single-line form).</summary>
    public static Match? FindFromImport(string code, string module)
    {
        var m = Regex.Match(code, @"^[ \t]*from[ \t]+" + Regex.Escape(module) + @"[ \t]+import[ \t]+(?<names>[^\n(#]+?)[ \t]*(?:#[^\n]*)?$", RegexOptions.Multiline);
        return m.Success ? m : null;
    }

    /// <summary>True when an identifier is used outside import lines.</summary>
    public static bool UsesName(string code, string name)
    {
        foreach (Match m in Regex.Matches(code, @"(?<![\w.])" + Regex.Escape(name) + @"(?!\w)"))
        {
            int lineStart = m.Index == 0 ? 0 : code.LastIndexOf('\n', m.Index - 1) + 1;
            var line = code[lineStart..LineEnd(code, m.Index)].TrimStart();
            if (line.StartsWith("from ", StringComparison.Ordinal) || line.StartsWith("import ", StringComparison.Ordinal)) continue;
            if (InStringOrComment(code, m.Index)) continue;
            return true;
        }
        return false;
    }

    /// <summary>Rewrites a <c>from module import ...</c> line so it imports exactly the names still used plus the needed ones,
    /// keeping the order of names already there. Adds the import line at the top when there is none.</summary>
    public static string SyncFromImport(string code, string module, IEnumerable<string> needed, IEnumerable<string> candidates)
    {
        var need = needed.ToList();
        var import = FindFromImport(code, module);
        if (import is null)
        {
            if (need.Count == 0) return code;
            var line = $"from {module} import {string.Join(", ", need)}\n";
            int at = FirstCodeLine(code);
            return code.Insert(at, line);
        }
        var group = import.Groups["names"];
        var names = group.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var candidateSet = candidates.ToHashSet(StringComparer.Ordinal);
        var kept = names.Where(n => !candidateSet.Contains(n) || need.Contains(n) || UsesName(code, n)).ToList();
        foreach (var n in need) if (!kept.Contains(n)) kept.Add(n);
        if (kept.SequenceEqual(names)) return code;
        if (kept.Count == 0)
        {
            int lineStart = import.Index;
            return code.Remove(lineStart, LineEnd(code, import.Index) - lineStart);
        }
        return code[..group.Index] + string.Join(", ", kept) + code[(group.Index + group.Length)..];
    }

    /// <summary>Where a new import line goes: after leading comments and existing imports.</summary>
    private static int FirstCodeLine(string code)
    {
        int pos = 0, lastImportEnd = -1;
        while (pos < code.Length)
        {
            int end = LineEnd(code, pos);
            var line = code[pos..end].Trim();
            if (line.StartsWith("import ", StringComparison.Ordinal) || line.StartsWith("from ", StringComparison.Ordinal)) lastImportEnd = end;
            else if (line.Length > 0 && !line.StartsWith('#')) break;
            pos = end;
        }
        return lastImportEnd >= 0 ? lastImportEnd : 0;
    }
}
