using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Modules.Re;

/// <summary>A compiled pattern (<c>re.Pattern</c>): the Python source, its .NET translation and two regexes.</summary>
public sealed class PyPattern : PyObject
{
    public TranslatedRegex Translation { get; }
    public Regex Search { get; }
    public Regex Anchored { get; }
    public Regex Full { get; }

    internal PyPattern(TranslatedRegex translation)
    {
        Translation = translation;
        var timeout = TimeSpan.FromSeconds(5);
        Search = new Regex(translation.Pattern, translation.Options, timeout);
        Anchored = new Regex(@"\G(?:" + translation.Pattern + ")", translation.Options, timeout);
        Full = new Regex(@"\G(?:" + translation.Pattern + @")\z", translation.Options, timeout);
    }

    public override PyType Type => ReModule.PatternType;

    public int Flags => (int)Translation.Flags;

    public override string Repr()
    {
        string pattern = PyStr.ReprOf(Translation.PythonPattern);
        if (pattern.Length > 200) pattern = pattern[..200];
        var flags = Translation.Flags & ~PythonRegexFlags.Unicode;
        return flags == PythonRegexFlags.None ? $"re.compile({pattern})" : $"re.compile({pattern}, {ReModule.FlagsRepr(flags)})";
    }

    public override long Hash() => HashCode.Combine(Translation.PythonPattern, Translation.Flags);

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is CompareOp.Eq or CompareOp.Ne && other is PyPattern p)
        {
            bool eq = p.Translation.PythonPattern == Translation.PythonPattern && p.Translation.Flags == Translation.Flags;
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        }
        return base.RichCompare(other, op);
    }
}

/// <summary>A successful match (<c>re.Match</c>).</summary>
public sealed class PyMatch(PyPattern pattern, Match match, string input, int pos, int endPos) : PyObject
{
    public PyPattern Pattern { get; } = pattern;
    public Match Match { get; } = match;
    public string Input { get; } = input;
    public int Pos { get; } = pos;
    public int EndPos { get; } = endPos;

    public override PyType Type => ReModule.MatchType;

    public override string Repr() =>
        $"<re.Match object; span=({Match.Index}, {Match.Index + Match.Length}), match={PyStr.ReprOf(Match.Value)}>";

    public int GroupNumber(PyObject key)
    {
        if (key is PyStr s)
        {
            if (Pattern.Translation.GroupIndex.TryGetValue(s.Value, out int named)) return named;
            throw PyExc.IndexError("no such group");
        }
        if (key is PyInt i && !i.IsBig && i.Value >= 0 && i.Value <= Pattern.Translation.GroupCount) return (int)i.Value;
        if (key is PyInt) throw PyExc.IndexError("no such group");
        var index = PyOps.TryIndex(key) ?? throw PyExc.IndexError("no such group");
        return GroupNumber(index);
    }

    public PyObject GroupValue(int n, PyObject? missing = null)
    {
        var g = Match.Groups[n];
        return g.Success ? PyStr.Create(g.Value) : missing ?? PyNone.Instance;
    }

    public (int Start, int End) Span(int n)
    {
        var g = Match.Groups[n];
        return g.Success ? (g.Index, g.Index + g.Length) : (-1, -1);
    }

    public override PyObject GetItem(PyObject key) => GroupValue(GroupNumber(key));

    public override bool IsTrue() => true;
}

/// <summary>
/// Python's <c>re</c> over .NET's regex engine: patterns are translated once
/// (<see cref="PythonRegexTranslator"/>) and cached; the match objects, findall, sub and split
/// follow Python's rules for groups, empty matches and replacement templates.
/// </summary>
public static class ReModule
{
    public static readonly PyType ErrorType = CreateErrorType();
    public static readonly PyType PatternType = CreatePatternType();
    public static readonly PyType MatchType = CreateMatchType();

    private static readonly ConcurrentDictionary<(string, int), PyPattern> s_cache = new();

    private static readonly (string Name, PythonRegexFlags Flag)[] FlagNames =
    [
        ("TEMPLATE", PythonRegexFlags.Template), ("IGNORECASE", PythonRegexFlags.IgnoreCase), ("LOCALE", PythonRegexFlags.Locale),
        ("MULTILINE", PythonRegexFlags.Multiline), ("DOTALL", PythonRegexFlags.DotAll), ("UNICODE", PythonRegexFlags.Unicode),
        ("VERBOSE", PythonRegexFlags.Verbose), ("DEBUG", PythonRegexFlags.Debug), ("ASCII", PythonRegexFlags.Ascii),
    ];

