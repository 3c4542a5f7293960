using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace QiskitStudio.Python.Modules.Random;

/// <summary>
/// CPython's <c>random.Random</c> algorithms over .NET values, step for step, so that a seeded
/// generator returns the same integers, floats, shuffles and samples as CPython 3.11. Invalid
/// arguments throw <see cref="ArgumentException"/> with CPython's ValueError message.
/// </summary>
public sealed class PythonRandom
{
    private readonly MersenneTwister _mt;
    private double? _gaussNext;

    public PythonRandom(BigInteger seed) => _mt = new MersenneTwister(seed);

    public PythonRandom() : this(SeedFromEntropy()) { }

    public MersenneTwister Generator => _mt;

    public static BigInteger SeedFromEntropy() =>
        new(RandomNumberGenerator.GetBytes(32), isUnsigned: true, isBigEndian: false);

    public void Seed(BigInteger seed)
    {
        _mt.Seed(seed);
        _gaussNext = null;
    }

    /// <summary><c>seed(str)</c> (version 2): the UTF-8 bytes followed by their SHA-512, read as one big-endian int.</summary>
    public void Seed(string text) => Seed(Encoding.UTF8.GetBytes(text));

    public void Seed(byte[] bytes)
    {
        byte[] all = [.. bytes, .. SHA512.HashData(bytes)];
        Seed(new BigInteger(all, isUnsigned: true, isBigEndian: true));
    }

    public double Random() => _mt.NextDouble();

    public BigInteger GetRandBits(int k) => _mt.GetRandBits(k);

    public BigInteger RandBelow(BigInteger n) => _mt.RandBelow(n);

    public long RandBelow(long n) => _mt.RandBelow(n);

    /// <summary><c>randrange(stop)</c>.</summary>
    public BigInteger RandRange(BigInteger stop)
    {
        if (stop.Sign > 0) return RandBelow(stop);
        throw new ArgumentException("empty range for randrange()");
    }

    /// <summary><c>randrange(start, stop, step)</c>.</summary>
    public BigInteger RandRange(BigInteger start, BigInteger stop, BigInteger step)
    {
        BigInteger width = stop - start;
        if (step.IsOne)
        {
            if (width.Sign > 0) return start + RandBelow(width);
            throw new ArgumentException($"empty range for randrange() ({start}, {stop}, {width})");
        }
        BigInteger n;
        if (step.Sign > 0) n = FloorDiv(width + step - 1, step);
        else if (step.Sign < 0) n = FloorDiv(width + step + 1, step);
        else throw new ArgumentException("zero step for randrange()");
        if (n.Sign <= 0) throw new ArgumentException("empty range for randrange()");
        return start + step * RandBelow(n);
    }

    public BigInteger RandInt(BigInteger a, BigInteger b) => RandRange(a, b + 1, BigInteger.One);

    private static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        BigInteger q = BigInteger.DivRem(a, b, out BigInteger r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) q -= 1;
        return q;
    }

    /// <summary>The index <c>choice</c> picks from a sequence of <paramref name="length"/> items.</summary>
    public long ChoiceIndex(long length)
    {
        if (length == 0) throw new IndexOutOfRangeException("Cannot choose from an empty sequence");
        return RandBelow(length);
    }

    /// <summary>CPython's in-place Fisher-Yates walk, from the end.</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (int i = items.Count - 1; i > 0; i--)
        {
            int j = (int)RandBelow((long)i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>The population indices <c>sample(population, k)</c> returns, in order.</summary>
    public int[] SampleIndices(int n, int k)
    {
        if (k < 0 || k > n) throw new ArgumentException("Sample larger than population or is negative");
        var result = new int[k];
        int setSize = 21;
        if (k > 5) setSize += (int)Math.Pow(4, Math.Ceiling(Math.Log(k * 3, 4)));
        if (n <= setSize)
        {
            var pool = new int[n];
            for (int i = 0; i < n; i++) pool[i] = i;
            for (int i = 0; i < k; i++)
            {
                int j = (int)RandBelow((long)(n - i));
                result[i] = pool[j];
                pool[j] = pool[n - i - 1];
            }
        }
        else
        {
            var selected = new HashSet<int>();
            for (int i = 0; i < k; i++)
            {
                int j = (int)RandBelow((long)n);
                while (!selected.Add(j)) j = (int)RandBelow((long)n);
                result[i] = j;
            }
        }
        return result;
    }

    /// <summary>The indices <c>choices(population, k=k)</c> returns without weights.</summary>
    public int[] ChoicesIndices(int n, int k)
    {
        var result = new int[Math.Max(k, 0)];
        double nf = n;
        for (int i = 0; i < result.Length; i++) result[i] = (int)Math.Floor(Random() * nf);
        return result;
    }

    /// <summary>The indices <c>choices</c> returns with cumulative weights (bisect_right over them).</summary>
    public int[] ChoicesIndices(IReadOnlyList<double> cumulativeWeights, int k)
    {
        int n = cumulativeWeights.Count;
        if (n == 0) throw new IndexOutOfRangeException("list index out of range");
        double total = cumulativeWeights[n - 1] + 0.0;
        if (total <= 0.0) throw new ArgumentException("Total of weights must be greater than zero");
        if (!double.IsFinite(total)) throw new ArgumentException("Total of weights must be finite");
        var result = new int[Math.Max(k, 0)];
        for (int i = 0; i < result.Length; i++)
        {
            double x = Random() * total;
            int lo = 0, hi = n - 1;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (x < cumulativeWeights[mid]) hi = mid;
                else lo = mid + 1;
            }
            result[i] = lo;
        }
        return result;
    }

    public double Uniform(double a, double b) => a + (b - a) * Random();

    public double Triangular(double low, double high, double? mode)
    {
        double u = Random();
        double c;
        if (mode is null) c = 0.5;
        else
        {
            if (high - low == 0) return low;
            c = (mode.Value - low) / (high - low);
        }
        if (u > c)
        {
            u = 1.0 - u;
            c = 1.0 - c;
            (low, high) = (high, low);
        }
        return low + (high - low) * Math.Sqrt(u * c);
    }

    public double Gauss(double mu, double sigma)
    {
        double? z = _gaussNext;
        _gaussNext = null;
        if (z is null)
        {
            double x2pi = Random() * (2 * Math.PI);
            double g2rad = Math.Sqrt(-2.0 * Math.Log(1.0 - Random()));
            z = Math.Cos(x2pi) * g2rad;
            _gaussNext = Math.Sin(x2pi) * g2rad;
        }
        return mu + z.Value * sigma;
    }

    private static readonly double NvMagicConst = 4 * Math.Exp(-0.5) / Math.Sqrt(2.0);

    public double NormalVariate(double mu, double sigma)
    {
        double z;
        while (true)
        {
            double u1 = Random();
            double u2 = 1.0 - Random();
            z = NvMagicConst * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -Math.Log(u2)) break;
        }
        return mu + z * sigma;
    }

    public double ExpoVariate(double lambda) => -Math.Log(1.0 - Random()) / lambda;

    public double? GaussNext
    {
        get => _gaussNext;
        set => _gaussNext = value;
    }
}
