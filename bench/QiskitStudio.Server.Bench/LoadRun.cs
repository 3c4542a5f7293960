using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace QiskitStudio.Server.Bench;

/// <summary>
/// Per-request latency percentiles and throughput (BenchmarkDotNet reports per-iteration means, not
/// a per-request p99): N requests one at a time for p50/p99, then N requests from C concurrent
/// clients for requests per second.
/// </summary>
public static class LoadRun
{
    public static async Task RunAsync(int requests, int concurrency)
    {
        await using var servers = new BenchServers();
        var cases = new (string Name, Func<Task<HttpStatusCode>> Call)[]
        {
            ("fake provider alone", servers.PostProviderAsync),
            ("POST /chat, host only (instant kernel)", () => servers.PostChatAsync(servers.HostOnlyServer)),
            ("POST /chat, real kernel + fake provider", () => servers.PostChatAsync(servers.FullServer)),
        };

        var medians = new Dictionary<string, double>();
        Console.WriteLine($"{requests} sequential requests per case (after {requests / 10} warm-up), then {requests} with {concurrency} concurrent clients");
        Console.WriteLine($"{"case",-42} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"seq req/s",10} {"conc req/s",11}");
        foreach (var (name, call) in cases)
        {
            for (var i = 0; i < requests / 10; i++)
            {
                Check(await call());
            }
            var latencies = new double[requests];
            var total = Stopwatch.StartNew();
            for (var i = 0; i < requests; i++)
            {
                var start = Stopwatch.GetTimestamp();
                Check(await call());
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
            var sequentialRps = requests / total.Elapsed.TotalSeconds;

            var next = 0;
            var concurrent = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
            {
                while (Interlocked.Increment(ref next) <= requests)
                {
                    Check(await call());
                }
            }));
            var concurrentRps = requests / concurrent.Elapsed.TotalSeconds;

            Array.Sort(latencies);
            medians[name] = Percentile(latencies, 50);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-42} {Percentile(latencies, 50),8:F3} {Percentile(latencies, 90),8:F3} {Percentile(latencies, 99),8:F3} {sequentialRps,10:F0} {concurrentRps,11:F0}"));
        }
        var provider = medians["fake provider alone"];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"server overhead at p50: host only {medians["POST /chat, host only (instant kernel)"]:F3} ms (an instant kernel, no provider hop); " +
            $"whole server {medians["POST /chat, real kernel + fake provider"] - provider:F3} ms (full /chat minus the provider alone)"));
    }

    private static double Percentile(double[] sorted, double percent)
    {
        var rank = percent / 100 * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }

    private static void Check(HttpStatusCode status)
    {
        if (status != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Benchmark request failed with {(int)status}.");
        }
    }
}
