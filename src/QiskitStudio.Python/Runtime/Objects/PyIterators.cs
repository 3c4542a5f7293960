namespace QiskitStudio.Python.Runtime;

/// <summary>Base for iterator objects: <c>iter(it) is it</c>, and iteration calls <see cref="PyObject.IterNext"/>.</summary>
public abstract class PyIterator : PyObject
{
    public override PyObject? GetIterator() => this;

    public abstract override PyObject? IterNext();
}

public sealed class PyListIterator : PyIterator
{
    private PyList? _list;
    private int _index;

    public PyListIterator(PyList list) => _list = list;

    public override PyType Type => PyTypes.ListIterator;

    public override PyObject? IterNext()
    {
        var list = _list;
        if (list is null) return null;
        if (_index < list.Count) return list[_index++];
        _list = null;
        return null;
    }

    public override PyObject? GetAttributeOrNull(string name) => name == "__length_hint__"
        ? PyBuiltinFunction.Create("__length_hint__", () => PyInt.Create(_list is null ? 0 : Math.Max(0, _list.Count - _index)))
        : base.GetAttributeOrNull(name);
}

public sealed class PyListReverseIterator : PyIterator
{
    private readonly PyList _list;
    private int _index;

    public PyListReverseIterator(PyList list)
    {
        _list = list;
        _index = list.Count - 1;
    }

    public override PyType Type => PyTypes.ListReverseIterator;

    public override PyObject? IterNext()
    {
        if (_index < 0 || _index >= _list.Count) return null;
        return _list[_index--];
    }
}

public sealed class PyTupleIterator : PyIterator
{
    private readonly PyTuple _tuple;
    private int _index;

    public PyTupleIterator(PyTuple tuple) => _tuple = tuple;

    public override PyType Type => PyTypes.TupleIterator;

    public override PyObject? IterNext() => _index < _tuple.Count ? _tuple[_index++] : null;
}

public sealed class PyStrIterator : PyIterator
{
    private readonly string _value;
    private readonly bool _ascii;
    private int _index;

    public PyStrIterator(PyStr s)
    {
        _value = s.Value;
        _ascii = true;
        foreach (var c in _value)
        {
            if (c >= 128)
            {
                _ascii = false;
                break;
            }
        }
    }

    public override PyType Type => _ascii ? PyTypes.StrAsciiIterator : PyTypes.StrIterator;

    public override PyObject? IterNext()
    {
        if (_index >= _value.Length) return null;
        char c = _value[_index];
        if (char.IsHighSurrogate(c) && _index + 1 < _value.Length && char.IsLowSurrogate(_value[_index + 1]))
        {
            var pair = PyStr.Create(_value.Substring(_index, 2));
            _index += 2;
            return pair;
        }
        _index++;
        return PyStr.Create(c);
    }
}

/// <summary>The old protocol: iterate by calling <c>__getitem__</c> with 0, 1, 2... until IndexError.</summary>
public sealed class PySequenceIterator : PyIterator
{
    private PyObject? _sequence;
    private long _index;

    public PySequenceIterator(PyObject sequence) => _sequence = sequence;

    public override PyType Type => PyTypes.SequenceIterator;

    public override PyObject? IterNext()
    {
        if (_sequence is null) return null;
        try
        {
            return PyOps.GetItem(_sequence, PyInt.Create(_index++));
        }
        catch (PythonException e) when (e.Matches(PyExceptionTypes.IndexError) || e.Matches(PyExceptionTypes.StopIteration))
        {
            _sequence = null;
            return null;
        }
    }
}

/// <summary><c>iter(callable, sentinel)</c>.</summary>
public sealed class PyCallableIterator : PyIterator
{
    private PyObject? _callable;
    private readonly PyObject _sentinel;

    public PyCallableIterator(PyObject callable, PyObject sentinel)
    {
        _callable = callable;
        _sentinel = sentinel;
    }

    public override PyType Type => PyTypes.CallableIterator;

    public override PyObject? IterNext()
    {
        if (_callable is null) return null;
        var value = _callable.Call([], null);
        if (PyOps.EqualsBool(value, _sentinel))
        {
            _callable = null;
            return null;
        }
        return value;
    }
}

