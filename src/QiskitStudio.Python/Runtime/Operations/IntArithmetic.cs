using System.Numerics;

namespace QiskitStudio.Python.Runtime;

/// <summary>Integer arithmetic with Python semantics: long fast paths, BigInteger on overflow, floor rounding.</summary>
public static class IntArithmetic
{
    public static PyObject Binary(BinaryOperator op, PyInt a, PyInt b)
    {
        switch (op)
        {
            case BinaryOperator.Add: return Add(a, b);
            case BinaryOperator.Sub: return Sub(a, b);
            case BinaryOperator.Mul: return Mul(a, b);
            case BinaryOperator.TrueDiv: return PyFloat.Create(TrueDivide(a, b));
            case BinaryOperator.FloorDiv: return FloorDiv(a, b);
            case BinaryOperator.Mod: return Mod(a, b);
            case BinaryOperator.Pow: return Pow(a, b);
            case BinaryOperator.LShift: return LeftShift(a, b);
            case BinaryOperator.RShift: return RightShift(a, b);
            case BinaryOperator.And:
                return !a.IsBig && !b.IsBig ? PyInt.Create(a.Value & b.Value) : PyInt.Create(a.ToBigInteger() & b.ToBigInteger());
            case BinaryOperator.Or:
                return !a.IsBig && !b.IsBig ? PyInt.Create(a.Value | b.Value) : PyInt.Create(a.ToBigInteger() | b.ToBigInteger());
            case BinaryOperator.Xor:
                return !a.IsBig && !b.IsBig ? PyInt.Create(a.Value ^ b.Value) : PyInt.Create(a.ToBigInteger() ^ b.ToBigInteger());
            default:
                return PyNotImplemented.Instance;
        }
    }

