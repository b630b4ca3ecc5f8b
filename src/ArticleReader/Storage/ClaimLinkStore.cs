using ArticleReader.CrossReferences;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Storage;

// A link seen from one claim: Outgoing when this claim is the link's subject ("this supports that").
// The other end is its claim annotation; OtherClaimId is null while that annotation is orphaned.
public sealed record ClaimLinkRecord
{
    public long Id { get; init; }
    public string Kind { get; init; } = "";
    public string Note { get; init; } = "";
    public string Origin { get; init; } = "";
    public bool Outgoing { get; init; }
    public long OtherAnnotationId { get; init; }
    public long? OtherClaimId { get; init; }
    public string OtherText { get; init; } = "";
    public string? OtherSlug { get; init; }
    public string OtherTitle { get; init; } = "";
    public string? OtherAuthor { get; init; }
    public string OtherAnchorState { get; init; } = "";
    public string CreatedAt { get; init; } = "";

    public string Phrase => LinkKinds.Phrase(Kind, Outgoing);
}

public interface IClaimLinkStore
{
    IReadOnlyList<ClaimLinkRecord> ForClaim(long claimId);
    ClaimLinkRecord Link(long claimId, long otherClaimId, string kind, string? note, bool fromSuggestion = false);
    void Unlink(long linkId);
    void Dismiss(long claimId, long otherClaimId);
    void Restore(long claimId, long otherClaimId);
    IReadOnlySet<long> DismissedFor(long claimId);
}

// SQL for typed links between claims and dismissed suggestions. Both sit on the claims' annotations, so they
// follow a claim through re-ingests exactly as its tags and status do; each change writes history on both claims.
public sealed class ClaimLinkStore(Database database) : IClaimLinkStore
{
    private const int NoteLimit = 2_000;

    private sealed record StoredLink(long Id, long FromAnnotationId, long ToAnnotationId, string Kind, string Note);

    private const string LinkView = """
        SELECT l.id, l.kind, l.note, l.origin, l.created_at, (l.from_annotation_id = me.id) AS outgoing,
            o.id AS other_annotation_id, o.claim_id AS other_claim_id, COALESCE(oc.text, o.exact) AS other_text,
            oa.slug AS other_slug, COALESCE(oa.title, o.article_title) AS other_title, au.name AS other_author,
            o.anchor_state AS other_anchor_state
        FROM annotations me
        JOIN claim_links l ON l.from_annotation_id = me.id OR l.to_annotation_id = me.id
        JOIN annotations o ON o.id = CASE WHEN l.from_annotation_id = me.id THEN l.to_annotation_id ELSE l.from_annotation_id END
        LEFT JOIN claims oc ON oc.id = o.claim_id
        LEFT JOIN articles oa ON oa.id = o.article_id
        LEFT JOIN authors au ON au.id = oa.author_id
        """;

    public IReadOnlyList<ClaimLinkRecord> ForClaim(long claimId)
    {
        using var c = database.Open();
        return c.Query<ClaimLinkRecord>($"{LinkView} WHERE me.kind = 'claim' AND me.claim_id = @claimId ORDER BY l.id", new { claimId }).AsList();
    }

    public ClaimLinkRecord Link(long claimId, long otherClaimId, string kind, string? note, bool fromSuggestion = false)
    {
        var linkKind = LinkKinds.Find(kind) ?? throw new DeskException($"'{kind}' is not a link; use one of {string.Join(", ", LinkKinds.All.Select(k => k.Kind))}");
        if (claimId == otherClaimId) throw new DeskException("A claim cannot be linked to itself.");
        var text = (note ?? "").Replace("\r\n", "\n").Trim();
        if (text.Length > NoteLimit) throw new DeskException($"A link's note is limited to {NoteLimit:N0} characters.");
        using var c = database.Open();
        using var tx = c.BeginTransaction();
        var me = AnnotationStore.EnsureClaimAnnotation(c, tx, claimId);
        var other = AnnotationStore.EnsureClaimAnnotation(c, tx, otherClaimId);
        // "A restates B" and "B restates A" are one link.
        var existing = c.QuerySingleOrDefault<StoredLink>("""
            SELECT id, from_annotation_id, to_annotation_id, kind, note FROM claim_links WHERE kind = @kind AND ((from_annotation_id = @me AND to_annotation_id = @other)
                OR (@symmetric AND from_annotation_id = @other AND to_annotation_id = @me))
            """, new { kind, me = me.Id, other = other.Id, symmetric = linkKind.Symmetric }, tx);
        var now = Now();
        long id;
        if (existing is not null)
        {
            id = existing.Id;
            if (text.Length > 0 && text != existing.Note)
            {
                c.Execute("UPDATE claim_links SET note = @text, updated_at = @now WHERE id = @id", new { text, now, id }, tx);
                RecordBoth(c, tx, me, other, existing.Note, text, $"note on the link “{kind}”");
            }
        }
        else
        {
            id = c.ExecuteScalar<long>("""
                INSERT INTO claim_links (from_annotation_id, to_annotation_id, kind, note, origin, created_at, updated_at)
                VALUES (@me, @other, @kind, @text, @origin, @now, @now) RETURNING id
                """, new { me = me.Id, other = other.Id, kind, text, origin = fromSuggestion ? "suggestion" : "reader", now }, tx);
            AnnotationStore.Record(c, tx, me.Id, "link", null, kind, Describe("→", other, otherClaimId, text, fromSuggestion));
            AnnotationStore.Record(c, tx, other.Id, "link", null, LinkKinds.Phrase(kind, outgoing: false), Describe("←", me, claimId, text, fromSuggestion));
        }
        c.Execute("UPDATE annotations SET updated_at = @now WHERE id IN (@a, @b)", new { now, a = me.Id, b = other.Id }, tx);
        tx.Commit();
        return ForClaim(claimId).Single(l => l.Id == id);
    }

