using System.Runtime.CompilerServices;
using QiskitStudio.Python.Interpreter.Execution;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Interpreter.Nodes;

/// <summary>Arithmetic with fast paths for small ints and floats; everything else goes through <see cref="PyOps"/>.</summary>
internal static class Arithmetic
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Binary(BinaryOperator op, PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y && !x.IsBig && !y.IsBig)
        {
            long l = x.Value, r = y.Value;
            switch (op)
            {
                case BinaryOperator.Add:
                {
                    long s = l + r;
                    if (((l ^ s) & (r ^ s)) >= 0) return PyInt.Create(s);
                    break;
                }
                case BinaryOperator.Sub:
                {
                    long s = l - r;
                    if (((l ^ r) & (l ^ s)) >= 0) return PyInt.Create(s);
                    break;
                }
                case BinaryOperator.Mul:
                {
                    long hi = Math.BigMul(l, r, out long lo);
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.Create(lo);
                    break;
                }
                case BinaryOperator.FloorDiv when r != 0 && !(l == long.MinValue && r == -1):
                {
                    long q = l / r;
                    if ((l % r != 0) && ((l < 0) != (r < 0))) q--;
                    return PyInt.Create(q);
                }
                case BinaryOperator.Mod when r != 0 && r != -1:
                {
                    long m = l % r;
                    if (m != 0 && ((m < 0) != (r < 0))) m += r;
                    return PyInt.Create(m);
                }
                // bool & bool stays a bool: leave bitwise operations on bools to the runtime.
                case BinaryOperator.And when a is not PyBool || b is not PyBool: return PyInt.Create(l & r);
                case BinaryOperator.Or when a is not PyBool || b is not PyBool: return PyInt.Create(l | r);
                case BinaryOperator.Xor when a is not PyBool || b is not PyBool: return PyInt.Create(l ^ r);
            }
        }
        else if (a is PyFloat fa)
        {
            double r;
            if (b is PyFloat fb) r = fb.Value;
            else if (b is PyInt ib && !ib.IsBig) r = ib.Value;
            else return PyOps.Binary(op, a, b);
            switch (op)
            {
                case BinaryOperator.Add: return PyFloat.Create(fa.Value + r);
                case BinaryOperator.Sub: return PyFloat.Create(fa.Value - r);
                case BinaryOperator.Mul: return PyFloat.Create(fa.Value * r);
                case BinaryOperator.TrueDiv when r != 0: return PyFloat.Create(fa.Value / r);
            }
        }
        else if (b is PyFloat fb2 && a is PyInt ia && !ia.IsBig)
        {
            double l = ia.Value, r = fb2.Value;
            switch (op)
            {
                case BinaryOperator.Add: return PyFloat.Create(l + r);
                case BinaryOperator.Sub: return PyFloat.Create(l - r);
                case BinaryOperator.Mul: return PyFloat.Create(l * r);
                case BinaryOperator.TrueDiv when r != 0: return PyFloat.Create(l / r);
            }
        }
        return PyOps.Binary(op, a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? FastCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is PyInt x && b is PyInt y && !x.IsBig && !y.IsBig)
            return Compare(x.Value, y.Value, op);
        if (a is PyFloat fa && b is PyFloat fb)
            return PyFloat.CompareDoubles(fa.Value, fb.Value, op);
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Compare(long l, long r, CompareOp op) => op switch
    {
        CompareOp.Lt => l < r,
        CompareOp.Le => l <= r,
        CompareOp.Eq => l == r,
        CompareOp.Ne => l != r,
        CompareOp.Gt => l > r,
        _ => l >= r,
    };
}

public sealed class BinaryNode(BinaryOperator op, ExprNode left, ExprNode right) : ExprNode
{
    public override PyObject Eval(Frame f) => Arithmetic.Binary(op, left.Eval(f), right.Eval(f));

    /// <summary>As a condition (<c>if x % 3:</c>), small-int remainders and masks need no int object.</summary>
    public override bool EvalBool(Frame f)
    {
        var a = left.Eval(f);
        var b = right.Eval(f);
        if (a is PyInt x && b is PyInt y && !x.IsBig && !y.IsBig)
        {
            long l = x.Value, r = y.Value;
            switch (op)
            {
                case BinaryOperator.Mod when r != 0 && r != -1: return l % r != 0;
                case BinaryOperator.And: return (l & r) != 0;
            }
        }
        return PyOps.IsTrue(Arithmetic.Binary(op, a, b));
    }
}

/// <summary><c>x + 1</c> style: a constant small int on the right.</summary>
public sealed class BinaryConstIntNode(BinaryOperator op, ExprNode left, PyInt constant) : ExprNode
{
    private readonly long _r = constant.Value;

