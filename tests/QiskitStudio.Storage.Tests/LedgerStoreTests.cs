using QiskitStudio.Storage.Sql;

namespace QiskitStudio.Storage.Tests;

/// <summary>The ledger's behaviour, on every engine available here.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class LedgerStoreTests(DatabaseFixture databases)
{
    private async Task<SqlLedgerStore> LedgerAsync(string engine) => new(await databases.CreateAsync(engine));

    [Theory]
    [MemberData(nameof(DatabaseFixture.Engines), MemberType = typeof(DatabaseFixture))]
    public async Task An_empty_ledger_totals_zero(string engine)
    {
        var ledger = await LedgerAsync(engine);
        Assert.Equal(LedgerTotals.Empty, await ledger.GetTotalsAsync(CancellationToken.None));
        Assert.Empty(await ledger.GetRecentAsync(5, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Engines), MemberType = typeof(DatabaseFixture))]
    public async Task Totals_are_exact_sums_of_the_recorded_costs(string engine)
    {
        var ledger = await LedgerAsync(engine);
        // 1234 input and 567 output tokens at 3 / 15 USD per million: 0.003702 + 0.008505 = 0.012207 USD.
        await ledger.RecordAsync(new LedgerEntry("p", "s1", "quantum-tutor", "anthropic", "claude-sonnet-4-5", 1234, 567, 0.012207m), CancellationToken.None);
        // 0.15 / 0.6 USD per million: 7 * 0.00000015 + 3 * 0.0000006 = 0.00000285 USD.
        await ledger.RecordAsync(new LedgerEntry("p", "s2", "quantum-architect", "openai", "gpt-4o-mini", 7, 3, 0.00000285m), CancellationToken.None);
        await ledger.RecordAsync(new LedgerEntry("p", "s2", "quantum-architect", "replay", "gpt-4o-mini", 0, 0, 0m, 0.1m), CancellationToken.None);

        var totals = await ledger.GetTotalsAsync(CancellationToken.None);

        Assert.Equal(3, totals.Transactions);
        Assert.Equal(0.01220985m, totals.SpentUsd);
        Assert.Equal(0.1m, totals.SavedUsd);
        Assert.Equal(1241, totals.InputTokens);
        Assert.Equal(570, totals.OutputTokens);
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Engines), MemberType = typeof(DatabaseFixture))]
    public async Task Recent_entries_come_back_newest_first_with_every_field(string engine)
    {
        var ledger = await LedgerAsync(engine);
        var when = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        await ledger.RecordAsync(new LedgerEntry("p1", null, null, "openai", "m1", 1, 2, 0.5m) { CreatedAt = when }, CancellationToken.None);
        await ledger.RecordAsync(new LedgerEntry("p2", "s", "a", "anthropic", "m2", 3, 4, 0.25m, 0.125m) { CreatedAt = when.AddMinutes(1) }, CancellationToken.None);

        var recent = await ledger.GetRecentAsync(10, CancellationToken.None);

        Assert.Equal(2, recent.Count);
        Assert.Equal(new LedgerEntry("p2", "s", "a", "anthropic", "m2", 3, 4, 0.25m, 0.125m) { CreatedAt = when.AddMinutes(1) }, recent[0]);
        Assert.Equal(new LedgerEntry("p1", null, null, "openai", "m1", 1, 2, 0.5m) { CreatedAt = when }, recent[1]);
        Assert.Single(await ledger.GetRecentAsync(1, CancellationToken.None));
    }

    [Theory]
    [InlineData("0.000000000001", 1L)]
    [InlineData("0.012207", 12_207_000_000L)]
    [InlineData("50", 50_000_000_000_000L)]
    [InlineData("0.0000000000004", 0L)]
    public void Picodollars_convert_exactly(string usd, long picodollars)
    {
        var amount = decimal.Parse(usd, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(picodollars, Picodollars.FromUsd(amount));
        if (picodollars != 0)
        {
            Assert.Equal(amount, Picodollars.ToUsd(picodollars));
        }
    }
}
