namespace QiskitStudio.Storage;

/// <summary>One stored message of a conversation.</summary>
/// <param name="Role"><c>user</c>, <c>assistant</c> or <c>system</c>.</param>
/// <param name="Content">The text, with secrets already redacted.</param>
/// <param name="Agent">The agent that answered (assistant messages), if known.</param>
/// <param name="CreatedAt">When the message was stored.</param>
public sealed record StoredMessage(string Role, string Content, string? Agent, DateTimeOffset CreatedAt);

/// <summary>A message to append to a session.</summary>
public sealed record NewMessage(string Role, string Content, string? Agent = null);

/// <summary>Figures about all sessions, for <c>GET /stats</c>.</summary>
/// <param name="Sessions">Sessions that hold at least one message.</param>
/// <param name="Messages">Messages over all sessions.</param>
public sealed record SessionCounts(long Sessions, long Messages);

/// <summary>
/// Conversation history per session id. Implementations redact secrets (see
/// <see cref="SecretRedactor"/>) before anything reaches the disk, so no caller can forget to.
/// </summary>
public interface ISessionStore
{
    /// <summary>Appends messages to a session, in order, in one transaction.</summary>
    Task AppendAsync(string sessionId, string project, IReadOnlyList<NewMessage> messages, CancellationToken cancellationToken);

    /// <summary>The session's most recent messages, oldest first (at most <paramref name="maxMessages"/>).</summary>
    Task<IReadOnlyList<StoredMessage>> GetRecentAsync(string sessionId, int maxMessages, CancellationToken cancellationToken);

    /// <summary>Deletes a session's messages and returns how many were removed.</summary>
    Task<int> ClearAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>Counts sessions and messages.</summary>
    Task<SessionCounts> CountAsync(CancellationToken cancellationToken);
}
