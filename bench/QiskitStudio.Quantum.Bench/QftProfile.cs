using System.Diagnostics;
using QiskitStudio.Quantum.Simulation;
using QiskitStudio.Quantum.Simulation.Kernels;

namespace QiskitStudio.Quantum.Bench;

/// <summary>
/// profile [qubits] [circuit]: splits our time on one circuit into preparation (fusion,
/// classification) and execution, and lists the slowest steps, for finding fixed costs.
/// </summary>
internal static class QftProfile
{
    public static int Run(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 16;
        string kind = args.Length > 1 ? args[1] : "qft";
        List<BenchGate> gates = kind switch
        {
            "qft" => BenchCircuits.Qft(n),
            "ghz" => BenchCircuits.Ghz(n),
            _ => BenchCircuits.Random(n, 20),
        };
        SimulationProgram program = BenchCircuits.ToProgram(n, gates);
        var options = new SimulatorOptions { Parallelism = ParallelPolicy.Sequential };
        var simulator = new Simulator(GateKernels.Best, options.Parallelism);
        const int reps = 20;
        var prepareTimes = new List<double>();
        var runTimes = new List<double>();
        var wholeTimes = new List<double>();
        PreparedProgram prepared = PreparedProgram.Prepare(program, options);
        var stepTimes = new double[prepared.Steps.Count];
        for (int r = 0; r < reps; r++)
        {
            long t0 = Stopwatch.GetTimestamp();
            prepared = PreparedProgram.Prepare(program, options);
            prepareTimes.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            t0 = Stopwatch.GetTimestamp();
            using (StateBuffer state = simulator.Evolve(prepared, new Random(0)))
            {
                runTimes.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }

            t0 = Stopwatch.GetTimestamp();
            new StatevectorSimulator(options).Evolve(program).Dispose();
            wholeTimes.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);

            using var each = StateBuffer.CreateZeroState(n);
            ulong clbits = 0;
            for (int s = 0; s < prepared.Steps.Count; s++)
            {
                long ts = Stopwatch.GetTimestamp();
                simulator.Run(each, prepared.Steps, s, s + 1, ref clbits, new Random(0));
                stepTimes[s] += Stopwatch.GetElapsedTime(ts).TotalMilliseconds / reps;
            }
        }

        var late = new List<double>();
        for (int r = 0; r < 300; r++)
        {
            long t0 = Stopwatch.GetTimestamp();
            PreparedProgram.Prepare(program, options);
            late.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            if (r % 50 == 0)
            {
                Thread.Sleep(150);
            }
        }

        Console.WriteLine($"prepare: first {string.Join(" ", prepareTimes.Take(6).Select(x => x.ToString("F2")))}; after 300 more {late[^1]:F2} ms (min {late.Min():F2})");
        prepareTimes.Sort();
        runTimes.Sort();
        wholeTimes.Sort();
        Console.WriteLine($"{kind}({n}): {gates.Count} gates -> {prepared.Steps.Count} steps; median prepare {prepareTimes[reps / 2]:F2} ms, run {runTimes[reps / 2]:F2} ms, whole (1 thread) {wholeTimes[reps / 2]:F2} ms");
        foreach (var group in prepared.Steps.Select((s, i) => (Step: (GateStep)s, Ms: stepTimes[i]))
            .GroupBy(x => $"{x.Step.Gate.GetType().Name} t[{string.Join(',', x.Step.Gate.Targets)}] c[{string.Join(',', x.Step.Gate.Controls)}]")
            .OrderByDescending(g => g.Sum(x => x.Ms)).Take(25))
        {
            Console.WriteLine($"  {group.Sum(x => x.Ms),8:F3} ms  x{group.Count(),-3} {group.Key}");
        }

        return 0;
    }
}