    public static string FlagsRepr(PythonRegexFlags flags) =>
        string.Join("|", FlagNames.Where(f => (flags & f.Flag) != 0).Select(f => "re." + f.Name));

    public static void Populate(PyModule m)
    {
        foreach (var (name, flag) in FlagNames) m.Add(name, PyInt.Create((int)flag));
        foreach (var (alias, name) in new[] { ("T", "TEMPLATE"), ("I", "IGNORECASE"), ("L", "LOCALE"), ("M", "MULTILINE"),
                     ("S", "DOTALL"), ("U", "UNICODE"), ("X", "VERBOSE"), ("A", "ASCII") })
            m.Add(alias, m.Dict[name]);
        m.Add("NOFLAG", PyInt.Zero);
        m.AddType(ErrorType);
        m.Add("PatternError", ErrorType);
        m.AddType(PatternType);
        m.AddType(MatchType);

        m.AddFunction("compile", (args, kw) =>
        {
            var a = new ArgReader("compile", args, kw, ["pattern", "flags"], required: 1);
            return Compile(a.Required(0), a.Get(1, PyInt.Zero));
        });
        m.AddFunction("purge", (args, kw) => { s_cache.Clear(); return PyNone.Instance; });
        m.AddFunction("escape", (args, kw) =>
        {
            var a = new ArgReader("escape", args, kw, ["pattern"]);
            return PyStr.Create(Escape(PyConvert.ToStr(a.Required(0), "pattern")));
        });
        foreach (string name in new[] { "match", "search", "fullmatch" })
        {
            string n = name;
            m.AddFunction(n, (args, kw) =>
            {
                var a = new ArgReader(n, args, kw, ["pattern", "string", "flags"], required: 2);
                var p = Compile(a.Required(0), a.Get(2, PyInt.Zero));
                return Find(p, n, Text(a.Required(1)), 0, int.MaxValue);
            });
        }
        m.AddFunction("findall", (args, kw) =>
        {
            var a = new ArgReader("findall", args, kw, ["pattern", "string", "flags"], required: 2);
            return FindAll(Compile(a.Required(0), a.Get(2, PyInt.Zero)), Text(a.Required(1)), 0, int.MaxValue);
        });
        m.AddFunction("finditer", (args, kw) =>
        {
            var a = new ArgReader("finditer", args, kw, ["pattern", "string", "flags"], required: 2);
            return FindIter(Compile(a.Required(0), a.Get(2, PyInt.Zero)), Text(a.Required(1)), 0, int.MaxValue);
        });
        m.AddFunction("sub", (args, kw) =>
        {
            var a = new ArgReader("sub", args, kw, ["pattern", "repl", "string", "count", "flags"], required: 3);
            var (text, _) = Substitute(Compile(a.Required(0), a.Get(4, PyInt.Zero)), a.Required(1), Text(a.Required(2)), a.GetLong(3, 0));
            return PyStr.Create(text);
        });
        m.AddFunction("subn", (args, kw) =>
        {
            var a = new ArgReader("subn", args, kw, ["pattern", "repl", "string", "count", "flags"], required: 3);
            var (text, n) = Substitute(Compile(a.Required(0), a.Get(4, PyInt.Zero)), a.Required(1), Text(a.Required(2)), a.GetLong(3, 0));
            return PyTuple.Create([PyStr.Create(text), PyInt.Create(n)]);
        });
        m.AddFunction("split", (args, kw) =>
        {
            var a = new ArgReader("split", args, kw, ["pattern", "string", "maxsplit", "flags"], required: 2);
            return Split(Compile(a.Required(0), a.Get(3, PyInt.Zero)), Text(a.Required(1)), a.GetLong(2, 0));
        });
    }

    private static string Text(PyObject o) =>
        o is PyStr s ? s.Value : throw PyExc.TypeError($"expected string or bytes-like object, got '{o.Type.Name}'");

