using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace QiskitStudio.Server.Bench;

/// <summary>
/// One request at a time, through real HTTP on loopback: the fake provider alone (the floor), the
/// host with an instant kernel (the host's own cost), and the whole server with the real kernel
/// calling the fake provider through the OpenAI SDK. Server overhead = full − provider alone.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class ChatBenchmarks
{
    private BenchServers _servers = null!;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In process: no generated project to build (the servers run in this process anyway).
            AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.OperationsPerSecond);
        }
    }

    [GlobalSetup]
    public void Setup() => _servers = new BenchServers();

    [GlobalCleanup]
    public void Cleanup() => _servers.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "fake provider alone")]
    public Task ProviderAlone() => _servers.PostProviderAsync();

    [Benchmark(Description = "POST /chat, host only (instant kernel)")]
    public Task HostOnly() => _servers.PostChatAsync(_servers.HostOnlyServer);

    [Benchmark(Description = "POST /chat, real kernel + fake provider")]
    public Task FullServer() => _servers.PostChatAsync(_servers.FullServer);
}
