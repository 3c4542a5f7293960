using System.Globalization;

namespace QiskitStudio.Storage.Sql;

/// <summary>The token ledger in a relational database. Amounts are kept as integer picodollars, so sums are exact.</summary>
public sealed class SqlLedgerStore(ISqlDatabase database) : ILedgerStore
{
    /// <inheritdoc />
    public async Task RecordAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var createdAt = entry.CreatedAt == default ? DateTimeOffset.UtcNow : entry.CreatedAt;

        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = connection.Command("""
            INSERT INTO ledger (created_at, project, session_id, agent, provider, model, input_tokens, output_tokens, cost_pico_usd, saved_pico_usd)
            VALUES (@created_at, @project, @session_id, @agent, @provider, @model, @input_tokens, @output_tokens, @cost, @saved)
            """);
        insert.Parameter("@created_at", createdAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        insert.Parameter("@project", entry.Project);
        insert.Parameter("@session_id", entry.SessionId);
        insert.Parameter("@agent", entry.Agent);
        insert.Parameter("@provider", entry.Provider);
        insert.Parameter("@model", entry.Model);
        insert.Parameter("@input_tokens", entry.InputTokens);
        insert.Parameter("@output_tokens", entry.OutputTokens);
        insert.Parameter("@cost", Picodollars.FromUsd(entry.CostUsd));
        insert.Parameter("@saved", Picodollars.FromUsd(entry.SavedUsd));
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<LedgerTotals> GetTotalsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // SUM over BIGINT is NUMERIC in PostgreSQL: cast back so both engines return 64-bit integers.
        await using var query = connection.Command("""
            SELECT COUNT(*),
                   CAST(COALESCE(SUM(cost_pico_usd), 0) AS BIGINT),
                   CAST(COALESCE(SUM(saved_pico_usd), 0) AS BIGINT),
                   CAST(COALESCE(SUM(input_tokens), 0) AS BIGINT),
                   CAST(COALESCE(SUM(output_tokens), 0) AS BIGINT)
            FROM ledger
            """);
        await using var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new LedgerTotals(
            reader.GetInt64(0),
            Picodollars.ToUsd(reader.GetInt64(1)),
            Picodollars.ToUsd(reader.GetInt64(2)),
            reader.GetInt64(3),
            reader.GetInt64(4));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<LedgerEntry>> GetRecentAsync(int maxEntries, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var query = connection.Command("""
            SELECT created_at, project, session_id, agent, provider, model, input_tokens, output_tokens, cost_pico_usd, saved_pico_usd
            FROM ledger ORDER BY id DESC LIMIT @limit
            """);
        query.Parameter("@limit", Math.Max(0, maxEntries));
        var entries = new List<LedgerEntry>();
        await using var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new LedgerEntry(
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetInt64(6),
                reader.GetInt64(7),
                Picodollars.ToUsd(reader.GetInt64(8)),
                Picodollars.ToUsd(reader.GetInt64(9)))
            {
                CreatedAt = DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            });
        }
        return entries;
    }
}
