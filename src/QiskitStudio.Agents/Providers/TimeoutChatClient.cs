using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using QiskitStudio.Agents.Kernel;

namespace QiskitStudio.Agents.Providers;

/// <summary>
/// Gives each attempt a time limit. When the limit (not the caller) cancels the call, the result is a
/// transient <see cref="ChatProviderException"/>, so the retry decorator tries again. For a stream the
/// limit covers the whole stream.
/// </summary>
public sealed class TimeoutChatClient(IChatClient inner, string provider, string model, TimeSpan timeout) : DelegatingChatClient(inner)
{
    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            return await base.GetResponseAsync(messages, options, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested && limit.IsCancellationRequested)
        {
            throw TimedOut(exception);
        }
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var updates = base.GetStreamingResponseAsync(messages, options, limit.Token).GetAsyncEnumerator(limit.Token);
        await using (updates.ConfigureAwait(false))
        {
            while (true)
            {
                ChatResponseUpdate current;
                try
                {
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }
                    current = updates.Current;
                }
                catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested && limit.IsCancellationRequested)
                {
                    throw TimedOut(exception);
                }
                yield return current;
            }
        }
    }

    private ChatProviderException TimedOut(Exception inner) =>
        new($"{provider} model {model}: no answer within {timeout.TotalSeconds:0.###} s (LLM_TIMEOUT_SECONDS).", provider, null, inner)
        {
            IsTransient = true,
        };
}
