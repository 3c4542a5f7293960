using System.Data.Common;
using System.Globalization;
using Npgsql;
using QiskitStudio.Storage.Sql;

namespace QiskitStudio.Storage.Postgres;

/// <summary>
/// A PostgreSQL database shared by several replicas of the server. The schema is created on first
/// use under an advisory lock, so replicas starting together do not trip over each other. The
/// stores run the same SQL as on SQLite.
/// </summary>
public sealed class PostgresDatabase : ISqlDatabase, IAsyncDisposable, IDisposable
{
    private const int SchemaVersion = 1;

    // Any constant works; it only has to be the same in every replica.
    private const long SchemaLockKey = 0x5153_5444_494F; // "QSTDIO"

    private readonly NpgsqlDataSource _dataSource;
    private readonly SemaphoreSlim _initialization = new(1, 1);
    private volatile bool _initialized;

    /// <summary>Connects (lazily) with an Npgsql connection string, e.g. <c>Host=db;Database=studio;Username=studio;Password=…</c>.</summary>
    public PostgresDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <inheritdoc />
    public string Engine => "postgresql";

    /// <inheritdoc />
    /// <remarks>
    /// Concurrent transactions draw BIGSERIAL ids interleaved; a transaction-scoped advisory lock on
    /// the session (two-key form, its own key space) keeps one append's messages together.
    /// </remarks>
    public string? SessionWriteLockSql => "SELECT pg_advisory_xact_lock(20819, hashtext(@session_id))";

    /// <inheritdoc />
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        return await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <inheritdoc />
    public void Dispose() => _dataSource.Dispose();

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _initialization.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (var ddl = connection.Command(Schema, transaction))
            {
                ddl.Parameter("@lock", SchemaLockKey);
                await ddl.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await using (var version = connection.Command(
                "INSERT INTO schema_info (version, applied_at) SELECT @version, @now WHERE NOT EXISTS (SELECT 1 FROM schema_info WHERE version = @version)",
                transaction))
            {
                version.Parameter("@version", SchemaVersion);
                version.Parameter("@now", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                await version.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            _initialized = true;
        }
        finally
        {
            _initialization.Release();
        }
    }

    private const string Schema = """
        SELECT pg_advisory_xact_lock(@lock);
        CREATE TABLE IF NOT EXISTS schema_info (
            version     INTEGER NOT NULL,
            applied_at  TEXT    NOT NULL
        );
        CREATE TABLE IF NOT EXISTS session_messages (
            id          BIGSERIAL PRIMARY KEY,
            session_id  TEXT      NOT NULL,
            project     TEXT      NOT NULL,
            role        TEXT      NOT NULL,
            content     TEXT      NOT NULL,
            agent       TEXT      NULL,
            created_at  TEXT      NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_session_messages_session ON session_messages (session_id, id);
        CREATE TABLE IF NOT EXISTS ledger (
            id              BIGSERIAL PRIMARY KEY,
            created_at      TEXT    NOT NULL,
            project         TEXT    NOT NULL,
            session_id      TEXT    NULL,
            agent           TEXT    NULL,
            provider        TEXT    NOT NULL,
            model           TEXT    NOT NULL,
            input_tokens    BIGINT  NOT NULL,
            output_tokens   BIGINT  NOT NULL,
            cost_pico_usd   BIGINT  NOT NULL,
            saved_pico_usd  BIGINT  NOT NULL
        );
        """;
}
