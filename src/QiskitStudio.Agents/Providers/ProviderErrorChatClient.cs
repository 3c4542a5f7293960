using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using QiskitStudio.Agents.Kernel;

namespace QiskitStudio.Agents.Providers;

/// <summary>
/// The innermost decorator: wraps one SDK client for one model and translates its exceptions with
/// <see cref="ProviderErrors"/>, attaching any <c>Retry-After</c> the HTTP layer saw. With
/// <paramref name="requireFinishReason"/>, a stream that ends without a finish reason (cut short) is
/// a failure rather than a silently truncated answer.
/// </summary>
public sealed class ProviderErrorChatClient(IChatClient inner, string provider, string model, bool requireFinishReason = true) : DelegatingChatClient(inner)
{
    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var probe = RetryAfterProbe.Begin();
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (ProviderErrors.Translate(exception, provider, model, cancellationToken, probe.RetryAfter) is { } translated && !ReferenceEquals(translated, exception))
        {
            throw translated;
        }
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var probe = RetryAfterProbe.Begin();
        IAsyncEnumerator<ChatResponseUpdate> updates;
        try
        {
            updates = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        }
        catch (Exception exception) when (ProviderErrors.Translate(exception, provider, model, cancellationToken, probe.RetryAfter) is { } translated && !ReferenceEquals(translated, exception))
        {
            throw translated;
        }

        var finished = false;
        await using (updates.ConfigureAwait(false))
        {
            while (true)
            {
                ChatResponseUpdate current;
                try
                {
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                    current = updates.Current;
                }
                catch (Exception exception) when (ProviderErrors.Translate(exception, provider, model, cancellationToken, probe.RetryAfter) is { } translated && !ReferenceEquals(translated, exception))
                {
                    throw translated;
                }
                current.ModelId ??= model;
                finished |= current.FinishReason is not null;
                yield return current;
            }
        }

        // Both protocols close a complete answer with a finish reason. A stream that stops without one
        // was cut short: an in-stream error event the SDK skipped, or a dropped connection.
        if (requireFinishReason && !finished)
        {
            throw new ChatProviderException(
                $"{provider} model {model}: the answer stream ended before the answer was complete.", provider, null)
            {
                IsTransient = true,
            };
        }
    }
}
