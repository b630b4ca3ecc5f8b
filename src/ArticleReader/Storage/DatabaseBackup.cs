using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Storage;

public sealed class BackupException(string message) : Exception(message);

public sealed record BackupReport(string Path, long Bytes, long SchemaVersion, IReadOnlyList<(string Table, long Rows)> Counts, TimeSpan Elapsed)
{
    public string DescribeCounts() => string.Join(", ", Counts.Select(c => $"{c.Rows} {c.Table}"));
}

// Backups and restores through SQLite's online backup API, never by copying files: a file copy of a
// database in WAL mode misses what is still in its -wal file, and replacing a file under an open
// connection corrupts what that connection sees. The API copies a consistent snapshot while the app keeps
// serving (readers and the writer go on), and writes a restore into the live file under SQLite's own locks.
public static class DatabaseBackup
{
    public static readonly IReadOnlyList<string> Tables =
        ["sources", "articles", "blocks", "sentences", "claims", "mentions", "entities", "tags", "annotations", "annotation_tags", "annotation_history"];

    public static string BeforeRestorePath(Database database) => database.Path + ".before-restore";

    // The live database at one moment, as a single self-contained file (rollback journal, not WAL) at target.
    // Written beside the target first and moved into place, so a failed backup never leaves half a file.
    public static BackupReport Backup(Database database, string target, bool overwrite)
    {
        var clock = Stopwatch.StartNew();
        target = System.IO.Path.GetFullPath(target);
        if (!File.Exists(database.Path)) throw new BackupException($"there is no database at {database.Path}");
        if (SamePath(target, database.Path)) throw new BackupException("the backup cannot be written over the database itself");
        if (File.Exists(target) && !overwrite) throw new BackupException($"{target} exists; pass --force to replace it");
        var directory = System.IO.Path.GetDirectoryName(target);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);

        var partial = target + ".partial";
        File.Delete(partial);
        try
        {
            Copy(database.Path, SqliteOpenMode.ReadWrite, partial);
            using (var check = OpenFile(partial, SqliteOpenMode.ReadWrite))
            {
                check.Execute("PRAGMA journal_mode = DELETE");
                var integrity = check.ExecuteScalar<string>("PRAGMA integrity_check");
                if (integrity != "ok") throw new BackupException($"the copy failed its integrity check: {integrity}");
            }
            File.Move(partial, target, overwrite);
        }
        finally
        {
            File.Delete(partial);
        }
        using var backup = OpenFile(target, SqliteOpenMode.ReadOnly);
        return new BackupReport(target, new FileInfo(target).Length, Version(backup), Counts(backup), clock.Elapsed);
    }

    // Why a file cannot be restored from, or null when it can: it must be an intact SQLite database that
    // this program's migrations made, and not one from a newer version (whose schema this one does not know).
    public static string? Problem(string backupPath)
    {
        if (!File.Exists(backupPath)) return $"there is no file at {backupPath}";
        try
        {
            using var c = OpenFile(backupPath, SqliteOpenMode.ReadOnly);
            var integrity = string.Join("; ", c.Query<string>("PRAGMA integrity_check").Take(5));
            if (integrity != "ok") return $"it fails SQLite's integrity check: {integrity}";
            if (c.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'") == 0)
                return "it is not an ArticleReader database (it has no schema_migrations table)";
            var version = Version(c);
            var known = Migrations.All.Max(m => m.Version);
            if (version > known) return $"it was made by a newer ArticleReader (schema version {version}; this one knows up to {known})";
            if (version == 0) return "its schema_migrations table is empty";
            return null;
        }
        catch (SqliteException e)
        {
            return $"it is not a readable SQLite database ({e.Message})";
        }
    }

    // Whether another connection (another process: the running app) has the database open. Leaving WAL
    // mode needs every other connection closed, so SQLite answers this itself; the probe only runs when the
    // file is about to be replaced, and the migration after a restore puts WAL mode back.
    public static bool InUse(Database database)
    {
        if (!File.Exists(database.Path)) return false;
        database.ReleaseIdleConnections();
        using var c = OpenFile(database.Path, SqliteOpenMode.ReadWrite);
        c.Execute("PRAGMA busy_timeout = 0");
        try
        {
            // One second: the driver itself retries a busy database for the command timeout.
            return c.ExecuteScalar<string>("PRAGMA journal_mode = DELETE", commandTimeout: 1) != "delete";
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6) // SQLITE_BUSY, SQLITE_LOCKED
        {
            return true;
        }
    }

    // Replaces the database's content with the backup's: validated first, the current content kept as
    // <db>.before-restore, then copied in and migrated to this version's schema.
    public static BackupReport Restore(Database database, string backupPath, bool force)
    {
        var clock = Stopwatch.StartNew();
        backupPath = System.IO.Path.GetFullPath(backupPath);
        if (Problem(backupPath) is { } problem) throw new BackupException($"{backupPath} cannot be restored: {problem}");
        if (SamePath(backupPath, database.Path)) throw new BackupException("the backup is the database itself");
        if (File.Exists(database.Path))
        {
            if (!force && InUse(database))
                throw new BackupException($"{database.Path} is open in another process (is the app running?); stop it, or pass --force to restore into it while it runs");
            Backup(database, BeforeRestorePath(database), overwrite: true);
        }
        else
        {
            var directory = System.IO.Path.GetDirectoryName(database.Path);
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        }
        Copy(backupPath, SqliteOpenMode.ReadOnly, database.Path);
        database.Migrate();
        using var restored = database.Open();
        var integrity = restored.ExecuteScalar<string>("PRAGMA integrity_check");
        if (integrity != "ok") throw new BackupException($"the restored database fails its integrity check ({integrity}); the previous one is at {BeforeRestorePath(database)}");
        return new BackupReport(database.Path, new FileInfo(database.Path).Length, Version(restored), Counts(restored), clock.Elapsed);
    }

    public static IReadOnlyList<(string Table, long Rows)> Counts(SqliteConnection c)
    {
        var present = c.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table'").ToHashSet();
        return Tables.Where(present.Contains).Select(t => (t, c.ExecuteScalar<long>($"SELECT COUNT(*) FROM {t}"))).ToList();
    }

    // One consistent snapshot of source copied over destination, all pages in one step (the destination is locked meanwhile).
    private static void Copy(string sourcePath, SqliteOpenMode sourceMode, string destinationPath)
    {
        using var source = OpenFile(sourcePath, sourceMode);
        using var destination = OpenFile(destinationPath, SqliteOpenMode.ReadWriteCreate);
        destination.Execute("PRAGMA busy_timeout = 30000");
        source.BackupDatabase(destination);
    }

    private static long Version(SqliteConnection c) => c.ExecuteScalar<long?>("SELECT MAX(version) FROM schema_migrations") ?? 0;

    private static SqliteConnection OpenFile(string path, SqliteOpenMode mode)
    {
        var c = new SqliteConnection(FileConnectionString(path, mode));
        c.Open();
        c.Execute("PRAGMA busy_timeout = 30000");
        return c;
    }

    // Unpooled: a backup or a restore must not leave a handle open on either file.
    private static string FileConnectionString(string path, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString();

    private static bool SamePath(string a, string b) =>
        string.Equals(System.IO.Path.GetFullPath(a), System.IO.Path.GetFullPath(b), StringComparison.Ordinal);
}
