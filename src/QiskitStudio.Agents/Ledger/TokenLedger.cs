using System.Globalization;
using Microsoft.Extensions.AI;
using QiskitStudio.Agents.Kernel;
using QiskitStudio.Agents.Providers;
using QiskitStudio.Storage;

namespace QiskitStudio.Agents.Ledger;

/// <summary>
/// The token economy: prices calls exactly from <see cref="KernelOptions.Prices"/>, records every call
/// in the <see cref="ILedgerStore"/>, and refuses paid calls once <see cref="KernelOptions.BudgetUsd"/>
/// has been spent.
/// </summary>
public sealed class TokenLedger(ILedgerStore store, KernelOptions options)
{
    /// <summary>The budget, in USD.</summary>
    public decimal BudgetUsd => options.BudgetUsd;

    /// <summary>Exact cost of a call to <paramref name="model"/>; 0 for a model with no price.</summary>
    public decimal CostOf(string model, long inputTokens, long outputTokens) =>
        options.FindPrice(model)?.CostOf(inputTokens, outputTokens) ?? 0m;

    /// <summary>True when calls to <paramref name="model"/> cost money.</summary>
    public bool IsPaid(string model) =>
        options.FindPrice(model) is { } price && (price.InputPerMillion > 0 || price.OutputPerMillion > 0);

    /// <summary>Throws a <see cref="ChatProviderException"/> (status 402) when a paid call would exceed the budget.</summary>
    public async Task EnsureWithinBudgetAsync(string provider, string model, CancellationToken cancellationToken)
    {
        if (!IsPaid(model))
        {
            return;
        }
        var totals = await store.GetTotalsAsync(cancellationToken).ConfigureAwait(false);
        if (totals.SpentUsd >= options.BudgetUsd)
        {
            throw new ChatProviderException(
                string.Create(CultureInfo.InvariantCulture,
                    $"The LLM budget is used up: {totals.SpentUsd:0.######} USD spent of {options.BudgetUsd:0.##} USD. Raise LLMOS_BUDGET_USD to allow more paid calls."),
                provider,
                402);
        }
    }

    /// <summary>Records one provider call and returns its cost.</summary>
    public async Task<decimal> RecordCallAsync(KernelCallContext? context, string provider, string model, UsageDetails? usage, CancellationToken cancellationToken)
    {
        var input = usage?.InputTokenCount ?? 0;
        var output = usage?.OutputTokenCount ?? 0;
        var cost = CostOf(model, input, output);
        await store.RecordAsync(
            new LedgerEntry(context?.Project ?? options.ProjectName, context?.SessionId, context?.Agent, provider, model, input, output, cost),
            cancellationToken).ConfigureAwait(false);
        return cost;
    }

    /// <summary>Records a saving: an answer replayed instead of a paid call (Follower mode).</summary>
    public Task RecordSavingAsync(KernelCallContext context, string model, decimal savedUsd, CancellationToken cancellationToken) =>
        store.RecordAsync(new LedgerEntry(context.Project, context.SessionId, context.Agent, "replay", model, 0, 0, 0m, savedUsd), cancellationToken);

    /// <summary>Totals over the whole ledger.</summary>
    public Task<LedgerTotals> GetTotalsAsync(CancellationToken cancellationToken) => store.GetTotalsAsync(cancellationToken);
}
