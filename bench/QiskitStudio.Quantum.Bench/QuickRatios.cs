using System.Diagnostics;
using System.Numerics;
using QiskitStudio.Quantum.Simulation;
using QiskitStudio.Quantum.Simulation.Kernels;

namespace QiskitStudio.Quantum.Bench;

/// <summary>
/// Paired ratios, for a shared, loaded machine: `dotnet run -c Release -- quick [qubits]`.
/// Each repetition times one memory pass and then the thing measured, back to back, and the
/// figure is the median of those per-pair ratios, so slow swings of other load cancel out
/// (BenchmarkDotNet measures each method in its own stretch of time, minutes apart).
/// </summary>
internal static class QuickRatios
{
    public static int Run(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 24;
        int reps = args.Length > 1 && int.TryParse(args[1], out int r) ? r : 9;
        ParallelPolicy policy = ParallelPolicy.Default;
        using var state = new StateBuffer(n);
        state.SetZeroState();
        void Pass() => MemoryPass.Run(state, policy);
        void TenPasses()
        {
            for (int i = 0; i < 10; i++)
            {
                Pass();
            }
        }

        Console.WriteLine($"{n} qubits, kernels {GateKernels.Best.Name}, policy {policy}, {Environment.ProcessorCount} cores; median of {reps} paired ratios");

        Complex[] h = new BenchGate("h", [0]).Matrix();
        foreach ((string name, KernelGate gate) in args.Contains("random") ? [] : new (string, KernelGate)[]
        {
            ("1q H on qubit 0", GateClassifier.Classify([0], h)!),
            ("1q H on qubit 1", GateClassifier.Classify([1], h)!),
            ("1q H on qubit n/2", GateClassifier.Classify([n / 2], h)!),
            ("1q H on qubit n-1", GateClassifier.Classify([n - 1], h)!),
            ("1q RZ (diagonal)", GateClassifier.Classify([n / 2], new BenchGate("rz", [0], 0.4).Matrix())!),
            ("2q CX 3,n-2", GateClassifier.Classify([3, n - 2], new BenchGate("cx", [0, 1]).Matrix())!),
            ("2q dense 0,1", new DenseGate([0, 1], Dense(2))),
            ("2q dense n/2,n-1", new DenseGate([n / 2, n - 1], Dense(2))),
            ("3q dense 2,5,n-1", new DenseGate([2, 5, n - 1], Dense(3))),
            ("4q dense 4,5,6,7", new DenseGate([4, 5, 6, 7], Dense(4))),
        })
        {
            double ratio = PairedRatio(Pass, () => GateKernels.Best.Apply(state, gate, policy), reps);
            Console.WriteLine($"  {name,-20} {ratio,6:F2} x pass");
        }

        List<BenchGate> gates = BenchCircuits.Random(n, RandomCircuitBenchmarks.Depth);
        SimulationProgram program = BenchCircuits.ToProgram(n, gates);
        Console.WriteLine($"random depth {RandomCircuitBenchmarks.Depth}: {gates.Count} gates; whole simulation / (gates x pass)");
        foreach (int k in args.Contains("unfused") ? new[] { 2, 3, 4, 5, 0 } : [2, 3, 4, 5])
        {
            var options = new SimulatorOptions { Fusion = k > 0, MaxFusedQubits = Math.Max(k, 2), Parallelism = policy };
            int passes = PreparedProgram.Prepare(program, options).GateCount;
            var simulator = new StatevectorSimulator(options);
            // The baseline side is ten passes, so one slow pass does not swing the ratio.
            double ratio = PairedRatio(TenPasses, () => simulator.Evolve(program).Dispose(), k == 0 ? 1 : 3) * 10;
            Console.WriteLine($"  {(k == 0 ? "no fusion" : $"fused <= {k}"),-12} ({passes,4} passes) {ratio / gates.Count,6:F3}");
        }

        return 0;
    }

    private static Complex[] Dense(int k)
    {
        var random = new Random(k);
        int dim = 1 << k;
        return [.. Enumerable.Range(0, dim * dim).Select(_ => new Complex(random.NextDouble() - 0.5, random.NextDouble() - 0.5) / dim)];
    }

    private static double PairedRatio(Action baseline, Action measured, int reps)
    {
        baseline();
        measured();
        var ratios = new List<double>();
        for (int r = 0; r < reps; r++)
        {
            long start = Stopwatch.GetTimestamp();
            baseline();
            double b = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            start = Stopwatch.GetTimestamp();
            measured();
            double m = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            ratios.Add(m / b);
        }

        ratios.Sort();
        return ratios[ratios.Count / 2];
    }
}
