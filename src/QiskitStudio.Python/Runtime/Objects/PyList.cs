using System.Text;

namespace QiskitStudio.Python.Runtime;

/// <summary>Python's <c>list</c>: a growable array. Python subclasses of list use the same storage.</summary>
public sealed class PyList : PyObject
{
    private static readonly PyObject[] s_empty = [];

    private PyObject[] _items;
    private int _count;
    private readonly PyType? _subtype;
    private Dictionary<string, PyObject>? _dict;

    public PyList()
    {
        _items = s_empty;
    }

    public PyList(int capacity)
    {
        _items = capacity == 0 ? s_empty : new PyObject[capacity];
    }

    private PyList(PyType subtype) : this() => _subtype = subtype;

    /// <summary>Takes ownership of <paramref name="items"/> (no copy).</summary>
    public static PyList FromArray(PyObject[] items, int count)
    {
        var l = new PyList { _items = items, _count = count };
        return l;
    }

    public static PyList FromSpan(ReadOnlySpan<PyObject> items)
    {
        var l = new PyList(items.Length);
        items.CopyTo(l._items);
        l._count = items.Length;
        return l;
    }

    public static PyList FromEnumerable(IEnumerable<PyObject> items)
    {
        var l = new PyList();
        foreach (var item in items) l.Append(item);
        return l;
    }

    public static PyList FromIterable(PyObject iterable)
    {
        var l = new PyList();
        l.ExtendFrom(iterable);
        return l;
    }

    public override PyType Type => _subtype ?? PyTypes.List;

    /// <summary>True for plain lists (not instances of a Python subclass).</summary>
    public bool IsExact => _subtype is null;

    public override Dictionary<string, PyObject>? InstanceDict => _subtype is null ? null : _dict ??= new Dictionary<string, PyObject>();

    public int Count => _count;

    public PyObject this[int index]
    {
        get => (uint)index < (uint)_count ? _items[index] : throw PyExc.IndexError("list index out of range");
        set
        {
            if ((uint)index >= (uint)_count) throw PyExc.IndexError("list assignment index out of range");
            _items[index] = value;
        }
    }

    public ReadOnlySpan<PyObject> AsSpan() => new(_items, 0, _count);

    public PyObject[] ToArray() => AsSpan().ToArray();

    public void Append(PyObject item)
    {
        if (_count == _items.Length) Grow(_count + 1);
        _items[_count++] = item;
    }

    private void Grow(int min)
    {
        int capacity = Math.Max(min, _items.Length < 4 ? 4 : _items.Length * 2);
        if (capacity >= 1024) PyContext.ChargeBytes((capacity - _items.Length) * 8L);
        Array.Resize(ref _items, capacity);
    }

    public void Insert(long index, PyObject item)
    {
        if (index < 0) index = Math.Max(0, index + _count);
        if (index > _count) index = _count;
        if (_count == _items.Length) Grow(_count + 1);
        Array.Copy(_items, index, _items, index + 1, _count - index);
        _items[index] = item;
        _count++;
    }

    public PyObject Pop(long index = -1)
    {
        if (_count == 0) throw PyExc.IndexError("pop from empty list");
        if (index < 0) index += _count;
        if ((ulong)index >= (ulong)_count) throw PyExc.IndexError("pop index out of range");
        var item = _items[index];
        RemoveAt((int)index);
        return item;
    }

    public void RemoveAt(int index)
    {
        _count--;
        Array.Copy(_items, index + 1, _items, index, _count - index);
        _items[_count] = null!;
    }

    public void Clear()
    {
        Array.Clear(_items, 0, _count);
        _count = 0;
    }

    public void ExtendFrom(PyObject iterable)
    {
        switch (iterable)
        {
            case PyList other:
                {
                    int n = other._count;
                    if (_count + n > _items.Length) Grow(_count + n);
                    Array.Copy(other._items, 0, _items, _count, n);
                    _count += n;
                    return;
                }
            case PyTuple tuple:
                {
                    var items = tuple.Items;
                    if (_count + items.Length > _items.Length) Grow(_count + items.Length);
                    items.CopyTo(_items.AsSpan(_count));
                    _count += items.Length;
                    return;
                }
            default:
                {
                    var it = PyOps.GetIter(iterable);
                    while (PyOps.Next(it) is { } item)
                    {
                        PyContext.Poll();
                        Append(item);
                    }
                    return;
                }
        }
    }

    public void Reverse() => Array.Reverse(_items, 0, _count);

    /// <summary>Stable sort with optional key function and reverse flag, like <c>list.sort</c>.</summary>
    public void Sort(PyObject? key, bool reverse) => ListSorter.Sort(_items, _count, key, reverse);

    // ---- PyObject behaviour -----------------------------------------------------------------------

    public override long Length() => _count;

    public override bool IsTrue() => _count != 0;

    public override long Hash() => throw PyExc.TypeError($"unhashable type: '{Type.Name}'");

