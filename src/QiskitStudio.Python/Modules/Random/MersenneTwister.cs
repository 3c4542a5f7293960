using System.Numerics;

namespace QiskitStudio.Python.Modules.Random;

/// <summary>
/// The MT19937 generator exactly as CPython's <c>_random</c> module drives it: the same
/// <c>init_by_array</c> seeding from an integer, the same 53-bit <c>random()</c> and the same
/// <c>getrandbits</c> word order, so a seeded program draws the numbers CPython draws.
/// </summary>
public sealed class MersenneTwister
{
    public const int StateSize = 624;
    private const int M = 397;
    private const uint MatrixA = 0x9908b0df;
    private const uint UpperMask = 0x80000000;
    private const uint LowerMask = 0x7fffffff;

    private readonly uint[] _mt = new uint[StateSize];
    private int _index = StateSize + 1;

    public MersenneTwister(BigInteger seed) => Seed(seed);

    /// <summary>CPython's <c>random_seed</c> for an int: the absolute value, cut into 32-bit words, low word first.</summary>
    public void Seed(BigInteger seed)
    {
        seed = BigInteger.Abs(seed);
        if (seed.IsZero)
        {
            InitByArray([0u]);
            return;
        }
        byte[] bytes = seed.ToByteArray(isUnsigned: true, isBigEndian: false);
        int words = (bytes.Length + 3) / 4;
        var key = new uint[words];
        for (int i = 0; i < bytes.Length; i++) key[i / 4] |= (uint)bytes[i] << (8 * (i % 4));
        InitByArray(key);
    }

    private void InitGenrand(uint s)
    {
        _mt[0] = s;
        for (int i = 1; i < StateSize; i++)
            _mt[i] = 1812433253u * (_mt[i - 1] ^ (_mt[i - 1] >> 30)) + (uint)i;
        _index = StateSize;
    }

    /// <summary>The reference <c>init_by_array</c> of Matsumoto and Nishimura.</summary>
    public void InitByArray(uint[] key)
    {
        InitGenrand(19650218u);
        int i = 1, j = 0;
        int k = Math.Max(StateSize, key.Length);
        for (; k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= StateSize)
            {
                _mt[0] = _mt[StateSize - 1];
                i = 1;
            }
            if (j >= key.Length) j = 0;
        }
        for (k = StateSize - 1; k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= StateSize)
            {
                _mt[0] = _mt[StateSize - 1];
                i = 1;
            }
        }
        _mt[0] = 0x80000000u;
        _index = StateSize;
    }

    public uint NextUInt32()
    {
        if (_index >= StateSize)
        {
            int kk;
            uint y;
            for (kk = 0; kk < StateSize - M; kk++)
            {
                y = (_mt[kk] & UpperMask) | (_mt[kk + 1] & LowerMask);
                _mt[kk] = _mt[kk + M] ^ (y >> 1) ^ ((y & 1) * MatrixA);
            }
            for (; kk < StateSize - 1; kk++)
            {
                y = (_mt[kk] & UpperMask) | (_mt[kk + 1] & LowerMask);
                _mt[kk] = _mt[kk + (M - StateSize)] ^ (y >> 1) ^ ((y & 1) * MatrixA);
            }
            y = (_mt[StateSize - 1] & UpperMask) | (_mt[0] & LowerMask);
            _mt[StateSize - 1] = _mt[M - 1] ^ (y >> 1) ^ ((y & 1) * MatrixA);
            _index = 0;
        }
        uint r = _mt[_index++];
        r ^= r >> 11;
        r ^= (r << 7) & 0x9d2c5680u;
        r ^= (r << 15) & 0xefc60000u;
        r ^= r >> 18;
        return r;
    }

    /// <summary><c>random.random()</c>: 53 random bits scaled into [0, 1).</summary>
    public double NextDouble()
    {
        uint a = NextUInt32() >> 5, b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /// <summary><c>getrandbits(k)</c> for 0 &lt;= k &lt;= 64.</summary>
    public ulong GetRandBits64(int k)
    {
        if (k is < 0 or > 64) throw new ArgumentOutOfRangeException(nameof(k));
        if (k == 0) return 0;
        if (k <= 32) return NextUInt32() >> (32 - k);
        ulong low = NextUInt32();
        ulong high = NextUInt32() >> (64 - k);
        return low | (high << 32);
    }

    /// <summary><c>getrandbits(k)</c> for any k: 32-bit words, least significant first, the last one cut.</summary>
    public BigInteger GetRandBits(int k)
    {
        if (k < 0) throw new ArgumentOutOfRangeException(nameof(k));
        if (k <= 64) return GetRandBits64(k);
        int words = (k - 1) / 32 + 1;
        var bytes = new byte[words * 4];
        for (int i = 0; i < words; i++, k -= 32)
        {
            uint r = NextUInt32();
            if (k < 32) r >>= 32 - k;
            bytes[4 * i] = (byte)r;
            bytes[4 * i + 1] = (byte)(r >> 8);
            bytes[4 * i + 2] = (byte)(r >> 16);
            bytes[4 * i + 3] = (byte)(r >> 24);
        }
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    /// <summary>CPython's <c>_randbelow_with_getrandbits</c>: a uniform int in [0, n), n &gt; 0.</summary>
    public BigInteger RandBelow(BigInteger n)
    {
        if (n.Sign <= 0) return BigInteger.Zero;
        if (n <= long.MaxValue) return RandBelow((long)n);
        int k = (int)n.GetBitLength();
        BigInteger r = GetRandBits(k);
        while (r >= n) r = GetRandBits(k);
        return r;
    }

    /// <summary>The same for a 64-bit bound, without allocating.</summary>
    public long RandBelow(long n)
    {
        if (n <= 0) return 0;
        int k = 64 - BitOperations.LeadingZeroCount((ulong)n);
        ulong r = GetRandBits64(k);
        while (r >= (ulong)n) r = GetRandBits64(k);
        return (long)r;
    }

    /// <summary>The state as CPython's <c>getstate()</c> holds it: 624 words then the position.</summary>
    public uint[] GetState()
    {
        var state = new uint[StateSize + 1];
        _mt.CopyTo(state, 0);
        state[StateSize] = (uint)_index;
        return state;
    }

    public void SetState(IReadOnlyList<uint> state)
    {
        if (state.Count != StateSize + 1) throw new ArgumentException("state vector is the wrong size");
        for (int i = 0; i < StateSize; i++) _mt[i] = state[i];
        int index = (int)state[StateSize];
        if (index < 0 || index > StateSize) throw new ArgumentException("invalid state");
        _index = index;
    }
}
