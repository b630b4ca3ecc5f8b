using Dapper;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Storage;

// Owns the SQLite file: connection settings and the migration list. Every SQLite-specific detail
// (PRAGMAs, FTS5 later) stays in this folder so a PostgreSQL store can replace it behind the same interfaces.
public sealed class Database
{
    static Database() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    public string Path { get; }
    private readonly string _connectionString;

    public Database(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // Per-connection settings: SQLite forgets them when a connection closes.
        connection.Execute("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;");
        return connection;
    }

    // Closes this process's idle pooled connections to the file, so that only other processes (or
    // connections still in use here) hold it open: a restore asks exactly that question.
    public void ReleaseIdleConnections()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    // Creates the file when missing and applies every migration not yet recorded. Safe to call on each start.
    public int Migrate()
    {
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        using var connection = Open();
        connection.Execute("PRAGMA journal_mode = WAL;"); // persistent: readers never block the writer
        connection.Execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER PRIMARY KEY,
                name       TEXT NOT NULL,
                applied_at TEXT NOT NULL)
            """);
        var applied = connection.Query<long>("SELECT version FROM schema_migrations").ToHashSet();
        var count = 0;
        foreach (var migration in Migrations.All)
        {
            if (applied.Contains(migration.Version)) continue;
            using var tx = connection.BeginTransaction();
            connection.Execute(migration.Sql, transaction: tx);
            connection.Execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { migration.Version, migration.Name, AppliedAt = DateTime.UtcNow.ToString("O") }, tx);
            tx.Commit();
            count++;
        }
        return count;
    }

    public long SchemaVersion()
    {
        using var connection = Open();
        return connection.ExecuteScalar<long?>("SELECT MAX(version) FROM schema_migrations") ?? 0;
    }

    public string IntegrityCheck()
    {
        using var connection = Open();
        return connection.ExecuteScalar<string>("PRAGMA integrity_check") ?? "";
    }
}
