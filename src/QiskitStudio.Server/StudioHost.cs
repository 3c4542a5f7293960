using System.Net;
using Microsoft.Extensions.AI;
using QiskitStudio.Agents.Kernel;
using QiskitStudio.Agents.Providers;
using QiskitStudio.Execution;
using QiskitStudio.Execution.Engines;
using QiskitStudio.Execution.Scheduling;
using QiskitStudio.Server.Endpoints;
using QiskitStudio.Knowledge;
using QiskitStudio.Server.Configuration;
using QiskitStudio.Server.Http;
using QiskitStudio.Server.Security;

namespace QiskitStudio.Server;

/// <summary>Everything the host resolved from configuration at start-up.</summary>
public sealed record StudioConfiguration(ServerSettings Server, KernelOptions Kernel, IbmQuantumSettings IbmQuantum, ExecutionOptions Execution)
{
    /// <summary>Whether chat calls can reach a provider that bills (then the chat rate limit applies).</summary>
    public bool ChatCanCostMoney => KernelSettings.HasProvider(Kernel);
}

/// <summary>The steps <c>Program.cs</c> lists, each in one place.</summary>
public static class StudioHost
{
    /// <summary>
    /// appsettings.json &lt; <c>.env</c> &lt; environment &lt; command line; binds and validates the
    /// typed settings (a bad one stops the server here, before it listens) and sets the listen address.
    /// </summary>
    public static StudioConfiguration AddStudioConfiguration(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddDotEnvFile();
        var server = ServerSettings.Read(builder.Configuration);
        var configuration = new StudioConfiguration(server, KernelSettings.Read(builder.Configuration), IbmQuantumSettings.Read(builder.Configuration),
            ExecutionSettings.Read(builder.Configuration));

        // Host filtering (ASP.NET Core's, from "AllowedHosts"): loopback names only on a loopback server.
        builder.Configuration.AddInMemoryCollection([new("AllowedHosts", server.EffectiveAllowedHosts)]);
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        });
        // Per-request framework chatter only at Warning unless appsettings.json says otherwise.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        if (!string.IsNullOrWhiteSpace(builder.Configuration["LOG_LEVEL"]))
        {
            // LOG_LEVEL replaces the default level of appsettings.json's Logging section.
            builder.Configuration.AddInMemoryCollection([new("Logging:LogLevel:Default", server.LogLevel)]);
        }
        builder.Services.AddSingleton(configuration);
        builder.Services.AddSingleton(server);
        builder.Services.AddSingleton(configuration.Kernel);
        builder.Services.AddSingleton(configuration.IbmQuantum);
        builder.Services.AddOptions<ServerSettings>().Configure(s => builder.Configuration.Bind(s)).ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<ServerSettings>, ServerSettingsValidator>();
        builder.Services.AddSingleton(new ConfiguredSecrets([
            configuration.Kernel.AnthropicApiKey, configuration.Kernel.OpenAiApiKey, configuration.IbmQuantum.Token, .. server.ApiKeys]));

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = server.MaxBodyBytes;
            if (string.Equals(server.Host, "localhost", StringComparison.OrdinalIgnoreCase))
            {
                kestrel.ListenLocalhost(server.Port);
            }
            else
            {
                kestrel.Listen(IPAddress.Parse(server.Host), server.Port);
            }
        });
        return configuration;
    }

    /// <summary>The kernel (agents, providers, memory, ledger), CORS, rate limits and the OpenAPI document.</summary>
    public static WebApplicationBuilder AddStudioServices(this WebApplicationBuilder builder, StudioConfiguration configuration)
    {
        // The offline provider (knowledge base, templates, deterministic edits) answers when no key is set.
        builder.Services.AddSingleton(new KnowledgeOptions
        {
            DataDirectory = configuration.Kernel.DataDirectory,
            KnowledgeDirectory = string.IsNullOrWhiteSpace(builder.Configuration["KNOWLEDGE_DIR"]) ? null : builder.Configuration["KNOWLEDGE_DIR"],
        });
        builder.Services.AddSingleton(sp => new KnowledgeBase(sp.GetRequiredService<KnowledgeOptions>()));
        builder.Services.AddKeyedSingleton<IChatClient>(ChatProviderFactory.OfflineServiceKey,
            (sp, _) => new OfflineChatClient(sp.GetRequiredService<KnowledgeBase>()));
        builder.Services.AddChatKernel(configuration.Kernel);
        builder.Services.AddCodeRuns(configuration.Execution);
        builder.Services.AddSingleton(new ApiKeyGuard(configuration.Server.ApiKeys));
        builder.Services.AddStudioCors(configuration.Server);
        builder.Services.AddStudioRateLimits(configuration.Server, configuration.ChatCanCostMoney);
        builder.Services.AddOpenApi();
        return builder;
    }

    /// <summary>
    /// The <c>/run</c> pipeline (issue 4): the engine QISKIT_ENGINE picks (checked once, at
    /// start-up), the run queue, and the counts <c>/stats</c> shows.
    /// </summary>
    public static IServiceCollection AddCodeRuns(this IServiceCollection services, ExecutionOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(sp => ExecutionEngineFactory.Create(options, sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(_ => new RunQueue(options.MaxConcurrentRuns, options.MaxQueueWait));
        services.AddSingleton(sp => new CodeRunPipeline(
            sp.GetRequiredService<IExecutionEngine>(), sp.GetRequiredService<RunQueue>(), options.Pipeline,
            sp.GetRequiredService<ILogger<CodeRunPipeline>>()));
        services.AddSingleton(sp => new RunStatistics(sp.GetRequiredService<IExecutionEngine>().Name));
        return services;
    }

    /// <summary>Errors, CORS, JSON-only bodies, API key, routing and rate limits, in that order.</summary>
    public static WebApplication UseStudioPipeline(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<ServerSettings>();
        app.UseUnhandledErrorGuard();
        app.UseStudioCors(settings);
        app.UseJsonContentTypeOnly();
        app.UseApiKeyGuard(app.Services.GetRequiredService<ApiKeyGuard>());
        app.UseRouting();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>
    /// Builds the kernel and its provider now, so a provider setting that cannot work
    /// (LLM_PROVIDER=anthropic without a key, a data folder that cannot be created) stops the
    /// server at start-up instead of failing every request.
    /// </summary>
    public static WebApplication StartKernel(this WebApplication app)
    {
        app.Services.GetRequiredService<IChatKernel>();
        app.Services.GetRequiredService<CodeRunPipeline>();
        if (!app.Services.GetRequiredService<StudioConfiguration>().ChatCanCostMoney)
        {
            // Offline answers search the knowledge base: build (or load) its index now, in the
            // background, so the first question does not wait for it.
            var knowledge = app.Services.GetRequiredService<KnowledgeBase>();
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("QiskitStudio.Knowledge");
            var stopping = app.Lifetime.ApplicationStopping;
            _ = Task.Run(async () =>
            {
                try
                {
                    var info = await knowledge.InitializeAsync(stopping);
                    logger.LogInformation("Knowledge base ready: {Articles} articles, {Chunks} passages ({Source}).",
                        info.Articles, info.Chunks, info.LoadedFromFile ? "index loaded from " + info.File : "index built");
                }
                catch (OperationCanceledException) when (stopping.IsCancellationRequested)
                {
                }
                catch (Exception e)
                {
                    logger.LogWarning("Knowledge base not ready ({Error}); it will be built on the first offline question.", e.Message);
                }
            }, stopping);
        }
        return app;
    }

    /// <summary>One log line per resolved setting (secrets masked), and a warning when the server is open beyond this machine without a key.</summary>
    public static WebApplication LogResolvedSettings(this WebApplication app)
    {
        var configuration = app.Services.GetRequiredService<StudioConfiguration>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("QiskitStudio.Settings");
        foreach (var setting in SettingsReport.Resolve(app.Configuration, configuration.Server, configuration.Kernel, configuration.IbmQuantum, configuration.Execution))
        {
            logger.LogInformation("{Name} = {Value} ({Source})", setting.Name, setting.Value, setting.Source);
        }
        if (!configuration.Server.ListensOnLoopbackOnly && configuration.Server.ApiKeys.Count == 0)
        {
            logger.LogWarning(
                "Listening on {Host}, beyond this machine, with no STUDIO_API_KEY: anyone who can reach port {Port} can chat on your budget and run code. Set STUDIO_API_KEY or SERVER_HOST=127.0.0.1.",
                configuration.Server.Host, configuration.Server.Port);
        }
        if (!configuration.ChatCanCostMoney)
        {
            logger.LogInformation("No LLM provider configured: chat answers come from the offline provider. Set ANTHROPIC_API_KEY or OPENAI_BASE_URL to use a model.");
        }
        return app;
    }
}
