namespace QiskitStudio.Python.Runtime;

/// <summary>
/// Keyword arguments of one call, in the order they were written. Most calls have none and pass
/// null; call sites with keywords build one of these (names can be a shared array per call site).
/// </summary>
public sealed class KeywordArguments
{
    private string[] _names;
    private PyObject[] _values;
    private int _count;

    public KeywordArguments(int capacity = 4)
    {
        _names = new string[Math.Max(capacity, 1)];
        _values = new PyObject[_names.Length];
    }

    /// <summary>Wraps existing arrays without copying them (names must be distinct).</summary>
    public KeywordArguments(string[] names, PyObject[] values)
    {
        if (names.Length != values.Length) throw new ArgumentException("names and values differ in length");
        _names = names;
        _values = values;
        _count = names.Length;
    }

    public int Count => _count;

    public string NameAt(int index) => _names[index];

    public PyObject ValueAt(int index) => _values[index];

    /// <summary>Adds a keyword, raising CPython's TypeError when the name repeats.</summary>
    public void Add(string name, PyObject value, string? functionName = null)
    {
        if (IndexOf(name) >= 0)
            throw PyExc.TypeError(functionName is null
                ? $"got multiple values for keyword argument '{name}'"
                : $"{functionName}() got multiple values for keyword argument '{name}'");
        if (_count == _names.Length)
        {
            Array.Resize(ref _names, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }
        _names[_count] = name;
        _values[_count] = value;
        _count++;
    }

    public int IndexOf(string name)
    {
        for (int i = 0; i < _count; i++)
            if (string.Equals(_names[i], name, StringComparison.Ordinal)) return i;
        return -1;
    }

    public PyObject? Get(string name)
    {
        int i = IndexOf(name);
        return i < 0 ? null : _values[i];
    }

    /// <summary>The keywords as a new Python dict (for <c>**kwargs</c> parameters).</summary>
    public PyDict ToDict()
    {
        var d = new PyDict();
        for (int i = 0; i < _count; i++) d.SetItem(PyStr.Create(_names[i]), _values[i]);
        return d;
    }

    /// <summary>Builds keywords from a mapping (for <c>f(**mapping)</c>).</summary>
    public static KeywordArguments FromDict(PyDict dict, string? functionName = null)
    {
        var kw = new KeywordArguments(Math.Max(dict.Count, 1));
        foreach (var (key, value) in dict.Items())
        {
            if (key is not PyStr s)
                throw PyExc.TypeError(functionName is null ? "keywords must be strings" : $"{functionName}() keywords must be strings");
            kw.Add(s.Value, value, functionName);
        }
        return kw;
    }
}
