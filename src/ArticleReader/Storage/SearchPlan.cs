using ArticleReader.Search;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Storage;

// One parsed query as SQL over the search index: the FTS5 MATCH strings and the filter conditions, written
// once with placeholders ({id}, {article}, {kind}) so the same filters run over FTS5 rows (text queries) or over
// search_docs_map (filter-only and exclusion-only queries). Every value is a parameter.
internal sealed class SearchPlan
{
    public const string DeskNotice = "tag: and status: need the reading desk (tags and review statuses), which isn't in this library yet; these results are not filtered by them.";
    public const string AnnotationNotice = "Notes and highlights become searchable once the reading desk lands; none are indexed yet.";

    // Conditions with placeholders; {member} is a membership test ("+rowid" on FTS5, so it is not handed to FTS5
    // as one lookup per listed row).
    readonly List<string> _conditions = [];

    void Add(string condition) => _conditions.Add(condition);

    readonly DynamicParameters _parameters = new();
    readonly List<string> _notices = [];
    int _next;

    public string? Match { get; private set; }
    public string? Exclude { get; private set; }
    public bool HasMatch => Match is not null;
    public IReadOnlySet<int> Kinds { get; private set; } = new HashSet<int> { 0, 1, 2, 3 };
    public bool FindsNothing { get; private set; }
    public IReadOnlyList<string> Notices => _notices;

    public bool Searches(int kindCode) => Kinds.Contains(kindCode);

    string Param(object? value)
    {
        var name = "p" + _next++;
        _parameters.Add(name, value);
        return "@" + name;
    }

    public DynamicParameters Parameters(object? more = null)
    {
        var all = new DynamicParameters(_parameters);
        if (Match is not null) all.Add("match", Match);
        if (Exclude is not null) all.Add("exclude", Exclude);
        if (more is not null) all.AddDynamicParams(more);
        return all;
    }

    public void OnlyArticle(long articleId)
    {
        var (first, last) = SearchStore.ArticleRows(articleId);
        Add($"{{id}} BETWEEN {Param(first)} AND {Param(last)}");
    }

    // The matching rows as (id, score[, extra]). Text queries read FTS5 (score = weighted bm25); the others
    // read the map with score 0. range adds "id BETWEEN @first AND @last" (one article's rows).
    public string Rows(bool scored, int? kindCode = null, string? extraColumns = null, bool range = false, string rangeFirst = "@first", string rangeLast = "@last")
    {
        var extra = extraColumns is null ? "" : ", " + extraColumns;
        var conditions = _conditions.ToList();
        if (kindCode is { } k) conditions.Add($"{{kind}} = {k}");
        if (range) conditions.Add($"{{id}} BETWEEN {rangeFirst} AND {rangeLast}");
        // "+rowid IN (...)" keeps a membership test from being handed to FTS5 as one lookup per listed row.
        string Where(bool fts, string id, string article) => string.Concat(conditions.Select(cond => " AND " + cond
            .Replace("{member}", fts ? "+rowid" : "id", StringComparison.Ordinal)
            .Replace("{id}", id, StringComparison.Ordinal)
            .Replace("{article}", article, StringComparison.Ordinal)
            .Replace("{kind}", $"(({id} >> {SearchStore.KindShift}) & 15)", StringComparison.Ordinal)));
        if (Match is not null)
        {
            var score = scored ? Score("rowid") : "0.0";
            return $"SELECT rowid AS id, {score} AS score{extra} FROM search_docs WHERE search_docs MATCH @match{Where(true, "rowid", "(rowid >> 32)")}";
        }
        var exclude = Exclude is null ? "" : " AND id NOT IN (SELECT rowid FROM search_docs WHERE search_docs MATCH @exclude)";
        return $"SELECT id, 0.0 AS score{extra} FROM search_docs_map WHERE 1 = 1{Where(false, "id", "article_id")}{exclude}";
    }

