using System.Runtime.CompilerServices;
using QiskitStudio.Python.Interpreter.Execution;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Interpreter.Errors;

/// <summary>
/// CPython 3.11's "Did you mean: 'x'?" hints for NameError and AttributeError: the closest name
/// by a Levenshtein distance where case changes cost 1 and other edits 2, within a third of the
/// characters. The hint is shown in the printed traceback only (str(e) is unchanged).
/// </summary>
public static class Suggestions
{
    private const int MaxCandidates = 750;
    private const int MaxStringSize = 40;
    private const int MoveCost = 2;
    private const int CaseCost = 1;

    private static readonly ConditionalWeakTable<PyBaseException, string> s_suggestions = new();

    public static string? For(PyBaseException error) => s_suggestions.TryGetValue(error, out var s) ? s : null;

    /// <summary>Records a hint for a NameError raised in <paramref name="frame"/>; returns false (for use in exception filters).</summary>
    public static bool ForName(PythonException e, Frame frame, string name)
    {
        if (s_suggestions.TryGetValue(e.Value, out _)) return false;
        // Locals, then globals, then builtins, as CPython looks.
        var suggestion = Closest(name, frame.Code.LocalNames.Where(n => !n.StartsWith('.')))
            ?? Closest(name, frame.Globals.Bound().Select(kv => kv.Key))
            ?? Closest(name, frame.Globals.Builtins.Keys);
        if (suggestion is not null) s_suggestions.AddOrUpdate(e.Value, suggestion);
        return false;
    }

    /// <summary>Records a hint for a missing attribute of <paramref name="obj"/>; returns false (for exception filters).</summary>
    public static bool ForAttribute(PythonException e, PyObject obj, string name)
    {
        if (!e.Matches(PyExceptionTypes.AttributeError) || s_suggestions.TryGetValue(e.Value, out _)) return false;
        if (e.Value.Args.Count != 1 || e.Value.Args[0] is not PyStr message || !message.Value.EndsWith($"has no attribute '{name}'", StringComparison.Ordinal))
            return false;
        List<PyObject> names;
        try
        {
            names = PyOps.Dir(obj);
        }
        catch (PythonException)
        {
            return false;
        }
        var suggestion = Closest(name, names.OfType<PyStr>().Select(s => s.Value));
        if (suggestion is not null) s_suggestions.AddOrUpdate(e.Value, suggestion);
        return false;
    }

    public static string? Closest(string wrong, IEnumerable<string> candidates)
    {
        var list = candidates as IList<string> ?? candidates.ToList();
        if (list.Count > MaxCandidates || wrong.Length > MaxStringSize) return null;
        int best = wrong.Length;
        string? suggestion = null;
        foreach (var candidate in list)
        {
            if (candidate == wrong) continue;
            int maxDistance = (candidate.Length + wrong.Length + 3) * MoveCost / 6;
            maxDistance = Math.Min(maxDistance, best - 1);
            int distance = Distance(wrong, candidate, maxDistance);
            if (distance > maxDistance) continue;
            if (suggestion is null || distance < best)
            {
                suggestion = candidate;
                best = distance;
            }
        }
        return suggestion;
    }

    private static int SubstitutionCost(char a, char b)
    {
        if (a == b) return 0;
        return char.ToLowerInvariant(a) == char.ToLowerInvariant(b) ? CaseCost : MoveCost;
    }

    private static int Distance(string a, string b, int maxCost)
    {
        if (a == b) return 0;
        int pre = 0;
        while (pre < a.Length && pre < b.Length && a[pre] == b[pre]) pre++;
        a = a[pre..];
        b = b[pre..];
        int post = 0;
        while (post < a.Length && post < b.Length && a[a.Length - 1 - post] == b[b.Length - 1 - post]) post++;
        a = a[..(a.Length - post)];
        b = b[..(b.Length - post)];
        if (a.Length == 0 || b.Length == 0) return MoveCost * (a.Length + b.Length);
        if (a.Length > MaxStringSize || b.Length > MaxStringSize) return maxCost + 1;
        if (b.Length < a.Length) (a, b) = (b, a);
        if ((b.Length - a.Length) * MoveCost > maxCost) return maxCost + 1;
        var row = new int[a.Length];
        for (int i = 0; i < row.Length; i++) row[i] = (i + 1) * MoveCost;
        int result = 0;
        for (int bi = 0; bi < b.Length; bi++)
        {
            char bc = b[bi];
            int distance = result = bi * MoveCost;
            int minimum = int.MaxValue;
            for (int i = 0; i < a.Length; i++)
            {
                int substitute = distance + SubstitutionCost(bc, a[i]);
                distance = row[i];
                int insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                row[i] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
