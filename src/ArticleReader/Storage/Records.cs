namespace ArticleReader.Storage;

// Read models, shaped for pages and the API. Mutable-by-init classes so Dapper can map them
// with its conversions (SQLite hands back Int64 for every integer).
public sealed record SourceRecord
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string Path { get; init; } = "";
    public string ContentHash { get; init; } = "";
    public string Format { get; init; } = "";
    public string Encoding { get; init; } = "";
    public long SizeBytes { get; init; }
    public string IngestedAt { get; init; } = "";
    public string Status { get; init; } = "";
    public string? Error { get; init; }
}

public sealed record ArticleSummary
{
    public long Id { get; init; }
    public string Slug { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Dek { get; init; }
    public string? Kicker { get; init; }
    public string? Author { get; init; }
    public string? AuthorSlug { get; init; }
    public string? Outlet { get; init; }
    public string? Published { get; init; }
    public string PublishedPrecision { get; init; } = "unknown";
    public string? Url { get; init; }
    public string? Section { get; init; }
    public long SourceId { get; init; }
    public string SourceFile { get; init; } = "";
    public int Position { get; init; }
    public int BlockCount { get; init; }
    public int WordCount { get; init; }
}

public sealed record BlockRecord
{
    public long Id { get; init; }
    public long? ArticleId { get; init; }
    public int Ordinal { get; init; }
    public string Kind { get; init; } = "";
    public string Text { get; init; } = "";
    public int StartOffset { get; init; }
    public int EndOffset { get; init; }
    public string? Meta { get; init; }
}

public sealed record ArticleDetail(ArticleSummary Article, IReadOnlyList<BlockRecord> Blocks);

// What the orchestrator hands the store for one decoded file.
public sealed record SourceWrite(string Name, string Path, string ContentHash, string Format, string Encoding, long SizeBytes, string Text);

public enum SaveOutcome { Created, Replaced, Unchanged }

public sealed record SaveResult(SaveOutcome Outcome, long SourceId, int Articles, int Blocks, IReadOnlyList<string> Slugs);