    static string Score(string id) =>
        $"bm25(search_docs, {SearchStore.TitleWeight:0.0###}, 1.0) * (CASE ({id} >> {SearchStore.KindShift}) & 15 WHEN 1 THEN {SearchStore.ClaimBoost:0.0###} ELSE 1.0 END)";

    public static SearchPlan Build(ParsedQuery query, SqliteConnection c)
    {
        var plan = new SearchPlan();
        var fts = FtsQuery.From(query.Text is null ? null : ExpandPrefixes(query.Text, c));
        plan.Match = fts.Match;
        plan.Exclude = fts.Exclude;

        var kinds = query.In.Count == 0
            ? new HashSet<int> { 0, 1, 2, 3 }
            : query.In.Select(SearchKinds.ForScope).OfType<string>().Select(SearchStore.KindCode).ToHashSet();
        // type: and speaker: describe claims, so they keep claims only.
        if (query.Types.Count > 0 || query.Speakers.Count > 0) kinds.IntersectWith([1]);
        plan.Kinds = kinds;
        if (kinds.Count == 0)
        {
            plan._notices.Add("type: and speaker: only match claims, and in: names no place with claims.");
            plan.FindsNothing = true;
        }
        else if (kinds.Count < 4)
            plan.Add($"{{kind}} IN ({string.Join(", ", kinds.Order())})");

        if (query.Tags.Count + query.ExcludedTags.Count + query.Statuses.Count + query.ExcludedStatuses.Count > 0)
            plan._notices.Add(DeskNotice);
        if (query.In.Contains("notes") || query.In.Contains("highlights"))
            plan._notices.Add(AnnotationNotice);

        plan.AddArticleFilters(query);
        plan.AddClaimFilters(query);
        plan.AddEntityFilters(query.Entities, exclude: false);
        plan.AddEntityFilters(query.ExcludedEntities, exclude: true);
        return plan;
    }

    // author:Applebaum and author:"Anne Applebaum" both name her: the whole name or its last words, ignoring case.
    string NameMatches(string column, string value) =>
        $"({column} = {Param(value)} COLLATE NOCASE OR {column} LIKE {Param("% " + EscapeLike(value))} ESCAPE '\\')";

    static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    string AnyOf(IEnumerable<string> conditions) => "(" + string.Join(" OR ", conditions) + ")";

    void AddArticleFilters(ParsedQuery query)
    {
        var where = new List<string>();
        if (query.Authors.Count > 0) where.Add(AnyOf(query.Authors.Select(a => NameMatches("au.name", a))));
        if (query.ExcludedAuthors.Count > 0) where.Add($"NOT COALESCE({AnyOf(query.ExcludedAuthors.Select(a => NameMatches("au.name", a)))}, 0)");
        if (query.Outlets.Count > 0) where.Add(AnyOf(query.Outlets.Select(o => $"a.outlet = {Param(o)} COLLATE NOCASE")));
        if (query.ExcludedOutlets.Count > 0)
            where.Add($"NOT COALESCE({AnyOf(query.ExcludedOutlets.Select(o => $"a.outlet = {Param(o)} COLLATE NOCASE"))}, 0)");
        // A date known to the month or year counts from its first day: before:2024-10 leaves out "October 2024".
        const string start = "CASE length(a.published) WHEN 4 THEN a.published || '-01-01' WHEN 7 THEN a.published || '-01' ELSE a.published END";
        if (query.PublishedBefore is { } before) where.Add($"a.published IS NOT NULL AND {start} < {Param(before.ToString("yyyy-MM-dd"))}");
        if (query.PublishedFrom is { } from) where.Add($"a.published IS NOT NULL AND {start} >= {Param(from.ToString("yyyy-MM-dd"))}");
        if (where.Count == 0) return;
        Add($"{{article}} IN (SELECT a.id FROM articles a LEFT JOIN authors au ON au.id = a.author_id WHERE {string.Join(" AND ", where)})");
    }

    string SpeakerMatches(string value) => AnyOf([NameMatches("cl.speaker", value), NameMatches("se.name", value)]);

