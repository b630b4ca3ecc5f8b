using ArticleReader.Model;

namespace ArticleReader.Ingestion.TextDump;

// One non-blank stretch of a text dump (a line, or lines a stage merged), with its offsets into the source.
// Kind stays empty until a stage classifies it; Article is -1 for text outside every article.
public sealed record Chunk(int Start, int End, string Text, int BlankLinesBefore)
{
    public string Kind { get; init; } = "";
    public int Article { get; init; } = -1;
    public IReadOnlyDictionary<string, string> Meta { get; init; } = ParsedBlock.EmptyMeta;

    public bool IsClassified => Kind.Length > 0;
    public int WordCount => CountWords(Text);

    public Chunk As(string kind) => this with { Kind = kind };
    public Chunk WithMeta(string key, string value) =>
        this with { Meta = new Dictionary<string, string>(Meta) { [key] = value } };

    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var ch in text)
        {
            var wordChar = !char.IsWhiteSpace(ch);
            if (wordChar && !inWord) count++;
            inWord = wordChar;
        }
        return count;
    }
}

// Facts about one article found in the text itself (a breadcrumb, a byline); metadata files override them.
public sealed record ArticleFacts
{
    public string? Title { get; init; }
    public string? Dek { get; init; }
    public string? Kicker { get; init; }
    public string? Author { get; init; }
    public string? Outlet { get; init; }
    public PublishedDate? Published { get; init; }
    public string? Url { get; init; }
    public string? Section { get; init; }
}

public sealed record DumpDocument(string Source, IReadOnlyList<Chunk> Chunks, IReadOnlyList<ArticleFacts> Articles)
{
    public IEnumerable<(Chunk Chunk, int Index)> InArticle(int article) =>
        Chunks.Select((c, i) => (c, i)).Where(x => x.c.Article == article);

    public DumpDocument Replace(Func<Chunk, int, Chunk> change) =>
        this with { Chunks = Chunks.Select(change).ToList() };

    public DumpDocument WithFacts(int article, Func<ArticleFacts, ArticleFacts> change)
    {
        var facts = Articles.ToList();
        facts[article] = change(facts[article]);
        return this with { Articles = facts };
    }
}
