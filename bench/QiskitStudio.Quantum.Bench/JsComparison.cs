using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using QiskitStudio.Quantum.Simulation;

namespace QiskitStudio.Quantum.Bench;

/// <summary>
/// Side by side with the npm simulator quantum-circuit: the same circuits (QFT, GHZ, random
/// depth 20) built in both, each simulated to its final state. Only quantum-circuit's run()
/// is timed (not node's start-up nor circuit building); ours is timed over the whole
/// simulation including fusion. quantum-circuit slows down fast, so its runs are bounded by
/// qubit count and by a time limit; a run cut off by the limit is reported as "> limit" and
/// its ratio as a lower bound.
/// </summary>
internal static class JsComparison
{
    public static int Run(string[] args)
    {
        int[] qubitCounts = Option(args, "--qubits", "10,12,14,16,18,20,22,24").Split(',').Select(int.Parse).ToArray();
        int jsMaxQubits = int.Parse(Option(args, "--js-max-qubits", "20"), CultureInfo.InvariantCulture);
        double jsTimeout = double.Parse(Option(args, "--js-timeout", "120"), CultureInfo.InvariantCulture);
        string[] kinds = Option(args, "--circuits", "qft,ghz,random").Split(',');
        string jsDir = FindJsDirectory();

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, kernels {new StatevectorSimulator().KernelName}, {DateTime.UtcNow:u}");
        Console.WriteLine("ours: whole simulation to the final state (threads = default policy; 1 thread = sequential)");
        Console.WriteLine("quantum-circuit: run() only, median of repetitions; node is single-threaded");
        Console.WriteLine();
        Console.WriteLine($"{"circuit",-8} {"qubits",6} {"gates",6} {"ours ms",10} {"ours 1t ms",11} {"q-c ms",12} {"ratio",10} {"ratio 1t",10}");

        foreach (string kind in kinds)
        {
            bool jsGaveUp = false;
            foreach (int n in qubitCounts)
            {
                List<BenchGate> gates = kind switch
                {
                    "qft" => BenchCircuits.Qft(n),
                    "ghz" => BenchCircuits.Ghz(n),
                    _ => BenchCircuits.Random(n, 20),
                };
                SimulationProgram program = BenchCircuits.ToProgram(n, gates);
                int reps = n <= 16 ? 5 : n <= 20 ? 3 : 1;
                double ours = TimeOurs(program, reps, ParallelPolicy.Default);
                double oursSequential = TimeOurs(program, reps, ParallelPolicy.Sequential);

                string jsText = "-";
                string ratio = "-";
                string ratioSequential = "-";
                if (n <= jsMaxQubits && !jsGaveUp)
                {
                    (double? jsMs, bool timedOut) = TimeQuantumCircuit(jsDir, kind, n, gates, n <= 14 ? 3 : 1, jsTimeout);
                    if (jsMs is { } ms)
                    {
                        jsText = ms.ToString("F1", CultureInfo.InvariantCulture);
                        ratio = (ms / ours).ToString("F0", CultureInfo.InvariantCulture) + "x";
                        ratioSequential = (ms / oursSequential).ToString("F0", CultureInfo.InvariantCulture) + "x";
                    }
                    else if (timedOut)
                    {
                        jsText = $"> {jsTimeout * 1000:F0}";
                        ratio = "> " + (jsTimeout * 1000 / ours).ToString("F0", CultureInfo.InvariantCulture) + "x";
                        ratioSequential = "> " + (jsTimeout * 1000 / oursSequential).ToString("F0", CultureInfo.InvariantCulture) + "x";
                        jsGaveUp = true;
                    }
                }

                Console.WriteLine($"{kind,-8} {n,6} {gates.Count,6} {ours,10:F2} {oursSequential,11:F2} {jsText,12} {ratio,10} {ratioSequential,10}");
            }
        }

        return 0;
    }

    private static double TimeOurs(SimulationProgram program, int reps, ParallelPolicy policy)
    {
        var simulator = new StatevectorSimulator(new SimulatorOptions { Parallelism = policy });
        simulator.Evolve(program).Dispose(); // warm-up (JIT, page faults)
        var times = new List<double>();
        for (int r = 0; r < reps; r++)
        {
            long start = Stopwatch.GetTimestamp();
            simulator.Evolve(program).Dispose();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return Median(times);
    }

    private static (double? Ms, bool TimedOut) TimeQuantumCircuit(string jsDir, string kind, int n, List<BenchGate> gates, int reps, double timeoutSeconds)
    {
        string specPath = Path.Combine(Path.GetTempPath(), $"qc-bench-{Environment.ProcessId}-{kind}-{n}.json");
        var spec = new
        {
            name = kind,
            qubits = n,
            repetitions = reps,
            gates = gates.Select(g => new { name = g.Name, qubits = g.Qubits, angle = g.Angle }),
        };
        File.WriteAllText(specPath, JsonSerializer.Serialize(spec));
        var info = new ProcessStartInfo("node", ["--max-old-space-size=8192", Path.Combine(jsDir, "run-quantum-circuit.js"), specPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = jsDir,
        };
        using Process process = Process.Start(info) ?? throw new InvalidOperationException("cannot start node");
        var times = new List<double>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line && line.StartsWith('{'))
            {
                lock (times)
                {
                    times.Add(JsonDocument.Parse(line).RootElement.GetProperty("ms").GetDouble());
                }
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        bool finished = process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds));
        if (!finished)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        else
        {
            process.WaitForExit();
        }

        File.Delete(specPath);
        lock (times)
        {
            return times.Count > 0 ? (Median(times), false) : (null, !finished);
        }
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static string Option(string[] args, string name, string fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private static string FindJsDirectory()
    {
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                foreach (string candidate in new[] { Path.Combine(dir.FullName, "js"), Path.Combine(dir.FullName, "bench", "QiskitStudio.Quantum.Bench", "js") })
                {
                    if (File.Exists(Path.Combine(candidate, "run-quantum-circuit.js")) && Directory.Exists(Path.Combine(candidate, "node_modules", "quantum-circuit")))
                    {
                        return candidate;
                    }
                }
            }
        }

        throw new InvalidOperationException(
            "quantum-circuit is not installed: cd bench/QiskitStudio.Quantum.Bench/js && npm install");
    }
}
