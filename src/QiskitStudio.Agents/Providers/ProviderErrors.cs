using System.ClientModel;
using System.Globalization;
using System.Text.Json;
using Anthropic.Exceptions;
using QiskitStudio.Agents.Kernel;
using QiskitStudio.Storage;

namespace QiskitStudio.Agents.Providers;

/// <summary>
/// Turns whatever an SDK throws into a <see cref="ChatProviderException"/> that says which provider
/// and model failed, the HTTP status, and the reason from the API's error body, with any secret
/// redacted. Cancellation by the caller is never translated: it propagates as it is.
/// </summary>
public static class ProviderErrors
{
    private const int MaxReasonLength = 400;

    /// <summary>
    /// The translated exception, or null when <paramref name="exception"/> must propagate unchanged
    /// (the caller's own cancellation).
    /// </summary>
    public static ChatProviderException? Translate(Exception exception, string provider, string model, CancellationToken callerToken, TimeSpan? retryAfter = null)
    {
        switch (exception)
        {
            case ChatProviderException already:
                return already;

            case OperationCanceledException when callerToken.IsCancellationRequested:
                return null;

            case OperationCanceledException or TimeoutException:
                return new ChatProviderException($"{provider} model {model}: the request timed out.", provider, null, exception)
                {
                    IsTransient = true,
                };

            case AnthropicApiException api:
            {
                var status = (int)api.StatusCode;
                var reason = ReasonFromBody(api.ResponseBody) ?? api.Message;
                return Create(provider, model, status, reason, exception, retryAfter);
            }

            case AnthropicIOException io:
                return Create(provider, model, null, "network error: " + (io.InnerException?.Message ?? io.Message), exception, retryAfter);

            case ClientResultException result:
            {
                var response = result.GetRawResponse();
                var status = result.Status == 0 ? (int?)null : result.Status;
                string? body = null;
                try
                {
                    body = response?.Content?.ToString();
                }
                catch (InvalidOperationException)
                {
                    // A streamed response whose content was not buffered has no readable body.
                }
                if (retryAfter is null && response is not null && response.Headers.TryGetValue("Retry-After", out var header)
                    && double.TryParse(header, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
                {
                    retryAfter = TimeSpan.FromSeconds(seconds);
                }
                var reason = ReasonFromBody(body) ?? (status is null ? "network error: " + (result.InnerException?.Message ?? result.Message) : result.Message);
                return Create(provider, model, status, reason, exception, retryAfter);
            }

            case HttpRequestException http:
                return Create(provider, model, http.StatusCode is { } code ? (int)code : null, "network error: " + http.Message, exception, retryAfter);

            default:
                return new ChatProviderException(
                    Redact($"{provider} model {model}: {exception.GetType().Name}: {exception.Message}"), provider, null, exception);
        }
    }

    /// <summary>True for statuses worth retrying: 408, 409, 425, 429 and every 5xx (529 "overloaded" included).</summary>
    public static bool IsTransientStatus(int? status) => status switch
    {
        null => true,
        408 or 409 or 425 or 429 => true,
        >= 500 => true,
        _ => false,
    };

    /// <summary>The human-readable reason in an API error body (<c>error.message</c>, <c>message</c> or <c>detail</c>).</summary>
    public static string? ReasonFromBody(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                if (root.TryGetProperty("error", out var error))
                {
                    if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
                    {
                        var type = error.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                        return type is null ? message.GetString() : $"{message.GetString()} ({type})";
                    }
                    if (error.ValueKind == JsonValueKind.String)
                    {
                        return error.GetString();
                    }
                }
                foreach (var name in new[] { "message", "detail" })
                {
                    if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                    {
                        return value.GetString();
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: fall through to the raw text.
        }
        var text = body.Trim();
        return text.Length <= MaxReasonLength ? text : text[..MaxReasonLength] + "…";
    }

    private static ChatProviderException Create(string provider, string model, int? status, string reason, Exception inner, TimeSpan? retryAfter)
    {
        var statusText = status is null ? "" : $"HTTP {status.Value.ToString(CultureInfo.InvariantCulture)}: ";
        return new ChatProviderException(Redact($"{provider} model {model}: {statusText}{reason}"), provider, status, inner)
        {
            IsTransient = IsTransientStatus(status),
            RetryAfter = retryAfter,
        };
    }

    private static string Redact(string message) => SecretRedactor.Redact(message);
}
