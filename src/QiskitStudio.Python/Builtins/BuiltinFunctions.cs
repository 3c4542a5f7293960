using System.Text;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Builtins;

/// <summary>
/// The built-in functions (print, len, sorted, ...). They are immutable objects shared by every
/// run; anything run-specific (output) comes from <see cref="PyContext.Current"/>.
/// </summary>
internal static partial class BuiltinFunctions
{
    private static readonly string[] PrintNames = ["sep", "end", "file", "flush"];

    internal static IEnumerable<PyBuiltinFunction> All()
    {
        yield return new PyBuiltinFunction("print", Print);
        yield return PyBuiltinFunction.Create("len", o => PyInt.Create(PyOps.Len(o)));
        yield return new PyBuiltinFunction("sorted", Sorted);
        yield return new PyBuiltinFunction("sum", Sum);
        yield return new PyBuiltinFunction("min", (a, k) => MinMax("min", a, k, CompareOp.Lt));
        yield return new PyBuiltinFunction("max", (a, k) => MinMax("max", a, k, CompareOp.Gt));
        yield return PyBuiltinFunction.Create("abs", PyOps.Abs);
        yield return new PyBuiltinFunction("round", Round);
        yield return new PyBuiltinFunction("pow", Pow);
        yield return PyBuiltinFunction.Create("divmod", DivMod);
        yield return PyBuiltinFunction.Create("isinstance", (o, c) => PyBool.From(PyOps.IsInstance(o, c)));
        yield return PyBuiltinFunction.Create("issubclass", (o, c) => PyBool.From(PyOps.IsSubclass(o, c)));
        yield return PyBuiltinFunction.Create("hasattr", (o, n) => PyBool.From(PyOps.HasAttr(o, AttrName("hasattr", n))));
        yield return new PyBuiltinFunction("getattr", GetAttr);
        yield return PyBuiltinFunction.Create("setattr", (o, n, v) => { PyOps.SetAttr(o, AttrName("setattr", n), v); return PyNone.Instance; });
        yield return PyBuiltinFunction.Create("delattr", (o, n) => { PyOps.DelAttr(o, AttrName("delattr", n)); return PyNone.Instance; });
        yield return PyBuiltinFunction.Create("repr", o => PyStr.Create(PyOps.Repr(o)));
        yield return PyBuiltinFunction.Create("ascii", o => PyStr.Create(PyStr.AsciiOf(PyOps.Repr(o))));
        yield return new PyBuiltinFunction("format", Format);
        yield return PyBuiltinFunction.Create("hex", o => PyStr.Create(IntToBase(o, "#x")));
        yield return PyBuiltinFunction.Create("oct", o => PyStr.Create(IntToBase(o, "#o")));
        yield return PyBuiltinFunction.Create("bin", o => PyStr.Create(IntToBase(o, "#b")));
        yield return PyBuiltinFunction.Create("ord", Ord);
        yield return PyBuiltinFunction.Create("chr", Chr);
        yield return PyBuiltinFunction.Create("any", o => AnyAll(o, any: true));
        yield return PyBuiltinFunction.Create("all", o => AnyAll(o, any: false));
        yield return new PyBuiltinFunction("iter", Iter);
        yield return new PyBuiltinFunction("next", Next);
        yield return PyBuiltinFunction.Create("hash", o => PyInt.Create(PyOps.Hash(o)));
        yield return PyBuiltinFunction.Create("id", o => PyInt.Create(PyIdentity.Id(o)));
        yield return PyBuiltinFunction.Create("callable", o => PyBool.From(IsCallable(o)));
        yield return new PyBuiltinFunction("dir", Dir);
        yield return new PyBuiltinFunction("vars", Vars);
        yield return new PyBuiltinFunction("input", (_, _) =>
            throw PyExc.Create(PyExceptionTypes.EOFError, "input() is not available: the embedded Python runtime has no standard input"));
        yield return new PyBuiltinFunction("exit", Exit);
        yield return new PyBuiltinFunction("quit", Exit);
        foreach (var name in new[] { "open", "eval", "exec", "compile", "__import__", "breakpoint", "help", "memoryview" })
        {
            string n = name;
            yield return new PyBuiltinFunction(n, (_, _) =>
                throw PyExc.Create(PyExceptionTypes.PermissionError, $"{n}() is not available: {PyExc.NoOperatingSystemAccess}"));
        }
    }

    private static string AttrName(string function, PyObject name) =>
        name is PyStr s ? s.Value : throw PyExc.TypeError($"{function}(): attribute name must be string, not '{name.Type.Name}'");

