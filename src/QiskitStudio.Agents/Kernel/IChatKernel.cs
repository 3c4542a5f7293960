namespace QiskitStudio.Agents.Kernel;

/// <summary>
/// The LLM operating system as the HTTP host sees it: one request in, one answer out
/// (CONTRACT §1.3, Part B.1), a streamed variant (§1.5, B.2), session housekeeping (B.5)
/// and the figures behind <c>GET /stats</c> (B.4).
/// </summary>
public interface IChatKernel
{
    /// <summary>Routes the request to an agent and returns its whole answer.</summary>
    /// <exception cref="ChatProviderException">The provider failed after retries and fallbacks.</exception>
    Task<ChatReply> ChatAsync(ChatRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Streams the answer as the provider produces it: zero or more <see cref="ChatDelta"/>,
    /// then exactly one <see cref="ChatCompleted"/> carrying the same reply <see cref="ChatAsync"/> would give.
    /// </summary>
    IAsyncEnumerable<ChatStreamUpdate> StreamAsync(ChatRequest request, CancellationToken cancellationToken);

    /// <summary>Empties one session's history; returns how many messages were removed.</summary>
    Task<int> ClearSessionAsync(string sessionId, CancellationToken cancellationToken);

    Task<KernelStats> GetStatsAsync(CancellationToken cancellationToken);
}

/// <summary>One message of a conversation: role is <c>user</c>, <c>assistant</c> or <c>system</c>.</summary>
public sealed record ChatTurn(string Role, string Content);

/// <summary>
/// A chat request after the wire shape has been read. <see cref="Text"/> is the latest user text
/// (<c>input_value</c>/<c>prompt</c>, or the last user message of <c>messages</c>);
/// <see cref="Messages"/> holds the whole <c>messages</c> array when the client sent one.
/// </summary>
public sealed record ChatRequest(
    string Text,
    string SessionId,
    IReadOnlyList<ChatTurn>? Messages = null,
    string? Project = null);

/// <summary>The answer and its metadata (CONTRACT Part B.1).</summary>
public sealed record ChatReply(string Output, ChatReplyMetadata Metadata);

public sealed record ChatReplyMetadata(
    string Agent,
    string Mode,
    decimal Cost,
    bool Cached,
    string Provider,
    string Model,
    string SessionId,
    long InputTokens,
    long OutputTokens,
    bool? Verified = null,
    string? TraceId = null);

public abstract record ChatStreamUpdate;

/// <summary>A piece of the answer text, in order.</summary>
public sealed record ChatDelta(string Text) : ChatStreamUpdate;

/// <summary>The end of a stream: the full reply with its metadata.</summary>
public sealed record ChatCompleted(ChatReply Reply) : ChatStreamUpdate;

/// <summary>
/// A provider could not answer (after retries and fallback models). <see cref="Message"/> is safe
/// to show to the user: it carries the provider's reason and never a secret.
/// </summary>
public sealed class ChatProviderException(string message, string provider, int? statusCode = null, Exception? inner = null)
    : Exception(message, inner)
{
    public string Provider { get; } = provider;
    public int? StatusCode { get; } = statusCode;

    /// <summary>True when trying again may succeed: HTTP 408, 409, 429, 5xx, a timeout or a network error.</summary>
    public bool IsTransient { get; init; }

    /// <summary>The wait the provider asked for (<c>Retry-After</c>), when it sent one.</summary>
    public TimeSpan? RetryAfter { get; init; }
}

/// <summary>The figures of <c>GET /stats</c> (CONTRACT Part B.4).</summary>
public sealed record KernelStats(
    TokenEconomyStats TokenEconomy,
    MemoryStats Memory,
    AgentStats Agents,
    SessionStats Sessions,
    long InputTokens,
    long OutputTokens);

public sealed record TokenEconomyStats(decimal BudgetUsd, decimal SpentUsd, decimal RemainingUsd, long Transactions, decimal SavedUsd);
public sealed record MemoryStats(long TotalTraces, long HighConfidenceTraces, long Facts);
public sealed record AgentStats(int Registered, IReadOnlyList<string> Available, IReadOnlyList<AgentDescription> Details);
public sealed record AgentDescription(string Name, string Description, IReadOnlyList<string> Capabilities);
public sealed record SessionStats(long Active, long TotalMessages);
