using System.Numerics;

namespace QiskitStudio.Python.Modules.Numeric;

/// <summary>Exact integer functions over arbitrary-size integers.</summary>
public static class IntegerFunctions
{
    public static BigInteger Factorial(int n) => n < 2 ? BigInteger.One : Product(2, n);

    // Product of the integers lo..hi by binary splitting (balanced multiplications).
    private static BigInteger Product(long lo, long hi)
    {
        if (hi - lo < 16)
        {
            BigInteger r = BigInteger.One;
            for (long i = lo; i <= hi; i++) r *= i;
            return r;
        }
        long mid = (lo + hi) / 2;
        return Product(lo, mid) * Product(mid + 1, hi);
    }

    /// <summary>The largest integer whose square is at most <paramref name="n"/> (n &gt;= 0).</summary>
    public static BigInteger ISqrt(BigInteger n)
    {
        if (n.Sign < 0) throw new ArgumentOutOfRangeException(nameof(n));
        if (n < 2) return n;
        if (n <= new BigInteger(1L << 52))
        {
            long r = (long)System.Math.Sqrt((double)n);
            while ((BigInteger)r * r > n) r--;
            while ((BigInteger)(r + 1) * (r + 1) <= n) r++;
            return r;
        }
        // Newton from an over-estimate 2^ceil(bits/2).
        int bits = (int)n.GetBitLength();
        BigInteger x = BigInteger.One << ((bits + 1) / 2);
        while (true)
        {
            BigInteger y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    public static BigInteger Comb(BigInteger n, BigInteger k)
    {
        if (k > n) return BigInteger.Zero;
        if (k > n - k) k = n - k;
        if (k > int.MaxValue) throw new OverflowException("k too large");
        BigInteger result = BigInteger.One;
        for (int i = 1; i <= (int)k; i++) result = result * (n - k + i) / i;
        return result;
    }

    public static BigInteger Perm(BigInteger n, BigInteger k)
    {
        if (k > n) return BigInteger.Zero;
        if (k > int.MaxValue) throw new OverflowException("k too large");
        BigInteger result = BigInteger.One;
        for (int i = 0; i < (int)k; i++) result *= n - i;
        return result;
    }
}
