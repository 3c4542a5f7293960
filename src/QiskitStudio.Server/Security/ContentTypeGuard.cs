using Microsoft.Net.Http.Headers;
using QiskitStudio.Server.Http;

namespace QiskitStudio.Server.Security;

/// <summary>
/// POST (and PUT/PATCH) bodies must be <c>application/json</c>, any charset (issue 6 rule 2).
/// A page on another site can send a cross-site <c>text/plain</c> or form POST without a preflight;
/// refusing every other media type with 415 means such a request runs nothing.
/// </summary>
public static class ContentTypeGuard
{
    public static IApplicationBuilder UseJsonContentTypeOnly(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            var method = context.Request.Method;
            if ((HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method)) && !IsJson(context.Request.ContentType))
            {
                var got = string.IsNullOrEmpty(context.Request.ContentType) ? "no Content-Type" : $"Content-Type '{context.Request.ContentType}'";
                await WireErrors.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType,
                    $"Unsupported media type: send the body as JSON with 'Content-Type: application/json' (got {got}).");
                return;
            }
            await next(context);
        });
        return app;
    }

    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);
}
