using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using QiskitStudio.Python;
using QiskitStudio.Python.Bench;

// Usage (Release): dotnet run -c Release --project bench/QiskitStudio.Python.Bench [-- --quick] [-- --filter name]
//   default   BenchmarkDotNet with a short job for our interpreter, then CPython, then a ratio table.
//   --quick   no BenchmarkDotNet: a Stopwatch median over a few runs (for a loaded machine or a smoke check).
bool quick = args.Contains("--quick");
string? only = args.SkipWhile(a => a != "--filter").Skip(1).FirstOrDefault();
var programs = BenchPrograms.All.Where(kv => only is null || kv.Key.Contains(only, StringComparison.Ordinal))
    .ToDictionary(kv => kv.Key, kv => kv.Value);
const int CPythonIterations = 7;

// CPython is timed before and after ours, and each side keeps its fastest run: on a shared, loaded
// machine the minimum is the figure least disturbed by other work.
Console.WriteLine($"timing CPython ({CPythonTimer.Version() ?? "python3 not found"}), {CPythonIterations} runs per program...");
var cpythonBefore = CPythonTimer.MinSeconds(programs, CPythonIterations);
Dictionary<string, double> ours = quick ? TimeOursQuick(programs) : TimeOursWithBenchmarkDotNet(programs.Keys.ToArray());
var cpythonAfter = CPythonTimer.MinSeconds(programs, CPythonIterations);
var cpython = cpythonBefore is null || cpythonAfter is null
    ? null
    : cpythonBefore.ToDictionary(kv => kv.Key, kv => Math.Min(kv.Value, cpythonAfter.GetValueOrDefault(kv.Key, kv.Value)));
PrintTable(ours, cpython);
return 0;

static Dictionary<string, double> TimeOursQuick(Dictionary<string, string> programs)
{
    var engine = new PythonEngine(new PythonEngineOptions());
    var result = new Dictionary<string, double>();
    foreach (var (name, source) in programs)
    {
        var warm = engine.Run(source);
        if (!warm.Succeeded)
        {
            Console.WriteLine($"{name}: fails in our interpreter: {warm.Error!.TypeName}: {warm.Error.Message}");
            continue;
        }
        var samples = new List<double>();
        for (int i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            engine.Run(source);
            samples.Add(watch.Elapsed.TotalSeconds);
        }
        result[name] = samples.Min();
    }
    return result;
}

static Dictionary<string, double> TimeOursWithBenchmarkDotNet(string[] names)
{
    // In-process: no generated project to build, so it runs from any directory and with BUILD_SLOT.
    var job = Job.ShortRun.WithWarmupCount(2).WithIterationCount(5).WithLaunchCount(1)
        .WithToolchain(InProcessEmitToolchain.Instance);
    var config = ManualConfig.Create(DefaultConfig.Instance).AddJob(job).WithOptions(ConfigOptions.DisableOptimizationsValidator);
    Summary summary = BenchmarkRunner.Run<InterpreterBenchmarks>(config);
    var result = new Dictionary<string, double>();
    foreach (var report in summary.Reports)
    {
        string name = (string)report.BenchmarkCase.Parameters["Program"];
        if (report.ResultStatistics is { } stats && names.Contains(name))
            result[name] = stats.Min / 1e9;
    }
    return result;
}

static void PrintTable(Dictionary<string, double> ours, Dictionary<string, double>? cpython)
{
    Console.WriteLine();
    Console.WriteLine("fastest run of each program, in milliseconds (parse and run, start-up excluded)");
    Console.WriteLine($"{"program",-16}{"ours (ms)",12}{"CPython (ms)",14}{"ours/CPython",14}");
    Console.WriteLine(new string('-', 56));
    double worst = 0;
    foreach (var name in ours.Keys.Order(StringComparer.Ordinal))
    {
        double o = ours[name] * 1000;
        string c = "n/a", ratio = "n/a";
        if (cpython is not null && cpython.TryGetValue(name, out double cs))
        {
            c = (cs * 1000).ToString("F2", CultureInfo.InvariantCulture);
            double r = ours[name] / cs;
            worst = Math.Max(worst, r);
            ratio = r.ToString("F2", CultureInfo.InvariantCulture) + "x";
        }
        Console.WriteLine($"{name,-16}{o.ToString("F2", CultureInfo.InvariantCulture),12}{c,14}{ratio,14}");
    }
    Console.WriteLine(new string('-', 56));
    Console.WriteLine(cpython is null
        ? "python3 not available: no ratios"
        : $"worst ratio {worst.ToString("F2", CultureInfo.InvariantCulture)}x (bar: 3x CPython 3.11)");
}
