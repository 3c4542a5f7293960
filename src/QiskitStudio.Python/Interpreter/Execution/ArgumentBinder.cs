using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Interpreter.Execution;

/// <summary>Binds call arguments to a Python function's parameters, with CPython's error messages.</summary>
internal static class ArgumentBinder
{
    public static void Bind(PyFunction function, PyObject? self, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs, PyObject?[] locals)
    {
        var code = function.Code;
        int given = args.Length + (self is null ? 0 : 1);
        int positional = code.PositionalCount;
        if (given == positional && kwargs is null && code.IsSimple)
        {
            int offset = 0;
            if (self is not null) { locals[0] = self; offset = 1; }
            for (int i = 0; i < args.Length; i++) locals[offset + i] = args[i];
            return;
        }

        // Positional arguments.
        int n = Math.Min(given, positional);
        int k = 0;
        if (self is not null && n > 0) { locals[0] = self; k = 1; }
        for (int i = k; i < n; i++) locals[i] = args[i - (self is null ? 0 : 1)];
        if (code.HasVarArgs)
        {
            if (given > positional)
            {
                var extra = new PyObject[given - positional];
                for (int i = 0; i < extra.Length; i++)
                {
                    int index = positional + i;
                    extra[i] = self is not null && index == 0 ? self : args[index - (self is null ? 0 : 1)];
                }
                locals[code.VarArgsSlot] = PyTuple.Create(extra);
            }
            else locals[code.VarArgsSlot] = PyTuple.Empty;
        }
        else if (given > positional)
        {
            throw TooManyPositional(function, given, kwargs);
        }

        // Keyword arguments.
        PyDict? extraKeywords = code.HasVarKeywords ? new PyDict() : null;
        if (kwargs is { Count: > 0 })
        {
            List<string>? positionalOnlyPassed = null;
            for (int i = 0; i < kwargs.Count; i++)
            {
                string name = kwargs.NameAt(i);
                int slot = FindKeywordSlot(code, name);
                if (slot < 0)
                {
                    if (extraKeywords is not null)
                    {
                        extraKeywords.SetItem(PyStr.Create(name), kwargs.ValueAt(i));
                        continue;
                    }
                    if (Array.IndexOf(code.ParameterNames, name) is var p && p >= 0 && p < code.PositionalOnlyCount)
                    {
                        (positionalOnlyPassed ??= []).Add(name);
                        continue;
                    }
                    throw PyExc.TypeError($"{function.QualName}() got an unexpected keyword argument '{name}'");
                }
                if (locals[slot] is not null)
                    throw PyExc.TypeError($"{function.QualName}() got multiple values for argument '{name}'");
                locals[slot] = kwargs.ValueAt(i);
            }
            if (positionalOnlyPassed is not null)
                throw PyExc.TypeError($"{function.QualName}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", positionalOnlyPassed)}'");
        }
        if (extraKeywords is not null) locals[code.VarKeywordsSlot] = extraKeywords;

        // Defaults and missing arguments.
        if (given < positional)
        {
            var defaults = function.Defaults;
            int firstDefault = positional - defaults.Length;
            List<string>? missing = null;
            for (int i = given; i < positional; i++)
            {
                if (locals[i] is not null) continue;
                if (i >= firstDefault) locals[i] = defaults[i - firstDefault];
                else (missing ??= []).Add(code.ParameterNames[i]);
            }
            if (missing is not null) throw Missing(function, missing, "positional");
        }
        if (code.KeywordOnlyCount > 0)
        {
            List<string>? missing = null;
            int start = code.KeywordOnlyStart;
            for (int i = 0; i < code.KeywordOnlyCount; i++)
            {
                if (locals[start + i] is not null) continue;
                var d = function.KeywordDefaults?[i];
                if (d is not null) locals[start + i] = d;
                else (missing ??= []).Add(code.ParameterNames[code.PositionalCount + i]);
            }
            if (missing is not null) throw Missing(function, missing, "keyword-only");
        }
    }

    /// <summary>Slot of a parameter that may be passed by keyword, or -1.</summary>
    private static int FindKeywordSlot(CodeObject code, string name)
    {
        var names = code.ParameterNames;
        for (int i = code.PositionalOnlyCount; i < code.PositionalCount; i++)
            if (names[i] == name) return i;
        for (int i = 0; i < code.KeywordOnlyCount; i++)
            if (names[code.PositionalCount + i] == name) return code.KeywordOnlyStart + i;
        return -1;
    }

    private static PythonException Missing(PyFunction function, List<string> names, string kind)
    {
        string list = names.Count switch
        {
            1 => $"'{names[0]}'",
            2 => $"'{names[0]}' and '{names[1]}'",
            _ => string.Join(", ", names.Take(names.Count - 1).Select(n => $"'{n}'")) + $", and '{names[^1]}'",
        };
        string plural = names.Count == 1 ? "argument" : "arguments";
        return PyExc.TypeError($"{function.QualName}() missing {names.Count} required {kind} {plural}: {list}");
    }

    private static PythonException TooManyPositional(PyFunction function, int given, KeywordArguments? kwargs)
    {
        var code = function.Code;
        int required = code.PositionalCount - function.Defaults.Length;
        string takes = function.Defaults.Length > 0
            ? $"from {required} to {code.PositionalCount}"
            : code.PositionalCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        int keywordOnlyGiven = 0;
        if (kwargs is not null)
        {
            for (int i = 0; i < code.KeywordOnlyCount; i++)
                if (kwargs.IndexOf(code.ParameterNames[code.PositionalCount + i]) >= 0) keywordOnlyGiven++;
        }
        string plural = code.PositionalCount == 1 && function.Defaults.Length == 0 ? "argument" : "arguments";
        string was = given == 1 ? "was" : "were";
        if (keywordOnlyGiven > 0)
        {
            string kwPlural = keywordOnlyGiven == 1 ? "argument" : "arguments";
            return PyExc.TypeError($"{function.QualName}() takes {takes} positional {plural} but {given} positional argument{(given == 1 ? "" : "s")} (and {keywordOnlyGiven} keyword-only {kwPlural}) were given");
        }
        return PyExc.TypeError($"{function.QualName}() takes {takes} positional {plural} but {given} {was} given");
    }
}
