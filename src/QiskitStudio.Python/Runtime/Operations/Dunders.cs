namespace QiskitStudio.Python.Runtime;

/// <summary>
/// Exposes the C# slots of numeric types as Python dunder methods (<c>(1).__add__(2)</c>,
/// <c>float.__lt__</c>), so that Python code calling them explicitly works.
/// </summary>
internal static class NumericDunders
{
    internal static void Add(PyType t)
    {
        foreach (var op in Enum.GetValues<BinaryOperator>())
        {
            var captured = op;
            t.AddMethod(PyOps.DunderName(op), (self, args, _) =>
            {
                ArgReader.CheckCount(PyOps.DunderName(captured), args, 1, 1);
                return self.BinaryOp(captured, args[0]);
            });
            t.AddMethod(PyOps.ReflectedDunderName(op), (self, args, _) =>
            {
                ArgReader.CheckCount(PyOps.ReflectedDunderName(captured), args, 1, 1);
                return self.ReflectedBinaryOp(captured, args[0]);
            });
        }
        t.AddMethod("__neg__", (self, _, _) => PyOps.Negative(self));
        t.AddMethod("__pos__", (self, _, _) => PyOps.Positive(self));
        t.AddMethod("__abs__", (self, _, _) => PyOps.Abs(self));
        t.AddMethod("__invert__", (self, _, _) => PyOps.Invert(self));
        t.AddMethod("__bool__", (self, _, _) => PyBool.From(self.IsTrue()));
        t.AddMethod("__divmod__", (self, args, _) => PyTuple.Create([PyOps.FloorDiv(self, args[0]), PyOps.Mod(self, args[0])]));
        CommonDunders.Add(t);
    }
}

/// <summary>Dunders of containers and strings: <c>__len__</c>, <c>__getitem__</c>, <c>__iter__</c>...</summary>
internal static class SequenceDunders
{
    internal static void Add(PyType t)
    {
        t.AddMethod("__len__", (self, _, _) => PyInt.Create(PyOps.Len(self)));
        t.AddMethod("__getitem__", (self, args, _) => { ArgReader.CheckCount("__getitem__", args, 1, 1); return self.GetItem(args[0]); });
        t.AddMethod("__contains__", (self, args, _) => PyBool.From(PyOps.Contains(self, args[0])));
        t.AddMethod("__iter__", (self, _, _) => self.GetIterator() ?? throw PyExc.TypeError($"'{self.Type.Name}' object is not iterable"));
        if (!ReferenceEquals(t, PyTypes.Str) && !ReferenceEquals(t, PyTypes.Tuple) && !ReferenceEquals(t, PyTypes.Bytes)
            && !ReferenceEquals(t, PyTypes.Range) && !ReferenceEquals(t, PyTypes.FrozenSet))
        {
            t.AddMethod("__setitem__", (self, args, _) => { ArgReader.CheckCount("__setitem__", args, 2, 2); self.SetItem(args[0], args[1]); return PyNone.Instance; });
            t.AddMethod("__delitem__", (self, args, _) => { ArgReader.CheckCount("__delitem__", args, 1, 1); self.DeleteItem(args[0]); return PyNone.Instance; });
        }
        foreach (var op in new[] { BinaryOperator.Add, BinaryOperator.Mul, BinaryOperator.Mod, BinaryOperator.Or, BinaryOperator.And, BinaryOperator.Sub, BinaryOperator.Xor })
        {
            var captured = op;
            t.AddMethod(PyOps.DunderName(op), (self, args, _) => self.BinaryOp(captured, args[0]));
            t.AddMethod(PyOps.ReflectedDunderName(op), (self, args, _) => self.ReflectedBinaryOp(captured, args[0]));
        }
        CommonDunders.Add(t);
    }
}

internal static class CommonDunders
{
    private static readonly string[] CompareNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

    internal static void Add(PyType t)
    {
        for (int i = 0; i < CompareNames.Length; i++)
        {
            var op = (CompareOp)i;
            t.AddMethod(CompareNames[i], (self, args, _) =>
            {
                ArgReader.CheckCount(CompareNames[(int)op], args, 1, 1);
                return self.RichCompare(args[0], op);
            });
        }
        t.AddMethod("__repr__", (self, _, _) => PyStr.Create(self.Repr()));
        t.AddMethod("__str__", (self, _, _) => PyStr.Create(self.Str()));
        t.AddMethod("__hash__", (self, _, _) => PyInt.Create(self.Hash()));
        t.AddMethod("__format__", (self, args, _) =>
        {
            ArgReader.CheckCount("__format__", args, 1, 1);
            return PyStr.Create(self.Format(PyConvert.ToStr(args[0], "format spec")));
        });
    }
}

/// <summary><c>round()</c> for ints and floats, exactly as CPython rounds (half to even on the exact value).</summary>
public static class Rounding
{
    public static PyObject RoundFloat(double x, PyObject? ndigits)
    {
        if (ndigits is null || ndigits is PyNone)
        {
            double r = Math.Round(x, MidpointRounding.ToEven);
            return PyConvert.DoubleToInt(r);
        }
        long n = PyConvert.ToLongIndex(ndigits);
        if (double.IsNaN(x) || double.IsInfinity(x) || x == 0) return PyFloat.Create(x);
        if (n > 323) return PyFloat.Create(x);
        if (n < -308) return PyFloat.Create(0.0 * x);
        var scaled = FloatFormatting.ScaledRound(Math.Abs(x), (int)n);
        double result = double.Parse($"{scaled}e{-n}", System.Globalization.CultureInfo.InvariantCulture);
        if (double.IsInfinity(result)) throw PyExc.OverflowError("rounded value too large to represent");
        return PyFloat.Create(Math.CopySign(result, x));
    }

    public static PyObject RoundInt(PyInt value, long ndigits)
    {
        if (ndigits >= 0) return PyInt.Plain(value);
        if (ndigits < -4000) return PyInt.Zero;
        var pow = System.Numerics.BigInteger.Pow(10, (int)-ndigits);
        var v = value.ToBigInteger();
        var q = System.Numerics.BigInteger.DivRem(v, pow, out var rem);
        // Floor division semantics, then round half to even.
        if (rem.Sign < 0)
        {
            q -= 1;
            rem += pow;
        }
        int cmp = (rem * 2).CompareTo(pow);
        if (cmp > 0 || (cmp == 0 && !q.IsEven)) q += 1;
        return PyInt.Create(q * pow);
    }
}
