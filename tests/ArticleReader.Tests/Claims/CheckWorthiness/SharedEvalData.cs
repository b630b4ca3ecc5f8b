namespace ArticleReader.Tests.Claims.CheckWorthiness;

// ../shared/eval beside the folder that holds ArticleReader.sln.
internal static class SharedEvalData
{
    public static string Directory { get; } = Find();

    static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ArticleReader.sln"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("ArticleReader.sln not found above " + AppContext.BaseDirectory);
        return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "eval"));
    }
}
