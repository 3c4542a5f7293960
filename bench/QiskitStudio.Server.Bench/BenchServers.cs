using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using QiskitStudio.Agents.Kernel;
using QiskitStudio.Testing;

namespace QiskitStudio.Server.Bench;

/// <summary>
/// What every measurement runs against: an instant fake OpenAI-compatible provider on loopback, the
/// real server on Kestrel (loopback, free port) with the real kernel calling that provider through
/// the real OpenAI SDK, and the same server with an instant in-process kernel (the host's own cost).
/// </summary>
public sealed class BenchServers : IAsyncDisposable
{
    public const string Answer = "A qubit is a two-level quantum system.";

    private readonly StudioServer _full;
    private readonly StudioServer _hostOnly;

    public BenchServers()
    {
        Provider = new FakeOpenAiServer();
        Provider.AnswerWith(Answer, inputTokens: 50, outputTokens: 10);
        _full = new StudioServer(new Dictionary<string, string?>
        {
            ["LLM_PROVIDER"] = "openai",
            ["OPENAI_BASE_URL"] = Provider.OpenAiBaseUrl,
            ["OPENAI_API_KEY"] = "bench",
            ["OPENAI_MODEL"] = "bench-model",
            ["RATE_LIMIT_CHAT_PER_MINUTE"] = "0",
        }, kernel: null);
        _hostOnly = new StudioServer(new Dictionary<string, string?> { ["RATE_LIMIT_CHAT_PER_MINUTE"] = "0" }, new InstantKernel());

        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10), MaxConnectionsPerServer = 256 };
        Client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        FullServer = _full.Address;
        HostOnlyServer = _hostOnly.Address;
    }

    public FakeOpenAiServer Provider { get; }

    public HttpClient Client { get; }

    public Uri FullServer { get; }

    public Uri HostOnlyServer { get; }

    /// <summary>The §1.2 body the frontend sends.</summary>
    public static byte[] ChatBody { get; } = Encoding.UTF8.GetBytes(
        "{\"input_value\":\"What is a qubit?\",\"output_type\":\"chat\",\"input_type\":\"chat\",\"session_id\":\"user_1\",\"prompt\":\"What is a qubit?\"}");

    /// <summary>A minimal chat-completions request, as the SDK would send it to the provider.</summary>
    public static byte[] ProviderBody { get; } = Encoding.UTF8.GetBytes(
        "{\"model\":\"bench-model\",\"messages\":[{\"role\":\"user\",\"content\":\"What is a qubit?\"}]}");

    public async Task<HttpStatusCode> PostChatAsync(Uri server)
    {
        using var content = new ByteArrayContent(ChatBody);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await Client.PostAsync(new Uri(server, "/chat"), content);
        await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode;
    }

    public async Task<HttpStatusCode> PostProviderAsync()
    {
        using var content = new ByteArrayContent(ProviderBody);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, Provider.OpenAiBaseUrl + "/chat/completions") { Content = content };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "bench");
        using var response = await Client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _full.DisposeAsync();
        await _hostOnly.DisposeAsync();
        await Provider.DisposeAsync();
    }

    /// <summary>The real server (its Program) on Kestrel, loopback, a free port.</summary>
    internal sealed class StudioServer : WebApplicationFactory<Program>
    {
        private readonly Dictionary<string, string?> _settings;
        private readonly IChatKernel? _kernel;
        private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "qs-bench-" + Guid.NewGuid().ToString("N"));

        public StudioServer(Dictionary<string, string?> settings, IChatKernel? kernel)
        {
            _settings = new Dictionary<string, string?>(settings)
            {
                ["DOTENV_FILE"] = "none",
                ["SERVER_PORT"] = "0",
                ["DATA_DIR"] = _dataDirectory,
                ["LOG_LEVEL"] = "Warning",
            };
            _settings.TryAdd("LLM_PROVIDER", "none");
            _kernel = kernel;
            UseKestrel();
            StartServer();
            Address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }

        public Uri Address { get; }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            foreach (var (key, value) in _settings)
            {
                builder.UseSetting(key, value);
            }
            // Outside a test project there is no content-root marker: the build output holds everything.
            builder.UseContentRoot(AppContext.BaseDirectory);
            builder.ConfigureLogging(logging => logging.ClearProviders());
            if (_kernel is not null)
            {
                builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton(_kernel)));
            }
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>A kernel that answers at once: what is left is the host (parsing, guards, JSON, Kestrel).</summary>
    private sealed class InstantKernel : IChatKernel
    {
        private static readonly ChatReply Reply = new(Answer, new ChatReplyMetadata("quantum-tutor", "LEARNER", 0m, false, "bench", "bench-model", "user_1", 50, 10));

        public Task<ChatReply> ChatAsync(ChatRequest request, CancellationToken cancellationToken) => Task.FromResult(Reply);

        public async IAsyncEnumerable<ChatStreamUpdate> StreamAsync(ChatRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.CompletedTask;
            yield return new ChatDelta(Answer);
            yield return new ChatCompleted(Reply);
        }

        public Task<int> ClearSessionAsync(string sessionId, CancellationToken cancellationToken) => Task.FromResult(0);

        public Task<KernelStats> GetStatsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