    public void Unlink(long linkId)
    {
        using var c = database.Open();
        using var tx = c.BeginTransaction();
        var link = c.QuerySingleOrDefault<StoredLink>(
            "SELECT id, from_annotation_id, to_annotation_id, kind, note FROM claim_links WHERE id = @linkId", new { linkId }, tx)
            ?? throw new DeskException($"No link has the id {linkId}.");
        var from = Annotation(c, tx, link.FromAnnotationId);
        var to = Annotation(c, tx, link.ToAnnotationId);
        c.Execute("DELETE FROM claim_links WHERE id = @linkId", new { linkId }, tx);
        AnnotationStore.Record(c, tx, from.Id, "link", link.Kind, null, Describe("→", to, to.ClaimId, "removed", false));
        AnnotationStore.Record(c, tx, to.Id, "link", LinkKinds.Phrase(link.Kind, outgoing: false), null, Describe("←", from, from.ClaimId, "removed", false));
        tx.Commit();
    }

    public void Dismiss(long claimId, long otherClaimId)
    {
        if (claimId == otherClaimId) throw new DeskException("A claim cannot be dismissed from its own suggestions.");
        using var c = database.Open();
        using var tx = c.BeginTransaction();
        var me = AnnotationStore.EnsureClaimAnnotation(c, tx, claimId);
        var other = AnnotationStore.EnsureClaimAnnotation(c, tx, otherClaimId);
        if (c.Execute("INSERT OR IGNORE INTO claim_dismissals (annotation_id, other_annotation_id, created_at) VALUES (@low, @high, @now)",
                new { low = Math.Min(me.Id, other.Id), high = Math.Max(me.Id, other.Id), now = Now() }, tx) > 0)
        {
            AnnotationStore.Record(c, tx, me.Id, "link", "suggested", "dismissed", Describe("×", other, otherClaimId, "", false));
            AnnotationStore.Record(c, tx, other.Id, "link", "suggested", "dismissed", Describe("×", me, claimId, "", false));
        }
        tx.Commit();
    }

    public void Restore(long claimId, long otherClaimId)
    {
        using var c = database.Open();
        using var tx = c.BeginTransaction();
        var me = AnnotationStore.EnsureClaimAnnotation(c, tx, claimId);
        var other = AnnotationStore.EnsureClaimAnnotation(c, tx, otherClaimId);
        if (c.Execute("DELETE FROM claim_dismissals WHERE annotation_id = @low AND other_annotation_id = @high",
                new { low = Math.Min(me.Id, other.Id), high = Math.Max(me.Id, other.Id) }, tx) > 0)
        {
            AnnotationStore.Record(c, tx, me.Id, "link", "dismissed", "suggested", Describe("×", other, otherClaimId, "restored", false));
            AnnotationStore.Record(c, tx, other.Id, "link", "dismissed", "suggested", Describe("×", me, claimId, "restored", false));
        }
        tx.Commit();
    }

    // The claims (by their current ids) whose suggestion next to this claim was dismissed.
    public IReadOnlySet<long> DismissedFor(long claimId)
    {
        using var c = database.Open();
        return c.Query<long>("""
            SELECT o.claim_id FROM annotations me
            JOIN claim_dismissals d ON d.annotation_id = me.id OR d.other_annotation_id = me.id
            JOIN annotations o ON o.id = CASE WHEN d.annotation_id = me.id THEN d.other_annotation_id ELSE d.annotation_id END
            WHERE me.kind = 'claim' AND me.claim_id = @claimId AND o.claim_id IS NOT NULL
            """, new { claimId }).ToHashSet();
    }

    private static AnnotationRecord Annotation(SqliteConnection c, SqliteTransaction tx, long id) =>
        c.QuerySingle<AnnotationRecord>("""
            SELECT id, article_id, article_title, kind, claim_id, exact, prefix, suffix, start_offset, end_offset, anchor_state,
                anchor_score, current_text, status, evidence_url, note, type_override, claim_override, created_at, updated_at
            FROM annotations WHERE id = @id
            """, new { id }, tx);

    // History names the other claim by its words, which outlive its id.
    private static string Describe(string arrow, AnnotationRecord other, long? otherClaimId, string note, bool fromSuggestion)
    {
        var words = other.Exact.Length > 90 ? other.Exact[..89].TrimEnd() + "…" : other.Exact;
        var detail = $"{arrow} {(otherClaimId is null ? "" : $"claim #{otherClaimId} ")}“{words}” ({other.ArticleTitle})";
        if (fromSuggestion) detail += "; confirmed from a suggestion";
        return note.Length > 0 ? $"{detail}; {note}" : detail;
    }

    private static void RecordBoth(SqliteConnection c, SqliteTransaction tx, AnnotationRecord a, AnnotationRecord b, string old, string now, string detail)
    {
        AnnotationStore.Record(c, tx, a.Id, "link", old, now, detail);
        AnnotationStore.Record(c, tx, b.Id, "link", old, now, detail);
    }

    private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ");
}
