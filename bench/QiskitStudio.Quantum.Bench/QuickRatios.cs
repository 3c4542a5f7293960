using System.Diagnostics;
using System.Numerics;
using QiskitStudio.Quantum.Simulation;
using QiskitStudio.Quantum.Simulation.Kernels;

namespace QiskitStudio.Quantum.Bench;

/// <summary>
/// A fast Stopwatch check of the same ratios the BenchmarkDotNet classes measure (minutes
/// instead of tens of minutes), for tuning: `dotnet run -c Release -- quick [qubits]`.
/// Each figure is the fastest of a few repetitions (the least disturbed by other load).
/// </summary>
internal static class QuickRatios
{
    public static int Run(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 24;
        // "cpu": sequential passes timed by processor time, which other load on a shared machine
        // disturbs far less than wall-clock time (for tuning kernels, not for the reported figures).
        s_cpuTime = args.Length > 1 && args[1] == "cpu";
        ParallelPolicy policy = s_cpuTime ? ParallelPolicy.Sequential : ParallelPolicy.Default;
        using var state = new StateBuffer(n);
        state.SetZeroState();
        double pass = Fastest(() => MemoryPass.Run(state, policy), 7);
        Console.WriteLine($"{n} qubits, kernels {GateKernels.Best.Name}, memory pass {pass:F2} ms");

        Complex[] h = new BenchGate("h", [0]).Matrix();
        foreach ((string name, KernelGate gate) in new (string, KernelGate)[]
        {
            ("H q0", GateClassifier.Classify([0], h)!),
            ("H q1", GateClassifier.Classify([1], h)!),
            ("H q n/2", GateClassifier.Classify([n / 2], h)!),
            ("H q n-1", GateClassifier.Classify([n - 1], h)!),
            ("RZ q n/2", GateClassifier.Classify([n / 2], new BenchGate("rz", [0], 0.4).Matrix())!),
            ("CX 3,n-2", GateClassifier.Classify([3, n - 2], new BenchGate("cx", [0, 1]).Matrix())!),
            ("dense2 0,1", new DenseGate([0, 1], Dense(2))),
            ("dense2 n/2,n-1", new DenseGate([n / 2, n - 1], Dense(2))),
            ("dense3 0,5,n-1", new DenseGate([0, 5, n - 1], Dense(3))),
            ("dense3 2,5,n-1", new DenseGate([2, 5, n - 1], Dense(3))),
            ("dense4 0,1,2,3", new DenseGate([0, 1, 2, 3], Dense(4))),
            ("dense4 4,5,6,7", new DenseGate([4, 5, 6, 7], Dense(4))),
            ("dense5 4..8", new DenseGate([4, 5, 6, 7, 8], Dense(5))),
        })
        {
            double t = Fastest(() => GateKernels.Best.Apply(state, gate, policy), 5);
            Console.WriteLine($"  {name,-16} {t,8:F2} ms  {t / pass,5:F2} x pass");
        }

        List<BenchGate> gates = BenchCircuits.Random(n, 20);
        SimulationProgram program = BenchCircuits.ToProgram(n, gates);
        Console.WriteLine($"random depth 20: {gates.Count} gates");
        foreach (int k in new[] { 2, 3, 4, 5, 0 })
        {
            var options = new SimulatorOptions { Fusion = k > 0, MaxFusedQubits = Math.Max(k, 2), Parallelism = policy };
            int passes = PreparedProgram.Prepare(program, options).GateCount;
            var simulator = new StatevectorSimulator(options);
            double t = Fastest(() => simulator.Evolve(program).Dispose(), k == 0 ? 1 : 3);
            double passAgain = Fastest(() => MemoryPass.Run(state, policy), 5);
            Console.WriteLine($"  fused <= {k} ({passes,4} passes): {t,9:F1} ms = {t / (gates.Count * passAgain):F3} x (gates x pass), pass {passAgain:F2} ms");
        }

        return 0;
    }

    private static Complex[] Dense(int k)
    {
        var random = new Random(k);
        int dim = 1 << k;
        return [.. Enumerable.Range(0, dim * dim).Select(_ => new Complex(random.NextDouble() - 0.5, random.NextDouble() - 0.5) / dim)];
    }

    private static bool s_cpuTime;

    private static double Fastest(Action action, int reps)
    {
        action();
        var times = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (int r = 0; r < reps; r++)
        {
            process.Refresh();
            TimeSpan cpu = process.TotalProcessorTime;
            long start = Stopwatch.GetTimestamp();
            action();
            process.Refresh();
            times.Add(s_cpuTime ? (process.TotalProcessorTime - cpu).TotalMilliseconds : Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return times.Min();
    }
}
