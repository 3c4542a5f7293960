using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using QiskitStudio.Server.Security;
using QiskitStudio.Server.Tests.Support;

namespace QiskitStudio.Server.Tests;

/// <summary>
/// Issue 6 rule 5: the <c>run</c> rate-limit policy is in place for <c>POST /run</c> (whose endpoint
/// comes with the run issue). A probe endpoint behind the host's own pipeline uses the named policy.
/// </summary>
public sealed class RunRateLimitPolicyTests
{
    [Fact]
    public async Task Issue6_rule5_run_policy_limits_each_client_and_answers_429_with_retry_after()
    {
        using var factory = new StudioFactory(new Dictionary<string, string?>
        {
            ["RATE_LIMIT_RUN_PER_MINUTE"] = "2",
            ["RATE_LIMIT_WINDOW_SECONDS"] = "3600",
            ["STUDIO_API_KEY"] = "run-key-a-000000,run-key-b-000000",
        }, new ScriptedKernel());
        using var probed = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IStartupFilter>(new RunProbe())));
        using var client = probed.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await Run(client, "run-key-a-000000")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Run(client, "run-key-a-000000")).StatusCode);
        var refused = await Run(client, "run-key-a-000000");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null || refused.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, (await Run(client, "run-key-b-000000")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Run(client, "not-a-key-000000")).StatusCode);

        static Task<HttpResponseMessage> Run(HttpClient client, string key)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/run-probe")
            {
                Content = new StringContent("""{"input_value": "print(1)"}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-API-Key", key);
            return client.SendAsync(request);
        }
    }

    /// <summary>After the host's pipeline (guards included), a POST endpoint that requires the "run" policy.</summary>
    private sealed class RunProbe : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.UseRouting();
            app.UseRateLimiter();
            app.UseEndpoints(endpoints => endpoints
                .MapPost("/run-probe", () => Results.Json(new { output = "1" }))
                .RequireRateLimiting(StudioRateLimits.Run));
        };
    }
}
