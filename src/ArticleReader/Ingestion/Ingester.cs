using System.Diagnostics;
using System.Security.Cryptography;
using ArticleReader.Analysis;
using ArticleReader.Model;
using ArticleReader.Storage;
using Serilog;

namespace ArticleReader.Ingestion;

public enum IngestStatus { Created, Replaced, Unchanged, Failed }

public sealed record IngestFileResult(string Name, string Path, IngestStatus Status, int Articles, int Blocks,
    string? Error, IReadOnlyList<string> Warnings, IReadOnlyList<string> Slugs, TimeSpan Elapsed)
{
    public string Describe() => Status switch
    {
        IngestStatus.Failed => $"failed: {Error}",
        IngestStatus.Unchanged => "unchanged",
        _ => $"{Status.ToString().ToLowerInvariant()}: {Articles} article{(Articles == 1 ? "" : "s")}, {Blocks} blocks",
    };
}

public sealed record IngestSummary(IReadOnlyList<IngestFileResult> Files, TimeSpan Elapsed)
{
    public int Failed => Files.Count(f => f.Status == IngestStatus.Failed);
    public int Articles => Files.Sum(f => f.Articles);
    public int Blocks => Files.Sum(f => f.Blocks);
    public string Describe() =>
        $"{Files.Count} file{(Files.Count == 1 ? "" : "s")}: {Files.Count(f => f.Status is IngestStatus.Created or IngestStatus.Replaced)} ingested, " +
        $"{Files.Count(f => f.Status == IngestStatus.Unchanged)} unchanged, {Failed} failed; {Articles} articles, {Blocks} blocks; " +
        $"{Elapsed.TotalSeconds:0.00} s";
}

// The orchestrator: reads files, runs the pure parsing stages, and is the only part that writes to the
// database and the log. One file never stops a batch; a failed file leaves the database as it was.
public sealed class Ingester(IArticleStore store, IEntityStore entities, ILogger log, IReferenceStore? references = null)
{
    public const long MaxFileBytes = 50L * 1024 * 1024;

    public IngestSummary IngestPaths(IEnumerable<string> paths, Action<IngestFileResult, int, int>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var files = Expand(paths).ToList();
        var results = new List<IngestFileResult>();
        for (var i = 0; i < files.Count; i++)
        {
            var (path, problem) = files[i];
            var result = problem is null ? IngestFile(path) : Failed(Path.GetFileName(path), path, problem, TimeSpan.Zero);
            results.Add(result);
            progress?.Invoke(result, i + 1, files.Count);
        }
        if (results.Any(r => r.Status is IngestStatus.Created or IngestStatus.Replaced) || entities.NeedsResolving()) ResolveEntities();
        var summary = new IngestSummary(results, clock.Elapsed);
        log.Information("Ingest finished: {Files} files, {Articles} articles, {Blocks} blocks, {Errors} errors in {ElapsedMs} ms",
            results.Count, summary.Articles, summary.Blocks, summary.Failed, (long)clock.Elapsed.TotalMilliseconds);
        return summary;
    }

