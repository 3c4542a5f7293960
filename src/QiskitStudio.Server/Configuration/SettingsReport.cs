using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using QiskitStudio.Agents.Kernel;
using QiskitStudio.Execution;
using QiskitStudio.Server.Security;

namespace QiskitStudio.Server.Configuration;

/// <summary>One resolved setting as the start-up log shows it.</summary>
public sealed record ResolvedSetting(string Name, string Value, string Source);

/// <summary>
/// The start-up log: one line per setting with its resolved value and where it came from
/// (environment, .env, appsettings.json, command line or default). Secrets show only whether they are set.
/// </summary>
public static class SettingsReport
{
    public static IReadOnlyList<ResolvedSetting> Resolve(IConfiguration configuration, ServerSettings server, KernelOptions kernel, IbmQuantumSettings ibm, ExecutionOptions execution)
    {
        var ci = CultureInfo.InvariantCulture;
        var list = new List<ResolvedSetting>();
        void Add(string name, string value, params string[] aliases)
        {
            var source = SourceOf(configuration, name);
            foreach (var alias in aliases)
            {
                if (source == "default")
                {
                    source = SourceOf(configuration, alias) is var s && s != "default" ? $"{s} as {alias}" : source;
                }
            }
            list.Add(new ResolvedSetting(name, value, source));
        }
        void Secret(string name, string? value) => Add(name, ConfiguredSecrets.Describe(value));

        Add("SERVER_HOST", server.Host);
        Add("SERVER_PORT", server.Port.ToString(ci));
        Add("CORS_ALLOW_ORIGINS", server.CorsAllowOrigins);
        Add("ALLOWED_HOSTS", server.EffectiveAllowedHosts);
        Add("MAX_BODY_BYTES", server.MaxBodyBytes.ToString(ci));
        Secret("STUDIO_API_KEY", server.ApiKey);
        Add("RATE_LIMIT_CHAT_PER_MINUTE", server.ChatRequestsPerMinute.ToString(ci));
        Add("RATE_LIMIT_RUN_PER_MINUTE", server.RunRequestsPerMinute.ToString(ci));
        Add("RATE_LIMIT_WINDOW_SECONDS", server.RateLimitWindowSeconds.ToString(ci));
        Add("LOG_LEVEL", server.LogLevel);
        Add("LLM_PROVIDER", kernel.Provider);
        Secret("ANTHROPIC_API_KEY", kernel.AnthropicApiKey);
        Add("ANTHROPIC_BASE_URL", kernel.AnthropicBaseUrl ?? "(SDK default)");
        Add("ANTHROPIC_MODEL", kernel.AnthropicModel);
        Add("OPENAI_BASE_URL", kernel.OpenAiBaseUrl ?? "(not set)");
        Secret("OPENAI_API_KEY", kernel.OpenAiApiKey);
        Add("OPENAI_MODEL", kernel.OpenAiModel, "LLM_MODEL");
        Add("LLM_FALLBACK_MODELS", kernel.FallbackModels.Count == 0 ? "(none)" : string.Join(",", kernel.FallbackModels));
        Add("LLM_TIMEOUT_SECONDS", kernel.RequestTimeout.TotalSeconds.ToString(ci));
        Add("LLM_MAX_RETRIES", kernel.MaxRetries.ToString(ci));
        Add("LLM_MAX_TOKENS", kernel.MaxOutputTokens.ToString(ci));
        Add("LLMOS_BUDGET_USD", kernel.BudgetUsd.ToString(ci));
        Add("LLMOS_PROJECT_NAME", kernel.ProjectName, "LLMOS_PROJECT");
        Add("DATA_DIR", kernel.DataDirectory, "LLMOS_DATA_DIR");
        Add("KNOWLEDGE_DIR", string.IsNullOrWhiteSpace(configuration["KNOWLEDGE_DIR"]) ? "(built-in articles only)" : configuration["KNOWLEDGE_DIR"]!);
        Secret("IBM_QUANTUM_TOKEN", ibm.Token);
        Add("IBM_QUANTUM_CHANNEL", ibm.Channel);
        Add("IBM_QUANTUM_INSTANCE", ibm.Instance ?? "(not set)");
        Add("IBM_QUANTUM_REGION", ibm.Region ?? "(not set)");
        Add("QISKIT_ENGINE", execution.Engine.ToString().ToLowerInvariant());
        Add("QISKIT_PYTHON", execution.PythonPath);
        Add("LOCAL_MODE", execution.Pipeline.LocalMode ? "true" : "false");
        Add("RUN_MAX_CONCURRENT", execution.MaxConcurrentRuns.ToString(ci));
        Add("RUN_QUEUE_TIMEOUT_SECONDS", execution.MaxQueueWait.TotalSeconds.ToString(ci));
        Add("RUN_TIMEOUT_SECONDS", execution.RunTimeout.TotalSeconds.ToString(ci));
        Add("RUN_MAX_OUTPUT_CHARS", execution.MaxOutputChars.ToString(ci));
        Add("RUN_MAX_MEMORY_MB", (execution.MaxMemoryBytes / (1024 * 1024)).ToString(ci));
        return list;
    }

    /// <summary>The highest-priority configuration source that holds the key.</summary>
    public static string SourceOf(IConfiguration configuration, string key)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return "configuration";
        }
        foreach (var provider in root.Providers.Reverse())
        {
            if (provider.TryGet(key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return provider switch
                {
                    EnvironmentVariablesConfigurationProvider => "environment",
                    DotEnvConfigurationProvider => ".env",
                    JsonConfigurationProvider json => json.Source.Path ?? "appsettings.json",
                    CommandLineConfigurationProvider => "command line",
                    _ => "configuration",
                };
            }
        }
        return "default";
    }
}
