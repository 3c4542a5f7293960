using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using QiskitStudio.Agents.Agents;
using QiskitStudio.Agents.Ledger;
using QiskitStudio.Agents.Providers;
using QiskitStudio.Agents.Routing;
using QiskitStudio.Storage;

namespace QiskitStudio.Agents.Kernel;

/// <summary>
/// The kernel: routes a request to an agent, gives the model the agent's instructions and the
/// session's earlier turns, calls the provider pipeline (budget, ledger, fallbacks, retries), shapes
/// the answer (bare code for the frontend's code prompts) and keeps the session's history.
/// </summary>
public sealed class ChatKernel(
    KernelOptions options,
    IIntentRouter router,
    AgentRegistry agents,
    ChatProvider provider,
    ISessionStore sessions,
    TokenLedger ledger,
    IAnswerReplay replay) : IChatKernel
{
    /// <summary>The session id used when a request carries none.</summary>
    public const string DefaultSessionId = "default";

    /// <summary>The provider this kernel talks to.</summary>
    public ChatProvider Provider => provider;

    /// <inheritdoc />
    public async Task<ChatReply> ChatAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var call = Plan(request);
        if (!provider.IsConfigured)
        {
            return NotConfigured(call);
        }
        if (await replay.TryReplayAsync(call.Request, call.Route, cancellationToken).ConfigureAwait(false) is { } replayed)
        {
            return replayed;
        }

        var messages = await BuildMessagesAsync(call, cancellationToken).ConfigureAwait(false);
        var response = await provider.Client.GetResponseAsync(messages, call.Options, cancellationToken).ConfigureAwait(false);
        return await CompleteAsync(call, response, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatStreamUpdate> StreamAsync(ChatRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var call = Plan(request);
        if (!provider.IsConfigured)
        {
            var reply = NotConfigured(call);
            yield return new ChatDelta(reply.Output);
            yield return new ChatCompleted(reply);
            yield break;
        }
        if (await replay.TryReplayAsync(call.Request, call.Route, cancellationToken).ConfigureAwait(false) is { } replayed)
        {
            yield return new ChatDelta(replayed.Output);
            yield return new ChatCompleted(replayed);
            yield break;
        }

        var messages = await BuildMessagesAsync(call, cancellationToken).ConfigureAwait(false);
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in provider.Client.GetStreamingResponseAsync(messages, call.Options, cancellationToken).ConfigureAwait(false))
        {
            updates.Add(update);
            // Code prompts are answered with extracted code, so their text is sent once, complete, below.
            if (!call.Route.CodeOnly && update.Text is { Length: > 0 } text)
            {
                yield return new ChatDelta(text);
            }
        }

        var completed = await CompleteAsync(call, updates.ToChatResponse(), cancellationToken).ConfigureAwait(false);
        if (call.Route.CodeOnly && completed.Output.Length > 0)
        {
            yield return new ChatDelta(completed.Output);
        }
        yield return new ChatCompleted(completed);
    }

    /// <inheritdoc />
    public Task<int> ClearSessionAsync(string sessionId, CancellationToken cancellationToken) =>
        sessions.ClearAsync(string.IsNullOrWhiteSpace(sessionId) ? DefaultSessionId : sessionId, cancellationToken);

    /// <inheritdoc />
    public async Task<KernelStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        var totals = await ledger.GetTotalsAsync(cancellationToken).ConfigureAwait(false);
        var counts = await sessions.CountAsync(cancellationToken).ConfigureAwait(false);
        return new KernelStats(
            new TokenEconomyStats(options.BudgetUsd, totals.SpentUsd, Math.Max(0m, options.BudgetUsd - totals.SpentUsd), totals.Transactions, totals.SavedUsd),
            new MemoryStats(0, 0, 0),
            agents.Describe(),
            new SessionStats(counts.Sessions, counts.Messages),
            totals.InputTokens,
            totals.OutputTokens);
    }

    private sealed record PlannedCall(ChatRequest Request, string SessionId, string Project, RouteDecision Route, AgentSpec Agent, ChatOptions Options);

    private PlannedCall Plan(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sessionId = string.IsNullOrWhiteSpace(request.SessionId) ? DefaultSessionId : request.SessionId;
        var project = string.IsNullOrWhiteSpace(request.Project) ? options.ProjectName : request.Project;
        var route = router.Route(request.Text ?? "", sessionId);
        var agent = agents.Get(route.Agent);
        var chatOptions = new KernelCallContext(project, sessionId, agent.Name).AttachTo(new ChatOptions
        {
            MaxOutputTokens = options.MaxOutputTokens,
            Temperature = agent.Temperature,
        });
        return new PlannedCall(request, sessionId, project, route, agent, chatOptions);
    }

    private ChatReply NotConfigured(PlannedCall call)
    {
        if (call.Route.CodeOnly)
        {
            // A prose answer would be spliced into the user's program (CONTRACT §2); an error shows it in an alert instead.
            throw new ChatProviderException(NoProviderChatClient.Message, ChatProvider.NoneName, 503);
        }
        return new ChatReply(NoProviderChatClient.Message, Metadata(call, ChatProvider.NoneName, 0m, 0, 0));
    }

    private async Task<List<ChatMessage>> BuildMessagesAsync(PlannedCall call, CancellationToken cancellationToken)
    {
        var system = call.Agent.SystemPrompt.Trim();
        if (BuiltInAgents.TaskInstruction(call.Route.Kind) is { } task)
        {
            system += "\n\n" + task.Trim();
        }
        if (call.Route.Kind == RequestKind.SystemHelp)
        {
            system += "\n\n" + await DescribeSelfAsync(cancellationToken).ConfigureAwait(false);
        }
        var messages = new List<ChatMessage> { new(ChatRole.System, system) };

        if (call.Request.Messages is { Count: > 0 } supplied)
        {
            // The client sent the whole conversation (Part B.1): it is the history. Assistant turns
            // before the first user turn are dropped: Anthropic refuses a conversation that opens with one.
            var seenUser = false;
            foreach (var turn in supplied)
            {
                var role = RoleOf(turn.Role);
                seenUser |= role == ChatRole.User;
                if (!string.IsNullOrWhiteSpace(turn.Content) && (seenUser || role != ChatRole.Assistant))
                {
                    messages.Add(new ChatMessage(role, turn.Content));
                }
            }
            if (messages.Count == 1 || messages[^1].Role != ChatRole.User)
            {
                messages.Add(new ChatMessage(ChatRole.User, call.Request.Text));
            }
            return messages;
        }

        if (call.Route.UsesHistory)
        {
            var stored = await sessions.GetRecentAsync(call.SessionId, options.MaxHistoryMessages, cancellationToken).ConfigureAwait(false);
            messages.AddRange(TrimHistory(stored, options.MaxHistoryCharacters));
        }
        messages.Add(new ChatMessage(ChatRole.User, call.Request.Text));
        return messages;
    }

    /// <summary>What the system agent knows about the running kernel: agents, provider, budget.</summary>
    private async Task<string> DescribeSelfAsync(CancellationToken cancellationToken)
    {
        var totals = await ledger.GetTotalsAsync(cancellationToken).ConfigureAwait(false);
        var lines = new List<string> { "Current state of this assistant:" };
        lines.AddRange(agents.Agents.Select(a => $"- agent {a.Name}: {a.Description}"));
        lines.Add($"- language model: {provider.Name} ({provider.Model})");
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"- budget: {totals.SpentUsd:0.####} of {options.BudgetUsd:0.##} USD spent over {totals.Transactions} calls"));
        return string.Join("\n", lines);
    }

    /// <summary>Keeps the newest turns within the character budget, starting with a user turn.</summary>
    private static IEnumerable<ChatMessage> TrimHistory(IReadOnlyList<StoredMessage> stored, int maxCharacters)
    {
        var start = stored.Count;
        var total = 0;
        while (start > 0 && total + stored[start - 1].Content.Length <= maxCharacters)
        {
            start--;
            total += stored[start].Content.Length;
        }
        while (start < stored.Count && !stored[start].Role.Equals("user", StringComparison.OrdinalIgnoreCase))
        {
            start++;
        }
        for (var i = start; i < stored.Count; i++)
        {
            yield return new ChatMessage(RoleOf(stored[i].Role), stored[i].Content);
        }
    }

    private async Task<ChatReply> CompleteAsync(PlannedCall call, ChatResponse response, CancellationToken cancellationToken)
    {
        var raw = response.Text ?? "";
        // Prose is passed on as the model wrote it, so the streamed deltas add up to exactly this text.
        var output = call.Route.CodeOnly ? CodeAnswer.Extract(raw) : raw;
        var model = response.ModelId ?? provider.Model;
        var input = response.Usage?.InputTokenCount ?? 0;
        var outputTokens = response.Usage?.OutputTokenCount ?? 0;
        var cost = ledger.CostOf(model, input, outputTokens);
        var reply = new ChatReply(output, Metadata(call, model, cost, input, outputTokens));

        // The answer is kept even if the client has gone away meanwhile: it has been paid for.
        await sessions.AppendAsync(call.SessionId, call.Project,
            [new NewMessage("user", call.Request.Text), new NewMessage("assistant", output, call.Agent.Name)],
            CancellationToken.None).ConfigureAwait(false);
        await replay.LearnAsync(call.Request, call.Route, reply, CancellationToken.None).ConfigureAwait(false);
        return reply;
    }

    private ChatReplyMetadata Metadata(PlannedCall call, string model, decimal cost, long inputTokens, long outputTokens) => new(
        call.Agent.Name,
        KernelModes.Learner,
        cost,
        Cached: false,
        provider.Name,
        model,
        call.SessionId,
        inputTokens,
        outputTokens);

    private static ChatRole RoleOf(string role) => role.Trim().ToLowerInvariant() switch
    {
        "assistant" => ChatRole.Assistant,
        "system" => ChatRole.System,
        _ => ChatRole.User,
    };
}
