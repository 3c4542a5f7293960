namespace QiskitStudio.Python.Runtime;

/// <summary>
/// Reads the arguments of a C# function by position or keyword, raising CPython's messages for
/// too many, missing, unexpected and duplicated arguments. It allocates nothing.
/// <code>
/// static readonly string[] Names = ["sep", "maxsplit"];
/// var a = new ArgReader("split", args, kwargs, Names, required: 0);
/// PyObject? sep = a.Optional(0);
/// long maxsplit = a.GetLong(1, -1);
/// </code>
/// </summary>
public readonly ref struct ArgReader
{
    private readonly ReadOnlySpan<PyObject> _args;
    private readonly KeywordArguments? _kwargs;
    private readonly string[] _names;

    public string FunctionName { get; }

    /// <param name="functionName">Name used in error messages (without parentheses).</param>
    /// <param name="names">Parameter names in positional order.</param>
    /// <param name="required">How many leading parameters are required.</param>
    /// <param name="positionalOnly">How many leading parameters cannot be given by keyword.</param>
    public ArgReader(string functionName, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs, string[] names,
        int required = -1, int positionalOnly = 0)
    {
        FunctionName = functionName;
        _args = args;
        _kwargs = kwargs is { Count: > 0 } ? kwargs : null;
        _names = names;
        if (required < 0) required = names.Length;

        if (args.Length > names.Length)
        {
            throw PyExc.TypeError(required == names.Length
                ? $"{functionName}() takes {CountWords(names.Length, exactly: true)} ({args.Length} given)"
                : $"{functionName}() takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({args.Length} given)");
        }
        if (_kwargs is not null)
        {
            for (int k = 0; k < _kwargs.Count; k++)
            {
                string name = _kwargs.NameAt(k);
                int index = Array.IndexOf(names, name);
                if (index < 0 || index < positionalOnly)
                {
                    if (index >= 0 || (positionalOnly == names.Length && names.Length > 0))
                        throw PyExc.TypeError($"{functionName}() got some positional-only arguments passed as keyword arguments: '{name}'");
                    throw PyExc.TypeError($"'{name}' is an invalid keyword argument for {functionName}()");
                }
                if (index < args.Length)
                    throw PyExc.TypeError($"argument for {functionName}() given by name ('{name}') and position ({index + 1})");
            }
        }
        for (int i = args.Length; i < required; i++)
        {
            if (_kwargs is null || _kwargs.IndexOf(names[i]) < 0)
                throw PyExc.TypeError($"{functionName}() missing required argument '{names[i]}' (pos {i + 1})");
        }
    }

    private static string CountWords(int n, bool exactly) =>
        n switch
        {
            0 => "no arguments",
            1 => exactly ? "exactly one argument" : "one argument",
            _ => $"exactly {n} arguments",
        };

    public int PositionalCount => _args.Length;

    /// <summary>The argument at parameter <paramref name="index"/>, or null when it was not given.</summary>
    public PyObject? Optional(int index)
    {
        if (index < _args.Length) return _args[index];
        return _kwargs?.Get(_names[index]);
    }

    public PyObject Required(int index) =>
        Optional(index) ?? throw PyExc.TypeError($"{FunctionName}() missing required argument '{_names[index]}' (pos {index + 1})");

    public PyObject Get(int index, PyObject defaultValue) => Optional(index) ?? defaultValue;

    public bool Has(int index) => Optional(index) is not null;

    public long GetLong(int index, long defaultValue)
    {
        var v = Optional(index);
        return v is null ? defaultValue : PyConvert.ToLong(v);
    }

    /// <summary>Integer argument where None also means "use the default".</summary>
    public long GetLongOrNone(int index, long defaultValue)
    {
        var v = Optional(index);
        return v is null || v is PyNone ? defaultValue : PyConvert.ToLong(v);
    }

    public double GetDouble(int index, double defaultValue)
    {
        var v = Optional(index);
        return v is null ? defaultValue : PyConvert.ToDouble(v);
    }

    public bool GetBool(int index, bool defaultValue)
    {
        var v = Optional(index);
        return v is null ? defaultValue : PyOps.IsTrue(v);
    }

    public string GetString(int index, string defaultValue)
    {
        var v = Optional(index);
        if (v is null) return defaultValue;
        return v is PyStr s
            ? s.Value
            : throw PyExc.TypeError($"{FunctionName}() argument '{_names[index]}' must be str, not {v.Type.Name}");
    }

    /// <summary>String argument where None means null.</summary>
    public string? GetStringOrNone(int index)
    {
        var v = Optional(index);
        if (v is null || v is PyNone) return null;
        return v is PyStr s
            ? s.Value
            : throw PyExc.TypeError($"{FunctionName}() argument '{_names[index]}' must be str or None, not {v.Type.Name}");
    }

    // ---- small checks for functions that do not need a full reader ---------------------------

    /// <summary>Raises "f() takes no keyword arguments" when keywords were given.</summary>
    public static void NoKeywords(string functionName, KeywordArguments? kwargs)
    {
        if (kwargs is { Count: > 0 }) throw PyExc.TypeError($"{functionName}() takes no keyword arguments");
    }

    /// <summary>The wording of C methods with optional arguments: "find() takes at least 1 argument (0 given)".</summary>
    public static void CheckTakes(string functionName, ReadOnlySpan<PyObject> args, int min, int max)
    {
        int n = args.Length;
        if (n < min)
            throw PyExc.TypeError($"{functionName}() takes at least {min} argument{(min == 1 ? "" : "s")} ({n} given)");
        if (n > max)
            throw PyExc.TypeError($"{functionName}() takes at most {max} argument{(max == 1 ? "" : "s")} ({n} given)");
    }

    /// <summary>Checks a positional-only count range with CPython's wording.</summary>
    public static void CheckCount(string functionName, ReadOnlySpan<PyObject> args, int min, int max)
    {
        int n = args.Length;
        if (n >= min && n <= max) return;
        if (min == max)
        {
            throw PyExc.TypeError(min switch
            {
                0 => $"{functionName}() takes no arguments ({n} given)",
                1 => $"{functionName}() takes exactly one argument ({n} given)",
                _ => $"{functionName} expected {min} arguments, got {n}",
            });
        }
        if (n < min)
            throw PyExc.TypeError($"{functionName} expected at least {min} argument{(min == 1 ? "" : "s")}, got {n}");
        throw PyExc.TypeError($"{functionName} expected at most {max} argument{(max == 1 ? "" : "s")}, got {n}");
    }
}