    // ---- print -----------------------------------------------------------------------------

    private static PyObject Print(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        string sep = " ", end = "\n";
        PyObject? file = null;
        if (kwargs is { Count: > 0 })
        {
            for (int i = 0; i < kwargs.Count; i++)
            {
                string name = kwargs.NameAt(i);
                var value = kwargs.ValueAt(i);
                switch (name)
                {
                    case "sep": sep = SepOrEnd("sep", value, " "); break;
                    case "end": end = SepOrEnd("end", value, "\n"); break;
                    case "file": file = value is PyNone ? null : value; break;
                    case "flush": break;
                    default: throw PyExc.TypeError($"'{name}' is an invalid keyword argument for print()");
                }
            }
        }
        string text;
        if (args.Length == 1 && end == "\n")
        {
            text = string.Concat(PyOps.Str(args[0]), "\n");
        }
        else
        {
            var sb = new StringBuilder();
            for (int i = 0; i < args.Length; i++)
            {
                if (i > 0) sb.Append(sep);
                sb.Append(PyOps.Str(args[i]));
            }
            sb.Append(end);
            text = sb.ToString();
        }
        switch (file)
        {
            case null: PyContext.Current.WriteStdout(text); break;
            case PyTextStream stream: stream.Write(text); break;
            default: PyOps.CallMethod(file, "write", [PyStr.Create(text)]); break;
        }
        return PyNone.Instance;
    }

    private static string SepOrEnd(string name, PyObject value, string defaultValue) => value switch
    {
        PyNone => defaultValue,
        PyStr s => s.Value,
        _ => throw PyExc.TypeError($"{name} must be None or a string, not {value.Type.Name}"),
    };

    // ---- iteration helpers -------------------------------------------------------------------

    private static PyObject Sorted(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        if (args.Length != 1)
            throw PyExc.TypeError(args.Length == 0 ? "sorted expected 1 argument, got 0" : $"sorted expected 1 argument, got {args.Length}");
        PyObject? key = null;
        bool reverse = false;
        if (kwargs is not null)
        {
            for (int i = 0; i < kwargs.Count; i++)
            {
                switch (kwargs.NameAt(i))
                {
                    case "key": key = kwargs.ValueAt(i) is PyNone ? null : kwargs.ValueAt(i); break;
                    case "reverse": reverse = PyOps.IsTrue(kwargs.ValueAt(i)); break;
                    default: throw PyExc.TypeError($"'{kwargs.NameAt(i)}' is an invalid keyword argument for sort()");
                }
            }
        }
        var list = PyList.FromIterable(args[0]);
        list.Sort(key, reverse);
        return list;
    }

    private static PyObject Sum(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var a = new ArgReader("sum", args, kwargs, ["iterable", "start"], required: 1, positionalOnly: 1);
        var iterable = a.Required(0);
        PyObject total = a.Optional(1) ?? PyInt.Zero;
        if (total is PyStr) throw PyExc.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (total is PyBytes) throw PyExc.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
        if (iterable is PyRange range && total is PyInt startInt)
        {
            // Closed form: no loop, so sum(range(10**12)) is instant.
            var n = new System.Numerics.BigInteger(range.Count);
            var sum = n * range.Start + new System.Numerics.BigInteger(range.Step) * n * (n - 1) / 2;
            return PyInt.Create(sum + startInt.ToBigInteger());
        }
        var it = PyOps.GetIter(iterable);
        // Fast path: plain ints in a long accumulator, then floats in a double.
        if (total is PyInt ti && !ti.IsBig && total.Type == PyTypes.Int)
        {
            long acc = ti.Value;
            while (PyOps.Next(it) is { } item)
            {
                PyContext.Poll();
                if (item is PyInt ii && !ii.IsBig)
                {
                    long r = acc + ii.Value;
                    if (((acc ^ r) & (ii.Value ^ r)) >= 0)
                    {
                        acc = r;
                        continue;
                    }
                }
                return SumRest(PyOps.Add(PyInt.Create(acc), item), it);
            }
            return PyInt.Create(acc);
        }
        return SumRest(total, it);
    }

    private static PyObject SumRest(PyObject total, PyObject it)
    {
        while (PyOps.Next(it) is { } item)
        {
            PyContext.Poll();
            if (total is PyFloat tf && item is PyFloat f) total = PyFloat.Create(tf.Value + f.Value);
            else total = PyOps.Add(total, item);
        }
        return total;
    }

