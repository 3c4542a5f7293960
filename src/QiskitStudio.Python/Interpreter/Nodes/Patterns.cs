using QiskitStudio.Python.Interpreter.Execution;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Interpreter.Nodes;

/// <summary>A compiled pattern of a <c>case</c> clause: tests the subject and binds its captures.</summary>
public abstract class PatternNode
{
    public abstract bool Match(Frame f, PyObject subject);
}

public sealed class ValuePatternNode(ExprNode value) : PatternNode
{
    public override bool Match(Frame f, PyObject subject) => PyOps.EqualsBool(subject, value.Eval(f));
}

public sealed class SingletonPatternNode(PyObject value) : PatternNode
{
    public override bool Match(Frame f, PyObject subject) => ReferenceEquals(subject, value);
}

/// <summary>A capture, the wildcard <c>_</c> (no target), or <c>pattern as name</c>.</summary>
public sealed class CapturePatternNode(PatternNode? pattern, TargetNode? target) : PatternNode
{
    public override bool Match(Frame f, PyObject subject)
    {
        if (pattern is not null && !pattern.Match(f, subject)) return false;
        target?.Store(f, subject);
        return true;
    }
}

public sealed class OrPatternNode(PatternNode[] alternatives) : PatternNode
{
    public override bool Match(Frame f, PyObject subject)
    {
        foreach (var p in alternatives)
            if (p.Match(f, subject)) return true;
        return false;
    }
}

public sealed class SequencePatternNode(PatternNode[] items, int starIndex) : PatternNode
{
    public override bool Match(Frame f, PyObject subject)
    {
        // str, bytes and mappings are not sequences for pattern matching.
        if (subject is not (PyList or PyTuple or PyRange) && !(subject is PyInstance && PyOps.TryGetAttr(subject, "__getitem__") is not null && PyOps.TryGetAttr(subject, "__len__") is not null))
            return false;
        var values = PyOps.ToArray(subject);
        if (starIndex < 0)
        {
            if (values.Length != items.Length) return false;
            for (int i = 0; i < items.Length; i++)
                if (!items[i].Match(f, values[i])) return false;
            return true;
        }
        int after = items.Length - starIndex - 1;
        if (values.Length < items.Length - 1) return false;
        for (int i = 0; i < starIndex; i++)
            if (!items[i].Match(f, values[i])) return false;
        for (int i = 0; i < after; i++)
            if (!items[starIndex + 1 + i].Match(f, values[values.Length - after + i])) return false;
        var middle = new PyList();
        for (int i = starIndex; i < values.Length - after; i++) middle.Append(values[i]);
        return items[starIndex].Match(f, middle);
    }
}

public sealed class MappingPatternNode(ExprNode[] keys, PatternNode[] patterns, TargetNode? rest) : PatternNode
{
    public override bool Match(Frame f, PyObject subject)
    {
        if (subject is not PyDict dict) return false;
        var used = new List<PyObject>();
        for (int i = 0; i < keys.Length; i++)
        {
            var key = keys[i].Eval(f);
            if (PyOps.Contains(dict, key) is false) return false;
            if (!patterns[i].Match(f, PyOps.GetItem(dict, key))) return false;
            used.Add(key);
        }
        if (rest is not null)
        {
            var remaining = new PyDict();
            foreach (var (k, v) in dict.Items())
                if (!used.Any(u => PyOps.EqualsBool(u, k))) remaining.SetItem(k, v);
            rest.Store(f, remaining);
        }
        return true;
    }
}

public sealed class ClassPatternNode(ExprNode cls, PatternNode[] positional, string[] keywordNames, PatternNode[] keywordPatterns) : PatternNode
{
    // Built-in types whose single positional sub-pattern matches the subject itself.
    private static readonly PyType[] SelfMatching =
        [PyTypes.Bool, PyTypes.Bytes, PyTypes.Dict, PyTypes.Float, PyTypes.FrozenSet, PyTypes.Int, PyTypes.List, PyTypes.Set, PyTypes.Str, PyTypes.Tuple];

    public override bool Match(Frame f, PyObject subject)
    {
        var c = cls.Eval(f);
        if (c is not PyType type) throw PyExc.TypeError("called match pattern must be a class");
        if (!subject.Type.IsSubtypeOf(type)) return false;
        if (positional.Length > 0)
        {
            if (!type.IsHeapType && Array.IndexOf(SelfMatching, type) >= 0)
            {
                if (positional.Length > 1) throw PyExc.TypeError($"{type.Name}() accepts 1 positional sub-pattern ({positional.Length} given)");
                if (!positional[0].Match(f, subject)) return false;
            }
            else
            {
                var matchArgs = PyOps.TryGetAttr(type, "__match_args__");
                var names = matchArgs is null ? [] : PyOps.ToArray(matchArgs);
                if (positional.Length > names.Length)
                    throw PyExc.TypeError($"{type.Name}() accepts {names.Length} positional sub-pattern{(names.Length == 1 ? "" : "s")} ({positional.Length} given)");
                for (int i = 0; i < positional.Length; i++)
                {
                    var value = PyOps.TryGetAttr(subject, PyOps.Str(names[i]));
                    if (value is null || !positional[i].Match(f, value)) return false;
                }
            }
        }
        for (int i = 0; i < keywordNames.Length; i++)
        {
            var value = PyOps.TryGetAttr(subject, keywordNames[i]);
            if (value is null || !keywordPatterns[i].Match(f, value)) return false;
        }
        return true;
    }
}

public sealed class MatchCaseNode(PatternNode pattern, ExprNode? guard, StmtNode body, int line)
{
    public readonly PatternNode Pattern = pattern;
    public readonly ExprNode? Guard = guard;
    public readonly StmtNode Body = body;
    public readonly int Line = line;
}

/// <summary><c>match subject:</c> runs the first case whose pattern matches and whose guard holds.</summary>
public sealed class MatchNode(ExprNode subject, MatchCaseNode[] cases) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        var value = subject.Eval(f);
        foreach (var c in cases)
        {
            f.Line = c.Line;
            if (!c.Pattern.Match(f, value)) continue;
            if (c.Guard is not null && !c.Guard.EvalBool(f)) continue;
            return c.Body.Exec(f);
        }
        return Completion.Normal;
    }
}
