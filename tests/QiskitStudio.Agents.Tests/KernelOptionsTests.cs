using QiskitStudio.Agents.Kernel;

namespace QiskitStudio.Agents.Tests;

public sealed class KernelOptionsTests
{
    [Fact]
    public void Environment_variables_map_onto_the_options()
    {
        var environment = new Dictionary<string, string>
        {
            ["ANTHROPIC_API_KEY"] = "sk-ant-x",
            ["ANTHROPIC_MODEL"] = "claude-haiku-4-5",
            ["OPENAI_BASE_URL"] = "http://127.0.0.1:11434/v1",
            ["OPENAI_API_KEY"] = "dummy",
            ["LLM_MODEL"] = "granite4:tiny-h",
            ["LLM_FALLBACK_MODELS"] = "a, b ,,c",
            ["LLM_TIMEOUT_SECONDS"] = "45",
            ["LLM_MAX_RETRIES"] = "5",
            ["LLMOS_BUDGET_USD"] = "12.5",
            ["LLMOS_PROJECT"] = "demo",
            ["LLMOS_DATA_DIR"] = "/tmp/qs",
            ["LLMOS_PRICES"] = "my-model=0.2/0.8; nex-agi/*=1/2",
            ["LLMOS_POSTGRES_CONNECTION"] = "Host=db;Database=studio",
        };

        var options = KernelOptions.FromEnvironment(name => environment.GetValueOrDefault(name));

        Assert.Equal("sk-ant-x", options.AnthropicApiKey);
        Assert.Equal("claude-haiku-4-5", options.AnthropicModel);
        Assert.Equal("http://127.0.0.1:11434/v1", options.OpenAiBaseUrl);
        Assert.Equal("granite4:tiny-h", options.OpenAiModel);
        Assert.Equal(["a", "b", "c"], options.FallbackModels);
        Assert.Equal(TimeSpan.FromSeconds(45), options.RequestTimeout);
        Assert.Equal(5, options.MaxRetries);
        Assert.Equal(12.5m, options.BudgetUsd);
        Assert.Equal("demo", options.ProjectName);
        Assert.Equal("/tmp/qs", options.DataDirectory);
        Assert.Equal("Host=db;Database=studio", options.PostgresConnectionString);
        Assert.Equal(new ModelPrice(0.2m, 0.8m), options.FindPrice("my-model"));
        Assert.Equal(new ModelPrice(1m, 2m), options.FindPrice("nex-agi/nex-n2-pro:free"));
        Assert.Equal(new ModelPrice(3m, 15m), options.FindPrice("claude-sonnet-4-5"));
        options.Validate();
    }

    [Fact]
    public void Defaults_need_nothing_set()
    {
        var options = KernelOptions.FromEnvironment(_ => null);

        Assert.Null(options.AnthropicApiKey);
        Assert.Equal(KernelOptions.DefaultAnthropicModel, options.AnthropicModel);
        Assert.Equal(50m, options.BudgetUsd);
        Assert.Empty(options.FallbackModels);
        options.Validate();
    }

    [Theory]
    [InlineData("claude-sonnet-4-5", 3, 15)]
    [InlineData("claude-sonnet-4-5-20250929", 3, 15)]
    [InlineData("claude-opus-4-1", 15, 75)]
    [InlineData("gpt-4o-mini", 0.15, 0.6)]
    [InlineData("gpt-4o", 2.5, 10)]
    public void Prices_match_exactly_or_by_the_longest_prefix(string model, double input, double output)
    {
        var price = new KernelOptions().FindPrice(model);
        Assert.NotNull(price);
        Assert.Equal((decimal)input, price.InputPerMillion);
        Assert.Equal((decimal)output, price.OutputPerMillion);
    }

    [Theory]
    [InlineData("gpt-4o")]
    [InlineData("gpt-4o=2.5")]
    [InlineData("=1/2")]
    [InlineData("m=x/2")]
    [InlineData("m=-1/2")]
    public void Malformed_price_lists_are_rejected(string text)
    {
        Assert.Throws<ArgumentException>(() => KernelOptions.ParsePrices(text).ToList());
    }

    [Fact]
    public void Unknown_models_have_no_price()
    {
        Assert.Null(new KernelOptions().FindPrice("granite3.3:8b"));
    }

    [Theory]
    [InlineData("Provider", "cloud")]
    [InlineData("OpenAiBaseUrl", "not a url")]
    [InlineData("MaxRetries", "-1")]
    [InlineData("Provider", "anthropic")]
    [InlineData("Provider", "openai")]
    public void Invalid_settings_fail_validation(string property, string value)
    {
        var options = new KernelOptions();
        switch (property)
        {
            case "Provider": options.Provider = value; break;
            case "OpenAiBaseUrl": options.OpenAiBaseUrl = value; break;
            case "MaxRetries": options.MaxRetries = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
        }
        Assert.Throws<ArgumentException>(options.Validate);
    }
}