    public static string Escape(string pattern)
    {
        const string special = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
        var sb = new StringBuilder(pattern.Length * 2);
        foreach (char c in pattern)
        {
            if (special.Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    public static PyPattern Compile(PyObject pattern, PyObject flags)
    {
        int f = (int)PyConvert.ToLong(flags);
        if (pattern is PyPattern p)
        {
            if (f != 0) throw PyExc.ValueError("cannot process flags argument with a compiled pattern");
            return p;
        }
        string source = pattern is PyStr s ? s.Value : throw PyExc.TypeError("first argument must be string or compiled pattern");
        if (s_cache.TryGetValue((source, f), out var cached)) return cached;
        PyPattern compiled;
        try
        {
            compiled = new PyPattern(PythonRegexTranslator.Translate(source, (PythonRegexFlags)f));
        }
        catch (PythonRegexException e)
        {
            throw Error(e.Message, source, e.Position);
        }
        if (s_cache.Count > 512) s_cache.Clear();
        s_cache[(source, f)] = compiled;
        return compiled;
    }

    private static PythonException Error(string message, string pattern, int? position)
    {
        var error = PyExc.Create(ErrorType, message);
        var dict = error.Value.InstanceDict;
        dict["msg"] = PyStr.Create(message);
        dict["pattern"] = PyStr.Create(pattern);
        dict["pos"] = position is { } p ? PyInt.Create(p) : PyNone.Instance;
        return error;
    }

    private static T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (RegexMatchTimeoutException)
        {
            throw PyExc.RuntimeError("the regular expression took too long to match (catastrophic backtracking?)");
        }
    }

    private static (int Pos, int End) Bounds(string text, long pos, long endPos)
    {
        int end = (int)System.Math.Clamp(endPos, 0, text.Length);
        int start = (int)System.Math.Clamp(pos, 0, text.Length);
        return (start, end);
    }

    public static PyObject Find(PyPattern p, string kind, string text, long pos, long endPos)
    {
        var (start, end) = Bounds(text, pos, endPos);
        if (start > end) return PyNone.Instance;
        string input = end == text.Length ? text : text[..end];
        var regex = kind switch { "match" => p.Anchored, "fullmatch" => p.Full, _ => p.Search };
        var m = Guard(() => regex.Match(input, start));
        return m.Success ? new PyMatch(p, m, text, start, end) : PyNone.Instance;
    }

    private static IEnumerable<Match> Matches(PyPattern p, string text, int start, int end)
    {
        string input = end == text.Length ? text : text[..end];
        var m = Guard(() => p.Search.Match(input, start));
        while (m.Success)
        {
            yield return m;
            m = Guard(() => m.NextMatch());
        }
    }

    public static PyObject FindAll(PyPattern p, string text, long pos, long endPos)
    {
        var (start, end) = Bounds(text, pos, endPos);
        var result = new PyList();
        int groups = p.Translation.GroupCount;
        foreach (var m in Matches(p, text, start, end))
        {
            if (groups == 0) result.Append(PyStr.Create(m.Value));
            else if (groups == 1) result.Append(PyStr.Create(m.Groups[1].Success ? m.Groups[1].Value : ""));
            else
            {
                var items = new PyObject[groups];
                for (int g = 1; g <= groups; g++) items[g - 1] = PyStr.Create(m.Groups[g].Success ? m.Groups[g].Value : "");
                result.Append(PyTuple.FromArrayNoCopy(items));
            }
        }
        return result;
    }

    public static PyObject FindIter(PyPattern p, string text, long pos, long endPos)
    {
        var (start, end) = Bounds(text, pos, endPos);
        var matches = Matches(p, text, start, end).Select(m => (PyObject)new PyMatch(p, m, text, start, end));
        return PyOps.GetIter(PyList.FromEnumerable(matches));
    }

    public static (string Text, long Count) Substitute(PyPattern p, PyObject repl, string text, long count)
    {
        ReplacementTemplate? template = null;
        if (repl is PyStr rs)
        {
            try
            {
                template = new ReplacementTemplate(rs.Value, p.Translation.GroupCount, p.Translation.GroupIndex);
            }
            catch (PythonRegexException e)
            {
                throw Error(e.Message, rs.Value, e.Position);
            }
            catch (IndexOutOfRangeException e)
            {
                throw PyExc.IndexError(e.Message);
            }
        }
        var sb = new StringBuilder();
        int last = 0;
        long n = 0;
        foreach (var m in Matches(p, text, 0, text.Length))
        {
            if (count > 0 && n >= count) break;
            sb.Append(text, last, m.Index - last);
            if (template is not null)
            {
                sb.Append(template.Expand(g => m.Groups[g].Success ? m.Groups[g].Value : null));
            }
            else
            {
                var r = PyOps.Call(repl, [new PyMatch(p, m, text, 0, text.Length)]);
                sb.Append(r is PyStr s ? s.Value : throw PyExc.TypeError($"expected str instance, {r.Type.Name} found"));
            }
            last = m.Index + m.Length;
            n++;
        }
        sb.Append(text, last, text.Length - last);
        return (sb.ToString(), n);
    }

    public static PyObject Split(PyPattern p, string text, long maxSplit)
    {
        var result = new PyList();
        int last = 0;
        long n = 0;
        int groups = p.Translation.GroupCount;
        foreach (var m in Matches(p, text, 0, text.Length))
        {
            if (maxSplit > 0 && n >= maxSplit) break;
            result.Append(PyStr.Create(text[last..m.Index]));
            for (int g = 1; g <= groups; g++)
                result.Append(m.Groups[g].Success ? PyStr.Create(m.Groups[g].Value) : PyNone.Instance);
            last = m.Index + m.Length;
            n++;
        }
        result.Append(PyStr.Create(text[last..]));
        return result;
    }

    // ---- types -------------------------------------------------------------------------------------

    private static PyType CreateErrorType()
    {
        var t = PyType.CreateBuiltin("error", PyExceptionTypes.Exception, module: "re", newFunction: PyBaseException.New);
        t.InitFunction = PyBaseException.Init;
        return t.Freeze();
    }

    private static PyPattern AsPattern(PyObject self) => (PyPattern)self;

    private static PyType CreatePatternType()
    {
        var t = PyType.CreateBuiltin("Pattern", PyTypes.Object, module: "re", subclassable: false);
        string[] findNames = ["string", "pos", "endpos"];
        foreach (string name in new[] { "match", "search", "fullmatch" })
        {
            string n = name;
            t.AddMethod(n, (self, args, kw) =>
            {
                var a = new ArgReader(n, args, kw, findNames, required: 1);
                return Find(AsPattern(self), n, Text(a.Required(0)), a.GetLong(1, 0), a.GetLongOrNone(2, int.MaxValue));
            });
        }
        t.AddMethod("findall", (self, args, kw) =>
        {
            var a = new ArgReader("findall", args, kw, findNames, required: 1);
            return FindAll(AsPattern(self), Text(a.Required(0)), a.GetLong(1, 0), a.GetLongOrNone(2, int.MaxValue));
        });
        t.AddMethod("finditer", (self, args, kw) =>
        {
            var a = new ArgReader("finditer", args, kw, findNames, required: 1);
            return FindIter(AsPattern(self), Text(a.Required(0)), a.GetLong(1, 0), a.GetLongOrNone(2, int.MaxValue));
        });
        t.AddMethod("sub", (self, args, kw) =>
        {
            var a = new ArgReader("sub", args, kw, ["repl", "string", "count"], required: 2);
            return PyStr.Create(Substitute(AsPattern(self), a.Required(0), Text(a.Required(1)), a.GetLong(2, 0)).Text);
        });
        t.AddMethod("subn", (self, args, kw) =>
        {
            var a = new ArgReader("subn", args, kw, ["repl", "string", "count"], required: 2);
            var (text, n) = Substitute(AsPattern(self), a.Required(0), Text(a.Required(1)), a.GetLong(2, 0));
            return PyTuple.Create([PyStr.Create(text), PyInt.Create(n)]);
        });
        t.AddMethod("split", (self, args, kw) =>
        {
            var a = new ArgReader("split", args, kw, ["string", "maxsplit"], required: 1);
            return Split(AsPattern(self), Text(a.Required(0)), a.GetLong(1, 0));
        });
        t.AddProperty("pattern", self => PyStr.Create(AsPattern(self).Translation.PythonPattern));
        t.AddProperty("flags", self => PyInt.Create(AsPattern(self).Flags));
        t.AddProperty("groups", self => PyInt.Create(AsPattern(self).Translation.GroupCount));
        t.AddProperty("groupindex", self =>
        {
            var d = new PyDict();
            foreach (var (name, index) in AsPattern(self).Translation.GroupIndex.OrderBy(kv => kv.Value))
                d.SetItem(PyStr.Create(name), PyInt.Create(index));
            return d;
        });
        return t.Freeze();
    }

    private static PyMatch AsMatch(PyObject self) => (PyMatch)self;

    private static PyType CreateMatchType()
    {
        var t = PyType.CreateBuiltin("Match", PyTypes.Object, module: "re", subclassable: false);
        t.AddMethod("group", (self, args, kw) =>
        {
            ArgReader.NoKeywords("group", kw);
            var m = AsMatch(self);
            if (args.Length == 0) return m.GroupValue(0);
            if (args.Length == 1) return m.GroupValue(m.GroupNumber(args[0]));
            var items = new PyObject[args.Length];
            for (int i = 0; i < args.Length; i++) items[i] = m.GroupValue(m.GroupNumber(args[i]));
            return PyTuple.FromArrayNoCopy(items);
        });
        t.AddMethod("__getitem__", (self, args, kw) => AsMatch(self).GetItem(args[0]));
        t.AddMethod("groups", (self, args, kw) =>
        {
            var a = new ArgReader("groups", args, kw, ["default"], required: 0);
            var m = AsMatch(self);
            var missing = a.Get(0, PyNone.Instance);
            int n = m.Pattern.Translation.GroupCount;
            var items = new PyObject[n];
            for (int g = 1; g <= n; g++) items[g - 1] = m.GroupValue(g, missing);
            return PyTuple.FromArrayNoCopy(items);
        });
        t.AddMethod("groupdict", (self, args, kw) =>
        {
            var a = new ArgReader("groupdict", args, kw, ["default"], required: 0);
            var m = AsMatch(self);
            var missing = a.Get(0, PyNone.Instance);
            var d = new PyDict();
            foreach (var (name, index) in m.Pattern.Translation.GroupIndex.OrderBy(kv => kv.Value))
                d.SetItem(PyStr.Create(name), m.GroupValue(index, missing));
            return d;
        });
        t.AddMethod("span", (self, args, kw) =>
        {
            var m = AsMatch(self);
            var (s, e) = m.Span(args.Length == 0 ? 0 : m.GroupNumber(args[0]));
            return PyTuple.Create([PyInt.Create(s), PyInt.Create(e)]);
        });
        t.AddMethod("start", (self, args, kw) =>
        {
            var m = AsMatch(self);
            return PyInt.Create(m.Span(args.Length == 0 ? 0 : m.GroupNumber(args[0])).Start);
        });
        t.AddMethod("end", (self, args, kw) =>
        {
            var m = AsMatch(self);
            return PyInt.Create(m.Span(args.Length == 0 ? 0 : m.GroupNumber(args[0])).End);
        });
        t.AddMethod("expand", (self, args, kw) =>
        {
            var m = AsMatch(self);
            var template = new ReplacementTemplate(PyConvert.ToStr(args[0], "template"), m.Pattern.Translation.GroupCount, m.Pattern.Translation.GroupIndex);
            return PyStr.Create(template.Expand(g => m.Match.Groups[g].Success ? m.Match.Groups[g].Value : null));
        });
        t.AddProperty("string", self => PyStr.Create(AsMatch(self).Input));
        t.AddProperty("re", self => AsMatch(self).Pattern);
        t.AddProperty("pos", self => PyInt.Create(AsMatch(self).Pos));
        t.AddProperty("endpos", self => PyInt.Create(AsMatch(self).EndPos));
        t.AddProperty("lastindex", self =>
        {
            var m = AsMatch(self);
            int best = -1, bestEnd = -1;
            for (int g = 1; g <= m.Pattern.Translation.GroupCount; g++)
            {
                var (_, e) = m.Span(g);
                if (e > bestEnd) (best, bestEnd) = (g, e);
            }
            return best < 0 ? PyNone.Instance : PyInt.Create(best);
        });
        t.AddProperty("lastgroup", self =>
        {
            var m = AsMatch(self);
            int best = -1, bestEnd = -1;
            for (int g = 1; g <= m.Pattern.Translation.GroupCount; g++)
            {
                var (_, e) = m.Span(g);
                if (e > bestEnd) (best, bestEnd) = (g, e);
            }
            var name = m.Pattern.Translation.GroupIndex.FirstOrDefault(kv => kv.Value == best).Key;
            return name is null ? PyNone.Instance : PyStr.Create(name);
        });
        return t.Freeze();
    }
}
