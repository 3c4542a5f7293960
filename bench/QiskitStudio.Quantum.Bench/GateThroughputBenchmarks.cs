using System.Numerics;
using BenchmarkDotNet.Attributes;
using QiskitStudio.Quantum.Simulation;
using QiskitStudio.Quantum.Simulation.Kernels;

namespace QiskitStudio.Quantum.Bench;

/// <summary>
/// One gate applied to an n-qubit state, as a ratio to one plain read-and-write pass over the
/// same state (the baseline). Bar: one-qubit gates within 2x of the pass.
/// </summary>
[Config(typeof(ShortConfig))]
public class GateThroughputBenchmarks
{
    private StateBuffer _state = null!;
    private KernelGate _hLow = null!, _hMid = null!, _hHigh = null!, _rz = null!, _cx = null!, _dense2Low = null!, _dense2High = null!;
    private readonly IGateKernels _kernels = GateKernels.Best;

    [Params(20, 22, 24, 26)]
    public int Qubits { get; set; }

    /// <summary>Both sides use the default policy: threads on this machine's cores.</summary>
    private static ParallelPolicy PolicyValue => ParallelPolicy.Default;

    [GlobalSetup]
    public void Setup()
    {
        _state = new StateBuffer(Qubits);
        _state.SetZeroState();
        var random = new Random(1);
        Complex[] h = new BenchGate("h", [0]).Matrix();
        _hLow = Classify([0], h);
        _hMid = Classify([Qubits / 2], h);
        _hHigh = Classify([Qubits - 1], h);
        _rz = Classify([Qubits / 2], new BenchGate("rz", [0], 0.3).Matrix());
        _cx = Classify([3, Qubits - 2], new BenchGate("cx", [0, 1]).Matrix());
        Complex[] u = RandomUnitary2(random);
        _dense2Low = Classify([0, 1], u);
        _dense2High = Classify([Qubits / 2, Qubits - 1], u);
    }

    [GlobalCleanup]
    public void Cleanup() => _state.Dispose();

    [Benchmark(Baseline = true, Description = "memory pass")]
    public void Pass() => MemoryPass.Run(_state, PolicyValue);

    [Benchmark(Description = "1q H on qubit 0")]
    public void HLow() => _kernels.Apply(_state, _hLow, PolicyValue);

    [Benchmark(Description = "1q H on qubit n/2")]
    public void HMid() => _kernels.Apply(_state, _hMid, PolicyValue);

    [Benchmark(Description = "1q H on qubit n-1")]
    public void HHigh() => _kernels.Apply(_state, _hHigh, PolicyValue);

    [Benchmark(Description = "1q RZ (diagonal)")]
    public void Rz() => _kernels.Apply(_state, _rz, PolicyValue);

    [Benchmark(Description = "2q CX (controlled permutation)")]
    public void Cx() => _kernels.Apply(_state, _cx, PolicyValue);

    [Benchmark(Description = "2q dense on 0,1")]
    public void Dense2Low() => _kernels.Apply(_state, _dense2Low, PolicyValue);

    [Benchmark(Description = "2q dense on n/2,n-1")]
    public void Dense2High() => _kernels.Apply(_state, _dense2High, PolicyValue);

    private static KernelGate Classify(int[] qubits, Complex[] matrix)
        => GateClassifier.Classify(qubits, matrix) ?? throw new InvalidOperationException("identity");

    private static Complex[] RandomUnitary2(Random random)
    {
        // A product of rotations and a CX: dense, unitary, no structure the classifier can use.
        var program = new SimulationProgram(2)
            .Gate("ry", new BenchGate("ry", [0], random.NextDouble() * 3).Matrix(), 0)
            .Gate("rx", new BenchGate("rx", [0], random.NextDouble() * 3).Matrix(), 1)
            .Gate("cx", new BenchGate("cx", [0, 1]).Matrix(), 0, 1)
            .Gate("ry", new BenchGate("ry", [0], random.NextDouble() * 3).Matrix(), 1)
            .Gate("rz", new BenchGate("rz", [0], random.NextDouble() * 3).Matrix(), 0);
        var ops = program.Ops.Cast<GateOp>().ToList();
        return GateFuser.Multiply(ops, [0, 1]);
    }
}
