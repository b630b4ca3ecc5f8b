using ArticleReader.Accounts;
using ArticleReader.Annotations;
using ArticleReader.Claims;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Storage;

public static class ClaimStatuses
{
    // Aligned with schema.org ClaimReview ratings, in the order of the 1-7 keys.
    public static readonly IReadOnlyList<string> All = ["unreviewed", "supported", "disputed", "false", "misleading", "unverifiable", "opinion"];
}

public sealed record AnnotationRecord
{
    public long Id { get; init; }
    public long? ArticleId { get; init; }
    public string ArticleTitle { get; init; } = "";
    public string Kind { get; init; } = "";
    public long? ClaimId { get; init; }
    public string Exact { get; init; } = "";
    public string Prefix { get; init; } = "";
    public string Suffix { get; init; } = "";
    public int? StartOffset { get; init; }
    public int? EndOffset { get; init; }
    public string AnchorState { get; init; } = "anchored";
    public double AnchorScore { get; init; }
    public string? CurrentText { get; init; }
    public string Status { get; init; } = "unreviewed";
    public string? EvidenceUrl { get; init; }
    public string Note { get; init; } = "";
    public string? TypeOverride { get; init; }
    public bool? ClaimOverride { get; init; }
    public string CreatedAt { get; init; } = "";
    public string UpdatedAt { get; init; } = "";
    public long? OwnerId { get; init; }
    public string Visibility { get; init; } = AnnotationVisibility.Shared;
    public string? OwnerName { get; init; }
}

public static class AnnotationVisibility
{
    public const string Private = "private"; // only its owner sees it
    public const string Shared = "shared";   // everyone who may read the library sees it
}

public sealed record TagRecord
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string Colour { get; init; } = "";
    public int Uses { get; init; }
}

public sealed record HistoryRecord
{
    public long Id { get; init; }
    public long? AnnotationId { get; init; }
    public string Field { get; init; } = "";
    public string? OldValue { get; init; }
    public string? NewValue { get; init; }
    public string? Detail { get; init; }
    public string At { get; init; } = "";
    public string? Actor { get; init; }
}

public sealed record AnnotationTag(long AnnotationId, long TagId, string Name, string Colour);

public class DeskException(string message) : Exception(message);

// The annotation exists and the actor may see it, but it is someone else's to change.
public sealed class DeskForbiddenException(string message) : DeskException(message);

public interface IAnnotationStore
{
    // The same store acting for, and reading as, one person: history names them, highlights they make are theirs,
    // and another person's private annotations are invisible (as if they did not exist).
    IAnnotationStore As(Actor actor);
    Actor Actor { get; }

    IReadOnlyList<AnnotationRecord> ForArticle(long articleId);
    AnnotationRecord? Find(long id);
    AnnotationRecord? ForClaim(long claimId);
    IReadOnlyList<AnnotationTag> TagsOf(IReadOnlyCollection<long> annotationIds);
    IReadOnlyList<HistoryRecord> History(long annotationId);
    IReadOnlyList<TagRecord> Tags();
    IReadOnlyList<string> SuggestTags(string prefix, int limit = 10);

    AnnotationRecord AddTag(long claimId, string tag);
    AnnotationRecord RemoveTag(long claimId, long tagId);
    AnnotationRecord SetStatus(long claimId, string status, string? evidenceUrl, string? note);
    AnnotationRecord SetNote(long annotationId, string markdown);
    AnnotationRecord SetClaimNote(long claimId, string markdown);
    AnnotationRecord SetType(long claimId, string type);
    AnnotationRecord Unmark(long claimId);
    AnnotationRecord MarkSentence(long sentenceId);
    AnnotationRecord MarkSentenceAt(long blockId, int offset);
    // visibility null: private for a signed-in person, shared for the system.
    AnnotationRecord AddHighlight(long articleId, long blockId, int start, int end, string? note, IReadOnlyList<string> tags, string? visibility = null);
    AnnotationRecord SetVisibility(long annotationId, string visibility);
    AnnotationRecord AddHighlightTag(long annotationId, string tag);
    void DeleteHighlight(long annotationId);