public enum DictIterKind { Keys, Values, Items }

public sealed class PyDictIterator : PyIterator
{
    private readonly PyDict _dict;
    private readonly DictIterKind _kind;
    private readonly bool _reversed;
    private readonly int _version;
    private int _position;
    private bool _done;

    public PyDictIterator(PyDict dict, DictIterKind kind, bool reversed)
    {
        _dict = dict;
        _kind = kind;
        _reversed = reversed;
        _version = dict.Version;
        _position = reversed ? int.MaxValue : 0;
    }

    public override PyType Type => (_kind, _reversed) switch
    {
        (DictIterKind.Keys, false) => PyTypes.DictKeyIterator,
        (DictIterKind.Values, false) => PyTypes.DictValueIterator,
        (DictIterKind.Items, false) => PyTypes.DictItemIterator,
        (DictIterKind.Keys, true) => PyTypes.DictReverseKeyIterator,
        (DictIterKind.Values, true) => PyTypes.DictReverseValueIterator,
        _ => PyTypes.DictReverseItemIterator,
    };

    public override PyObject? IterNext()
    {
        if (_done) return null;
        if (_dict.Version != _version)
        {
            _done = true;
            throw PyExc.RuntimeError("dictionary changed size during iteration");
        }
        int entry = _reversed ? _dict.PreviousEntry(_position) : _dict.NextEntry(_position);
        if (entry < 0)
        {
            _done = true;
            return null;
        }
        _position = _reversed ? entry - 1 : entry + 1;
        return _kind switch
        {
            DictIterKind.Keys => _dict.KeyAt(entry),
            DictIterKind.Values => _dict.ValueAt(entry),
            _ => PyTuple.FromArrayNoCopy([_dict.KeyAt(entry), _dict.ValueAt(entry)]),
        };
    }
}

/// <summary>enumerate, zip, map, filter and reversed: lazy iterators over other iterators.</summary>
public static class PyIterators
{
    internal static PyObject NewEnumerate(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var a = new ArgReader("enumerate", args, kwargs, ["iterable", "start"], required: 1);
        var start = a.Optional(1) is { } s ? PyConvert.ToInt(s, "'{0}' object cannot be interpreted as an integer") : PyInt.Zero;
        return new EnumerateIterator(PyOps.GetIter(a.Required(0)), start);
    }

    internal static PyObject NewZip(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        bool strict = false;
        if (kwargs is { Count: > 0 })
        {
            for (int i = 0; i < kwargs.Count; i++)
            {
                if (kwargs.NameAt(i) != "strict") throw PyExc.TypeError($"zip() got an unexpected keyword argument '{kwargs.NameAt(i)}'");
                strict = PyOps.IsTrue(kwargs.ValueAt(i));
            }
        }
        var iterators = new PyObject[args.Length];
        for (int i = 0; i < args.Length; i++) iterators[i] = PyOps.GetIter(args[i]);
        return new ZipIterator(iterators, strict);
    }

    internal static PyObject NewMap(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords("map", kwargs);
        if (args.Length < 2) throw PyExc.TypeError("map() must have at least two arguments.");
        var iterators = new PyObject[args.Length - 1];
        for (int i = 1; i < args.Length; i++) iterators[i - 1] = PyOps.GetIter(args[i]);
        return new MapIterator(args[0], iterators);
    }

    internal static PyObject NewFilter(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords("filter", kwargs);
        ArgReader.CheckCount("filter", args, 2, 2);
        return new FilterIterator(args[0] is PyNone ? null : args[0], PyOps.GetIter(args[1]));
    }

    internal static PyObject NewReversed(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords("reversed", kwargs);
        ArgReader.CheckCount("reversed", args, 1, 1);
        var seq = args[0];
        switch (seq)
        {
            case PyList l when l.IsExact: return new PyListReverseIterator(l);
            case PyRange r: return r.ReversedIterator();
            case PyDict d when d.IsExact: return new PyDictIterator(d, DictIterKind.Keys, reversed: true);
        }
        if (PyOps.TryGetAttr(seq, "__reversed__") is { } rev) return rev.Call([], null);
        long n = seq.Type.DispatchesDunders ? PyOps.Len(seq) : seq.Length();
        if (n < 0 || seq is PyDict || seq is PySet)
            throw PyExc.TypeError($"'{seq.Type.Name}' object is not reversible");
        return new ReversedIterator(seq, n);
    }

