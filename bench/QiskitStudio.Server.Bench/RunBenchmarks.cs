using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace QiskitStudio.Server.Bench;

/// <summary>
/// Issue 4 item 6: <c>POST /run</c> of a Bell-state program through the real server (Kestrel on
/// loopback, embedded engine), side by side with <c>python3 -c pass</c>: the bare start of CPython,
/// which every subprocess design pays before it even imports Qiskit. Bar: the whole embedded run is
/// faster than that bare start.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class RunBenchmarks
{
    public const string BellProgram =
        "from qiskit import QuantumCircuit\n" +
        "from qiskit_aer import AerSimulator\n" +
        "qc = QuantumCircuit(2, 2)\n" +
        "qc.h(0)\n" +
        "qc.cx(0, 1)\n" +
        "qc.measure([0, 1], [0, 1])\n" +
        "counts = AerSimulator().run(qc, shots=1024).result().get_counts()\n" +
        "print(counts)\n";

    private static readonly byte[] RunBody = Encoding.UTF8.GetBytes(
        "{\"input_value\": " + System.Text.Json.JsonSerializer.Serialize(BellProgram) + "}");

    private BenchServers.StudioServer _server = null!;
    private HttpClient _client = null!;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(15).WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _server = StartServer();
        _client = new HttpClient { BaseAddress = _server.Address, Timeout = TimeSpan.FromSeconds(60) };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "python3 -c pass (bare CPython start)")]
    public int PythonBareStart() => StartBarePython();

    [Benchmark(Description = "POST /run, Bell state, embedded engine")]
    public Task<string> RunBell() => PostRunAsync(_client);

    internal static BenchServers.StudioServer StartServer() => new(new Dictionary<string, string?>
    {
        ["QISKIT_ENGINE"] = "embedded",
        ["RATE_LIMIT_RUN_PER_MINUTE"] = "0",
    }, kernel: null);

    internal static async Task<string> PostRunAsync(HttpClient client)
    {
        using var content = new ByteArrayContent(RunBody);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/run", content);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || !text.Contains("'00'", StringComparison.Ordinal))
            throw new InvalidOperationException("The Bell run did not produce counts: " + text);
        return text;
    }

    /// <summary>
    /// The interpreter binary itself, not a launcher script (pyenv's shim on PATH adds ~100 ms), so
    /// the comparison is with CPython's own start: /usr/bin/python3 when it exists.
    /// </summary>
    internal static readonly string PythonBinary = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    internal static int StartBarePython()
    {
        using var process = Process.Start(new ProcessStartInfo(PythonBinary, ["-c", "pass"]) { UseShellExecute = false })!;
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary><c>--run-load [n]</c>: p50/p99 of both, measured alternately in one run.</summary>
    public static async Task RunLoadAsync(int count)
    {
        await using var server = StartServer();
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60) };
        for (var i = 0; i < 10; i++)
        {
            await PostRunAsync(client);
            StartBarePython();
        }

        var run = new double[count];
        var python = new double[count];
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await PostRunAsync(client);
            run[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            started = Stopwatch.GetTimestamp();
            StartBarePython();
            python[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        Array.Sort(run);
        Array.Sort(python);
        Console.WriteLine($"{"case",-44} {"p50 ms",9} {"p99 ms",9}");
        Console.WriteLine($"{"POST /run, Bell state, embedded engine",-44} {Percentile(run, 0.50),9:F2} {Percentile(run, 0.99),9:F2}");
        Console.WriteLine($"{PythonBinary + " -c pass (bare CPython start)",-44} {Percentile(python, 0.50),9:F2} {Percentile(python, 0.99),9:F2}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"p50 ratio run / bare start: {Percentile(run, 0.50) / Percentile(python, 0.50):F3}"));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