    TagRecord RenameTag(long tagId, string name);
    TagRecord RecolourTag(long tagId, string colour);
    TagRecord MergeTags(long fromTagId, long intoTagId);
    void DeleteTag(long tagId);
}

// SQL for the reading desk: tags, annotations and their history. Every change is one transaction
// that also writes its history row.
public sealed class AnnotationStore(Database database) : IAnnotationStore
{
    private const string Columns = """
        id, article_id, article_title, kind, claim_id, exact, prefix, suffix, start_offset, end_offset, anchor_state,
        anchor_score, current_text, status, evidence_url, note, type_override, claim_override, created_at, updated_at,
        owner_id, visibility, (SELECT u.name FROM users u WHERE u.id = annotations.owner_id) AS owner_name
        """;

    // Appended to every read of annotations: @viewer and @seesPrivate come from Viewer.
    private const string Visible = "(visibility = 'shared' OR owner_id = @viewer OR @seesPrivate = 1)";

    public Actor Actor { get; private init; } = Actor.System;

    public IAnnotationStore As(Actor actor) => new AnnotationStore(database) { Actor = actor };

    private object Viewer => new { viewer = Actor.UserId, seesPrivate = Actor.SeesPrivate ? 1 : 0 };

    public IReadOnlyList<AnnotationRecord> ForArticle(long articleId)
    {
        using var c = database.Open();
        return c.Query<AnnotationRecord>($"SELECT {Columns} FROM annotations WHERE article_id = @articleId AND {Visible} ORDER BY start_offset, id",
            new { articleId, viewer = Actor.UserId, seesPrivate = Actor.SeesPrivate ? 1 : 0 }).AsList();
    }

    public AnnotationRecord? Find(long id)
    {
        using var c = database.Open();
        return c.QuerySingleOrDefault<AnnotationRecord>($"SELECT {Columns} FROM annotations WHERE id = @id AND {Visible}",
            new { id, viewer = Actor.UserId, seesPrivate = Actor.SeesPrivate ? 1 : 0 });
    }

    public AnnotationRecord? ForClaim(long claimId)
    {
        using var c = database.Open();
        return c.QuerySingleOrDefault<AnnotationRecord>($"SELECT {Columns} FROM annotations WHERE kind = 'claim' AND claim_id = @claimId", new { claimId });
    }

    public IReadOnlyList<AnnotationTag> TagsOf(IReadOnlyCollection<long> annotationIds)
    {
        if (annotationIds.Count == 0) return [];
        using var c = database.Open();
        return c.Query<AnnotationTag>("""
            SELECT at.annotation_id AS AnnotationId, t.id AS TagId, t.name AS Name, t.colour AS Colour
            FROM annotation_tags at JOIN tags t ON t.id = at.tag_id WHERE at.annotation_id IN @annotationIds ORDER BY t.name
            """, new { annotationIds }).AsList();
    }

    public IReadOnlyList<HistoryRecord> History(long annotationId)
    {
        using var c = database.Open();
        return c.Query<HistoryRecord>($"""
            SELECT id, annotation_id, field, old_value, new_value, detail, at, actor FROM annotation_history
            WHERE annotation_id = @annotationId AND EXISTS (SELECT 1 FROM annotations WHERE id = @annotationId AND {Visible})
            ORDER BY id DESC
            """, new { annotationId, viewer = Actor.UserId, seesPrivate = Actor.SeesPrivate ? 1 : 0 }).AsList();
    }

    public IReadOnlyList<TagRecord> Tags()
    {
        using var c = database.Open();
        return c.Query<TagRecord>($"""
            SELECT t.id, t.name, t.colour,
                (SELECT COUNT(*) FROM annotation_tags at JOIN annotations a ON a.id = at.annotation_id WHERE at.tag_id = t.id AND {Visible}) AS uses
            FROM tags t ORDER BY t.name COLLATE NOCASE
            """, Viewer).AsList();
    }

