using System.Text;

namespace QiskitStudio.Python.Runtime;

/// <summary>Python's <c>bytearray</c> (basics: a mutable sequence of bytes).</summary>
public sealed class PyByteArray : PyObject
{
    public List<byte> Data { get; }

    public PyByteArray(IEnumerable<byte> data) => Data = new List<byte>(data);

    public override PyType Type => PyTypes.ByteArray;

    public override string Repr() => "bytearray(" + new PyBytes(Data.ToArray()).Repr() + ")";

    public override long Length() => Data.Count;

    public override bool IsTrue() => Data.Count != 0;

    public override long Hash() => throw PyExc.TypeError("unhashable type: 'bytearray'");

    private static byte[]? BytesOf(PyObject o) => o switch
    {
        PyBytes b => b.Data,
        PyByteArray a => a.Data.ToArray(),
        _ => null,
    };

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        var data = BytesOf(other);
        if (data is null) return PyNotImplemented.Instance;
        return PyBool.From(PyOps.CompareResult(Data.ToArray().AsSpan().SequenceCompareTo(data), op));
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(Data.Count);
            var result = new byte[count];
            for (long k = 0, j = start; k < count; k++, j += step) result[k] = Data[(int)j];
            return new PyByteArray(result);
        }
        long index = NormalizeIndex(key);
        return PyInt.Create(Data[(int)index]);
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        long index = NormalizeIndex(key);
        Data[(int)index] = ToByte(value);
    }

    public override void DeleteItem(PyObject key) => Data.RemoveAt((int)NormalizeIndex(key));

    private long NormalizeIndex(PyObject key)
    {
        long index = PyConvert.ToLongIndex(key, "bytearray indices must be integers or slices, not {0}");
        if (index < 0) index += Data.Count;
        if ((ulong)index >= (ulong)Data.Count) throw PyExc.IndexError("bytearray index out of range");
        return index;
    }

    private static byte ToByte(PyObject value)
    {
        long v = PyConvert.ToLongIndex(value);
        if (v < 0 || v > 255) throw PyExc.ValueError("byte must be in range(0, 256)");
        return (byte)v;
    }

    public override bool? Contains(PyObject item)
    {
        if (item is PyInt i) return Data.Contains(ToByte(i));
        var sub = BytesOf(item) ?? throw PyExc.TypeError($"a bytes-like object is required, not '{item.Type.Name}'");
        return Data.ToArray().AsSpan().IndexOf(sub) >= 0;
    }

    public override PyObject? GetIterator() => new PyBytes(Data.ToArray()).GetIterator();

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add && BytesOf(other) is { } data) return new PyByteArray(Data.Concat(data));
        if (op == BinaryOperator.Mul && PyOps.TryIndex(other) is { } n)
        {
            var result = new List<byte>();
            for (long k = 0; k < n.ToLong(); k++) result.AddRange(Data);
            return new PyByteArray(result);
        }
        return PyNotImplemented.Instance;
    }

    public override PyObject InPlaceOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add && BytesOf(other) is { } data)
        {
            Data.AddRange(data);
            return this;
        }
        return PyNotImplemented.Instance;
    }

    internal static PyObject New(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var bytes = (PyBytes)PyBytes.New(PyTypes.Bytes, args, kwargs);
        return new PyByteArray(bytes.Data);
    }

    private static PyByteArray B(PyObject self) => (PyByteArray)self;

    internal static void Populate(PyType t)
    {
        SequenceDunders.Add(t);
        t.AddMethod("append", (self, args, _) => { ArgReader.CheckCount("append", args, 1, 1); B(self).Data.Add(ToByte(args[0])); return PyNone.Instance; });
        t.AddMethod("extend", (self, args, _) =>
        {
            ArgReader.CheckCount("extend", args, 1, 1);
            B(self).Data.AddRange(BytesOf(args[0]) ?? PyBytes.FromObject(args[0]).Data);
            return PyNone.Instance;
        });
        t.AddMethod("pop", (self, args, _) =>
        {
            var data = B(self).Data;
            if (data.Count == 0) throw PyExc.IndexError("pop from empty bytearray");
            int index = args.Length == 0 ? data.Count - 1 : (int)PyConvert.ToLong(args[0]);
            if (index < 0) index += data.Count;
            var v = data[index];
            data.RemoveAt(index);
            return PyInt.Create(v);
        });
        t.AddMethod("clear", (self, _, _) => { B(self).Data.Clear(); return PyNone.Instance; });
        t.AddMethod("copy", (self, _, _) => new PyByteArray(B(self).Data));
        t.AddMethod("reverse", (self, _, _) => { B(self).Data.Reverse(); return PyNone.Instance; });
        t.AddMethod("decode", (self, args, kw) =>
        {
            var a = new ArgReader("decode", args, kw, ["encoding", "errors"], required: 0);
            return PyStr.Create(new PyBytes(B(self).Data.ToArray()).Decode(a.GetString(0, "utf-8")));
        });
        t.AddMethod("hex", (self, _, _) => PyStr.Create(Convert.ToHexString(B(self).Data.ToArray()).ToLowerInvariant()));
    }
}
