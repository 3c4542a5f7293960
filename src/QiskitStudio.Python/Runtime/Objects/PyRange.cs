using System.Numerics;

namespace QiskitStudio.Python.Runtime;

/// <summary>Python's <c>range</c> (64-bit bounds).</summary>
public sealed class PyRange : PyObject
{
    public long Start { get; }
    public long Stop { get; }
    public long Step { get; }
    public long Count { get; }

    public PyRange(long start, long stop, long step)
    {
        if (step == 0) throw PyExc.ValueError("range() arg 3 must not be zero");
        Start = start;
        Stop = stop;
        Step = step;
        if (step > 0) Count = start < stop ? (long)(((BigInteger)stop - start - 1) / step + 1) : 0;
        else Count = start > stop ? (long)(((BigInteger)start - stop - 1) / -step + 1) : 0;
    }

    public override PyType Type => PyTypes.Range;

    public long ItemAt(long index) => Start + index * Step;

    public override long Length() => Count;

    public override bool IsTrue() => Count != 0;

    public override string Repr() =>
        Step == 1 ? $"range({Start}, {Stop})" : $"range({Start}, {Stop}, {Step})";

    public override long Hash()
    {
        PyObject[] key = Count == 0
            ? [PyInt.Zero, PyNone.Instance, PyNone.Instance]
            : Count == 1 ? [PyInt.One, PyInt.Create(Start), PyNone.Instance] : [PyInt.Create(Count), PyInt.Create(Start), PyInt.Create(Step)];
        return PyTuple.Create(key).Hash();
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyRange o) return PyNotImplemented.Instance;
        bool eq = Count == o.Count && (Count == 0 || (Start == o.Start && (Count == 1 || Step == o.Step)));
        return PyBool.From(op == CompareOp.Eq ? eq : !eq);
    }

    public override PyObject? GetIterator() => new PyRangeIterator(Start, Step, Count);

    public PyObject ReversedIterator() => new PyRangeIterator(Start + (Count - 1) * Step, -Step, Count);

    public override bool? Contains(PyObject item)
    {
        if (item is PyInt i && !i.IsBig && item.Type == PyTypes.Int || item is PyBool)
        {
            long v = ((PyInt)item).Value;
            if (Step > 0 ? v < Start || v >= Stop : v > Start || v <= Stop) return false;
            return (v - Start) % Step == 0;
        }
        var it = GetIterator()!;
        while (it.IterNext() is { } x)
            if (PyOps.EqualsBool(x, item)) return true;
        return false;
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice slice)
        {
            var (start, stop, step, _) = slice.Indices(Count);
            return new PyRange(ItemAt(start), ItemAt(stop), Step * step);
        }
        long index = PyConvert.ToLongIndex(key, "range indices must be integers or slices, not {0}");
        if (index < 0) index += Count;
        if ((ulong)index >= (ulong)Count) throw PyExc.IndexError("range object index out of range");
        return PyInt.Create(ItemAt(index));
    }

    internal static PyObject New(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords("range", kwargs);
        switch (args.Length)
        {
            case 1: return new PyRange(0, RangeArg(args[0]), 1);
            case 2: return new PyRange(RangeArg(args[0]), RangeArg(args[1]), 1);
            case 3: return new PyRange(RangeArg(args[0]), RangeArg(args[1]), RangeArg(args[2]));
            case 0: throw PyExc.TypeError("range expected at least 1 argument, got 0");
            default: throw PyExc.TypeError($"range expected at most 3 arguments, got {args.Length}");
        }
    }

    private static long RangeArg(PyObject o) =>
        PyConvert.ToLongIndex(o, "'{0}' object cannot be interpreted as an integer");

    internal static void Populate(PyType t)
    {
        SequenceDunders.Add(t);
        t.AddProperty("start", self => PyInt.Create(((PyRange)self).Start));
        t.AddProperty("stop", self => PyInt.Create(((PyRange)self).Stop));
        t.AddProperty("step", self => PyInt.Create(((PyRange)self).Step));
        t.AddMethod("index", (self, args, _) =>
        {
            var r = (PyRange)self;
            if (args[0] is PyInt i && r.Contains(i) == true) return PyInt.Create((i.Value - r.Start) / r.Step);
            throw PyExc.ValueError($"{PyOps.Repr(args[0])} is not in range");
        });
        t.AddMethod("count", (self, args, _) => PyInt.Create(((PyRange)self).Contains(args[0]) == true ? 1 : 0));
        t.AddMethod("__reversed__", (self, _, _) => ((PyRange)self).ReversedIterator());
    }
}

