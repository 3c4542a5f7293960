using System.Text;

namespace QiskitStudio.Python.Runtime;

/// <summary>
/// Python's <c>dict</c>: an insertion-ordered hash table (entries array plus an index table, like
/// CPython's compact dict). Keys compare with Python equality; str and int keys never call back
/// into Python. Python subclasses of dict (and C# modules such as collections) reuse this storage.
/// </summary>
public class PyDict : PyObject
{
    private struct Entry
    {
        public long Hash;
        public PyObject? Key;   // null marks a deleted entry
        public PyObject Value;
    }

    private const int Empty = -1;

    private int[] _index;        // slots into _entries, or Empty
    private Entry[] _entries;
    private int _used;           // entries written (including deleted)
    private int _live;           // live entries
    private int _version;        // changes when keys are added or removed
    private readonly PyType? _subtype;
    private Dictionary<string, PyObject>? _dict;

    public PyDict() : this(0) { }

    public PyDict(int capacity)
    {
        int size = 8;
        while (size * 2 < capacity * 3 + 3) size <<= 1;
        _index = new int[size];
        Array.Fill(_index, Empty);
        _entries = new Entry[size * 2 / 3 + 1];
    }

    /// <summary>For Python subclasses of dict and for C# dict types (defaultdict, Counter...).</summary>
    protected PyDict(PyType subtype) : this(0) => _subtype = subtype;

    public override PyType Type => _subtype ?? PyTypes.Dict;

    public bool IsExact => _subtype is null;

    public override Dictionary<string, PyObject>? InstanceDict => _subtype is null ? null : _dict ??= new Dictionary<string, PyObject>();

    public int Count => _live;

    /// <summary>Changes whenever a key is added or removed (iterators use it to detect mutation).</summary>
    public int Version => _version;

    // ---- core table operations -------------------------------------------------------------------

