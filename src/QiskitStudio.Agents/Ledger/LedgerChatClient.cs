using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using QiskitStudio.Agents.Providers;

namespace QiskitStudio.Agents.Ledger;

/// <summary>
/// Records the tokens and exact cost of every successful call in the ledger, filed under the
/// <see cref="KernelCallContext"/> the kernel attached (which is removed before the provider sees the
/// options). For a stream, the usage is read from the <see cref="UsageContent"/> that ends it.
/// </summary>
public sealed class LedgerChatClient(IChatClient inner, TokenLedger ledger, string provider, string defaultModel) : DelegatingChatClient(inner)
{
    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (context, innerOptions) = KernelCallContext.Detach(options);
        var response = await base.GetResponseAsync(messages, innerOptions, cancellationToken).ConfigureAwait(false);
        await ledger.RecordCallAsync(context, provider, response.ModelId ?? defaultModel, response.Usage, CancellationToken.None).ConfigureAwait(false);
        return response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (context, innerOptions) = KernelCallContext.Detach(options);
        string? model = null;
        UsageDetails? usage = null;
        await foreach (var update in base.GetStreamingResponseAsync(messages, innerOptions, cancellationToken).ConfigureAwait(false))
        {
            model ??= update.ModelId;
            foreach (var content in update.Contents)
            {
                if (content is UsageContent usageContent)
                {
                    usage ??= new UsageDetails();
                    usage.Add(usageContent.Details);
                }
            }
            yield return update;
        }
        await ledger.RecordCallAsync(context, provider, model ?? defaultModel, usage, CancellationToken.None).ConfigureAwait(false);
    }
}
