using System.ClientModel;
using System.ClientModel.Primitives;
using Anthropic;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using OpenAI;
using QiskitStudio.Agents.Kernel;
using QiskitStudio.Agents.Ledger;

namespace QiskitStudio.Agents.Providers;

/// <summary>
/// Chooses the provider from <see cref="KernelOptions"/> and composes its client pipeline: the one
/// place where the cross-cutting decorators are put together.
/// <code>
/// BudgetGuard → Ledger → ModelFallback ─┬→ Retry → Timeout → ProviderError → SDK client (primary model)
///                                       └→ Retry → Timeout → ProviderError → SDK client (fallback model) …
/// </code>
/// </summary>
public static class ChatProviderFactory
{
    /// <summary>
    /// DI key of an offline <see cref="IChatClient"/>. When one is registered
    /// (<c>services.AddKeyedSingleton&lt;IChatClient&gt;(ChatProviderFactory.OfflineServiceKey, …)</c>),
    /// it replaces the "none" provider as the default when no key is configured, and
    /// <c>LLM_PROVIDER=offline</c> selects it explicitly.
    /// </summary>
    public const string OfflineServiceKey = "offline";

    /// <summary>The Anthropic API's address when <see cref="KernelOptions.AnthropicBaseUrl"/> is not set.</summary>
    public const string AnthropicDefaultBaseUrl = "https://api.anthropic.com";

    /// <summary>Slack given to the SDKs' own timeouts so that <see cref="TimeoutChatClient"/> fires first.</summary>
    private static readonly TimeSpan SdkTimeoutSlack = TimeSpan.FromSeconds(30);

    /// <summary>Selects and builds the provider.</summary>
    /// <param name="options">The kernel options.</param>
    /// <param name="ledger">Where calls are priced and recorded.</param>
    /// <param name="offlineClient">An offline client, when the host registered one.</param>
    /// <param name="wait">How retries wait (tests record the delays instead of sleeping).</param>
    /// <param name="loggerFactory">Where retries and fallbacks are logged.</param>
    public static ChatProvider Create(KernelOptions options, TokenLedger ledger, IChatClient? offlineClient = null, RetryWait? wait = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ledger);
        var hasAnthropic = !string.IsNullOrWhiteSpace(options.AnthropicApiKey);
        var hasOpenAi = !string.IsNullOrWhiteSpace(options.OpenAiBaseUrl) || !string.IsNullOrWhiteSpace(options.OpenAiApiKey);

