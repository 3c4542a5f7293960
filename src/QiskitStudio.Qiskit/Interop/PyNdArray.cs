using System.Numerics;
using System.Text;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Qiskit.Interop;

/// <summary>
/// A small read-only stand-in for a 1-D or 2-D numpy array of floats or complex numbers: what
/// <c>Statevector.data</c>, <c>probabilities()</c> and estimator <c>evs</c> return. It prints as
/// numpy does (<c>[0.5 0.  0.  0.5]</c>, <c>array([...])</c>) and supports len, indexing,
/// iteration, <c>shape</c> and <c>tolist()</c>.
/// </summary>
internal sealed class PyNdArray : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly double[]? _real;
    private readonly Complex[]? _complex;
    private readonly int _rows;
    private readonly int _columns;

    public PyNdArray(double[] values) : base(TypeObject)
    {
        _real = values;
        _columns = values.Length;
    }

    public PyNdArray(Complex[] values) : base(TypeObject)
    {
        _complex = values;
        _columns = values.Length;
    }

    /// <summary>A 2-D complex array of <paramref name="rows"/> rows, row-major.</summary>
    public PyNdArray(Complex[] values, int rows) : base(TypeObject)
    {
        _complex = values;
        _rows = rows;
        _columns = rows == 0 ? 0 : values.Length / rows;
    }

    /// <summary>A 2-D real array of <paramref name="rows"/> rows, row-major.</summary>
    public PyNdArray(double[] values, int rows) : base(TypeObject)
    {
        _real = values;
        _rows = rows;
        _columns = rows == 0 ? 0 : values.Length / rows;
    }

    private bool IsMatrix => _rows > 0;

    public int Count => IsMatrix ? _rows : _columns;

    private int FlatLength => _real?.Length ?? _complex!.Length;

    private PyObject Element(int flatIndex) => _real is not null ? PyFloat.Create(_real[flatIndex]) : PyComplex.Create(_complex![flatIndex]);

    public PyObject Item(int index) =>
        !IsMatrix ? Element(index)
        : _real is not null ? new PyNdArray(_real[(index * _columns)..((index + 1) * _columns)])
        : new PyNdArray(_complex![(index * _columns)..((index + 1) * _columns)]);

    public override string Str() => Format(" ", 0);

    public override string Repr() => "array(" + Format(", ", 6) + ")";

    public string Format(string separator, int prefixLength)
    {
        if (!IsMatrix) return _real is not null ? NumpyFormat.Array(_real, separator, prefixLength) : NumpyFormat.Array(_complex!, separator, prefixLength);
        // numpy formats every element alike, so format the whole array as one row and cut it up.
        var cells = _real is not null ? NumpyFormat.Cells(_real) : NumpyFormat.Cells(_complex!);
        var text = new StringBuilder("[");
        for (int r = 0; r < _rows; r++)
        {
            if (r > 0) text.Append(separator.TrimEnd()).Append('\n').Append(' ', prefixLength + 1);
            text.Append(NumpyFormat.Wrap(cells[(r * _columns)..((r + 1) * _columns)], separator, prefixLength + 1));
        }
        return text.Append(']').ToString();
    }

    public override long Length() => Count;

    public override PyObject GetItem(PyObject key)
    {
        long index = PyConvert.ToLongIndex(key, "only integers are valid indices");
        if (index < 0) index += Count;
        if (index < 0 || index >= Count) throw PyExc.IndexError($"index {index} is out of bounds for axis 0 with size {Count}");
        return Item((int)index);
    }

    public override PyObject? GetIterator() => PyList.FromEnumerable(Enumerable.Range(0, Count).Select(Item)).GetIterator();

    private PyObject ToList() => IsMatrix
        ? PyList.FromEnumerable(Enumerable.Range(0, _rows).Select(r => (PyObject)PyList.FromEnumerable(Enumerable.Range(r * _columns, _columns).Select(Element))))
        : PyList.FromEnumerable(Enumerable.Range(0, FlatLength).Select(Element));

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("ndarray", module: "numpy");
        t.AddMethod("tolist", (self, _, _) => ((PyNdArray)self).ToList());
        t.AddMethod("sum", (self, _, _) =>
        {
            var a = (PyNdArray)self;
            return a._real is not null ? PyFloat.Create(a._real.Sum()) : PyComplex.Create(a._complex!.Aggregate(Complex.Zero, (x, y) => x + y));
        });
        t.AddProperty("shape", self =>
        {
            var a = (PyNdArray)self;
            return a.IsMatrix ? PyTuple.Create([PyInt.Create(a._rows), PyInt.Create(a._columns)]) : PyTuple.Create([PyInt.Create(a._columns)]);
        });
        t.AddProperty("size", self => PyInt.Create(((PyNdArray)self).FlatLength));
        t.AddProperty("ndim", self => PyInt.Create(((PyNdArray)self).IsMatrix ? 2 : 1));
        t.AddProperty("real", self =>
        {
            var a = (PyNdArray)self;
            var values = a._real ?? a._complex!.Select(c => c.Real).ToArray();
            return a.IsMatrix ? new PyNdArray(values, a._rows) : new PyNdArray(values);
        });
        return t.Freeze();
    }
}
