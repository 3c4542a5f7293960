using System.Net;
using System.Text;
using System.Text.Json;
using QiskitStudio.Server.Tests.Support;
using QiskitStudio.Testing;

namespace QiskitStudio.Server.Tests;

/// <summary>
/// End to end: the real host, the real kernel and the real Anthropic / OpenAI SDK clients, against
/// fake provider servers on loopback speaking the real protocols.
/// </summary>
public sealed class ProviderEndToEndTests : IAsyncLifetime
{
    private const string AnthropicKey = "sk-ant-e2e-test-key-0123456789";
    private const string OpenAiKey = "sk-openai-e2e-test-key-0123456789";

    private readonly FakeAnthropicServer _anthropic = new() { RequiredApiKey = AnthropicKey };
    private readonly FakeOpenAiServer _openAi = new() { RequiredApiKey = OpenAiKey };
    private readonly List<StudioFactory> _factories = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var factory in _factories)
        {
            await factory.DisposeAsync();
        }
        await _anthropic.DisposeAsync();
        await _openAi.DisposeAsync();
    }

    private StudioFactory AnthropicStudio(bool kestrel = false, Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["LLM_PROVIDER"] = "anthropic",
            ["ANTHROPIC_API_KEY"] = AnthropicKey,
            ["ANTHROPIC_BASE_URL"] = _anthropic.BaseUrl,
            ["ANTHROPIC_MODEL"] = "claude-sonnet-4-5",
            ["LLM_MAX_RETRIES"] = "0",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }
        var factory = new StudioFactory(settings, kestrel: kestrel);
        _factories.Add(factory);
        return factory;
    }

    private StudioFactory OpenAiStudio()
    {
        var factory = new StudioFactory(new Dictionary<string, string?>
        {
            ["LLM_PROVIDER"] = "openai",
            ["OPENAI_BASE_URL"] = _openAi.OpenAiBaseUrl,
            ["OPENAI_API_KEY"] = OpenAiKey,
            ["OPENAI_MODEL"] = "granite3.3:8b",
            ["LLM_MAX_RETRIES"] = "0",
        });
        _factories.Add(factory);
        return factory;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static JsonElement Metadata(string replyJson)
    {
        using var document = JsonDocument.Parse(replyJson);
        return JsonDocument.Parse(document.RootElement.GetProperty("response").GetString()!).RootElement.Clone();
    }

    [Fact]
    public async Task Section_B1_chat_through_the_real_Anthropic_SDK_reports_provider_model_tokens_and_cost()
    {
        _anthropic.AnswerWith("A qubit is a two-level quantum system.", inputTokens: 1234, outputTokens: 56);
        using var client = AnthropicStudio().CreateClient();

        using var response = await client.PostAsync("/chat", Json(Frontend.Body("Explain what a qubit is in one sentence.", "e2e-1")));
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("A qubit is a two-level quantum system.", Frontend.ExtractMessage(json));
        var meta = Metadata(json);
        Assert.Equal("anthropic", meta.GetProperty("provider").GetString());
        Assert.Equal("claude-sonnet-4-5", meta.GetProperty("model").GetString());
        Assert.Equal(1234, meta.GetProperty("input_tokens").GetInt64());
        Assert.Equal(56, meta.GetProperty("output_tokens").GetInt64());
        Assert.True(meta.GetProperty("cost").GetDecimal() > 0m);
        Assert.Equal("e2e-1", meta.GetProperty("session_id").GetString());
        Assert.Contains("Explain what a qubit is in one sentence.", _anthropic.LastRequest.LastUserText);

        using var stats = await client.GetAsync("/stats");
        using var document = JsonDocument.Parse(await stats.Content.ReadAsStringAsync());
        Assert.True(document.RootElement.GetProperty("token_economy").GetProperty("spent_usd").GetDecimal() > 0m);
        Assert.True(document.RootElement.GetProperty("tokens").GetProperty("input").GetInt64() >= 1234);
    }

    [Fact]
    public async Task Section_B1_chat_through_the_real_OpenAI_SDK_against_an_OpenAI_compatible_server()
    {
        _openAi.AnswerWith("Superposition means a state is a combination of basis states.", inputTokens: 300, outputTokens: 12);
        using var client = OpenAiStudio().CreateClient();

        using var response = await client.PostAsync("/chat", Json("""{"messages": [{"role": "user", "content": "What is superposition?"}], "session_id": "oa-1"}"""));
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Superposition means a state is a combination of basis states.", Frontend.ExtractMessage(json));
        var meta = Metadata(json);
        Assert.Equal("granite3.3:8b", meta.GetProperty("model").GetString());
        Assert.Equal(300, meta.GetProperty("input_tokens").GetInt64());
        Assert.Equal("granite3.3:8b", _openAi.LastRequest.Model);
    }

    [Fact]
    public async Task Section_B2_token_stream_relays_the_providers_deltas_then_metadata_then_done()
    {
        const string answer = "Entanglement links qubits so that measuring one tells you about the other.";
        _anthropic.AnswerWith(answer);
        _anthropic.StreamChunkSize = 8;
        using var client = AnthropicStudio(kestrel: true).CreateLoopbackClient();

        using var response = await client.PostAsync("/chat/stream", Json("""{"input_value": "What is entanglement?", "session_id": "tok-1", "stream": "tokens"}"""));
        var payloads = Frontend.DataPayloads(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(_anthropic.LastRequest.Stream);
        var deltas = payloads.TakeWhile(p => p.StartsWith("{\"delta\"", StringComparison.Ordinal))
            .Select(p => JsonDocument.Parse(p).RootElement.GetProperty("delta").GetString()).ToList();
        Assert.True(deltas.Count > 1, $"expected several deltas, got {deltas.Count}");
        Assert.Equal(answer, string.Concat(deltas));
        using var metadata = JsonDocument.Parse(payloads[deltas.Count]);
        Assert.Equal("anthropic", metadata.RootElement.GetProperty("metadata").GetProperty("provider").GetString());
        Assert.Equal("[DONE]", payloads[^1]);
        Assert.Equal(deltas.Count + 2, payloads.Count);
    }

    [Fact]
    public async Task Issue2_rule7_provider_failure_gives_502_with_the_providers_reason_and_an_Error_stream_step()
    {
        _anthropic.ReplyWith(_ => FakeReply.Error(400, "prompt is too long: 250000 tokens > 200000 maximum"));
        using var client = AnthropicStudio().CreateClient();

        using var response = await client.PostAsync("/chat", Json(Frontend.Body("Tell me about Grover search", "err-1")));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.StartsWith("Error: ", document.RootElement.GetProperty("output").GetString());
        Assert.Contains("prompt is too long", document.RootElement.GetProperty("detail").GetString());

        using var stream = await client.PostAsync("/chat/stream", Json(Frontend.Body("Tell me about Grover search", "err-1")));
        var content = Frontend.ReadStreamContent(await stream.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
        Assert.StartsWith("Error: ", content);
        Assert.Contains("prompt is too long", content);
    }

    [Fact]
    public async Task Budget_used_up_is_402_in_the_reply_shape_and_the_provider_is_not_called()
    {
        _anthropic.AnswerWith("never sent");
        using var client = AnthropicStudio(extra: new() { ["LLMOS_BUDGET_USD"] = "0" }).CreateClient();

        using var response = await client.PostAsync("/chat", Json(Frontend.Body("Explain the CHSH inequality", "budget-1")));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.PaymentRequired, response.StatusCode);
        Assert.StartsWith("Error: ", document.RootElement.GetProperty("output").GetString());
        Assert.Contains("LLMOS_BUDGET_USD", document.RootElement.GetProperty("detail").GetString());
        Assert.Empty(_anthropic.Requests);
    }

    [Fact]
    public async Task Issue2_rule7_client_disconnect_cancels_the_call_to_the_provider()
    {
        _anthropic.Delay = TimeSpan.FromMinutes(5);
        using var client = AnthropicStudio(kestrel: true).CreateLoopbackClient();
        using var abandon = new CancellationTokenSource();

        var call = client.PostAsync("/chat", Json(Frontend.Body("A slow question about Shor's algorithm", "gone-1")), abandon.Token);
        await _anthropic.WaitForRequestsAsync(1).WaitAsync(TimeSpan.FromSeconds(60));
        await abandon.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        // The provider saw its client (our server's SDK call) go away: the call was cancelled, not left running.
        await _anthropic.FirstAbort.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(1, _anthropic.AbortedRequests);
    }

    [Fact]
    public async Task Issue6_rule6_a_provider_that_echoes_the_key_does_not_leak_it_to_replies_or_logs()
    {
        _anthropic.ReplyWith(request => FakeReply.Error(401, $"invalid x-api-key: {request.ApiKey}"));
        var factory = AnthropicStudio();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/chat", Json(Frontend.Body("hello", "leak-1")));
        var body = await response.Content.ReadAsStringAsync();
        using var stream = await client.PostAsync("/chat/stream", Json(Frontend.Body("hello", "leak-1")));
        var streamBody = await stream.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("invalid x-api-key", body);
        Assert.Equal(AnthropicKey, _anthropic.LastRequest.ApiKey);
        Assert.DoesNotContain(AnthropicKey, body);
        Assert.DoesNotContain(AnthropicKey, streamBody);
        Assert.DoesNotContain(AnthropicKey, factory.Logs.AllText);
    }
}
