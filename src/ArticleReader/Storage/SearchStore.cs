using System.Text.Json;
using ArticleReader.Model;
using ArticleReader.Search;
using ArticleReader.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Storage;

public sealed record SearchHit
{
    public long RowId { get; init; }
    public string Kind { get; init; } = SearchKinds.Text;   // text, claim, note, highlight
    public long ArticleId { get; init; }
    public long? BlockId { get; init; }
    public long? ClaimId { get; init; }
    public long? AnnotationId { get; init; }
    public string? ClaimType { get; init; }
    public bool IsHead { get; init; }                       // the article's title, dek and kicker
    public double Score { get; init; }
    public IReadOnlyList<SnippetPart> Snippet { get; init; } = [];
}

public sealed record ArticleHits(ArticleSummary Article, int Count, IReadOnlyList<SearchHit> Hits);


public sealed record SearchPage(int Number = 1, int ArticlesPerPage = 10, int HitsPerArticle = 3, long? OnlyArticleId = null)
{
    public const int MaxNumber = 10_000;
}

public sealed record SearchResults(int Total, int ArticleCount, SearchPage Page, IReadOnlyList<ArticleHits> Articles,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets, IReadOnlyList<string> Notices)
{
    public int PageCount => Page.OnlyArticleId is null
        ? (ArticleCount + Page.ArticlesPerPage - 1) / Page.ArticlesPerPage
        : (Total + Page.HitsPerArticle - 1) / Page.HitsPerArticle;

    public static SearchResults Empty(SearchPage page, IReadOnlyList<string> notices) =>
        new(0, 0, page, [], new Dictionary<string, IReadOnlyList<FacetValue>>(), notices);
}

public sealed record SearchIndexStats(long Rows, long Articles, long VocabularyTerms, long DatabaseBytes);

public static class SearchKinds
{
    public const string Text = "text", Claim = "claim", Note = "note", Highlight = "highlight";
    public static readonly IReadOnlyList<string> All = [Text, Claim, Note, Highlight];

    // The in: places name the same kinds in the plural.
    public static string? ForScope(string scope) => scope switch
    {
        "text" => Text, "claims" => Claim, "notes" => Note, "highlights" => Highlight, _ => null,
    };
}

// Keeping the index in step with the library. IndexArticle runs inside ArticleStore.SaveSource's transaction;
// deleting an article removes its rows through a trigger. The reading desk calls IndexAnnotation and
// RemoveAnnotation when a note or highlight is saved or deleted (kind "note" or "highlight").
public interface ISearchIndex
{
    void IndexArticle(long articleId);
    void RemoveArticle(long articleId);
    void IndexAnnotation(long annotationId, long articleId, long? blockId, string kind, string text);
    void RemoveAnnotation(long annotationId);
    int IndexMissing();
    SearchIndexStats Stats();
}

public interface ISearch
{
    SearchResults Search(ParsedQuery query, SearchPage page);
    int Count(ParsedQuery query);
    // Corrected queries that find something, for a query that found nothing ("Pokrovks" -> "Pokrovsk").
    IReadOnlyList<string> Suggest(ParsedQuery query);
    // The matches of highlight terms in an article's blocks: block id -> ranges into the block's text.
    IReadOnlyDictionary<long, IReadOnlyList<(int Start, int End)>> Highlights(long articleId, string terms);
}

// SQL for search_docs, search_docs_map and the vocabulary (migration 4). FTS5 lives only here.
public sealed class SearchStore(Database database) : ISearchIndex, ISearch
{
    // rowid = article_id << 32 | kind << 28 | local (see migration 4).
    internal const int KindShift = 28;
    internal const long LocalMask = (1L << KindShift) - 1;
    internal const long HeadLocal = LocalMask;
    internal static long RowId(long articleId, int kind, long local) => articleId << 32 | (long)kind << KindShift | local;
    internal static (long First, long Last) ArticleRows(long articleId) => (articleId << 32, (articleId << 32) | 0xFFFFFFFFL);
    internal static (long First, long Last) KindRows(long articleId, int kind) => (RowId(articleId, kind, 0), RowId(articleId, kind, LocalMask));
    // A claim row's local part starts with its type (4 bits), so the type facet and type: filter read rowids only:
    // local = type << 24 | claim index. The codes are the places in the query language's list; 15 is any other.
    internal const int TypeShift = 24;
    internal static readonly string ClaimTypeCodeSql =
        "CASE type " + string.Concat(SearchFields.ClaimTypes.Select((t, i) => $"WHEN '{t}' THEN {i} ")) + "ELSE 15 END";
    internal static string? ClaimTypeOf(long code) => code < SearchFields.ClaimTypes.Count ? SearchFields.ClaimTypes[(int)code] : null;

