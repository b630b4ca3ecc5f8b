using System.Diagnostics;
using System.Globalization;
using ArticleReader.Ingestion;
using ArticleReader.Model;
using ArticleReader.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Benchmarks;

public sealed record IngestBenchmarkResult
{
    public const double BytesPerMegabyte = 1024 * 1024;
    public const double TargetMegabytesPerSecond = 5;

    public required int Articles { get; init; }
    public required int Workers { get; init; }
    public required int Files { get; init; }
    public required int FailedFiles { get; init; }
    public required long TextBytes { get; init; }
    public required int Blocks { get; init; }
    public required int Sentences { get; init; }
    public required int Claims { get; init; }
    public required int Entities { get; init; }
    public required int Mentions { get; init; }
    public required TimeSpan GenerateTime { get; init; }
    public required TimeSpan IngestTime { get; init; }
    // Processor time of the whole process while ingesting (all threads: the JIT, the GC), and the time the
    // JIT spent compiling during the run. On a shared machine wall time alone misleads.
    public required TimeSpan IngestCpuTime { get; init; }
    public required TimeSpan JitTime { get; init; }
    public required long IngestAllocatedBytes { get; init; }
    public required TimeSpan GcPauseTime { get; init; }
    public required TimeSpan ResolveTime { get; init; }
    // Per stage, summed over files and threads: with several workers the analysis overlaps the writes.
    public required IReadOnlyList<(string Stage, TimeSpan Time)> Stages { get; init; }
    public required TimeSpan WallTime { get; init; }
    public required long PeakWorkingSetBytes { get; init; }
    public required long DatabaseBytes { get; init; }

    public double MegabytesPerSecond => TextBytes / BytesPerMegabyte / IngestTime.TotalSeconds;
    public double SentencesPerSecond => Sentences / IngestTime.TotalSeconds;
    public double ArticlesPerSecond => Articles / IngestTime.TotalSeconds;
    public bool MeetsTarget => MegabytesPerSecond >= TargetMegabytesPerSecond;

    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"""
        Ingest benchmark: {Articles:N0} synthetic articles in {Files:N0} files ({FailedFiles} failed), {TextBytes / BytesPerMegabyte:0.00} MB of text, {(Workers == 1 ? "one file at a time" : $"{Workers} files analysed ahead of the writes")}, {Environment.ProcessorCount} cores
          generate   {GenerateTime.TotalSeconds,8:0.00} s
          ingest     {IngestTime.TotalSeconds,8:0.00} s   {MegabytesPerSecond:0.00} MB/s (target {TargetMegabytesPerSecond:0} MB/s: {(MeetsTarget ? "met" : "NOT met")}), {SentencesPerSecond:N0} sentences/s, {ArticlesPerSecond:N0} articles/s
                     {IngestCpuTime.TotalSeconds,8:0.00} s of processor time ({TextBytes / BytesPerMegabyte / IngestCpuTime.TotalSeconds:0.00} MB per processor-second); time in the JIT compiler {JitTime.TotalSeconds:0.00} s (all threads, whole run)
                     {IngestAllocatedBytes / BytesPerMegabyte:N0} MB allocated ({IngestAllocatedBytes / (double)TextBytes:0} bytes per byte of text), GC pauses {GcPauseTime.TotalSeconds:0.00} s
        {string.Concat(Stages.Select(st => $"    {st.Stage,-34} {st.Time.TotalSeconds,7:0.00} s  {st.Time.TotalSeconds / (TextBytes / BytesPerMegabyte):0.000} s/MB\n"))}  resolve    {ResolveTime.TotalSeconds,8:0.00} s   {Mentions:N0} mentions -> {Entities:N0} entities
          wall       {WallTime.TotalSeconds,8:0.00} s
          stored     {Blocks:N0} blocks, {Sentences:N0} sentences, {Claims:N0} claims
          peak working set {PeakWorkingSetBytes / BytesPerMegabyte:0} MB, database {DatabaseBytes / BytesPerMegabyte:0.0} MB (MB = 2^20 bytes)
        """);
}

// Ingests a synthetic corpus end to end (decode, parse, sentences, claims, entities, store) into a new
// database and measures it. The corpus is generated before the clock starts, so the figures are the ingester's.
public static class IngestBenchmark
{
    private const int ProgressSteps = 20; // a line every 5%

