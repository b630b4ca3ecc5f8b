using ArticleReader.Ingestion;
using ArticleReader.Model;
using ArticleReader.Storage;
using ArticleReader.Tests.Support;
using Dapper;
using Serilog.Events;

namespace ArticleReader.Tests.Ingestion;

public class IngesterTests
{
    private sealed class Fixture : IDisposable
    {
        public TempFolder Temp { get; } = new();
        public Database Db { get; }
        public ArticleStore Store { get; }
        public CollectingLog Log { get; } = new();
        public Ingester Ingester { get; }

        public Fixture()
        {
            Db = Temp.NewDatabase();
            Store = new ArticleStore(Db);
            Ingester = new Ingester(Store, new EntityStore(Db), Log.Logger);
        }

        public string CopySeeds()
        {
            var folder = Path.Combine(Temp.Path, "seeds");
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.GetFiles(TestPaths.Seeds)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            return folder;
        }

        public string Snapshot()
        {
            using var c = Db.Open();
            var rows = c.Query<string>("""
                SELECT 'a|' || id || '|' || slug || '|' || title || '|' || COALESCE(author_id, '') || '|' || updated_at FROM articles
                UNION ALL SELECT 'b|' || id || '|' || kind || '|' || text FROM blocks
                UNION ALL SELECT 's|' || id || '|' || content_hash || '|' || ingested_at || '|' || status FROM sources
                ORDER BY 1
                """);
            return string.Join("\n", rows);
        }

        public void Dispose() => Temp.Dispose();
    }

    [Fact]
    public void The_seeds_ingest_into_six_articles_with_metadata_authors()
    {
        using var f = new Fixture();
        var summary = f.Ingester.IngestPaths([f.CopySeeds()]);
        Assert.Equal(0, summary.Failed);
        var articles = f.Store.ListArticles();
        Assert.Equal(6, articles.Count);
        var authors = articles.ToDictionary(a => a.Title, a => a.Author);
        Assert.Equal("Fred Kaplan", authors["Elon Musk Stole My Old Plan for Peace in Ukraine. Too Bad It Doesn’t Make Sense Anymore."]);
        Assert.Equal("Cathy Young", authors["As Putin Threatens Europe, Failure of Trump Peace Plan Laid Bare"]);
        Assert.Equal("Anne Applebaum", authors["The Ukraine War Can’t End Until Russia Stops Fighting"]);
        Assert.Equal("Tom Nichols", authors["The General’s Warning"]);
        Assert.Null(authors["What Is Russia Doing With North Korean Troops?"]);
        Assert.Null(authors["A Naked Desperation to Be Seen"]);
        Assert.Equal("Slate", articles.Single(a => a.Author == "Fred Kaplan").Outlet);
        Assert.Equal("2025-12", articles.Single(a => a.Author == "Cathy Young").Published);
    }

    [Fact]
    public void A_batch_that_stopped_before_resolving_entities_is_resolved_by_the_next_even_when_nothing_changed()
    {
        using var f = new Fixture();
        var seeds = f.CopySeeds();
        var entities = new EntityStore(f.Db);
        // Storing files one by one skips the resolution a batch ends with, as a batch killed after its last commit would.
        foreach (var file in Directory.GetFiles(seeds, "*.txt")) f.Ingester.IngestFile(file);
        Assert.True(entities.NeedsResolving());
        Assert.Empty(entities.List());

        var again = f.Ingester.IngestPaths([seeds]);
        Assert.All(again.Files, r => Assert.Equal(IngestStatus.Unchanged, r.Status));
        Assert.False(entities.NeedsResolving());
        Assert.NotEmpty(entities.List());
    }

    [Fact]
    public void Ingesting_the_same_files_twice_changes_nothing_and_says_unchanged()
    {
        using var f = new Fixture();
        var seeds = f.CopySeeds();
        f.Ingester.IngestPaths([seeds]);
        var before = f.Snapshot();
        var second = f.Ingester.IngestPaths([seeds]);
        Assert.All(second.Files, r => Assert.Equal(IngestStatus.Unchanged, r.Status));
        Assert.Equal(before, f.Snapshot());
    }

