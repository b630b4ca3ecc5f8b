namespace ArticleReader.Tests.Claims;

// The seed articles, read from ../shared/seeds next to the solution folder (never copied into the repo).
internal static class SeedText
{
    public static string Directory { get; } = Find();

    public static string Read(string prefix) =>
        File.ReadAllText(System.IO.Directory.GetFiles(Directory, prefix + "_*.txt").Single());

    public static IEnumerable<(string Id, string Text)> All() =>
        System.IO.Directory.GetFiles(Directory, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f)[..3], File.ReadAllText(f)));

    static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ArticleReader.sln"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("ArticleReader.sln not found above " + AppContext.BaseDirectory);
        return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "seeds"));
    }
}
