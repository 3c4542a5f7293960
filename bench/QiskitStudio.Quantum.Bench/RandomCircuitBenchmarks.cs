using BenchmarkDotNet.Attributes;
using QiskitStudio.Quantum.Simulation;

namespace QiskitStudio.Quantum.Bench;

/// <summary>
/// A random depth-20 circuit (rotations on every qubit, CZ on alternating pairs) on 24 qubits:
/// the whole simulation (allocation, fusion, every pass) against a baseline of gate-count
/// memory passes, so the Ratio column is time / (gates × one pass). Bar: at most 0.75.
/// </summary>
[Config(typeof(ShortConfig))]
public class RandomCircuitBenchmarks
{
    private SimulationProgram _program = null!;
    private StateBuffer _state = null!;
    private int _gateCount;

    [Params(24)]
    public int Qubits { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        List<BenchGate> gates = BenchCircuits.Random(Qubits, 20);
        _gateCount = gates.Count;
        _program = BenchCircuits.ToProgram(Qubits, gates);
        _state = new StateBuffer(Qubits);
        _state.SetZeroState();
        Console.WriteLine($"// random circuit: {Qubits} qubits, depth 20, {_gateCount} gates");
        foreach (int k in new[] { 2, 3, 4, 5 })
        {
            int blocks = PreparedProgram.Prepare(_program, Options(true, k)).GateCount;
            Console.WriteLine($"// fused at most {k} qubits: {blocks} passes");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _state.Dispose();

    [Benchmark(Baseline = true, Description = "gates x memory pass")]
    public void Passes()
    {
        for (int g = 0; g < _gateCount; g++)
        {
            MemoryPass.Run(_state, ParallelPolicy.Default);
        }
    }

    [Benchmark(Description = "simulate, fused <= 2 qubits")]
    public void Fused2() => Simulate(true, 2);

    [Benchmark(Description = "simulate, fused <= 3 qubits")]
    public void Fused3() => Simulate(true, 3);

    [Benchmark(Description = "simulate, fused <= 4 qubits (default)")]
    public void Fused4() => Simulate(true, 4);

    [Benchmark(Description = "simulate, fused <= 5 qubits")]
    public void Fused5() => Simulate(true, 5);

    [Benchmark(Description = "simulate, no fusion")]
    public void Unfused() => Simulate(false, 0);

    private void Simulate(bool fusion, int maxFused)
    {
        using Statevector state = new StatevectorSimulator(Options(fusion, maxFused)).Evolve(_program);
    }

    private static SimulatorOptions Options(bool fusion, int maxFused)
        => new() { Fusion = fusion, MaxFusedQubits = maxFused };
}