    [Fact]
    public void A_changed_file_replaces_its_articles_and_keeps_their_ids()
    {
        using var f = new Fixture();
        var path = f.Temp.Write("piece.txt", "A Title For The Piece\n\nFirst paragraph of the piece.\n\nSecond paragraph.");
        f.Ingester.IngestPaths([path]);
        var before = f.Store.ListArticles().Single();
        File.WriteAllText(path, "A Title For The Piece\n\nFirst paragraph of the piece, edited.\n\nSecond paragraph.\n\nA third paragraph.");
        var result = f.Ingester.IngestPaths([path]).Files.Single();
        Assert.Equal(IngestStatus.Replaced, result.Status);
        var after = f.Store.FindArticle(before.Slug)!;
        Assert.Equal(before.Id, after.Article.Id);
        Assert.Contains(after.Blocks, b => b.Text == "First paragraph of the piece, edited.");
        Assert.DoesNotContain(after.Blocks, b => b.Text == "First paragraph of the piece.");
        using var c = f.Db.Open();
        Assert.Equal(1, c.ExecuteScalar<int>("SELECT COUNT(*) FROM sources"));
    }

    [Fact]
    public void A_mixed_folder_ingests_the_good_files_and_names_each_bad_one_with_its_reason()
    {
        using var f = new Fixture();
        var folder = f.CopySeeds();
        File.WriteAllBytes(Path.Combine(folder, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(folder, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);
        File.WriteAllBytes(Path.Combine(folder, "cafe.txt"),
            [.. "Caf"u8, 0xE9, .. " notes\n\nA short note about a caf"u8, 0xE9, .. " and its coffee.\n\nIt was good."u8]);

        var summary = f.Ingester.IngestPaths([folder]);

        Assert.Equal(2, summary.Failed);
        var byName = summary.Files.ToDictionary(r => r.Name);
        Assert.Contains("empty", byName["empty.txt"].Error);
        Assert.Contains("binary", byName["binary.txt"].Error);
        Assert.Equal(IngestStatus.Created, byName["cafe.txt"].Status);
        Assert.Contains(byName["cafe.txt"].Warnings, w => w.Contains("Windows-1252"));
        Assert.Contains(f.Log.Messages(LogEventLevel.Warning), m => m.Contains("cafe.txt") && m.Contains("Windows-1252"));
        Assert.Contains(f.Log.Messages(LogEventLevel.Error), m => m.Contains("binary.txt"));
        var titles = f.Store.ListArticles().Select(a => a.Title).ToList();
        Assert.Equal(7, titles.Count);
        Assert.Contains("Café notes", titles);
    }

    [Fact]
    public void A_failed_reingest_leaves_the_previous_articles_as_they_were()
    {
        using var f = new Fixture();
        var path = f.Temp.Write("piece.txt", "A Title For The Piece\n\nFirst paragraph of the piece.\n\nSecond paragraph.");
        f.Ingester.IngestPaths([path]);
        var before = f.Snapshot();
        File.WriteAllBytes(path, [0x41, 0x00, 0x42]);
        var result = f.Ingester.IngestPaths([path]).Files.Single();
        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.Equal(before, f.Snapshot());
    }

    [Fact]
    public void A_missing_path_and_an_unsupported_type_are_reported_and_the_batch_goes_on()
    {
        using var f = new Fixture();
        var good = f.Temp.Write("good.txt", "Good Title Here\n\nSome text of the good file.\n\nMore.");
        var pdf = f.Temp.Write("paper.pdf", "%PDF-1.4");
        var summary = f.Ingester.IngestPaths([f.Temp.File("nope.txt"), pdf, good]);
        Assert.Equal(["failed", "failed", "created"], summary.Files.Select(r => r.Status.ToString().ToLowerInvariant()));
        Assert.Contains("no such file", summary.Files[0].Error);
        Assert.Contains("unsupported file type '.pdf'", summary.Files[1].Error);
    }

    [Fact]
    public void A_bad_metadata_file_fails_only_the_files_it_describes()
    {
        using var f = new Fixture();
        var path = f.Temp.Write("piece.txt", "Good Title Here\n\nSome text.\n\nMore.");
        f.Temp.Write("piece.txt.meta.json", "{ not json");
        var result = f.Ingester.IngestPaths([path]).Files.Single();
        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.Contains("piece.txt.meta.json", result.Error);
    }

    [Fact]
    public void Blocks_are_stored_with_offsets_into_the_stored_source_text()
    {
        using var f = new Fixture();
        f.Ingester.IngestPaths([f.CopySeeds()]);
        foreach (var article in f.Store.ListArticles())
        {
            var text = f.Store.SourceText(article.SourceId)!;
            var detail = f.Store.FindArticle(article.Slug)!;
            Assert.All(detail.Blocks, b => Assert.Equal(b.Text, text[b.StartOffset..b.EndOffset]));
            Assert.Contains(detail.Blocks, b => b.Kind == BlockKinds.Body);
        }
    }

    // Every stored row of the tables ingest writes, with the clock's columns left out.
    private static string StoredRows(Database db)
    {
        using var c = db.Open();
        var lines = new List<string>();
        foreach (var table in new[] { "sources", "authors", "articles", "blocks", "sentences", "claims", "mentions", "entities", "\"references\"", "search_docs_map", "search_vocab" })
        {
            using var command = c.CreateCommand();
            command.CommandText = $"SELECT * FROM {table} ORDER BY rowid";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                lines.Add(table.Trim('"') + "|" + string.Join("|", Enumerable.Range(0, reader.FieldCount)
                    .Where(i => reader.GetName(i) is not ("ingested_at" or "created_at" or "updated_at"))
                    .Select(i => reader.GetName(i) + "=" + Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }
        lines.Add("search_docs|" + c.ExecuteScalar<string>("SELECT group_concat(rowid || ':' || title || ':' || body, '|') FROM (SELECT rowid, title, body FROM search_docs ORDER BY rowid)"));
        return string.Join("\n", lines);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public void Files_analysed_ahead_of_the_writes_store_exactly_the_rows_of_a_one_at_a_time_ingest(int workers)
    {
        using var temp = new TempFolder();
        var seeds = Path.Combine(temp.Path, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (var file in Directory.GetFiles(TestPaths.Seeds)) File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        string Ingest(string name, int n)
        {
            var db = new Database(temp.File(name));
            db.Migrate();
            var summary = new Ingester(new ArticleStore(db), new EntityStore(db), Serilog.Core.Logger.None, new ReferenceStore(db)).IngestPaths([seeds], workers: n);
            Assert.Equal(0, summary.Failed);
            return StoredRows(db);
        }
        var sequential = Ingest("one.db", 1);
        Assert.Contains("claims|", sequential);
        Assert.Contains("mentions|", sequential);
        Assert.Contains("references|", sequential);
        Assert.Equal(sequential, Ingest("many.db", workers));
    }

    [Fact]
    public void A_synthetic_batch_analysed_ahead_of_the_writes_stores_exactly_the_rows_of_a_one_at_a_time_ingest()
    {
        using var temp = new TempFolder();
        var corpus = ArticleReader.Benchmarks.SyntheticCorpus.FromSeedFolder(TestPaths.Seeds).Generate(40).ToList();
        string Ingest(string name, int workers)
        {
            var db = new Database(temp.File(name));
            db.Migrate();
            var ingester = new Ingester(new ArticleStore(db), new EntityStore(db), Serilog.Core.Logger.None, new ReferenceStore(db));
            var results = ingester.IngestAll(corpus.Select(f => new IngestInput(f.Name, "synthetic/" + f.Name, f.Bytes, f.Metadata, null, System.Diagnostics.Stopwatch.StartNew())), workers);
            Assert.Equal(corpus.Select(f => f.Name), results.Select(r => r.Name));
            Assert.DoesNotContain(results, r => r.Status == IngestStatus.Failed);
            ingester.ResolveEntities();
            return StoredRows(db);
        }
        Assert.Equal(Ingest("one.db", 1), Ingest("three.db", 3));
    }

    [Fact]
    public void Progress_is_reported_once_per_file_in_file_order_when_files_are_analysed_ahead()
    {
        using var f = new Fixture();
        var seen = new List<(string Name, int Index, int Total)>();
        f.Ingester.IngestPaths([f.CopySeeds()], (result, index, total) => seen.Add((result.Name, index, total)), workers: 3);
        var names = Directory.GetFiles(Path.Combine(f.Temp.Path, "seeds")).Select(Path.GetFileName).Where(n => !n!.EndsWith(".json")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, seen.Select(s => s.Name));
        Assert.Equal(Enumerable.Range(1, seen.Count), seen.Select(s => s.Index));
        Assert.All(seen, s => Assert.Equal(seen.Count, s.Total));
    }
}
