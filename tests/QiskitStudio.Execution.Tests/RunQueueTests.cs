using QiskitStudio.Execution.Scheduling;

namespace QiskitStudio.Execution.Tests;

/// <summary>Issue 4 item 5: a configurable number of runs at once, the rest queue, a long wait is refused.</summary>
public class RunQueueTests
{
    [Fact]
    public async Task RunsAtMostTheConfiguredNumberAtOnce()
    {
        using var queue = new RunQueue(2, TimeSpan.FromSeconds(30));
        var running = 0;
        var peak = 0;
        var release = new TaskCompletionSource();

        var runs = Enumerable.Range(0, 5).Select(_ => queue.RunAsync(async _ =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            await release.Task;
            Interlocked.Decrement(ref running);
            return now;
        }, CancellationToken.None)).ToList();

        while (queue.Running < 2 || queue.Waiting < 3)
            await Task.Delay(10);
        release.SetResult();
        await Task.WhenAll(runs);

        Assert.Equal(2, peak);
        Assert.Equal(0, queue.Running);
    }

    [Fact]
    public async Task AWaitPastTheLimit_GetsAClearBusyError()
    {
        using var queue = new RunQueue(1, TimeSpan.FromMilliseconds(100));
        var hold = new TaskCompletionSource();
        var first = queue.RunAsync(async _ => { await hold.Task; return 1; }, CancellationToken.None);

        var busy = await Assert.ThrowsAsync<RunQueueBusyException>(() => queue.RunAsync(_ => Task.FromResult(2), CancellationToken.None));
        Assert.Contains("busy", busy.Message);

        hold.SetResult();
        Assert.Equal(1, await first);
        Assert.Equal(3, await queue.RunAsync(_ => Task.FromResult(3), CancellationToken.None));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
