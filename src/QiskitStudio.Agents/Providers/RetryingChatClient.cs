using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using QiskitStudio.Agents.Kernel;

namespace QiskitStudio.Agents.Providers;

/// <summary>Waits before a retry; tests substitute one that records the delays and returns at once.</summary>
public delegate Task RetryWait(TimeSpan delay, CancellationToken cancellationToken);

/// <summary>
/// Retries transient failures (429, 5xx, timeouts, network errors) with exponential backoff and
/// jitter, honouring a provider's <c>Retry-After</c> when it is no longer than
/// <see cref="KernelOptions.MaxRetryDelay"/> (a longer one gives up at once, so the next model can
/// be tried). A stream is retried only until its first update has been passed on.
/// </summary>
public sealed class RetryingChatClient(IChatClient inner, int maxRetries, TimeSpan baseDelay, TimeSpan maxDelay, RetryWait? wait = null, ILogger? logger = null)
    : DelegatingChatClient(inner)
{
    private readonly RetryWait _wait = wait ?? ((delay, token) => Task.Delay(delay, token));
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var history = messages as IReadOnlyCollection<ChatMessage> ?? messages.ToList();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await base.GetResponseAsync(history, options, cancellationToken).ConfigureAwait(false);
            }
            catch (ChatProviderException failure) when (DelayBeforeRetry(failure, attempt, cancellationToken) is { } delay)
            {
                await _wait(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var history = messages as IReadOnlyCollection<ChatMessage> ?? messages.ToList();
        StreamStart started;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                started = await StreamStart.BeginAsync(base.GetStreamingResponseAsync(history, options, cancellationToken), cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (ChatProviderException failure) when (DelayBeforeRetry(failure, attempt, cancellationToken) is { } delay)
            {
                await _wait(delay, cancellationToken).ConfigureAwait(false);
            }
        }

        await foreach (var update in started.RestAsync().ConfigureAwait(false))
        {
            yield return update;
        }
    }

    /// <summary>The wait before the next attempt, or null when the failure must propagate.</summary>
    private TimeSpan? DelayBeforeRetry(ChatProviderException failure, int attempt, CancellationToken cancellationToken)
    {
        if (!failure.IsTransient || attempt >= maxRetries || cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        TimeSpan delay;
        if (failure.RetryAfter is { } asked)
        {
            if (asked > maxDelay)
            {
                _logger.LogWarning("Not retrying: the provider asked to wait {RetryAfter}, longer than {MaxDelay}. {Reason}", asked, maxDelay, failure.Message);
                return null;
            }
            delay = asked;
        }
        else
        {
            var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, attempt);
            var jitter = 1 + (Random.Shared.NextDouble() * 0.25);
            delay = TimeSpan.FromMilliseconds(Math.Min(exponential * jitter, maxDelay.TotalMilliseconds));
        }
        _logger.LogWarning("Retry {Attempt} of {MaxRetries} in {Delay}: {Reason}", attempt + 1, maxRetries, delay, failure.Message);
        return delay;
    }
}

/// <summary>
/// A stream whose first update has been awaited: failures before any output surface from
/// <see cref="BeginAsync"/>, where a retry or a fallback can still handle them.
/// </summary>
internal sealed class StreamStart
{
    private readonly IAsyncEnumerator<ChatResponseUpdate> _updates;
    private readonly bool _hasFirst;

    private StreamStart(IAsyncEnumerator<ChatResponseUpdate> updates, bool hasFirst)
    {
        _updates = updates;
        _hasFirst = hasFirst;
    }

    public static async Task<StreamStart> BeginAsync(IAsyncEnumerable<ChatResponseUpdate> stream, CancellationToken cancellationToken)
    {
        var updates = stream.GetAsyncEnumerator(cancellationToken);
        try
        {
            var hasFirst = await updates.MoveNextAsync().ConfigureAwait(false);
            return new StreamStart(updates, hasFirst);
        }
        catch
        {
            await updates.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async IAsyncEnumerable<ChatResponseUpdate> RestAsync()
    {
        await using (_updates.ConfigureAwait(false))
        {
            if (!_hasFirst)
            {
                yield break;
            }
            yield return _updates.Current;
            while (await _updates.MoveNextAsync().ConfigureAwait(false))
            {
                yield return _updates.Current;
            }
        }
    }
}
