using System.Text.Json;
using ArticleReader.Claims;
using Dapper;

namespace ArticleReader.Storage;

public sealed record EntityRecord
{
    public long Id { get; init; }
    public string Key { get; init; } = "";
    public string Name { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Aliases { get; init; } = "[]";
    public int MentionCount { get; init; }
}

public sealed record MentionRecord
{
    public long Id { get; init; }
    public long? EntityId { get; init; }
    public long BlockId { get; init; }
    public int StartOffset { get; init; }
    public int EndOffset { get; init; }
    public string Text { get; init; } = "";
    public string Kind { get; init; } = "";
}

public sealed record ResolveSummary(int Mentions, int Resolved, int Entities, int Speakers);

public interface IEntityStore
{
    ResolveSummary Resolve();
    bool NeedsResolving();
    IReadOnlyList<EntityRecord> List();
    EntityRecord? Find(long id);
    IReadOnlyList<MentionRecord> MentionsForArticle(long articleId);
}

// SQL for entities and mentions, and the corpus-wide resolution that links them.
public sealed class EntityStore(Database database) : IEntityStore
{
    private sealed record StoredMention(long Id, long ArticleId, long BlockId, long StartOffset, long EndOffset, string Text, string Kind, string RawKey, string? Title, string Rule, long? EntityId);

    private sealed record StoredSpeaker(long Id, long BlockId, string? Speaker, long? SpeakerStart, long? SpeakerEnd, string SpeakerSource, long? SpeakerEntityId);

    // Re-resolves every mention against the whole corpus (a new article can make "Cohen" ambiguous or
    // "Austin" resolvable) and links claim speakers to entities. Entity ids are stable by key.
    public ResolveSummary Resolve()
    {
        using var c = database.Open();
        var stored = c.Query<StoredMention>(
            "SELECT id, article_id, block_id, start_offset, end_offset, text, kind, raw_key, title, rule, entity_id FROM mentions ORDER BY id").AsList();
        var resolution = EntityResolver.Resolve(stored.Select(m => new CorpusMention(m.ArticleId.ToString(),
            new EntityMention(m.Text, (int)m.StartOffset, (int)m.EndOffset, m.Kind, m.RawKey, m.Title is null ? null : new TextSpan(m.Title, 0, m.Title.Length), m.Rule))));

        using var tx = c.BeginTransaction();
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var upsert = new PreparedCommand(c, tx, """
            INSERT INTO entities (key, name, kind, aliases, mention_count) VALUES (@key, @name, @kind, @aliases, @mentionCount)
            ON CONFLICT(key) DO UPDATE SET name = excluded.name, kind = excluded.kind, aliases = excluded.aliases,
                mention_count = excluded.mention_count
            RETURNING id
            """, "key", "name", "kind", "aliases", "mentionCount"))
        {
            foreach (var e in resolution.Entities)
                ids[e.Key] = upsert.Scalar(e.Key, e.CanonicalName, e.Kind, JsonSerializer.Serialize(e.Aliases), e.MentionCount);
        }
        // Only rows whose entity changed are written: after the first ingest most mentions keep theirs.
        var resolved = 0;
        using (var link = new PreparedCommand(c, tx, "UPDATE mentions SET entity_id = @entityId WHERE id = @id", "entityId", "id"))
        {
            for (var i = 0; i < stored.Count; i++)
            {
                long? entityId = resolution.Mentions[i].EntityKey is { } key && ids.TryGetValue(key, out var id) ? id : null;
                if (entityId is not null) resolved++;
                if (entityId != stored[i].EntityId) link.Execute(entityId, stored[i].Id);
            }
        }
        c.Execute("DELETE FROM entities WHERE key NOT IN (SELECT value FROM json_each(@keys))",
            new { keys = JsonSerializer.Serialize(ids.Keys) }, tx);

        // A speaker is the entity of the mention its words cover, else whatever the corpus resolves the name to.
        var speakers = 0;
        var byBlock = stored.Select((m, i) => (m, key: resolution.Mentions[i].EntityKey)).Where(x => x.key is not null)
            .ToLookup(x => x.m.BlockId);
        using var speak = new PreparedCommand(c, tx, "UPDATE claims SET speaker_entity_id = @entityId WHERE id = @id", "entityId", "id");
        foreach (var claim in c.Query<StoredSpeaker>(
            "SELECT id, block_id, speaker, speaker_start, speaker_end, speaker_source, speaker_entity_id FROM claims WHERE speaker IS NOT NULL", transaction: tx).AsList())
        {
            string? key = null;
            if (claim.SpeakerStart is { } s && claim.SpeakerEnd is { } e)
                key = byBlock[claim.BlockId].Where(x => x.m.StartOffset < e && x.m.EndOffset > s).Select(x => x.key).FirstOrDefault();
            key ??= resolution.ResolveSpeaker(claim.Speaker!)?.Key;
            long? entityId = key is not null && ids.TryGetValue(key, out var id) ? id : null;
            if (entityId is not null) speakers++;
            if (entityId != claim.SpeakerEntityId) speak.Execute(entityId, claim.Id);
        }
        tx.Commit();
        return new ResolveSummary(stored.Count, resolved, ids.Count, speakers);
    }

    // Whether some stored mentions were never resolved. A place, organisation or group always resolves (to its
    // own key at least), so one still unlinked means a batch stopped (killed, or the power failed) between
    // committing its articles and resolving them; the next batch then resolves even when none of its files changed.
    public bool NeedsResolving()
    {
        using var c = database.Open();
        return c.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM mentions WHERE entity_id IS NULL AND kind != 'person')");
    }

    public IReadOnlyList<EntityRecord> List()
    {
        using var c = database.Open();
        return c.Query<EntityRecord>("SELECT id, key, name, kind, aliases, mention_count FROM entities ORDER BY mention_count DESC, name").AsList();
    }

    public EntityRecord? Find(long id)
    {
        using var c = database.Open();
        return c.QuerySingleOrDefault<EntityRecord>("SELECT id, key, name, kind, aliases, mention_count FROM entities WHERE id = @id", new { id });
    }

    public IReadOnlyList<MentionRecord> MentionsForArticle(long articleId)
    {
        using var c = database.Open();
        return c.Query<MentionRecord>("""
            SELECT id, entity_id, block_id, start_offset, end_offset, text, kind FROM mentions
            WHERE article_id = @articleId ORDER BY block_id, start_offset
            """, new { articleId }).AsList();
    }
}
