using System.Diagnostics;
using QiskitStudio.Agents.Kernel;
using QiskitStudio.Server.Configuration;
using QiskitStudio.Server.Http;
using QiskitStudio.Server.Security;

namespace QiskitStudio.Server.Endpoints;

/// <summary>
/// <c>POST /chat</c> (CONTRACT §1.2, §1.3, §4.1, B.1) and <c>POST /chat/stream</c> (§1.5, B.2).
/// The client's disconnect (<see cref="HttpContext.RequestAborted"/>) cancels the provider call.
/// </summary>
public static class ChatEndpoints
{
    private const string LogCategory = "QiskitStudio.Server.Chat";

    public static RouteGroupBuilder MapChatEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("")
            .WithTags("Chat")
            .RequireRateLimiting(StudioRateLimits.Chat);

        group.MapPost("/chat", ChatAsync)
            .WithName("Chat")
            .WithSummary("Ask the assistant: the whole answer as JSON")
            .WithDescription("Body: {input_value|prompt, session_id, output_type, input_type} (the Qiskit Studio frontend, CONTRACT §1.2) or {messages:[{role,content}], session_id, project}. Reply: {output, response (a JSON string with final_prompt and metadata), workflow_name, timestamp}.")
            .Accepts<ChatBodyDoc>("application/json")
            .Produces<ChatReplyDoc>()
            .Produces<DetailDoc>(StatusCodes.Status400BadRequest)
            .Produces<ProviderErrorDoc>(StatusCodes.Status402PaymentRequired)
            .Produces<ProviderErrorDoc>(StatusCodes.Status502BadGateway)
            .Produces<ProviderErrorDoc>(StatusCodes.Status503ServiceUnavailable);

        group.MapPost("/chat/stream", StreamAsync)
            .WithName("ChatStream")
            .WithSummary("Ask the assistant: an event stream")
            .WithDescription("Default: one data: {step_name: llm_step, step_result: <answer>} event, then data: [DONE] (CONTRACT §1.5). With \"stream\": \"tokens\": data: {delta} events as the provider writes, one data: {metadata}, then data: [DONE] (Part B.2).")
            .Accepts<ChatBodyDoc>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream");

        return group;
    }

    private static async Task<IResult> ChatAsync(HttpContext context, IChatKernel kernel, ServerSettings settings, ConfiguredSecrets redactor, ILoggerFactory loggers)
    {
        var (wire, error) = await ReadAsync(context, settings);
        if (wire is null)
        {
            return error!;
        }
        var logger = loggers.CreateLogger(LogCategory);
        try
        {
            var started = Stopwatch.GetTimestamp();
            var reply = await kernel.ChatAsync(wire.Request, context.RequestAborted);
            LogAnswered(logger, reply.Metadata, started);
            return new JsonBytesResult(ChatWire.WriteReply(reply, DateTime.UtcNow));
        }
        catch (ChatProviderException e)
        {
            var reason = redactor.Redact(e.Message);
            logger.LogWarning("Chat provider {Provider} failed (status {Status}): {Reason}", e.Provider, e.StatusCode, reason);
            return new JsonBytesResult(ChatWire.WriteProviderError(reason, e.Provider), StatusFor(e));
        }
    }

    private static async Task<IResult> StreamAsync(HttpContext context, IChatKernel kernel, ServerSettings settings, ConfiguredSecrets redactor, ILoggerFactory loggers)
    {
        var (wire, error) = await ReadAsync(context, settings);
        if (wire is null)
        {
            return error!;
        }
        var logger = loggers.CreateLogger(LogCategory);
        var cancellationToken = context.RequestAborted;
        var events = new ChatEventStream(context.Response);

        if (!wire.StreamTokens)
        {
            // §1.5: the frontend uses the first content it finds, so the whole answer goes in one event.
            string stepResult;
            var agent = "assistant";
            try
            {
                var started = Stopwatch.GetTimestamp();
                var reply = await kernel.ChatAsync(wire.Request, cancellationToken);
                LogAnswered(logger, reply.Metadata, started);
                stepResult = reply.Output;
                agent = reply.Metadata.Agent;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                stepResult = "Error: " + Describe(e, redactor, logger);
            }
            await events.StartAsync(cancellationToken);
            await events.WriteStepAsync(stepResult, agent, cancellationToken);
            await events.WriteDoneAsync(cancellationToken);
            return Results.Empty;
        }

        // B.2: deltas as the provider produces them, each flushed at once.
        await events.StartAsync(cancellationToken);
        try
        {
            await foreach (var update in kernel.StreamAsync(wire.Request, cancellationToken))
            {
                switch (update)
                {
                    case ChatDelta delta when delta.Text.Length > 0:
                        await events.WriteDeltaAsync(delta.Text, cancellationToken);
                        break;
                    case ChatCompleted completed:
                        await events.WriteMetadataAsync(completed.Reply.Metadata, cancellationToken);
                        break;
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await events.WriteErrorAsync("Error: " + Describe(e, redactor, logger), cancellationToken);
        }
        await events.WriteDoneAsync(cancellationToken);
        return Results.Empty;
    }

    /// <summary>One line per answer: who answered, how, and what it cost; never the text itself.</summary>
    private static void LogAnswered(ILogger logger, ChatReplyMetadata metadata, long started)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation(
                "Answered session {Session}: {Agent} ({Mode}) via {Provider}/{Model}, {InputTokens}+{OutputTokens} tokens, {Cost} USD, {Milliseconds:F0} ms",
                metadata.SessionId, metadata.Agent, metadata.Mode, metadata.Provider, metadata.Model,
                metadata.InputTokens, metadata.OutputTokens, metadata.Cost, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>
    /// 402 when the budget is used up, 503 when no provider is configured for a code-only answer,
    /// 502 for every failure of the provider itself.
    /// </summary>
    private static int StatusFor(ChatProviderException e) => e.StatusCode switch
    {
        StatusCodes.Status402PaymentRequired => StatusCodes.Status402PaymentRequired,
        StatusCodes.Status503ServiceUnavailable when e.Provider == "none" => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status502BadGateway,
    };

    private static async Task<(ChatWireRequest? Wire, IResult? Error)> ReadAsync(HttpContext context, ServerSettings settings)
    {
        var (document, error) = await JsonBody.ReadAsync(context, settings);
        if (document is null)
        {
            return (null, error);
        }
        using (document)
        {
            var wire = ChatWire.TryRead(document.RootElement, out var message);
            return wire is null ? (null, WireErrors.BadRequest(message!)) : (wire, null);
        }
    }

    /// <summary>The user-facing reason of a failure: the provider's own for provider failures, a generic one otherwise.</summary>
    private static string Describe(Exception e, ConfiguredSecrets redactor, ILogger logger)
    {
        if (e is ChatProviderException provider)
        {
            var reason = redactor.Redact(provider.Message);
            logger.LogWarning("Chat provider {Provider} failed (status {Status}): {Reason}", provider.Provider, provider.StatusCode, reason);
            return reason;
        }
        logger.LogError("Chat stream failed: {Error}", redactor.Redact(e.ToString()));
        return "internal server error; the server log has the details.";
    }
}
