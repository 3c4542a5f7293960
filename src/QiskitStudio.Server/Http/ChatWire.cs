using System.Globalization;
using System.Text;
using System.Text.Json;
using QiskitStudio.Agents.Kernel;

namespace QiskitStudio.Server.Http;

/// <summary>What a chat body asked for, once read (CONTRACT §1.2, Part B.1, B.2).</summary>
public sealed record ChatWireRequest(ChatRequest Request, bool StreamTokens);

/// <summary>
/// The chat wire shapes: reading the frontend/Maestro body (§1.2: <c>input_value</c>/<c>prompt</c>,
/// <c>session_id</c>, <c>output_type</c>, <c>input_type</c>) and the messages body (B.1), and writing
/// the reply with <c>output</c> plus Maestro's <c>response</c> string (§1.3, §4.1, B.1).
/// </summary>
public static class ChatWire
{
    public const string DefaultSessionId = "default";
    public const string ChatWorkflowName = "qiskit-studio-api-workflow-chat";
    public const string CodeWorkflowName = "qiskit-studio-api-workflow-code-generation";

    private static readonly string[] Roles = ["user", "assistant", "system"];

    /// <summary>Compact JSON, non-ASCII text kept as is (the replies are JSON, never HTML).</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads a chat body; on failure returns the message of a 400 reply naming the field.</summary>
    public static ChatWireRequest? TryRead(JsonElement body, out string? error)
    {
        error = null;
        if (body.ValueKind != JsonValueKind.Object)
        {
            error = "Request body must be a JSON object.";
            return null;
        }

        var sessionId = DefaultSessionId;
        if (body.TryGetProperty("session_id", out var session) && session.ValueKind != JsonValueKind.Null)
        {
            if (session.ValueKind != JsonValueKind.String)
            {
                error = "'session_id' must be a string.";
                return null;
            }
            sessionId = string.IsNullOrWhiteSpace(session.GetString()) ? DefaultSessionId : session.GetString()!;
        }

        string? project = null;
        if (body.TryGetProperty("project", out var projectElement) && projectElement.ValueKind != JsonValueKind.Null)
        {
            if (projectElement.ValueKind != JsonValueKind.String)
            {
                error = "'project' must be a string.";
                return null;
            }
            project = string.IsNullOrWhiteSpace(projectElement.GetString()) ? null : projectElement.GetString();
        }

        var streamTokens = body.TryGetProperty("stream", out var stream)
            && stream.ValueKind == JsonValueKind.String
            && string.Equals(stream.GetString(), "tokens", StringComparison.OrdinalIgnoreCase);

        List<ChatTurn>? messages = null;
        if (body.TryGetProperty("messages", out var messagesElement) && messagesElement.ValueKind != JsonValueKind.Null)
        {
            messages = ReadMessages(messagesElement, out error);
            if (messages is null)
            {
                return null;
            }
        }

        // §1.2: input_value and prompt carry the same text; §4.1: Maestro requires prompt.
        string? text = null;
        foreach (var field in (ReadOnlySpan<string>)["input_value", "prompt"])
        {
            if (body.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                if (value.ValueKind != JsonValueKind.String)
                {
                    error = $"'{field}' must be a string.";
                    return null;
                }
                if (!string.IsNullOrWhiteSpace(value.GetString()))
                {
                    text = value.GetString();
                    break;
                }
            }
        }
        text ??= messages?.LastOrDefault(m => m.Role == "user")?.Content;

        if (string.IsNullOrWhiteSpace(text))
        {
            error = messages is null
                ? "Missing 'input_value' (or 'prompt', or 'messages'): the text to answer."
                : "'messages' has no user message with text to answer.";
            return null;
        }
        return new ChatWireRequest(new ChatRequest(text, sessionId, messages, project), streamTokens);
    }

    private static List<ChatTurn>? ReadMessages(JsonElement element, out string? error)
    {
        error = null;
        if (element.ValueKind != JsonValueKind.Array)
        {
            error = "'messages' must be an array of {role, content} objects.";
            return null;
        }
        var list = new List<ChatTurn>(element.GetArrayLength());
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                error = $"'messages[{index}]' must be an object with 'role' and 'content'.";
                return null;
            }
            if (!item.TryGetProperty("role", out var role) || role.ValueKind != JsonValueKind.String || !Roles.Contains(role.GetString()))
            {
                error = $"'messages[{index}].role' must be one of {string.Join(", ", Roles)}.";
                return null;
            }
            if (!item.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.String)
            {
                error = $"'messages[{index}].content' must be a string.";
                return null;
            }
            list.Add(new ChatTurn(role.GetString()!, content.GetString()!));
            index++;
        }
        return list;
    }

    /// <summary>Maestro's workflow name for the agent that answered (§4.2 chat, §4.3 code generation).</summary>
    public static string WorkflowNameFor(string agent) =>
        agent.Contains("architect", StringComparison.OrdinalIgnoreCase) || agent.Contains("code", StringComparison.OrdinalIgnoreCase)
            ? CodeWorkflowName
            : ChatWorkflowName;

    /// <summary>Maestro's timestamp: UTC ISO 8601 with microseconds and a trailing Z (§4.1).</summary>
    public static string Timestamp(DateTime utcNow) => utcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// The <c>/chat</c> reply: <c>{"output", "response", "workflow_name", "timestamp"}</c>, where
    /// <c>response</c> is a JSON string holding <c>final_prompt</c> and the metadata (§1.3, §4.1, B.1).
    /// </summary>
    public static byte[] WriteReply(ChatReply reply, DateTime utcNow)
    {
        using var buffer = new MemoryStream(256 + reply.Output.Length * 2);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("output", reply.Output);
            writer.WriteString("response", ResponseString(reply));
            writer.WriteString("workflow_name", WorkflowNameFor(reply.Metadata.Agent));
            writer.WriteString("timestamp", Timestamp(utcNow));
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>The JSON text of Maestro's <c>response</c> object: <c>final_prompt</c>, then the metadata.</summary>
    public static string ResponseString(ChatReply reply)
    {
        using var buffer = new MemoryStream(128 + reply.Output.Length * 2);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("final_prompt", reply.Output);
            WriteMetadataProperties(writer, reply.Metadata);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The metadata fields of B.1, snake_case, in a fixed order.</summary>
    public static void WriteMetadataProperties(Utf8JsonWriter writer, ChatReplyMetadata metadata)
    {
        writer.WriteString("agent", metadata.Agent);
        writer.WriteString("mode", metadata.Mode);
        writer.WriteNumber("cost", metadata.Cost);
        writer.WriteBoolean("cached", metadata.Cached);
        writer.WriteString("provider", metadata.Provider);
        writer.WriteString("model", metadata.Model);
        writer.WriteString("session_id", metadata.SessionId);
        writer.WriteNumber("input_tokens", metadata.InputTokens);
        writer.WriteNumber("output_tokens", metadata.OutputTokens);
        if (metadata.Verified is { } verified)
        {
            writer.WriteBoolean("verified", verified);
        }
        if (metadata.TraceId is { } traceId)
        {
            writer.WriteString("trace_id", traceId);
        }
    }

    /// <summary>A provider failure in the reply's own shape: <c>output</c> "Error: reason" and <c>detail</c> (issue 2, rule 7).</summary>
    public static byte[] WriteProviderError(string reason, string provider)
    {
        using var buffer = new MemoryStream(128 + reason.Length * 2);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("output", "Error: " + reason);
            writer.WriteString("detail", reason);
            writer.WriteString("provider", provider);
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
