using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using QiskitStudio.Agents.Kernel;
using QiskitStudio.Server.Tests.Support;

namespace QiskitStudio.Server.Tests;

/// <summary>Issue 6: no one reaches the chat budget (or /run) from a place the user did not choose.</summary>
public sealed class SecurityTests
{
    private const string FrontendOrigin = "http://localhost:3000";
    private const string ForeignOrigin = "https://evil.example";

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Theory]
    [InlineData("/chat", "text/plain")]
    [InlineData("/chat/stream", "text/plain;charset=UTF-8")]
    [InlineData("/clear_session", "application/x-www-form-urlencoded")]
    [InlineData("/chat", "multipart/form-data; boundary=x")]
    public async Task Issue6_rule2_cross_site_simple_post_is_415_and_runs_nothing(string path, string contentType)
    {
        var kernel = new ScriptedKernel();
        using var factory = new StudioFactory(kernel: kernel);
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Frontend.Body("run my budget", "user_1"))),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Headers.Add("Origin", ForeignOrigin);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
        Assert.Equal(0, kernel.CallCount);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Issue6_rule1_a_loopback_server_refuses_foreign_host_names_so_DNS_rebinding_runs_nothing()
    {
        var kernel = new ScriptedKernel();
        using var factory = new StudioFactory(kernel: kernel, kestrel: true);
        using var client = factory.CreateLoopbackClient();

        using var rebound = new HttpRequestMessage(HttpMethod.Post, "/chat") { Content = Json(Frontend.Body("spend my budget", "user_1")) };
        rebound.Headers.Host = "attacker.example:" + factory.ServerAddress.Port;
        rebound.Headers.Add("Origin", "http://attacker.example:" + factory.ServerAddress.Port);
        using var refused = await client.SendAsync(rebound);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(0, kernel.CallCount);

        foreach (var host in new[] { "127.0.0.1", "localhost" })
        {
            using var local = new HttpRequestMessage(HttpMethod.Post, "/chat") { Content = Json(Frontend.Body("hello", "user_1")) };
            local.Headers.Host = host + ":" + factory.ServerAddress.Port;
            using var accepted = await client.SendAsync(local);
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }
        Assert.Equal(2, kernel.CallCount);
    }

    [Fact]
    public async Task Issue6_rule2_json_with_charset_is_accepted()
    {
        var kernel = new ScriptedKernel();
        using var factory = new StudioFactory(kernel: kernel);
        using var client = factory.CreateClient();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Frontend.Body("hello", "user_1")));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

        using var response = await client.PostAsync("/chat", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, kernel.CallCount);
    }

    [Fact]
    public async Task Section_1_7_preflight_from_the_frontend_origin_is_granted()
    {
        using var factory = new StudioFactory(kernel: new ScriptedKernel());
        using var client = factory.CreateClient();
        using var preflight = Preflight("/chat/stream", FrontendOrigin);

        using var response = await client.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(FrontendOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.Contains("content-type", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Issue6_rule3_preflight_from_a_foreign_origin_is_refused_without_grant()
    {
        using var factory = new StudioFactory(kernel: new ScriptedKernel());
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Preflight("/chat", ForeignOrigin));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Contains("CORS_ALLOW_ORIGINS", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Issue6_rule3_foreign_origin_gets_no_grant_on_a_simple_request()
    {
        using var factory = new StudioFactory(kernel: new ScriptedKernel());
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/stats");
        request.Headers.Add("Origin", ForeignOrigin);

        using var response = await client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Issue6_rule3_origin_match_is_exact_not_a_prefix()
    {
        using var factory = new StudioFactory(kernel: new ScriptedKernel());
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Preflight("/chat", "http://localhost:3000.evil.example"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Issue6_rule3_star_allows_any_origin_only_when_configured_and_never_with_credentials()
    {
        using var factory = new StudioFactory(new Dictionary<string, string?> { ["CORS_ALLOW_ORIGINS"] = "*" }, new ScriptedKernel());
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Preflight("/chat", ForeignOrigin));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Issue6_rule4_keyed_server_refuses_missing_and_wrong_keys_and_accepts_both_header_forms()
    {
        var kernel = new ScriptedKernel();
        using var factory = new StudioFactory(new Dictionary<string, string?> { ["STUDIO_API_KEY"] = "first-key-123456, second-key-abcdef" }, kernel);
        using var client = factory.CreateClient();

        using (var missing = await client.PostAsync("/chat", Json(Frontend.Body("hi", "user_1"))))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
            Assert.Contains("X-API-Key", JsonDocument.Parse(await missing.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
        }
        using (var wrong = await SendWithHeader(client, "X-API-Key", "first-key-12345"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Equal("Invalid API key.", JsonDocument.Parse(await wrong.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
        }
        using (var wrongBearer = await SendWithHeader(client, "Authorization", "Bearer nope"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrongBearer.StatusCode);
        }
        Assert.Equal(0, kernel.CallCount);

        using (var header = await SendWithHeader(client, "X-API-Key", "first-key-123456"))
        {
            Assert.Equal(HttpStatusCode.OK, header.StatusCode);
        }
        using (var bearer = await SendWithHeader(client, "Authorization", "Bearer second-key-abcdef"))
        {
            Assert.Equal(HttpStatusCode.OK, bearer.StatusCode);
        }
        Assert.Equal(2, kernel.CallCount);

        using var stats = await client.GetAsync("/stats");
        Assert.Equal(HttpStatusCode.Unauthorized, stats.StatusCode);

        static Task<HttpResponseMessage> SendWithHeader(HttpClient client, string name, string value)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/chat") { Content = Json(Frontend.Body("hi", "user_1")) };
            request.Headers.TryAddWithoutValidation(name, value);
            return client.SendAsync(request);
        }
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/docs")]
    [InlineData("/openapi/v1.json")]
    public async Task Issue6_rule4_health_and_docs_need_no_key(string path)
    {
        using var factory = new StudioFactory(new Dictionary<string, string?> { ["STUDIO_API_KEY"] = "only-key-000000" }, new ScriptedKernel());
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Issue6_rule4_preflight_needs_no_key_so_a_keying_proxy_can_work()
    {
        using var factory = new StudioFactory(new Dictionary<string, string?> { ["STUDIO_API_KEY"] = "only-key-000000" }, new ScriptedKernel());
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Preflight("/chat", FrontendOrigin));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task Issue6_rule5_paid_chat_limit_answers_429_with_retry_after_and_recovers()
    {
        var kernel = new ScriptedKernel();
        using var factory = new StudioFactory(new Dictionary<string, string?>
        {
            ["LLM_PROVIDER"] = "anthropic",
            ["ANTHROPIC_API_KEY"] = "sk-ant-test-rate-limit-key",
            ["RATE_LIMIT_CHAT_PER_MINUTE"] = "1",
            ["RATE_LIMIT_WINDOW_SECONDS"] = "3",
        }, kernel);
        using var client = factory.CreateClient();

        // One permit per window: within a few quick requests, two share a window and the second is refused.
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 50 && refused is null; i++)
        {
            var response = await client.PostAsync("/chat", Json(Frontend.Body("hi", "user_1")));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
            else
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                response.Dispose();
            }
        }
        Assert.NotNull(refused);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) >= 1);
        Assert.Contains("Too many requests", await refused.Content.ReadAsStringAsync());
        var callsWhenRefused = kernel.CallCount;
        refused.Dispose();

        // The window passes and the client is served again (polled; no timing asserted).
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        HttpStatusCode status;
        do
        {
            await Task.Delay(100, deadline.Token);
            using var again = await client.PostAsync("/chat", Json(Frontend.Body("hi", "user_1")), deadline.Token);
            status = again.StatusCode;
        }
        while (status == HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(callsWhenRefused + 1, kernel.CallCount);
    }

    [Fact]
    public async Task Issue6_rule5_offline_chat_is_not_rate_limited()
    {
        var kernel = new ScriptedKernel();
        using var factory = new StudioFactory(new Dictionary<string, string?>
        {
            ["RATE_LIMIT_CHAT_PER_MINUTE"] = "1",
            ["RATE_LIMIT_WINDOW_SECONDS"] = "3600",
        }, kernel);
        using var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            using var response = await client.PostAsync("/chat", Json(Frontend.Body("hi", "user_1")));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Issue6_rule5_clients_with_different_keys_have_separate_limits()
    {
        var kernel = new ScriptedKernel();
        using var factory = new StudioFactory(new Dictionary<string, string?>
        {
            ["LLM_PROVIDER"] = "anthropic",
            ["ANTHROPIC_API_KEY"] = "sk-ant-test-rate-limit-key",
            ["STUDIO_API_KEY"] = "key-one-0000000,key-two-0000000",
            ["RATE_LIMIT_CHAT_PER_MINUTE"] = "1",
            ["RATE_LIMIT_WINDOW_SECONDS"] = "3600",
        }, kernel);
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, await Send("key-one-0000000"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Send("key-one-0000000"));
        Assert.Equal(HttpStatusCode.OK, await Send("key-two-0000000"));

        async Task<HttpStatusCode> Send(string key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/chat") { Content = Json(Frontend.Body("hi", "user_1")) };
            request.Headers.Add("X-API-Key", key);
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }
    }

    [Fact]
    public async Task Issue6_rule6_planted_secrets_never_appear_in_logs_or_replies()
    {
        const string anthropicKey = "sk-ant-api03-PLANTEDanthropicKEY0123456789";
        const string openAiKey = "sk-PLANTEDopenaiKEY0123456789abcdef";
        const string ibmToken = "PLANTEDibmTOKEN0123456789abcdef0123456789ab";
        const string studioKey = "PLANTEDstudioKEY-0123456789";
        var kernel = new ScriptedKernel
        {
            // A provider that echoes the key back in its error (some do): the host must not pass it on.
            Answer = (_, _) => throw new ChatProviderException($"401 invalid x-api-key {anthropicKey} (also tried {openAiKey})", "anthropic", 401),
        };
        using var factory = new StudioFactory(new Dictionary<string, string?>
        {
            ["ANTHROPIC_API_KEY"] = anthropicKey,
            ["OPENAI_API_KEY"] = openAiKey,
            ["IBM_QUANTUM_TOKEN"] = ibmToken,
            ["STUDIO_API_KEY"] = studioKey,
        }, kernel);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-Key", studioKey);

        var replies = new StringBuilder();
        foreach (var (path, body) in new[] { ("/chat", Frontend.Body("hi", "user_1")), ("/chat/stream", Frontend.Body("hi", "user_1")), ("/chat/stream", """{"prompt": "hi", "stream": "tokens"}""") })
        {
            using var response = await client.PostAsync(path, Json(body));
            replies.Append(await response.Content.ReadAsStringAsync());
        }
        foreach (var path in new[] { "/stats", "/health", "/docs", "/openapi/v1.json", "/no-such-path" })
        {
            using var response = await client.GetAsync(path);
            replies.Append(await response.Content.ReadAsStringAsync());
        }

        var logs = factory.Logs.AllText;
        Assert.Contains("ANTHROPIC_API_KEY = (set, ", logs);
        Assert.Contains("401 invalid x-api-key", replies.ToString());
        foreach (var secret in new[] { anthropicKey, openAiKey, ibmToken, studioKey })
        {
            Assert.DoesNotContain(secret, logs);
            Assert.DoesNotContain(secret, replies.ToString());
        }
    }

    private static HttpRequestMessage Preflight(string path, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }
}
