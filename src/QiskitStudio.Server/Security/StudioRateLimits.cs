using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using QiskitStudio.Server.Configuration;
using QiskitStudio.Server.Http;

namespace QiskitStudio.Server.Security;

/// <summary>
/// Per-client rate limits (issue 6 rule 5) with ASP.NET Core's rate limiting middleware. A client
/// is its API key when one matched, else its remote address. Policy <see cref="Chat"/> covers chat
/// calls when a provider is configured (calls that can cost money); policy <see cref="Run"/> is for
/// <c>POST /run</c>. Refusals are 429 with <c>Retry-After</c>.
/// </summary>
public static class StudioRateLimits
{
    public const string Chat = "chat";
    public const string Run = "run";

    public static IServiceCollection AddStudioRateLimits(this IServiceCollection services, ServerSettings settings, bool chatCanCostMoney)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Chat, context => Partition(context, chatCanCostMoney ? settings.ChatRequestsPerMinute : 0, settings.RateLimitWindow));
            options.AddPolicy(Run, context => Partition(context, settings.RunRequestsPerMinute, settings.RateLimitWindow));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : settings.RateLimitWindow;
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await WireErrors.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests,
                    $"Too many requests: try again in {seconds} s.");
            };
        });
        return services;
    }

    public static string ClientKey(HttpContext context) =>
        context.Items.TryGetValue(ApiKeyGuard.MatchedKeyItem, out var index) && index is int i
            ? "key:" + i.ToString(CultureInfo.InvariantCulture)
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static RateLimitPartition<string> Partition(HttpContext context, int permitsPerWindow, TimeSpan window)
    {
        var client = ClientKey(context);
        return permitsPerWindow <= 0
            ? RateLimitPartition.GetNoLimiter(client)
            : RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permitsPerWindow,
                Window = window,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
    }
}
