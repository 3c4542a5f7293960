using System.Globalization;

namespace QiskitStudio.Agents.Kernel;

/// <summary>
/// Every setting of the kernel (router, agents, providers, ledger, session store) in one typed
/// object. The HTTP host fills it from environment variables or configuration
/// (<see cref="FromEnvironment"/> does the standard mapping) and passes it to
/// <c>services.AddChatKernel(options)</c>. All properties have working defaults: with nothing set,
/// the kernel starts with no provider and answers with a message naming the variables to set.
/// </summary>
public sealed class KernelOptions
{
    /// <summary>Configuration section name used when binding from <c>IConfiguration</c>.</summary>
    public const string SectionName = "Kernel";

    /// <summary>The Claude model used when <see cref="AnthropicModel"/> is not set.</summary>
    public const string DefaultAnthropicModel = "claude-sonnet-4-5";

    /// <summary>The model used on an OpenAI-compatible server when <see cref="OpenAiModel"/> is not set
    /// (the upstream Qiskit Studio default on Ollama, CONTRACT §7).</summary>
    public const string DefaultOpenAiModel = "granite3.3:8b";

    /// <summary>Which provider to use: <c>auto</c> (default: Anthropic when a key is set, else an
    /// OpenAI-compatible server when its URL or key is set, else the offline client when one is registered, else none), <c>anthropic</c>,
    /// <c>openai</c>, <c>offline</c> or <c>none</c>. Env <c>LLM_PROVIDER</c>.</summary>
    public string Provider { get; set; } = "auto";

    /// <summary>Anthropic API key. Env <c>ANTHROPIC_API_KEY</c>. Never logged or returned.</summary>
    public string? AnthropicApiKey { get; set; }

    /// <summary>Anthropic API base URL; null means the SDK default (https://api.anthropic.com).
    /// Env <c>ANTHROPIC_BASE_URL</c>. Tests point it at a loopback fake.</summary>
    public string? AnthropicBaseUrl { get; set; }

    /// <summary>Claude model name. Env <c>ANTHROPIC_MODEL</c>. Default <see cref="DefaultAnthropicModel"/>.</summary>
    public string AnthropicModel { get; set; } = DefaultAnthropicModel;

    /// <summary>Base URL of an OpenAI-compatible server, including <c>/v1</c>
    /// (e.g. <c>http://127.0.0.1:11434/v1</c> for Ollama). Env <c>OPENAI_BASE_URL</c>.
    /// Null with a key set means api.openai.com.</summary>
    public string? OpenAiBaseUrl { get; set; }

    /// <summary>API key of the OpenAI-compatible server. Env <c>OPENAI_API_KEY</c>. Local servers
    /// accept any value; "dummy" is used when only the URL is set.</summary>
    public string? OpenAiApiKey { get; set; }

    /// <summary>Model on the OpenAI-compatible server. Env <c>OPENAI_MODEL</c> (or <c>LLM_MODEL</c>).
    /// Default <see cref="DefaultOpenAiModel"/>.</summary>
    public string OpenAiModel { get; set; } = DefaultOpenAiModel;

    /// <summary>Models tried in order, on the same provider, when the primary model fails after its
    /// retries. Env <c>LLM_FALLBACK_MODELS</c> (comma-separated).</summary>
    public List<string> FallbackModels { get; set; } = [];

    /// <summary>Time allowed for one provider call (one attempt). Env <c>LLM_TIMEOUT_SECONDS</c>. Default 120 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Retries per model after a 429, a 5xx or a timeout (0 = one attempt only).
    /// Env <c>LLM_MAX_RETRIES</c>. Default 3. The SDKs' own retries are switched off.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay; doubled on each retry, with jitter. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait honoured from a <c>Retry-After</c> header (and the cap of any backoff
    /// delay); a longer Retry-After moves on to the next model instead. Default 20 s.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Maximum output tokens asked of the model per call. Env <c>LLM_MAX_TOKENS</c>. Default 4096.</summary>
    public int MaxOutputTokens { get; set; } = 4096;

    /// <summary>Total spend allowed, in USD; paid calls are refused once it is used up.
    /// Env <c>LLMOS_BUDGET_USD</c>. Default 50.</summary>
    public decimal BudgetUsd { get; set; } = 50m;

    /// <summary>Project name used when a request names none (memory and traces are kept per project).
    /// Env <c>LLMOS_PROJECT</c>. Default "default".</summary>
    public string ProjectName { get; set; } = "default";

    /// <summary>Folder of the SQLite database file (created on first use). Env <c>LLMOS_DATA_DIR</c>.
    /// Default <c>data</c> under the current directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>File name of the SQLite database inside <see cref="DataDirectory"/>. Default <c>qiskit-studio.db</c>.</summary>
    public string DatabaseFileName { get; set; } = "qiskit-studio.db";

