using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Net.Http.Headers;
using QiskitStudio.Server.Configuration;
using QiskitStudio.Server.Http;

namespace QiskitStudio.Server.Security;

/// <summary>
/// CORS by list (CONTRACT §1.7, issue 6 rule 3): only the origins in <c>CORS_ALLOW_ORIGINS</c>,
/// compared exactly; <c>*</c> only when configured, and never with credentials. Preflights from
/// other origins are refused with 403 and no grant headers.
/// </summary>
public static class StudioCors
{
    public const string PolicyName = "studio";

    public static IServiceCollection AddStudioCors(this IServiceCollection services, ServerSettings settings)
    {
        services.AddCors(options => options.AddPolicy(PolicyName, policy =>
        {
            if (settings.AllowsAnyOrigin)
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins([.. settings.AllowedOrigins]);
            }
            policy.WithMethods("GET", "POST")
                .WithHeaders(HeaderNames.ContentType, HeaderNames.Authorization, ApiKeyGuard.HeaderName)
                .WithExposedHeaders(HeaderNames.RetryAfter)
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
        }));
        return services;
    }

    /// <summary>Refuses preflights from origins not on the list, then lets the CORS middleware grant the rest.</summary>
    public static IApplicationBuilder UseStudioCors(this IApplicationBuilder app, ServerSettings settings)
    {
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (HttpMethods.IsOptions(request.Method)
                && request.Headers.ContainsKey(HeaderNames.AccessControlRequestMethod)
                && request.Headers.Origin is { Count: > 0 } origin
                && !settings.AllowsAnyOrigin
                && !settings.AllowedOrigins.Contains(origin.ToString(), StringComparer.OrdinalIgnoreCase))
            {
                await WireErrors.WriteAsync(context, StatusCodes.Status403Forbidden,
                    $"Origin '{origin}' is not allowed. Add it to CORS_ALLOW_ORIGINS to let that site call this server.");
                return;
            }
            await next(context);
        });
        return app.UseCors(PolicyName);
    }
}
