using ArticleReader.Ingestion;
using ArticleReader.Storage;
using ArticleReader.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Tests.Storage;

// Backups and restores through SQLite's backup API, on real files: a round trip keeps every row of every
// table; a backup taken while writes go on is one consistent moment; bad backups are refused before
// anything is touched; an open database is not replaced without --force.
public sealed class DatabaseBackupTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly Database _db;

    public DatabaseBackupTests()
    {
        _db = _temp.NewDatabase("library.db");
        var folder = Path.Combine(_temp.Path, "seeds");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(TestPaths.Seeds)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        new Ingester(new ArticleStore(_db), new EntityStore(_db), Serilog.Core.Logger.None).IngestPaths([folder]);
        Annotate(_db);
    }

    // Tags, statuses with evidence, notes and a highlight, on the first claims of each article.
    private static void Annotate(Database db)
    {
        var articles = new ArticleStore(db);
        var claims = new ClaimStore(db);
        var desk = new AnnotationStore(db);
        foreach (var (article, n) in articles.ListArticles().Select((a, n) => (a, n)))
        {
            foreach (var claim in claims.ForArticle(article.Id).Take(2))
            {
                desk.AddTag(claim.Id, $"backup tag {n}");
                desk.SetStatus(claim.Id, "disputed", $"https://example.org/{n}", "because");
                desk.SetClaimNote(claim.Id, $"A **note** on {article.Title}");
            }
            var block = articles.FindArticle(article.Slug)!.Blocks.First(b => b.Kind == "body");
            desk.AddHighlight(article.Id, block.Id, 0, Math.Min(20, block.Text.Length), "highlighted", ["kept"]);
        }
    }

    // Every row of every table, in a stable order: equal dumps mean equal libraries.
    private static string Dump(Database db)
    {
        using var c = db.Open();
        var parts = new List<string>();
        foreach (var table in DatabaseBackup.Tables.Append("schema_migrations"))
        {
            var rows = c.Query($"SELECT * FROM {table} ORDER BY rowid").Select(r =>
                string.Join("|", ((IDictionary<string, object?>)r).Select(kv => $"{kv.Key}={kv.Value}")));
            parts.Add($"## {table}\n" + string.Join("\n", rows));
        }
        return string.Join("\n", parts);
    }

    private void Wipe()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_db.Path + suffix);
    }

    [Fact]
    public void A_backup_restored_after_the_database_is_wiped_gives_back_every_row_of_every_table()
    {
        var before = Dump(_db);
        var backup = DatabaseBackup.Backup(_db, _temp.File("backups/library.backup"), overwrite: false);
        Assert.Contains(backup.Counts, c => c.Table == "annotations" && c.Rows > 0);
        Assert.Contains(backup.Counts, c => c.Table == "annotation_tags" && c.Rows > 0);

        Wipe();
        Assert.False(File.Exists(_db.Path));
        var restored = DatabaseBackup.Restore(_db, backup.Path, force: false);

        Assert.Equal(backup.Counts, restored.Counts);
        Assert.Equal(before, Dump(_db));
        Assert.Equal("ok", _db.IntegrityCheck());
        Assert.False(File.Exists(DatabaseBackup.BeforeRestorePath(_db))); // nothing was there to keep
        using var c = _db.Open();
        Assert.Equal("wal", c.ExecuteScalar<string>("PRAGMA journal_mode")); // the restored library is served as before
    }

    [Fact]
    public void A_backup_is_one_self_contained_file_even_when_recent_writes_are_still_in_the_wal()
    {
        using (var open = _db.Open()) // keeps the WAL from being checkpointed away at close
        {
            new AnnotationStore(_db).AddTag(new ClaimStore(_db).ForArticle(new ArticleStore(_db).ListArticles()[0].Id)[0].Id, "written last");
            var backup = DatabaseBackup.Backup(_db, _temp.File("wal.backup"), overwrite: false);
            Assert.False(File.Exists(backup.Path + "-wal"));
            using var copy = new SqliteConnection($"Data Source={backup.Path};Mode=ReadOnly;Pooling=False");
            copy.Open();
            Assert.Equal("delete", copy.ExecuteScalar<string>("PRAGMA journal_mode"));
            Assert.Equal(1, copy.ExecuteScalar<long>("SELECT COUNT(*) FROM tags WHERE name = 'written last'"));
        }
    }

    [Fact]
    public async Task A_backup_taken_while_a_writer_keeps_writing_is_consistent_and_the_writer_never_fails()
    {
        var desk = new AnnotationStore(_db);
        var claimIds = new ClaimStore(_db).ForArticle(new ArticleStore(_db).ListArticles()[0].Id).Select(c => c.Id).ToList();
        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(() =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                desk.AddTag(claimIds[i % claimIds.Count], $"during backup {i}");
                Interlocked.Increment(ref written);
            }
        });
        while (Volatile.Read(ref written) < 20) await Task.Delay(5);
        var backups = new List<BackupReport>();
        for (var k = 0; k < 5; k++) backups.Add(DatabaseBackup.Backup(_db, _temp.File($"live-{k}.backup"), overwrite: false));
        var writtenDuringBackups = Volatile.Read(ref written);
        await stop.CancelAsync();
        await writer; // rethrows if a write failed ("database is locked") while the backups ran

        foreach (var backup in backups)
        {
            Assert.Null(DatabaseBackup.Problem(backup.Path));
            using var c = new SqliteConnection($"Data Source={backup.Path};Mode=ReadOnly;Pooling=False");
            c.Open();
            // Each tag link and its history row are written in one transaction: a consistent copy has both or neither.
            Assert.Equal(0, c.ExecuteScalar<long>("""
                SELECT COUNT(*) FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
                WHERE NOT EXISTS (SELECT 1 FROM annotation_history h WHERE h.annotation_id = at.annotation_id AND h.field = 'tag' AND h.new_value = t.name)
                """));
        }
        Assert.True(writtenDuringBackups > 20);
    }

    [Fact]
    public void Restoring_over_a_library_keeps_the_previous_one_beside_it()
    {
        var backup = DatabaseBackup.Backup(_db, _temp.File("first.backup"), overwrite: false);
        var desk = new AnnotationStore(_db);
        desk.AddTag(new ClaimStore(_db).ForArticle(new ArticleStore(_db).ListArticles()[0].Id)[0].Id, "added after the backup");
        var withTag = Dump(_db);

        DatabaseBackup.Restore(_db, backup.Path, force: false);
        Assert.DoesNotContain(new AnnotationStore(_db).Tags(), t => t.Name == "added after the backup");
        var previous = new Database(DatabaseBackup.BeforeRestorePath(_db));
        Assert.Equal(withTag, Dump(previous));
    }

    [Fact]
    public void A_database_open_elsewhere_is_not_replaced_without_force()
    {
        var backup = DatabaseBackup.Backup(_db, _temp.File("busy.backup"), overwrite: false);
        var desk = new AnnotationStore(_db);
        desk.AddTag(new ClaimStore(_db).ForArticle(new ArticleStore(_db).ListArticles()[0].Id)[0].Id, "made while open");
        var current = Dump(_db);
        using (var app = new SqliteConnection($"Data Source={_db.Path};Pooling=False")) // as the running app holds it
        {
            app.Open();
            Assert.True(app.ExecuteScalar<long>("SELECT COUNT(*) FROM articles") > 0); // SQLite opens the file at the first read
            Assert.True(DatabaseBackup.InUse(_db));
            var refused = Assert.Throws<BackupException>(() => DatabaseBackup.Restore(_db, backup.Path, force: false));
            Assert.Contains("open in another process", refused.Message);
            Assert.Equal(current, Dump(_db));

            DatabaseBackup.Restore(_db, backup.Path, force: true);
            // The open connection reads the restored library at once.
            Assert.Equal(0, app.ExecuteScalar<long>("SELECT COUNT(*) FROM tags WHERE name = 'made while open'"));
        }
        SqliteConnection.ClearAllPools();
        Assert.False(DatabaseBackup.InUse(_db));
    }

    [Theory]
    [InlineData("random", "not a readable SQLite database")]
    [InlineData("not-articlereader", "not an ArticleReader database")]
    [InlineData("newer", "made by a newer ArticleReader")]
    [InlineData("corrupt", "")]
    [InlineData("missing", "there is no file")]
    public void A_bad_backup_is_refused_with_its_problem_and_the_library_is_untouched(string kind, string problem)
    {
        var path = _temp.File($"{kind}.backup");
        switch (kind)
        {
            case "random":
                File.WriteAllBytes(path, [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 7919 % 251))]);
                break;
            case "not-articlereader":
                using (var other = new SqliteConnection($"Data Source={path};Pooling=False"))
                {
                    other.Open();
                    other.Execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
                }
                break;
            case "newer":
                DatabaseBackup.Backup(_db, path, overwrite: false);
                using (var newer = new SqliteConnection($"Data Source={path};Pooling=False"))
                {
                    newer.Open();
                    newer.Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from the future', '2100-01-01')");
                }
                break;
            case "corrupt":
                DatabaseBackup.Backup(_db, path, overwrite: false);
                var bytes = File.ReadAllBytes(path);
                for (var i = 4096; i < bytes.Length - 4096; i += 4096) Array.Fill(bytes, (byte)0xA5, i + 8, 200); // scribble over every page's header area
                File.WriteAllBytes(path, bytes);
                break;
        }
        var before = Dump(_db);
        Assert.Contains(problem, DatabaseBackup.Problem(path));
        var refused = Assert.Throws<BackupException>(() => DatabaseBackup.Restore(_db, path, force: true));
        Assert.Contains("cannot be restored", refused.Message);
        Assert.Equal(before, Dump(_db));
        Assert.False(File.Exists(DatabaseBackup.BeforeRestorePath(_db)));
    }

    [Fact]
    public void A_backup_never_overwrites_an_existing_file_unless_asked()
    {
        var path = _temp.Write("taken.backup", "someone's file");
        Assert.Throws<BackupException>(() => DatabaseBackup.Backup(_db, path, overwrite: false));
        Assert.Equal("someone's file", File.ReadAllText(path));
        DatabaseBackup.Backup(_db, path, overwrite: true);
        Assert.Null(DatabaseBackup.Problem(path));
        Assert.Throws<BackupException>(() => DatabaseBackup.Backup(_db, _db.Path, overwrite: true));
    }

    public void Dispose() => _temp.Dispose();
}
