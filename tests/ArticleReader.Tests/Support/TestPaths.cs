namespace ArticleReader.Tests.Support;

public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();
    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");
    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
    public static string SharedEval => Path.Combine(Shared, "eval");

    public static string Seed(string prefix) => Directory.GetFiles(Seeds, prefix + "*.txt").Single();
    public static string SeedText(string prefix) => File.ReadAllText(Seed(prefix));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ArticleReader.sln"))) return dir.FullName;
        throw new InvalidOperationException("ArticleReader.sln not found above " + AppContext.BaseDirectory);
    }
}
