using System.Numerics;
using QiskitStudio.Quantum.Simulation;

namespace QiskitStudio.Quantum.Tests.Simulation;

public class SamplingTests
{
    private static SimulationProgram Bell()
        => new SimulationProgram(2, 2).Gate("h", TestGates.H, 0).Gate("cx", TestGates.CX, 0, 1).AddRegister(2).Measure(0, 0).Measure(1, 1);

    [Fact]
    public void BellCountsAreCorrelatedAndBalanced()
    {
        SimulationResult result = new StatevectorSimulator().Run(Bell(), 1000, seed: 7);
        Assert.True(result.SampledFromFinalState);
        Assert.Equal(["00", "11"], result.Counts.Keys.Order());
        Assert.Equal(1000, result.Counts.Values.Sum());
        Assert.InRange(result.Counts["00"], 430, 570);
    }

    [Fact]
    public void SeedMakesRunsRepeatable()
    {
        var simulator = new StatevectorSimulator();
        SimulationResult a = simulator.Run(Bell(), 500, seed: 11, memory: true);
        SimulationResult b = simulator.Run(Bell(), 500, seed: 11, memory: true);
        SimulationResult c = simulator.Run(Bell(), 500, seed: 12, memory: true);
        Assert.Equal(a.Memory, b.Memory);
        Assert.Equal(a.Counts, b.Counts);
        Assert.NotEqual(a.Memory, c.Memory);
        Assert.Equal(500, a.Memory!.Count);
    }

    [Fact]
    public void MemoryIsInShotOrderNotSorted()
    {
        SimulationResult result = new StatevectorSimulator().Run(Bell(), 200, seed: 3, memory: true);
        List<string> memory = [.. result.Memory!];
        Assert.NotEqual(memory.Order(StringComparer.Ordinal).ToList(), memory);
        Assert.Equal(result.Counts["11"], memory.Count(m => m == "11"));
    }

    [Fact]
    public void SampledFrequenciesFollowTheBornRule()
    {
        // A random 4-qubit state, 40 000 shots, fixed seed: Pearson's χ² over 16 outcomes must be
        // well below the 99.9% point of χ²(15) ≈ 37.7.
        var random = new Random(5);
        const int n = 4;
        var program = new SimulationProgram(n, n).AddRegister(n);
        List<GateOp> gates = [.. Enumerable.Range(0, 20).Select(_ => TestGates.RandomGate(n, random))];
        gates.ForEach(g => program.Add(g));
        for (int q = 0; q < n; q++)
        {
            program.Measure(q, q);
        }

        Complex[] amplitudes = DenseReference.Run(n, gates);
        const int shots = 40_000;
        SimulationResult result = new StatevectorSimulator().Run(program, shots, seed: 99);
        double chi2 = 0;
        for (int i = 0; i < amplitudes.Length; i++)
        {
            double expected = shots * amplitudes[i].Magnitude * amplitudes[i].Magnitude;
            int observed = result.Counts.GetValueOrDefault(Statevector.ToBitString(i, n));
            if (expected > 1e-9)
            {
                chi2 += (observed - expected) * (observed - expected) / expected;
            }
            else
            {
                Assert.Equal(0, observed);
            }
        }

        Assert.True(chi2 < 37.7, $"χ² = {chi2:F1}");
    }

    [Fact]
    public void TwoRegistersPrintLastAddedLeftmost()
    {
        // Register "a" holds clbits 0 and 1, register "b" clbit 2. X on qubits 0 and 2.
        var program = new SimulationProgram(3, 3).AddRegister(2).AddRegister(1)
            .Gate("x", TestGates.X, 0).Gate("x", TestGates.X, 2)
            .Measure(0, 0).Measure(1, 1).Measure(2, 2);
        SimulationResult result = new StatevectorSimulator().Run(program, 10, seed: 1);
        Assert.Equal(new Dictionary<string, int> { ["1 01"] = 10 }, result.Counts);
    }

    [Fact]
    public void MeasuringIntoAnotherOrderOfClbits()
    {
        // Qubit 0 (set) measured into clbit 2, qubit 2 (clear) into clbit 0.
        var program = new SimulationProgram(3, 3).Gate("x", TestGates.X, 0).Measure(0, 2).Measure(2, 0);
        SimulationResult result = new StatevectorSimulator().Run(program, 5, seed: 1);
        Assert.Equal(["100"], result.Counts.Keys);
    }

    [Fact]
    public void MidCircuitMeasurementIsResimulatedPerShot()
    {
        // H, measure, H, measure: the second result is independent of the first (four outcomes),
        // which sampling a single final state could not produce.
        var program = new SimulationProgram(1, 2).Gate("h", TestGates.H, 0).Measure(0, 0).Gate("h", TestGates.H, 0).Measure(0, 1);
        SimulationResult result = new StatevectorSimulator().Run(program, 2000, seed: 5);
        Assert.False(result.SampledFromFinalState);
        Assert.Equal(["00", "01", "10", "11"], result.Counts.Keys.Order());
        Assert.All(result.Counts.Values, v => Assert.InRange(v, 400, 600));
    }

