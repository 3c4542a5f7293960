using System.Globalization;
using BenchmarkDotNet.Running;

namespace QiskitStudio.Server.Bench;

public static class BenchProgram
{
    /// <summary>
    /// <c>--load [requests] [concurrency]</c>: per-request p50/p99 and requests per second.
    /// <c>--run-load [n]</c>: POST /run of a Bell program against <c>python3 -c pass</c>, p50/p99.
    /// Anything else goes to BenchmarkDotNet (e.g. <c>--filter '*'</c>).
    /// </summary>
    public static async Task Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--load")
        {
            var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
            var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 8;
            await LoadRun.RunAsync(requests, concurrency);
            return;
        }
        if (args.Length > 0 && args[0] == "--run-load")
        {
            await RunBenchmarks.RunLoadAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
    }
}
