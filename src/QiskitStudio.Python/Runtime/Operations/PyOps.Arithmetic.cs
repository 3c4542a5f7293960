namespace QiskitStudio.Python.Runtime;

public static partial class PyOps
{
    private static readonly string[] s_dunder = ["__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__matmul__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__"];
    private static readonly string[] s_rdunder = ["__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__", "__rmatmul__", "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__"];
    private static readonly string[] s_idunder = ["__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__", "__imatmul__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__"];
    private static readonly string[] s_symbol = ["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"];

    public static string DunderName(BinaryOperator op) => s_dunder[(int)op];

    public static string ReflectedDunderName(BinaryOperator op) => s_rdunder[(int)op];

    public static string Symbol(BinaryOperator op) => s_symbol[(int)op];

    // ---- fast entry points -------------------------------------------------------------------

    public static PyObject Add(PyObject a, PyObject b)
    {
        if (a is PyInt ia && b is PyInt ib && !ia.IsBig && !ib.IsBig)
        {
            long x = ia.Value, y = ib.Value, r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) return PyInt.Create(r);
        }
        else if (a is PyFloat fa)
        {
            if (b is PyFloat fb) return PyFloat.Create(fa.Value + fb.Value);
            if (b is PyInt ib2 && !ib2.IsBig) return PyFloat.Create(fa.Value + ib2.Value);
        }
        else if (a is PyStr sa && b is PyStr sb)
        {
            return PyStr.Concat(sa, sb);
        }
        return Binary(BinaryOperator.Add, a, b);
    }

    public static PyObject Sub(PyObject a, PyObject b)
    {
        if (a is PyInt ia && b is PyInt ib && !ia.IsBig && !ib.IsBig)
        {
            long x = ia.Value, y = ib.Value, r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) return PyInt.Create(r);
        }
        else if (a is PyFloat fa && b is PyFloat fb)
        {
            return PyFloat.Create(fa.Value - fb.Value);
        }
        return Binary(BinaryOperator.Sub, a, b);
    }

    public static PyObject Mul(PyObject a, PyObject b)
    {
        if (a is PyInt ia && b is PyInt ib && !ia.IsBig && !ib.IsBig)
        {
            long high = Math.BigMul(ia.Value, ib.Value, out long low);
            if (high == (low >> 63)) return PyInt.Create(low);
        }
        else if (a is PyFloat fa && b is PyFloat fb)
        {
            return PyFloat.Create(fa.Value * fb.Value);
        }
        return Binary(BinaryOperator.Mul, a, b);
    }

    public static PyObject TrueDiv(PyObject a, PyObject b)
    {
        if (a is PyFloat fa && b is PyFloat fb && fb.Value != 0) return PyFloat.Create(fa.Value / fb.Value);
        return Binary(BinaryOperator.TrueDiv, a, b);
    }

    public static PyObject FloorDiv(PyObject a, PyObject b)
    {
        if (a is PyInt ia && b is PyInt ib && !ia.IsBig && !ib.IsBig && ib.Value > 0)
        {
            long q = ia.Value / ib.Value;
            if (ia.Value % ib.Value != 0 && ia.Value < 0) q--;
            return PyInt.Create(q);
        }
        return Binary(BinaryOperator.FloorDiv, a, b);
    }

    public static PyObject Mod(PyObject a, PyObject b)
    {
        if (a is PyInt ia && b is PyInt ib && !ia.IsBig && !ib.IsBig && ib.Value > 0)
        {
            long r = ia.Value % ib.Value;
            if (r < 0) r += ib.Value;
            return PyInt.Create(r);
        }
        return Binary(BinaryOperator.Mod, a, b);
    }

    public static PyObject Pow(PyObject a, PyObject b) => Binary(BinaryOperator.Pow, a, b);

    /// <summary><c>pow(a, b, mod)</c>.</summary>
    public static PyObject Pow(PyObject a, PyObject b, PyObject mod)
    {
        if (mod is PyNone) return Pow(a, b);
        if (a is PyInt ia && b is PyInt ib && mod is PyInt im) return IntArithmetic.PowMod(ia, ib, im);
        if (a.Type.DispatchesDunders && a.Type.LookupUserDunder("__pow__") is { } f) return InvokeSpecial(a, f, [b, mod], null);
        throw PyExc.TypeError(a is PyInt && b is PyInt
            ? "pow() 3rd argument not allowed unless all arguments are integers"
            : $"unsupported operand type(s) for ** or pow(): '{a.Type.Name}', '{b.Type.Name}', '{mod.Type.Name}'");
    }

    // ---- the general protocol ------------------------------------------------------------------

    /// <summary><c>a op b</c> with Python's dispatch: subclass reflection first, then a.op(b), then b.rop(a).</summary>
    public static PyObject Binary(BinaryOperator op, PyObject a, PyObject b)
    {
        var ta = a.Type;
        var tb = b.Type;
        bool differentTypes = !ReferenceEquals(ta, tb);
        bool reflectedTried = false;
        if (differentTypes && tb.DispatchesDunders && tb.IsSubtypeOf(ta) && tb.LookupUserDunder(s_rdunder[(int)op]) is not null)
        {
            var r = CallReflected(op, b, a);
            if (r is not PyNotImplemented) return r;
            reflectedTried = true;
        }
        var result = CallForward(op, a, b);
        if (result is not PyNotImplemented) return result;
        if (differentTypes && !reflectedTried)
        {
            result = CallReflected(op, b, a);
            if (result is not PyNotImplemented) return result;
        }
        throw UnsupportedOperands(op, a, b, inPlace: false);
    }

    /// <summary><c>a op= b</c>: <c>__iop__</c> first, then the binary form.</summary>
    public static PyObject InPlace(BinaryOperator op, PyObject a, PyObject b)
    {
        PyObject result = PyNotImplemented.Instance;
        if (a.Type.DispatchesDunders)
        {
            var f = a.Type.LookupUserDunder(s_idunder[(int)op]);
            result = f is not null ? InvokeSpecial(a, f, [b], null) : a.InPlaceOp(op, b);
        }
        else if (a is not (PyInt or PyFloat or PyStr))
        {
            result = a.InPlaceOp(op, b);
        }
        if (result is not PyNotImplemented) return result;
        try
        {
            return op switch
            {
                BinaryOperator.Add => Add(a, b),
                BinaryOperator.Sub => Sub(a, b),
                BinaryOperator.Mul => Mul(a, b),
                _ => Binary(op, a, b),
            };
        }
        catch (PythonException e) when (e.Value.Type == PyExceptionTypes.TypeError && e.Value.Args.Count == 1 &&
                                        e.Value.Args[0] is PyStr m && m.Value.StartsWith("unsupported operand", StringComparison.Ordinal))
        {
            throw UnsupportedOperands(op, a, b, inPlace: true);
        }
    }

    private static PyObject CallForward(BinaryOperator op, PyObject a, PyObject b)
    {
        if (a.Type.DispatchesDunders)
        {
            var f = a.Type.LookupUserDunder(s_dunder[(int)op]);
            if (f is not null) return InvokeSpecial(a, f, [b], null);
        }
        return a.BinaryOp(op, b);
    }

    private static PyObject CallReflected(BinaryOperator op, PyObject b, PyObject a)
    {
        if (b.Type.DispatchesDunders)
        {
            var f = b.Type.LookupUserDunder(s_rdunder[(int)op]);
            if (f is not null) return InvokeSpecial(b, f, [a], null);
        }
        return b.ReflectedBinaryOp(op, a);
    }

    private static PythonException UnsupportedOperands(BinaryOperator op, PyObject a, PyObject b, bool inPlace)
    {
        // CPython's sequence messages for + and *.
        if (op == BinaryOperator.Add && !inPlace && !a.Type.DispatchesDunders)
        {
            if (a is PyStr) return PyExc.TypeError($"can only concatenate str (not \"{b.Type.Name}\") to str");
            if (a is PyList) return PyExc.TypeError($"can only concatenate list (not \"{b.Type.Name}\") to list");
            if (a is PyTuple) return PyExc.TypeError($"can only concatenate tuple (not \"{b.Type.Name}\") to tuple");
        }
        if (op == BinaryOperator.Add && inPlace && a is PyStr && !a.Type.DispatchesDunders)
            return PyExc.TypeError($"can only concatenate str (not \"{b.Type.Name}\") to str");
        if (op == BinaryOperator.Mul)
        {
            if (IsSequence(a) && PyOps.TryIndex(b) is null) return PyExc.TypeError($"can't multiply sequence by non-int of type '{b.Type.Name}'");
            if (IsSequence(b) && PyOps.TryIndex(a) is null) return PyExc.TypeError($"can't multiply sequence by non-int of type '{a.Type.Name}'");
        }
        string symbol = s_symbol[(int)op] + (inPlace ? "=" : "");
        if (op == BinaryOperator.Pow && !inPlace) symbol = "** or pow()";
        return PyExc.TypeError($"unsupported operand type(s) for {symbol}: '{a.Type.Name}' and '{b.Type.Name}'");
    }

    private static bool IsSequence(PyObject o) => o is PyStr || o is PyList || o is PyTuple || o is PyBytes;

    // ---- unary -----------------------------------------------------------------------------

    public static PyObject Negative(PyObject a)
    {
        if (a is PyInt i && !i.IsBig && i.Value != long.MinValue) return PyInt.Create(-i.Value);
        if (a is PyFloat f) return PyFloat.Create(-f.Value);
        return Unary(UnaryOperator.Negative, a, "__neg__", "-");
    }

    public static PyObject Positive(PyObject a) => Unary(UnaryOperator.Positive, a, "__pos__", "+");

    public static PyObject Invert(PyObject a) => Unary(UnaryOperator.Invert, a, "__invert__", "~");

    private static PyObject Unary(UnaryOperator op, PyObject a, string dunder, string symbol)
    {
        if (a.Type.DispatchesDunders && a.Type.LookupUserDunder(dunder) is { } f) return InvokeSpecial(a, f, [], null);
        return a.UnaryOp(op) ?? throw PyExc.TypeError($"bad operand type for unary {symbol}: '{a.Type.Name}'");
    }

    public static PyObject Abs(PyObject a)
    {
        switch (a)
        {
            case PyInt i: return i.Abs();
            case PyFloat f: return PyFloat.Create(Math.Abs(f.Value));
            case PyComplex c: return PyFloat.Create(double.Hypot(c.Real, c.Imag));
        }
        if (a.Type.DispatchesDunders && a.Type.LookupUserDunder("__abs__") is { } fn) return InvokeSpecial(a, fn, [], null);
        if (a.Type.Lookup("__abs__") is { } native) return native.CallWithSelf(a, [], null);
        throw PyExc.TypeError($"bad operand type for abs(): '{a.Type.Name}'");
    }
}
