using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using QiskitStudio.Agents.Kernel;
using QiskitStudio.Agents.Providers;
using QiskitStudio.Storage;
using QiskitStudio.Testing;

namespace QiskitStudio.Agents.Tests;

/// <summary>The kernel as the host builds it (<c>AddChatKernel</c>), over a fake provider and a temp SQLite file.</summary>
public sealed class KernelHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private KernelHarness(FakeLlmServer? server, KernelOptions options, ServiceProvider services)
    {
        Server = server;
        Options = options;
        _services = services;
    }

    public FakeLlmServer? Server { get; }
    public FakeLlmServer Fake => Server ?? throw new InvalidOperationException("No fake server in this harness.");
    public KernelOptions Options { get; }
    public IChatKernel Kernel => _services.GetRequiredService<IChatKernel>();
    public ISessionStore Sessions => _services.GetRequiredService<ISessionStore>();
    public ILedgerStore Ledger => _services.GetRequiredService<ILedgerStore>();
    public ChatProvider Provider => _services.GetRequiredService<ChatProvider>();

    /// <summary>A kernel over a fake of <paramref name="kind"/>; null means no provider configured at all.</summary>
    public static KernelHarness Start(ProviderKind? kind, Action<KernelOptions>? configure = null, Action<IServiceCollection>? register = null)
    {
        FakeLlmServer? server = kind switch
        {
            ProviderKind.Anthropic => new FakeAnthropicServer(),
            ProviderKind.OpenAi => new FakeOpenAiServer(),
            _ => null,
        };
        var options = new KernelOptions
        {
            DataDirectory = Path.Combine(Path.GetTempPath(), "qs-kernel-" + Guid.NewGuid().ToString("N")),
            MaxRetries = 1,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        };
        if (server is FakeAnthropicServer)
        {
            options.AnthropicApiKey = TestRig.AnthropicKey;
            options.AnthropicBaseUrl = server.BaseUrl;
        }
        else if (server is FakeOpenAiServer openAi)
        {
            options.OpenAiApiKey = TestRig.OpenAiKey;
            options.OpenAiBaseUrl = openAi.OpenAiBaseUrl;
            options.OpenAiModel = "gpt-4o-mini";
        }
        configure?.Invoke(options);

        var services = new ServiceCollection();
        services.AddSingleton<RetryWait>((_, token) => Task.CompletedTask);
        register?.Invoke(services);
        services.AddChatKernel(options);
        return new KernelHarness(server, options, services.BuildServiceProvider());
    }

    public static Task<ChatReply> Ask(IChatKernel kernel, string text, string session = "user_1") =>
        kernel.ChatAsync(new ChatRequest(text, session), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Options.DataDirectory))
        {
            Directory.Delete(Options.DataDirectory, recursive: true);
        }
    }
}
