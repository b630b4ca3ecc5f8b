using ArticleReader.Ingestion;
using ArticleReader.Storage;

namespace ArticleReader.Web.Cli;

// `dotnet run --project src/ArticleReader.Web -- VERB ...` runs a command instead of the web server.
public static class Verbs
{
    public static readonly IReadOnlyList<(string Name, string Usage)> All =
    [
        ("ingest", "ingest PATH...          ingest files or folders into the database"),
        ("parse", "parse FILE...           show how files would be read, block by block, without storing them"),
        ("sentences", "sentences               split stdin into sentences; one JSON line each: {text, start, end}"),
        ("claims", "claims [--lines] [--author NAME] [--date YYYY-MM]  analyse stdin; one JSON line per sentence (or per input line)"),
        ("train-claims", "train-claims [OUT]      retrain the check-worthiness model on ../shared/eval/claims (default: the committed model file)"),
        ("bench-claims", "bench-claims            print check-worthiness scoring speed (sentences/s, one core)"),
        ("eval", "eval [--suite NAME]     print quality scores against ../shared/eval; exit 1 below a floor"),
        ("backup", "backup PATH [--force]   copy the database to PATH (consistent, safe while the app runs)"),
        ("restore", "restore PATH [--force]  replace the database with a validated backup, keeping the old one as DB.before-restore; --force while the app runs"),
        ("load-writers", "load-writers --url URL [--seconds N] [--concurrency N] [--out FILE]  post tag and note forms to a running app; record every acknowledged write"),
    ];

    public static bool IsVerb(string[] args) => args.Length > 0 && All.Any(v => v.Name == args[0]);

    public static int Run(string[] args, Database database, Serilog.ILogger log)
    {
        var rest = args.Skip(1).ToList();
        switch (args[0])
        {
            case "ingest":
                database.Migrate();
                return IngestCommand.Run(new Ingester(new ArticleStore(database), new EntityStore(database), log), rest, Console.Out);
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
            case "eval":
                return EvalCommand.Run(rest, Console.Out);
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