    internal static int KindCode(string kind) => kind switch
    {
        SearchKinds.Text => 0, SearchKinds.Claim => 1, SearchKinds.Note => 2, SearchKinds.Highlight => 3,
        _ => throw new ArgumentException($"Unknown search kind '{kind}'.", nameof(kind)),
    };

    // What the reader shows as the article's own text; comments, furniture, related links and page chrome are not searched.
    internal static readonly string[] IndexedBlockKinds =
    [
        BlockKinds.Body, BlockKinds.Heading, BlockKinds.Verse, BlockKinds.Quote, BlockKinds.ListItem,
        BlockKinds.Caption, BlockKinds.ImageAlt, BlockKinds.Excerpt,
    ];

    // bm25 column weights (title, body) and the kind boost: a match in a title or a claim ranks above the same
    // match in running text. bm25 is negative (lower is better), so a boost multiplies it.
    public const double TitleWeight = 4.0;
    public const double ClaimBoost = 1.25;
    internal const int MaxPrefixExpansions = 32;
    const int SnippetTokens = 24;

    // Queries walk the FTS5 doclists and the articles of every match; SQLite's default 2 MB page cache makes each
    // search re-read them from the OS. A connection's cache setting lasts while the pool keeps it.
    public const string SearchCachePragma = "PRAGMA cache_size = -32768"; // 32 MB

    SqliteConnection OpenForSearch()
    {
        var c = database.Open();
        c.Execute(SearchCachePragma);
        return c;
    }

    // ---- keeping the index fresh ----

    public void IndexArticle(long articleId)
    {
        using var c = database.Open();
        using var tx = c.BeginTransaction();
        Reindex(c, tx, articleId);
        tx.Commit();
    }

    public void RemoveArticle(long articleId)
    {
        using var c = database.Open();
        using var tx = c.BeginTransaction();
        Remove(c, tx, articleId);
        tx.Commit();
    }

    // The article's head, blocks and claims, replaced as one; its notes and highlights stay.
    internal static void Reindex(SqliteConnection c, SqliteTransaction tx, long articleId)
    {
        var (first, _) = KindRows(articleId, 0);
        var (_, last) = KindRows(articleId, 1);
        c.Execute("DELETE FROM search_docs WHERE rowid BETWEEN @first AND @last", new { first, last }, tx);
        c.Execute("DELETE FROM search_docs_map WHERE id BETWEEN @first AND @last", new { first, last }, tx);

        var head = c.QuerySingleOrDefault<(string Title, string? Dek, string? Kicker)>(
            "SELECT title, dek, kicker FROM articles WHERE id = @articleId", new { articleId }, tx);
        if (head.Title is null) return;
        var headId = RowId(articleId, 0, HeadLocal);
        var headBody = string.Join("\n", new[] { head.Kicker, head.Dek }.Where(s => !string.IsNullOrWhiteSpace(s)));
        c.Execute("INSERT INTO search_docs_map (id, kind, article_id) VALUES (@headId, 'text', @articleId)", new { headId, articleId }, tx);
        c.Execute("INSERT INTO search_docs (rowid, title, body) VALUES (@headId, @Title, @headBody)", new { headId, head.Title, headBody }, tx);

        var kinds = IndexedBlockKinds;
        c.Execute("""
            INSERT INTO search_docs_map (id, kind, article_id, block_id)
            SELECT (@articleId << 32) | ordinal, 'text', article_id, id FROM blocks
            WHERE article_id = @articleId AND kind IN @kinds AND ordinal < @HeadLocal
            """, new { articleId, kinds, HeadLocal }, tx);
        c.Execute("""
            INSERT INTO search_docs (rowid, title, body)
            SELECT (@articleId << 32) | ordinal, '', text FROM blocks
            WHERE article_id = @articleId AND kind IN @kinds AND ordinal < @HeadLocal
            """, new { articleId, kinds, HeadLocal }, tx);
        var claimBase = RowId(articleId, 1, 0);
        c.Execute($"""
            INSERT INTO search_docs_map (id, kind, article_id, block_id, claim_id)
            SELECT @claimBase + (({ClaimTypeCodeSql}) << {TypeShift}) + row_number() OVER (ORDER BY id) - 1, 'claim', article_id, block_id, id FROM claims
            WHERE article_id = @articleId
            """, new { articleId, claimBase }, tx);
        c.Execute("""
            INSERT INTO search_docs (rowid, title, body)
            SELECT m.id, '', cl.text FROM search_docs_map m JOIN claims cl ON cl.id = m.claim_id
            WHERE m.id BETWEEN @first AND @last
            """, new { first = claimBase, last = claimBase + LocalMask }, tx);

        var texts = c.Query<string>("SELECT text FROM blocks WHERE article_id = @articleId AND kind IN @kinds", new { articleId, kinds }, tx)
            .Append(head.Title).Append(headBody);
        var terms = texts.SelectMany(SearchText.VocabularyTerms).Distinct(StringComparer.Ordinal).ToList();
        c.Execute("INSERT INTO search_vocab (term) SELECT value FROM json_each(@terms) WHERE true ON CONFLICT (term) DO NOTHING",
            new { terms = JsonSerializer.Serialize(terms) }, tx);
    }

