using ArticleReader.Evaluation;

namespace ArticleReader.Web.Cli;

// Prints every quality score against ../shared/eval and fails when one is below the floor an issue set.
public static class EvalCommand
{
    public static readonly IReadOnlyList<(string Name, Func<string, EvalReport> Run)> Suites =
    [
        ("sbd", SentenceEvaluation.Run),
        ("claims", ArticleReader.Evaluation.ClaimModelEvaluation.Run),
        ("extraction", ExtractionEvaluation.Run),
        ("seed-gold", _ => SeedGoldEvaluation.Run(Infrastructure.AppPaths.RepositoryRoot)),
    ];

    public static string DefaultEvalDir => Path.GetFullPath(Path.Combine(Infrastructure.AppPaths.RepositoryRoot, "..", "shared", "eval"));

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var evalDir = OptionValue(args, "--eval-dir") ?? DefaultEvalDir;
        var only = OptionValue(args, "--suite");
        if (!Directory.Exists(evalDir))
        {
            output.WriteLine($"eval: the evaluation data folder {Path.GetFullPath(evalDir)} does not exist (expected ../shared/eval beside the repository)");
            return 2;
        }
        var failed = 0;
        foreach (var (name, run) in Suites.Where(s => only is null || s.Name == only))
        {
            var report = run(evalDir);
            output.WriteLine($"== {report.Suite}");
            foreach (var metric in report.Metrics) output.WriteLine("  " + metric);
            foreach (var detail in report.Details.Take(40)) output.WriteLine("    " + detail);
            if (!report.MeetsFloors) failed++;
        }
        output.WriteLine(failed == 0 ? "eval: every score meets its floor" : $"eval: {failed} suite(s) below their floor");
        return failed == 0 ? 0 : 1;
    }

    private static string? OptionValue(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
            if (args[i] == name) return args[i + 1];
        return null;
    }
}
