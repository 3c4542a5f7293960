using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using QiskitStudio.Agents.Kernel;
using QiskitStudio.Agents.Ledger;
using QiskitStudio.Agents.Providers;
using QiskitStudio.Storage;
using QiskitStudio.Storage.Sql;
using QiskitStudio.Storage.Sqlite;
using QiskitStudio.Testing;

namespace QiskitStudio.Agents.Tests;

/// <summary>Which fake (and which real SDK) a provider test runs against.</summary>
public enum ProviderKind
{
    Anthropic,
    OpenAi,
}

/// <summary>
/// A fake LLM server of one kind, a real SQLite ledger in a temp folder, and the real provider
/// pipeline built by <see cref="ChatProviderFactory"/> against the fake.
/// </summary>
public sealed class TestRig : IAsyncDisposable
{
    public const string AnthropicKey = "sk-ant-test-0123456789abcdefghij";
    public const string OpenAiKey = "sk-test-openai-0123456789abcdef";

    private TestRig(ProviderKind kind, FakeLlmServer server, KernelOptions options)
    {
        Kind = kind;
        Server = server;
        Options = options;
        Database = new SqliteDatabase(Path.Combine(options.DataDirectory, options.DatabaseFileName));
        LedgerStore = new SqlLedgerStore(Database);
        Sessions = new SqlSessionStore(Database);
        Ledger = new TokenLedger(LedgerStore, options);
    }

    public ProviderKind Kind { get; }
    public FakeLlmServer Server { get; }
    public KernelOptions Options { get; }
    public SqliteDatabase Database { get; }
    public ILedgerStore LedgerStore { get; }
    public ISessionStore Sessions { get; }
    public TokenLedger Ledger { get; }

    /// <summary>Delays the retry decorator asked for, in order (the rig does not actually wait).</summary>
    public ConcurrentQueue<TimeSpan> Waits { get; } = new();

    public string ApiKey => Kind == ProviderKind.Anthropic ? AnthropicKey : OpenAiKey;
    public string PrimaryModel => Kind == ProviderKind.Anthropic ? Options.AnthropicModel : Options.OpenAiModel;

    public static TheoryData<ProviderKind> Kinds => [ProviderKind.Anthropic, ProviderKind.OpenAi];

    /// <summary>Starts the fake and prepares options that point the provider at it.</summary>
    public static TestRig Start(ProviderKind kind, Action<KernelOptions>? configure = null)
    {
        FakeLlmServer server = kind == ProviderKind.Anthropic ? new FakeAnthropicServer() : new FakeOpenAiServer();
        var options = new KernelOptions
        {
            DataDirectory = Path.Combine(Path.GetTempPath(), "qs-agents-" + Guid.NewGuid().ToString("N")),
            MaxRetries = 2,
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            RequestTimeout = TimeSpan.FromSeconds(60),
        };
        if (kind == ProviderKind.Anthropic)
        {
            options.AnthropicApiKey = AnthropicKey;
            options.AnthropicBaseUrl = server.BaseUrl;
            options.AnthropicModel = "claude-sonnet-4-5";
        }
        else
        {
            options.OpenAiApiKey = OpenAiKey;
            options.OpenAiBaseUrl = ((FakeOpenAiServer)server).OpenAiBaseUrl;
            options.OpenAiModel = "gpt-4o-mini";
        }
        configure?.Invoke(options);
        return new TestRig(kind, server, options);
    }

    /// <summary>The retry wait used by the rig: records the delay and returns at once.</summary>
    public Task RecordWait(TimeSpan delay, CancellationToken cancellationToken)
    {
        Waits.Enqueue(delay);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.CompletedTask;
    }

    /// <summary>Builds the real provider pipeline against the fake.</summary>
    public ChatProvider CreateProvider() => ChatProviderFactory.Create(Options, Ledger, offlineClient: null, RecordWait);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Options.DataDirectory))
        {
            Directory.Delete(Options.DataDirectory, recursive: true);
        }
    }
}
