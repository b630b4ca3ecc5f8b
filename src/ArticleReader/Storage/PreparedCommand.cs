using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ArticleReader.Storage;

// One statement compiled once and run for many rows inside the caller's transaction, through SQLite's own
// API. Dapper made a new command per row, so SQLite parsed the INSERT again for every block, sentence,
// claim and mention; and even a reused ADO.NET command looks each parameter up by name and builds a data
// reader per row. At ingest, that overhead cost more than writing the rows.
internal sealed class PreparedCommand : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _indexes;

    // The statement runs on the connection's current transaction (the caller's BEGIN).
    public PreparedCommand(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameterNames)
    {
        if (transaction.Connection != connection) throw new ArgumentException("the transaction belongs to another connection", nameof(transaction));
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        _indexes = new int[parameterNames.Length];
        for (var i = 0; i < parameterNames.Length; i++)
        {
            _indexes[i] = raw.sqlite3_bind_parameter_index(_statement, "@" + parameterNames[i]);
            if (_indexes[i] != 0) continue;
            _statement.Dispose();
            throw new ArgumentException($"the statement has no parameter @{parameterNames[i]}", nameof(parameterNames));
        }
    }

    // Values in the order of the parameter names; null is stored as NULL. Returns the first column of the first row.
    public long Scalar(params ReadOnlySpan<object?> values)
    {
        Bind(values);
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc != raw.SQLITE_ROW) Check(rc);
            var value = raw.sqlite3_column_int64(_statement, 0);
            Check(raw.sqlite3_step(_statement), raw.SQLITE_DONE);
            return value;
        }
        finally { raw.sqlite3_reset(_statement); }
    }

    public void Execute(params ReadOnlySpan<object?> values)
    {
        Bind(values);
        try { Check(raw.sqlite3_step(_statement), raw.SQLITE_DONE); }
        finally { raw.sqlite3_reset(_statement); }
    }

    private void Bind(ReadOnlySpan<object?> values)
    {
        if (values.Length != _indexes.Length)
            throw new ArgumentException($"expected {_indexes.Length} values, got {values.Length}", nameof(values));
        for (var i = 0; i < values.Length; i++)
        {
            var index = _indexes[i];
            Check(values[i] switch
            {
                null => raw.sqlite3_bind_null(_statement, index),
                string s => raw.sqlite3_bind_text(_statement, index, s),
                long l => raw.sqlite3_bind_int64(_statement, index, l),
                int n => raw.sqlite3_bind_int64(_statement, index, n),
                bool b => raw.sqlite3_bind_int64(_statement, index, b ? 1 : 0),
                double d => raw.sqlite3_bind_double(_statement, index, d),
                var other => throw new ArgumentException($"cannot bind a {other.GetType().Name}", nameof(values)),
            });
        }
    }

    private void Check(int rc, int expected = raw.SQLITE_OK)
    {
        if (rc == expected) return;
        SqliteException.ThrowExceptionForRC(rc, _db); // an error code: SQLite's own message
        throw new SqliteException($"SQLite returned {rc} where {expected} was expected", rc); // a row where none was due, or none where one was
    }

    public void Dispose() => _statement.Dispose();
}
