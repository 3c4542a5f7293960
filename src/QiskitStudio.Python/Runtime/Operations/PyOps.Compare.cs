namespace QiskitStudio.Python.Runtime;

public static partial class PyOps
{
    private static readonly string[] s_compareDunder = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
    private static readonly string[] s_compareSymbol = ["<", "<=", "==", "!=", ">", ">="];
    private static readonly CompareOp[] s_swapped = [CompareOp.Gt, CompareOp.Ge, CompareOp.Eq, CompareOp.Ne, CompareOp.Lt, CompareOp.Le];

    public static bool CompareResult(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0,
        CompareOp.Gt => c > 0,
        _ => c >= 0,
    };

    /// <summary>The value of <c>a op b</c> (any object, as Python returns it).</summary>
    public static PyObject RichCompare(PyObject a, PyObject b, CompareOp op) => RichCompare(a, b, op, fallbackToIdentity: true);

    internal static PyObject RichCompare(PyObject a, PyObject b, CompareOp op, bool fallbackToIdentity)
    {
        if (a is PyInt ia && b is PyInt ib && !ia.IsBig && !ib.IsBig)
            return PyBool.From(CompareResult(ia.Value.CompareTo(ib.Value), op));
        if (a is PyFloat fa && b is PyFloat fb) return PyBool.From(PyFloat.CompareDoubles(fa.Value, fb.Value, op));
        if (a is PyStr sa && b is PyStr sb) return sa.RichCompare(sb, op);

        var ta = a.Type;
        var tb = b.Type;
        var swapped = s_swapped[(int)op];
        bool reflectedFirst = !ReferenceEquals(ta, tb) && tb.IsSubtypeOf(ta) && tb.DispatchesDunders
                              && tb.LookupUserDunder(s_compareDunder[(int)swapped]) is not null;
        if (reflectedFirst)
        {
            var r = CompareOne(b, a, swapped);
            if (r is not PyNotImplemented) return r;
        }
        var result = CompareOne(a, b, op);
        if (result is not PyNotImplemented) return result;
        if (!reflectedFirst)
        {
            result = CompareOne(b, a, swapped);
            if (result is not PyNotImplemented) return result;
        }
        if (!fallbackToIdentity) return PyNotImplemented.Instance;
        return op switch
        {
            CompareOp.Eq => PyBool.From(ReferenceEquals(a, b)),
            CompareOp.Ne => PyBool.From(!ReferenceEquals(a, b)),
            _ => throw PyExc.TypeError($"'{s_compareSymbol[(int)op]}' not supported between instances of '{ta.Name}' and '{tb.Name}'"),
        };
    }

    private static PyObject CompareOne(PyObject self, PyObject other, CompareOp op)
    {
        var t = self.Type;
        if (t.DispatchesDunders)
        {
            var f = t.LookupUserDunder(s_compareDunder[(int)op]);
            if (f is not null) return InvokeSpecial(self, f, [other], null);
            if (op == CompareOp.Ne && t.LookupUserDunder("__eq__") is { } eq)
            {
                // The default __ne__ inverts a user __eq__.
                var r = InvokeSpecial(self, eq, [other], null);
                return r is PyNotImplemented ? r : PyBool.From(!IsTrue(r));
            }
        }
        return self.RichCompare(other, op);
    }

    /// <summary><c>a == b</c> as a bool, with the identity shortcut containers use.</summary>
    public static bool EqualsBool(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is PyInt ia && b is PyInt ib && !ia.IsBig && !ib.IsBig) return ia.Value == ib.Value;
        if (a is PyStr sa) return b is PyStr sb ? string.Equals(sa.Value, sb.Value, StringComparison.Ordinal) : !b.Type.DispatchesDunders ? false : IsTrue(RichCompare(a, b, CompareOp.Eq));
        return IsTrue(RichCompare(a, b, CompareOp.Eq));
    }

    public static bool LessThan(PyObject a, PyObject b)
    {
        if (a is PyInt ia && b is PyInt ib && !ia.IsBig && !ib.IsBig) return ia.Value < ib.Value;
        if (a is PyFloat fa && b is PyFloat fb) return fa.Value < fb.Value;
        return IsTrue(RichCompare(a, b, CompareOp.Lt));
    }

    /// <summary>Compares for the interpreter's <c>&lt;</c>, <c>==</c> ... returning a raw bool when the result is a bool.</summary>
    public static bool CompareBool(PyObject a, PyObject b, CompareOp op)
    {
        if (a is PyInt ia && b is PyInt ib && !ia.IsBig && !ib.IsBig) return CompareResult(ia.Value.CompareTo(ib.Value), op);
        if (a is PyFloat fa && b is PyFloat fb) return PyFloat.CompareDoubles(fa.Value, fb.Value, op);
        return IsTrue(RichCompare(a, b, op));
    }
}