    public IReadOnlyList<string> SuggestTags(string prefix, int limit = 10)
    {
        using var c = database.Open();
        return c.Query<string>("""
            SELECT t.name FROM tags t LEFT JOIN annotation_tags at ON at.tag_id = t.id
            WHERE t.name LIKE @pattern ESCAPE '\' GROUP BY t.id ORDER BY COUNT(at.tag_id) DESC, t.name LIMIT @limit
            """, new { pattern = prefix.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%", limit }).AsList();
    }

    public AnnotationRecord AddTag(long claimId, string tag) => OnClaim(claimId, (c, tx, a) =>
    {
        var tagId = EnsureTag(c, tx, tag);
        if (c.Execute("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (@Id, @tagId)", new { a.Id, tagId }, tx) > 0)
            Log(c, tx, a.Id, "tag", null, CleanTag(tag));
    });

    public AnnotationRecord RemoveTag(long claimId, long tagId) => OnClaim(claimId, (c, tx, a) =>
    {
        var name = c.ExecuteScalar<string?>("SELECT name FROM tags WHERE id = @tagId", new { tagId }, tx);
        if (c.Execute("DELETE FROM annotation_tags WHERE annotation_id = @Id AND tag_id = @tagId", new { a.Id, tagId }, tx) > 0)
            Log(c, tx, a.Id, "tag", name, null);
    });

    public AnnotationRecord SetStatus(long claimId, string status, string? evidenceUrl, string? note) => OnClaim(claimId, (c, tx, a) =>
    {
        if (!ClaimStatuses.All.Contains(status)) throw new DeskException($"'{status}' is not a status; use one of {string.Join(", ", ClaimStatuses.All)}");
        var url = SafeUrl(evidenceUrl);
        c.Execute("UPDATE annotations SET status = @status, evidence_url = COALESCE(@url, evidence_url), updated_at = @now WHERE id = @Id",
            new { status, url, now = Now(), a.Id }, tx);
        Log(c, tx, a.Id, "status", a.Status, status, Detail(url, note));
    });

    public AnnotationRecord SetClaimNote(long claimId, string markdown) => OnClaim(claimId, (c, tx, a) => WriteNote(c, tx, a, markdown));

    public AnnotationRecord SetNote(long annotationId, string markdown) => OnAnnotation(annotationId, (c, tx, a) => WriteNote(c, tx, a, markdown));

    public AnnotationRecord SetType(long claimId, string type) => OnClaim(claimId, (c, tx, a) =>
    {
        if (!ClaimTypes.All.Contains(type) || type == ClaimTypes.None) throw new DeskException($"'{type}' is not a claim type");
        var current = a.TypeOverride ?? c.ExecuteScalar<string>("SELECT type FROM claims WHERE id = @claimId", new { claimId }, tx);
        c.Execute("UPDATE annotations SET type_override = @type, updated_at = @now WHERE id = @Id", new { type, now = Now(), a.Id }, tx);
        Log(c, tx, a.Id, "type", current, type, "correction");
    });

    public AnnotationRecord Unmark(long claimId) => OnClaim(claimId, (c, tx, a) =>
    {
        c.Execute("UPDATE annotations SET claim_override = 0, updated_at = @now WHERE id = @Id", new { now = Now(), a.Id }, tx);
        Log(c, tx, a.Id, "claim", "claim", "not a claim", "correction");
    });

    // A sentence the extractor missed becomes a claim by the reader's word: stored as a correction, and
    // re-created from the sentence at its anchor after every re-ingest.
    public AnnotationRecord MarkSentence(long sentenceId)
    {
        RequireRole(Role.Editor, "mark claims");
        using var c = database.Open();
        using var tx = c.BeginTransaction();
        if (c.ExecuteScalar<long?>("SELECT id FROM sentences WHERE id = @sentenceId", new { sentenceId }, tx) is null)
            throw new DeskException($"No sentence has the id {sentenceId}.");
        var claimId = ClaimStore.InsertReaderClaim(c, tx, sentenceId, ClaimTypes.Evaluation);
        var a = EnsureClaimAnnotation(c, tx, claimId);
        c.Execute("UPDATE annotations SET claim_override = 1, updated_at = @now WHERE id = @Id", new { now = Now(), a.Id }, tx);
        Log(c, tx, a.Id, "claim", a.ClaimOverride == false ? "not a claim" : "sentence", "claim", "correction");
        tx.Commit();
        return Find(a.Id)!;
    }

    public AnnotationRecord MarkSentenceAt(long blockId, int offset)
    {
        using var c = database.Open();
        var sentenceId = c.ExecuteScalar<long?>(
            "SELECT id FROM sentences WHERE block_id = @blockId AND start_offset <= @offset AND end_offset > @offset", new { blockId, offset })
            ?? throw new DeskException("The selection is not inside a sentence of the article's text.");
        return MarkSentence(sentenceId);
    }

    public AnnotationRecord AddHighlight(long articleId, long blockId, int start, int end, string? note, IReadOnlyList<string> tags, string? visibility = null)
    {
        RequireRole(Role.Reader, "highlight");
        var chosen = CheckVisibility(visibility ?? (Actor.IsSignedIn ? AnnotationVisibility.Private : AnnotationVisibility.Shared));
        using var c = database.Open();
        using var tx = c.BeginTransaction();
        var title = c.ExecuteScalar<string?>("SELECT title FROM articles WHERE id = @articleId", new { articleId }, tx)
            ?? throw new DeskException($"No article has the id {articleId}.");
        var text = ArticleTextOf(c, tx, articleId);
        var blockStart = text.BlockStart(blockId) ?? throw new DeskException("The selection is not inside this article.");
        var blockLength = c.ExecuteScalar<int>("SELECT LENGTH(text) FROM blocks WHERE id = @blockId", new { blockId }, tx);
        if (start < 0 || end > blockLength || end <= start) throw new DeskException("The selection is empty or outside its paragraph.");
        var id = Insert(c, tx, articleId, title, "highlight", null, text.Text, blockStart + start, blockStart + end, Actor.UserId, chosen);
        Log(c, tx, id, "highlight", null, text.Text[(blockStart + start)..(blockStart + end)]);
        if (!string.IsNullOrWhiteSpace(note))
        {
            c.Execute("UPDATE annotations SET note = @note WHERE id = @id", new { note, id }, tx);
            Log(c, tx, id, "note", "", note);
        }
        foreach (var tag in tags.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            c.Execute("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (@id, @tagId)", new { id, tagId = EnsureTag(c, tx, tag) }, tx);
            Log(c, tx, id, "tag", null, CleanTag(tag));
        }
        tx.Commit();
        return Find(id)!;
    }

    public AnnotationRecord AddHighlightTag(long annotationId, string tag) => OnAnnotation(annotationId, (c, tx, a) =>
    {
        if (c.Execute("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (@Id, @tagId)", new { a.Id, tagId = EnsureTag(c, tx, tag) }, tx) > 0)
            Log(c, tx, a.Id, "tag", null, CleanTag(tag));
    });

    public void DeleteHighlight(long annotationId)
    {
        using var c = database.Open();
        using var tx = c.BeginTransaction();
        var a = VisibleAnnotation(c, tx, annotationId) is { Kind: "highlight" } found ? found : throw new DeskException($"No highlight has the id {annotationId}.");
        CheckMayChange(a, deleting: true);
        Log(c, tx, a.Id, "highlight", a.Exact, null, "deleted");
        c.Execute("DELETE FROM annotations WHERE id = @Id", new { a.Id }, tx);
        tx.Commit();
    }

    public TagRecord RenameTag(long tagId, string name)
    {
        RequireRole(Role.Editor, "rename tags");
        var clean = CleanTag(name);
        using var c = database.Open();
        using var tx = c.BeginTransaction();
        var old = c.ExecuteScalar<string?>("SELECT name FROM tags WHERE id = @tagId", new { tagId }, tx) ?? throw new DeskException("No such tag.");
        if (c.ExecuteScalar<long?>("SELECT id FROM tags WHERE name = @clean AND id != @tagId", new { clean, tagId }, tx) is not null)
            throw new DeskException($"A tag named '{clean}' exists already; merge the two instead.");
        c.Execute("UPDATE tags SET name = @clean WHERE id = @tagId", new { clean, tagId }, tx);
        foreach (var annotation in c.Query<long>("SELECT annotation_id FROM annotation_tags WHERE tag_id = @tagId", new { tagId }, tx).AsList())
            Log(c, tx, annotation, "tag", old, clean, "renamed");
        tx.Commit();
        return Tags().Single(t => t.Id == tagId);
    }

    public TagRecord RecolourTag(long tagId, string colour)
    {
        RequireRole(Role.Editor, "recolour tags");
        if (!System.Text.RegularExpressions.Regex.IsMatch(colour, "^#[0-9a-fA-F]{6}$")) throw new DeskException("A colour is written #rrggbb.");
        using var c = database.Open();
        if (c.Execute("UPDATE tags SET colour = @colour WHERE id = @tagId", new { colour = colour.ToLowerInvariant(), tagId }) == 0) throw new DeskException("No such tag.");
        return Tags().Single(t => t.Id == tagId);
    }

    public TagRecord MergeTags(long fromTagId, long intoTagId)
    {
        RequireRole(Role.Editor, "merge tags");
        if (fromTagId == intoTagId) throw new DeskException("A tag cannot be merged into itself.");
        using var c = database.Open();
        using var tx = c.BeginTransaction();
        var from = c.ExecuteScalar<string?>("SELECT name FROM tags WHERE id = @fromTagId", new { fromTagId }, tx) ?? throw new DeskException("No such tag.");
        var into = c.ExecuteScalar<string?>("SELECT name FROM tags WHERE id = @intoTagId", new { intoTagId }, tx) ?? throw new DeskException("No such tag.");
        foreach (var annotation in c.Query<long>("SELECT annotation_id FROM annotation_tags WHERE tag_id = @fromTagId", new { fromTagId }, tx).AsList())
            Log(c, tx, annotation, "tag", from, into, "merged");
        c.Execute("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) SELECT annotation_id, @intoTagId FROM annotation_tags WHERE tag_id = @fromTagId",
            new { fromTagId, intoTagId }, tx);
        c.Execute("DELETE FROM tags WHERE id = @fromTagId", new { fromTagId }, tx);
        tx.Commit();
        return Tags().Single(t => t.Id == intoTagId);
    }

    public void DeleteTag(long tagId)
    {
        RequireRole(Role.Admin, "delete tags");
        using var c = database.Open();
        using var tx = c.BeginTransaction();
        var name = c.ExecuteScalar<string?>("SELECT name FROM tags WHERE id = @tagId", new { tagId }, tx) ?? throw new DeskException("No such tag.");
        foreach (var annotation in c.Query<long>("SELECT annotation_id FROM annotation_tags WHERE tag_id = @tagId", new { tagId }, tx).AsList())
            Log(c, tx, annotation, "tag", name, null, "tag deleted");
        c.Execute("DELETE FROM tags WHERE id = @tagId", new { tagId }, tx);
        tx.Commit();
    }

    // Inside the ingest transaction, after an article's blocks and claims were rewritten: every annotation
    // re-attaches to the new text (position, then quote with context, then a fuzzy match above a minimum),
    // and claim annotations find the claim now at their anchor.
    internal static void Reanchor(SqliteConnection c, SqliteTransaction tx, long articleId)
    {
        var annotations = c.Query<AnnotationRecord>($"SELECT {Columns} FROM annotations WHERE article_id = @articleId", new { articleId }, tx).AsList();
        if (annotations.Count == 0) return;
        var text = ArticleTextOf(c, tx, articleId);
        var claims = c.Query<(long Id, long BlockId, long Start, long End)>(
            "SELECT id, block_id, start_offset, end_offset FROM claims WHERE article_id = @articleId", new { articleId }, tx)
            .Select(x => (x.Id, Start: text.BlockStart(x.BlockId)!.Value + (int)x.Start, End: text.BlockStart(x.BlockId)!.Value + (int)x.End)).ToList();
        var taken = new HashSet<long>(); // one judgement per claim: two annotations landing on one claim keep only the first link
        foreach (var a in annotations)
        {
            var result = Anchoring.Reanchor(text.Text, new TextQuoteSelector(a.Exact, a.Prefix, a.Suffix),
                new TextPositionSelector(a.StartOffset ?? -1, a.EndOffset ?? -1));
            var state = result.State.ToString().ToLowerInvariant();
            long? claimId = null;
            if (a.Kind == "claim" && result.Start is { } s && result.End is { } e)
                claimId = claims.Where(x => x.Start < e && x.End > s && !taken.Contains(x.Id))
                    .OrderByDescending(x => Math.Min(x.End, e) - Math.Max(x.Start, s)).Select(x => (long?)x.Id).FirstOrDefault();
            if (claimId is null && a.Kind == "claim" && a.ClaimOverride == true && result.Start is { } rs && text.Locate(rs) is { } at)
            {
                // The reader made this sentence a claim; the extractor still passes it over: make it again.
                var sentenceId = c.ExecuteScalar<long?>("""
                    SELECT id FROM sentences WHERE article_id = @articleId AND block_id = @BlockId AND start_offset <= @Offset AND end_offset > @Offset
                    """, new { articleId, at.BlockId, at.Offset }, tx);
                if (sentenceId is not null) claimId = ClaimStore.InsertReaderClaim(c, tx, sentenceId.Value, a.TypeOverride ?? ClaimTypes.Evaluation);
            }
            if (claimId is { } taking) taken.Add(taking);
            c.Execute("""
                UPDATE annotations SET start_offset = @Start, end_offset = @End, anchor_state = @state, anchor_score = @Score,
                    current_text = @CurrentText, claim_id = @claimId WHERE id = @Id
                """, new { result.Start, result.End, state, result.Score, CurrentText = result.State == AnchorState.Changed ? result.CurrentText : null, claimId, a.Id }, tx);
            if (state != a.AnchorState || result.State == AnchorState.Changed)
                Record(c, tx, a.Id, "anchor", a.AnchorState, state, result.State == AnchorState.Changed ? $"text now: {result.CurrentText}" : "re-ingest");
        }
    }

    // When an article disappears from its re-ingested file, its annotations are kept as orphans.
    internal static void OrphanArticle(SqliteConnection c, SqliteTransaction tx, long articleId)
    {
        foreach (var id in c.Query<long>("SELECT id FROM annotations WHERE article_id = @articleId", new { articleId }, tx).AsList())
            Record(c, tx, id, "anchor", null, "orphaned", "the article is no longer in its file");
        c.Execute("UPDATE annotations SET anchor_state = 'orphaned', start_offset = NULL, end_offset = NULL, claim_id = NULL WHERE article_id = @articleId",
            new { articleId }, tx);
    }

    private AnnotationRecord OnClaim(long claimId, Action<SqliteConnection, SqliteTransaction, AnnotationRecord> change)
    {
        RequireRole(Role.Editor, "judge claims");
        using var c = database.Open();
        using var tx = c.BeginTransaction();
        var a = EnsureClaimAnnotation(c, tx, claimId);
        change(c, tx, a);
        c.Execute("UPDATE annotations SET updated_at = @now WHERE id = @Id", new { now = Now(), a.Id }, tx);
        tx.Commit();
        return Find(a.Id)!;
    }

    private AnnotationRecord OnAnnotation(long annotationId, Action<SqliteConnection, SqliteTransaction, AnnotationRecord> change)
    {
        using var c = database.Open();
        using var tx = c.BeginTransaction();
        var a = VisibleAnnotation(c, tx, annotationId) ?? throw new DeskException($"No annotation has the id {annotationId}.");
        CheckMayChange(a, deleting: false);
        change(c, tx, a);
        c.Execute("UPDATE annotations SET updated_at = @now WHERE id = @Id", new { now = Now(), a.Id }, tx);
        tx.Commit();
        return Find(a.Id)!;
    }

    private void WriteNote(SqliteConnection c, SqliteTransaction tx, AnnotationRecord a, string markdown)
    {
        var note = markdown.Replace("\r\n", "\n").Trim();
        if (note.Length > 20_000) throw new DeskException("A note is limited to 20,000 characters.");
        if (note == a.Note) return;
        c.Execute("UPDATE annotations SET note = @note WHERE id = @Id", new { note, a.Id }, tx);
        Log(c, tx, a.Id, "note", a.Note, note);
    }

    // For stores that keep more of the reader's work on a claim (prediction outcomes): the claim's annotation,
    // made when missing, and a history row for each change, in the caller's transaction.
    internal static AnnotationRecord ClaimAnnotation(SqliteConnection c, SqliteTransaction tx, long claimId) => EnsureClaimAnnotation(c, tx, claimId);

    internal static void RecordChange(SqliteConnection c, SqliteTransaction tx, long annotationId, string field, string? oldValue, string? newValue, string? detail = null) =>
        Record(c, tx, annotationId, field, oldValue, newValue, detail);

    internal static AnnotationRecord EnsureClaimAnnotation(SqliteConnection c, SqliteTransaction tx, long claimId)
    {
        var existing = c.QuerySingleOrDefault<AnnotationRecord>($"SELECT {Columns} FROM annotations WHERE kind = 'claim' AND claim_id = @claimId", new { claimId }, tx);
        if (existing is not null) return existing;
        var claim = c.QuerySingleOrDefault<(long ArticleId, long BlockId, long Start, long End, string Title)>("""
            SELECT cl.article_id, cl.block_id, cl.start_offset, cl.end_offset, a.title FROM claims cl JOIN articles a ON a.id = cl.article_id WHERE cl.id = @claimId
            """, new { claimId }, tx);
        if (claim.ArticleId == 0) throw new DeskException($"No claim has the id {claimId}.");
        var text = ArticleTextOf(c, tx, claim.ArticleId);
        var start = text.BlockStart(claim.BlockId)!.Value + (int)claim.Start;
        var id = Insert(c, tx, claim.ArticleId, claim.Title, "claim", claimId, text.Text, start, start + (int)(claim.End - claim.Start), null, AnnotationVisibility.Shared);
        return c.QuerySingle<AnnotationRecord>($"SELECT {Columns} FROM annotations WHERE id = @id", new { id }, tx);
    }

    private static long Insert(SqliteConnection c, SqliteTransaction tx, long articleId, string title, string kind, long? claimId, string text, int start, int end,
        long? ownerId, string visibility)
    {
        var quote = Anchoring.Describe(text, start, end);
        var now = Now();
        return c.ExecuteScalar<long>("""
            INSERT INTO annotations (article_id, article_title, kind, claim_id, exact, prefix, suffix, start_offset, end_offset, created_at, updated_at,
                owner_id, visibility)
            VALUES (@articleId, @title, @kind, @claimId, @Exact, @Prefix, @Suffix, @start, @end, @now, @now, @ownerId, @visibility) RETURNING id
            """, new { articleId, title, kind, claimId, quote.Exact, quote.Prefix, quote.Suffix, start, end, now, ownerId, visibility }, tx);
    }

    public AnnotationRecord SetVisibility(long annotationId, string visibility) => OnAnnotation(annotationId, (c, tx, a) =>
    {
        if (a.Kind != "highlight") throw new DeskException("Only highlights can be private; a claim's judgement is the team's.");
        var chosen = CheckVisibility(visibility);
        if (!Actor.SeesPrivate && !Actor.Owns(a.OwnerId)) throw new DeskForbiddenException("Only the person who made a highlight can share it or make it private.");
        if (chosen == a.Visibility) return;
        c.Execute("UPDATE annotations SET visibility = @chosen WHERE id = @Id", new { chosen, a.Id }, tx);
        Log(c, tx, a.Id, "visibility", a.Visibility, chosen);
    });

    private AnnotationRecord? VisibleAnnotation(SqliteConnection c, SqliteTransaction tx, long annotationId) =>
        c.QuerySingleOrDefault<AnnotationRecord>($"SELECT {Columns} FROM annotations WHERE id = @annotationId AND {Visible}",
            new { annotationId, viewer = Actor.UserId, seesPrivate = Actor.SeesPrivate ? 1 : 0 }, tx);

    private void RequireRole(Role needed, string action)
    {
        if (!Actor.Can(needed)) throw new DeskForbiddenException($"Only {Roles.Name(needed)}s and above may {action}.");
    }

    // Claims' judgements belong to the team (editors); a highlight to its owner; a highlight nobody owns any more
    // (made before accounts, or its owner's account deleted) to the editors; and an admin may delete any highlight.
    private void CheckMayChange(AnnotationRecord a, bool deleting)
    {
        if (Actor.SeesPrivate) return;
        if (a.Kind == "claim") { RequireRole(Role.Editor, "change a claim's judgement"); return; }
        if (Actor.Owns(a.OwnerId) || (a.OwnerId is null && Actor.Can(Role.Editor)) || (deleting && Actor.Can(Role.Admin))) return;
        throw new DeskForbiddenException("This highlight is someone else's: only its owner can change it.");
    }

    private string CheckVisibility(string visibility)
    {
        if (visibility is not (AnnotationVisibility.Private or AnnotationVisibility.Shared))
            throw new DeskException($"'{visibility}' is not a visibility; use private or shared.");
        if (visibility == AnnotationVisibility.Shared && !Actor.Can(Role.Editor))
            throw new DeskForbiddenException("Readers keep their highlights private; an editor can share them with the team.");
        return visibility;
    }

    private void Log(SqliteConnection c, SqliteTransaction tx, long annotationId, string field, string? oldValue, string? newValue, string? detail = null) =>
        Record(c, tx, annotationId, field, oldValue, newValue, detail, Actor.Name);

    internal static ArticleText ArticleTextOf(SqliteConnection c, SqliteTransaction? tx, long articleId) =>
        new(c.Query<(long Id, string Text)>("SELECT id, text FROM blocks WHERE article_id = @articleId ORDER BY ordinal", new { articleId }, tx));

    private static long EnsureTag(SqliteConnection c, SqliteTransaction tx, string raw)
    {
        var name = CleanTag(raw);
        return c.ExecuteScalar<long?>("SELECT id FROM tags WHERE name = @name", new { name }, tx)
            ?? c.ExecuteScalar<long>("INSERT INTO tags (name, created_at) VALUES (@name, @now) RETURNING id", new { name, now = Now() }, tx);
    }

    public static string CleanTag(string raw)
    {
        var name = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim().TrimStart('#');
        if (name.Length == 0) throw new DeskException("A tag needs a name.");
        if (name.Length > 60) throw new DeskException("A tag name is limited to 60 characters.");
        if (name.Any(char.IsControl)) throw new DeskException("A tag name cannot hold control characters.");
        return name;
    }

    // Evidence links must be web addresses: no javascript:, data: or relative URLs reach a page.
    public static string? SafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new DeskException("The evidence link must be a full http:// or https:// address.");
        return uri.ToString();
    }

    private static string? Detail(string? url, string? note) =>
        (url, string.IsNullOrWhiteSpace(note) ? null : note.Trim()) switch
        {
            (null, null) => null,
            (null, var n) => n,
            (var u, null) => $"evidence: {u}",
            (var u, var n) => $"evidence: {u}; {n}",
        };

    internal static void Record(SqliteConnection c, SqliteTransaction tx, long annotationId, string field, string? oldValue, string? newValue, string? detail = null,
        string? actor = null) =>
        c.Execute("""
            INSERT INTO annotation_history (annotation_id, field, old_value, new_value, detail, at, actor)
            VALUES (@annotationId, @field, @oldValue, @newValue, @detail, @now, @actor)
            """, new { annotationId, field, oldValue, newValue, detail, now = Now(), actor }, tx);

    private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ");
}
