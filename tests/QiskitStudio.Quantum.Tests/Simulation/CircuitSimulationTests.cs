using System.Numerics;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Gates;
using QiskitStudio.Quantum.Simulation;

namespace QiskitStudio.Quantum.Tests.Simulation;

/// <summary>The simulator driven through the circuit model (QuantumCircuit → SimulationProgram).</summary>
public class CircuitSimulationTests
{
    [Fact]
    public void BellCircuitCounts()
    {
        var qc = new QuantumCircuit(2, 2).H(0).Cx(0, 1).Measure([0, 1], [0, 1]);
        SimulationResult result = new StatevectorSimulator().Run(qc, 1000, seed: 1);
        Assert.Equal(["00", "11"], result.Counts.Keys.Order());
        Assert.InRange(result.Counts["00"], 430, 570);
    }

    [Fact]
    public void QubitZeroIsTheRightmostCharacter()
    {
        var qc = new QuantumCircuit(3).X(0);
        using Statevector state = Statevector.FromCircuit(qc);
        Assert.Equal(1, state[1].Real, 12);
        Assert.Equal(["001"], state.ProbabilitiesDictionary().Keys);

        var measured = new QuantumCircuit(3, 3).X(0).Measure([0, 1, 2], [0, 1, 2]);
        Assert.Equal(["001"], new StatevectorSimulator().Run(measured, 10, seed: 1).Counts.Keys);
    }

    [Fact]
    public void RegistersPrintLastAddedLeftmost()
    {
        var q = new QuantumRegister(3, "q");
        var a = new ClassicalRegister(2, "a");
        var b = new ClassicalRegister(1, "b");
        var qc = new QuantumCircuit(q, a, b).X(0).X(2).Measure([0, 1, 2], [0, 1, 2]);
        SimulationResult result = new StatevectorSimulator().Run(qc, 20, seed: 1, memory: true);
        Assert.Equal(new Dictionary<string, int> { ["1 01"] = 20 }, result.Counts);
        Assert.All(result.Memory!, m => Assert.Equal("1 01", m));
    }

    [Fact]
    public void MeasureAllAddsARegisterOnTheLeft()
    {
        // Two classical bits "c" never written, then measure_all into "meas": keys look like "11 00".
        var qc = new QuantumCircuit(2, 2).X(0).X(1);
        qc.MeasureAll();
        SimulationResult result = new StatevectorSimulator().Run(qc, 10, seed: 1);
        Assert.Equal(["11 00"], result.Counts.Keys);
    }

    [Fact]
    public void CircuitComposedWithItsInverseIsTheIdentity()
    {
        var random = new Random(21);
        const int n = 5;
        QuantumCircuit qc = RandomStandardCircuit(n, 80, random);
        using Statevector forward = Statevector.FromCircuit(qc);
        Assert.True(forward.Probabilities()[0] < 0.99, "the random circuit should move the state");

        QuantumCircuit roundTrip = qc.Compose(qc.Inverse());
        using Statevector state = Statevector.FromCircuit(roundTrip);
        Complex[] amplitudes = state.ToArray();
        Assert.True((amplitudes[0] - Complex.One).Magnitude < 1e-9, $"amplitude of |0…0⟩ is {amplitudes[0]}");
    }

    [Fact]
    public void StandardGatesMatchTheDenseReference()
    {
        // Each gate's own matrix (from the circuit model) through the Kronecker reference,
        // against the simulator's kernels after classification and fusion.
        var random = new Random(22);
        const int n = 6;
        QuantumCircuit qc = RandomStandardCircuit(n, 60, random);
        var gates = qc.Data.Select(i => new GateOp(i.Name, [.. i.Qubits], ((Gate)i.Operation).ToMatrix())).ToList();
        Complex[] expected = DenseReference.Run(n, gates);
        foreach (string configuration in new[] { "default", "no-fusion", "parallel" })
        {
            using Statevector actual = Statevector.FromCircuit(qc, SimulatorTests.OptionsNamed(configuration));
            DenseReference.AssertClose(expected, actual.ToArray(), 1e-9);
        }
    }

    [Fact]
    public void QftCircuitOfABasisState()
    {
        const int n = 6;
        const int x = 37;
        var qc = new QuantumCircuit(n);
        for (int q = 0; q < n; q++)
        {
            if ((x >> q & 1) != 0)
            {
                qc.X(q);
            }
        }

        for (int j = n - 1; j >= 0; j--)
        {
            qc.H(j);
            for (int k = j - 1; k >= 0; k--)
            {
                qc.Cp(Math.PI / (1 << (j - k)), k, j);
            }
        }

        for (int q = 0; q < n / 2; q++)
        {
            qc.Swap(q, n - 1 - q);
        }

        using Statevector state = Statevector.FromCircuit(qc);
        int dim = 1 << n;
        Complex[] expected = [.. Enumerable.Range(0, dim).Select(y => Complex.FromPolarCoordinates(1 / Math.Sqrt(dim), 2 * Math.PI * x * y / dim))];
        DenseReference.AssertClose(expected, state.ToArray(), 1e-10);
    }

