namespace QiskitStudio.Storage;

/// <summary>
/// One line of the token ledger: a provider call (its tokens and exact cost) or a replay that
/// avoided a call (its saving). Amounts are USD; stores keep them exactly to 10^-12 USD.
/// </summary>
public sealed record LedgerEntry(
    string Project,
    string? SessionId,
    string? Agent,
    string Provider,
    string Model,
    long InputTokens,
    long OutputTokens,
    decimal CostUsd,
    decimal SavedUsd = 0m)
{
    /// <summary>When the call finished; the store fills in the current time when left default.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>Sums over the whole ledger.</summary>
public sealed record LedgerTotals(long Transactions, decimal SpentUsd, decimal SavedUsd, long InputTokens, long OutputTokens)
{
    /// <summary>An empty ledger.</summary>
    public static LedgerTotals Empty { get; } = new(0, 0m, 0m, 0, 0);
}

/// <summary>The token ledger: every provider call's usage and cost, and what replays saved.</summary>
public interface ILedgerStore
{
    /// <summary>Records one entry.</summary>
    Task RecordAsync(LedgerEntry entry, CancellationToken cancellationToken);

    /// <summary>Totals over every entry recorded so far.</summary>
    Task<LedgerTotals> GetTotalsAsync(CancellationToken cancellationToken);

    /// <summary>The most recent entries, newest first.</summary>
    Task<IReadOnlyList<LedgerEntry>> GetRecentAsync(int maxEntries, CancellationToken cancellationToken);
}

/// <summary>Exact conversion between USD amounts and the integer picodollars stores keep.</summary>
public static class Picodollars
{
    private const decimal PerUsd = 1_000_000_000_000m;

    /// <summary>USD to picodollars, rounded half away from zero at 10^-12 USD.</summary>
    public static long FromUsd(decimal usd) => (long)decimal.Round(usd * PerUsd, 0, MidpointRounding.AwayFromZero);

    /// <summary>Picodollars to USD.</summary>
    public static decimal ToUsd(long picodollars) => picodollars / PerUsd;
}