public sealed class PyRangeIterator : PyIterator
{
    private long _next;
    private readonly long _step;
    private long _remaining;

    public PyRangeIterator(long start, long step, long count)
    {
        _next = start;
        _step = step;
        _remaining = count;
    }

    public override PyType Type => PyTypes.RangeIterator;

    public override PyObject? IterNext()
    {
        if (_remaining <= 0) return null;
        _remaining--;
        long v = _next;
        _next += _step;
        return PyInt.Create(v);
    }
}

/// <summary>Python's <c>slice(start, stop, step)</c>.</summary>
public sealed class PySlice : PyObject
{
    public PyObject StartValue { get; }
    public PyObject StopValue { get; }
    public PyObject StepValue { get; }

    public PySlice(PyObject? start, PyObject? stop, PyObject? step)
    {
        StartValue = start ?? PyNone.Instance;
        StopValue = stop ?? PyNone.Instance;
        StepValue = step ?? PyNone.Instance;
    }

    public override PyType Type => PyTypes.Slice;

    public override string Repr() => $"slice({PyOps.Repr(StartValue)}, {PyOps.Repr(StopValue)}, {PyOps.Repr(StepValue)})";

    public override long Hash() => throw PyExc.TypeError("unhashable type: 'slice'");

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PySlice o) return PyNotImplemented.Instance;
        return SequenceCompare.Compare([StartValue, StopValue, StepValue], [o.StartValue, o.StopValue, o.StepValue], op);
    }

    private static long SliceIndex(PyObject o) =>
        PyOps.TryIndex(o) is { } i
            ? (i.IsBig ? (i.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2) : i.Value)
            : throw PyExc.TypeError("slice indices must be integers or None or have an __index__ method");

    /// <summary>CPython's PySlice_GetIndicesEx: clamped start, stop, step and the item count.</summary>
    public (long Start, long Stop, long Step, long Count) Indices(long length)
    {
        long step = StepValue is PyNone ? 1 : SliceIndex(StepValue);
        if (step == 0) throw PyExc.ValueError("slice step cannot be zero");
        long start, stop;
        if (step > 0)
        {
            start = StartValue is PyNone ? 0 : Clamp(SliceIndex(StartValue), length, 0, length);
            stop = StopValue is PyNone ? length : Clamp(SliceIndex(StopValue), length, 0, length);
        }
        else
        {
            start = StartValue is PyNone ? length - 1 : Clamp(SliceIndex(StartValue), length, -1, length - 1);
            stop = StopValue is PyNone ? -1 : Clamp(SliceIndex(StopValue), length, -1, length - 1);
        }
        long count;
        if (step > 0) count = start < stop ? (stop - start - 1) / step + 1 : 0;
        else count = stop < start ? (start - stop - 1) / -step + 1 : 0;
        return (start, stop, step, count);
    }

    private static long Clamp(long index, long length, long low, long high)
    {
        if (index < 0) index += length;
        if (index < low) return low;
        if (index > high) return high;
        return index;
    }

    internal static PyObject New(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords("slice", kwargs);
        return args.Length switch
        {
            1 => new PySlice(null, args[0], null),
            2 => new PySlice(args[0], args[1], null),
            3 => new PySlice(args[0], args[1], args[2]),
            0 => throw PyExc.TypeError("slice expected at least 1 argument, got 0"),
            _ => throw PyExc.TypeError($"slice expected at most 3 arguments, got {args.Length}"),
        };
    }

    internal static void Populate(PyType t)
    {
        t.AddProperty("start", self => ((PySlice)self).StartValue);
        t.AddProperty("stop", self => ((PySlice)self).StopValue);
        t.AddProperty("step", self => ((PySlice)self).StepValue);
        t.AddMethod("indices", (self, args, _) =>
        {
            var (start, stop, step, _) = ((PySlice)self).Indices(PyConvert.ToLong(args[0]));
            return PyTuple.Create([PyInt.Create(start), PyInt.Create(stop), PyInt.Create(step)]);
        });
    }
}
