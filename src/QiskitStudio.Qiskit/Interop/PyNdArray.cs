using System.Numerics;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Qiskit.Interop;

/// <summary>
/// A small read-only stand-in for a 1-D numpy array of floats or complex numbers: what
/// <c>Statevector.data</c>, <c>probabilities()</c> and <c>evs</c> return. It prints as numpy
/// does (<c>[0.5 0.  0.  0.5]</c>, <c>array([...])</c>) and supports len, indexing, iteration
/// and <c>tolist()</c>.
/// </summary>
internal sealed class PyNdArray : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly double[]? _real;
    private readonly Complex[]? _complex;

    public PyNdArray(double[] values) : base(TypeObject) => _real = values;

    public PyNdArray(Complex[] values) : base(TypeObject) => _complex = values;

    public int Count => _real?.Length ?? _complex!.Length;

    public bool IsComplex => _complex is not null;

    public PyObject Item(int index) => _real is not null ? PyFloat.Create(_real[index]) : PyComplex.Create(_complex![index]);

    public double[] RealValues => _real ?? _complex!.Select(c => c.Real).ToArray();

    public override string Str() => _real is not null ? NumpyFormat.Array(_real, " ", 0) : NumpyFormat.Array(_complex!, " ", 0);

    public override string Repr()
    {
        string body = _real is not null ? NumpyFormat.Array(_real, ", ", 6) : NumpyFormat.Array(_complex!, ", ", 6);
        return "array(" + body + ")";
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

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("ndarray", module: "numpy");
        t.AddMethod("tolist", (self, _, _) => { var a = (PyNdArray)self; return PyList.FromEnumerable(Enumerable.Range(0, a.Count).Select(a.Item)); });
        t.AddMethod("sum", (self, _, _) =>
        {
            var a = (PyNdArray)self;
            return a._real is not null ? PyFloat.Create(a._real.Sum()) : PyComplex.Create(a._complex!.Aggregate(Complex.Zero, (x, y) => x + y));
        });
        t.AddProperty("shape", self => PyTuple.Create([PyInt.Create(((PyNdArray)self).Count)]));
        t.AddProperty("size", self => PyInt.Create(((PyNdArray)self).Count));
        t.AddProperty("ndim", _ => PyInt.Create(1));
        t.AddProperty("real", self => new PyNdArray(((PyNdArray)self).RealValues));
        return t.Freeze();
    }
}
