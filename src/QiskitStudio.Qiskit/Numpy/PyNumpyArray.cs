using System.Globalization;
using System.Text;
using QiskitStudio.Python.Runtime;
using QiskitStudio.Qiskit.Interop;

namespace QiskitStudio.Qiskit.Numpy;

/// <summary>
/// The <c>numpy.ndarray</c> of the embedded <c>numpy</c> module: a 1-D or 2-D array of float64,
/// int64 or bool values stored row-major as doubles (int64 values are exact up to 2^53). No complex128
/// yet: the runtime's own read-only arrays (Statevector data...) are accepted when real. Indexing returns
/// copies, not views: <c>a[0][1] = x</c> does not write through (use <c>a[0, 1] = x</c>).
/// </summary>
internal sealed class PyNumpyArray : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    /// <summary>Row-major values.</summary>
    public double[] Data { get; }

    /// <summary>One or two dimensions.</summary>
    public int[] Shape { get; }

    /// <summary>True for int64, false for float64.</summary>
    public bool IsInt { get; }

    /// <summary>True for bool arrays (stored as 0/1 with <see cref="IsInt"/> set; arithmetic on them gives int64).</summary>
    public bool IsBool { get; }

    public PyNumpyArray(double[] data, int[] shape, bool isInt, bool isBool = false) : base(TypeObject)
    {
        IsBool = isBool;
        if (shape.Length is < 1 or > 2) throw PyExc.NotImplementedError("the embedded numpy supports 1-D and 2-D arrays only");
        Data = data;
        Shape = shape;
        IsInt = isInt;
    }

    public static PyNumpyArray Vector(double[] data, bool isInt, bool isBool = false) => new(data, [data.Length], isInt, isBool);

    public int Rows => Shape.Length == 2 ? Shape[0] : 1;

    public int Columns => Shape[^1];

    public int Ndim => Shape.Length;

    public PyObject Scalar(double value) => IsBool ? (value != 0 ? PyBool.True : PyBool.False) : IsInt ? PyInt.Create((long)value) : PyFloat.Create(value);

    // ---- printing --------------------------------------------------------------------------

    public override string Str() => Format(" ", 0);

    public override string Repr() =>
        Data.Length == 0 ? (IsBool ? "array([], dtype=bool)" : IsInt ? "array([], dtype=int64)" : "array([], dtype=float64)") : "array(" + Format(", ", 6) + ")";

    private string[] Cells(double[] values)
    {
        if (!IsInt) return NumpyFormat.Cells(values);
        var words = values.Select(v => IsBool ? (v != 0 ? "True" : "False") : ((long)v).ToString(CultureInfo.InvariantCulture)).ToArray();
        int width = words.Length == 0 ? 0 : words.Max(w => w.Length);
        return words.Select(w => w.PadLeft(width)).ToArray();
    }

    private string Format(string separator, int prefixLength)
    {
        const int threshold = 1000, edgeItems = 3;
        if (Ndim == 1 && Data.Length > threshold)
        {
            // numpy summarises long arrays: the first and last three values (padded among themselves) around "...".
            var shown = Cells([.. Data[..edgeItems], .. Data[^edgeItems..]]);
            return NumpyFormat.Wrap([.. shown[..edgeItems], "...", .. shown[edgeItems..]], separator, prefixLength);
        }
        var cells = Cells(Data);
        if (Ndim == 1) return NumpyFormat.Wrap(cells, separator, prefixLength);
        // numpy pads every element of the array alike, so format all cells together and cut rows.
        var text = new StringBuilder("[");
        for (int r = 0; r < Rows; r++)
        {
            if (r > 0) text.Append(separator.TrimEnd()).Append('\n').Append(' ', prefixLength + 1);
            text.Append(NumpyFormat.Wrap(cells[(r * Columns)..((r + 1) * Columns)], separator, prefixLength + 1));
        }
        return text.Append(']').ToString();
    }

    // ---- containers ------------------------------------------------------------------------

    public override long Length() => Shape[0];

    private static int Normalise(long index, int size, int axis)
    {
        if (index < 0) index += size;
        if (index < 0 || index >= size) throw PyExc.IndexError($"index {index} is out of bounds for axis {axis} with size {size}");
        return (int)index;
    }

    private PyObject Row(int r) => Ndim == 1 ? Scalar(Data[r]) : Vector(Data[(r * Columns)..((r + 1) * Columns)], IsInt, IsBool);

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyTuple { Count: 2 } pair && Ndim == 2)
        {
            int r = Normalise(PyConvert.ToLongIndex(pair.Items[0], "only integers are valid indices"), Rows, 0);
            int c = Normalise(PyConvert.ToLongIndex(pair.Items[1], "only integers are valid indices"), Columns, 1);
            return Scalar(Data[r * Columns + c]);
        }
        if (key is PyTuple) throw PyExc.IndexError($"too many indices for array: array is {Ndim}-dimensional");
        if (key is PyNumpyArray { IsBool: true } mask)
        {
            if (mask.Ndim != 1 || Ndim != 1 || mask.Data.Length != Data.Length)
                throw PyExc.IndexError("the embedded numpy supports boolean masks of a 1-D array's own length only");
            return Vector(Data.Where((_, i) => mask.Data[i] != 0).ToArray(), IsInt, IsBool);
        }
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(Shape[0]);
            var rows = new List<double>();
            for (long i = 0; i < count; i++)
            {
                int r = (int)(start + i * step);
                if (Ndim == 1) rows.Add(Data[r]);
                else rows.AddRange(Data.AsSpan(r * Columns, Columns).ToArray());
            }
            return new PyNumpyArray(rows.ToArray(), Ndim == 1 ? [(int)count] : [(int)count, Columns], IsInt, IsBool);
        }
        return Row(Normalise(PyConvert.ToLongIndex(key, "only integers, slices and integer tuples are valid indices"), Shape[0], 0));
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        if (key is PyTuple { Count: 2 } pair && Ndim == 2)
        {
            int r = Normalise(PyConvert.ToLongIndex(pair.Items[0]), Rows, 0);
            int c = Normalise(PyConvert.ToLongIndex(pair.Items[1]), Columns, 1);
            Data[r * Columns + c] = Element(PyConvert.ToDouble(value));
            return;
        }
        int i = Normalise(PyConvert.ToLongIndex(key, "only integers and integer tuples are valid indices"), Shape[0], 0);
        if (Ndim == 1)
        {
            Data[i] = Element(PyConvert.ToDouble(value));
            return;
        }
        var row = NumpyModule.ToArray(value);
        for (int c = 0; c < Columns; c++) Data[i * Columns + c] = Element(row.Data.Length == 1 ? row.Data[0] : row.Data[c]);
    }

    private double Element(double value) => IsBool ? (value != 0 ? 1 : 0) : IsInt ? Math.Truncate(value) : value;

    public override PyObject? GetIterator() => PyList.FromEnumerable(Enumerable.Range(0, Shape[0]).Select(Row)).GetIterator();

    public PyObject ToList() => Ndim == 1
        ? PyList.FromEnumerable(Data.Select(Scalar))
        : PyList.FromEnumerable(Enumerable.Range(0, Rows).Select(r => (PyObject)PyList.FromEnumerable(Data.Skip(r * Columns).Take(Columns).Select(Scalar))));

    public override bool IsTrue() => Data.Length == 1
        ? Data[0] != 0
        : throw PyExc.ValueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");

    /// <summary>Elementwise comparison with an array-like or scalar, giving a bool array.</summary>
    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (NumpyModule.TryToArray(other) is not { } b) return base.RichCompare(other, op);
        Func<double, double, bool> test = op switch
        {
            CompareOp.Eq => (x, y) => x == y,
            CompareOp.Ne => (x, y) => x != y,
            CompareOp.Lt => (x, y) => x < y,
            CompareOp.Le => (x, y) => x <= y,
            CompareOp.Gt => (x, y) => x > y,
            _ => (x, y) => x >= y,
        };
        var difference = (PyNumpyArray)Broadcast(BinaryOperator.Sub, this, b);
        var left = (PyNumpyArray)Broadcast(BinaryOperator.Add, this, new PyNumpyArray(new double[difference.Data.Length], difference.Shape, false));
        var right = (PyNumpyArray)Broadcast(BinaryOperator.Add, b, new PyNumpyArray(new double[difference.Data.Length], difference.Shape, false));
        return new PyNumpyArray(left.Data.Select((x, i) => test(x, right.Data[i]) ? 1.0 : 0.0).ToArray(), difference.Shape, true, isBool: true);
    }

    // ---- arithmetic ------------------------------------------------------------------------

    public override PyObject BinaryOp(BinaryOperator op, PyObject other) =>
        NumpyModule.TryToArray(other) is { } b ? Broadcast(op, this, b) : PyNotImplemented.Instance;

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        NumpyModule.TryToArray(other) is { } a ? Broadcast(op, a, this) : PyNotImplemented.Instance;

    public override PyObject? UnaryOp(UnaryOperator op) => op switch
    {
        UnaryOperator.Negative => new PyNumpyArray(Data.Select(v => -v).ToArray(), Shape, IsInt),
        UnaryOperator.Positive => new PyNumpyArray((double[])Data.Clone(), Shape, IsInt),
        _ => null,
    };

    /// <summary>Elementwise <paramref name="op"/> with numpy's broadcasting for up to two dimensions.</summary>
    public static PyObject Broadcast(BinaryOperator op, PyNumpyArray a, PyNumpyArray b)
    {
        if (op == BinaryOperator.MatMul) return MatMul(a, b);
        bool isInt = a.IsInt && b.IsInt && op is BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mul
            or BinaryOperator.FloorDiv or BinaryOperator.Mod or BinaryOperator.Pow;
        Func<double, double, double> f = op switch
        {
            BinaryOperator.Add => (x, y) => x + y,
            BinaryOperator.Sub => (x, y) => x - y,
            BinaryOperator.Mul => (x, y) => x * y,
            BinaryOperator.TrueDiv => (x, y) => x / y,
            BinaryOperator.FloorDiv => (x, y) => Math.Floor(x / y),
            BinaryOperator.Mod => (x, y) => x - Math.Floor(x / y) * y,
            BinaryOperator.Pow => isInt
                ? (x, y) => y < 0 ? throw PyExc.ValueError("Integers to negative integer powers are not allowed.") : Math.Pow(x, y)
                : Math.Pow,
            _ => throw PyExc.TypeError($"unsupported operand for numpy arrays in the embedded engine: {op}"),
        };
        int rows = BroadcastSize(a.Rows, b.Rows, a, b), columns = BroadcastSize(a.Columns, b.Columns, a, b);
        var data = new double[rows * columns];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                double x = a.Data[(a.Rows == 1 ? 0 : r) * a.Columns + (a.Columns == 1 ? 0 : c)];
                double y = b.Data[(b.Rows == 1 ? 0 : r) * b.Columns + (b.Columns == 1 ? 0 : c)];
                data[r * columns + c] = f(x, y);
            }
        }
        int ndim = Math.Max(a.Ndim, b.Ndim);
        return new PyNumpyArray(data, ndim == 2 ? [rows, columns] : [columns], isInt);
    }

    /// <summary><c>a @ b</c> / <c>np.dot</c> for 1-D and 2-D operands (a 1-D left operand is a row, a 1-D right operand a column).</summary>
    public static PyObject MatMul(PyNumpyArray a, PyNumpyArray b)
    {
        int n = a.Columns, m = b.Ndim == 1 ? b.Columns : b.Rows;
        if (n != m)
            throw PyExc.ValueError($"matmul: Input operand 1 has a mismatch in its core dimension 0 (size {m} is different from {n})");
        int rows = a.Ndim == 1 ? 1 : a.Rows, columns = b.Ndim == 1 ? 1 : b.Columns;
        var data = new double[rows * columns];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < columns; c++)
            {
                double total = 0;
                for (int k = 0; k < n; k++) total += a.Data[r * n + k] * b.Data[k * columns + c];
                data[r * columns + c] = total;
            }
        bool isInt = a.IsInt && b.IsInt;
        if (a.Ndim == 1 && b.Ndim == 1) return isInt ? PyInt.Create((long)data[0]) : PyFloat.Create(data[0]);
        int[] shape = a.Ndim == 1 ? [columns] : b.Ndim == 1 ? [rows] : [rows, columns];
        return new PyNumpyArray(data, shape, isInt);
    }

    private static int BroadcastSize(int x, int y, PyNumpyArray a, PyNumpyArray b) =>
        x == y || y == 1 ? x
        : x == 1 ? y
        : throw PyExc.ValueError($"operands could not be broadcast together with shapes {ShapeText(a.Shape)} {ShapeText(b.Shape)}");

    public static string ShapeText(int[] shape) => shape.Length == 1 ? $"({shape[0]},)" : $"({shape[0]},{shape[1]})";

    // ---- reductions ------------------------------------------------------------------------

    /// <summary>Reduces over all values (axis None) or along one axis, giving a scalar or a 1-D array.</summary>
    public PyObject Reduce(string name, PyObject? axisObject, Func<double[], double> reduce, bool resultIsInt)
    {
        if (axisObject is null or PyNone)
        {
            if (Data.Length == 0 && name is not ("sum" or "mean")) throw PyExc.ValueError($"zero-size array to reduction operation {name} which has no identity");
            double v = reduce(Data);
            return resultIsInt ? PyInt.Create((long)v) : PyFloat.Create(v);
        }
        long axis = PyConvert.ToLong(axisObject);
        if (axis < 0) axis += Ndim;
        if (axis < 0 || axis >= Ndim) throw PyExc.ValueError($"axis {PyConvert.ToLong(axisObject)} is out of bounds for array of dimension {Ndim}");
        if (Ndim == 1) return Reduce(name, null, reduce, resultIsInt);
        double[] result = axis == 0
            ? Enumerable.Range(0, Columns).Select(c => reduce(Enumerable.Range(0, Rows).Select(r => Data[r * Columns + c]).ToArray())).ToArray()
            : Enumerable.Range(0, Rows).Select(r => reduce(Data[(r * Columns)..((r + 1) * Columns)])).ToArray();
        return Vector(result, resultIsInt);
    }

    public static double ArgMax(double[] values) => values.Length == 0
        ? throw PyExc.ValueError("attempt to get argmax of an empty sequence")
        : Array.IndexOf(values, values.Max());

    public static double ArgMin(double[] values) => values.Length == 0
        ? throw PyExc.ValueError("attempt to get argmin of an empty sequence")
        : Array.IndexOf(values, values.Min());

    public PyNumpyArray Reshape(int[] shape)
    {
        int known = 1, unknown = -1;
        for (int i = 0; i < shape.Length; i++)
        {
            if (shape[i] == -1)
            {
                if (unknown >= 0) throw PyExc.ValueError("can only specify one unknown dimension");
                unknown = i;
            }
            else known *= shape[i];
        }
        var result = (int[])shape.Clone();
        if (unknown >= 0 && known != 0 && Data.Length % known == 0) result[unknown] = Data.Length / known;
        if (result.Aggregate(1, (x, y) => x * y) != Data.Length || result.Any(s => s < 0))
            throw PyExc.ValueError($"cannot reshape array of size {Data.Length} into shape ({string.Join(",", shape)})");
        return new PyNumpyArray((double[])Data.Clone(), result, IsInt, IsBool);
    }

    public PyNumpyArray Transpose()
    {
        if (Ndim == 1) return this;
        var data = new double[Data.Length];
        for (int r = 0; r < Rows; r++)
            for (int c = 0; c < Columns; c++) data[c * Rows + r] = Data[r * Columns + c];
        return new PyNumpyArray(data, [Columns, Rows], IsInt, IsBool);
    }

    private static int[] ShapeArguments(ReadOnlySpan<PyObject> args) =>
        args.Length == 1 && args[0] is PyTuple or PyList
            ? PyOps.ToArray(args[0]).Select(PyConvert.ToInt32).ToArray()
            : args.ToArray().Select(PyConvert.ToInt32).ToArray();

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("ndarray", module: "numpy");
        t.AddMethod("tolist", (self, _, _) => ((PyNumpyArray)self).ToList());
        t.AddMethod("copy", (self, _, _) => { var a = (PyNumpyArray)self; return new PyNumpyArray((double[])a.Data.Clone(), a.Shape, a.IsInt, a.IsBool); });
        t.AddMethod("flatten", (self, _, _) => { var a = (PyNumpyArray)self; return Vector((double[])a.Data.Clone(), a.IsInt, a.IsBool); });
        t.AddMethod("reshape", (self, args, _) => ((PyNumpyArray)self).Reshape(ShapeArguments(args)));
        t.AddMethod("__abs__", (self, _, _) => { var a = (PyNumpyArray)self; return new PyNumpyArray(a.Data.Select(Math.Abs).ToArray(), a.Shape, a.IsInt); });
        t.AddMethod("any", (self, _, _) => ((PyNumpyArray)self).Data.Any(v => v != 0) ? PyBool.True : PyBool.False);
        t.AddMethod("all", (self, _, _) => ((PyNumpyArray)self).Data.All(v => v != 0) ? PyBool.True : PyBool.False);
        t.AddMethod("transpose", (self, _, _) => ((PyNumpyArray)self).Transpose());
        foreach (var name in NumpyModule.ReductionNames)
            t.AddMethod(name, (self, args, kw) =>
            {
                var a = new ArgReader(name, args, kw, ["axis"], required: 0);
                return NumpyModule.Reduction(name, (PyNumpyArray)self, a.Optional(0));
            });
        t.AddProperty("shape", self => PyTuple.Create(((PyNumpyArray)self).Shape.Select(s => (PyObject)PyInt.Create(s)).ToArray()));
        t.AddProperty("ndim", self => PyInt.Create(((PyNumpyArray)self).Ndim));
        t.AddProperty("size", self => PyInt.Create(((PyNumpyArray)self).Data.Length));
        t.AddProperty("T", self => ((PyNumpyArray)self).Transpose());
        t.AddProperty("dtype", self => PyStr.Create(((PyNumpyArray)self) is { IsBool: true } ? "bool" : ((PyNumpyArray)self).IsInt ? "int64" : "float64"));
        return t.Freeze();
    }
}
