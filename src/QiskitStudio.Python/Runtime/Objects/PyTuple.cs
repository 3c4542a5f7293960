using System.Text;

namespace QiskitStudio.Python.Runtime;

/// <summary>Python's <c>tuple</c> (immutable). Python subclasses (namedtuple-like) share the storage.</summary>
public sealed class PyTuple : PyObject
{
    public static readonly PyTuple Empty = new([], null);

    private readonly PyObject[] _items;
    private readonly PyType? _subtype;
    private Dictionary<string, PyObject>? _dict;

    private PyTuple(PyObject[] items, PyType? subtype)
    {
        _items = items;
        _subtype = subtype;
    }

    /// <summary>Copies the items into a new tuple.</summary>
    public static PyTuple Create(ReadOnlySpan<PyObject> items) => items.Length == 0 ? Empty : new PyTuple(items.ToArray(), null);

    /// <summary>Wraps an array the caller will not modify again.</summary>
    public static PyTuple FromArrayNoCopy(PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items, null);

    public static PyTuple FromIterable(PyObject iterable) =>
        iterable is PyTuple t && t.IsExact ? t : FromArrayNoCopy(PyOps.ToArray(iterable));

    /// <summary>A tuple whose type is a Python subclass of tuple (used by namedtuple-style classes).</summary>
    public static PyTuple CreateSubtype(PyType subtype, ReadOnlySpan<PyObject> items) => new(items.ToArray(), subtype);

    public override PyType Type => _subtype ?? PyTypes.Tuple;

    public bool IsExact => _subtype is null;

    public override Dictionary<string, PyObject>? InstanceDict => _subtype is null ? null : _dict ??= new Dictionary<string, PyObject>();

    public ReadOnlySpan<PyObject> Items => _items;

    public int Count => _items.Length;

    public PyObject this[int index] => _items[index];

    public override long Length() => _items.Length;

    public override bool IsTrue() => _items.Length != 0;

    /// <summary>CPython 3.11's tuple hash (an xxHash variant), so hash((1, 2)) matches.</summary>
    public override long Hash()
    {
        const ulong prime1 = 11400714785074694791UL;
        const ulong prime2 = 14029467366897019727UL;
        const ulong prime5 = 2870177450012600261UL;
        ulong acc = prime5;
        foreach (var item in _items)
        {
            ulong lane = (ulong)PyOps.Hash(item);
            acc += lane * prime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= prime1;
        }
        acc += (ulong)_items.Length ^ (prime5 ^ 3527539UL);
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }

    public override string Repr()
    {
        var sb = new StringBuilder();
        AppendRepr(sb, ReprGuard.ForThread());
        return sb.ToString();
    }

    public override void AppendRepr(StringBuilder sb, ReprGuard guard)
    {
        if (_items.Length == 0)
        {
            sb.Append("()");
            return;
        }
        if (!guard.Enter(this))
        {
            sb.Append("(...)");
            return;
        }
        try
        {
            sb.Append('(');
            for (int i = 0; i < _items.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                guard.Append(sb, _items[i]);
            }
            if (_items.Length == 1) sb.Append(',');
            sb.Append(')');
        }
        finally
        {
            guard.Exit(this);
        }
    }

    public override PyObject? GetIterator() => new PyTupleIterator(this);

    public override bool? Contains(PyObject item)
    {
        foreach (var x in _items)
            if (ReferenceEquals(x, item) || PyOps.EqualsBool(x, item)) return true;
        return false;
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt i)
        {
            long index = i.IsBig ? long.MaxValue : i.Value;
            if (index < 0) index += _items.Length;
            if ((ulong)index >= (ulong)_items.Length) throw PyExc.IndexError("tuple index out of range");
            return _items[index];
        }
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(_items.Length);
            if (step == 1 && count == _items.Length && IsExact) return this;
            var result = new PyObject[count];
            for (long k = 0, j = start; k < count; k++, j += step) result[k] = _items[j];
            return FromArrayNoCopy(result);
        }
        if (PyOps.TryIndex(key) is { } idx) return GetItem(idx);
        throw PyExc.TypeError($"tuple indices must be integers or slices, not {key.Type.Name}");
    }

    public override PyObject RichCompare(PyObject other, CompareOp op) =>
        other is PyTuple o ? SequenceCompare.Compare(_items, o._items, op) : PyNotImplemented.Instance;

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                if (other is not PyTuple o) return PyNotImplemented.Instance;
                var result = new PyObject[_items.Length + o._items.Length];
                _items.CopyTo(result, 0);
                o._items.CopyTo(result, _items.Length);
                return FromArrayNoCopy(result);
            case BinaryOperator.Mul:
                return PyOps.TryIndex(other) is { } n ? Repeat(n) : PyNotImplemented.Instance;
        }
        return PyNotImplemented.Instance;
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        op == BinaryOperator.Mul && PyOps.TryIndex(other) is { } n ? Repeat(n) : PyNotImplemented.Instance;

    private PyObject Repeat(PyInt count)
    {
        long n = count.Sign <= 0 ? 0 : count.IsBig ? long.MaxValue : count.Value;
        if (n == 1 && IsExact) return this;
        long total = n * _items.Length;
        if (n != 0 && (total / n != _items.Length || total > int.MaxValue / 2)) throw PyExc.MemoryError();
        if (total >= 1024) PyContext.ChargeBytes(total * 8);
        var result = new PyObject[total];
        for (long k = 0; k < n; k++) _items.CopyTo(result, k * _items.Length);
        return FromArrayNoCopy(result);
    }

    internal static PyObject New(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords("tuple", kwargs);
        if (args.Length > 1) throw PyExc.TypeError($"tuple expected at most 1 argument, got {args.Length}");
        if (!ReferenceEquals(cls, PyTypes.Tuple))
            return CreateSubtype(cls, args.Length == 0 ? [] : PyOps.ToArray(args[0]));
        return args.Length == 0 ? Empty : FromIterable(args[0]);
    }

    internal static void Populate(PyType t)
    {
        SequenceDunders.Add(t);
        t.AddMethod("index", (self, args, _) =>
        {
            ArgReader.CheckCount("index", args, 1, 3);
            var items = ((PyTuple)self)._items;
            var (start, end) = PyStr.SliceBounds(items.Length, args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null);
            for (int i = start; i < end && i < items.Length; i++)
                if (PyOps.EqualsBool(items[i], args[0])) return PyInt.Create(i);
            throw PyExc.ValueError("tuple.index(x): x not in tuple");
        });
        t.AddMethod("count", (self, args, _) =>
        {
            if (args.Length != 1) throw PyExc.TypeError($"tuple.count() takes exactly one argument ({args.Length} given)");
            long n = 0;
            foreach (var x in ((PyTuple)self)._items)
                if (PyOps.EqualsBool(x, args[0])) n++;
            return PyInt.Create(n);
        });
        t.AddMethod("__getnewargs__", (self, _, _) => PyTuple.Create([Create(((PyTuple)self)._items)]));
    }
}