    private static PyObject MinMax(string name, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs, CompareOp better)
    {
        PyObject? key = null, defaultValue = null;
        if (kwargs is not null)
        {
            for (int i = 0; i < kwargs.Count; i++)
            {
                switch (kwargs.NameAt(i))
                {
                    case "key": key = kwargs.ValueAt(i) is PyNone ? null : kwargs.ValueAt(i); break;
                    case "default": defaultValue = kwargs.ValueAt(i); break;
                    default: throw PyExc.TypeError($"{name}() got an unexpected keyword argument '{kwargs.NameAt(i)}'");
                }
            }
        }
        if (args.Length == 0) throw PyExc.TypeError($"{name} expected at least 1 argument, got 0");
        PyObject it;
        if (args.Length == 1) it = PyOps.GetIter(args[0]);
        else
        {
            if (defaultValue is not null)
                throw PyExc.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
            it = new PyTupleIterator(PyTuple.Create(args));
        }
        PyObject? best = null, bestKey = null;
        while (PyOps.Next(it) is { } item)
        {
            PyContext.Poll();
            var k = key is null ? item : key.Call([item], null);
            if (best is null || PyOps.CompareBool(k, bestKey!, better))
            {
                best = item;
                bestKey = k;
            }
        }
        return best ?? defaultValue ?? throw PyExc.ValueError($"{name}() arg is an empty sequence");
    }

    private static PyObject AnyAll(PyObject iterable, bool any)
    {
        var it = PyOps.GetIter(iterable);
        while (PyOps.Next(it) is { } item)
        {
            PyContext.Poll();
            if (PyOps.IsTrue(item) == any) return PyBool.From(any);
        }
        return PyBool.From(!any);
    }

    private static PyObject Iter(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords("iter", kwargs);
        ArgReader.CheckCount("iter", args, 1, 2);
        if (args.Length == 2)
        {
            if (!IsCallable(args[0])) throw PyExc.TypeError("iter(v, w): v must be callable");
            return new PyCallableIterator(args[0], args[1]);
        }
        return PyOps.GetIter(args[0]);
    }

