using System.Numerics;
using QiskitStudio.Quantum.Simulation;
using QiskitStudio.Quantum.Simulation.Kernels;

namespace QiskitStudio.Quantum.Tests.Simulation;

public class FuserTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void FusedBlocksMultiplyToTheSameUnitary(int maxQubits)
    {
        var random = new Random(maxQubits);
        const int n = 6;
        List<GateOp> gates = [.. Enumerable.Range(0, 50).Select(_ => TestGates.RandomGate(n, random))];
        List<FusedGate> blocks = GateFuser.Fuse(gates, n, maxQubits);

        Assert.All(blocks, b => Assert.True(b.Qubits.Length <= Math.Max(maxQubits, 3)));
        Assert.Equal(gates.Count, blocks.Sum(b => b.Sources.Count));
        Assert.True(blocks.Count < gates.Count);

        Complex[] initial = TestGates.RandomState(n, random);
        Complex[] expected = DenseReference.Run(n, gates, initial);
        Complex[] actual = DenseReference.Run(n, blocks.Select(b => new GateOp("fused", b.Qubits, b.Matrix)), initial);
        DenseReference.AssertClose(expected, actual, 1e-10);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    public void DiagonalBlocksMultiplyToTheSameUnitary(int maxQubits)
    {
        // Blocks of diagonal gates only are multiplied as diagonals; qubit lists in any order.
        var random = new Random(10 + maxQubits);
        const int n = 7;
        var gates = new List<GateOp>();
        for (int i = 0; i < 40; i++)
        {
            int k = 1 + random.Next(3);
            int[] qubits = [.. Enumerable.Range(0, n).OrderBy(_ => random.Next()).Take(k)];
            int dim = 1 << k;
            var m = new Complex[dim * dim];
            for (int j = 0; j < dim; j++)
            {
                m[j * dim + j] = Complex.FromPolarCoordinates(1, random.NextDouble() * 6);
            }

            gates.Add(new GateOp("diag", qubits, m));
        }

        List<FusedGate> blocks = GateFuser.Fuse(gates, n, maxQubits);
        Assert.True(blocks.Count < gates.Count);
        Assert.Contains(blocks, b => b.Sources.Count > 1);

        Complex[] initial = TestGates.RandomState(n, random);
        Complex[] expected = DenseReference.Run(n, gates, initial);
        Complex[] actual = DenseReference.Run(n, blocks.Select(b => new GateOp("fused", b.Qubits, b.Matrix)), initial);
        DenseReference.AssertClose(expected, actual, 1e-10);
    }

    [Fact]
    public void LayeredCircuitFusesIntoFewBlocks()
    {
        // Rotations on every qubit, then CZ on alternating pairs: the benchmark's shape.
        const int n = 12;
        var random = new Random(3);
        var gates = new List<GateOp>();
        for (int layer = 0; layer < 10; layer++)
        {
            for (int q = 0; q < n; q++)
            {
                gates.Add(new GateOp("rx", [q], TestGates.Rx(random.NextDouble())));
            }

            for (int q = layer % 2; q + 1 < n; q += 2)
            {
                gates.Add(new GateOp("cz", [q, q + 1], TestGates.CZ));
            }
        }

        List<FusedGate> blocks = GateFuser.Fuse(gates, n, 4);
        Assert.True(blocks.Count * 3 < gates.Count, $"{gates.Count} gates fused into {blocks.Count} blocks");
        Assert.All(blocks, b => Assert.True(b.Qubits.Length <= 4));
    }

    [Fact]
    public void QftPhaseLaddersBecomeDiagonalBlocks()
    {
        // Fusing a QFT's controlled phases into dense 4-qubit blocks would cost more than it
        // saves; most of them must land in diagonal blocks instead.
        const int n = 12;
        var program = new SimulationProgram(n);
        SimulatorTests.AppendQft(program, n);
        PreparedProgram prepared = PreparedProgram.Prepare(program, new SimulatorOptions { FusionMinQubits = 0, MaxFusedQubits = 4 });
        List<KernelGate> gates = [.. prepared.Steps.Cast<GateStep>().Select(s => s.Gate)];
        Assert.True(gates.Count < program.Ops.Count, $"{program.Ops.Count} gates, {gates.Count} passes");
        int diagonalBlocks = gates.Count(g => g is DiagonalGate { Targets.Length: > 2 });
        int largeDenseBlocks = gates.Count(g => g is DenseGate && g.Positions.Length > 2);
        Assert.True(diagonalBlocks > largeDenseBlocks, $"{diagonalBlocks} diagonal blocks, {largeDenseBlocks} dense blocks over two qubits");
    }

    [Fact]
    public void ClassifierPicksTheCheapestKernel()
    {
        Assert.IsType<DiagonalGate>(GateClassifier.Classify([3, 1], TestGates.CZ));
        Assert.IsType<DiagonalGate>(GateClassifier.Classify([2], TestGates.T));
        Assert.Null(GateClassifier.Classify([0], [1, 0, 0, 1]));

        var cx = Assert.IsType<PermutationGate>(GateClassifier.Classify([4, 2], TestGates.CX));
        Assert.Equal([4], cx.Controls);
        Assert.Equal([2], cx.Targets);
        Assert.False(cx.HasPhases);

        var ccx = Assert.IsType<PermutationGate>(GateClassifier.Classify([0, 5, 3], TestGates.Ccx));
        Assert.Equal([0, 5], ccx.Controls);
        Assert.Equal([3], ccx.Targets);

        var swap = Assert.IsType<PermutationGate>(GateClassifier.Classify([1, 0], TestGates.Swap));
        Assert.Empty(swap.Controls);
        Assert.Equal([0, 1], swap.Targets);

        var crx = Assert.IsType<DenseGate>(GateClassifier.Classify([1, 3], TestGates.Controlled(TestGates.Rx(0.3))));
        Assert.Equal([1], crx.Controls);
        Assert.Equal([3], crx.Targets);

        Assert.IsType<DenseGate>(GateClassifier.Classify([0], TestGates.H));
        Assert.True(Assert.IsType<PermutationGate>(GateClassifier.Classify([0], TestGates.Y)).HasPhases);
    }
}
