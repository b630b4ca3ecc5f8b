using ArticleReader.Ingestion;

namespace ArticleReader.Web.Cli;

public static class IngestCommand
{
    public static int Run(Ingester ingester, IReadOnlyList<string> paths, TextWriter output)
    {
        if (paths.Count == 0)
        {
            output.WriteLine("usage: ingest PATH... (files or folders of .txt files)");
            return 2;
        }
        var summary = ingester.IngestPaths(paths, (result, index, total) => output.WriteLine(ProgressLine(result, index, total)));
        output.WriteLine(summary.Describe());
        foreach (var failed in summary.Files.Where(f => f.Status == IngestStatus.Failed))
            output.WriteLine($"error: {failed.Path}: {failed.Error}");
        return summary.Failed > 0 ? 1 : 0;
    }

    public static string ProgressLine(IngestFileResult result, int index, int total)
    {
        var warnings = result.Warnings.Count == 0 ? "" : $" (warning: {string.Join("; ", result.Warnings)})";
        return $"[{index}/{total}] {result.Name}: {result.Describe()}{warnings} in {result.Elapsed.TotalMilliseconds:0} ms";
    }
}