    internal static void Remove(SqliteConnection c, SqliteTransaction tx, long articleId)
    {
        var (first, last) = ArticleRows(articleId);
        c.Execute("DELETE FROM search_docs WHERE rowid BETWEEN @first AND @last", new { first, last }, tx);
        c.Execute("DELETE FROM search_docs_map WHERE id BETWEEN @first AND @last", new { first, last }, tx);
    }

    public void IndexAnnotation(long annotationId, long articleId, long? blockId, string kind, string text)
    {
        var code = KindCode(kind);
        if (code < 2) throw new ArgumentException("Annotations are notes or highlights.", nameof(kind));
        using var c = database.Open();
        using var tx = c.BeginTransaction();
        RemoveAnnotation(c, tx, annotationId);
        var (first, last) = KindRows(articleId, code);
        var next = c.ExecuteScalar<long?>("SELECT MAX(id) FROM search_docs_map WHERE id BETWEEN @first AND @last", new { first, last }, tx) is { } max
            ? max + 1 : first;
        if (next > last) throw new InvalidOperationException($"Article {articleId} has no room for more {kind}s in the search index.");
        c.Execute("""
            INSERT INTO search_docs_map (id, kind, article_id, block_id, annotation_id) VALUES (@next, @kind, @articleId, @blockId, @annotationId)
            """, new { next, kind, articleId, blockId, annotationId }, tx);
        c.Execute("INSERT INTO search_docs (rowid, title, body) VALUES (@next, '', @text)", new { next, text }, tx);
        var terms = SearchText.VocabularyTerms(text).Distinct(StringComparer.Ordinal).ToList();
        c.Execute("INSERT INTO search_vocab (term) SELECT value FROM json_each(@terms) WHERE true ON CONFLICT (term) DO NOTHING",
            new { terms = JsonSerializer.Serialize(terms) }, tx);
        tx.Commit();
    }

    public void RemoveAnnotation(long annotationId)
    {
        using var c = database.Open();
        using var tx = c.BeginTransaction();
        RemoveAnnotation(c, tx, annotationId);
        tx.Commit();
    }

    static void RemoveAnnotation(SqliteConnection c, SqliteTransaction tx, long annotationId)
    {
        var ids = c.Query<long>("SELECT id FROM search_docs_map WHERE annotation_id = @annotationId", new { annotationId }, tx).AsList();
        if (ids.Count == 0) return;
        c.Execute("DELETE FROM search_docs WHERE rowid IN @ids", new { ids }, tx);
        c.Execute("DELETE FROM search_docs_map WHERE id IN @ids", new { ids }, tx);
    }

    // Articles stored before the index existed (a library migrated to version 4) get their rows here.
    public int IndexMissing()
    {
        using var c = database.Open();
        var missing = c.Query<long>(
            "SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM search_docs_map m WHERE m.id = (a.id << 32) | @HeadLocal)",
            new { HeadLocal }).AsList();
        foreach (var articleId in missing)
        {
            using var tx = c.BeginTransaction();
            Reindex(c, tx, articleId);
            tx.Commit();
        }
        return missing.Count;
    }

    public SearchIndexStats Stats()
    {
        using var c = database.Open();
        return new SearchIndexStats(
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM search_docs_map"),
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM articles"),
            c.ExecuteScalar<long>("SELECT COUNT(*) FROM search_vocab"),
            c.ExecuteScalar<long>("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"));
    }