    void AddClaimFilters(ParsedQuery query)
    {
        const string claims = "SELECT m.id FROM search_docs_map m JOIN claims cl ON cl.id = m.claim_id LEFT JOIN entities se ON se.id = cl.speaker_entity_id";
        var typeBits = $"(({{id}} >> {SearchStore.TypeShift}) & 15)";
        string Codes(IEnumerable<string> types) => string.Join(", ", types.Select(t => SearchFields.ClaimTypes.ToList().IndexOf(t)));
        // The type is in the rowid, on FTS5 rows and map rows alike.
        if (query.Types.Count > 0) Add($"{{kind}} = 1 AND {typeBits} IN ({Codes(query.Types)})");
        if (query.ExcludedTypes.Count > 0) Add($"NOT ({{kind}} = 1 AND {typeBits} IN ({Codes(query.ExcludedTypes)}))");
        if (query.Speakers.Count > 0) Add($"{{member}} IN ({claims} WHERE {AnyOf(query.Speakers.Select(SpeakerMatches))})");
        if (query.ExcludedSpeakers.Count > 0) Add($"{{member}} NOT IN ({claims} WHERE {AnyOf(query.ExcludedSpeakers.Select(SpeakerMatches))})");
    }

    // entity:X keeps passages that mention X (a claim only when the mention is inside it), by name or alias.
    void AddEntityFilters(IReadOnlyList<string> entities, bool exclude)
    {
        if (entities.Count == 0) return;
        var names = AnyOf(entities.Select(e =>
        {
            var p = Param(e);
            return $"(e.name = {p} COLLATE NOCASE OR EXISTS (SELECT 1 FROM json_each(e.aliases) j WHERE j.value = {p} COLLATE NOCASE))";
        }));
        Add("{member} " + (exclude ? "NOT IN" : "IN") + $"""
             (SELECT m.id FROM entities e JOIN mentions mn ON mn.entity_id = e.id
                JOIN search_docs_map m ON m.block_id = mn.block_id LEFT JOIN claims cl ON cl.id = m.claim_id
                WHERE {names} AND (cl.id IS NULL OR (mn.start_offset >= cl.start_offset AND mn.end_offset <= cl.end_offset)))
            """);
    }

    // The porter index stores stems and FTS5 does not stem a prefix, so negotiat* alone would miss "negotiations"
    // (stem "negoti"). Each prefix also matches the corpus words it begins (from the sorted vocabulary), which the
    // porter tokenizer stems at query time: negotiat* -> ("negotiat"* OR "negotiate" OR "negotiations" ...).
    public static Node ExpandPrefixes(Node node, SqliteConnection c) => node switch
    {
        PrefixNode prefix => Expand(prefix, c),
        AndNode allOf => allOf with { Children = allOf.Children.Select(n => ExpandPrefixes(n, c)).ToList() },
        OrNode anyOf => anyOf with { Children = anyOf.Children.Select(n => ExpandPrefixes(n, c)).ToList() },
        NotNode exclusion => exclusion with { Operand = ExpandPrefixes(exclusion.Operand, c) },
        _ => node,
    };

    static Node Expand(PrefixNode prefix, SqliteConnection c)
    {
        var words = SearchText.Words(prefix.Text).ToList();
        if (words.Count == 0) return prefix;
        var last = words[^1];
        var stem = SearchText.Fold(last.Slice(prefix.Text));
        if (stem.Length < 2) return prefix;
        var terms = c.Query<string>(
            "SELECT term FROM search_vocab WHERE term >= @stem AND term < @stem || char(1114111) ORDER BY length(term), term LIMIT @limit",
            new { stem, limit = SearchStore.MaxPrefixExpansions }).AsList();
        if (terms.Count == 0) return prefix;
        var lead = prefix.Text[..last.Start];
        var alternatives = new List<Node> { prefix };
        alternatives.AddRange(terms.Select(t => words.Count == 1 ? (Node)new TermNode(t, prefix.Span) : new PhraseNode(lead + t, prefix.Span)));
        return new OrNode(alternatives, prefix.Span);
    }
}
