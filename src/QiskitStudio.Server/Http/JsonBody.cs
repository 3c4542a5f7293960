using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using QiskitStudio.Server.Configuration;

namespace QiskitStudio.Server.Http;

/// <summary>
/// Reads a request body as one JSON document, refusing bodies over <c>MAX_BODY_BYTES</c> (413)
/// and text that is not JSON (400 <c>{"detail": ...}</c>, as the original coderun, CONTRACT §4.4).
/// </summary>
public static class JsonBody
{
    public static async Task<(JsonDocument? Document, IResult? Error)> ReadAsync(HttpContext context, ServerSettings settings)
    {
        var limit = settings.MaxBodyBytes;
        if (context.Request.ContentLength is { } declared && declared > limit)
        {
            return (null, TooLarge(limit));
        }
        // Kestrel enforces the same limit on chunked bodies; TestServer does not, so count here too.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
                int read;
                try
                {
                    read = await context.Request.Body.ReadAsync(buffer.AsMemory(length), context.RequestAborted);
                }
                catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
                {
                    return (null, TooLarge(limit));
                }
                if (read == 0)
                {
                    break;
                }
                length += read;
                if (length > limit)
                {
                    return (null, TooLarge(limit));
                }
            }
            if (length == 0)
            {
                return (null, WireErrors.BadRequest("Request body is empty: send a JSON object."));
            }
            try
            {
                var document = JsonDocument.Parse(buffer.AsMemory(0, length).ToArray());
                return (document, null);
            }
            catch (JsonException)
            {
                return (null, WireErrors.BadRequest("Invalid JSON format in request body"));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static IResult TooLarge(long limit) =>
        WireErrors.Detail(StatusCodes.Status413PayloadTooLarge, $"Request body is larger than the limit of {limit} bytes (MAX_BODY_BYTES).");
}
