using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using QiskitStudio.Agents.Kernel;
using QiskitStudio.Server.Tests.Support;

namespace QiskitStudio.Server.Tests;

/// <summary>POST /chat/stream: §1.5's single-event format by default, B.2's token deltas on request.</summary>
public sealed class ChatStreamTests : IDisposable
{
    private readonly ScriptedKernel _kernel = new();
    private readonly StudioFactory _factory;
    private readonly HttpClient _client;

    public ChatStreamTests()
    {
        _factory = new StudioFactory(kernel: _kernel);
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private Task<HttpResponseMessage> PostAsync(string json) =>
        _client.PostAsync("/chat/stream", new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Section_1_5_default_stream_is_one_llm_step_event_with_the_whole_answer_then_done()
    {
        _kernel.Answer = (r, _) => Task.FromResult(ScriptedKernel.Reply("# Title\n\nA **qubit** is \"two-level\".", r.SessionId));
        using var response = await PostAsync(Frontend.Body("What is a qubit?", "user_1"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        var payloads = Frontend.DataPayloads(text);
        Assert.Equal(2, payloads.Count);
        using (var step = JsonDocument.Parse(payloads[0]))
        {
            Assert.Equal("llm_step", step.RootElement.GetProperty("step_name").GetString());
            Assert.Equal("# Title\n\nA **qubit** is \"two-level\".", step.RootElement.GetProperty("step_result").GetString());
        }
        Assert.Equal("[DONE]", payloads[1]);
        Assert.EndsWith("data: [DONE]\n\n", text);
        Assert.Equal("# Title\n\nA **qubit** is \"two-level\".", Frontend.ReadStreamContent(bytes));
    }

    [Fact]
    public async Task Section_1_5_provider_error_is_an_llm_step_starting_with_Error()
    {
        _kernel.Answer = (_, _) => throw new ChatProviderException("openai returned 401: invalid api key", "openai", 401);
        using var response = await PostAsync(Frontend.Body("What is a qubit?", "user_1"));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Error: openai returned 401: invalid api key", Frontend.ReadStreamContent(bytes));
        Assert.EndsWith("data: [DONE]\n\n", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task Section_1_5_unexpected_error_is_also_an_Error_step_without_internals()
    {
        _kernel.Answer = (_, _) => throw new InvalidOperationException("secret internals");
        using var response = await PostAsync(Frontend.Body("What is a qubit?", "user_1"));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        var content = Frontend.ReadStreamContent(bytes);
        Assert.StartsWith("Error: ", content);
        Assert.DoesNotContain("secret internals", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task Section_B2_token_stream_sends_deltas_then_metadata_then_done()
    {
        _kernel.Answer = (r, _) => Task.FromResult(ScriptedKernel.Reply("one two three", r.SessionId));
        using var response = await PostAsync("""{"input_value": "count", "session_id": "tok", "stream": "tokens"}""");
        var payloads = Frontend.DataPayloads(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(5, payloads.Count);
        var deltas = payloads.Take(3).Select(p => JsonDocument.Parse(p).RootElement.GetProperty("delta").GetString()!).ToArray();
        Assert.Equal(["one ", "two ", "three "], deltas);
        using var metadata = JsonDocument.Parse(payloads[3]);
        var meta = metadata.RootElement.GetProperty("metadata");
        Assert.Equal("quantum-tutor", meta.GetProperty("agent").GetString());
        Assert.Equal("tok", meta.GetProperty("session_id").GetString());
        Assert.Equal(100, meta.GetProperty("input_tokens").GetInt64());
        Assert.Equal("[DONE]", payloads[4]);
    }

    [Fact]
    public async Task Section_B2_failure_mid_stream_sends_error_event_then_done()
    {
        _kernel.Stream = FailAfterOneDelta;
        using var response = await PostAsync("""{"input_value": "count", "stream": "tokens"}""");
        var payloads = Frontend.DataPayloads(await response.Content.ReadAsStringAsync());

        Assert.Equal(3, payloads.Count);
        Assert.Equal("partial", JsonDocument.Parse(payloads[0]).RootElement.GetProperty("delta").GetString());
        Assert.Equal("Error: provider hung up", JsonDocument.Parse(payloads[1]).RootElement.GetProperty("error").GetString());
        Assert.Equal("[DONE]", payloads[2]);

        static async IAsyncEnumerable<ChatStreamUpdate> FailAfterOneDelta(ChatRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            yield return new ChatDelta("partial");
            throw new ChatProviderException("provider hung up", "anthropic");
        }
    }

    [Fact]
    public async Task Section_1_5_bad_json_on_the_stream_endpoint_is_400_detail()
    {
        using var response = await PostAsync("{oops");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Invalid JSON format in request body", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
    }
}