    private sealed class EnumerateIterator : PyIterator
    {
        private readonly PyObject _source;
        private PyInt _next;

        public EnumerateIterator(PyObject source, PyInt start)
        {
            _source = source;
            _next = start;
        }

        public override PyType Type => PyTypes.Enumerate;

        public override PyObject? IterNext()
        {
            var item = PyOps.Next(_source);
            if (item is null) return null;
            var index = _next;
            _next = IntArithmetic.Add(_next, PyInt.One);
            return PyTuple.FromArrayNoCopy([index, item]);
        }
    }

    private sealed class ZipIterator : PyIterator
    {
        private readonly PyObject[] _iterators;
        private readonly bool _strict;
        private bool _done;

        public ZipIterator(PyObject[] iterators, bool strict)
        {
            _iterators = iterators;
            _strict = strict;
        }

        public override PyType Type => PyTypes.Zip;

        public override PyObject? IterNext()
        {
            if (_done || _iterators.Length == 0) return null;
            var items = new PyObject[_iterators.Length];
            for (int i = 0; i < _iterators.Length; i++)
            {
                var item = PyOps.Next(_iterators[i]);
                if (item is null)
                {
                    _done = true;
                    if (_strict) CheckStrict(i);
                    return null;
                }
                items[i] = item;
            }
            return PyTuple.FromArrayNoCopy(items);
        }

        private void CheckStrict(int exhausted)
        {
            if (exhausted > 0)
            {
                string plural = exhausted == 1 ? " " : "s 1-";
                throw PyExc.ValueError($"zip() argument {exhausted + 1} is shorter than argument{plural}{exhausted}");
            }
            for (int i = 1; i < _iterators.Length; i++)
            {
                if (PyOps.Next(_iterators[i]) is not null)
                {
                    string plural = i == 1 ? " " : "s 1-";
                    throw PyExc.ValueError($"zip() argument {i + 1} is longer than argument{plural}{i}");
                }
            }
        }
    }

    private sealed class MapIterator : PyIterator
    {
        private readonly PyObject _function;
        private readonly PyObject[] _iterators;

        public MapIterator(PyObject function, PyObject[] iterators)
        {
            _function = function;
            _iterators = iterators;
        }

        public override PyType Type => PyTypes.Map;

        public override PyObject? IterNext()
        {
            if (_iterators.Length == 1)
            {
                var item = PyOps.Next(_iterators[0]);
                return item is null ? null : _function.Call([item], null);
            }
            var args = new PyObject[_iterators.Length];
            for (int i = 0; i < args.Length; i++)
            {
                var item = PyOps.Next(_iterators[i]);
                if (item is null) return null;
                args[i] = item;
            }
            return _function.Call(args, null);
        }
    }

    private sealed class FilterIterator : PyIterator
    {
        private readonly PyObject? _predicate;
        private readonly PyObject _source;

        public FilterIterator(PyObject? predicate, PyObject source)
        {
            _predicate = predicate;
            _source = source;
        }

        public override PyType Type => PyTypes.Filter;

        public override PyObject? IterNext()
        {
            while (PyOps.Next(_source) is { } item)
            {
                bool keep = _predicate is null ? PyOps.IsTrue(item) : PyOps.IsTrue(_predicate.Call([item], null));
                if (keep) return item;
            }
            return null;
        }
    }

    private sealed class ReversedIterator : PyIterator
    {
        private readonly PyObject _sequence;
        private long _index;

        public ReversedIterator(PyObject sequence, long length)
        {
            _sequence = sequence;
            _index = length - 1;
        }

        public override PyType Type => PyTypes.Reversed;

        public override PyObject? IterNext()
        {
            if (_index < 0) return null;
            return PyOps.GetItem(_sequence, PyInt.Create(_index--));
        }
    }
}
