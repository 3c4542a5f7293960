using System.Numerics;
using QiskitStudio.Quantum.Simulation;

namespace QiskitStudio.Quantum.Tests.Simulation;

public class StatevectorTests
{
    private static readonly string[] Labels = ["IIIII", "ZIIII", "IIIIZ", "XXIII", "YIYIZ", "XYZIX", "YYYYY", "ZZZZZ", "IXIYI", "XXXXX"];

    [Theory]
    [InlineData("sequential")]
    [InlineData("parallel")]
    public void PauliExpectationsMatchTheMatrixReference(string policy)
    {
        var random = new Random(12);
        Complex[] amplitudes = TestGates.RandomState(5, random);
        using var state = new Statevector(amplitudes);
        SimulatorOptions options = SimulatorTests.OptionsNamed(policy == "parallel" ? "parallel" : "no-fusion");
        using Statevector evolved = state.Evolve(new SimulationProgram(5), options);
        foreach (string label in Labels)
        {
            Complex expected = DenseReference.Expectation(DenseReference.Pauli(label), amplitudes);
            Complex actual = evolved.ExpectationValue(label);
            Assert.True((expected - actual).Magnitude < 1e-12, $"{label}: expected {expected}, got {actual}");
        }
    }

    [Fact]
    public void PauliSumWithComplexCoefficients()
    {
        var random = new Random(13);
        Complex[] amplitudes = TestGates.RandomState(5, random);
        using var state = new Statevector(amplitudes);
        (string, Complex)[] terms = [("XXIII", 0.5), ("YIYIZ", new Complex(-1.25, 0.5)), ("IIIII", 2), ("ZZZZZ", new Complex(0, 3))];
        Complex expected = terms.Aggregate(Complex.Zero, (sum, t) => sum + t.Item2 * DenseReference.Expectation(DenseReference.Pauli(t.Item1), amplitudes));
        Complex actual = state.ExpectationValue(terms);
        Assert.True((expected - actual).Magnitude < 1e-12);
    }

    [Fact]
    public void BadPauliLabelsAreRefused()
    {
        using Statevector state = Statevector.ZeroState(2);
        Assert.Throws<ArgumentException>(() => state.ExpectationValue("XYZ"));
        Assert.Throws<ArgumentException>(() => state.ExpectationValue("XA"));
    }

    [Fact]
    public void ProbabilitiesAndMarginals()
    {
        var random = new Random(14);
        Complex[] amplitudes = TestGates.RandomState(4, random);
        using var state = new Statevector(amplitudes);
        double[] all = state.Probabilities();
        for (int i = 0; i < 16; i++)
        {
            Assert.Equal(amplitudes[i].Magnitude * amplitudes[i].Magnitude, all[i], 14);
        }

        // Marginal over [2, 0]: result index bit 0 is qubit 2, bit 1 is qubit 0.
        double[] marginal = state.Probabilities([2, 0]);
        for (int r = 0; r < 4; r++)
        {
            double expected = Enumerable.Range(0, 16).Where(i => (i >> 2 & 1) == (r & 1) && (i & 1) == (r >> 1)).Sum(i => all[i]);
            Assert.Equal(expected, marginal[r], 14);
        }
    }

    [Fact]
    public void ProbabilitiesDictionaryDropsZerosAndUsesQiskitLabels()
    {
        // |01⟩ + |10⟩ in Qiskit's order: qubit 0 set in "01".
        var program = new SimulationProgram(3).Gate("h", TestGates.H, 0).Gate("x", TestGates.X, 1).Gate("cx", TestGates.CX, 0, 1);
        using Statevector state = Statevector.FromProgram(program);
        IReadOnlyDictionary<string, double> probabilities = state.ProbabilitiesDictionary(decimals: 10);
        Assert.Equal(["001", "010"], probabilities.Keys);
        Assert.Equal(0.5, probabilities["001"], 10);
        Assert.Equal(["01", "10"], state.ProbabilitiesDictionary([0, 1]).Keys);
        Assert.Equal(["0"], state.ProbabilitiesDictionary([2]).Keys);
    }

    [Fact]
    public void SampleCountsFromAState()
    {
        var program = new SimulationProgram(2).Gate("h", TestGates.H, 0).Gate("cx", TestGates.CX, 0, 1);
        using Statevector state = Statevector.FromProgram(program);
        IReadOnlyDictionary<string, int> counts = state.SampleCounts(1000, seed: 3);
        Assert.Equal(["00", "11"], counts.Keys);
        Assert.Equal(counts, state.SampleCounts(1000, seed: 3));
        Assert.Equal(["0", "1"], state.SampleCounts(100, seed: 3, qargs: [1]).Keys);
    }

    [Fact]
    public void EquivalenceIgnoresGlobalPhase()
    {
        var random = new Random(15);
        Complex[] amplitudes = TestGates.RandomState(3, random);
        using var a = new Statevector(amplitudes);
        using var b = new Statevector([.. amplitudes.Select(x => x * Complex.FromPolarCoordinates(1, 0.7))]);
        using var c = new Statevector(TestGates.RandomState(3, random));
        Assert.True(a.Equivalent(b));
        Assert.False(a.Equivalent(c));
        Assert.Equal(1, a.Norm2(), 12);
    }
}
