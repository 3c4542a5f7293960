using System.Globalization;
using System.Text.Json;
using QiskitStudio.Execution;
using QiskitStudio.Execution.Rewriting;
using QiskitStudio.Execution.Scheduling;
using QiskitStudio.Server.Configuration;
using QiskitStudio.Server.Http;
using QiskitStudio.Server.Security;

namespace QiskitStudio.Server.Endpoints;

/// <summary>
/// <c>POST /run</c> (CONTRACT §3, §4.4, §8 item 5): runs a program and always answers 200
/// <c>{"output": ...}</c> for a valid request, plus <c>engine</c> and <c>duration_ms</c> (Part B.3).
/// </summary>
public static class RunEndpoints
{
    public static IEndpointRouteBuilder MapRunEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("").WithTags("Run")
            .MapPost("/run", RunAsync)
            .WithName("Run")
            .WithSummary("Run a Qiskit program")
            .WithDescription("Body: {\"input_value\": str, \"ibm_token\"?, \"channel\"?, \"instance\"?, \"region\"?}. " +
                "Reply: {\"output\": str, \"engine\": \"embedded\"|\"python\", \"duration_ms\": number, \"figures\": [{\"kind\", \"svg\"}]}.")
            .Accepts<RunBodyDoc>("application/json")
            .Produces<RunReplyDoc>()
            .Produces<DetailDoc>(StatusCodes.Status400BadRequest)
            .RequireRateLimiting(StudioRateLimits.Run);
        return routes;
    }

    private static async Task<IResult> RunAsync(HttpContext context, CodeRunPipeline pipeline, RunStatistics statistics,
        ServerSettings settings, IbmQuantumSettings serverIbm)
    {
        var (document, error) = await JsonBody.ReadAsync(context, settings);
        if (document is null)
            return error!;

        RunCodeRequest request;
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return WireErrors.BadRequest("Request body must be a JSON object.");
            if (!root.TryGetProperty("input_value", out var code) || code.ValueKind != JsonValueKind.String)
                return WireErrors.BadRequest("Missing or non-string 'input_value': the Python program to run.");

            // §3.1: the token and its settings come with the request; the server's own
            // IBM_QUANTUM_* settings serve when the request brings no token.
            var token = OptionalString(root, "ibm_token");
            var credentials = !string.IsNullOrEmpty(token)
                ? new IbmCredentials(token, OptionalString(root, "channel") ?? IbmCredentials.DefaultChannel, OptionalString(root, "instance"), OptionalString(root, "region"))
                : !string.IsNullOrEmpty(serverIbm.Token)
                    ? new IbmCredentials(serverIbm.Token, serverIbm.Channel, serverIbm.Instance, serverIbm.Region)
                    : null;
            request = new RunCodeRequest(code.GetString()!, credentials);
        }

        try
        {
            var reply = await pipeline.RunAsync(request, context.RequestAborted);
            statistics.Record(reply);
            return Results.Json(new RunReplyDoc(reply.Output, reply.Engine, Math.Round(reply.Duration.TotalMilliseconds, 3),
                reply.Figures.Select(f => new FigureDoc(f.Kind, f.Svg)).ToArray()));
        }
        catch (RunQueueBusyException busy)
        {
            statistics.RecordBusy();
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(pipeline.QueueWait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Results.Json(new BusyReplyDoc("Error: " + busy.Message, busy.Message), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static string? OptionalString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}

/// <summary>Counts of <c>/run</c> requests for <c>GET /stats</c>.</summary>
public sealed class RunStatistics(string engine)
{
    private long _runs;
    private long _refused;
    private long _busy;

    public string Engine => engine;
    public long Runs => Interlocked.Read(ref _runs);
    public long Refused => Interlocked.Read(ref _refused);
    public long Busy => Interlocked.Read(ref _busy);

    public void Record(RunCodeReply reply)
    {
        Interlocked.Increment(ref _runs);
        if (reply.Refused)
            Interlocked.Increment(ref _refused);
    }

    public void RecordBusy() => Interlocked.Increment(ref _busy);
}

public sealed record RunBodyDoc(string input_value, string? ibm_token, string? channel, string? instance, string? region);
public sealed record RunReplyDoc(string output, string engine, double duration_ms, FigureDoc[] figures);
public sealed record FigureDoc(string kind, string svg);
public sealed record BusyReplyDoc(string output, string detail);
