using System.Text;

namespace QiskitStudio.Python.Runtime;

/// <summary>Python's <c>bytes</c> (basics: construction, repr, indexing, decode, a few methods).</summary>
public sealed class PyBytes : PyObject
{
    public byte[] Data { get; }

    public PyBytes(byte[] data) => Data = data;

    public override PyType Type => PyTypes.Bytes;

    public string Latin1() => Encoding.Latin1.GetString(Data);

    public string Decode(string encoding)
    {
        try
        {
            return NormalizeEncoding(encoding) switch
            {
                "utf8" => new UTF8Encoding(false, true).GetString(Data),
                "ascii" => DecodeAscii(),
                "latin1" => Latin1(),
                _ => throw PyExc.Create(PyExceptionTypes.LookupError, $"unknown encoding: {encoding}"),
            };
        }
        catch (DecoderFallbackException)
        {
            throw PyExc.Create(PyExceptionTypes.UnicodeDecodeError, $"'{encoding}' codec can't decode bytes");
        }
    }

    private string DecodeAscii()
    {
        foreach (var b in Data)
            if (b >= 128) throw PyExc.Create(PyExceptionTypes.UnicodeDecodeError, $"'ascii' codec can't decode byte 0x{b:x2}: ordinal not in range(128)");
        return Latin1();
    }

    private static string NormalizeEncoding(string encoding) =>
        encoding.ToLowerInvariant().Replace("-", "").Replace("_", "") switch
        {
            "utf8" => "utf8",
            "ascii" or "usascii" => "ascii",
            "latin1" or "iso88591" => "latin1",
            var other => other,
        };

    public static byte[] Encode(string s, string encoding, string errors)
    {
        switch (NormalizeEncoding(encoding))
        {
            case "utf8": return Encoding.UTF8.GetBytes(s);
            case "ascii":
            case "latin1":
                int limit = NormalizeEncoding(encoding) == "ascii" ? 128 : 256;
                var bytes = new List<byte>(s.Length);
                for (int i = 0; i < s.Length; i++)
                {
                    if (s[i] < limit) bytes.Add((byte)s[i]);
                    else if (errors == "ignore") continue;
                    else if (errors == "replace") bytes.Add((byte)'?');
                    else
                        throw PyExc.Create(PyExceptionTypes.UnicodeEncodeError,
                            $"'{encoding}' codec can't encode character '\\u{(int)s[i]:x4}' in position {i}: ordinal not in range({limit})");
                }
                return bytes.ToArray();
            default:
                throw PyExc.Create(PyExceptionTypes.LookupError, $"unknown encoding: {encoding}");
        }
    }

    public override string Repr()
    {
        bool hasSingle = Array.IndexOf(Data, (byte)'\'') >= 0;
        bool hasDouble = Array.IndexOf(Data, (byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(Data.Length + 3);
        sb.Append('b').Append(quote);
        foreach (var b in Data)
        {
            if (b == quote || b == '\\') sb.Append('\\').Append((char)b);
            else if (b == '\t') sb.Append("\\t");
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b < 0x20 || b >= 0x7f) sb.Append("\\x").Append(b.ToString("x2"));
            else sb.Append((char)b);
        }
        return sb.Append(quote).ToString();
    }

    public override long Length() => Data.Length;

    public override bool IsTrue() => Data.Length != 0;

    public override long Hash()
    {
        var h = new HashCode();
        h.AddBytes(Data);
        long v = h.ToHashCode();
        return v == -1 ? -2 : v;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyBytes o) return PyNotImplemented.Instance;
        int c = Data.AsSpan().SequenceCompareTo(o.Data);
        return PyBool.From(PyOps.CompareResult(c, op));
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(Data.Length);
            var result = new byte[count];
            for (long k = 0, j = start; k < count; k++, j += step) result[k] = Data[j];
            return new PyBytes(result);
        }
        long index = PyConvert.ToLongIndex(key, "byte indices must be integers or slices, not {0}");
        if (index < 0) index += Data.Length;
        if ((ulong)index >= (ulong)Data.Length) throw PyExc.IndexError("index out of range");
        return PyInt.Create(Data[index]);
    }

    public override bool? Contains(PyObject item)
    {
        if (item is PyInt i) return Array.IndexOf(Data, (byte)i.ToLong()) >= 0;
        if (item is PyBytes b) return Data.AsSpan().IndexOf(b.Data) >= 0;
        throw PyExc.TypeError($"a bytes-like object is required, not '{item.Type.Name}'");
    }

    public override PyObject? GetIterator()
    {
        var items = new PyObject[Data.Length];
        for (int i = 0; i < items.Length; i++) items[i] = PyInt.Create(Data[i]);
        return new PyTupleIterator(PyTuple.FromArrayNoCopy(items));
    }

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add && other is PyBytes o)
        {
            var r = new byte[Data.Length + o.Data.Length];
            Data.CopyTo(r, 0);
            o.Data.CopyTo(r, Data.Length);
            return new PyBytes(r);
        }
        if (op == BinaryOperator.Mul && other is PyInt n)
        {
            long count = Math.Max(0, n.ToLong());
            var r = new byte[Data.Length * count];
            for (long k = 0; k < count; k++) Data.CopyTo(r, k * Data.Length);
            return new PyBytes(r);
        }
        return PyNotImplemented.Instance;
    }

    /// <summary>Bytes from bytes, a list of ints, or an iterable of ints.</summary>
    public static PyBytes FromObject(PyObject o)
    {
        if (o is PyBytes b) return b;
        if (o is PyByteArray ba) return new PyBytes(ba.Data.ToArray());
        if (o is PyStr) throw PyExc.TypeError("string argument without an encoding");
        if (o is PyInt count) return new PyBytes(new byte[Math.Max(0, count.ToLong())]);
        var items = PyOps.ToArray(o, "cannot convert '{0}' object to bytes");
        var data = new byte[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            long v = PyConvert.ToLongIndex(items[i]);
            if (v < 0 || v > 255) throw PyExc.ValueError("bytes must be in range(0, 256)");
            data[i] = (byte)v;
        }
        return new PyBytes(data);
    }

    internal static PyObject New(PyType cls, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var a = new ArgReader("bytes", args, kwargs, ["source", "encoding", "errors"], required: 0);
        var source = a.Optional(0);
        if (source is null) return new PyBytes([]);
        if (source is PyStr s)
        {
            var enc = a.GetStringOrNone(1) ?? throw PyExc.TypeError("string argument without an encoding");
            return new PyBytes(Encode(s.Value, enc, a.GetString(2, "strict")));
        }
        return FromObject(source);
    }

    internal static void Populate(PyType t)
    {
        SequenceDunders.Add(t);
        t.AddMethod("decode", (self, args, kw) =>
        {
            var a = new ArgReader("decode", args, kw, ["encoding", "errors"], required: 0);
            return PyStr.Create(((PyBytes)self).Decode(a.GetString(0, "utf-8")));
        });
        t.AddMethod("hex", (self, _, _) => PyStr.Create(Convert.ToHexString(((PyBytes)self).Data).ToLowerInvariant()));
        t.AddStaticMethod("fromhex", (args, _) =>
        {
            var text = args[0] is PyStr s ? s.Value.Replace(" ", "") : throw PyExc.TypeError("fromhex() argument must be str");
            try
            {
                return new PyBytes(Convert.FromHexString(text));
            }
            catch (FormatException)
            {
                throw PyExc.ValueError("non-hexadecimal number found in fromhex() arg");
            }
        });
    }
}
