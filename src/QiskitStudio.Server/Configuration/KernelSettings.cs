using Microsoft.Extensions.Configuration;
using QiskitStudio.Agents.Kernel;

namespace QiskitStudio.Server.Configuration;

/// <summary>
/// Maps configuration (environment, <c>.env</c>, appsettings.json: same names everywhere) onto the
/// kernel's <see cref="KernelOptions"/>. The kernel's own variable names apply, plus the host's
/// aliases <c>LLMOS_PROJECT_NAME</c> (for <c>LLMOS_PROJECT</c>) and <c>DATA_DIR</c> (for <c>LLMOS_DATA_DIR</c>).
/// </summary>
public static class KernelSettings
{
    public static KernelOptions Read(IConfiguration configuration)
    {
        var options = KernelOptions.FromEnvironment(name => configuration[name]);
        if (!string.IsNullOrWhiteSpace(configuration["LLMOS_PROJECT_NAME"]) && string.IsNullOrWhiteSpace(configuration["LLMOS_PROJECT"]))
        {
            options.ProjectName = configuration["LLMOS_PROJECT_NAME"]!.Trim();
        }
        if (!string.IsNullOrWhiteSpace(configuration["DATA_DIR"]) && string.IsNullOrWhiteSpace(configuration["LLMOS_DATA_DIR"]))
        {
            options.DataDirectory = configuration["DATA_DIR"]!.Trim();
        }
        options.Validate();
        return options;
    }

    /// <summary>
    /// Whether chat calls can reach a provider (and so cost money): the kernel's own choice rule
    /// (CONTRACT §7): <c>auto</c> means Anthropic when its key is set, else an OpenAI-compatible
    /// server when its URL or key is set, else none.
    /// </summary>
    public static bool HasProvider(KernelOptions options) => options.Provider.ToLowerInvariant() switch
    {
        "none" or "offline" => false,
        "anthropic" or "openai" => true,
        _ => !string.IsNullOrWhiteSpace(options.AnthropicApiKey)
             || !string.IsNullOrWhiteSpace(options.OpenAiBaseUrl)
             || !string.IsNullOrWhiteSpace(options.OpenAiApiKey),
    };
}
