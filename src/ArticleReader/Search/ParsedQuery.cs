using System.Collections.Frozen;

namespace ArticleReader.Search;

// A search box query, read. Text is the full-text part (translate it with FtsQuery.From); the rest are filters.
// Filters of the same field are alternatives (author:A author:B = either); different fields all apply.
// When Errors is not empty the caller should show them and not search; Warnings go beside the results.
public sealed class ParsedQuery
{
    readonly FilterSet _filters;

    internal ParsedQuery(string input, Node? text, FilterSet filters, IReadOnlyList<QueryError> errors, IReadOnlyList<string> warnings)
    {
        Input = input;
        Text = text;
        _filters = filters;
        Errors = errors;
        Warnings = warnings;
        In = filters.Included(SearchField.In).ToFrozenSet(StringComparer.Ordinal);
        HighlightTerms = PositiveLeaves(text).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Normalized = QueryRenderer.Render(text, filters);
    }

    public string Input { get; }
    public Node? Text { get; }
    public IReadOnlyList<QueryError> Errors { get; }
    public IReadOnlyList<string> Warnings { get; }
    public bool IsValid => Errors.Count == 0;

    // Nothing to search for and nothing to filter by: the caller shows its start page, not "all results".
    public bool IsEmpty => Text is null && _filters.IsEmpty;

    public IReadOnlyList<string> Authors => _filters.Included(SearchField.Author);
    public IReadOnlyList<string> Outlets => _filters.Included(SearchField.Outlet);
    public IReadOnlyList<string> Speakers => _filters.Included(SearchField.Speaker);
    public IReadOnlyList<string> Entities => _filters.Included(SearchField.Entity);
    public IReadOnlyList<string> Tags => _filters.Included(SearchField.Tag);
    public IReadOnlyList<string> Types => _filters.Included(SearchField.Type);
    public IReadOnlyList<string> Statuses => _filters.Included(SearchField.Status);

    public IReadOnlyList<string> ExcludedAuthors => _filters.Excluded(SearchField.Author);
    public IReadOnlyList<string> ExcludedOutlets => _filters.Excluded(SearchField.Outlet);
    public IReadOnlyList<string> ExcludedSpeakers => _filters.Excluded(SearchField.Speaker);
    public IReadOnlyList<string> ExcludedEntities => _filters.Excluded(SearchField.Entity);
    public IReadOnlyList<string> ExcludedTags => _filters.Excluded(SearchField.Tag);
    public IReadOnlyList<string> ExcludedTypes => _filters.Excluded(SearchField.Type);
    public IReadOnlyList<string> ExcludedStatuses => _filters.Excluded(SearchField.Status);

    public IReadOnlyList<string> Values(SearchField field) => _filters.Included(field);
    public IReadOnlyList<string> ExcludedValues(SearchField field) => _filters.Excluded(field);

    // before:2024-10 -> published before 2024-10-01; after:2024-10 -> published on or after 2024-11-01.
    public DateBound? Before => _filters.Before;
    public DateBound? After => _filters.After;
    public DateOnly? PublishedBefore => Before?.Start;   // exclusive: published < PublishedBefore
    public DateOnly? PublishedFrom => After?.End;        // inclusive: published >= PublishedFrom

    // The places named with in: (text, claims, notes, highlights); empty means all of them.
    public IReadOnlySet<string> In { get; }
    public bool SearchesIn(string scope) => In.Count == 0 || In.Contains(scope);

    // The words and phrases to mark in snippets of fields FTS5 does not highlight itself; excluded ones are
    // left out. A prefix is given with its star ("negotiat*").
    public IReadOnlyList<string> HighlightTerms { get; }

    public string Normalized { get; }

    // Facet links: the query string with one filter added, excluded or removed. Field is a SearchFields name
    // (a trailing colon is allowed); value is checked like a typed one. before:/after: replace their date.
    // These are for values the application offers, so a bad field or value is a bug and throws.
    public string WithFilter(string field, string value)
    {
        var (searchField, canonical, date) = CheckFacet(field, value);
        var filters = _filters.Clone();
        filters.Include(searchField, canonical, date);
        return QueryRenderer.Render(Text, filters);
    }

    public string WithExclusion(string field, string value)
    {
        var (searchField, canonical, date) = CheckFacet(field, value);
        if (date is not null || searchField == SearchField.In)
            throw new ArgumentException($"{SearchFields.Name(searchField)}: can't be excluded.", nameof(field));
        var filters = _filters.Clone();
        filters.Exclude(searchField, canonical);
        return QueryRenderer.Render(Text, filters);
    }

    public string WithoutFilter(string field, string value)
    {
        var (searchField, canonical, _) = CheckFacet(field, value);
        var filters = _filters.Clone();
        filters.Remove(searchField, canonical);
        return QueryRenderer.Render(Text, filters);
    }

    static (SearchField Field, string Value, DateBound? Date) CheckFacet(string field, string value)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(value);
        if (!SearchFields.ByName.TryGetValue(field.Trim().TrimEnd(':'), out var searchField))
            throw new ArgumentException($"Unknown field '{field}'. Fields: {string.Join(", ", SearchFields.Names)}.", nameof(field));
        var collapsed = QueryLexer.CollapseSpaces(value);
        if (collapsed.Length == 0) throw new ArgumentException("A filter value can't be empty.", nameof(value));
        if (SearchFields.IsDate(searchField))
        {
            var date = DateBound.Parse(collapsed, out var problem)
                ?? throw new ArgumentException($"Invalid date '{value}': {problem}", nameof(value));
            return (searchField, date.ToString(), date);
        }
        if (SearchFields.AllowedValues(searchField) is { } allowed)
        {
            var lower = collapsed.ToLowerInvariant();
            if (!allowed.Contains(lower))
                throw new ArgumentException($"'{value}' is not one of {string.Join(", ", allowed)}.", nameof(value));
            return (searchField, lower, null);
        }
        return (searchField, collapsed, null);
    }

    static IEnumerable<string> PositiveLeaves(Node? node) => node switch
    {
        TermNode term => [term.Text],
        PhraseNode phrase => [QueryLexer.CollapseSpaces(phrase.Text).Replace("\"\"", "\"", StringComparison.Ordinal)],
        PrefixNode prefix => [QueryLexer.CollapseSpaces(prefix.Text).Replace("\"\"", "\"", StringComparison.Ordinal) + "*"],
        AndNode allOf => allOf.Children.SelectMany(PositiveLeaves),
        OrNode anyOf => anyOf.Children.SelectMany(PositiveLeaves),
        _ => [], // NotNode and null: excluded words are not highlighted
    };

    public override string ToString() => Normalized;
}