    private static bool KeysEqual(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is PyStr sa) return b is PyStr sb && string.Equals(sa.Value, sb.Value, StringComparison.Ordinal);
        return PyOps.EqualsBool(a, b);
    }

    private int FindEntry(PyObject key, long hash)
    {
        int mask = _index.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int slot = _index[i];
            if (slot == Empty) return -1;
            ref var e = ref _entries[slot];
            if (e.Key is not null && e.Hash == hash && KeysEqual(e.Key, key)) return slot;
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private void InsertIndex(int entry, long hash)
    {
        int mask = _index.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (_index[i] != Empty)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
        _index[i] = entry;
    }

    private void Resize()
    {
        // Compact deleted entries and rebuild the index at a load of about one third.
        int size = 8;
        while (size < (_live + 1) * 3) size <<= 1;
        var entries = new Entry[size * 2 / 3 + 1];
        int n = 0;
        for (int k = 0; k < _used; k++)
            if (_entries[k].Key is not null) entries[n++] = _entries[k];
        if (entries.Length >= 1024) PyContext.ChargeBytes((entries.Length - _entries.Length) * 24L);
        _entries = entries;
        _used = n;
        _index = new int[size];
        Array.Fill(_index, Empty);
        for (int k = 0; k < n; k++) InsertIndex(k, entries[k].Hash);
    }

    public bool TryGetValue(PyObject key, out PyObject value)
    {
        int slot = FindEntry(key, PyOps.Hash(key));
        if (slot < 0)
        {
            value = null!;
            return false;
        }
        value = _entries[slot].Value;
        return true;
    }

    public PyObject? GetOrNull(PyObject key) => TryGetValue(key, out var v) ? v : null;

    public PyObject? GetOrNull(string key) => GetOrNull(PyStr.Create(key));

    public bool ContainsKey(PyObject key) => FindEntry(key, PyOps.Hash(key)) >= 0;

    public override void SetItem(PyObject key, PyObject value) => Set(key, PyOps.Hash(key), value);

    public void SetItem(string key, PyObject value) => SetItem(PyStr.Create(key), value);

    private void Set(PyObject key, long hash, PyObject value)
    {
        int slot = FindEntry(key, hash);
        if (slot >= 0)
        {
            _entries[slot].Value = value;
            return;
        }
        if (_used == _entries.Length || (_used + 1) * 3 > _index.Length * 2) Resize();
        _entries[_used] = new Entry { Hash = hash, Key = key, Value = value };
        InsertIndex(_used, hash);
        _used++;
        _live++;
        _version++;
    }

    public bool Remove(PyObject key) => RemoveAndGet(key) is not null;

    public PyObject? RemoveAndGet(PyObject key)
    {
        int slot = FindEntry(key, PyOps.Hash(key));
        if (slot < 0) return null;
        var value = _entries[slot].Value;
        _entries[slot].Key = null;
        _entries[slot].Value = null!;
        _live--;
        _version++;
        // The index slot keeps pointing at the dead entry so probe chains stay intact.
        if (_live == 0) ClearAll();
        return value;
    }

    public void Clear() => ClearAll();

    private void ClearAll()
    {
        Array.Fill(_index, Empty);
        Array.Clear(_entries, 0, _used);
        _used = 0;
        _live = 0;
        _version++;
    }

    // ---- enumeration ---------------------------------------------------------------------------

    /// <summary>Entry position for iterators: returns the next live entry index at or after <paramref name="position"/>, or -1.</summary>
    internal int NextEntry(int position)
    {
        for (int k = position; k < _used; k++)
            if (_entries[k].Key is not null) return k;
        return -1;
    }

    internal int PreviousEntry(int position)
    {
        for (int k = Math.Min(position, _used - 1); k >= 0; k--)
            if (_entries[k].Key is not null) return k;
        return -1;
    }

    internal PyObject KeyAt(int entry) => _entries[entry].Key!;

    internal PyObject ValueAt(int entry) => _entries[entry].Value;

    public IEnumerable<(PyObject Key, PyObject Value)> Items()
    {
        int version = _version;
        for (int k = 0; k < _used; k++)
        {
            if (_entries[k].Key is null) continue;
            yield return (_entries[k].Key!, _entries[k].Value);
            if (version != _version) throw PyExc.RuntimeError("dictionary changed size during iteration");
        }
    }

    public IEnumerable<PyObject> Keys()
    {
        foreach (var (k, _) in Items()) yield return k;
    }

    public IEnumerable<PyObject> Values()
    {
        foreach (var (_, v) in Items()) yield return v;
    }

    public PyDict Copy()
    {
        var d = new PyDict(_live);
        for (int k = 0; k < _used; k++)
            if (_entries[k].Key is { } key) d.Set(key, _entries[k].Hash, _entries[k].Value);
        return d;
    }

    // ---- PyObject behaviour ----------------------------------------------------------------------

    public override long Length() => _live;

    public override bool IsTrue() => _live != 0;

    public override long Hash() => throw PyExc.TypeError($"unhashable type: '{Type.Name}'");

    /// <summary>Called for a missing key by <c>d[key]</c>; defaultdict-style types override it.</summary>
    protected virtual PyObject Missing(PyObject key)
    {
        if (_subtype is not null && _subtype.DispatchesDunders && _subtype.LookupUserDunder("__missing__") is { } missing)
            return missing.CallWithSelf(this, [key], null);
        throw PyExc.KeyError(key);
    }

    public override PyObject GetItem(PyObject key)
    {
        int slot = FindEntry(key, PyOps.Hash(key));
        return slot >= 0 ? _entries[slot].Value : Missing(key);
    }

    public override void DeleteItem(PyObject key)
    {
        if (RemoveAndGet(key) is null) throw PyExc.KeyError(key);
    }

    public override bool? Contains(PyObject item) => ContainsKey(item);

    public override PyObject? GetIterator() => new PyDictIterator(this, DictIterKind.Keys, reversed: false);

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
            sb.Append("{...}");
            return;
        }
        try
        {
            AppendReprBody(sb, guard);
        }
        finally
        {
            guard.Exit(this);
        }
    }

    /// <summary>Appends <c>{k: v, ...}</c>; subclasses such as defaultdict wrap it.</summary>
    protected void AppendReprBody(StringBuilder sb, ReprGuard guard)
    {
        sb.Append('{');
        bool first = true;
        for (int k = 0; k < _used; k++)
        {
            if (_entries[k].Key is not { } key) continue;
            if (!first) sb.Append(", ");
            first = false;
            guard.Append(sb, key);
            sb.Append(": ");
            guard.Append(sb, _entries[k].Value);
        }
        sb.Append('}');
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyDict o) return PyNotImplemented.Instance;
        bool eq = DictEquals(o);
        return PyBool.From(op == CompareOp.Eq ? eq : !eq);
    }

    private bool DictEquals(PyDict o)
    {
        if (_live != o._live) return false;
        for (int k = 0; k < _used; k++)
        {
            if (_entries[k].Key is not { } key) continue;
            int slot = o.FindEntry(key, _entries[k].Hash);
            if (slot < 0) return false;
            var v1 = _entries[k].Value;
            var v2 = o._entries[slot].Value;
            if (!ReferenceEquals(v1, v2) && !PyOps.EqualsBool(v1, v2)) return false;
        }
        return true;
    }

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Or && other is PyDict o)
        {
            var result = Copy();
            result.UpdateFrom(o);
            return result;
        }
        return PyNotImplemented.Instance;
    }

    public override PyObject InPlaceOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Or)
        {
            Update([other], null);
            return this;
        }
        return PyNotImplemented.Instance;
    }

    // ---- update ------------------------------------------------------------------------------

    public void UpdateFrom(PyDict other)
    {
        for (int k = 0; k < other._used; k++)
            if (other._entries[k].Key is { } key) Set(key, other._entries[k].Hash, other._entries[k].Value);
    }

    /// <summary><c>dict.update(other, **kw)</c>: a mapping (has keys()) or an iterable of pairs.</summary>
    public void Update(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        if (args.Length > 1) throw PyExc.TypeError($"update expected at most 1 argument, got {args.Length}");
        if (args.Length == 1)
        {
            var source = args[0];
            if (source is PyDict d) UpdateFrom(d);
            else if (PyOps.TryGetAttr(source, "keys") is { } keys)
            {
                var it = PyOps.GetIter(keys.Call([], null));
                while (PyOps.Next(it) is { } key) SetItem(key, PyOps.GetItem(source, key));
            }
            else
            {
                var it = PyOps.GetIter(source);
                int n = 0;
                while (PyOps.Next(it) is { } pair)
                {
                    var items = pair is PyTuple t ? t.Items.ToArray() : pair is PyList l ? l.ToArray() : null;
                    if (items is null)
                    {
                        if (pair.GetIterator() is null)
                            throw PyExc.TypeError($"cannot convert dictionary update sequence element #{n} to a sequence");
                        items = PyOps.ToArray(pair);
                    }
                    if (items.Length != 2)
                        throw PyExc.ValueError($"dictionary update sequence element #{n} has length {items.Length}; 2 is required");
                    SetItem(items[0], items[1]);
                    n++;
                }
            }
        }
        if (kwargs is not null)
            for (int i = 0; i < kwargs.Count; i++) SetItem(PyStr.Create(kwargs.NameAt(i)), kwargs.ValueAt(i));
    }

    // ---- construction and methods ---------------------------------------------------------------

    internal static PyObject New(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs) =>
        ReferenceEquals(cls, PyTypes.Dict) ? new PyDict() : new PyDict(cls);

    private static PyObject Init(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        if (args.Length > 1) throw PyExc.TypeError($"dict expected at most 1 argument, got {args.Length}");
        ((PyDict)self).Update(args, kwargs);
        return PyNone.Instance;
    }

    private static PyDict D(PyObject self) => (PyDict)self;

    internal static void Populate(PyType t)
    {
        t.InitFunction = Init;
        SequenceDunders.Add(t);
        t.AddMethod("__init__", Init);
        t.AddMethod("keys", (self, _, _) => new PyDictView(D(self), DictIterKind.Keys));
        t.AddMethod("values", (self, _, _) => new PyDictView(D(self), DictIterKind.Values));
        t.AddMethod("items", (self, _, _) => new PyDictView(D(self), DictIterKind.Items));
        t.AddMethod("get", (self, args, kw) =>
        {
            ArgReader.NoKeywords("get", kw);
            ArgReader.CheckCount("get", args, 1, 2);
            return D(self).TryGetValue(args[0], out var v) ? v : args.Length > 1 ? args[1] : PyNone.Instance;
        });
        t.AddMethod("setdefault", (self, args, _) =>
        {
            ArgReader.CheckCount("setdefault", args, 1, 2);
            var d = D(self);
            if (d.TryGetValue(args[0], out var v)) return v;
            var dv = args.Length > 1 ? args[1] : PyNone.Instance;
            d.SetItem(args[0], dv);
            return dv;
        });
        t.AddMethod("pop", (self, args, _) =>
        {
            ArgReader.CheckCount("pop", args, 1, 2);
            return D(self).RemoveAndGet(args[0]) ?? (args.Length > 1 ? args[1] : throw PyExc.KeyError(args[0]));
        });
        t.AddMethod("popitem", (self, _, _) =>
        {
            var d = D(self);
            int last = d.PreviousEntry(d._used - 1);
            if (last < 0) throw PyExc.KeyError("popitem(): dictionary is empty");
            var key = d._entries[last].Key!;
            var value = d._entries[last].Value;
            d.RemoveAndGet(key);
            return PyTuple.Create([key, value]);
        });
        t.AddMethod("update", (self, args, kw) => { D(self).Update(args, kw); return PyNone.Instance; });
        t.AddMethod("clear", (self, _, _) => { D(self).Clear(); return PyNone.Instance; });
        t.AddMethod("copy", (self, _, _) => D(self).Copy());
        t.AddMethod("__reversed__", (self, _, _) => new PyDictIterator(D(self), DictIterKind.Keys, reversed: true));
        t.AddClassMethod("fromkeys", (cls, args, _) =>
        {
            ArgReader.CheckCount("fromkeys", args, 1, 2);
            var result = ((PyType)cls).Call([], null);
            var value = args.Length > 1 ? args[1] : PyNone.Instance;
            var it = PyOps.GetIter(args[0]);
            while (PyOps.Next(it) is { } key) PyOps.SetItem(result, key, value);
            return result;
        });
    }
}
