using Microsoft.Data.Sqlite;
using QiskitStudio.Storage.Sql;
using QiskitStudio.Storage.Sqlite;

namespace QiskitStudio.Storage.Tests;

/// <summary>What is particular to the SQLite file: where it lands, WAL mode, persistence.</summary>
public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly SqliteDatabase _database;
    private readonly SqlSessionStore _store;

    public SqliteDatabaseTests()
    {
        // A folder that does not exist yet: the database must create it.
        _database = new SqliteDatabase(_temp.File("nested/data/studio.db"));
        _store = new SqlSessionStore(_database);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_database_file_is_created_on_first_use_in_wal_mode()
    {
        Assert.False(File.Exists(_database.FilePath));

        await _store.AppendAsync("s1", "p", [new NewMessage("user", "hello")], CancellationToken.None);

        Assert.True(File.Exists(_database.FilePath));
        await using var connection = new SqliteConnection($"Data Source={_database.FilePath}");
        await connection.OpenAsync();
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await pragma.ExecuteScalarAsync());
        Assert.Equal("sqlite", _database.Engine);
    }

    [Fact]
    public async Task Data_survives_a_new_store_over_the_same_file()
    {
        await _store.AppendAsync("s1", "p", [new NewMessage("user", "persisted")], CancellationToken.None);
        await new SqlLedgerStore(_database).RecordAsync(new LedgerEntry("p", "s1", null, "openai", "m", 1, 1, 0.5m), CancellationToken.None);
        SqliteConnection.ClearAllPools();

        var reopened = new SqliteDatabase(_database.FilePath);
        var messages = await new SqlSessionStore(reopened).GetRecentAsync("s1", 5, CancellationToken.None);
        var totals = await new SqlLedgerStore(reopened).GetTotalsAsync(CancellationToken.None);

        Assert.Equal("persisted", Assert.Single(messages).Content);
        Assert.Equal(0.5m, totals.SpentUsd);
    }

    [Fact]
    public async Task A_pasted_secret_never_reaches_the_file()
    {
        await _store.AppendAsync("s1", "p", [new NewMessage("user", "key sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789")], CancellationToken.None);
        SqliteConnection.ClearAllPools();

        var folder = Path.GetDirectoryName(_database.FilePath)!;
        var everything = string.Concat(Directory.GetFiles(folder).Select(File.ReadAllText));
        Assert.DoesNotContain("AbCdEfGhIjKlMnOpQrStUvWxYz", everything, StringComparison.Ordinal);
        Assert.Contains("[REDACTED]", everything, StringComparison.Ordinal);
    }
}
