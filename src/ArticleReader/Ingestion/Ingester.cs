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

// One file to ingest: its bytes and metadata, or the problem that stopped it being read.
public sealed record IngestInput(string Name, string Path, byte[] Bytes, MetadataEntry? Metadata, string? Problem, Stopwatch Clock)
{
    public static IngestInput Failed(string name, string path, string problem, Stopwatch? clock = null) =>
        new(name, path, [], null, problem, clock ?? Stopwatch.StartNew());
}

// The orchestrator: reads files, runs the pure parsing stages, and is the only part that writes to the
// database and the log. One file never stops a batch; a failed file leaves the database as it was.
public sealed class Ingester(IArticleStore store, IEntityStore entities, ILogger log, IReferenceStore? references = null)
{
    public const long MaxFileBytes = 50L * 1024 * 1024;

    // How many files are read and analysed at once while the orchestrator writes the ones before them.
    public static int DefaultWorkers => Math.Max(1, Environment.ProcessorCount);

    // Where set, the time each stage took, summed over files.
    public StageTimes? Times { get; init; }

    public IngestSummary IngestPaths(IEnumerable<string> paths, Action<IngestFileResult, int, int>? progress = null, int? workers = null)
    {
        var clock = Stopwatch.StartNew();
        var files = Expand(paths).ToList();
        var inputs = files.Select(f => f.Problem is null ? FileInput(f.Path) : IngestInput.Failed(Path.GetFileName(f.Path), f.Path, f.Problem));
        var results = IngestAll(inputs, workers ?? DefaultWorkers, (result, done) => progress?.Invoke(result, done, files.Count));
        if (results.Any(r => r.Status is IngestStatus.Created or IngestStatus.Replaced) || entities.NeedsResolving()) ResolveEntities();
        var summary = new IngestSummary(results, clock.Elapsed);
        log.Information("Ingest finished: {Files} files, {Articles} articles, {Blocks} blocks, {Errors} errors in {ElapsedMs} ms",
            results.Count, summary.Articles, summary.Blocks, summary.Failed, (long)clock.Elapsed.TotalMilliseconds);
        return summary;
    }

    public IngestFileResult IngestFile(string path) => Ingest(FileInput(path));

    // The single path from bytes to stored articles, shared by the CLI, first-run seeding and uploads.
    public IngestFileResult IngestBytes(string name, string path, byte[] bytes, MetadataEntry? metadata, Stopwatch? clock = null) =>
        Ingest(new IngestInput(name, path, bytes, metadata, null, clock ?? Stopwatch.StartNew()));

    // Files in order, each stored in its own transaction in that order (so ids and outcomes are those of a
    // one-at-a-time ingest), while up to `workers` later files are decoded, parsed and analysed on other
    // threads: those stages are pure, and only this thread touches the database and the log.
    public IReadOnlyList<IngestFileResult> IngestAll(IEnumerable<IngestInput> inputs, int workers, Action<IngestFileResult, int>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        var results = new List<IngestFileResult>();
        var pending = new Queue<(Job Job, Task<Analysed>? Analysis)>();
        void WriteOldest()
        {
            var (job, analysis) = pending.Dequeue();
            var result = Finish(job, analysis?.GetAwaiter().GetResult());
            results.Add(result);
            progress?.Invoke(result, results.Count);
        }
        foreach (var input in inputs)
        {
            var job = Start(input);
            if (workers == 1) pending.Enqueue((job, job.NeedsAnalysis ? Task.FromResult(Analyse(job)) : null));
            else pending.Enqueue((job, job.NeedsAnalysis ? Task.Run(() => Analyse(job)) : null));
            while (pending.Count >= workers) WriteOldest();
        }
        while (pending.Count > 0) WriteOldest();
        return results;
    }

    private IngestFileResult Ingest(IngestInput input)
    {
        var job = Start(input);
        return Finish(job, job.NeedsAnalysis ? Analyse(job) : null);
    }

