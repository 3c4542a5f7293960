using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using QiskitStudio.Agents.Kernel;
using QiskitStudio.Knowledge;

namespace QiskitStudio.Server.Tests.Support;

/// <summary>
/// The real host (<c>Program</c>), in process (TestServer) or on real Kestrel on a free loopback port.
/// Settings are the same names as the environment variables. By default: no .env file, no provider
/// (whatever the machine's environment holds), a fresh data folder. Pass a <see cref="ScriptedKernel"/>
/// to test the host alone; leave it null to run the real kernel.
/// </summary>
public sealed class StudioFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly IChatKernel? _kernel;

    public StudioFactory(IDictionary<string, string?>? settings = null, IChatKernel? kernel = null, bool kestrel = false)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "qs-server-tests-" + Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["DOTENV_FILE"] = "none",
            ["LLM_PROVIDER"] = "none",
            ["DATA_DIR"] = DataDirectory,
            ["SERVER_PORT"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
        _kernel = kernel;
        IsKestrel = kestrel;
        if (kestrel)
        {
            UseKestrel();
        }
    }

    public CapturedLogs Logs { get; } = new();

    public string DataDirectory { get; }

    public bool IsKestrel { get; }

    /// <summary>The real server's address (Kestrel mode only).</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.First());
        }
    }

    /// <summary>A plain HttpClient to the real server (Kestrel) with no handlers in between.</summary>
    public HttpClient CreateLoopbackClient() => new() { BaseAddress = ServerAddress, Timeout = TimeSpan.FromSeconds(60) };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        builder.ConfigureTestServices(services =>
        {
            // One knowledge base for the whole test run: its index (embeddings of every article) is
            // built once instead of once per server. Registered as an instance, no host disposes it.
            services.Replace(ServiceDescriptor.Singleton(SharedKnowledge));
            if (_kernel is not null)
            {
                services.Replace(ServiceDescriptor.Singleton(_kernel));
            }
        });
    }

    private static readonly Lazy<KnowledgeBase> SharedKnowledgeBase = new(() => new KnowledgeBase(new KnowledgeOptions
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "qs-server-tests-knowledge"),
    }));

    private static KnowledgeBase SharedKnowledge => SharedKnowledgeBase.Value;

    /// <summary>Builds or loads the shared knowledge index, with no request waiting on it.</summary>
    public static Task WarmUpKnowledgeAsync() => SharedKnowledge.InitializeAsync(CancellationToken.None);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            if (Directory.Exists(DataDirectory))
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown: the temp folder is cleaned by the OS.
        }
    }
}
