using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using QiskitStudio.Server.Configuration;
using QiskitStudio.Server.Tests.Support;

namespace QiskitStudio.Server.Tests;

/// <summary>Configuration (issue 2, item 6): .env, environment, validation at start-up, the start-up log.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public void DotEnv_parser_reads_comments_quotes_export_and_inline_comments()
    {
        var values = DotEnvFile.Parse("""
            # a comment
            export ANTHROPIC_MODEL=claude-x
            OPENAI_BASE_URL = http://127.0.0.1:11434/v1   # Ollama
            SINGLE='keeps \n and # literally'
            DOUBLE="line one\nline \"two\""
            EMPTY=
            not an assignment
            1BAD=skipped
            CRLF=value
            """.Replace("CRLF=value", "CRLF=value\r"));

        Assert.Equal("claude-x", values["ANTHROPIC_MODEL"]);
        Assert.Equal("http://127.0.0.1:11434/v1", values["OPENAI_BASE_URL"]);
        Assert.Equal("keeps \\n and # literally", values["SINGLE"]);
        Assert.Equal("line one\nline \"two\"", values["DOUBLE"]);
        Assert.Equal("", values["EMPTY"]);
        Assert.Equal("value", values["CRLF"]);
        Assert.False(values.ContainsKey("1BAD"));
        Assert.Equal(6, values.Count);
    }

    [Fact]
    public void DotEnv_file_is_the_nearest_one_up_from_the_working_directory()
    {
        var root = Directory.CreateTempSubdirectory("qs-find-env-").FullName;
        try
        {
            var project = Directory.CreateDirectory(Path.Combine(root, "src", "QiskitStudio.Server")).FullName;
            File.WriteAllText(Path.Combine(root, ".env"), "A=1");

            // dotnet run --project src/QiskitStudio.Server runs in the project folder: the root's .env is found.
            Assert.Equal(Path.Combine(root, ".env"), DotEnvFile.FindNearest(project));

            File.WriteAllText(Path.Combine(project, ".env"), "A=2");
            Assert.Equal(Path.Combine(project, ".env"), DotEnvFile.FindNearest(project));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("SERVER_PORT", "70000", "SERVER_PORT")]
    [InlineData("SERVER_HOST", "my.host.name", "SERVER_HOST")]
    [InlineData("CORS_ALLOW_ORIGINS", "http://localhost:3000/app", "CORS_ALLOW_ORIGINS")]
    [InlineData("MAX_BODY_BYTES", "0", "MAX_BODY_BYTES")]
    [InlineData("LOG_LEVEL", "Loud", "LOG_LEVEL")]
    [InlineData("RATE_LIMIT_WINDOW_SECONDS", "0", "RATE_LIMIT_WINDOW_SECONDS")]
    [InlineData("SERVER_PORT", "eighty", "SERVER_PORT")]
    [InlineData("SERVER_HOST", "localhost", "SERVER_PORT=0")]
    public void A_bad_setting_stops_the_server_at_start_up_naming_it(string name, string value, string named)
    {
        using var factory = new StudioFactory(new Dictionary<string, string?> { [name] = value }, new ScriptedKernel());

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException;
        Assert.NotNull(validation);
        Assert.Contains(named, validation.Message);
    }

    [Fact]
    public async Task Issue6_rule1_warns_when_listening_beyond_loopback_without_a_key()
    {
        // In process (TestServer): the settings are resolved and logged, nothing is bound to 0.0.0.0.
        using var open = new StudioFactory(new Dictionary<string, string?> { ["SERVER_HOST"] = "0.0.0.0" }, new ScriptedKernel());
        using (var client = open.CreateClient())
        {
            await client.GetAsync("/health");
        }
        Assert.Contains(open.Logs.Lines, l => l.StartsWith("Warning") && l.Contains("beyond this machine") && l.Contains("STUDIO_API_KEY"));

        using var keyed = new StudioFactory(new Dictionary<string, string?> { ["SERVER_HOST"] = "0.0.0.0", ["STUDIO_API_KEY"] = "k-0123456789" }, new ScriptedKernel());
        using (var client = keyed.CreateClient())
        {
            await client.GetAsync("/health");
        }
        Assert.DoesNotContain(keyed.Logs.Lines, l => l.Contains("beyond this machine"));

        using var local = new StudioFactory(kernel: new ScriptedKernel());
        using (var client = local.CreateClient())
        {
            await client.GetAsync("/health");
        }
        Assert.DoesNotContain(local.Logs.Lines, l => l.Contains("beyond this machine"));
    }

    [Fact]
    public async Task One_log_line_per_setting_with_its_source()
    {
        using var factory = new StudioFactory(new Dictionary<string, string?> { ["ANTHROPIC_MODEL"] = "claude-test-model" }, new ScriptedKernel());
        using (var client = factory.CreateClient())
        {
            await client.GetAsync("/health");
        }
        var settingLines = factory.Logs.Lines.Where(l => l.Contains("QiskitStudio.Settings:")).ToList();

        foreach (var name in new[]
        {
            "SERVER_HOST", "SERVER_PORT", "CORS_ALLOW_ORIGINS", "MAX_BODY_BYTES", "STUDIO_API_KEY", "RATE_LIMIT_CHAT_PER_MINUTE",
            "RATE_LIMIT_RUN_PER_MINUTE", "LOG_LEVEL", "ANTHROPIC_API_KEY", "ANTHROPIC_MODEL", "OPENAI_BASE_URL", "OPENAI_API_KEY",
            "OPENAI_MODEL", "LLM_FALLBACK_MODELS", "LLM_TIMEOUT_SECONDS", "LLMOS_BUDGET_USD", "LLMOS_PROJECT_NAME", "DATA_DIR",
            "IBM_QUANTUM_TOKEN", "IBM_QUANTUM_CHANNEL", "IBM_QUANTUM_INSTANCE", "IBM_QUANTUM_REGION",
        })
        {
            Assert.Single(settingLines, l => l.Contains($": {name} = "));
        }
        Assert.Contains(settingLines, l => l.Contains("ANTHROPIC_MODEL = claude-test-model (command line)"));
        Assert.Contains(settingLines, l => l.Contains("SERVER_HOST = 127.0.0.1 (default)"));
    }

    [Fact]
    public async Task Dotenv_is_read_the_environment_wins_over_it_and_secrets_are_masked_in_the_real_console_log()
    {
        const string plantedKey = "sk-PLANTEDdotenvKEY-abcdefghijklmnop";
        var folder = Directory.CreateTempSubdirectory("qs-dotenv-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, ".env"), $"""
                # written by the test
                LLM_PROVIDER=none
                ANTHROPIC_MODEL=from-dotenv
                LLMOS_BUDGET_USD=12.5
                OPENAI_API_KEY={plantedKey}
                CORS_ALLOW_ORIGINS="http://localhost:3000"
                """);
            await using var server = ServerProcess.Start(folder, new Dictionary<string, string> { ["ANTHROPIC_MODEL"] = "from-environment" });

            var address = await server.Listening.WaitAsync(TimeSpan.FromSeconds(90));
            Assert.True(IPAddress.IsLoopback(IPAddress.Parse(address.Host)));
            using var client = new HttpClient { BaseAddress = address };
            using var health = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            using var docs = await client.GetAsync("/docs");
            Assert.Equal(HttpStatusCode.OK, docs.StatusCode);

            var output = server.Output;
            Assert.Contains("ANTHROPIC_MODEL = from-environment (environment)", output);
            Assert.Contains("LLMOS_BUDGET_USD = 12.5 (.env)", output);
            Assert.Contains("CORS_ALLOW_ORIGINS = http://localhost:3000 (.env)", output);
            Assert.Contains($"OPENAI_API_KEY = (set, {plantedKey.Length} characters, hidden) (.env)", output);
            Assert.DoesNotContain(plantedKey, output);
            Assert.DoesNotContain(plantedKey, await (await client.GetAsync("/stats")).Content.ReadAsStringAsync());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_bad_setting_makes_the_real_process_exit_with_a_message()
    {
        var folder = Directory.CreateTempSubdirectory("qs-badcfg-").FullName;
        try
        {
            await using var server = ServerProcess.Start(folder, new Dictionary<string, string> { ["CORS_ALLOW_ORIGINS"] = "not a url" });
            await server.Exited.WaitAsync(TimeSpan.FromSeconds(90));

            Assert.NotEqual(0, server.ExitCode);
            Assert.Contains("CORS_ALLOW_ORIGINS", server.Output);
            Assert.False(server.Listening.IsCompletedSuccessfully);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
