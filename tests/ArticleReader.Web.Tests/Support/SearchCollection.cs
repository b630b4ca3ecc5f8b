namespace ArticleReader.Web.Tests.Support;

// The in-process search page and API tests share one seeded app: the seeds are ingested once.
[CollectionDefinition(Name)]
public sealed class SearchCollection : ICollectionFixture<AppFactory>
{
    public const string Name = "search";
}

// An app whose library starts empty, for tests that add and delete articles.
public sealed class EmptyAppFactory : AppFactory
{
    protected override bool SeedOnStart => false;
}
