using System.Numerics;

namespace QiskitStudio.Python.Runtime;

/// <summary>
/// CPython's numeric hash (reduction modulo 2**61 - 1), so that equal numbers of different types
/// hash equal (<c>hash(1) == hash(1.0) == hash(1+0j)</c>) and <c>hash()</c> prints what CPython prints.
/// </summary>
public static class NumericHash
{
    public const long Modulus = (1L << 61) - 1;
    private const int Bits = 61;
    public const long Infinity = 314159;

    public static long HashDouble(double v, PyObject owner)
    {
        if (double.IsNaN(v)) return PyIdentity.IdentityHash(owner);
        if (double.IsInfinity(v)) return v > 0 ? Infinity : -Infinity;
        if (v == Math.Floor(v) && Math.Abs(v) < 9.2e18) return PyInt.HashLong((long)v);
        int sign = 1;
        if (v < 0)
        {
            sign = -1;
            v = -v;
        }
        // frexp: v = m * 2**e with 0.5 <= m < 1.
        int e = Math.ILogB(v) + 1;
        double m = Math.ScaleB(v, -e);
        ulong x = 0;
        const ulong mod = Modulus;
        while (m != 0)
        {
            x = ((x << 28) & mod) | (x >> (Bits - 28));
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= mod) x -= mod;
        }
        e = e >= 0 ? e % Bits : Bits - 1 - ((-1 - e) % Bits);
        x = ((x << e) & mod) | (x >> (Bits - e));
        long result = (long)x * sign;
        return result == -1 ? -2 : result;
    }

    public static long HashComplex(double real, double imag, PyObject owner)
    {
        ulong r = (ulong)HashDouble(real, owner);
        ulong i = (ulong)HashDouble(imag, owner);
        long combined = (long)(r + 1000003UL * i);
        return combined == -1 ? -2 : combined;
    }

    /// <summary>Correctly rounded BigInteger to double (round half to even), infinity on overflow.</summary>
    public static double BigToDouble(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue) return (long)value;
        bool negative = value.Sign < 0;
        var abs = BigInteger.Abs(value);
        long bits = (long)abs.GetBitLength();
        if (bits > 1100) return negative ? double.NegativeInfinity : double.PositiveInfinity;
        // Keep the top 63 bits plus a sticky bit; a ulong converts with correct rounding.
        int drop = (int)(bits - 62);
        var top = abs >> drop;
        bool sticky = !(abs - (top << drop)).IsZero;
        ulong mantissa = (ulong)top;
        if (sticky) mantissa |= 1;
        double d = Math.ScaleB((double)mantissa, drop);
        return negative ? -d : d;
    }
}