    // ---- searching ----

    public SearchResults Search(ParsedQuery query, SearchPage page)
    {
        using var c = OpenForSearch();
        var plan = SearchPlan.Build(query, c);
        if (plan.FindsNothing) return SearchResults.Empty(page, plan.Notices);
        if (page.OnlyArticleId is { } only) plan.OnlyArticle(only);

        // One article's hits page through that article; otherwise pages go through the articles.
        var skip = page.OnlyArticleId is null ? (page.Number - 1) * page.ArticlesPerPage : 0;
        var parameters = plan.Parameters(new { take = page.ArticlesPerPage, skip });
        var rows = c.Query<(string Part, long? Id, long Count, string? Value, double? Best, string? Published)>($"""
            -- LIMIT -1 keeps the FTS5 scan a subquery of its own: folded into the GROUP BY, bm25() would lose its MATCH context.
            -- One pass over the matches, grouped by article and by claim type (text rows share key 0), feeds the page,
            -- the total and every facet.
            WITH groups AS MATERIALIZED (
                SELECT id >> 32 AS article_id,
                    CASE (id >> {KindShift}) & 15 WHEN 1 THEN 16 + ((id >> {TypeShift}) & 15) ELSE 0 END AS facet_key,
                    MIN(score) AS best, COUNT(*) AS n
                FROM ({plan.Rows(scored: true)} LIMIT -1) GROUP BY 1, 2),
            hits AS MATERIALIZED (SELECT article_id, MIN(best) AS best, SUM(n) AS n FROM groups GROUP BY 1),
            info AS MATERIALIZED (
                SELECT h.article_id, h.best, h.n, au.name AS author, a.outlet, substr(a.published, 1, 4) AS year, a.published
                FROM hits h JOIN articles a ON a.id = h.article_id LEFT JOIN authors au ON au.id = a.author_id)
            SELECT 'page', article_id, n, NULL, best, published
                FROM (SELECT * FROM info ORDER BY best, published DESC, article_id LIMIT @take OFFSET @skip)
            UNION ALL SELECT 'total', COUNT(*), COALESCE(SUM(n), 0), NULL, NULL, NULL FROM info
            UNION ALL SELECT 'author', NULL, SUM(n), author, NULL, NULL FROM info WHERE author IS NOT NULL GROUP BY author
            UNION ALL SELECT 'outlet', NULL, SUM(n), outlet, NULL, NULL FROM info WHERE outlet IS NOT NULL GROUP BY outlet
            UNION ALL SELECT 'year', NULL, SUM(n), year, NULL, NULL FROM info WHERE year IS NOT NULL GROUP BY year
            UNION ALL SELECT 'type', facet_key - 16, SUM(n), NULL, NULL, NULL FROM groups WHERE facet_key >= 16 GROUP BY facet_key
            """, parameters).AsList();

        var totals = rows.Single(r => r.Part == "total");
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>();
        foreach (var field in new[] { "author", "outlet", "year" })
        {
            var values = rows.Where(r => r.Part == field).Select(r => new FacetValue(r.Value!, (int)r.Count));
            facets[field] = field == "year"
                ? values.OrderByDescending(v => v.Value, StringComparer.Ordinal).ToList()
                : values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.OrdinalIgnoreCase).ToList();
        }
        if (plan.Searches(1))
            facets["type"] = rows.Where(r => r.Part == "type").Select(r => (Type: ClaimTypeOf(r.Id!.Value), r.Count)).Where(t => t.Type is not null)
                .OrderByDescending(t => t.Count).ThenBy(t => t.Type, StringComparer.Ordinal)
                .Select(t => new FacetValue(t.Type!, (int)t.Count)).ToList();

