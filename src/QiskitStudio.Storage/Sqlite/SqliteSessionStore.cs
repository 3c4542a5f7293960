using System.Globalization;
using Microsoft.Data.Sqlite;

namespace QiskitStudio.Storage.Sqlite;

/// <summary>Session history in a SQLite file. Secrets are redacted before they are written.</summary>
public sealed class SqliteSessionStore(SqliteDatabase database) : ISessionStore
{
    /// <inheritdoc />
    public async Task AppendAsync(string sessionId, string project, IReadOnlyList<NewMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        if (messages.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO session_messages (session_id, project, role, content, agent, created_at)
            VALUES (@session_id, @project, @role, @content, @agent, @created_at)
            """;
        var role = insert.Parameters.Add("@role", SqliteType.Text);
        var content = insert.Parameters.Add("@content", SqliteType.Text);
        var agent = insert.Parameters.Add("@agent", SqliteType.Text);
        insert.Parameters.AddWithValue("@session_id", sessionId);
        insert.Parameters.AddWithValue("@project", project);
        insert.Parameters.AddWithValue("@created_at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
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

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var query = connection.CreateCommand();
        query.CommandText = """
            SELECT role, content, agent, created_at FROM session_messages
            WHERE session_id = @session_id
            ORDER BY id DESC
            LIMIT @limit
            """;
        query.Parameters.AddWithValue("@session_id", sessionId);
        query.Parameters.AddWithValue("@limit", maxMessages);
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
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM session_messages WHERE session_id = @session_id";
        delete.Parameters.AddWithValue("@session_id", sessionId);
        return await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<SessionCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT COUNT(DISTINCT session_id), COUNT(*) FROM session_messages";
        await using var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new SessionCounts(reader.GetInt64(0), reader.GetInt64(1));
    }
}
