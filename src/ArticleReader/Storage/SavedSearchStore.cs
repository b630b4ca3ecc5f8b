using Dapper;

namespace ArticleReader.Storage;

public sealed record SavedSearch
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string Query { get; init; } = "";
    public string CreatedAt { get; init; } = "";
}

public interface ISavedSearchStore
{
    IReadOnlyList<SavedSearch> List();
    long Add(string name, string query);
    bool Delete(long id);
}

// SQL for saved_searches (migration 4).
public sealed class SavedSearchStore(Database database) : ISavedSearchStore
{
    public const int MaxNameLength = 100;
    public const int MaxQueryLength = 2000;

    public IReadOnlyList<SavedSearch> List()
    {
        using var c = database.Open();
        return c.Query<SavedSearch>("SELECT id, name, query, created_at FROM saved_searches ORDER BY name COLLATE NOCASE, id").AsList();
    }

    public long Add(string name, string query)
    {
        using var c = database.Open();
        return c.ExecuteScalar<long>(
            "INSERT INTO saved_searches (name, query, created_at) VALUES (@name, @query, @now) RETURNING id",
            new { name, query, now = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ") });
    }

    public bool Delete(long id)
    {
        using var c = database.Open();
        return c.Execute("DELETE FROM saved_searches WHERE id = @id", new { id }) > 0;
    }
}
