using System.Net;
using System.Text;
using System.Text.Json;
using QiskitStudio.Testing;

namespace QiskitStudio.Agents.Tests;

/// <summary>The fake servers' wire format, checked with a plain HttpClient (the SDK tests cover the rest).</summary>
public sealed class FakeServerProtocolTests
{
    private static readonly HttpClient Http = new();

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task The_anthropic_fake_accepts_x_api_key_and_bearer_alike()
    {
        await using var server = new FakeAnthropicServer { RequiredApiKey = "k-123" };
        server.AnswerWith("hi", inputTokens: 3, outputTokens: 1);
        const string body = """{"model":"claude-x","max_tokens":10,"messages":[{"role":"user","content":"hello"}]}""";

        using var viaHeader = new HttpRequestMessage(HttpMethod.Post, server.BaseUrl + "/v1/messages") { Content = Json(body) };
        viaHeader.Headers.Add("x-api-key", "k-123");
        using var viaBearer = new HttpRequestMessage(HttpMethod.Post, server.BaseUrl + "/v1/messages") { Content = Json(body) };
        viaBearer.Headers.Add("Authorization", "Bearer k-123");
        using var wrong = new HttpRequestMessage(HttpMethod.Post, server.BaseUrl + "/v1/messages") { Content = Json(body) };
        wrong.Headers.Add("x-api-key", "nope");

        using var first = await Http.SendAsync(viaHeader);
        using var second = await Http.SendAsync(viaBearer);
        using var third = await Http.SendAsync(wrong);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, third.StatusCode);
        using var answer = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        Assert.Equal("message", answer.RootElement.GetProperty("type").GetString());
        Assert.Equal("claude-x", answer.RootElement.GetProperty("model").GetString());
        Assert.Equal("hi", answer.RootElement.GetProperty("content")[0].GetProperty("text").GetString());
        Assert.Equal(3, answer.RootElement.GetProperty("usage").GetProperty("input_tokens").GetInt32());
        using var error = JsonDocument.Parse(await third.Content.ReadAsStringAsync());
        Assert.Equal("authentication_error", error.RootElement.GetProperty("error").GetProperty("type").GetString());
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal("hello", server.Requests[0].LastUserText);
    }

    [Fact]
    public async Task The_anthropic_stream_sends_the_event_sequence_of_the_real_api()
    {
        await using var server = new FakeAnthropicServer { StreamChunkSize = 4 };
        server.AnswerWith("abcdefgh", inputTokens: 5, outputTokens: 2);

        using var response = await Http.PostAsync(server.BaseUrl + "/v1/messages",
            Json("""{"model":"m","max_tokens":10,"stream":true,"messages":[{"role":"user","content":"x"}]}"""));
        var text = await response.Content.ReadAsStringAsync();

        var events = text.Split('\n').Where(l => l.StartsWith("event: ", StringComparison.Ordinal)).Select(l => l["event: ".Length..]).ToList();
        Assert.Equal(
            ["message_start", "content_block_start", "ping", "content_block_delta", "content_block_delta", "content_block_stop", "message_delta", "message_stop"],
            events);
        Assert.Contains("\"text_delta\"", text, StringComparison.Ordinal);
        Assert.Contains("\"output_tokens\":2", text, StringComparison.Ordinal);
        Assert.StartsWith("text/event-stream", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_openai_stream_ends_with_done_and_carries_usage_only_when_asked(bool includeUsage)
    {
        await using var server = new FakeOpenAiServer();
        server.AnswerWith("hello world", inputTokens: 7, outputTokens: 2);
        var options = includeUsage ? ""","stream_options":{"include_usage":true}""" : "";

        using var response = await Http.PostAsync(server.OpenAiBaseUrl + "/chat/completions",
            Json($$"""{"model":"gpt-x","stream":true{{options}},"messages":[{"role":"system","content":"s"},{"role":"user","content":"q"}]}"""));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n').Where(l => l.StartsWith("data: ", StringComparison.Ordinal)).ToList();

        Assert.Equal("data: [DONE]", lines[^1]);
        var chunks = lines[..^1].Select(l => JsonDocument.Parse(l["data: ".Length..]).RootElement).ToList();
        Assert.All(chunks, c => Assert.Equal("chat.completion.chunk", c.GetProperty("object").GetString()));
        var content = string.Concat(chunks
            .Where(c => c.GetProperty("choices").GetArrayLength() > 0)
            .Select(c => c.GetProperty("choices")[0].GetProperty("delta"))
            .Where(d => d.TryGetProperty("content", out _))
            .Select(d => d.GetProperty("content").GetString()));
        Assert.Equal("hello world", content);
        var usage = chunks.Where(c => c.TryGetProperty("usage", out _)).ToList();
        if (includeUsage)
        {
            Assert.Equal(9, Assert.Single(usage).GetProperty("usage").GetProperty("total_tokens").GetInt32());
        }
        else
        {
            Assert.Empty(usage);
        }
        Assert.Equal("s", server.LastRequest.System);
        Assert.Equal([new FakeMessage("user", "q")], server.LastRequest.Messages);
    }

    [Fact]
    public async Task Queued_replies_come_first_then_per_model_then_the_default()
    {
        await using var server = new FakeOpenAiServer();
        server.AnswerWith(r => "default for " + r.Model)
            .ForModel("special", FakeReply.Answer("special answer"))
            .Enqueue(FakeReply.Error(500, "boom"));

        async Task<(HttpStatusCode, string)> Ask(string model)
        {
            using var response = await Http.PostAsync(server.OpenAiBaseUrl + "/chat/completions",
                Json($$"""{"model":"{{model}}","messages":[{"role":"user","content":"q"}]}"""));
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        var (status1, body1) = await Ask("special");
        var (_, body2) = await Ask("special");
        var (_, body3) = await Ask("plain");

        Assert.Equal(HttpStatusCode.InternalServerError, status1);
        Assert.Contains("boom", body1, StringComparison.Ordinal);
        Assert.Contains("special answer", body2, StringComparison.Ordinal);
        Assert.Contains("default for plain", body3, StringComparison.Ordinal);
        Assert.Contains("\"usage\"", body3, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retry_after_header_is_sent_with_a_scripted_error()
    {
        await using var server = new FakeAnthropicServer();
        server.FailNext(1, 429, "slow down", TimeSpan.FromSeconds(7));

        using var response = await Http.PostAsync(server.BaseUrl + "/v1/messages",
            Json("""{"model":"m","max_tokens":10,"messages":[{"role":"user","content":"x"}]}"""));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
    }
}
