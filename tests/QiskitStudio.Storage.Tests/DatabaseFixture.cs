using Microsoft.Data.Sqlite;
using Npgsql;
using QiskitStudio.Storage.Postgres;
using QiskitStudio.Storage.Sql;
using QiskitStudio.Storage.Sqlite;

namespace QiskitStudio.Storage.Tests;

/// <summary>
/// Hands each test a fresh, empty database of the engine it asks for: a new SQLite file in a temp
/// folder, or a new database on a PostgreSQL cluster started once for the whole collection.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgresql";

    private readonly SemaphoreSlim _startGate = new(1, 1);
    private readonly List<IAsyncDisposable> _owned = [];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "qs-storage-" + Guid.NewGuid().ToString("N"));
    private PostgresServer? _postgres;

    /// <summary>The engines to test here: SQLite always, PostgreSQL where its binaries are installed.</summary>
    public static TheoryData<string> Engines => PostgresServer.IsAvailable ? [Sqlite, Postgres] : [Sqlite];

    public async Task<ISqlDatabase> CreateAsync(string engine)
    {
        if (engine == Sqlite)
        {
            return new SqliteDatabase(Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db"));
        }

        var server = await PostgresAsync();
        var name = "t_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(server.AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }
        var database = new PostgresDatabase($"Host=127.0.0.1;Port={server.Port};Username=postgres;Database={name}");
        lock (_owned)
        {
            _owned.Add(database);
        }
        return database;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            await owned.DisposeAsync();
        }
        NpgsqlConnection.ClearAllPools();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private async Task<PostgresServer> PostgresAsync()
    {
        await _startGate.WaitAsync();
        try
        {
            return _postgres ??= await PostgresServer.StartAsync();
        }
        finally
        {
            _startGate.Release();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DatabaseCollection : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "databases";
}