    [Fact]
    public void ConditionedGateFromTheCircuitModel()
    {
        var qc = new QuantumCircuit(2, 2).H(0).Measure(0, 0);
        Instruction x = new QuantumCircuit(1).X(0).Data[0].Operation;
        qc.Append(x, [1], null, qc.Condition(0, true));
        qc.Measure(1, 1);
        SimulationResult result = new StatevectorSimulator().Run(qc, 1000, seed: 6);
        Assert.False(result.SampledFromFinalState);
        Assert.Equal(["00", "11"], result.Counts.Keys.Order());
    }

    [Fact]
    public void InitializeAndGlobalPhase()
    {
        double r = 1 / Math.Sqrt(2);
        var qc = new QuantumCircuit(2);
        qc.Initialize([r, 0, 0, new Complex(0, r)], [0, 1]);
        using Statevector state = Statevector.FromCircuit(qc);
        Assert.True(state.Equivalent(new Statevector([r, 0, 0, new Complex(0, r)])));

        var phased = new QuantumCircuit(1) { GlobalPhase = Math.PI / 2 };
        using Statevector phasedState = Statevector.FromCircuit(phased);
        Assert.True((phasedState[0] - Complex.ImaginaryOne).Magnitude < 1e-12);
    }

    [Fact]
    public void UnboundParametersAndMeasurementsAreRefusedByStatevector()
    {
        var theta = new QiskitStudio.Quantum.Parameters.Parameter("θ");
        var qc = new QuantumCircuit(1).Rx(theta, 0);
        var error = Assert.Throws<SimulationException>(() => Statevector.FromCircuit(qc));
        Assert.Contains("θ", error.Message);

        var measured = new QuantumCircuit(1, 1).H(0).Measure(0, 0);
        Assert.Throws<SimulationException>(() => Statevector.FromCircuit(measured));
    }

    [Fact]
    public void BarriersAreIgnored()
    {
        var qc = new QuantumCircuit(2, 2).H(0).Barrier(0, 1).Cx(0, 1).Barrier(0, 1).Measure([0, 1], [0, 1]);
        SimulationResult result = new StatevectorSimulator().Run(qc, 200, seed: 9);
        Assert.True(result.SampledFromFinalState);
        Assert.Equal(["00", "11"], result.Counts.Keys.Order());
    }

    private static QuantumCircuit RandomStandardCircuit(int n, int count, Random random)
    {
        var qc = new QuantumCircuit(n);
        double A() => random.NextDouble() * 2 * Math.PI;
        for (int i = 0; i < count; i++)
        {
            int[] q = [.. Enumerable.Range(0, n).OrderBy(_ => random.Next()).Take(4)];
            switch (random.Next(24))
            {
                case 0: qc.H(q[0]); break;
                case 1: qc.SX(q[0]); break;
                case 2: qc.Sdg(q[0]); break;
                case 3: qc.T(q[0]); break;
                case 4: qc.Rx(A(), q[0]); break;
                case 5: qc.Ry(A(), q[0]); break;
                case 6: qc.Rz(A(), q[0]); break;
                case 7: qc.U(A(), A(), A(), q[0]); break;
                case 8: qc.Cx(q[0], q[1]); break;
                case 9: qc.Cy(q[0], q[1]); break;
                case 10: qc.Cz(q[0], q[1], ctrlState: 0); break;
                case 11: qc.Ch(q[0], q[1]); break;
                case 12: qc.Cp(A(), q[0], q[1]); break;
                case 13: qc.Crx(A(), q[0], q[1]); break;
                case 14: qc.Cu(A(), A(), A(), A(), q[0], q[1]); break;
                case 15: qc.Rxx(A(), q[0], q[1]); break;
                case 16: qc.Rzz(A(), q[0], q[1]); break;
                case 17: qc.ISwap(q[0], q[1]); break;
                case 18: qc.Ecr(q[0], q[1]); break;
                case 19: qc.Ccx(q[0], q[1], q[2]); break;
                case 20: qc.CSwap(q[0], q[1], q[2]); break;
                case 21: qc.Mcx([q[0], q[1], q[2]], q[3]); break;
                case 22: qc.Y(q[0]); break;
                default: qc.Swap(q[0], q[1]); break;
            }
        }

        return qc;
    }
}