    private static PyObject Next(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords("next", kwargs);
        ArgReader.CheckCount("next", args, 1, 2);
        if (!PyOps.IsIterator(args[0]) && !(args[0] is PyIterator))
        {
            // Objects implemented in C# may iterate without declaring __next__.
            try
            {
                var r = args[0].IterNext();
                return r ?? (args.Length == 2 ? args[1] : throw PyExc.StopIteration());
            }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.TypeError) && !args[0].Type.DispatchesDunders)
            {
                throw PyExc.TypeError($"'{args[0].Type.Name}' object is not an iterator");
            }
        }
        var item = PyOps.Next(args[0]);
        if (item is not null) return item;
        if (args.Length == 2) return args[1];
        throw PyExc.StopIteration();
    }

    // ---- numbers -------------------------------------------------------------------------------

    private static PyObject Round(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var a = new ArgReader("round", args, kwargs, ["number", "ndigits"], required: 1);
        var number = a.Required(0);
        var ndigits = a.Optional(1);
        switch (number)
        {
            case PyFloat f: return Rounding.RoundFloat(f.Value, ndigits);
            case PyInt i: return ndigits is null || ndigits is PyNone ? PyInt.Plain(i) : Rounding.RoundInt(i, PyConvert.ToLongIndex(ndigits));
        }
        var round = number.Type.DispatchesDunders ? number.Type.LookupUserDunder("__round__") : number.Type.Lookup("__round__");
        if (round is null) throw PyExc.TypeError($"type {number.Type.Name} doesn't define __round__ method");
        return ndigits is null ? PyOps.InvokeSpecial(number, round, [], null) : PyOps.InvokeSpecial(number, round, [ndigits], null);
    }

    private static PyObject Pow(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var a = new ArgReader("pow", args, kwargs, ["base", "exp", "mod"], required: 2);
        var mod = a.Optional(2);
        return mod is null || mod is PyNone ? PyOps.Pow(a.Required(0), a.Required(1)) : PyOps.Pow(a.Required(0), a.Required(1), mod);
    }

    private static PyObject DivMod(PyObject x, PyObject y)
    {
        if (x is PyInt ix && y is PyInt iy)
        {
            var (q, r) = IntArithmetic.DivMod(ix, iy);
            return PyTuple.Create([q, r]);
        }
        if ((x is PyFloat || x is PyInt) && (y is PyFloat || y is PyInt))
        {
            var (d, m) = FloatArithmetic.DivMod(PyConvert.ToDouble(x), PyConvert.ToDouble(y));
            return PyTuple.Create([PyFloat.Create(d), PyFloat.Create(m)]);
        }
        if (x.Type.DispatchesDunders && x.Type.LookupUserDunder("__divmod__") is { } f)
        {
            var r = PyOps.InvokeSpecial(x, f, [y], null);
            if (r is not PyNotImplemented) return r;
        }
        if (y.Type.DispatchesDunders && y.Type.LookupUserDunder("__rdivmod__") is { } rf)
        {
            var r = PyOps.InvokeSpecial(y, rf, [x], null);
            if (r is not PyNotImplemented) return r;
        }
        throw PyExc.TypeError($"unsupported operand type(s) for divmod(): '{x.Type.Name}' and '{y.Type.Name}'");
    }

    private static string IntToBase(PyObject o, string spec)
    {
        var i = PyOps.TryIndex(o) ?? throw PyExc.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
        return NumberFormatter.FormatInt(PyInt.Plain(i), spec);
    }

    private static PyObject Ord(PyObject o)
    {
        switch (o)
        {
            case PyStr s:
                int n = s.CodePointLength;
                if (n != 1) throw PyExc.TypeError($"ord() expected a character, but string of length {n} found");
                return PyInt.Create(s.Value.Length == 1 ? s.Value[0] : char.ConvertToUtf32(s.Value, 0));
            case PyBytes b:
                if (b.Data.Length != 1) throw PyExc.TypeError($"ord() expected a character, but string of length {b.Data.Length} found");
                return PyInt.Create(b.Data[0]);
            default:
                throw PyExc.TypeError($"ord() expected string of length 1, but {o.Type.Name} found");
        }
    }

    private static PyObject Chr(PyObject o)
    {
        long v = PyConvert.ToLong(o);
        return PyStr.Create(PyStr.FromCodePoint(v) ?? throw PyExc.ValueError("chr() arg not in range(0x110000)"));
    }

    // ---- objects --------------------------------------------------------------------------------

    private static PyObject GetAttr(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords("getattr", kwargs);
        ArgReader.CheckCount("getattr", args, 2, 3);
        string name = AttrName("getattr", args[1]);
        if (args.Length == 2) return PyOps.GetAttr(args[0], name);
        return PyOps.TryGetAttr(args[0], name) ?? args[2];
    }

    private static PyObject Format(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var a = new ArgReader("format", args, kwargs, ["value", "format_spec"], required: 1, positionalOnly: 2);
        var spec = a.Optional(1);
        string specText = spec is null ? "" : spec is PyStr s ? s.Value
            : throw PyExc.TypeError($"format() argument 2 must be str, not {spec.Type.Name}");
        return PyStr.Create(PyOps.Format(a.Required(0), specText));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, bool> s_overridesCall = new();

    public static bool IsCallable(PyObject o)
    {
        if (o is PyType || o is PyBuiltinFunction || o is PyBoundMethod || o is PyFunctionBase || o is PyBuiltinMethod) return true;
        if (o.Type.DispatchesDunders) return o.Type.LookupUserDunder("__call__") is not null;
        return s_overridesCall.GetOrAdd(o.GetType(), static t =>
            t.GetMethod(nameof(PyObject.Call), [typeof(ReadOnlySpan<PyObject>), typeof(KeywordArguments)])?.DeclaringType != typeof(PyObject));
    }

    private static PyObject Dir(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords("dir", kwargs);
        if (args.Length != 1)
            throw PyExc.TypeError(args.Length == 0 ? "dir() without arguments is provided by the interpreter" : $"dir expected at most 1 argument, got {args.Length}");
        var obj = args[0];
        if (obj.Type.DispatchesDunders && obj.Type.LookupUserDunder("__dir__") is { } f)
        {
            var list = PyList.FromIterable(PyOps.InvokeSpecial(obj, f, [], null));
            list.Sort(null, false);
            return list;
        }
        return PyList.FromEnumerable(PyOps.Dir(obj));
    }

    private static PyObject Vars(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords("vars", kwargs);
        if (args.Length != 1)
            throw PyExc.TypeError(args.Length == 0 ? "vars() without arguments is provided by the interpreter" : $"vars expected at most 1 argument, got {args.Length}");
        return PyOps.TryGetAttr(args[0], "__dict__") ?? throw PyExc.TypeError("vars() argument must have __dict__ attribute");
    }

    private static PyObject Exit(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        throw PyExc.Create(PyExceptionTypes.SystemExit, args.Length == 0 ? PyTuple.Empty : PyTuple.Create([args[0]]));
    }

}