    private IngestInput FileInput(string path)
    {
        var clock = Stopwatch.StartNew();
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes)
                return IngestInput.Failed(name, path, $"the file is {info.Length / 1024 / 1024} MB; the limit is {MaxFileBytes / 1024 / 1024} MB", clock);
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return IngestInput.Failed(name, path, $"cannot be read ({e.Message})", clock);
        }
        MetadataEntry? metadata;
        try { metadata = SourceMetadata.For(path); }
        catch (MetadataException e) { return IngestInput.Failed(name, path, e.Message, clock); }
        return new IngestInput(name, Path.GetFullPath(path), bytes, metadata, null, clock);
    }

    // One file on its way through: what the orchestrator decided before the pure stages.
    private sealed record Job(IngestInput Input, string? Hash, SourceFormat? Format, string? Refusal, bool Unchanged)
    {
        public bool NeedsAnalysis => Input.Problem is null && Refusal is null && !Unchanged;
    }

    // The pure stages' outcome for one file: the analysed source, or why it cannot be read.
    private sealed record Analysed(DecodedSource? Decoded, ParsedSource? Parsed, string? Refusal);

    // On the orchestrator's thread: the checks that need no parsing, and whether the stored copy is current.
    private Job Start(IngestInput input)
    {
        if (input.Problem is not null) return new Job(input, null, null, null, false);
        var started = Stopwatch.GetTimestamp();
        var hash = Convert.ToHexStringLower(SHA256.HashData(input.Bytes));
        Times?.Add("hash", started);
        var format = SourceFormats.ForPath(input.Name);
        if (format is null)
            return new Job(input, hash, null, $"unsupported file type '{Path.GetExtension(input.Name)}' (expected {SourceFormats.Describe()})", false);
        if (input.Bytes.LongLength > MaxFileBytes)
            return new Job(input, hash, format, $"the file is {input.Bytes.LongLength / 1024 / 1024} MB; the limit is {MaxFileBytes / 1024 / 1024} MB", false);
        started = Stopwatch.GetTimestamp();
        var previous = store.FindSourceByPath(input.Path);
        Times?.Add("lookup", started);
        return new Job(input, hash, format, null, previous is { Status: "ingested" } && previous.ContentHash == hash);
    }

    // Pure, on any thread: bytes to analysed articles.
    private Analysed Analyse(Job job)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            var decoded = SourceDecoder.Decode(job.Input.Bytes);
            Times?.Add("decode", started);
            started = Stopwatch.GetTimestamp();
            var parsed = Parse(job.Format!, decoded.Text, job.Input.Metadata);
            Times?.Add("parse", started);
            started = Stopwatch.GetTimestamp();
            var analysed = Analyze(parsed);
            Times?.Add("analyse", started);
            return new Analysed(decoded, analysed, null);
        }
        catch (Exception e) when (e is UnreadableSourceException or MetadataException)
        {
            return new Analysed(null, null, e.Message);
        }
    }

    // On the orchestrator's thread: the log, and the one transaction that stores the file.
    private IngestFileResult Finish(Job job, Analysed? analysed)
    {
        var (name, path, bytes, clock) = (job.Input.Name, job.Input.Path, job.Input.Bytes, job.Input.Clock);
        if (job.Input.Problem is { } problem) return Failed(name, path, problem, clock.Elapsed);
        if (job.Unchanged) return Done(name, path, IngestStatus.Unchanged, 0, 0, [], [], clock);
        if ((job.Refusal ?? analysed?.Refusal) is { } refusal)
        {
            store.RecordFailure(name, path, job.Hash!, bytes.LongLength, refusal);
            return Failed(name, path, refusal, clock.Elapsed);
        }
        var (decoded, parsed) = (analysed!.Decoded!, analysed.Parsed!);
        var warnings = new List<string>(parsed.Warnings);
        if (decoded.Warning is not null) warnings.Add(decoded.Warning);
        foreach (var warning in warnings) log.Warning("{File}: {Warning}", name, warning);

        var started = Stopwatch.GetTimestamp();
        var saved = store.SaveSource(new SourceWrite(name, path, job.Hash!, job.Format!.Name, decoded.Encoding, bytes.LongLength, decoded.Text), parsed);
        Times?.Add("save", started);
        var status = saved.Outcome switch
        {
            SaveOutcome.Unchanged => IngestStatus.Unchanged,
            SaveOutcome.Replaced => IngestStatus.Replaced,
            _ => IngestStatus.Created,
        };
        return Done(name, path, status, saved.Articles, saved.Blocks, warnings, saved.Slugs, clock);
    }

    // Decoded text to parsed articles. An article without blocks has nothing to show or anchor to, so it is
    // dropped; a file left without articles, or beyond the size limits, is refused. Any other exception a
    // parser throws is a bug it met on this file: the file is refused with that named, the batch goes on.
    private static ParsedSource Parse(SourceFormat format, string text, MetadataEntry? metadata) => Guarded(() =>
    {
        var parsed = format.Parse(text);
        parsed = parsed with { Articles = parsed.Articles.Where(a => a.Blocks.Count > 0).ToList() };
        if (parsed.Articles.Count == 0) throw new UnreadableSourceException("no article text was found in it");
        if (IngestLimits.Problem(parsed) is { } tooLarge) throw new UnreadableSourceException(tooLarge);
        return SourceMetadata.Apply(parsed, metadata);
    });

    private static ParsedSource Analyze(ParsedSource parsed) =>
        Guarded(() => parsed with { Articles = parsed.Articles.Select(a => a with { Analysis = ArticleAnalyzer.Analyze(a) }).ToList() });

    private static T Guarded<T>(Func<T> stage)
    {
        try { return stage(); }
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
