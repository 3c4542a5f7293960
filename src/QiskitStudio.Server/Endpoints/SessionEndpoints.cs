using System.Text.Json;
using QiskitStudio.Agents.Kernel;
using QiskitStudio.Server.Configuration;
using QiskitStudio.Server.Http;

namespace QiskitStudio.Server.Endpoints;

/// <summary><c>POST /clear_session</c> (CONTRACT Part B.5): empties one session's history.</summary>
public static class SessionEndpoints
{
    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("").WithTags("Sessions")
            .MapPost("/clear_session", ClearSessionAsync)
            .WithName("ClearSession")
            .WithSummary("Empty a session's conversation history")
            .WithDescription("Body: {\"session_id\": str}. Reply says how many messages were removed.")
            .Accepts<ClearSessionBodyDoc>("application/json")
            .Produces<ClearSessionReplyDoc>()
            .Produces<DetailDoc>(StatusCodes.Status400BadRequest);
        return routes;
    }

    private static async Task<IResult> ClearSessionAsync(HttpContext context, IChatKernel kernel, ServerSettings settings)
    {
        var (document, error) = await JsonBody.ReadAsync(context, settings);
        if (document is null)
        {
            return error!;
        }
        string? sessionId;
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return WireErrors.BadRequest("Request body must be a JSON object.");
            }
            if (!root.TryGetProperty("session_id", out var session) || session.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(session.GetString()))
            {
                return WireErrors.BadRequest("Missing 'session_id': the session to clear.");
            }
            sessionId = session.GetString()!;
        }
        var removed = await kernel.ClearSessionAsync(sessionId, context.RequestAborted);
        return Results.Json(new ClearSessionReplyDoc(
            "cleared",
            sessionId,
            removed,
            removed == 1 ? $"Removed 1 message from session '{sessionId}'." : $"Removed {removed} messages from session '{sessionId}'."));
    }
}
