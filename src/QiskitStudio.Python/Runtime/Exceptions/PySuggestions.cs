namespace QiskitStudio.Python.Runtime;

/// <summary>
/// CPython 3.11's "Did you mean: 'x'?" hints: a Levenshtein distance where a case change costs
/// less than other edits, with the same cut-offs, so the same suggestion is chosen. CPython adds
/// the hint when it prints a traceback (str(e) is unchanged), so tracebacks call these.
/// </summary>
public static class PySuggestions
{
    private const int MaxCandidates = 750;
    private const int MaxStringSize = 40;
    private const int MoveCost = 2;
    private const int CaseCost = 1;

    /// <summary>The closest of <paramref name="candidates"/> to <paramref name="name"/>, or null.</summary>
    public static string? Find(string name, IEnumerable<string> candidates)
    {
        var list = candidates as IReadOnlyCollection<string> ?? candidates.ToList();
        if (list.Count > MaxCandidates) return null;
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var item in list)
        {
            if (item == name) continue;
            int maxDistance = (name.Length + item.Length + 3) * MoveCost / 6;
            if (bestDistance - 1 < maxDistance) maxDistance = bestDistance - 1;
            int distance = Distance(name, item, maxDistance);
            if (distance > maxDistance) continue;
            if (best is null || distance < bestDistance)
            {
                best = item;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>The suggestion for an AttributeError on <paramref name="obj"/>, or null.</summary>
    public static string? ForAttribute(PyObject obj, string name)
    {
        try
        {
            var names = new List<string>();
            foreach (var n in PyOps.Dir(obj))
                if (n is PyStr s) names.Add(s.Value);
            return Find(name, names);
        }
        catch (PythonException)
        {
            return null;
        }
    }

    /// <summary>The suggestion for an AttributeError carrying <c>name</c> and <c>obj</c>, or null.</summary>
    public static string? ForAttributeError(PyBaseException error)
    {
        if (!error.Type.IsSubtypeOf(PyExceptionTypes.AttributeError)) return null;
        var dict = error.InstanceDict;
        if (!dict.TryGetValue("name", out var name) || name is not PyStr n) return null;
        if (!dict.TryGetValue("obj", out var obj)) return null;
        return ForAttribute(obj, n.Value);
    }

    private static int SubstitutionCost(char a, char b)
    {
        if ((a & 31) != (b & 31)) return MoveCost;
        if (a == b) return 0;
        if (a >= 'A' && a <= 'Z') a = (char)(a + 32);
        if (b >= 'A' && b <= 'Z') b = (char)(b + 32);
        return a == b ? CaseCost : MoveCost;
    }

    private static int Distance(string a, string b, int maxCost)
    {
        if (a == b) return 0;
        int start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start]) start++;
        int aEnd = a.Length, bEnd = b.Length;
        while (aEnd > start && bEnd > start && a[aEnd - 1] == b[bEnd - 1])
        {
            aEnd--;
            bEnd--;
        }
        var x = a.AsSpan(start, aEnd - start);
        var y = b.AsSpan(start, bEnd - start);
        if (x.Length == 0 || y.Length == 0) return (x.Length + y.Length) * MoveCost;
        if (x.Length > MaxStringSize || y.Length > MaxStringSize) return maxCost + 1;
        if (y.Length < x.Length)
        {
            var t = x;
            x = y;
            y = t;
        }
        if ((y.Length - x.Length) * MoveCost > maxCost) return maxCost + 1;
        Span<int> buffer = stackalloc int[MaxStringSize];
        for (int i = 0; i < x.Length; i++) buffer[i] = (i + 1) * MoveCost;
        int result = 0;
        for (int bi = 0; bi < y.Length; bi++)
        {
            char code = y[bi];
            int distance = result = bi * MoveCost;
            int minimum = int.MaxValue;
            for (int ai = 0; ai < x.Length; ai++)
            {
                int substitute = distance + SubstitutionCost(code, x[ai]);
                distance = buffer[ai];
                int insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                buffer[ai] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