    public IngestFileResult IngestFile(string path)
    {
        var clock = Stopwatch.StartNew();
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes)
                return Failed(name, path, $"the file is {info.Length / 1024 / 1024} MB; the limit is {MaxFileBytes / 1024 / 1024} MB", clock.Elapsed);
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(name, path, $"cannot be read ({e.Message})", clock.Elapsed);
        }
        MetadataEntry? metadata;
        try { metadata = SourceMetadata.For(path); }
        catch (MetadataException e) { return Failed(name, path, e.Message, clock.Elapsed); }
        return IngestBytes(name, Path.GetFullPath(path), bytes, metadata, clock);
    }

    // The single path from bytes to stored articles, shared by the CLI, first-run seeding and uploads.
    public IngestFileResult IngestBytes(string name, string path, byte[] bytes, MetadataEntry? metadata, Stopwatch? clock = null)
    {
        clock ??= Stopwatch.StartNew();
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        try
        {
            var format = SourceFormats.ForPath(name)
                ?? throw new UnreadableSourceException($"unsupported file type '{Path.GetExtension(name)}' (expected {SourceFormats.Describe()})");
            if (bytes.LongLength > MaxFileBytes)
                throw new UnreadableSourceException($"the file is {bytes.LongLength / 1024 / 1024} MB; the limit is {MaxFileBytes / 1024 / 1024} MB");

            var previous = store.FindSourceByPath(path);
            if (previous is { Status: "ingested" } && previous.ContentHash == hash)
                return Done(name, path, IngestStatus.Unchanged, 0, 0, [], [], clock);

            var decoded = SourceDecoder.Decode(bytes);
            var parsed = Parse(format, decoded.Text, metadata);
            var warnings = new List<string>(parsed.Warnings);
            if (decoded.Warning is not null) warnings.Add(decoded.Warning);
            foreach (var warning in warnings) log.Warning("{File}: {Warning}", name, warning);

            var saved = store.SaveSource(new SourceWrite(name, path, hash, format.Name, decoded.Encoding, bytes.LongLength, decoded.Text), parsed);
            var status = saved.Outcome switch
            {
                SaveOutcome.Unchanged => IngestStatus.Unchanged,
                SaveOutcome.Replaced => IngestStatus.Replaced,
                _ => IngestStatus.Created,
            };
            return Done(name, path, status, saved.Articles, saved.Blocks, warnings, saved.Slugs, clock);
        }
        catch (Exception e) when (e is UnreadableSourceException or MetadataException)
        {
            store.RecordFailure(name, path, hash, bytes.LongLength, e.Message);
            return Failed(name, path, e.Message, clock.Elapsed);
        }
    }

    // Decoded text to analysed articles. An article without blocks has nothing to show or anchor to, so it is
    // dropped; a file left without articles, or beyond the size limits, is refused. Any other exception a
    // parser throws is a bug it met on this file: the file is refused with that named, the batch goes on.
    private static ParsedSource Parse(SourceFormat format, string text, MetadataEntry? metadata)
    {
        try
        {
            var parsed = format.Parse(text);
            parsed = parsed with { Articles = parsed.Articles.Where(a => a.Blocks.Count > 0).ToList() };
            if (parsed.Articles.Count == 0) throw new UnreadableSourceException("no article text was found in it");
            if (IngestLimits.Problem(parsed) is { } tooLarge) throw new UnreadableSourceException(tooLarge);
            parsed = SourceMetadata.Apply(parsed, metadata);
            return parsed with { Articles = parsed.Articles.Select(a => a with { Analysis = ArticleAnalyzer.Analyze(a) }).ToList() };
        }
        catch (Exception e) when (e is not (UnreadableSourceException or MetadataException or OutOfMemoryException))
        {
            throw new UnreadableSourceException($"{UnexpectedFailure} ({e.GetType().Name}: {e.Message})");
        }
    }

    public const string UnexpectedFailure = "the reader failed on it unexpectedly";

    public ResolveSummary ResolveEntities()
    {
        var clock = Stopwatch.StartNew();
        var summary = entities.Resolve();
        log.Information("Resolved {Mentions} entity mentions ({Resolved} to {Entities} entities, {Speakers} claim speakers) in {ElapsedMs} ms",
            summary.Mentions, summary.Resolved, summary.Entities, summary.Speakers, (long)clock.Elapsed.TotalMilliseconds);
        // After entities: a later article can be the piece an earlier one cites.
        if (references?.Resolve() is { } cited)
            log.Information("Resolved {References} references ({WithAuthor} to authors, {Resolved} to library articles; {CitedOnly} cited-only authors)",
                cited.References, cited.WithAuthor, cited.Resolved, cited.CitedOnlyAuthors);
        return summary;
    }

    // Uploads are identified by their file name: uploading a changed file replaces what it gave before.
    public IngestFileResult IngestUpload(string fileName, byte[] bytes)
    {
        var name = Path.GetFileName(fileName);
        return IngestBytes(name, "upload:" + name, bytes, metadata: null);
    }

    // Pasted text is identified by its content; a title, when given, becomes the first line.
    public IngestFileResult IngestPaste(string? title, string text)
    {
        var body = string.IsNullOrWhiteSpace(title) ? text : title.Trim() + "\n\n" + text;
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
        var firstLine = body.TrimStart().Split('\n', 2)[0].Trim();
        var name = $"{Slugs.From(firstLine, 60)}.txt";
        return IngestBytes(name, $"paste:{hash}", bytes, metadata: null);
    }

    private IngestFileResult Done(string name, string path, IngestStatus status, int articles, int blocks,
        IReadOnlyList<string> warnings, IReadOnlyList<string> slugs, Stopwatch clock)
    {
        log.Information("Ingested {File}: {Status}, {Articles} articles, {Blocks} blocks in {ElapsedMs} ms",
            name, status, articles, blocks, (long)clock.Elapsed.TotalMilliseconds);
        return new IngestFileResult(name, path, status, articles, blocks, null, warnings, slugs, clock.Elapsed);
    }

    private IngestFileResult Failed(string name, string path, string error, TimeSpan elapsed)
    {
        log.Error("Ingest failed for {File}: {Error}", name, error);
        return new IngestFileResult(name, path, IngestStatus.Failed, 0, 0, error, [], [], elapsed);
    }

    // Folders are read recursively in name order; only known formats are taken from folders, but a file
    // named explicitly is always attempted so its problem is reported rather than silently skipped.
    private static IEnumerable<(string Path, string? Problem)> Expand(IEnumerable<string> paths)
    {
        foreach (var raw in paths)
        {
            var path = Path.GetFullPath(raw);
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    var fileName = Path.GetFileName(file);
                    if (fileName.StartsWith('.') || fileName.EndsWith(SourceMetadata.FileSuffix, StringComparison.OrdinalIgnoreCase)
                        || fileName.Equals(SourceMetadata.FolderFileName, StringComparison.OrdinalIgnoreCase)) continue;
                    yield return (file, null);
                }
            }
            else if (File.Exists(path)) yield return (path, null);
            else yield return (path, "no such file or folder");
        }
    }
}
