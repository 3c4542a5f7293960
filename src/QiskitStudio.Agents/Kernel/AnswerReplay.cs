using QiskitStudio.Agents.Routing;

namespace QiskitStudio.Agents.Kernel;

/// <summary>The values of reply metadata <c>mode</c> (CONTRACT Part B.1).</summary>
public static class KernelModes
{
    /// <summary>The answer came from a model call.</summary>
    public const string Learner = "LEARNER";

    /// <summary>The answer was replayed from a trusted trace, at no cost.</summary>
    public const string Follower = "FOLLOWER";

    /// <summary>Part replayed, part generated.</summary>
    public const string Mixed = "MIXED";

    /// <summary>Several agents were coordinated.</summary>
    public const string Orchestrator = "ORCHESTRATOR";
}

/// <summary>
/// The seam for Learner/Follower replay (a later issue): before a model call the kernel asks for a
/// trusted earlier answer to the same intent, and after a call it offers the new answer to learn from.
/// </summary>
public interface IAnswerReplay
{
    /// <summary>A replayed reply (mode <see cref="KernelModes.Follower"/>), or null to call the model.</summary>
    ValueTask<ChatReply?> TryReplayAsync(ChatRequest request, RouteDecision route, CancellationToken cancellationToken);

    /// <summary>Offers a fresh model answer to be remembered.</summary>
    ValueTask LearnAsync(ChatRequest request, RouteDecision route, ChatReply reply, CancellationToken cancellationToken);
}

/// <summary>The replay policy used until memory lands: never replays, remembers nothing.</summary>
public sealed class NoAnswerReplay : IAnswerReplay
{
    /// <inheritdoc />
    public ValueTask<ChatReply?> TryReplayAsync(ChatRequest request, RouteDecision route, CancellationToken cancellationToken) =>
        ValueTask.FromResult<ChatReply?>(null);

    /// <inheritdoc />
    public ValueTask LearnAsync(ChatRequest request, RouteDecision route, ChatReply reply, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;
}
