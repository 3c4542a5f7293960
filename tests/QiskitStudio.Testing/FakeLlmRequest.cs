using System.Text.Json;

namespace QiskitStudio.Testing;

/// <summary>One message of a recorded request, with its text content flattened.</summary>
/// <param name="Role"><c>system</c>, <c>user</c>, <c>assistant</c>…</param>
/// <param name="Text">The text of the message (text blocks or parts joined).</param>
public sealed record FakeMessage(string Role, string Text);

/// <summary>A request a fake LLM server received, as it arrived.</summary>
public sealed class FakeLlmRequest
{
    internal FakeLlmRequest(string method, string path, IReadOnlyDictionary<string, string> headers, string body)
    {
        Method = method;
        Path = path;
        Headers = headers;
        Body = body;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body);
            Json = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            Json = default;
        }
    }

    /// <summary>HTTP method.</summary>
    public string Method { get; }

    /// <summary>Request path, e.g. <c>/v1/messages</c>.</summary>
    public string Path { get; }

    /// <summary>Request headers (case-insensitive names; repeated values joined with a comma).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The raw JSON body.</summary>
    public string Body { get; }

    /// <summary>The parsed body (<c>default</c> when it was not JSON).</summary>
    public JsonElement Json { get; }

    /// <summary>The <c>model</c> asked for.</summary>
    public string Model => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("model", out var m) ? m.GetString() ?? "" : "";

    /// <summary>True when the client asked for a stream (<c>"stream": true</c>).</summary>
    public bool Stream => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;

    /// <summary>The API key sent, from <c>x-api-key</c> or <c>Authorization: Bearer</c>.</summary>
    public string? ApiKey =>
        Headers.TryGetValue("x-api-key", out var key) ? key
        : Headers.TryGetValue("Authorization", out var auth) && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? auth["Bearer ".Length..].Trim()
        : null;

    /// <summary>
    /// The system prompt: Anthropic's top-level <c>system</c> (string or text blocks), or the
    /// joined <c>system</c>/<c>developer</c> messages of an OpenAI request.
    /// </summary>
    public string? System
    {
        get
        {
            if (Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("system", out var system))
            {
                return FlattenContent(system);
            }
            var systems = AllMessages.Where(m => m.Role is "system" or "developer").Select(m => m.Text).ToList();
            return systems.Count == 0 ? null : string.Join("\n", systems);
        }
    }

    /// <summary>The conversation messages, without system/developer messages.</summary>
    public IReadOnlyList<FakeMessage> Messages => [.. AllMessages.Where(m => m.Role is not ("system" or "developer"))];

    /// <summary>The text of the last user message.</summary>
    public string LastUserText => Messages.LastOrDefault(m => m.Role == "user")?.Text ?? "";

    /// <summary>Every message of the <c>messages</c> array, in order.</summary>
    public IReadOnlyList<FakeMessage> AllMessages
    {
        get
        {
            if (Json.ValueKind != JsonValueKind.Object || !Json.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
            {
                return [];
            }
            return [.. messages.EnumerateArray().Select(m => new FakeMessage(
                m.TryGetProperty("role", out var role) ? role.GetString() ?? "" : "",
                m.TryGetProperty("content", out var content) ? FlattenContent(content) : ""))];
        }
    }

    /// <summary>Characters of all message text (used to estimate input tokens).</summary>
    internal int PromptCharacters => (System?.Length ?? 0) + AllMessages.Sum(m => m.Text.Length);

    private static string FlattenContent(JsonElement content) => content.ValueKind switch
    {
        JsonValueKind.String => content.GetString() ?? "",
        JsonValueKind.Array => string.Join("", content.EnumerateArray()
            .Where(part => part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out _))
            .Select(part => part.GetProperty("text").GetString())),
        _ => "",
    };
}
