using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace QiskitStudio.Server.Configuration;

/// <summary>
/// The host's own settings (CONTRACT §7, §4.1), bound from configuration keys that are the
/// environment variable names themselves, so one name works in the environment, in <c>.env</c>
/// and in appsettings.json. Validated at start-up by <see cref="ServerSettingsValidator"/>.
/// </summary>
public sealed class ServerSettings
{
    public const string DefaultCorsOrigins = "http://localhost:3000,http://127.0.0.1:3000";
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>Address to listen on: an IP address or <c>localhost</c>. Loopback by default.</summary>
    [ConfigurationKeyName("SERVER_HOST")]
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>Port for everything (chat, run, stats, docs); 0 picks a free port.</summary>
    [ConfigurationKeyName("SERVER_PORT")]
    public int Port { get; set; } = 8000;

    /// <summary>Comma-separated origins allowed by CORS (exact match); <c>*</c> allows any origin.</summary>
    [ConfigurationKeyName("CORS_ALLOW_ORIGINS")]
    public string CorsAllowOrigins { get; set; } = DefaultCorsOrigins;

    /// <summary>Largest request body accepted; larger gets 413.</summary>
    [ConfigurationKeyName("MAX_BODY_BYTES")]
    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <summary>One key or a comma-separated list; when set, every endpoint but health and docs needs one.</summary>
    [ConfigurationKeyName("STUDIO_API_KEY")]
    public string? ApiKey { get; set; }

    /// <summary>Requests per client per window for chat calls that reach a provider (0 = no limit).</summary>
    [ConfigurationKeyName("RATE_LIMIT_CHAT_PER_MINUTE")]
    public int ChatRequestsPerMinute { get; set; } = 30;

    /// <summary>Requests per client per window for <c>/run</c> (0 = no limit).</summary>
    [ConfigurationKeyName("RATE_LIMIT_RUN_PER_MINUTE")]
    public int RunRequestsPerMinute { get; set; } = 20;

    /// <summary>Length of a rate-limit window in seconds (60 makes the limits per minute).</summary>
    [ConfigurationKeyName("RATE_LIMIT_WINDOW_SECONDS")]
    public double RateLimitWindowSeconds { get; set; } = 60;

    /// <summary>Minimum log level: Trace, Debug, Information, Warning, Error, Critical or None.</summary>
    [ConfigurationKeyName("LOG_LEVEL")]
    public string LogLevel { get; set; } = "Information";

    /// <summary>
    /// Host names the server answers to (semicolon-separated, no ports; <c>*</c> = any). Default:
    /// <c>localhost;127.0.0.1;[::1]</c> when listening on loopback, so a web page on a domain that
    /// resolves to 127.0.0.1 (DNS rebinding) cannot make same-origin calls; <c>*</c> otherwise.
    /// </summary>
    [ConfigurationKeyName("ALLOWED_HOSTS")]
    public string? AllowedHosts { get; set; }

    public const string LoopbackHosts = "localhost;127.0.0.1;[::1]";

    /// <summary>The host names in force: <see cref="AllowedHosts"/> when set, else the default for the listen address.</summary>
    public string EffectiveAllowedHosts => !string.IsNullOrWhiteSpace(AllowedHosts) ? AllowedHosts : ListensOnLoopbackOnly ? LoopbackHosts : "*";

    /// <summary>Folder of the SQLite database (sessions, ledger, memory).</summary>
    [ConfigurationKeyName("DATA_DIR")]
    public string? DataDir { get; set; }

    public IReadOnlyList<string> AllowedOrigins =>
        [.. CorsAllowOrigins.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(o => o.TrimEnd('/'))];

    public bool AllowsAnyOrigin => AllowedOrigins.Contains("*");

