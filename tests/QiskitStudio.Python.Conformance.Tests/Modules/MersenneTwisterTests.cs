using System.Numerics;
using QiskitStudio.Python.Modules.Random;

namespace QiskitStudio.Python.Conformance.Tests.Modules;

/// <summary>Draws compared with what CPython 3.11's <c>random.Random</c> returned for the same seeds.</summary>
public sealed class MersenneTwisterTests
{
    [Theory]
    [InlineData("0", 0.8444218515250481, 3255389356u, "7758176404715800194", "710317309215200623862088544052", "631274152732079063015764344160", 3)]
    [InlineData("1", 0.13436424411240122, 3639700191u, "14089154938208861744", "563939619696045208395865113809", "829696747689386081914396241732", 4)]
    [InlineData("42", 0.6394267984578837, 107420369u, "5073395517033431291", "882565121070403957190206503824", "522152611743920550222071931956", 1)]
    [InlineData("1099511627783", 0.6137037779936511, 3500038837u, "17432385386400470715", "610500122494688469909939671617", "207228356759233996120684713862", 5)]
    [InlineData("12345678901234567890", 0.5120180983871961, 4002396509u, "11848567178502266967", "422021188528066990357561362494", "599868593339574178623319114029", 3)]
    [InlineData("-7", 0.32383276483316237, 647892279u, "12007621696699967246", "698893352947583750040010391504", "46173223350539896994877990929", 5)]
    public void Integer_seeds_draw_what_CPython_draws(string seed, double random, uint bits32, string bits64, string bits100, string below1e30, int die)
    {
        var r = new PythonRandom(BigInteger.Parse(seed));
        Assert.Equal(random, r.Random());
        Assert.Equal(new BigInteger(bits32), r.GetRandBits(32));
        Assert.Equal(BigInteger.Parse(bits64), r.GetRandBits(64));
        Assert.Equal(BigInteger.Parse(bits100), r.GetRandBits(100));
        Assert.Equal(BigInteger.Parse(below1e30), r.RandRange(BigInteger.Pow(10, 30)));
        Assert.Equal(new BigInteger(die), r.RandInt(1, 6));
    }

    [Fact]
    public void String_seed_uses_sha512_version_2()
    {
        var r = new PythonRandom(0);
        r.Seed("hello");
        Assert.Equal(0.3537754404730722, r.Random());
    }

    [Fact]
    public void Shuffle_sample_and_choices_follow_CPython()
    {
        var r = new PythonRandom(7);
        var list = Enumerable.Range(0, 10).ToList();
        r.Shuffle(list);
        Assert.Equal([8, 3, 1, 4, 7, 0, 9, 6, 2, 5], list);
        Assert.Equal([64, 27, 4, 11, 55], r.SampleIndices(100, 5));
        Assert.Equal([428, 71, 246, 92, 564], r.SampleIndices(1000, 30)[..5]);
        Assert.Equal("abeb", string.Concat(r.ChoicesIndices(6, 4).Select(i => "abcdef"[i])));
        Assert.Equal("ccbca", string.Concat(r.ChoicesIndices([1.0, 3.0, 6.0], 5).Select(i => "abc"[i])));
    }

    [Fact]
    public void Float_distributions_follow_CPython()
    {
        var r = new PythonRandom(99);
        Assert.Equal(-0.5502226977406026, r.Gauss(0, 1));
        Assert.Equal(10.758236653956967, r.Gauss(10, 2));
        Assert.Equal(-0.7331645826020126, r.NormalVariate(0, 1));
        Assert.Equal(0.5197548730161559, r.Uniform(-1, 1));
        Assert.Equal(0.22599793714756555, r.Triangular(0, 1, 0.2));
        Assert.Equal(0.2414978971766966, r.ExpoVariate(2));
    }

    [Fact]
    public void Randrange_with_steps_follows_CPython()
    {
        Assert.Equal(new BigInteger(95), new PythonRandom(5).RandRange(0, 100, 5));
        Assert.Equal(new BigInteger(2), new PythonRandom(5).RandRange(-10, 10, 3));
        Assert.Equal(new BigInteger(37), new PythonRandom(5).RandRange(100, 0, -7));
        Assert.Throws<ArgumentException>(() => new PythonRandom(5).RandRange(5, 5, 1));
        Assert.Throws<ArgumentException>(() => new PythonRandom(5).RandRange(0, 5, 0));
    }

    [Fact]
    public void State_round_trips()
    {
        var r = new PythonRandom(3);
        r.Random();
        var state = r.Generator.GetState();
        double a = r.Random();
        r.Generator.SetState(state);
        Assert.Equal(a, r.Random());
    }
}
