using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using QiskitStudio.Agents.Kernel;

namespace QiskitStudio.Server.Tests.Support;

/// <summary>
/// An in-test <see cref="IChatKernel"/> for host-only behaviour (wire shapes, guards, cancellation):
/// it records each request and answers as the test scripts it. End-to-end tests use the real kernel.
/// </summary>
public sealed class ScriptedKernel : IChatKernel
{
    public ConcurrentQueue<ChatRequest> Requests { get; } = new();

    public int CallCount => Requests.Count;

    public Func<ChatRequest, CancellationToken, Task<ChatReply>> Answer { get; set; } =
        (request, _) => Task.FromResult(Reply("echo: " + request.Text, request.SessionId));

    public Func<ChatRequest, CancellationToken, IAsyncEnumerable<ChatStreamUpdate>>? Stream { get; set; }

    public int ClearedMessages { get; set; } = 3;

    public KernelStats Stats { get; set; } = new(
        new TokenEconomyStats(50.0m, 2.34m, 47.66m, 15, 0.41m),
        new MemoryStats(42, 12, 8),
        new AgentStats(3, ["quantum-architect", "quantum-tutor", "system-agent"],
            [new AgentDescription("quantum-tutor", "Answers questions", ["explain"])]),
        new SessionStats(2, 34),
        1200,
        345);

    public static ChatReply Reply(string output, string sessionId, string agent = "quantum-tutor") =>
        new(output, new ChatReplyMetadata(agent, "LEARNER", 0.0123m, false, "anthropic", "claude-sonnet-4-5", sessionId, 100, 20, Verified: true, TraceId: "trace-1"));

    public Task<ChatReply> ChatAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        return Answer(request, cancellationToken);
    }

    public async IAsyncEnumerable<ChatStreamUpdate> StreamAsync(ChatRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        if (Stream is not null)
        {
            await foreach (var update in Stream(request, cancellationToken).WithCancellation(cancellationToken))
            {
                yield return update;
            }
            yield break;
        }
        var reply = await Answer(request, cancellationToken);
        foreach (var word in reply.Output.Split(' '))
        {
            yield return new ChatDelta(word + " ");
        }
        yield return new ChatCompleted(reply);
    }

    public Task<int> ClearSessionAsync(string sessionId, CancellationToken cancellationToken) => Task.FromResult(ClearedMessages);

    public Task<KernelStats> GetStatsAsync(CancellationToken cancellationToken) => Task.FromResult(Stats);
}
