using ArticleReader.Ingestion;
using ArticleReader.Storage;

namespace ArticleReader.Tests.Support;

// The three seed files copied to a scratch folder (so a test may edit them) and ingested once, with
// references resolved per batch as the app does.
public sealed class SeededLibrary : IDisposable
{
    private readonly TempFolder _temp = new();
    public Database Db { get; }
    public ArticleStore Articles { get; }
    public ReferenceStore References { get; }
    public Ingester Ingester { get; }
    public string Folder { get; }

    public SeededLibrary()
    {
        Db = _temp.NewDatabase();
        Articles = new ArticleStore(Db);
        References = new ReferenceStore(Db);
        Ingester = new Ingester(Articles, new EntityStore(Db), new CollectingLog().Logger, References);
        Folder = Path.Combine(_temp.Path, "seeds");
        Directory.CreateDirectory(Folder);
        foreach (var file in Directory.GetFiles(TestPaths.Seeds)) File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        Ingester.IngestPaths([Folder]);
    }

    public string Seed(string prefix) => Directory.GetFiles(Folder, prefix + "*.txt").Single();

    public void Edit(string prefix, Func<string, string> change)
    {
        var path = Seed(prefix);
        var before = File.ReadAllText(path);
        var after = change(before);
        if (after == before) throw new InvalidOperationException("the edit changed nothing");
        File.WriteAllText(path, after);
        Ingester.IngestPaths([path]);
    }

    public ArticleSummary Article(string title) => Articles.ListArticles().Single(a => a.Title == title);

    public void Dispose() => _temp.Dispose();
}