        var pageRows = rows.Where(r => r.Part == "page")
            .OrderBy(r => r.Best).ThenByDescending(r => r.Published, StringComparer.Ordinal).ThenBy(r => r.Id).ToList();
        var articles = Articles(c, pageRows.Select(r => r.Id!.Value).ToList());
        var hitsByArticle = Hits(c, plan, pageRows.Select(r => r.Id!.Value).ToList(), page.HitsPerArticle,
            page.OnlyArticleId is null ? 0 : (page.Number - 1) * page.HitsPerArticle);
        var groups = new List<ArticleHits>();
        foreach (var row in pageRows)
        {
            if (!articles.TryGetValue(row.Id!.Value, out var article)) continue;
            groups.Add(new ArticleHits(article, (int)row.Count, hitsByArticle.GetValueOrDefault(row.Id.Value) ?? []));
        }
        return new SearchResults((int)totals.Count, (int)totals.Id!.Value, page, groups, facets, plan.Notices);
    }

    // The FTS5 MATCH string a query runs as (prefixes expanded), for benchmarks that query FTS5 directly.
    public string? MatchFor(ParsedQuery query)
    {
        using var c = OpenForSearch();
        return query.Text is null ? null : FtsQuery.From(SearchPlan.ExpandPrefixes(query.Text, c)).Match;
    }

    public int Count(ParsedQuery query)
    {
        using var c = OpenForSearch();
        var plan = SearchPlan.Build(query, c);
        return plan.FindsNothing ? 0 : c.ExecuteScalar<int>($"SELECT COUNT(*) FROM ({plan.Rows(scored: false)})", plan.Parameters());
    }

    // The best rows of each article on the page, in one statement (one ranked arm per article, each a rowid range),
    // then snippets for those rows alone: snippet() is the costly part.
    static Dictionary<long, List<SearchHit>> Hits(SqliteConnection c, SearchPlan plan, IReadOnlyList<long> articleIds, int take, int skip)
    {
        if (articleIds.Count == 0) return [];
        var parameters = plan.Parameters(new { take, skip });
        var arms = new List<string>();
        for (var i = 0; i < articleIds.Count; i++)
        {
            var (first, last) = ArticleRows(articleIds[i]);
            parameters.Add("first" + i, first);
            parameters.Add("last" + i, last);
            arms.Add($"SELECT * FROM ({plan.Rows(scored: true, range: true, rangeFirst: "@first" + i, rangeLast: "@last" + i)} ORDER BY score, id LIMIT @take OFFSET @skip)");
        }
        var top = c.Query<(long Id, double Score)>(string.Join("\nUNION ALL ", arms), parameters).AsList();
        if (top.Count == 0) return [];
        var ids = top.Select(t => t.Id).ToList();
        var details = c.Query<HitRow>("""
            SELECT m.id AS row_id, m.kind, m.block_id, m.claim_id, m.annotation_id, cl.type AS claim_type
            FROM search_docs_map m LEFT JOIN claims cl ON cl.id = m.claim_id WHERE m.id IN @ids
            """, new { ids }).ToDictionary(h => h.RowId);
        var texts = plan.HasMatch
            ? c.Query<(long Id, string Snip)>($"""
                SELECT rowid, snippet(search_docs, -1, {SearchText.OpenSql}, {SearchText.CloseSql}, '…', {SnippetTokens})
                FROM search_docs WHERE search_docs MATCH @match AND rowid IN @ids
                """, new { match = plan.Match, ids }).ToDictionary(t => t.Id, t => SearchText.Parts(t.Snip))
            : c.Query<(long Id, string Title, string Body)>("SELECT rowid, title, body FROM search_docs WHERE rowid IN @ids", new { ids })
                .ToDictionary(t => t.Id, t => (IReadOnlyList<SnippetPart>)[new SnippetPart(SearchText.Lead(t.Title.Length > 0 ? t.Title : t.Body), false)]);
        return top.Where(t => details.ContainsKey(t.Id)).Select(t =>
        {
            var h = details[t.Id];
            return new SearchHit
            {
                RowId = t.Id, Kind = h.Kind, ArticleId = t.Id >> 32, BlockId = h.BlockId, ClaimId = h.ClaimId,
                AnnotationId = h.AnnotationId, ClaimType = h.ClaimType, Score = t.Score,
                IsHead = (t.Id & LocalMask) == HeadLocal && h.Kind == SearchKinds.Text,
                Snippet = texts.GetValueOrDefault(t.Id) ?? [],
            };
        }).GroupBy(h => h.ArticleId).ToDictionary(g => g.Key, g => g.OrderBy(h => h.Score).ThenBy(h => h.RowId).ToList());
    }

    sealed record HitRow
    {
        public long RowId { get; init; }
        public string Kind { get; init; } = "";
        public long? BlockId { get; init; }
        public long? ClaimId { get; init; }
        public long? AnnotationId { get; init; }
        public string? ClaimType { get; init; }
    }

    static Dictionary<long, ArticleSummary> Articles(SqliteConnection c, IReadOnlyList<long> ids) =>
        ids.Count == 0 ? [] : c.Query<ArticleSummary>("""
            SELECT a.id, a.slug, a.title, a.dek, a.kicker, au.name AS author, au.slug AS author_slug, a.outlet,
                a.published, a.published_precision, a.url, a.section, a.source_id, a.position
            FROM articles a LEFT JOIN authors au ON au.id = a.author_id WHERE a.id IN @ids
            """, new { ids }).ToDictionary(a => a.Id);

    public IReadOnlyList<string> Suggest(ParsedQuery query)
    {
        if (!query.IsValid || query.Text is null) return [];
        using var c = OpenForSearch();
        var replacements = new List<(TextSpan Span, string Word)>();
        foreach (var (span, word) in Words(query))
        {
            var folded = SearchText.Fold(word);
            if (folded.Length < SearchText.MinTermLength || Matches(c, FtsQuery.Quote(word))) continue;
            var trigrams = SearchText.TrigramQuery(folded);
            if (trigrams is null) continue;
            var candidates = c.Query<string>(
                "SELECT term FROM search_terms WHERE search_terms MATCH @trigrams ORDER BY rank LIMIT 60", new { trigrams }).AsList();
            // A word can stay in the vocabulary after its article is gone: offer only words the index still has.
            var closest = SearchText.ClosestTerm(word, candidates.Where(t => Matches(c, FtsQuery.Quote(t))).Take(20));
            if (closest is not null) replacements.Add((span, SearchText.MatchCase(word, closest)));
        }
        if (replacements.Count == 0) return [];
        var corrected = query.Input;
        foreach (var (span, word) in replacements.OrderByDescending(r => r.Span.Start))
            corrected = corrected[..span.Start] + word + corrected[span.End..];
        var parsed = QueryParser.Parse(corrected);
        return parsed.IsValid && Count(parsed) > 0 ? [parsed.Normalized] : [];
    }

    static bool Matches(SqliteConnection c, string match) =>
        c.ExecuteScalar<long?>("SELECT rowid FROM search_docs WHERE search_docs MATCH @match LIMIT 1", new { match }) is not null;

    // The positive words of the query with their places in the input, phrases split into words.
    static IEnumerable<(TextSpan Span, string Word)> Words(ParsedQuery query)
    {
        IEnumerable<Node> Leaves(Node? node) => node switch
        {
            TermNode or PhraseNode => [node],
            AndNode allOf => allOf.Children.SelectMany(Leaves),
            OrNode anyOf => anyOf.Children.SelectMany(Leaves),
            _ => [],
        };
        foreach (var leaf in Leaves(query.Text))
        {
            var text = leaf.Span.Slice(query.Input);
            foreach (var word in SearchText.Words(text))
                yield return (new TextSpan(leaf.Span.Start + word.Start, leaf.Span.Start + word.End), word.Slice(text));
        }
    }

    public IReadOnlyDictionary<long, IReadOnlyList<(int Start, int End)>> Highlights(long articleId, string terms)
    {
        var parsed = QueryParser.Parse(terms);
        var leaves = PositiveLeaves(parsed.Text).ToList();
        if (leaves.Count == 0) return new Dictionary<long, IReadOnlyList<(int, int)>>();
        using var c = OpenForSearch();
        var expanded = SearchPlan.ExpandPrefixes(leaves.Count == 1 ? leaves[0] : new OrNode(leaves, default), c);
        var match = FtsQuery.ToMatch(expanded);
        var (first, last) = KindRows(articleId, 0);
        var rows = c.Query<(long BlockId, string Marked, string Text)>($"""
            SELECT m.block_id, highlight(search_docs, 1, {SearchText.OpenSql}, {SearchText.CloseSql}), b.text
            FROM search_docs JOIN search_docs_map m ON m.id = search_docs.rowid JOIN blocks b ON b.id = m.block_id
            WHERE search_docs MATCH @match AND search_docs.rowid BETWEEN @first AND @last
            """, new { match, first, last = last - 1 });
        var result = new Dictionary<long, IReadOnlyList<(int, int)>>();
        foreach (var row in rows)
            if (SearchText.MatchRanges(row.Marked, row.Text) is { Count: > 0 } ranges) result[row.BlockId] = ranges;
        return result;
    }

    static IEnumerable<Node> PositiveLeaves(Node? node) => node switch
    {
        TermNode or PhraseNode or PrefixNode => [node],
        AndNode allOf => allOf.Children.SelectMany(PositiveLeaves),
        OrNode anyOf => anyOf.Children.SelectMany(PositiveLeaves),
        _ => [],
    };
}
