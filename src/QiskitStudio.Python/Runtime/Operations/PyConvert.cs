using System.Numerics;

namespace QiskitStudio.Python.Runtime;

/// <summary>Conversions between Python objects and C# values, with CPython's error messages.</summary>
public static class PyConvert
{
    /// <summary>An integer argument (ints, bools and objects with __index__) as a long.</summary>
    public static long ToLong(PyObject o)
    {
        if (o is PyInt i) return i.ToLong();
        var idx = PyOps.TryIndex(o);
        if (idx is not null) return idx.ToLong();
        throw PyExc.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }

    /// <summary>Like <see cref="ToLong"/> but big values saturate (for indices and counts).</summary>
    public static long ToLongIndex(PyObject o, string? message = null)
    {
        var i = o as PyInt ?? PyOps.TryIndex(o)
            ?? throw PyExc.TypeError(message is null
                ? $"'{o.Type.Name}' object cannot be interpreted as an integer"
                : string.Format(message, o.Type.Name));
        if (!i.IsBig) return i.Value;
        return i.Sign < 0 ? long.MinValue : long.MaxValue;
    }

    public static int ToInt32(PyObject o)
    {
        long v = ToLong(o);
        if (v < int.MinValue || v > int.MaxValue) throw PyExc.OverflowError("Python int too large to convert to C int");
        return (int)v;
    }

    /// <summary>A number argument as a double (ints, floats, objects with __float__ or __index__).</summary>
    public static double ToDouble(PyObject o)
    {
        switch (o)
        {
            case PyFloat f: return f.Value;
            case PyInt i: return i.ToDouble();
        }
        if (o.Type.DispatchesDunders)
        {
            if (o.Type.LookupUserDunder("__float__") is { } f)
            {
                var r = PyOps.InvokeSpecial(o, f, [], null);
                return r is PyFloat rf ? rf.Value : throw PyExc.TypeError($"{o.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
            }
            if (PyOps.TryIndex(o) is { } idx) return idx.ToDouble();
        }
        return o.AsDouble() ?? throw PyExc.TypeError($"must be real number, not {o.Type.Name}");
    }

    /// <summary><c>float(x)</c>: also parses strings.</summary>
    public static double ToDoubleForFloat(PyObject o)
    {
        if (o is PyStr s)
            return PyFloat.TryParse(s.Value) ?? throw PyExc.ValueError($"could not convert string to float: {PyStr.ReprOf(s.Value)}");
        if (o is PyBytes b)
            return PyFloat.TryParse(b.Latin1()) ?? throw PyExc.ValueError($"could not convert string to float: {b.Repr()}");
        if (o is PyFloat || o is PyInt || o.Type.DispatchesDunders) 
        {
            try
            {
                return ToDouble(o);
            }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.TypeError) && o.Type.DispatchesDunders && o.Type.LookupUserDunder("__float__") is null)
            {
                throw PyExc.TypeError($"float() argument must be a string or a real number, not '{o.Type.Name}'");
            }
        }
        return o.AsDouble() ?? throw PyExc.TypeError($"float() argument must be a string or a real number, not '{o.Type.Name}'");
    }

    /// <summary><c>int(x)</c> for one argument.</summary>
    public static PyInt ToInt(PyObject o, string? typeErrorFormat = null)
    {
        switch (o)
        {
            case PyInt i: return PyInt.Plain(i);
            case PyFloat f: return DoubleToInt(f.Value);
            case PyStr s: return PyInt.Parse(s.Value, 10);
            case PyBytes b: return PyInt.Parse(b.Latin1(), 10);
        }
        if (o.Type.DispatchesDunders)
        {
            foreach (var name in new[] { "__int__", "__index__", "__trunc__" })
            {
                if (o.Type.LookupUserDunder(name) is { } f)
                {
                    var r = PyOps.InvokeSpecial(o, f, [], null);
                    return r as PyInt ?? throw PyExc.TypeError($"{name} returned non-int (type {r.Type.Name})");
                }
            }
        }
        if (o.AsIndex() is { } idx) return idx;
        if (o.Type.Lookup("__int__") is { } native) return (PyInt)native.CallWithSelf(o, [], null);
        throw PyExc.TypeError(typeErrorFormat is null
            ? $"int() argument must be a string, a bytes-like object or a real number, not '{o.Type.Name}'"
            : string.Format(typeErrorFormat, o.Type.Name));
    }

    public static PyInt DoubleToInt(double d)
    {
        if (double.IsNaN(d)) throw PyExc.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(d)) throw PyExc.OverflowError("cannot convert float infinity to integer");
        double t = Math.Truncate(d);
        if (t >= -9.2e18 && t <= 9.2e18) return PyInt.Create((long)t);
        return PyInt.Create(new BigInteger(t));
    }

    public static string ToStr(PyObject o, string what = "argument") =>
        o is PyStr s ? s.Value : throw PyExc.TypeError($"{what} must be str, not {o.Type.Name}");

    public static string AttributeName(PyObject o) =>
        o is PyStr s ? s.Value : throw PyExc.TypeError($"attribute name must be string, not '{o.Type.Name}'");

    /// <summary>Converts a C# value to a Python object (null, bool, numbers, strings, sequences, dictionaries).</summary>
    public static PyObject FromClr(object? value) => value switch
    {
        null => PyNone.Instance,
        PyObject p => p,
        bool b => PyBool.From(b),
        int i => PyInt.Create(i),
        long l => PyInt.Create(l),
        BigInteger bi => PyInt.Create(bi),
        double d => PyFloat.Create(d),
        float f => PyFloat.Create(f),
        Complex c => PyComplex.Create(c),
        string s => PyStr.Create(s),
        System.Collections.IDictionary dict => FromDictionary(dict),
        System.Collections.IEnumerable e => FromEnumerable(e),
        _ => throw new ArgumentException($"Cannot convert {value.GetType().Name} to a Python object."),
    };

    private static PyDict FromDictionary(System.Collections.IDictionary dict)
    {
        var d = new PyDict();
        foreach (System.Collections.DictionaryEntry e in dict) d.SetItem(FromClr(e.Key), FromClr(e.Value));
        return d;
    }

    private static PyList FromEnumerable(System.Collections.IEnumerable items)
    {
        var l = new PyList();
        foreach (var item in items) l.Append(FromClr(item));
        return l;
    }
}
