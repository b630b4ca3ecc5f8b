using System.Diagnostics;
using System.Globalization;
using ArticleReader.Analysis;
using ArticleReader.Ingestion;
using ArticleReader.Model;
using ArticleReader.Search;
using ArticleReader.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Web.Cli;

// `bench-search [--articles N] [--db PATH] [--runs R]`: search latency on a synthetic corpus (the seed articles
// copied N times over with varied titles, authors, outlets and dates), beside the same FTS5 MATCH run directly
// against SQLite (ranked top 10: the floor any results page pays). With --db an existing corpus is reused;
// --keep-index then skips rebuilding its index.
public static class BenchSearchCommand
{
    static readonly string[] FirstNames = ["Anne", "Tom", "Cathy", "Fred", "Maria", "Jonas", "Priya", "Ola", "Kenji", "Lena"];
    static readonly string[] LastNames = ["Applebaum", "Nichols", "Young", "Kaplan", "Ortega", "Lind", "Raman", "Berg"];
    static readonly string[] Outlets = ["The Atlantic", "The Bulwark", "Slate", "The Dispatch", "Foreign Affairs", "The Economist", "Politico", "The New Yorker"];

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var articles = 1000;
        string? dbPath = null;
        var runs = 15;
        var keepIndex = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--articles" when i + 1 < args.Count && int.TryParse(args[i + 1], out var n) && n > 0: articles = n; i++; break;
                case "--db" when i + 1 < args.Count: dbPath = args[++i]; break;
                case "--keep-index": keepIndex = true; break;
                case "--runs" when i + 1 < args.Count && int.TryParse(args[i + 1], out var r) && r > 0: runs = r; i++; break;
                default:
                    output.WriteLine("usage: bench-search [--articles N] [--db PATH] [--runs R] [--keep-index]");
                    return 2;
            }
        }
        var temporary = dbPath is null;
        dbPath ??= Path.Combine(Path.GetTempPath(), $"articlereader-bench-{Guid.NewGuid():N}.db");
        var database = new Database(dbPath);
        try
        {
            database.Migrate();
            var store = new ArticleStore(database);
            var search = new SearchStore(database);
            var have = store.CountArticles();
            if (have >= articles)
                output.WriteLine($"corpus: reusing {have:N0} articles in {database.Path}");
            else
            {
                var clock = Stopwatch.StartNew();
                Generate(store, have, articles, output);
                output.WriteLine($"corpus: {articles - have:N0} synthetic articles written (with their index rows) in {clock.Elapsed.TotalSeconds:0.0} s");
            }
            // The index is rebuilt from the stored articles so its build time is measured alone (--keep-index skips it).
            var rebuild = keepIndex && have >= articles ? (TimeSpan?)null : RebuildIndex(database, search);
            var stats = search.Stats();
            output.WriteLine($"index: {(rebuild is { } t ? $"rebuilt in {t.TotalSeconds:0.0} s" : "kept")}: {stats.Articles:N0} articles, {stats.Rows:N0} rows, " +
                $"{stats.VocabularyTerms:N0} words; database {stats.DatabaseBytes / 1024.0 / 1024.0:0.0} MB");
            Measure(database, search, runs, output);
            return 0;
        }
        finally
        {
            if (temporary)
            {
                SqliteConnection.ClearAllPools();
                foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(dbPath + suffix);
            }
        }
    }

    // The same seed pieces, each copy with its own title word (so titles and slugs differ and rare words exist),
    // author, outlet and month. Analysis is done once per seed piece: it depends only on the text.
    static void Generate(ArticleStore store, int from, int to, TextWriter output)
    {
        var seeds = SeedArticles();
        for (var i = from; i < to; i++)
        {
            var (seed, text) = seeds[i % seeds.Count];
            var word = Codeword(i);
            var article = seed with
            {
                Title = $"{seed.Title} ({word})",
                Dek = $"{seed.Dek} Dispatch {word}.".Trim(),
                Author = $"{FirstNames[i % FirstNames.Length]} {LastNames[i / FirstNames.Length % LastNames.Length]}",
                Outlet = Outlets[i * 7 % Outlets.Length],
                Published = new PublishedDate(2015 + i * 7 % 11, 1 + i * 5 % 12, null),
            };
            var name = $"synthetic-{i:D6}.txt";
            store.SaveSource(new SourceWrite(name, "synthetic:" + i, $"synthetic-{i}", "text", "utf-8", text.Length, text),
                new ParsedSource(text, [article], []));
            if ((i + 1) % 1000 == 0) output.WriteLine($"  {i + 1:N0} articles");
        }
    }

    // A pronounceable word per number: 0 -> "bab", 1 -> "bac" ...; never an English word by construction of the pattern.
    public static string Codeword(int n)
    {
        const string consonants = "bcdfghjklmnpqrstvwxz";
        const string vowels = "aeiou";
        var letters = new List<char>();
        do
        {
            letters.Add(consonants[n % consonants.Length]);
            n /= consonants.Length;
            letters.Add(vowels[n % vowels.Length]);
            n /= vowels.Length;
        } while (n > 0);
        letters.Add('q');
        letters.Reverse();
        return new string([.. letters]);
    }

    static List<(ParsedArticle Article, string Text)> SeedArticles()
    {
        var list = new List<(ParsedArticle, string)>();
        foreach (var path in Directory.GetFiles(Infrastructure.AppPaths.Seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var decoded = SourceDecoder.Decode(File.ReadAllBytes(path));
            var parsed = SourceMetadata.Apply(SourceFormats.ForPath(path)!.Parse(decoded.Text), SourceMetadata.For(path));
            foreach (var a in parsed.Articles)
            {
                // Each copy stores only its own piece's text, so block offsets move to the start of the piece.
                var text = decoded.Text[a.Start..a.End];
                var blocks = a.Blocks.Select(b => b with { Start = b.Start - a.Start, End = b.End - a.Start }).ToList();
                var own = a with { Start = 0, End = text.Length, Blocks = blocks };
                list.Add((own with { Analysis = ArticleAnalyzer.Analyze(own) }, text));
            }
        }
        return list;
    }

    static TimeSpan RebuildIndex(Database database, SearchStore search)
    {
        using (var c = database.Open()) c.Execute("DELETE FROM search_docs; DELETE FROM search_docs_map;");
        var clock = Stopwatch.StartNew();
        search.IndexMissing();
        using (var c = database.Open()) c.Execute("INSERT INTO search_docs (search_docs) VALUES ('optimize')");
        return clock.Elapsed;
    }

    sealed record Probe(string Kind, string Query);

    static List<Probe> Mix(Database database)
    {
        using var c = database.Open();
        var author = c.ExecuteScalar<string>("SELECT name FROM authors ORDER BY id LIMIT 1 OFFSET 2") ?? "Anne Applebaum";
        var outlet = c.ExecuteScalar<string>("SELECT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY id LIMIT 1 OFFSET 1") ?? "Slate";
        var count = c.ExecuteScalar<int>("SELECT COUNT(*) FROM articles");
        return
        [
            new("word", "Pokrovsk"), new("word", "drones"), new("word", "Ukraine"), new("word (rare)", Codeword(count / 2)),
            new("phrase", "\"security guarantee\""), new("phrase", "\"sea drones\""),
            new("prefix", "negotiat*"), new("prefix", "escalat*"),
            new("boolean", "(Pokrovsk OR Kursk) -Trump"),
            new("field", $"author:\"{author}\" drones"), new("field", "type:prediction Russia"),
            new("field", $"outlet:\"{outlet}\" Putin"), new("field", "after:2019 before:2022 drones"),
            new("filters only", "type:statistic"), new("filters only", $"author:\"{author}\""),
        ];
    }

    static void Measure(Database database, SearchStore search, int runs, TextWriter output)
    {
        var mix = Mix(database);
        var ours = new List<double>();
        var direct = new List<double>();
        var oursWithMatch = new List<double>();
        output.WriteLine($"{"query",-42} {"kind",-13} {"matches",9} {"p50 ms",8} {"p95 ms",8} {"fts p50",8} {"fts p95",8} {"ratio",6}");
        foreach (var probe in mix)
        {
            var parsed = QueryParser.Parse(probe.Query);
            var results = search.Search(parsed, new SearchPage()); // warm-up, and the match count
            var mine = Time(runs, () => search.Search(QueryParser.Parse(probe.Query), new SearchPage()));
            ours.AddRange(mine);
            var match = search.MatchFor(parsed);
            List<double>? floor = null;
            if (match is not null)
            {
                var sql = $"SELECT rowid, bm25(search_docs, {SearchStore.TitleWeight:0.0###}, 1.0) AS s FROM search_docs WHERE search_docs MATCH @match ORDER BY s LIMIT 10";
                using (var c = database.Open()) c.Query<(long, double)>(sql, new { match }).AsList();
                floor = Time(runs, () =>
                {
                    using var c = database.Open();
                    c.Execute(SearchStore.SearchCachePragma); // the same connection settings as the search
                    c.Query<(long, double)>(sql, new { match }).AsList();
                });
                direct.AddRange(floor);
                oursWithMatch.AddRange(mine);
            }
            var ratio = floor is null ? "" : (Percentile(mine, 50) / Math.Max(0.001, Percentile(floor, 50))).ToString("0.00", CultureInfo.InvariantCulture);
            output.WriteLine($"{Shorten(probe.Query),-42} {probe.Kind,-13} {results.Total,9:N0} {Percentile(mine, 50),8:0.00} {Percentile(mine, 95),8:0.00} " +
                $"{(floor is null ? "" : Percentile(floor, 50).ToString("0.00", CultureInfo.InvariantCulture)),8} " +
                $"{(floor is null ? "" : Percentile(floor, 95).ToString("0.00", CultureInfo.InvariantCulture)),8} {ratio,6}");
        }
        output.WriteLine($"search (parse + ranked page of 10 pieces with 3 snippets each + total + facets), all {ours.Count} runs: " +
            $"p50 {Percentile(ours, 50):0.00} ms, p95 {Percentile(ours, 95):0.00} ms, p99 {Percentile(ours, 99):0.00} ms");
        output.WriteLine($"same MATCH queries: search p50 {Percentile(oursWithMatch, 50):0.00} / p95 {Percentile(oursWithMatch, 95):0.00} / p99 {Percentile(oursWithMatch, 99):0.00} ms; " +
            $"direct FTS5 p50 {Percentile(direct, 50):0.00} / p95 {Percentile(direct, 95):0.00} / p99 {Percentile(direct, 99):0.00} ms; " +
            $"ratio at p95 {Percentile(oursWithMatch, 95) / Math.Max(0.001, Percentile(direct, 95)):0.00}");
    }

    static List<double> Time(int runs, Action action)
    {
        var samples = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }
        return samples;
    }

    static double Percentile(IReadOnlyList<double> samples, double p)
    {
        if (samples.Count == 0) return 0;
        var sorted = samples.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    static string Shorten(string q) => q.Length <= 42 ? q : q[..39] + "...";
}