    [Fact]
    public void ResetReturnsAQubitToZero()
    {
        var program = new SimulationProgram(2, 2)
            .Gate("h", TestGates.H, 0).Gate("cx", TestGates.CX, 0, 1)
            .Reset(0).Measure(0, 0).Measure(1, 1);
        SimulationResult result = new StatevectorSimulator().Run(program, 1000, seed: 2);
        Assert.Equal(["00", "10"], result.Counts.Keys.Order());
        Assert.InRange(result.Counts["10"], 420, 580);
    }

    [Fact]
    public void LeadingResetIsFreeAndKeepsSampling()
    {
        var program = new SimulationProgram(1, 1).Reset(0).Gate("x", TestGates.X, 0).Measure(0, 0);
        SimulationResult result = new StatevectorSimulator().Run(program, 10, seed: 2);
        Assert.True(result.SampledFromFinalState);
        Assert.Equal(new Dictionary<string, int> { ["1"] = 10 }, result.Counts);
    }

    [Fact]
    public void ClassicalConditionCorrectsTheTarget()
    {
        // Measure a superposition, then X qubit 1 only when clbit 0 read 1: the bits always agree.
        var program = new SimulationProgram(2, 2)
            .Gate("h", TestGates.H, 0).Measure(0, 0)
            .Add(new GateOp("x", [1], TestGates.X, new ClbitCondition([0], 1)))
            .Measure(1, 1);
        SimulationResult result = new StatevectorSimulator().Run(program, 1000, seed: 8);
        Assert.Equal(["00", "11"], result.Counts.Keys.Order());
        Assert.InRange(result.Counts["11"], 420, 580);
    }

    [Fact]
    public void TeleportationMovesTheState()
    {
        // Teleport Ry(θ)|0⟩ from qubit 0 to qubit 2 with mid-circuit measurements and
        // conditioned corrections; P(qubit 2 = 1) must be sin²(θ/2).
        const double theta = 1.1;
        var program = new SimulationProgram(3, 3)
            .Gate("ry", TestGates.Ry(theta), 0)
            .Gate("h", TestGates.H, 1).Gate("cx", TestGates.CX, 1, 2)
            .Gate("cx", TestGates.CX, 0, 1).Gate("h", TestGates.H, 0)
            .Measure(0, 0).Measure(1, 1)
            .Add(new GateOp("x", [2], TestGates.X, new ClbitCondition([1], 1)))
            .Add(new GateOp("z", [2], TestGates.Z, new ClbitCondition([0], 1)))
            .Measure(2, 2);
        const int shots = 20_000;
        SimulationResult result = new StatevectorSimulator().Run(program, shots, seed: 4);
        int ones = result.Counts.Where(kv => kv.Key[0] == '1').Sum(kv => kv.Value);
        double expected = Math.Pow(Math.Sin(theta / 2), 2);
        Assert.InRange(ones / (double)shots, expected - 0.015, expected + 0.015);
    }

    [Theory]
    [InlineData("default")]
    [InlineData("parallel")]
    [InlineData("portable")]
    public void PerShotAndSampledPathsAgreeStatistically(string configuration)
    {
        // The same distribution reached two ways: terminal measurements (sampled once) and
        // with a dummy mid-circuit reset on a spare qubit (simulated per shot).
        var random = new Random(17);
        const int n = 3;
        List<GateOp> gates = [.. Enumerable.Range(0, 15).Select(_ => TestGates.RandomGate(n, random))];
        var sampled = new SimulationProgram(n + 1, n);
        var perShot = new SimulationProgram(n + 1, n);
        foreach (GateOp g in gates)
        {
            sampled.Add(g);
            perShot.Add(g);
        }

        perShot.Gate("x", TestGates.X, n).Reset(n);
        for (int q = 0; q < n; q++)
        {
            sampled.Measure(q, q);
            perShot.Measure(q, q);
        }

        var simulator = new StatevectorSimulator(SimulatorTests.OptionsNamed(configuration));
        SimulationResult a = simulator.Run(sampled, 4000, seed: 1);
        SimulationResult b = simulator.Run(perShot, 4000, seed: 2);
        Assert.True(a.SampledFromFinalState);
        Assert.False(b.SampledFromFinalState);
        Complex[] amplitudes = DenseReference.Run(n, gates);
        for (int i = 0; i < amplitudes.Length; i++)
        {
            double p = amplitudes[i].Magnitude * amplitudes[i].Magnitude;
            string key = Statevector.ToBitString(i, n);
            Assert.InRange(a.Counts.GetValueOrDefault(key) / 4000.0, p - 0.035, p + 0.035);
            Assert.InRange(b.Counts.GetValueOrDefault(key) / 4000.0, p - 0.035, p + 0.035);
        }
    }
}
