using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace QiskitStudio.Testing;

/// <summary>
/// A fake Anthropic Messages API: <c>POST /v1/messages</c> answers with a message whose content is
/// one text block and whose <c>usage</c> holds <c>input_tokens</c>/<c>output_tokens</c>; with
/// <c>"stream": true</c> it sends the real event sequence (message_start, content_block_start,
/// content_block_delta text_delta…, content_block_stop, message_delta with usage, message_stop).
/// Errors use Anthropic's body shape <c>{"type":"error","error":{"type":…,"message":…}}</c>.
/// The key is accepted from <c>x-api-key</c> or <c>Authorization: Bearer</c>.
/// Point the SDK at <see cref="FakeLlmServer.BaseUrl"/>.
/// </summary>
public sealed class FakeAnthropicServer : FakeLlmServer
{
    /// <inheritdoc />
    protected override void MapEndpoints(WebApplication app) => app.MapPost("/v1/messages", HandleAsync);

    /// <inheritdoc />
    protected override async Task WriteAnswerAsync(HttpContext context, FakeLlmRequest request, FakeReply reply, string model, long inputTokens, long outputTokens)
    {
        var message = new JsonObject
        {
            ["id"] = NewId("msg_"),
            ["type"] = "message",
            ["role"] = "assistant",
            ["model"] = model,
            ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = reply.Text }),
            ["stop_reason"] = "end_turn",
            ["stop_sequence"] = null,
            ["usage"] = new JsonObject { ["input_tokens"] = inputTokens, ["output_tokens"] = outputTokens },
        };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(message.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task WriteStreamAsync(HttpContext context, FakeLlmRequest request, FakeReply reply, string model, long inputTokens, long outputTokens)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var token = context.RequestAborted;

        await SendAsync(context, "message_start", new JsonObject
        {
            ["type"] = "message_start",
            ["message"] = new JsonObject
            {
                ["id"] = NewId("msg_"),
                ["type"] = "message",
                ["role"] = "assistant",
                ["model"] = model,
                ["content"] = new JsonArray(),
                ["stop_reason"] = null,
                ["stop_sequence"] = null,
                ["usage"] = new JsonObject { ["input_tokens"] = inputTokens, ["output_tokens"] = 1 },
            },
        }, token).ConfigureAwait(false);
        await SendAsync(context, "content_block_start", new JsonObject
        {
            ["type"] = "content_block_start",
            ["index"] = 0,
            ["content_block"] = new JsonObject { ["type"] = "text", ["text"] = "" },
        }, token).ConfigureAwait(false);
        await SendAsync(context, "ping", new JsonObject { ["type"] = "ping" }, token).ConfigureAwait(false);
        foreach (var chunk in StreamChunks(reply, StreamChunkSize))
        {
            await SendAsync(context, "content_block_delta", new JsonObject
            {
                ["type"] = "content_block_delta",
                ["index"] = 0,
                ["delta"] = new JsonObject { ["type"] = "text_delta", ["text"] = chunk },
            }, token).ConfigureAwait(false);
        }
        if (reply.FailStreamAfterChunks is not null)
        {
            await SendAsync(context, "error", ErrorBody(reply), token).ConfigureAwait(false);
            return;
        }
        await SendAsync(context, "content_block_stop", new JsonObject { ["type"] = "content_block_stop", ["index"] = 0 }, token).ConfigureAwait(false);
        await SendAsync(context, "message_delta", new JsonObject
        {
            ["type"] = "message_delta",
            ["delta"] = new JsonObject { ["stop_reason"] = "end_turn", ["stop_sequence"] = null },
            ["usage"] = new JsonObject { ["output_tokens"] = outputTokens },
        }, token).ConfigureAwait(false);
        await SendAsync(context, "message_stop", new JsonObject { ["type"] = "message_stop" }, token).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override Task WriteErrorAsync(HttpContext context, FakeReply reply)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(ErrorBody(reply).ToJsonString(), context.RequestAborted);
    }

    private static JsonObject ErrorBody(FakeReply reply) => new()
    {
        ["type"] = "error",
        ["error"] = new JsonObject
        {
            // A failure inside a 200 stream is reported as "overloaded" unless told otherwise.
            ["type"] = reply.ErrorType ?? ErrorTypeOf(reply.StatusCode == 200 ? 529 : reply.StatusCode),
            ["message"] = reply.ErrorMessage ?? "error",
        },
    };

    private static string ErrorTypeOf(int status) => status switch
    {
        400 => "invalid_request_error",
        401 => "authentication_error",
        403 => "permission_error",
        404 => "not_found_error",
        413 => "request_too_large",
        429 => "rate_limit_error",
        529 => "overloaded_error",
        _ => "api_error",
    };

    private static async Task SendAsync(HttpContext context, string eventName, JsonObject data, CancellationToken token)
    {
        var text = new StringBuilder().Append("event: ").Append(eventName).Append('\n')
            .Append("data: ").Append(data.ToJsonString()).Append("\n\n").ToString();
        await context.Response.WriteAsync(text, token).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(token).ConfigureAwait(false);
    }
}
