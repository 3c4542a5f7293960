using System.Text;

namespace QiskitStudio.Python.Runtime;

/// <summary>
/// Python's <c>set</c> and <c>frozenset</c>. The table follows CPython's layout and probing
/// (linear probes then perturbation, same resize points), so sets iterate and print in the
/// same order as CPython for ints and other deterministic hashes.
/// </summary>
public sealed class PySet : PyObject
{
    private const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;
    private static readonly PyObject Dummy = new DummyKey();

    // Marks a deleted slot; never visible to Python code.
    private sealed class DummyKey : PyObject
    {
        public override PyType Type => PyTypes.Object;
    }

    private PyObject?[] _keys;
    private long[] _hashes;
    private int _mask;
    private int _fill;   // active + dummy
    private int _used;   // active
    private int _finger;
    private int _version;
    private readonly PyType _type;
    private Dictionary<string, PyObject>? _dict;

    public bool IsFrozen { get; }

    public PySet(bool frozen = false) : this(frozen ? PyTypes.FrozenSet : PyTypes.Set) { }

    private PySet(PyType type)
    {
        _type = type;
        IsFrozen = type.IsSubtypeOf(PyTypes.FrozenSet);
        _keys = new PyObject?[MinSize];
        _hashes = new long[MinSize];
        _mask = MinSize - 1;
    }

    public static PySet FromIterable(PyObject iterable, bool frozen = false)
    {
        var s = new PySet(frozen);
        s.UpdateFrom(iterable);
        return s;
    }

    public override PyType Type => _type;

    public override Dictionary<string, PyObject>? InstanceDict => _type.IsHeapType ? _dict ??= new Dictionary<string, PyObject>() : null;

    public int Count => _used;

    // ---- table operations (CPython's algorithm) ----------------------------------------------------

