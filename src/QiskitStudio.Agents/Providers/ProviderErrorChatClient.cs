using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace QiskitStudio.Agents.Providers;

/// <summary>
/// The innermost decorator: wraps one SDK client for one model and translates its exceptions with
/// <see cref="ProviderErrors"/>, attaching any <c>Retry-After</c> the HTTP layer saw.
/// </summary>
public sealed class ProviderErrorChatClient(IChatClient inner, string provider, string model) : DelegatingChatClient(inner)
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
                catch (Exception exception) when (ProviderErrors.Translate(exception, provider, model, cancellationToken, probe.RetryAfter) is { } translated && !ReferenceEquals(translated, exception))
                {
                    throw translated;
                }
                current.ModelId ??= model;
                yield return current;
            }
        }
    }
}
