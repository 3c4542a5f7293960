using System.Text.Json.Serialization;

namespace QiskitStudio.Server.Endpoints;

// Shapes for the OpenAPI document only: the endpoints read and write these by hand
// (CONTRACT §1.2, §1.3, B.1, B.4, B.5) so that the wire stays exactly as specified.

/// <summary>A chat request: the frontend body (§1.2) or the messages body (B.1).</summary>
public sealed record ChatBodyDoc(
    [property: JsonPropertyName("input_value")] string? InputValue,
    [property: JsonPropertyName("prompt")] string? Prompt,
    [property: JsonPropertyName("session_id")] string? SessionId,
    [property: JsonPropertyName("output_type")] string? OutputType,
    [property: JsonPropertyName("input_type")] string? InputType,
    [property: JsonPropertyName("messages")] IReadOnlyList<ChatMessageDoc>? Messages,
    [property: JsonPropertyName("project")] string? Project,
    [property: JsonPropertyName("stream")] string? Stream);

public sealed record ChatMessageDoc(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("content")] string Content);

/// <summary>A chat reply: <c>response</c> is a JSON string holding final_prompt and the metadata.</summary>
public sealed record ChatReplyDoc(
    [property: JsonPropertyName("output")] string Output,
    [property: JsonPropertyName("response")] string Response,
    [property: JsonPropertyName("workflow_name")] string WorkflowName,
    [property: JsonPropertyName("timestamp")] string Timestamp);

public sealed record ProviderErrorDoc(
    [property: JsonPropertyName("output")] string Output,
    [property: JsonPropertyName("detail")] string Detail,
    [property: JsonPropertyName("provider")] string Provider);

public sealed record DetailDoc([property: JsonPropertyName("detail")] string Detail);

public sealed record ClearSessionBodyDoc([property: JsonPropertyName("session_id")] string SessionId);

public sealed record ClearSessionReplyDoc(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("removed_messages")] int RemovedMessages,
    [property: JsonPropertyName("message")] string Message);
