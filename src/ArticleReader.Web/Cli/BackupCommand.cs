using ArticleReader.Storage;

namespace ArticleReader.Web.Cli;

// `backup PATH [--force]` and `restore PATH [--force]`: see DatabaseBackup. Exit code 0 when done,
// 1 when refused or failed (the reason is printed), 2 for a usage error.
public static class BackupCommand
{
    public static int Backup(Database database, IReadOnlyList<string> args, TextWriter output)
    {
        if (PathOf(args) is not { } path) { output.WriteLine("usage: backup PATH [--force]"); return 2; }
        try
        {
            var report = DatabaseBackup.Backup(database, path, overwrite: args.Contains("--force"));
            output.WriteLine($"backup: {database.Path} -> {report.Path} ({report.Bytes / 1024.0:0} KB, schema {report.SchemaVersion}, integrity ok) in {report.Elapsed.TotalMilliseconds:0} ms");
            output.WriteLine($"  {report.DescribeCounts()}");
            return 0;
        }
        catch (Exception e) when (e is BackupException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            output.WriteLine($"backup refused: {e.Message}");
            return 1;
        }
    }

    public static int Restore(Database database, IReadOnlyList<string> args, TextWriter output)
    {
        if (PathOf(args) is not { } path) { output.WriteLine("usage: restore PATH [--force]"); return 2; }
        try
        {
            var hadDatabase = File.Exists(database.Path);
            var report = DatabaseBackup.Restore(database, path, force: args.Contains("--force"));
            output.WriteLine($"restore: {Path.GetFullPath(path)} -> {report.Path} (schema {report.SchemaVersion}, integrity ok) in {report.Elapsed.TotalMilliseconds:0} ms");
            output.WriteLine($"  {report.DescribeCounts()}");
            if (hadDatabase) output.WriteLine($"  the previous database is kept at {DatabaseBackup.BeforeRestorePath(database)}");
            return 0;
        }
        catch (Exception e) when (e is BackupException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            output.WriteLine($"restore refused: {e.Message}");
            return 1;
        }
    }

    private static string? PathOf(IReadOnlyList<string> args) => args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList() is [var only] ? only : null;
}
