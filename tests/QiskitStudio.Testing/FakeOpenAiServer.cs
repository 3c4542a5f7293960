using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace QiskitStudio.Testing;

/// <summary>
/// A fake OpenAI-compatible chat server: <c>POST /v1/chat/completions</c> answers with
/// <c>choices[0].message</c> and <c>usage</c> (prompt/completion/total tokens); with
/// <c>"stream": true</c> it sends <c>chat.completion.chunk</c> events, a final chunk with
/// <c>finish_reason</c>, a usage chunk when <c>stream_options.include_usage</c> is set, and
/// <c>data: [DONE]</c>. Errors use the body <c>{"error":{"message":…,"type":…,"code":…}}</c>.
/// Point the SDK at <see cref="OpenAiBaseUrl"/> (it ends in <c>/v1</c>).
/// </summary>
public sealed class FakeOpenAiServer : FakeLlmServer
{
    /// <summary>The URL to use as <c>OPENAI_BASE_URL</c>: the server root plus <c>/v1</c>.</summary>
    public string OpenAiBaseUrl => BaseUrl + "/v1";

    /// <inheritdoc />
    protected override void MapEndpoints(WebApplication app) => app.MapPost("/v1/chat/completions", HandleAsync);

    /// <inheritdoc />
    protected override async Task WriteAnswerAsync(HttpContext context, FakeLlmRequest request, FakeReply reply, string model, long inputTokens, long outputTokens)
    {
        var completion = new JsonObject
        {
            ["id"] = NewId("chatcmpl-"),
            ["object"] = "chat.completion",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply.Text },
                ["logprobs"] = null,
                ["finish_reason"] = "stop",
            }),
            ["usage"] = Usage(inputTokens, outputTokens),
        };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(completion.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task WriteStreamAsync(HttpContext context, FakeLlmRequest request, FakeReply reply, string model, long inputTokens, long outputTokens)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var token = context.RequestAborted;
        var id = NewId("chatcmpl-");
        var created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        JsonObject Chunk(JsonObject delta, string? finishReason) => new()
        {
            ["id"] = id,
            ["object"] = "chat.completion.chunk",
            ["created"] = created,
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["delta"] = delta,
                ["logprobs"] = null,
                ["finish_reason"] = finishReason,
            }),
        };

        await SendAsync(context, Chunk(new JsonObject { ["role"] = "assistant", ["content"] = "" }, null).ToJsonString(), token).ConfigureAwait(false);
        foreach (var piece in StreamChunks(reply, StreamChunkSize))
        {
            await SendAsync(context, Chunk(new JsonObject { ["content"] = piece }, null).ToJsonString(), token).ConfigureAwait(false);
        }
        if (reply.FailStreamAfterChunks is not null)
        {
            await SendAsync(context, ErrorBody(reply).ToJsonString(), token).ConfigureAwait(false);
            return;
        }
        await SendAsync(context, Chunk([], "stop").ToJsonString(), token).ConfigureAwait(false);
        if (IncludeUsage(request))
        {
            var usage = new JsonObject
            {
                ["id"] = id,
                ["object"] = "chat.completion.chunk",
                ["created"] = created,
                ["model"] = model,
                ["choices"] = new JsonArray(),
                ["usage"] = Usage(inputTokens, outputTokens),
            };
            await SendAsync(context, usage.ToJsonString(), token).ConfigureAwait(false);
        }
        await SendAsync(context, "[DONE]", token).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override Task WriteErrorAsync(HttpContext context, FakeReply reply)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(ErrorBody(reply).ToJsonString(), context.RequestAborted);
    }

    private static JsonObject ErrorBody(FakeReply reply)
    {
        var body = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["message"] = reply.ErrorMessage ?? "error",
                ["type"] = reply.ErrorType ?? (reply.StatusCode == 429 ? "rate_limit_exceeded" : reply.StatusCode >= 500 ? "server_error" : "invalid_request_error"),
                ["param"] = null,
                ["code"] = reply.StatusCode == 401 ? "invalid_api_key" : null,
            },
        };
        return body;
    }

    private static bool IncludeUsage(FakeLlmRequest request) =>
        request.Json.TryGetProperty("stream_options", out var options)
        && options.ValueKind == System.Text.Json.JsonValueKind.Object
        && options.TryGetProperty("include_usage", out var include)
        && include.ValueKind == System.Text.Json.JsonValueKind.True;

    private static JsonObject Usage(long input, long output) => new()
    {
        ["prompt_tokens"] = input,
        ["completion_tokens"] = output,
        ["total_tokens"] = input + output,
    };

    private static async Task SendAsync(HttpContext context, string data, CancellationToken token)
    {
        await context.Response.WriteAsync("data: " + data + "\n\n", token).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(token).ConfigureAwait(false);
    }
}
