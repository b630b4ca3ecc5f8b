using ArticleReader.Ingestion;
using ArticleReader.Storage;
using ArticleReader.Web.Infrastructure;

namespace ArticleReader.Web.Cli;

// `dotnet run --project src/ArticleReader.Web -- VERB ...` runs a command instead of the web server.
public static class Verbs
{
    public static readonly IReadOnlyList<(string Name, string Usage)> All =
    [
        ("create-admin", "create-admin NAME       create an admin account (password asked at the terminal, or the first line of stdin)"),
        ("create-user", "create-user NAME --role reader|editor|admin  create an account (password as for create-admin)"),
        ("set-password", "set-password NAME       give an account a new password and clear its lockout"),
        ("ingest", "ingest PATH...          ingest files or folders into the database"),
        ("parse", "parse FILE...           show how files would be read, block by block, without storing them"),
        ("sentences", "sentences               split stdin into sentences; one JSON line each: {text, start, end}"),
        ("claims", "claims [--lines] [--author NAME] [--date YYYY-MM]  analyse stdin; one JSON line per sentence (or per input line)"),
        ("train-claims", "train-claims [OUT]      retrain the check-worthiness model on ../shared/eval/claims (default: the committed model file)"),
        ("bench-claims", "bench-claims            print check-worthiness scoring speed (sentences/s, one core)"),
        ("bench-search", "bench-search [--articles N] [--db PATH] [--runs R]  search latency on a synthetic corpus beside direct FTS5"),
        ("eval", "eval [--suite NAME]     print quality scores against ../shared/eval; exit 1 below a floor"),
        ("bench-ingest", "bench-ingest [--articles N] [--db PATH] [--workers N]  ingest N synthetic articles (default 2000) into a new database, N files analysed ahead of the writes (default: the cores); print MB/s and per-stage seconds"),
        ("generate-corpus", "generate-corpus --articles N --out FOLDER  write N synthetic articles and a metadata.json for `ingest`"),
        ("backup", "backup PATH [--force]   copy the database to PATH (consistent, safe while the app runs)"),
        ("restore", "restore PATH [--force]  replace the database with a validated backup, keeping the old one as DB.before-restore; --force while the app runs"),
        ("load-writers", "load-writers --url URL [--user NAME] [--seconds N] [--concurrency N]  post tag and note forms to a running app (signed in as NAME, password on stdin); record every acknowledged write"),
    ];

    private static string? Option(List<string> args, string name) =>
        args.IndexOf(name) is var i and >= 0 && i + 1 < args.Count ? args[i + 1] : null;

    public static bool IsVerb(string[] args) => args.Length > 0 && All.Any(v => v.Name == args[0]);

    public static int Run(string[] args, Database database, Serilog.ILogger log)
    {
        var rest = args.Skip(1).ToList();
        switch (args[0])
        {
            case "ingest":
                database.Migrate();
                new SearchStore(database).IndexMissing();
                return IngestCommand.Run(new Ingester(new ArticleStore(database), new EntityStore(database), log, new ReferenceStore(database)), rest, Console.Out);
            case "create-admin":
            case "create-user":
            case "set-password":
                return AccountCommand.Run(args[0], rest, database, Console.In, Console.Out, Console.Error, interactive: !Console.IsInputRedirected);
            case "parse":
                return ParseCommand.Run(rest, Console.Out);
            case "sentences":
                return SentencesCommand.Run(Console.In, Console.Out);
            case "claims":
                return ClaimsCommand.Run(rest, Console.In, Console.Out);
            case "train-claims":
            {
                var output = rest.FirstOrDefault() ?? Path.Combine(Infrastructure.AppPaths.RepositoryRoot,
                    "src", "ArticleReader", "Claims", "CheckWorthiness", "checkworthiness-model.bin");
                Console.WriteLine(ArticleReader.Claims.CheckWorthiness.CheckWorthinessTrainer.Train(EvalCommand.DefaultEvalDir, output));
                return 0;
            }
            case "bench-claims":
                Console.WriteLine(ArticleReader.Evaluation.ClaimModelEvaluation.BenchmarkScoring(EvalCommand.DefaultEvalDir));
                return 0;
            case "bench-search":
                return BenchSearchCommand.Run(rest, Console.Out);
            case "eval":
                return EvalCommand.Run(rest, Console.Out);
            case "bench-ingest":
            {
                var dbOption = Option(rest, "--db");
                var dbPath = dbOption ?? Path.Combine(Path.GetTempPath(), $"articlereader-bench-{Guid.NewGuid():N}", "bench.db");
                try
                {
                    var result = ArticleReader.Benchmarks.IngestBenchmark.Run(int.Parse(Option(rest, "--articles") ?? "2000"), dbPath,
                        AppPaths.Seeds, Console.WriteLine, workers: Option(rest, "--workers") is { } w ? int.Parse(w) : null);
                    Console.WriteLine(result.Describe());
                    return 0;
                }
                finally
                {
                    if (dbOption is null && Path.GetDirectoryName(dbPath) is { } folder && Directory.Exists(folder))
                    {
                        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                        Directory.Delete(folder, recursive: true);
                    }
                }
            }
            case "generate-corpus":
            {
                if (Option(rest, "--articles") is not { } count || Option(rest, "--out") is not { } folder)
                {
                    Console.Error.WriteLine("usage: generate-corpus --articles N --out FOLDER");
                    return 2;
                }
                var corpus = ArticleReader.Benchmarks.SyntheticCorpus.FromSeedFolder(AppPaths.Seeds);
                var (files, articles, bytes) = ArticleReader.Benchmarks.SyntheticCorpus.WriteFolder(corpus.Generate(int.Parse(count)), folder);
                Console.WriteLine($"wrote {articles} articles in {files} files ({bytes / 1024.0 / 1024.0:0.0} MB) and metadata.json to {Path.GetFullPath(folder)}");
                return 0;
            }
            case "backup":
                return BackupCommand.Backup(database, rest, Console.Out);
            case "restore":
                return BackupCommand.Restore(database, rest, Console.Out);
            case "load-writers":
                return LoadWritersCommand.Run(rest, database, Console.Out);
            default:
                Console.Error.WriteLine("unknown command; commands:\n  " + string.Join("\n  ", All.Select(v => v.Usage)));
                return 2;
        }
    }
}
