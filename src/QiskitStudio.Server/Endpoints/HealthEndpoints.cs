using QiskitStudio.Server.Http;

namespace QiskitStudio.Server.Endpoints;

/// <summary><c>GET /health</c>: Maestro's shape (CONTRACT §4.1). Needs no API key.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("").WithTags("Health")
            .MapGet("/health", () => Results.Json(new Dictionary<string, string>
            {
                ["status"] = "healthy",
                ["workflow_name"] = "qiskit-studio",
                ["timestamp"] = ChatWire.Timestamp(DateTime.UtcNow),
            }))
            .WithName("Health")
            .WithSummary("Liveness: {status: healthy, workflow_name, timestamp}")
            .Produces<Dictionary<string, string>>();
        return routes;
    }
}
