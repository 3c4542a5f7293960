using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace QiskitStudio.Agents.Ledger;

/// <summary>The outermost decorator: refuses a paid call, before it is made, once the budget is spent.</summary>
public sealed class BudgetGuardChatClient(IChatClient inner, TokenLedger ledger, string provider, string model) : DelegatingChatClient(inner)
{
    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        await ledger.EnsureWithinBudgetAsync(provider, model, cancellationToken).ConfigureAwait(false);
        return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await ledger.EnsureWithinBudgetAsync(provider, model, cancellationToken).ConfigureAwait(false);
        await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
        {
            yield return update;
        }
    }
}
