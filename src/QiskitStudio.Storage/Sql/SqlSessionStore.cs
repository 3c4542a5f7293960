using System.Globalization;

namespace QiskitStudio.Storage.Sql;

/// <summary>Session history in a relational database (SQLite or PostgreSQL). Secrets are redacted before they are written.</summary>
public sealed class SqlSessionStore(ISqlDatabase database) : ISessionStore
{
    /// <inheritdoc />
    public async Task AppendAsync(string sessionId, string project, IReadOnlyList<NewMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        if (messages.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (database.SessionWriteLockSql is { } lockSql)
        {
            await using var sessionLock = connection.Command(lockSql, transaction);
            sessionLock.Parameter("@session_id", sessionId);
            await sessionLock.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await using var insert = connection.Command("""
            INSERT INTO session_messages (session_id, project, role, content, agent, created_at)
            VALUES (@session_id, @project, @role, @content, @agent, @created_at)
            """, transaction);
        insert.Parameter("@session_id", sessionId);
        insert.Parameter("@project", project);
        insert.Parameter("@created_at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        var role = insert.Parameter("@role", "");
        var content = insert.Parameter("@content", "");
        var agent = insert.Parameter("@agent", null);
        foreach (var message in messages)
        {
            role.Value = message.Role;
            content.Value = SecretRedactor.Redact(message.Content);
            agent.Value = (object?)message.Agent ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredMessage>> GetRecentAsync(string sessionId, int maxMessages, CancellationToken cancellationToken)
    {
        if (maxMessages <= 0)
        {
            return [];
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var query = connection.Command("""
            SELECT role, content, agent, created_at FROM session_messages
            WHERE session_id = @session_id
            ORDER BY id DESC
            LIMIT @limit
            """);
        query.Parameter("@session_id", sessionId);
        query.Parameter("@limit", maxMessages);
        var newestFirst = new List<StoredMessage>();
        await using var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            newestFirst.Add(new StoredMessage(
                reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)));
        }
        newestFirst.Reverse();
        return newestFirst;
    }

    /// <inheritdoc />
    public async Task<int> ClearAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var delete = connection.Command("DELETE FROM session_messages WHERE session_id = @session_id");
        delete.Parameter("@session_id", sessionId);
        return await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<SessionCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var query = connection.Command("SELECT COUNT(DISTINCT session_id), COUNT(*) FROM session_messages");
        await using var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new SessionCounts(reader.GetInt64(0), reader.GetInt64(1));
    }
}
