using System.Data.Common;

namespace QiskitStudio.Storage.Sql;

/// <summary>
/// A relational database the stores can use: it hands out open connections to a database whose
/// schema is already in place. The schema (DDL) is the only thing that differs between SQLite and
/// PostgreSQL; the stores' queries are written once, in SQL both accept.
/// </summary>
public interface ISqlDatabase
{
    /// <summary>A short name of the engine, for logs and <c>/stats</c> (<c>sqlite</c>, <c>postgresql</c>).</summary>
    string Engine { get; }

    /// <summary>
    /// A statement that, run first in a transaction, keeps other writers of the same session
    /// (parameter <c>@session_id</c>) out until it commits, so one append's messages get consecutive
    /// ids; null when the engine already serialises writers (SQLite).
    /// </summary>
    string? SessionWriteLockSql { get; }

    /// <summary>Opens a connection, creating the schema first if this is the first use.</summary>
    Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);
}

/// <summary>Small helpers over ADO.NET commands, shared by the stores.</summary>
internal static class SqlCommands
{
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static DbParameter Parameter(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
