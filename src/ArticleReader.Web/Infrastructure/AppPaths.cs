namespace ArticleReader.Web.Infrastructure;

// Where the repository's folders are, whether started by `dotnet run --project`, a test host or a published build.
public static class AppPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");
    public static string WebRoot => Path.Combine(RepositoryRoot, "wwwroot");
    public static string Data => Path.Combine(RepositoryRoot, "data");

    // Relative configured paths ("data/articlereader.db") are taken from the repository root, not the
    // current folder, so the app finds the same database however it is started.
    public static string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(RepositoryRoot, path));

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "ArticleReader.sln"))) return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}