    public IReadOnlyList<string> ApiKeys =>
        [.. (ApiKey ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public TimeSpan RateLimitWindow => TimeSpan.FromSeconds(RateLimitWindowSeconds);

    /// <summary>True when the listen address is reachable only from this machine.</summary>
    public bool ListensOnLoopbackOnly =>
        string.Equals(Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(Host, out var address) && IPAddress.IsLoopback(address));

    /// <summary>Binds and validates; throws <see cref="OptionsValidationException"/> naming every bad setting.</summary>
    public static ServerSettings Read(IConfiguration configuration)
    {
        var settings = new ServerSettings();
        try
        {
            configuration.Bind(settings);
        }
        catch (InvalidOperationException e)
        {
            // A number that does not parse: the binder names the key in its message.
            throw new OptionsValidationException(nameof(ServerSettings), typeof(ServerSettings), [e.Message + (e.InnerException is { } inner ? " " + inner.Message : "")]);
        }
        var result = new ServerSettingsValidator().Validate(null, settings);
        if (result.Failed)
        {
            throw new OptionsValidationException(nameof(ServerSettings), typeof(ServerSettings), result.Failures);
        }
        return settings;
    }
}

/// <summary>Start-up checks of <see cref="ServerSettings"/>: a bad setting stops the server before it listens.</summary>
public sealed class ServerSettingsValidator : IValidateOptions<ServerSettings>
{
    private static readonly string[] LogLevels = ["Trace", "Debug", "Information", "Warning", "Error", "Critical", "None"];

    public ValidateOptionsResult Validate(string? name, ServerSettings options)
    {
        var failures = new List<string>();
        if (!string.Equals(options.Host, "localhost", StringComparison.OrdinalIgnoreCase) && !IPAddress.TryParse(options.Host, out _))
        {
            failures.Add($"SERVER_HOST must be an IP address (127.0.0.1, 0.0.0.0, ::1, ...) or 'localhost'; got '{options.Host}'.");
        }
        if (options.Port is < 0 or > 65535)
        {
            failures.Add($"SERVER_PORT must be between 0 and 65535; got {options.Port}.");
        }
        if (options.Port == 0 && string.Equals(options.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("SERVER_PORT=0 (a free port) needs an IP address in SERVER_HOST, such as 127.0.0.1, not 'localhost'.");
        }
        foreach (var origin in options.AllowedOrigins)
        {
            if (origin != "*" && !(Uri.TryCreate(origin, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.AbsolutePath == "/"))
            {
                failures.Add($"CORS_ALLOW_ORIGINS entries must be origins like http://localhost:3000 (scheme, host, optional port) or '*'; got '{origin}'.");
            }
        }
        if (options.MaxBodyBytes <= 0)
        {
            failures.Add($"MAX_BODY_BYTES must be positive; got {options.MaxBodyBytes}.");
        }
        if (options.ChatRequestsPerMinute < 0 || options.RunRequestsPerMinute < 0)
        {
            failures.Add("RATE_LIMIT_CHAT_PER_MINUTE and RATE_LIMIT_RUN_PER_MINUTE must be 0 (no limit) or positive.");
        }
        if (!(options.RateLimitWindowSeconds > 0))
        {
            failures.Add($"RATE_LIMIT_WINDOW_SECONDS must be positive; got {options.RateLimitWindowSeconds}.");
        }
        if (!LogLevels.Contains(options.LogLevel, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"LOG_LEVEL must be one of {string.Join(", ", LogLevels)}; got '{options.LogLevel}'.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>IBM Quantum defaults used by <c>/run</c> when the request carries none (CONTRACT §3.1, §4.4.0).</summary>
public sealed class IbmQuantumSettings
{
    [ConfigurationKeyName("IBM_QUANTUM_TOKEN")]
    public string? Token { get; set; }

    [ConfigurationKeyName("IBM_QUANTUM_CHANNEL")]
    public string Channel { get; set; } = "ibm_cloud";

    [ConfigurationKeyName("IBM_QUANTUM_INSTANCE")]
    public string? Instance { get; set; }

    [ConfigurationKeyName("IBM_QUANTUM_REGION")]
    public string? Region { get; set; }

    public static IbmQuantumSettings Read(IConfiguration configuration)
    {
        var settings = new IbmQuantumSettings();
        configuration.Bind(settings);
        return settings;
    }
}