    public override string Repr()
    {
        var sb = new StringBuilder();
        AppendRepr(sb, ReprGuard.ForThread());
        return sb.ToString();
    }

    public override void AppendRepr(StringBuilder sb, ReprGuard guard)
    {
        if (!guard.Enter(this))
        {
            sb.Append("[...]");
            return;
        }
        try
        {
            sb.Append('[');
            for (int i = 0; i < _count; i++)
            {
                if (i > 0) sb.Append(", ");
                guard.Append(sb, _items[i]);
            }
            sb.Append(']');
        }
        finally
        {
            guard.Exit(this);
        }
    }

    public override PyObject? GetIterator() => new PyListIterator(this);

    public override bool? Contains(PyObject item)
    {
        for (int i = 0; i < _count; i++)
        {
            var x = _items[i];
            if (ReferenceEquals(x, item) || PyOps.EqualsBool(x, item)) return true;
        }
        return false;
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt i)
        {
            long index = i.IsBig ? long.MaxValue : i.Value;
            if (index < 0) index += _count;
            if ((ulong)index >= (ulong)_count) throw PyExc.IndexError("list index out of range");
            return _items[index];
        }
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(_count);
            var result = new PyList((int)count);
            for (long k = 0, j = start; k < count; k++, j += step) result._items[k] = _items[j];
            result._count = (int)count;
            return result;
        }
        if (PyOps.TryIndex(key) is { } idx) return GetItem(idx);
        throw PyExc.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        if (key is PyInt i)
        {
            long index = i.IsBig ? long.MaxValue : i.Value;
            if (index < 0) index += _count;
            if ((ulong)index >= (ulong)_count) throw PyExc.IndexError("list assignment index out of range");
            _items[index] = value;
            return;
        }
        if (key is PySlice slice)
        {
            AssignSlice(slice, value);
            return;
        }
        if (PyOps.TryIndex(key) is { } idx)
        {
            SetItem(idx, value);
            return;
        }
        throw PyExc.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
    }

    private void AssignSlice(PySlice slice, PyObject value)
    {
        var source = ReferenceEquals(value, this) ? ToArray() : PyOps.ToArray(value, "can only assign an iterable");
        var (start, stop, step, count) = slice.Indices(_count);
        if (step == 1)
        {
            if (stop < start) stop = start;
            int removed = (int)(stop - start);
            int newCount = _count - removed + source.Length;
            if (newCount > _items.Length) Grow(newCount);
            Array.Copy(_items, stop, _items, start + source.Length, _count - stop);
            source.CopyTo(_items, start);
            for (int k = newCount; k < _count; k++) _items[k] = null!;
            _count = newCount;
            return;
        }
        if (source.Length != count)
            throw PyExc.ValueError($"attempt to assign sequence of size {source.Length} to extended slice of size {count}");
        for (long k = 0, j = start; k < count; k++, j += step) _items[j] = source[k];
    }

    public override void DeleteItem(PyObject key)
    {
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(_count);
            if (count <= 0) return;
            if (step < 0)
            {
                start += (count - 1) * step;
                step = -step;
            }
            var keep = new List<PyObject>(_count);
            for (int k = 0; k < _count; k++)
            {
                bool deleted = k >= start && (k - start) % step == 0 && (k - start) / step < count;
                if (!deleted) keep.Add(_items[k]);
            }
            Clear();
            foreach (var item in keep) Append(item);
            return;
        }
        var index = PyConvert.ToLongIndex(key, "list indices must be integers or slices, not {0}");
        if (index < 0) index += _count;
        if ((ulong)index >= (ulong)_count) throw PyExc.IndexError("list assignment index out of range");
        RemoveAt((int)index);
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyList o) return PyNotImplemented.Instance;
        return SequenceCompare.Compare(AsSpan(), o.AsSpan(), op);
    }

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                if (other is not PyList o) return PyNotImplemented.Instance;
                var result = new PyList(_count + o._count);
                Array.Copy(_items, result._items, _count);
                Array.Copy(o._items, 0, result._items, _count, o._count);
                result._count = _count + o._count;
                return result;
            case BinaryOperator.Mul:
                return PyOps.TryIndex(other) is { } n ? Repeat(n) : PyNotImplemented.Instance;
        }
        return PyNotImplemented.Instance;
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        op == BinaryOperator.Mul && PyOps.TryIndex(other) is { } n ? Repeat(n) : PyNotImplemented.Instance;

    public override PyObject InPlaceOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add)
        {
            ExtendFrom(other);
            return this;
        }
        if (op == BinaryOperator.Mul && PyOps.TryIndex(other) is { } n)
        {
            var copy = (PyList)Repeat(n);
            _items = copy._items;
            _count = copy._count;
            return this;
        }
        return PyNotImplemented.Instance;
    }

    private PyObject Repeat(PyInt count)
    {
        long n = count.Sign <= 0 ? 0 : count.IsBig ? long.MaxValue : count.Value;
        long total = n * _count;
        if (n != 0 && (total / n != _count || total > int.MaxValue / 2)) throw PyExc.MemoryError();
        if (total >= 1024) PyContext.ChargeBytes(total * 8);
        var result = new PyList((int)total);
        for (long k = 0; k < n; k++) Array.Copy(_items, 0, result._items, k * _count, _count);
        result._count = (int)total;
        return result;
    }

    // ---- construction and methods --------------------------------------------------------------------

    internal static PyObject New(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs) =>
        ReferenceEquals(cls, PyTypes.List) ? new PyList() : new PyList(cls);

    private static PyObject Init(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords("list", kwargs);
        if (args.Length > 1) throw PyExc.TypeError($"list expected at most 1 argument, got {args.Length}");
        var list = (PyList)self;
        list.Clear();
        if (args.Length == 1) list.ExtendFrom(args[0]);
        return PyNone.Instance;
    }

    private static PyList L(PyObject self) => (PyList)self;

    internal static void Populate(PyType t)
    {
        t.InitFunction = Init;
        SequenceDunders.Add(t);
        t.AddMethod("__init__", Init);
        t.AddMethod("append", (self, args, kw) =>
        {
            if (args.Length != 1 || kw is { Count: > 0 })
                throw PyExc.TypeError($"list.append() takes exactly one argument ({args.Length} given)");
            L(self).Append(args[0]);
            return PyNone.Instance;
        });
        t.AddMethod("extend", (self, args, _) =>
        {
            if (args.Length != 1) throw PyExc.TypeError($"list.extend() takes exactly one argument ({args.Length} given)");
            L(self).ExtendFrom(ReferenceEquals(args[0], self) ? FromSpan(L(self).AsSpan()) : args[0]);
            return PyNone.Instance;
        });
        t.AddMethod("insert", (self, args, _) =>
        {
            if (args.Length != 2) throw PyExc.TypeError($"insert expected 2 arguments, got {args.Length}");
            L(self).Insert(PyConvert.ToLongIndex(args[0]), args[1]);
            return PyNone.Instance;
        });
        t.AddMethod("pop", (self, args, _) =>
        {
            ArgReader.CheckCount("pop", args, 0, 1);
            return L(self).Pop(args.Length == 0 ? -1 : PyConvert.ToLongIndex(args[0]));
        });
        t.AddMethod("remove", (self, args, _) =>
        {
            if (args.Length != 1) throw PyExc.TypeError($"list.remove() takes exactly one argument ({args.Length} given)");
            var list = L(self);
            for (int i = 0; i < list._count; i++)
            {
                if (PyOps.EqualsBool(list._items[i], args[0]))
                {
                    list.RemoveAt(i);
                    return PyNone.Instance;
                }
            }
            throw PyExc.ValueError("list.remove(x): x not in list");
        });
        t.AddMethod("clear", (self, _, _) => { L(self).Clear(); return PyNone.Instance; });
        t.AddMethod("copy", (self, _, _) => FromSpan(L(self).AsSpan()));
        t.AddMethod("reverse", (self, _, _) => { L(self).Reverse(); return PyNone.Instance; });
        t.AddMethod("index", (self, args, _) =>
        {
            ArgReader.CheckCount("index", args, 1, 3);
            var list = L(self);
            var (start, end) = PyStr.SliceBounds(list._count, args.Length > 1 ? args[1] : null, args.Length > 2 ? args[2] : null);
            for (int i = start; i < end && i < list._count; i++)
                if (PyOps.EqualsBool(list._items[i], args[0])) return PyInt.Create(i);
            throw PyExc.ValueError($"{PyOps.Repr(args[0])} is not in list");
        });
        t.AddMethod("count", (self, args, _) =>
        {
            if (args.Length != 1) throw PyExc.TypeError($"list.count() takes exactly one argument ({args.Length} given)");
            var list = L(self);
            long n = 0;
            for (int i = 0; i < list._count; i++)
                if (PyOps.EqualsBool(list._items[i], args[0])) n++;
            return PyInt.Create(n);
        });
        t.AddMethod("sort", (self, args, kw) =>
        {
            if (args.Length > 0) throw PyExc.TypeError("sort() takes no positional arguments");
            var key = kw?.Get("key");
            bool reverse = kw?.Get("reverse") is { } r && PyOps.IsTrue(r);
            if (kw is not null)
            {
                for (int i = 0; i < kw.Count; i++)
                    if (kw.NameAt(i) is not ("key" or "reverse"))
                        throw PyExc.TypeError($"'{kw.NameAt(i)}' is an invalid keyword argument for sort()");
            }
            L(self).Sort(key is PyNone ? null : key, reverse);
            return PyNone.Instance;
        });
        t.AddMethod("__reversed__", (self, _, _) => new PyListReverseIterator(L(self)));
    }
}