    /// <summary>Npgsql connection string of a PostgreSQL database shared by several replicas; when set it
    /// replaces the SQLite file. Env <c>LLMOS_POSTGRES_CONNECTION</c>. Never logged.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>Earlier messages of a session sent to the model on a later turn (most recent kept). Default 20.</summary>
    public int MaxHistoryMessages { get; set; } = 20;

    /// <summary>Character budget of the history sent with one call (oldest turns dropped first). Default 24,000.</summary>
    public int MaxHistoryCharacters { get; set; } = 24_000;

    /// <summary>Prices in USD per million tokens, by model name (case-insensitive; a key may end in
    /// <c>*</c> to match a prefix). A model not listed costs 0 (typical of local servers) and is not
    /// stopped by the budget. Defaults cover current Claude and OpenAI models. Env <c>LLMOS_PRICES</c> adds
    /// or overrides entries (<c>model=input/output;…</c>).</summary>
    public Dictionary<string, ModelPrice> Prices { get; set; } = DefaultPrices();

    /// <summary>The price table used when none is configured.</summary>
    public static Dictionary<string, ModelPrice> DefaultPrices() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["claude-opus-4*"] = new(15m, 75m),
        ["claude-sonnet-4*"] = new(3m, 15m),
        ["claude-3-7-sonnet*"] = new(3m, 15m),
        ["claude-3-5-sonnet*"] = new(3m, 15m),
        ["claude-haiku-4*"] = new(1m, 5m),
        ["claude-3-5-haiku*"] = new(0.8m, 4m),
        ["gpt-4o-mini*"] = new(0.15m, 0.6m),
        ["gpt-4o*"] = new(2.5m, 10m),
        ["gpt-4.1-mini*"] = new(0.4m, 1.6m),
        ["gpt-4.1*"] = new(2m, 8m),
    };

    /// <summary>
    /// Finds the price of a model: an exact key first, then the longest matching <c>prefix*</c> key.
    /// Returns null when the model is not priced.
    /// </summary>
    public ModelPrice? FindPrice(string model)
    {
        if (Prices.TryGetValue(model, out var exact))
        {
            return exact;
        }

        ModelPrice? best = null;
        var bestLength = -1;
        foreach (var (key, price) in Prices)
        {
            if (key.EndsWith('*') && model.StartsWith(key[..^1], StringComparison.OrdinalIgnoreCase) && key.Length > bestLength)
            {
                best = price;
                bestLength = key.Length;
            }
        }
        return best;
    }

    /// <summary>
    /// Reads the standard environment variables: <c>LLM_PROVIDER</c>, <c>ANTHROPIC_API_KEY</c>,
    /// <c>ANTHROPIC_BASE_URL</c>, <c>ANTHROPIC_MODEL</c>, <c>OPENAI_BASE_URL</c>, <c>OPENAI_API_KEY</c>,
    /// <c>OPENAI_MODEL</c> / <c>LLM_MODEL</c>, <c>LLM_FALLBACK_MODELS</c>, <c>LLM_TIMEOUT_SECONDS</c>,
    /// <c>LLM_MAX_RETRIES</c>, <c>LLM_MAX_TOKENS</c>, <c>LLMOS_BUDGET_USD</c>, <c>LLMOS_PROJECT</c>,
    /// <c>LLMOS_DATA_DIR</c>, <c>LLMOS_POSTGRES_CONNECTION</c>, <c>LLMOS_PRICES</c> (see <see cref="ParsePrices"/>;
    /// added to the default table). Unset or blank variables keep the defaults.
    /// </summary>
    /// <param name="getVariable">Usually <see cref="Environment.GetEnvironmentVariable(string)"/>.</param>
    public static KernelOptions FromEnvironment(Func<string, string?> getVariable)
    {
        string? Get(string name)
        {
            var value = getVariable(name);
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        var options = new KernelOptions();
        options.Provider = Get("LLM_PROVIDER") ?? options.Provider;
        options.AnthropicApiKey = Get("ANTHROPIC_API_KEY");
        options.AnthropicBaseUrl = Get("ANTHROPIC_BASE_URL");
        options.AnthropicModel = Get("ANTHROPIC_MODEL") ?? options.AnthropicModel;
        options.OpenAiBaseUrl = Get("OPENAI_BASE_URL");
        options.OpenAiApiKey = Get("OPENAI_API_KEY");
        options.OpenAiModel = Get("OPENAI_MODEL") ?? Get("LLM_MODEL") ?? options.OpenAiModel;
        if (Get("LLM_FALLBACK_MODELS") is { } fallbacks)
        {
            options.FallbackModels = [.. fallbacks.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }
        if (Get("LLM_TIMEOUT_SECONDS") is { } timeout && double.TryParse(timeout, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
        {
            options.RequestTimeout = TimeSpan.FromSeconds(seconds);
        }
        if (Get("LLM_MAX_RETRIES") is { } retries && int.TryParse(retries, CultureInfo.InvariantCulture, out var retryCount) && retryCount >= 0)
        {
            options.MaxRetries = retryCount;
        }
        if (Get("LLM_MAX_TOKENS") is { } maxTokens && int.TryParse(maxTokens, CultureInfo.InvariantCulture, out var tokens) && tokens > 0)
        {
            options.MaxOutputTokens = tokens;
        }
        if (Get("LLMOS_BUDGET_USD") is { } budget && decimal.TryParse(budget, NumberStyles.Number, CultureInfo.InvariantCulture, out var usd) && usd >= 0)
        {
            options.BudgetUsd = usd;
        }
        options.ProjectName = Get("LLMOS_PROJECT") ?? options.ProjectName;
        options.DataDirectory = Get("LLMOS_DATA_DIR") ?? options.DataDirectory;
        options.PostgresConnectionString = Get("LLMOS_POSTGRES_CONNECTION");
        if (Get("LLMOS_PRICES") is { } prices)
        {
            foreach (var (model, price) in ParsePrices(prices))
            {
                options.Prices[model] = price;
            }
        }
        return options;
    }

    /// <summary>
    /// Parses a price list such as <c>gpt-4o=2.5/10; my-model*=0.2/0.8</c>: entries separated by
    /// <c>;</c> or <c>,</c>, each <c>model=input/output</c> in USD per million tokens.
    /// </summary>
    /// <exception cref="ArgumentException">An entry is malformed.</exception>
    public static IEnumerable<KeyValuePair<string, ModelPrice>> ParsePrices(string text)
    {
        foreach (var entry in text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = entry.LastIndexOf('=');
            var slash = equals < 0 ? -1 : entry.IndexOf('/', equals);
            if (equals <= 0 || slash < 0
                || !decimal.TryParse(entry[(equals + 1)..slash], NumberStyles.Number, CultureInfo.InvariantCulture, out var input)
                || !decimal.TryParse(entry[(slash + 1)..], NumberStyles.Number, CultureInfo.InvariantCulture, out var output)
                || input < 0 || output < 0)
            {
                throw new ArgumentException($"LLMOS_PRICES entry '{entry}' is not model=input/output (USD per million tokens).");
            }
            yield return new(entry[..equals].Trim(), new ModelPrice(input, output));
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting (called at start-up).</summary>
    public void Validate()
    {
        string[] providers = ["auto", "anthropic", "openai", "offline", "none"];
        if (!providers.Contains(Provider, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Kernel option Provider must be one of {string.Join(", ", providers)}; got '{Provider}'.");
        }
        if (Provider.Equals("anthropic", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(AnthropicApiKey))
        {
            throw new ArgumentException("LLM_PROVIDER=anthropic needs ANTHROPIC_API_KEY.");
        }
        if (Provider.Equals("openai", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(OpenAiBaseUrl) && string.IsNullOrWhiteSpace(OpenAiApiKey))
        {
            throw new ArgumentException("LLM_PROVIDER=openai needs OPENAI_BASE_URL or OPENAI_API_KEY.");
        }
        if (OpenAiBaseUrl is not null && !Uri.TryCreate(OpenAiBaseUrl, UriKind.Absolute, out _))
        {
            throw new ArgumentException($"OPENAI_BASE_URL is not an absolute URL: '{OpenAiBaseUrl}'.");
        }
        if (AnthropicBaseUrl is not null && !Uri.TryCreate(AnthropicBaseUrl, UriKind.Absolute, out _))
        {
            throw new ArgumentException($"ANTHROPIC_BASE_URL is not an absolute URL: '{AnthropicBaseUrl}'.");
        }
        if (RequestTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("Kernel option RequestTimeout must be positive.");
        }
        if (MaxRetries < 0)
        {
            throw new ArgumentException("Kernel option MaxRetries must not be negative.");
        }
        if (BudgetUsd < 0)
        {
            throw new ArgumentException("LLMOS_BUDGET_USD must not be negative.");
        }
        if (string.IsNullOrWhiteSpace(DataDirectory) || string.IsNullOrWhiteSpace(DatabaseFileName))
        {
            throw new ArgumentException("Kernel options DataDirectory and DatabaseFileName must be set.");
        }
        if (MaxHistoryMessages < 0 || MaxHistoryCharacters < 0)
        {
            throw new ArgumentException("Kernel history limits must not be negative.");
        }
    }
}

/// <summary>A model's price in USD per million tokens.</summary>
/// <param name="InputPerMillion">USD per million input (prompt) tokens.</param>
/// <param name="OutputPerMillion">USD per million output (completion) tokens.</param>
public sealed record ModelPrice(decimal InputPerMillion, decimal OutputPerMillion)
{
    /// <summary>Parameterless constructor for configuration binding.</summary>
    public ModelPrice() : this(0m, 0m) { }

    /// <summary>Exact cost of one call.</summary>
    public decimal CostOf(long inputTokens, long outputTokens) =>
        (inputTokens * InputPerMillion + outputTokens * OutputPerMillion) / 1_000_000m;
}
