using System.Text;
using System.Text.Json;

namespace QiskitStudio.Server.Tests.Support;

/// <summary>
/// Small C# ports of what the unchanged Qiskit Studio frontend does with our replies:
/// <c>extractCodeFromResponse</c> / <c>extractMessageFromResponse</c> (CONTRACT §1.3) and the
/// chat panel's stream reader (§1.5), and the exact request bodies it sends (§1.2, §2).
/// </summary>
public static class Frontend
{
    /// <summary>§1.2: the body of every AI call; input_value and prompt are the same string.</summary>
    public static string Body(string text, string sessionId) =>
        // Key order as the frontend's object literal: input_value, output_type, input_type, session_id, prompt.
        "{\"input_value\":" + JsonSerializer.Serialize(text) + ",\"output_type\":\"chat\",\"input_type\":\"chat\",\"session_id\":"
        + JsonSerializer.Serialize(sessionId) + ",\"prompt\":" + JsonSerializer.Serialize(text) + "}";

    /// <summary>§2: the parameter-update prompt for a scalar parameter.</summary>
    public static string ParameterUpdatePrompt(string label, string currentCode, string parameterName, string value) =>
        $"###[{label}]\n\n```\n{currentCode}\n```\n\nNEW PARAMETERS:\n\n    {parameterName}: {value}";

    /// <summary>§1.3 step 1–3: the text of a JSON reply, as the frontend finds it.</summary>
    public static string ExtractText(string replyJson)
    {
        using var document = JsonDocument.Parse(replyJson);
        var result = document.RootElement;
        if (result.TryGetProperty("response", out var response) && IsTruthy(response))
        {
            // JSON.parse(result.response).final_prompt: throws unless response is a JSON string of an object with a string final_prompt.
            if (response.ValueKind != JsonValueKind.String)
            {
                throw new FormatException("response is not a string (JSON.parse would coerce and fail)");
            }
            using var inner = JsonDocument.Parse(response.GetString()!);
            if (!inner.RootElement.TryGetProperty("final_prompt", out var finalPrompt) || finalPrompt.ValueKind != JsonValueKind.String)
            {
                throw new FormatException("final_prompt is not a string");
            }
            return finalPrompt.GetString()!;
        }
        if (result.TryGetProperty("output", out var output) && IsTruthy(output))
        {
            return output.GetString()!;
        }
        throw new FormatException("Could not parse AI response.");
    }

    /// <summary>§1.3 extractCodeFromResponse: every "```python" then every "```" removed, then trimmed.</summary>
    public static string ExtractCode(string replyJson) =>
        ExtractText(replyJson).Replace("```python", "", StringComparison.Ordinal).Replace("```", "", StringComparison.Ordinal).Trim();

    /// <summary>§1.3 extractMessageFromResponse: trimmed.</summary>
    public static string ExtractMessage(string replyJson) => ExtractText(replyJson).Trim();

    /// <summary>
    /// §1.5: the chat panel's reader. Bytes decoded as UTF-8, split on \n; a line counts only if it
    /// starts with "data: "; [DONE] is skipped; JSON payloads count only as an llm_step with a truthy
    /// step_result; a non-JSON payload counts as itself. The first content wins; null if none.
    /// </summary>
    public static string? ReadStreamContent(byte[] body)
    {
        foreach (var line in Encoding.UTF8.GetString(body).Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line) || !line.StartsWith("data: ", StringComparison.Ordinal))
            {
                continue;
            }
            var payload = line["data: ".Length..].Trim();
            if (payload == "[DONE]")
            {
                continue;
            }
            JsonDocument? document = null;
            try
            {
                document = JsonDocument.Parse(payload);
            }
            catch (JsonException)
            {
                return payload;
            }
            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object
                    && root.TryGetProperty("step_name", out var step) && step.ValueKind == JsonValueKind.String && step.GetString() == "llm_step"
                    && root.TryGetProperty("step_result", out var stepResult) && IsTruthy(stepResult))
                {
                    return stepResult.ValueKind == JsonValueKind.String ? stepResult.GetString() : stepResult.GetRawText();
                }
            }
        }
        return null;
    }

    /// <summary>The "data: " payloads of an event stream, in order.</summary>
    public static IReadOnlyList<string> DataPayloads(string body) =>
        [.. body.Split('\n').Where(l => l.StartsWith("data: ", StringComparison.Ordinal)).Select(l => l["data: ".Length..])];

    private static bool IsTruthy(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!.Length > 0,
        JsonValueKind.True or JsonValueKind.Object or JsonValueKind.Array => true,
        JsonValueKind.Number => value.GetDouble() != 0,
        _ => false,
    };
}