    private static bool KeysEqual(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is PyStr sa && b is PyStr sb) return string.Equals(sa.Value, sb.Value, StringComparison.Ordinal);
        return PyOps.EqualsBool(a, b);
    }

    public void Add(PyObject key) => AddEntry(key, PyOps.Hash(key));

    private void AddEntry(PyObject key, long hash)
    {
        restart:
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        int freeslot = -1;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            while (true)
            {
                var existing = _keys[j];
                if (existing is null) goto foundUnused;
                if (_hashes[j] == hash && !ReferenceEquals(existing, Dummy))
                {
                    var table = _keys;
                    if (KeysEqual(existing, key)) return;
                    if (!ReferenceEquals(table, _keys) || !ReferenceEquals(_keys[j], existing)) goto restart;
                }
                else if (ReferenceEquals(existing, Dummy))
                {
                    freeslot = j;
                }
                if (probes-- == 0) break;
                j++;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
            continue;

            foundUnused:
            _version++;
            if (freeslot >= 0)
            {
                // A deleted slot met on the way is reused.
                _used++;
                _keys[freeslot] = key;
                _hashes[freeslot] = hash;
                return;
            }
            _fill++;
            _used++;
            _keys[j] = key;
            _hashes[j] = hash;
            if ((long)_fill * 5 < (long)mask * 3) return;
            Resize(_used > 50000 ? _used * 2 : _used * 4);
            return;
        }
    }

    private static void InsertClean(PyObject?[] keys, long[] hashes, int mask, PyObject key, long hash)
    {
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            if (keys[i] is null) { keys[i] = key; hashes[i] = hash; return; }
            if (i + LinearProbes <= mask)
            {
                for (int j = 1; j <= LinearProbes; j++)
                {
                    if (keys[i + j] is null) { keys[i + j] = key; hashes[i + j] = hash; return; }
                }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private void Resize(int minUsed)
    {
        int newSize = MinSize;
        while (newSize <= minUsed) newSize <<= 1;
        var oldKeys = _keys;
        var oldHashes = _hashes;
        _keys = new PyObject?[newSize];
        _hashes = new long[newSize];
        if (newSize >= 1024) PyContext.ChargeBytes(newSize * 16L);
        _mask = newSize - 1;
        _fill = _used;
        for (int k = 0; k < oldKeys.Length; k++)
        {
            var key = oldKeys[k];
            if (key is not null && !ReferenceEquals(key, Dummy)) InsertClean(_keys, _hashes, _mask, key, oldHashes[k]);
        }
    }

    private int FindSlot(PyObject key, long hash)
    {
        ulong perturb = (ulong)hash;
        int mask = _mask;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            while (true)
            {
                var existing = _keys[j];
                if (existing is null) return -1;
                if (_hashes[j] == hash && !ReferenceEquals(existing, Dummy) && KeysEqual(existing, key)) return j;
                if (probes-- == 0) break;
                j++;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    public bool ContainsKey(PyObject key) => FindSlot(key, HashForLookup(key)) >= 0;

    // A set used as a key of a lookup is compared as a frozenset, as CPython does.
    private static long HashForLookup(PyObject key) =>
        key is PySet s && !s.IsFrozen ? s.FrozenHash() : PyOps.Hash(key);

    public bool Discard(PyObject key)
    {
        int slot = FindSlot(key, HashForLookup(key));
        if (slot < 0) return false;
        _keys[slot] = Dummy;
        _hashes[slot] = -1;
        _used--;
        _version++;
        return true;
    }

    public void Clear()
    {
        _keys = new PyObject?[MinSize];
        _hashes = new long[MinSize];
        _mask = MinSize - 1;
        _fill = _used = 0;
        _version++;
    }

    public PyObject Pop()
    {
        if (_used == 0) throw PyExc.KeyError("pop from an empty set");
        int i = _finger & _mask;
        while (_keys[i] is null || ReferenceEquals(_keys[i], Dummy))
        {
            i++;
            if (i > _mask) i = 0;
        }
        var key = _keys[i]!;
        _keys[i] = Dummy;
        _hashes[i] = -1;
        _used--;
        _finger = i + 1;
        _version++;
        return key;
    }

    /// <summary>The active keys in table order (CPython's iteration order).</summary>
    public IEnumerable<PyObject> Items()
    {
        int version = _version;
        for (int k = 0; k <= _mask; k++)
        {
            var key = _keys[k];
            if (key is null || ReferenceEquals(key, Dummy)) continue;
            yield return key;
            if (version != _version) throw PyExc.RuntimeError("Set changed size during iteration");
        }
    }

    private IEnumerable<(PyObject Key, long Hash)> Entries()
    {
        for (int k = 0; k <= _mask; k++)
        {
            var key = _keys[k];
            if (key is null || ReferenceEquals(key, Dummy)) continue;
            yield return (key, _hashes[k]);
        }
    }

    private void Merge(PySet other)
    {
        if (ReferenceEquals(other, this) || other._used == 0) return;
        if ((long)(_fill + other._used) * 5 >= (long)_mask * 3) Resize((_used + other._used) * 2);
        if (_fill == 0 && _mask == other._mask && other._fill == other._used)
        {
            Array.Copy(other._keys, _keys, _keys.Length);
            Array.Copy(other._hashes, _hashes, _hashes.Length);
            _fill = other._fill;
            _used = other._used;
            _version++;
            return;
        }
        if (_fill == 0)
        {
            _fill = _used = other._used;
            foreach (var (key, hash) in other.Entries()) InsertClean(_keys, _hashes, _mask, key, hash);
            _version++;
            return;
        }
        foreach (var (key, hash) in other.Entries().ToArray()) AddEntry(key, hash);
    }

    public void UpdateFrom(PyObject iterable)
    {
        switch (iterable)
        {
            case PySet s:
                Merge(s);
                return;
            case PyDict d:
                if ((long)(_fill + d.Count) * 5 >= (long)_mask * 3) Resize((_used + d.Count) * 2);
                foreach (var key in d.Keys().ToArray()) Add(key);
                return;
            default:
                var it = PyOps.GetIter(iterable);
                while (PyOps.Next(it) is { } item)
                {
                    PyContext.Poll();
                    Add(item);
                }
                return;
        }
    }

    private PySet CopyAs(PyType type)
    {
        var s = new PySet(type);
        s.Merge(this);
        return s;
    }

    public PySet Copy() => CopyAs(BaseType);

    private PyType BaseType => IsFrozen ? PyTypes.FrozenSet : PyTypes.Set;

    private static PySet AsSet(PyObject o) => o as PySet ?? FromIterable(o);

    public PySet Union(PyObject other)
    {
        var result = CopyAs(BaseType);
        result.UpdateFrom(other);
        return result;
    }

    public PySet Intersection(PyObject other)
    {
        var result = new PySet(BaseType);
        if (other is PySet os)
        {
            PySet small = this, large = os;
            if (os._used > _used) { small = os; large = this; }
            foreach (var (key, hash) in small.Entries())
                if (large.FindSlot(key, hash) >= 0) result.AddEntry(key, hash);
            return result;
        }
        var it = PyOps.GetIter(other);
        while (PyOps.Next(it) is { } item)
        {
            long hash = PyOps.Hash(item);
            if (FindSlot(item, hash) >= 0) result.AddEntry(item, hash);
        }
        return result;
    }

    public PySet Difference(PyObject other)
    {
        var otherSet = AsSet(other);
        if ((_used >> 2) > otherSet._used)
        {
            var copy = CopyAs(BaseType);
            foreach (var key in otherSet.Items().ToArray()) copy.Discard(key);
            return copy;
        }
        var result = new PySet(BaseType);
        foreach (var (key, hash) in Entries())
            if (otherSet.FindSlot(key, hash) < 0) result.AddEntry(key, hash);
        return result;
    }

    public PySet SymmetricDifference(PyObject other)
    {
        var result = new PySet(BaseType);
        result.UpdateFrom(other);
        result.SymmetricDifferenceUpdate(this);
        return result;
    }

    private void SymmetricDifferenceUpdate(PyObject other)
    {
        var otherSet = other as PySet ?? FromIterable(other);
        foreach (var (key, hash) in otherSet.Entries().ToArray())
        {
            int slot = FindSlot(key, hash);
            if (slot >= 0)
            {
                _keys[slot] = Dummy;
                _hashes[slot] = -1;
                _used--;
                _version++;
            }
            else
            {
                AddEntry(key, hash);
            }
        }
    }

    public bool IsSubsetOf(PySet other)
    {
        if (_used > other._used) return false;
        foreach (var (key, hash) in Entries())
            if (other.FindSlot(key, hash) < 0) return false;
        return true;
    }

    // ---- PyObject behaviour ---------------------------------------------------------------------

    public override long Length() => _used;

    public override bool IsTrue() => _used != 0;

    public override long Hash() => IsFrozen ? FrozenHash() : throw PyExc.TypeError($"unhashable type: '{Type.Name}'");

    private static ulong ShuffleBits(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;

    internal long FrozenHash()
    {
        ulong hash = 0;
        foreach (var (_, h) in Entries()) hash ^= ShuffleBits((ulong)h);
        hash ^= ((ulong)_used + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        if (hash == ulong.MaxValue) hash = 590923713UL;
        return (long)hash;
    }

    public override bool? Contains(PyObject item) => ContainsKey(item);

    public override PyObject? GetIterator() => new PySetIterator(this);

    public override string Repr()
    {
        var sb = new StringBuilder();
        AppendRepr(sb, ReprGuard.ForThread());
        return sb.ToString();
    }

    public override void AppendRepr(StringBuilder sb, ReprGuard guard)
    {
        string name = _type.Name;
        bool plainSet = ReferenceEquals(_type, PyTypes.Set);
        if (_used == 0)
        {
            sb.Append(name).Append("()");
            return;
        }
        if (!guard.Enter(this))
        {
            sb.Append(name).Append("(...)");
            return;
        }
        try
        {
            if (!plainSet) sb.Append(name).Append('(');
            sb.Append('{');
            bool first = true;
            foreach (var key in Items())
            {
                if (!first) sb.Append(", ");
                first = false;
                guard.Append(sb, key);
            }
            sb.Append('}');
            if (!plainSet) sb.Append(')');
        }
        finally
        {
            guard.Exit(this);
        }
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PySet o) return PyNotImplemented.Instance;
        return op switch
        {
            CompareOp.Eq => PyBool.From(_used == o._used && IsSubsetOf(o)),
            CompareOp.Ne => PyBool.From(!(_used == o._used && IsSubsetOf(o))),
            CompareOp.Le => PyBool.From(IsSubsetOf(o)),
            CompareOp.Lt => PyBool.From(_used < o._used && IsSubsetOf(o)),
            CompareOp.Ge => PyBool.From(o.IsSubsetOf(this)),
            _ => PyBool.From(_used > o._used && o.IsSubsetOf(this)),
        };
    }

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (other is not PySet o) return PyNotImplemented.Instance;
        return op switch
        {
            BinaryOperator.Or => Union(o),
            BinaryOperator.And => Intersection(o),
            BinaryOperator.Sub => Difference(o),
            BinaryOperator.Xor => SymmetricDifference(o),
            _ => PyNotImplemented.Instance,
        };
    }

    public override PyObject InPlaceOp(BinaryOperator op, PyObject other)
    {
        if (IsFrozen || other is not PySet o) return PyNotImplemented.Instance;
        switch (op)
        {
            case BinaryOperator.Or: UpdateFrom(o); return this;
            case BinaryOperator.And: ReplaceWith(Intersection(o)); return this;
            case BinaryOperator.Sub:
                foreach (var key in o.Items().ToArray()) Discard(key);
                return this;
            case BinaryOperator.Xor: SymmetricDifferenceUpdate(o); return this;
        }
        return PyNotImplemented.Instance;
    }

    private void ReplaceWith(PySet other)
    {
        _keys = other._keys;
        _hashes = other._hashes;
        _mask = other._mask;
        _fill = other._fill;
        _used = other._used;
        _version++;
    }

    // ---- construction and methods -------------------------------------------------------------------

    internal static PyObject NewSet(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs) => new PySet(cls);

    internal static PyObject NewFrozenSet(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords("frozenset", kwargs);
        ArgReader.CheckCount("frozenset", args, 0, 1);
        if (args.Length == 1 && args[0] is PySet { IsFrozen: true } existing && ReferenceEquals(cls, PyTypes.FrozenSet)
            && ReferenceEquals(existing._type, PyTypes.FrozenSet))
            return existing;
        var s = new PySet(cls);
        if (args.Length == 1) s.UpdateFrom(args[0]);
        return s;
    }

    private static PyObject InitSet(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords("set", kwargs);
        if (args.Length > 1) throw PyExc.TypeError($"set expected at most 1 argument, got {args.Length}");
        var s = (PySet)self;
        s.Clear();
        if (args.Length == 1) s.UpdateFrom(args[0]);
        return PyNone.Instance;
    }

    private static PySet S(PyObject self) => (PySet)self;

    private static void CheckOne(string name, ReadOnlySpan<PyObject> args)
    {
        if (args.Length != 1) throw PyExc.TypeError($"set.{name}() takes exactly one argument ({args.Length} given)");
    }

    internal static void Populate(PyType t, bool frozen)
    {
        SequenceDunders.Add(t);
        if (!frozen)
        {
            t.InitFunction = InitSet;
            t.AddMethod("__init__", InitSet);
            t.AddMethod("add", (self, args, _) => { CheckOne("add", args); S(self).Add(args[0]); return PyNone.Instance; });
            t.AddMethod("discard", (self, args, _) => { CheckOne("discard", args); S(self).Discard(args[0]); return PyNone.Instance; });
            t.AddMethod("remove", (self, args, _) =>
            {
                CheckOne("remove", args);
                if (!S(self).Discard(args[0])) throw PyExc.KeyError(args[0]);
                return PyNone.Instance;
            });
            t.AddMethod("pop", (self, _, _) => S(self).Pop());
            t.AddMethod("clear", (self, _, _) => { S(self).Clear(); return PyNone.Instance; });
            t.AddMethod("update", (self, args, _) => { foreach (var a in args) S(self).UpdateFrom(a); return PyNone.Instance; });
            t.AddMethod("intersection_update", (self, args, _) =>
            {
                var s = S(self);
                foreach (var a in args) s.ReplaceWith(s.Intersection(a));
                return PyNone.Instance;
            });
            t.AddMethod("difference_update", (self, args, _) =>
            {
                var s = S(self);
                foreach (var a in args)
                    foreach (var key in AsSet(a).Items().ToArray()) s.Discard(key);
                return PyNone.Instance;
            });
            t.AddMethod("symmetric_difference_update", (self, args, _) =>
            {
                ArgReader.CheckCount("symmetric_difference_update", args, 1, 1);
                S(self).SymmetricDifferenceUpdate(args[0]);
                return PyNone.Instance;
            });
        }
        t.AddMethod("copy", (self, _, _) => S(self).IsFrozen && ReferenceEquals(S(self)._type, PyTypes.FrozenSet) ? self : S(self).Copy());
        t.AddMethod("union", (self, args, _) =>
        {
            var result = S(self).CopyAs(S(self).BaseType);
            foreach (var a in args) result.UpdateFrom(a);
            return result;
        });
        t.AddMethod("intersection", (self, args, _) =>
        {
            var result = S(self).CopyAs(S(self).BaseType);
            foreach (var a in args) result = result.Intersection(a);
            return result;
        });
        t.AddMethod("difference", (self, args, _) =>
        {
            var result = S(self).CopyAs(S(self).BaseType);
            foreach (var a in args) result = result.Difference(a);
            return result;
        });
        t.AddMethod("symmetric_difference", (self, args, _) =>
        {
            ArgReader.CheckCount("symmetric_difference", args, 1, 1);
            return S(self).SymmetricDifference(args[0]);
        });
        t.AddMethod("issubset", (self, args, _) => PyBool.From(S(self).IsSubsetOf(AsSet(args[0]))));
        t.AddMethod("issuperset", (self, args, _) => PyBool.From(AsSet(args[0]).IsSubsetOf(S(self))));
        t.AddMethod("isdisjoint", (self, args, _) => PyBool.From(S(self).Intersection(args[0]).Count == 0));
    }
}

public sealed class PySetIterator : PyIterator
{
    private readonly IEnumerator<PyObject> _items;
    private readonly PySet _set;
    private readonly int _count;

    public PySetIterator(PySet set)
    {
        _set = set;
        _count = set.Count;
        _items = set.Items().GetEnumerator();
    }

    public override PyType Type => PyTypes.SetIterator;

    public override PyObject? IterNext()
    {
        if (_set.Count != _count) throw PyExc.RuntimeError("Set changed size during iteration");
        return _items.MoveNext() ? _items.Current : null;
    }
}
