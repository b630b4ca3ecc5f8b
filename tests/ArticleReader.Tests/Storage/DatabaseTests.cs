using ArticleReader.Storage;
using ArticleReader.Tests.Support;
using Dapper;

namespace ArticleReader.Tests.Storage;

public class DatabaseTests
{
    [Fact]
    public void Migrating_a_new_file_creates_it_and_records_every_step()
    {
        using var temp = new TempFolder();
        var db = new Database(temp.File("sub/folder/new.db"));
        Assert.Equal(Migrations.All.Count, db.Migrate());
        Assert.True(File.Exists(db.Path));
        Assert.Equal(Migrations.All[^1].Version, db.SchemaVersion());
    }

    [Fact]
    public void Migrating_again_applies_nothing()
    {
        using var temp = new TempFolder();
        var db = temp.NewDatabase();
        Assert.Equal(0, db.Migrate());
    }

    [Fact]
    public void Migration_versions_are_unique_and_ascending()
    {
        var versions = Migrations.All.Select(m => m.Version).ToList();
        Assert.Equal(versions.Order().Distinct(), versions);
    }

    [Fact]
    public void Connections_use_wal_foreign_keys_and_a_busy_timeout()
    {
        using var temp = new TempFolder();
        var db = temp.NewDatabase();
        using var c = db.Open();
        Assert.Equal("wal", c.ExecuteScalar<string>("PRAGMA journal_mode"));
        Assert.Equal(1, c.ExecuteScalar<int>("PRAGMA foreign_keys"));
        Assert.True(c.ExecuteScalar<int>("PRAGMA busy_timeout") >= 1000);
        Assert.Equal("ok", db.IntegrityCheck());
    }

    [Fact]
    public void Blocks_cannot_point_at_a_missing_article()
    {
        using var temp = new TempFolder();
        var db = temp.NewDatabase();
        using var c = db.Open();
        Assert.ThrowsAny<Microsoft.Data.Sqlite.SqliteException>(() => c.Execute(
            "INSERT INTO blocks (source_id, article_id, ordinal, kind, text, start_offset, end_offset) VALUES (999, 999, 0, 'body', 'x', 0, 1)"));
    }
}
