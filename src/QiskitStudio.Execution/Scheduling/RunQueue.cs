namespace QiskitStudio.Execution.Scheduling;

/// <summary>
/// Lets a configured number of programs run at once; the rest wait in order, and one that
/// waits longer than allowed gets <see cref="RunQueueBusyException"/> instead of hanging.
/// </summary>
public sealed class RunQueue : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly TimeSpan _maxWait;
    private int _waiting;

    public RunQueue(int maxConcurrentRuns, TimeSpan maxWait)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrentRuns, 1);
        _slots = new SemaphoreSlim(maxConcurrentRuns, maxConcurrentRuns);
        MaxConcurrentRuns = maxConcurrentRuns;
        _maxWait = maxWait;
    }

    public int MaxConcurrentRuns { get; }

    /// <summary>How long a request may wait for a slot.</summary>
    public TimeSpan MaxWait => _maxWait;

    /// <summary>Programs running now.</summary>
    public int Running => MaxConcurrentRuns - _slots.CurrentCount;

    /// <summary>Programs waiting for a slot.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _waiting);
        bool entered;
        try
        {
            entered = await _slots.WaitAsync(_maxWait, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
        if (!entered)
            throw new RunQueueBusyException(MaxConcurrentRuns, _maxWait);

        try
        {
            return await work(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}

/// <summary>Every run slot stayed taken for longer than a request may wait.</summary>
public sealed class RunQueueBusyException(int maxConcurrentRuns, TimeSpan waited)
    : Exception($"The server is busy: {maxConcurrentRuns} program(s) are already running and none finished within {waited.TotalSeconds:0.#} seconds. Try again in a moment.");