        return options.Provider.Trim().ToLowerInvariant() switch
        {
            "anthropic" => hasAnthropic ? CreateAnthropic(options, ledger, wait, loggerFactory) : throw new InvalidOperationException("LLM_PROVIDER=anthropic needs ANTHROPIC_API_KEY."),
            "openai" => hasOpenAi ? CreateOpenAi(options, ledger, wait, loggerFactory) : throw new InvalidOperationException("LLM_PROVIDER=openai needs OPENAI_BASE_URL or OPENAI_API_KEY."),
            "offline" => offlineClient is not null ? CreateOffline(offlineClient, options, ledger, wait, loggerFactory) : throw new InvalidOperationException("LLM_PROVIDER=offline, but no offline chat client is registered."),
            "none" => CreateNone(),
            _ when hasAnthropic => CreateAnthropic(options, ledger, wait, loggerFactory),
            _ when hasOpenAi => CreateOpenAi(options, ledger, wait, loggerFactory),
            _ when offlineClient is not null => CreateOffline(offlineClient, options, ledger, wait, loggerFactory),
            _ => CreateNone(),
        };
    }

    /// <summary>Claude through the official Anthropic SDK (its own retries off; ours count).</summary>
    public static ChatProvider CreateAnthropic(KernelOptions options, TokenLedger ledger, RetryWait? wait = null, ILoggerFactory? loggerFactory = null)
    {
        const string name = "anthropic";
        var sdk = new AnthropicClient
        {
            ApiKey = options.AnthropicApiKey,
            MaxRetries = 0,
            Timeout = options.RequestTimeout + SdkTimeoutSlack,
            HttpClient = CreateHttpClient(),
            BaseUrl = string.IsNullOrWhiteSpace(options.AnthropicBaseUrl) ? AnthropicDefaultBaseUrl : options.AnthropicBaseUrl.TrimEnd('/'),
        };
        var models = ModelsInOrder(options.AnthropicModel, options.FallbackModels);
        var endpoint = new Uri(sdk.BaseUrl);
        var client = Compose(name, models, model => sdk.AsIChatClient(model, options.MaxOutputTokens), options, ledger, wait, endpoint, loggerFactory);
        return new ChatProvider(name, models[0], client, IsConfigured: true);
    }

    /// <summary>Any OpenAI-compatible server through the official OpenAI SDK (its own retries off).</summary>
    public static ChatProvider CreateOpenAi(KernelOptions options, TokenLedger ledger, RetryWait? wait = null, ILoggerFactory? loggerFactory = null)
    {
        const string name = "openai";
        var clientOptions = new OpenAIClientOptions
        {
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = options.RequestTimeout + SdkTimeoutSlack,
            Transport = new HttpClientPipelineTransport(CreateHttpClient()),
        };
        if (!string.IsNullOrWhiteSpace(options.OpenAiBaseUrl))
        {
            clientOptions.Endpoint = new Uri(options.OpenAiBaseUrl.TrimEnd('/'));
        }
        // Local servers (Ollama, LM Studio) take any key; the SDK insists on one.
        var key = string.IsNullOrWhiteSpace(options.OpenAiApiKey) ? "dummy" : options.OpenAiApiKey;
        var sdk = new OpenAIClient(new ApiKeyCredential(key), clientOptions);
        var models = ModelsInOrder(options.OpenAiModel, options.FallbackModels);
        var client = Compose(name, models, model => OpenAiModelClient(sdk, model), options, ledger, wait, clientOptions.Endpoint, loggerFactory);
        return new ChatProvider(name, models[0], client, IsConfigured: true);
    }

    /// <summary>An offline client (no network, no cost) behind the same decorators.</summary>
    public static ChatProvider CreateOffline(IChatClient offlineClient, KernelOptions options, TokenLedger ledger, RetryWait? wait = null, ILoggerFactory? loggerFactory = null)
    {
        var metadata = offlineClient.GetService<ChatClientMetadata>();
        var name = metadata?.ProviderName ?? "offline";
        var model = metadata?.DefaultModelId ?? "offline";
        var client = Compose(name, [model], _ => offlineClient, options, ledger, wait, metadata?.ProviderUri, loggerFactory, requireFinishReason: false);
        return new ChatProvider(name, model, client, IsConfigured: true);
    }

    /// <summary>The "none" provider: answers with how to configure one.</summary>
    public static ChatProvider CreateNone() => new(ChatProvider.NoneName, ChatProvider.NoneName, new NoProviderChatClient(), IsConfigured: false);

    /// <summary>
    /// Composes the decorators around per-model SDK clients. Public so that tests and future
    /// providers build exactly the same pipeline.
    /// </summary>
    public static IChatClient Compose(
        string provider,
        IReadOnlyList<string> models,
        Func<string, IChatClient> sdkClientFor,
        KernelOptions options,
        TokenLedger ledger,
        RetryWait? wait = null,
        Uri? endpoint = null,
        ILoggerFactory? loggerFactory = null,
        bool requireFinishReason = true)
    {
        var logger = loggerFactory?.CreateLogger("QiskitStudio.Agents.Providers." + provider);
        var routes = models
            .Select(model => new ModelRoute(model, new ChatClientBuilder(sdkClientFor(model))
                .Use(inner => new RetryingChatClient(inner, options.MaxRetries, options.RetryBaseDelay, options.MaxRetryDelay, wait, logger))
                .Use(inner => new TimeoutChatClient(inner, provider, model, options.RequestTimeout))
                .Use(inner => new ProviderErrorChatClient(inner, provider, model, requireFinishReason))
                .Build()))
            .ToList();
        var primary = models[0];
        return new ChatClientBuilder(new ModelFallbackChatClient(provider, routes, endpoint, logger))
            .Use(inner => new BudgetGuardChatClient(inner, ledger, provider, primary))
            .Use(inner => new LedgerChatClient(inner, ledger, provider, primary))
            .Build();
    }

    private static IChatClient OpenAiModelClient(OpenAIClient sdk, string model)
    {
        var client = sdk.GetChatClient(model).AsIChatClient();
        return SamplingFreeChatClient.IsReasoningModel(model) ? new SamplingFreeChatClient(client) : client;
    }

    private static List<string> ModelsInOrder(string primary, IEnumerable<string> fallbacks)
    {
        var models = new List<string> { primary };
        foreach (var model in fallbacks)
        {
            if (!string.IsNullOrWhiteSpace(model) && !models.Contains(model.Trim(), StringComparer.Ordinal))
            {
                models.Add(model.Trim());
            }
        }
        return models;
    }

    private static HttpClient CreateHttpClient() => new(new RetryAfterProbe.Handler()) { Timeout = Timeout.InfiniteTimeSpan };
}
