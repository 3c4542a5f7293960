using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using QiskitStudio.Storage.Sql;

namespace QiskitStudio.Storage.Sqlite;

/// <summary>
/// One SQLite database file: created (with its folder and schema) on first use, in WAL mode so
/// readers never wait for the writer. Each operation opens a pooled connection of its own, so the
/// type is safe to share between threads. The DDL lives here; the stores' queries are plain SQL
/// that PostgreSQL also accepts.
/// </summary>
public sealed class SqliteDatabase : ISqlDatabase
{
    private const int SchemaVersion = 1;

    private readonly string _connectionString;
    private readonly SemaphoreSlim _initialization = new(1, 1);
    private volatile bool _initialized;

    /// <summary>Opens (lazily) the database file at <paramref name="filePath"/>.</summary>
    public SqliteDatabase(string filePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        FilePath = Path.GetFullPath(filePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>Full path of the database file.</summary>
    public string FilePath { get; }

    /// <inheritdoc />
    public string Engine => "sqlite";

    /// <inheritdoc />
    /// <remarks>SQLite has one writer at a time per file: a transaction's inserts are never interleaved.</remarks>
    public string? SessionWriteLockSql => null;

    /// <inheritdoc />
    async Task<DbConnection> ISqlDatabase.OpenConnectionAsync(CancellationToken cancellationToken) =>
        await OpenAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Opens a connection, creating the file and schema first if needed.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        return await OpenRawAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // Per-connection settings: wait for a busy writer rather than fail, and keep foreign keys honest.
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _initialization.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }
            var folder = Path.GetDirectoryName(FilePath);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await using var connection = await OpenRawAsync(cancellationToken).ConfigureAwait(false);
            await using (var wal = connection.CreateCommand())
            {
                // WAL is a property of the file: once set it stays for every later connection.
                wal.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
                await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (var ddl = connection.CreateCommand())
            {
                ddl.Transaction = transaction;
                ddl.CommandText = Schema;
                await ddl.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await using (var version = connection.CreateCommand())
            {
                version.Transaction = transaction;
                version.CommandText = "INSERT INTO schema_info (version, applied_at) SELECT @version, @now WHERE NOT EXISTS (SELECT 1 FROM schema_info WHERE version = @version)";
                version.Parameters.AddWithValue("@version", SchemaVersion);
                version.Parameters.AddWithValue("@now", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
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
        CREATE TABLE IF NOT EXISTS schema_info (
            version     INTEGER NOT NULL,
            applied_at  TEXT    NOT NULL
        );
        CREATE TABLE IF NOT EXISTS session_messages (
            id          INTEGER PRIMARY KEY,
            session_id  TEXT    NOT NULL,
            project     TEXT    NOT NULL,
            role        TEXT    NOT NULL,
            content     TEXT    NOT NULL,
            agent       TEXT    NULL,
            created_at  TEXT    NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_session_messages_session ON session_messages (session_id, id);
        CREATE TABLE IF NOT EXISTS ledger (
            id              INTEGER PRIMARY KEY,
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
