using System.Numerics;

namespace QiskitStudio.Python.Runtime;

/// <summary>Float arithmetic with Python's floor division, modulo signs and error messages.</summary>
public static class FloatArithmetic
{
    public static PyObject Binary(BinaryOperator op, double a, double b) => op switch
    {
        BinaryOperator.Add => PyFloat.Create(a + b),
        BinaryOperator.Sub => PyFloat.Create(a - b),
        BinaryOperator.Mul => PyFloat.Create(a * b),
        BinaryOperator.TrueDiv => PyFloat.Create(Divide(a, b)),
        BinaryOperator.FloorDiv => PyFloat.Create(FloorDiv(a, b)),
        BinaryOperator.Mod => PyFloat.Create(Mod(a, b)),
        BinaryOperator.Pow => Pow(a, b),
        _ => PyNotImplemented.Instance,
    };

    public static double Divide(double a, double b)
    {
        if (b == 0) throw PyExc.ZeroDivisionError("float division by zero");
        return a / b;
    }

    public static double Mod(double a, double b)
    {
        if (b == 0) throw PyExc.ZeroDivisionError("float modulo");
        return DivMod(a, b).Mod;
    }

    public static double FloorDiv(double a, double b)
    {
        if (b == 0) throw PyExc.ZeroDivisionError("float floor division by zero");
        return DivMod(a, b).Div;
    }

    /// <summary>CPython's float_divmod.</summary>
    public static (double Div, double Mod) DivMod(double vx, double wx)
    {
        if (wx == 0) throw PyExc.ZeroDivisionError("float divmod()");
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0))
            {
                mod += wx;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, wx);
        }
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else
        {
            floordiv = Math.CopySign(0.0, vx / wx);
        }
        return (floordiv, mod);
    }

    public static PyObject Pow(double x, double y)
    {
        if (y == 0) return PyFloat.Create(1.0);
        if (double.IsNaN(x)) return PyFloat.Create(x);
        if (x == 0 && y < 0 && !double.IsInfinity(y))
            throw PyExc.ZeroDivisionError("0.0 cannot be raised to a negative power");
        if (x < 0 && !double.IsInfinity(x) && !double.IsInfinity(y) && y != Math.Floor(y))
        {
            // A negative base with a fractional exponent gives a complex result in Python 3.
            return PyComplex.Create(ComplexArithmetic.Pow(new Complex(x, 0), new Complex(y, 0)));
        }
        double r = Math.Pow(x, y);
        if (double.IsInfinity(r) && !double.IsInfinity(x) && !double.IsInfinity(y) && x != 0)
            throw PyExc.Create(PyExceptionTypes.OverflowError, PyTuple.Create([PyInt.Create(34), PyStr.Create("Numerical result out of range")]));
        return PyFloat.Create(r);
    }
}
