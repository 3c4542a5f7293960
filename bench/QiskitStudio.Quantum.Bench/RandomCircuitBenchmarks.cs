using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using QiskitStudio.Quantum.Simulation;

namespace QiskitStudio.Quantum.Bench;

/// <summary>
/// A random depth-20 circuit (rotations on every qubit, CZ on alternating pairs) on 24 qubits:
/// the whole simulation (allocation, fusion, every pass) against a baseline of one memory pass;
/// the column time/(gates×pass) is the figure. Bar: at most 0.75. (Unfused it cannot go below
/// about 1; `quick` shows that variant, which is too slow to repeat here on a loaded machine.)
/// </summary>
[Config(typeof(RandomCircuitConfig))]
public class RandomCircuitBenchmarks
{
    public const int Depth = 20;

    private SimulationProgram _program = null!;
    private StateBuffer _state = null!;

    [Params(24)]
    public int Qubits { get; set; }

    public static int GateCount(int qubits) => BenchCircuits.Random(qubits, Depth).Count;

    [GlobalSetup]
    public void Setup()
    {
        List<BenchGate> gates = BenchCircuits.Random(Qubits, Depth);
        _program = BenchCircuits.ToProgram(Qubits, gates);
        _state = new StateBuffer(Qubits);
        _state.SetZeroState();
        Console.WriteLine($"// random circuit: {Qubits} qubits, depth {Depth}, {gates.Count} gates");
        foreach (int k in new[] { 2, 3, 4, 5 })
        {
            int blocks = PreparedProgram.Prepare(_program, Options(k)).GateCount;
            Console.WriteLine($"// fused at most {k} qubits: {blocks} passes");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _state.Dispose();

    [Benchmark(Baseline = true, Description = "memory pass")]
    public void Pass() => MemoryPass.Run(_state, ParallelPolicy.Default);

    [Benchmark(Description = "simulate, fused <= 2 qubits")]
    public void Fused2() => Simulate(2);

    [Benchmark(Description = "simulate, fused <= 3 qubits")]
    public void Fused3() => Simulate(3);

    [Benchmark(Description = "simulate, fused <= 4 qubits (default)")]
    public void Fused4() => Simulate(4);

    [Benchmark(Description = "simulate, fused <= 5 qubits")]
    public void Fused5() => Simulate(5);

    private void Simulate(int maxFused)
    {
        using Statevector state = new StatevectorSimulator(Options(maxFused)).Evolve(_program);
    }

    private static SimulatorOptions Options(int maxFused) => new() { MaxFusedQubits = maxFused };

    private sealed class RandomCircuitConfig : ManualConfig
    {
        public RandomCircuitConfig()
        {
            Add(new ShortConfig());
            AddColumn(new PerGatePassColumn(c => GateCount((int)c.Parameters["Qubits"])));
        }
    }
}