    public static PyInt Add(PyInt a, PyInt b)
    {
        if (!a.IsBig && !b.IsBig)
        {
            long x = a.Value, y = b.Value, r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) return PyInt.Create(r);
        }
        return PyInt.Create(a.ToBigInteger() + b.ToBigInteger());
    }

    public static PyInt Sub(PyInt a, PyInt b)
    {
        if (!a.IsBig && !b.IsBig)
        {
            long x = a.Value, y = b.Value, r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) return PyInt.Create(r);
        }
        return PyInt.Create(a.ToBigInteger() - b.ToBigInteger());
    }

    public static PyInt Mul(PyInt a, PyInt b)
    {
        if (!a.IsBig && !b.IsBig)
        {
            long high = Math.BigMul(a.Value, b.Value, out long low);
            if (high == (low >> 63)) return PyInt.Create(low);
        }
        var result = a.ToBigInteger() * b.ToBigInteger();
        PyContext.ChargeBigInteger(result);
        return PyInt.Create(result);
    }

    public static PyInt FloorDiv(PyInt a, PyInt b)
    {
        if (b.Sign == 0) throw PyExc.ZeroDivisionError("integer division or modulo by zero");
        if (!a.IsBig && !b.IsBig && !(a.Value == long.MinValue && b.Value == -1))
        {
            long q = a.Value / b.Value;
            if ((a.Value % b.Value != 0) && ((a.Value < 0) != (b.Value < 0))) q--;
            return PyInt.Create(q);
        }
        var bq = BigInteger.DivRem(a.ToBigInteger(), b.ToBigInteger(), out var rem);
        if (!rem.IsZero && (rem.Sign < 0) != (b.Sign < 0)) bq -= 1;
        return PyInt.Create(bq);
    }

    public static PyInt Mod(PyInt a, PyInt b)
    {
        if (b.Sign == 0) throw PyExc.ZeroDivisionError("integer modulo by zero");
        if (!a.IsBig && !b.IsBig)
        {
            if (b.Value == -1) return PyInt.Zero;
            long r = a.Value % b.Value;
            if (r != 0 && ((r < 0) != (b.Value < 0))) r += b.Value;
            return PyInt.Create(r);
        }
        var br = BigInteger.Remainder(a.ToBigInteger(), b.ToBigInteger());
        if (!br.IsZero && (br.Sign < 0) != (b.Sign < 0)) br += b.ToBigInteger();
        return PyInt.Create(br);
    }

    public static (PyInt Quotient, PyInt Remainder) DivMod(PyInt a, PyInt b)
    {
        if (b.Sign == 0) throw PyExc.ZeroDivisionError("integer division or modulo by zero");
        return (FloorDiv(a, b), Mod(a, b));
    }

    /// <summary>Correctly rounded <c>a / b</c> as CPython computes it.</summary>
    public static double TrueDivide(PyInt a, PyInt b)
    {
        if (b.Sign == 0) throw PyExc.ZeroDivisionError("division by zero");
        const long exact = 1L << 53;
        if (!a.IsBig && !b.IsBig && a.Value <= exact && a.Value >= -exact && b.Value <= exact && b.Value >= -exact)
            return (double)a.Value / b.Value;
        var x = a.ToBigInteger();
        var y = b.ToBigInteger();
        bool negative = (x.Sign < 0) != (y.Sign < 0);
        x = BigInteger.Abs(x);
        y = BigInteger.Abs(y);
        if (x.IsZero) return negative ? -0.0 : 0.0;
        // Scale so the quotient has about 64 significant bits, keep a sticky bit for the remainder.
        long shift = 64 - ((long)x.GetBitLength() - (long)y.GetBitLength());
        var num = shift >= 0 ? x << (int)shift : x;
        var den = shift >= 0 ? y : y << (int)-shift;
        var q = BigInteger.DivRem(num, den, out var rem);
        if (!rem.IsZero) q |= 1;
        double d = NumericHash.BigToDouble(q);
        double result = Math.ScaleB(d, (int)-shift);
        if (double.IsInfinity(result)) throw PyExc.OverflowError("integer division result too large for a float");
        return negative ? -result : result;
    }

    public static PyObject Pow(PyInt a, PyInt b)
    {
        if (b.Sign < 0)
        {
            double x = a.ToDouble();
            if (x == 0) throw PyExc.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return PyFloat.Create(Math.Pow(x, b.ToDouble()));
        }
        if (!a.IsBig && !b.IsBig)
        {
            long result = 1, basis = a.Value, e = b.Value;
            bool overflow = false;
            while (e > 0)
            {
                if ((e & 1) != 0)
                {
                    long hi = Math.BigMul(result, basis, out long lo);
                    if (hi != (lo >> 63)) { overflow = true; break; }
                    result = lo;
                }
                e >>= 1;
                if (e > 0)
                {
                    long hi = Math.BigMul(basis, basis, out long lo);
                    if (hi != (lo >> 63)) { overflow = true; break; }
                    basis = lo;
                }
            }
            if (!overflow) return PyInt.Create(result);
        }
        var bigBase = a.ToBigInteger();
        if (bigBase.IsZero || bigBase.IsOne) return PyInt.Create(bigBase);
        if (bigBase == BigInteger.MinusOne) return PyInt.Create(b.ToBigInteger().IsEven ? 1 : -1);
        if (b.IsBig) throw PyExc.MemoryError();
        long bits = (long)BigInteger.Abs(bigBase).GetBitLength() * b.Value;
        PyContext.ChargeBytes(bits / 8);
        if (bits > 1L << 34) throw PyExc.MemoryError();
        return PyInt.Create(BigInteger.Pow(bigBase, (int)b.Value));
    }

    /// <summary>Three-argument <c>pow(base, exp, mod)</c>, including modular inverses for negative exponents.</summary>
    public static PyInt PowMod(PyInt a, PyInt b, PyInt m)
    {
        if (m.Sign == 0) throw PyExc.ValueError("pow() 3rd argument cannot be 0");
        var mod = m.ToBigInteger();
        var absMod = BigInteger.Abs(mod);
        var basis = a.ToBigInteger();
        var e = b.ToBigInteger();
        if (e.Sign < 0)
        {
            basis = ModInverse(basis, absMod) ?? throw PyExc.ValueError("base is not invertible for the given modulus");
            e = -e;
        }
        basis %= absMod;
        if (basis.Sign < 0) basis += absMod;
        var r = BigInteger.ModPow(basis, e, absMod);
        if (mod.Sign < 0 && !r.IsZero) r += mod;
        return PyInt.Create(r);
    }

    private static BigInteger? ModInverse(BigInteger a, BigInteger m)
    {
        a %= m;
        if (a.Sign < 0) a += m;
        BigInteger t = 0, newT = 1, r = m, newR = a;
        while (!newR.IsZero)
        {
            var q = r / newR;
            (t, newT) = (newT, t - q * newT);
            (r, newR) = (newR, r - q * newR);
        }
        if (r > 1) return null;
        if (t.Sign < 0) t += m;
        return t;
    }

    public static PyInt LeftShift(PyInt a, PyInt b)
    {
        if (b.Sign < 0) throw PyExc.ValueError("negative shift count");
        if (a.Sign == 0) return PyInt.Zero;
        if (b.IsBig) throw PyExc.OverflowError("too many digits in integer");
        if (!a.IsBig && b.Value < 63)
        {
            long v = a.Value;
            int s = (int)b.Value;
            long r = v << s;
            if ((r >> s) == v) return PyInt.Create(r);
        }
        PyContext.ChargeBytes(b.Value / 8);
        if (b.Value > 1L << 34) throw PyExc.MemoryError();
        return PyInt.Create(a.ToBigInteger() << (int)b.Value);
    }

    public static PyInt RightShift(PyInt a, PyInt b)
    {
        if (b.Sign < 0) throw PyExc.ValueError("negative shift count");
        if (b.IsBig || b.Value > int.MaxValue) return a.Sign < 0 ? PyInt.MinusOne : PyInt.Zero;
        if (!a.IsBig) return PyInt.Create(b.Value >= 63 ? (a.Value < 0 ? -1 : 0) : a.Value >> (int)b.Value);
        return PyInt.Create(a.ToBigInteger() >> (int)b.Value);
    }
}
