using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;
using QiskitStudio.Server.Http;

namespace QiskitStudio.Server.Security;

/// <summary>
/// Optional API key (issue 6 rule 4): when <c>STUDIO_API_KEY</c> holds one or more keys, every
/// request but <c>GET /health</c>, <c>GET /docs</c> and the OpenAPI document must carry one in
/// <c>X-API-Key</c> or <c>Authorization: Bearer</c>. Keys are compared in constant time over their
/// SHA-256 digests, so neither content nor length leaks through timing.
/// </summary>
public sealed class ApiKeyGuard
{
    public const string HeaderName = "X-API-Key";

    /// <summary><see cref="HttpContext.Items"/> key holding the index of the key that matched (for rate-limit partitions).</summary>
    public const string MatchedKeyItem = "studio.api-key-index";

    private readonly byte[][] _keyDigests;

    public ApiKeyGuard(IEnumerable<string> keys) =>
        _keyDigests = [.. keys.Select(k => SHA256.HashData(Encoding.UTF8.GetBytes(k)))];

    public bool IsEnabled => _keyDigests.Length > 0;

    /// <summary>The index of the configured key that matches, or -1. Every key is compared, always.</summary>
    public int Match(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return -1;
        }
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var match = -1;
        for (var i = 0; i < _keyDigests.Length; i++)
        {
            if (CryptographicOperations.FixedTimeEquals(digest, _keyDigests[i]) && match < 0)
            {
                match = i;
            }
        }
        return match;
    }

    public static bool IsPublic(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && (request.Path.Equals("/health", StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals("/docs", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase));

    public static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var header) && !string.IsNullOrWhiteSpace(header))
        {
            return header.ToString().Trim();
        }
        var authorization = request.Headers[HeaderNames.Authorization].ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }
}

public static class ApiKeyGuardExtensions
{
    public static IApplicationBuilder UseApiKeyGuard(this IApplicationBuilder app, ApiKeyGuard guard)
    {
        if (!guard.IsEnabled)
        {
            return app;
        }
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsOptions(context.Request.Method) || ApiKeyGuard.IsPublic(context.Request))
            {
                await next(context);
                return;
            }
            var presented = ApiKeyGuard.PresentedKey(context.Request);
            var index = guard.Match(presented);
            if (index < 0)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await WireErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, presented is null
                    ? $"Missing API key: this server needs the '{ApiKeyGuard.HeaderName}' header or 'Authorization: Bearer <key>'."
                    : "Invalid API key.");
                return;
            }
            context.Items[ApiKeyGuard.MatchedKeyItem] = index;
            await next(context);
        });
        return app;
    }
}