    public override PyObject Eval(Frame f)
    {
        var a = left.Eval(f);
        if (a is PyInt x && !x.IsBig)
        {
            long l = x.Value;
            if (op == BinaryOperator.Add)
            {
                long s = l + _r;
                if (((l ^ s) & (_r ^ s)) >= 0) return PyInt.Create(s);
            }
            else if (op == BinaryOperator.Sub)
            {
                long s = l - _r;
                if (((l ^ _r) & (l ^ s)) >= 0) return PyInt.Create(s);
            }
        }
        return Arithmetic.Binary(op, a, constant);
    }
}

public sealed class UnaryNode(UnaryOperator op, ExprNode operand) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var v = operand.Eval(f);
        if (op == UnaryOperator.Negative)
        {
            if (v is PyInt i && !i.IsBig && i.Value != long.MinValue) return PyInt.Create(-i.Value);
            if (v is PyFloat d) return PyFloat.Create(-d.Value);
        }
        return op switch { UnaryOperator.Negative => PyOps.Negative(v), UnaryOperator.Positive => PyOps.Positive(v), _ => PyOps.Invert(v) };
    }
}

public sealed class NotNode(ExprNode operand) : ExprNode
{
    public override PyObject Eval(Frame f) => operand.EvalBool(f) ? PyBool.False : PyBool.True;

    public override bool EvalBool(Frame f) => !operand.EvalBool(f);
}

/// <summary><c>a and b and c</c> / <c>a or b</c>: returns the deciding operand, not a bool.</summary>
public sealed class BoolOpNode(bool isAnd, ExprNode[] values) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        PyObject v = null!;
        for (int i = 0; i < values.Length; i++)
        {
            v = values[i].Eval(f);
            if (i == values.Length - 1) break;
            if (PyOps.IsTrue(v) != isAnd) return v;
        }
        return v;
    }

    public override bool EvalBool(Frame f)
    {
        for (int i = 0; i < values.Length; i++)
        {
            bool b = values[i].EvalBool(f);
            if (b != isAnd) return b;
        }
        return isAnd;
    }
}

public sealed class IfExpNode(ExprNode test, ExprNode body, ExprNode orElse) : ExprNode
{
    public override PyObject Eval(Frame f) => test.EvalBool(f) ? body.Eval(f) : orElse.Eval(f);
}

public enum ComparisonKind : byte { Lt, Le, Eq, Ne, Gt, Ge, Is, IsNot, In, NotIn }

internal static class Comparisons
{
    public static PyObject Compare(PyObject a, PyObject b, ComparisonKind kind) => kind switch
    {
        ComparisonKind.Is => PyBool.From(ReferenceEquals(a, b)),
        ComparisonKind.IsNot => PyBool.From(!ReferenceEquals(a, b)),
        ComparisonKind.In => PyBool.From(PyOps.Contains(b, a)),
        ComparisonKind.NotIn => PyBool.From(!PyOps.Contains(b, a)),
        _ => Arithmetic.FastCompare(a, b, (CompareOp)kind) is bool r ? PyBool.From(r) : PyOps.RichCompare(a, b, (CompareOp)kind),
    };

    public static bool CompareBool(PyObject a, PyObject b, ComparisonKind kind) => kind switch
    {
        ComparisonKind.Is => ReferenceEquals(a, b),
        ComparisonKind.IsNot => !ReferenceEquals(a, b),
        ComparisonKind.In => PyOps.Contains(b, a),
        ComparisonKind.NotIn => !PyOps.Contains(b, a),
        _ => Arithmetic.FastCompare(a, b, (CompareOp)kind) ?? PyOps.IsTrue(PyOps.RichCompare(a, b, (CompareOp)kind)),
    };
}

public sealed class CompareNode(ExprNode left, ComparisonKind kind, ExprNode right) : ExprNode
{
    public override PyObject Eval(Frame f) => Comparisons.Compare(left.Eval(f), right.Eval(f), kind);

    public override bool EvalBool(Frame f) => Comparisons.CompareBool(left.Eval(f), right.Eval(f), kind);
}

/// <summary><c>a &lt; b &lt; c</c>: each middle operand evaluated once; stops at the first false result.</summary>
public sealed class ChainedCompareNode(ExprNode[] operands, ComparisonKind[] kinds) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var left = operands[0].Eval(f);
        PyObject result = PyBool.True;
        for (int i = 0; i < kinds.Length; i++)
        {
            var right = operands[i + 1].Eval(f);
            result = Comparisons.Compare(left, right, kinds[i]);
            if (i < kinds.Length - 1 && !PyOps.IsTrue(result)) return result;
            left = right;
        }
        return result;
    }
}
