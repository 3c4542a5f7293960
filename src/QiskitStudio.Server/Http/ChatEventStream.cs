using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using QiskitStudio.Agents.Kernel;

namespace QiskitStudio.Server.Http;

/// <summary>
/// Writes <c>/chat/stream</c> events, each a <c>data: &lt;payload&gt;</c> line and a blank line,
/// flushed at once. The default format is §1.5's (one <c>llm_step</c> event, then <c>[DONE]</c>);
/// the token format is B.2's (<c>delta</c> events, one <c>metadata</c> event, <c>[DONE]</c>).
/// </summary>
public sealed class ChatEventStream(HttpResponse response)
{
    private static readonly byte[] Prefix = "data: "u8.ToArray();
    private static readonly byte[] Separator = "\n\n"u8.ToArray();
    private static readonly byte[] Done = "data: [DONE]\n\n"u8.ToArray();

    /// <summary>Sets the headers for an event stream and sends them, so the client sees the stream open.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(cancellationToken);
    }

    /// <summary>§1.5: the whole answer as one llm_step event (errors too, as "Error: ...").</summary>
    public Task WriteStepAsync(string stepResult, string agentName, CancellationToken cancellationToken) =>
        WriteEventAsync(writer =>
        {
            writer.WriteString("step_name", "llm_step");
            writer.WriteString("step_result", stepResult);
            writer.WriteString("agent_name", agentName);
            writer.WriteBoolean("step_complete", true);
        }, cancellationToken);

    /// <summary>B.2: one piece of the answer.</summary>
    public Task WriteDeltaAsync(string delta, CancellationToken cancellationToken) =>
        WriteEventAsync(writer => writer.WriteString("delta", delta), cancellationToken);

    /// <summary>B.2: the metadata of the finished answer (the fields of B.1).</summary>
    public Task WriteMetadataAsync(ChatReplyMetadata metadata, CancellationToken cancellationToken) =>
        WriteEventAsync(writer =>
        {
            writer.WriteStartObject("metadata");
            ChatWire.WriteMetadataProperties(writer, metadata);
            writer.WriteEndObject();
        }, cancellationToken);

    /// <summary>B.2: a failure after the stream started.</summary>
    public Task WriteErrorAsync(string message, CancellationToken cancellationToken) =>
        WriteEventAsync(writer => writer.WriteString("error", message), cancellationToken);

    public async Task WriteDoneAsync(CancellationToken cancellationToken)
    {
        await response.Body.WriteAsync(Done, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    private async Task WriteEventAsync(Action<Utf8JsonWriter> writeProperties, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        buffer.Write(Prefix);
        using (var writer = new Utf8JsonWriter(buffer, ChatWire.WriterOptions))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }
        buffer.Write(Separator);
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
