using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ArticleReader.Search;
using ArticleReader.Storage;
using Microsoft.AspNetCore.Html;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Web.Search;

public sealed record SearchOutcome(ParsedQuery Query, SearchResults? Results, IReadOnlyList<string> Suggestions, double TookMs, string? Failure)
{
    public bool HasErrors => !Query.IsValid;
}

// The one path from what was typed to results, shared by the search page and the API, so both answer alike.
public sealed class SearchRunner(ISearch search, IArticleStore articles)
{
    public const int MaxPage = SearchPage.MaxNumber;

    public SearchOutcome Run(string? q, int page, string? articleSlug = null, int articlesPerPage = 10)
    {
        var clock = Stopwatch.StartNew();
        var parsed = QueryParser.Parse(q);
        if (!parsed.IsValid || parsed.IsEmpty) return new SearchOutcome(parsed, null, [], clock.Elapsed.TotalMilliseconds, null);
        var only = articleSlug is null ? null : articles.FindArticle(articleSlug)?.Article.Id;
        var request = only is null
            ? new SearchPage(Math.Clamp(page, 1, MaxPage), articlesPerPage)
            : new SearchPage(Math.Clamp(page, 1, MaxPage), 1, 20, only);
        try
        {
            var results = search.Search(parsed, request);
            var suggestions = results.Total == 0 ? search.Suggest(parsed) : [];
            return new SearchOutcome(parsed, results, suggestions, clock.Elapsed.TotalMilliseconds, null);
        }
        catch (Exception e) when (e is SqliteException or ArgumentException)
        {
            // The parser writes every word as an FTS5 string, so this is a bug or a damaged index, not the user's doing.
            Serilog.Log.Error(e, "Search failed for {Query}", parsed.Normalized);
            return new SearchOutcome(parsed, null, [], clock.Elapsed.TotalMilliseconds,
                "The search could not be run. The problem was logged; try different words.");
        }
    }
}

// How hits are shown and linked, for the page and the API alike.
public static class SearchLinks
{
    static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // The query's words as a highlight query for the reader: each one quoted, so it reads back as the same words.
    public static string HighlightTerms(ParsedQuery query) => string.Join(" ", query.HighlightTerms.Select(t =>
        t.EndsWith('*') ? Quote(t[..^1]) + "*" : Quote(t)));

    static string Quote(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string HitUrl(ArticleSummary article, SearchHit hit, string highlight)
    {
        var url = $"/articles/{Uri.EscapeDataString(article.Slug)}";
        if (highlight.Length > 0) url += "?hl=" + Uri.EscapeDataString(highlight);
        return url + Anchor(hit);
    }

    public static string Anchor(SearchHit hit) => hit switch
    {
        { IsHead: true } => "#article-title",
        { ClaimId: { } claim } => $"#claim-{claim}",
        { BlockId: { } block } => $"#b-{block}",
        _ => "",
    };

    public static string SearchUrl(string query, int page = 1, string? article = null)
    {
        var url = "/search?q=" + Uri.EscapeDataString(query);
        if (article is not null) url += "&article=" + Uri.EscapeDataString(article);
        return page > 1 ? url + "&page=" + page : url;
    }

    // Matched words in <mark>, everything else HTML-encoded: the parts come from FTS5 output with its markers
    // already taken out, so stored text can never close or open an element.
    public static string SnippetHtml(IReadOnlyList<SnippetPart> parts)
    {
        var html = new StringBuilder();
        foreach (var part in parts)
            html.Append(part.Match ? "<mark>" : "").Append(Encoder.Encode(part.Text)).Append(part.Match ? "</mark>" : "");
        return html.ToString();
    }

    public static IHtmlContent Snippet(IReadOnlyList<SnippetPart> parts) => new HtmlString(SnippetHtml(parts));

    // The typed query with the error's span marked, for showing beside the box.
    public static IHtmlContent MarkError(string input, QueryError error)
    {
        var start = Math.Clamp(error.Position, 0, input.Length);
        var end = Math.Clamp(error.Position + error.Length, start, input.Length);
        const int context = 60; // a 10 KB query is shown around its error, not whole
        var from = Math.Max(0, start - context);
        var to = Math.Min(input.Length, end + context);
        var html = new StringBuilder();
        if (from > 0) html.Append('…');
        html.Append(Encoder.Encode(input[from..start]));
        html.Append(end > start ? "<mark class=\"query-error-span\">" + Encoder.Encode(input[start..end]) + "</mark>" : "<mark class=\"query-error-span caret\" aria-label=\"here\"> </mark>");
        html.Append(Encoder.Encode(input[end..to]));
        if (to < input.Length) html.Append('…');
        return new HtmlString(html.ToString());
    }

    // Facet links: the query with one filter added. A value the query language can't hold is not offered.
    public static string? WithFilter(ParsedQuery query, string field, string value)
    {
        try
        {
            if (field != "year") return query.WithFilter(field, value);
            var year = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            var withAfter = QueryParser.Parse(query.WithFilter("after", (year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return withAfter.WithFilter("before", (year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            return null;
        }
    }

    // The filters in force, each with the query that drops it.
    public static IReadOnlyList<(string Label, string Without)> ActiveFilters(ParsedQuery query)
    {
        var list = new List<(string, string)>();
        foreach (var field in SearchFields.Names)
        {
            var searchField = SearchFields.ByName[field];
            if (SearchFields.IsDate(searchField))
            {
                var date = searchField == SearchField.Before ? query.Before : query.After;
                if (date is not null) list.Add(($"{field}:{date}", query.WithoutFilter(field, date.ToString())));
                continue;
            }
            foreach (var v in query.Values(searchField)) list.Add(($"{field}:{v}", query.WithoutFilter(field, v)));
            foreach (var v in query.ExcludedValues(searchField)) list.Add(($"-{field}:{v}", query.WithoutFilter(field, v)));
        }
        return list;
    }
}
