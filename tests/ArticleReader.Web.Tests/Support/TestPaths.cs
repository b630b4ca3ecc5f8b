namespace ArticleReader.Web.Tests.Support;

public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();
    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");
    public static string Screenshots => Path.Combine(RepositoryRoot, "data", "screenshots");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ArticleReader.sln"))) return dir.FullName;
        throw new InvalidOperationException("ArticleReader.sln not found above " + AppContext.BaseDirectory);
    }
}