    public static IngestBenchmarkResult Run(int articles, string databasePath, Action<string>? progress) =>
        Run(articles, databasePath, SyntheticCorpus.FindSeedFolder(), progress);

    // workers: how many files are decoded, parsed and analysed at once while the ingester writes earlier ones
    // in order on this thread (1: each file wholly before the next). By default, one per core.
    public static IngestBenchmarkResult Run(int articles, string databasePath, string seedFolder, Action<string>? progress,
        int seed = SyntheticCorpus.DefaultSeed, int? workers = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(articles, 1);
        var pipeline = workers ?? Ingester.DefaultWorkers;
        ArgumentOutOfRangeException.ThrowIfLessThan(pipeline, 1);
        if (File.Exists(databasePath)) throw new IOException($"{databasePath} already exists; the benchmark needs a new database file");
        var wall = Stopwatch.StartNew();

        var corpus = SyntheticCorpus.FromSeedFolder(seedFolder).Generate(articles, seed).ToList();
        var generateTime = wall.Elapsed;
        var totalBytes = corpus.Sum(f => f.Bytes.LongLength);
        progress?.Invoke(string.Create(CultureInfo.InvariantCulture,
            $"generated {articles:N0} articles in {corpus.Count:N0} files ({totalBytes / IngestBenchmarkResult.BytesPerMegabyte:0.0} MB) in {generateTime.TotalSeconds:0.00} s"));

        var database = new Database(databasePath);
        database.Migrate();
        var times = new StageTimes();
        var ingester = new Ingester(new ArticleStore(database) { Times = times }, new EntityStore(database), Serilog.Core.Logger.None) { Times = times };

        var step = Math.Max(1, corpus.Count / ProgressSteps);
        long bytes = 0;
        int failed = 0, blocks = 0, stored = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var pausedBefore = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        void Ingested(IngestFileResult result, int count)
        {
            bytes += corpus[count - 1].Bytes.LongLength;
            blocks += result.Blocks;
            stored += result.Articles;
            if (result.Status == IngestStatus.Failed) failed++;
            if (progress is null || (count % step != 0 && count != corpus.Count)) return;
            progress(string.Create(CultureInfo.InvariantCulture,
                $"[{count}/{corpus.Count}] {100.0 * count / corpus.Count:0}%: {stored:N0} articles, {bytes / IngestBenchmarkResult.BytesPerMegabyte / clock.Elapsed.TotalSeconds:0.00} MB/s so far"));
        }
        ingester.IngestAll(corpus.Select(f => new IngestInput(f.Name, "synthetic/" + f.Name, f.Bytes, f.Metadata, null, Stopwatch.StartNew())),
            pipeline, Ingested);
        var ingestTime = clock.Elapsed;
        process.Refresh();
        var ingestCpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var paused = GC.GetTotalPauseDuration() - pausedBefore;

        progress?.Invoke("resolving entities across the corpus");
        clock.Restart();
        var resolved = ingester.ResolveEntities();
        var resolveTime = clock.Elapsed;

        int sentences, claims;
        using (var c = database.Open())
        {
            sentences = c.ExecuteScalar<int>("SELECT COUNT(*) FROM sentences");
            claims = c.ExecuteScalar<int>("SELECT COUNT(*) FROM claims");
            c.Execute("PRAGMA wal_checkpoint(TRUNCATE)"); // so the file size is the whole database
        }
        SqliteConnection.ClearAllPools();

        return new IngestBenchmarkResult
        {
            Articles = stored, Workers = pipeline, Stages = times.Snapshot(), Files = corpus.Count, FailedFiles = failed, TextBytes = bytes, Blocks = blocks,
            Sentences = sentences, Claims = claims, Entities = resolved.Entities, Mentions = resolved.Mentions,
            GenerateTime = generateTime, IngestTime = ingestTime, IngestCpuTime = ingestCpu, IngestAllocatedBytes = allocated, GcPauseTime = paused,
            JitTime = System.Runtime.JitInfo.GetCompilationTime(), ResolveTime = resolveTime, WallTime = wall.Elapsed,
            PeakWorkingSetBytes = Process.GetCurrentProcess().PeakWorkingSet64,
            DatabaseBytes = new FileInfo(database.Path).Length,
        };
    }
}
