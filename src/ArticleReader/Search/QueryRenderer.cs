namespace ArticleReader.Search;

// The canonical spelling of a query: single spaces, explicit parentheses around an OR inside an AND,
// the text first and then the filters in SearchField order (excluded values after included ones).
// Parsing the result gives the same query and renders to the same string.
internal static class QueryRenderer
{
    static readonly SearchField[] ListFields =
        [SearchField.Author, SearchField.Outlet, SearchField.Speaker, SearchField.Entity, SearchField.Tag, SearchField.Type, SearchField.Status];

    public static string Render(Node? text, FilterSet filters)
    {
        var parts = new List<string>();
        if (text is not null) parts.Add(RenderNode(text));
        foreach (var field in ListFields)
        {
            var name = SearchFields.Name(field);
            parts.AddRange(filters.Included(field).Select(v => name + ":" + FieldValue(v)));
            parts.AddRange(filters.Excluded(field).Select(v => "-" + name + ":" + FieldValue(v)));
        }
        if (filters.After is { } after) parts.Add("after:" + after);
        if (filters.Before is { } before) parts.Add("before:" + before);
        parts.AddRange(filters.Included(SearchField.In).Select(v => "in:" + v));
        return string.Join(" ", parts);
    }

    public static string RenderNode(Node node) => node switch
    {
        TermNode term => BareOrQuoted(term.Text),
        PhraseNode phrase => "\"" + QueryLexer.CollapseSpaces(phrase.Text) + "\"",
        PrefixNode prefix => (prefix.Text.Any(QueryLexer.IsSeparator) ? "\"" + QueryLexer.CollapseSpaces(prefix.Text) + "\"" : BareOrQuoted(prefix.Text)) + "*",
        NotNode exclusion => "-" + Grouped(exclusion.Operand, n => n is AndNode or OrNode),
        AndNode allOf => string.Join(" ", allOf.Children.Select(c => Grouped(c, n => n is OrNode))),
        OrNode anyOf => string.Join(" OR ", anyOf.Children.Select(c => Grouped(c, n => n is AndNode))),
        _ => throw new ArgumentException($"Unexpected node {node.GetType().Name}.", nameof(node)),
    };

    static string Grouped(Node node, Func<Node, bool> needsParentheses) =>
        needsParentheses(node) ? "(" + RenderNode(node) + ")" : RenderNode(node);

    // A word stays bare when reading it back gives the same single word; otherwise (OR, foo:bar) it is
    // quoted, which FTS5 reads the same way. Phrase text keeps its doubled quotes; a word's quotes are doubled here.
    static string BareOrQuoted(string word)
    {
        var errors = new List<QueryError>();
        var tokens = QueryLexer.Lex(word, errors, []);
        var bare = errors.Count == 0 && tokens is [{ Kind: TokenKind.Word, Prefix: false } token]
            && token.Text.Start == 0 && token.Text.End == word.Length;
        return bare ? word : "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    static string FieldValue(string value)
    {
        var bare = value.Length > 0 && value[0] != '"'
            && !value.Any(c => QueryLexer.IsSeparator(c) || c is '(' or ')');
        return bare ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
