using System.Text;

namespace ArticleReader.Search;

// The text part of a query as FTS5 MATCH strings. Every word, phrase and prefix is written as an FTS5 string
// ("..." with " doubled, then * for a prefix), so nothing the user typed can act as FTS5 syntax: NEAR, column
// filters (body:x, {a b}: c), ^ and lowercase and/or/not are all just text inside quotes. AND, OR, NOT and
// parentheses appear only as this class writes them.
//
// How the caller runs it:
//   Match is set            -> WHERE fts MATCH @Match   (exclusions are already inside, as "a NOT (b OR c)")
//   only Exclude is set     -> every row the filters allow, minus
//                              WHERE rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH @Exclude)
//   both null               -> no text condition; the filters alone decide (see ParsedQuery.IsEmpty)
// The strings are parameters, never spliced into SQL.
public sealed record FtsQuery(string? Match, string? Exclude)
{
    public bool MatchesEverything => Match is null && Exclude is null;

    public static FtsQuery From(ParsedQuery query) => From(query.Text);

    public static FtsQuery From(Node? text)
    {
        if (text is null) return new FtsQuery(null, null);
        var exclusions = ExclusionsOnly(text);
        return exclusions is null
            ? new FtsQuery(ToMatch(text), null)
            : new FtsQuery(null, AnyOf(exclusions));
    }

    // The MATCH expression for a node that has something positive to match; an exclusion-only node
    // (-Trump, -a -b) can't be one in FTS5 and is refused: use From, which gives it as Exclude.
    public static string ToMatch(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (ExclusionsOnly(node) is not null)
            throw new ArgumentException("An exclusion-only query has no MATCH expression; use FtsQuery.From and its Exclude.", nameof(node));
        return Write(node);
    }

    // The excluded operands when the node is nothing but exclusions; null otherwise.
    static IReadOnlyList<Node>? ExclusionsOnly(Node node) => node switch
    {
        NotNode exclusion => [exclusion.Operand],
        AndNode allOf when allOf.Children.Count > 0 && allOf.Children.All(c => c is NotNode) => [.. allOf.Children.Cast<NotNode>().Select(n => n.Operand)],
        _ => null,
    };

    static string Write(Node node)
    {
        switch (node)
        {
            case TermNode term: return Quote(term.Text);
            case PhraseNode phrase: return Quote(phrase.Text);
            case PrefixNode prefix: return Quote(prefix.Text) + "*";
            case OrNode { Children.Count: > 0 } anyOf:
                if (anyOf.Children.Any(c => ExclusionsOnly(c) is not null))
                    throw new ArgumentException("An exclusion can't be one side of OR in FTS5.", nameof(node));
                return string.Join(" OR ", anyOf.Children.Select(Grouped));
            case AndNode { Children.Count: > 0 } allOf:
                var positive = allOf.Children.Where(c => c is not NotNode).ToList();
                var negative = allOf.Children.OfType<NotNode>().Select(n => n.Operand).ToList();
                if (positive.Count == 0)
                    throw new ArgumentException("A group of only exclusions has nothing to exclude from in FTS5.", nameof(node));
                var kept = positive.Count == 1 ? Grouped(positive[0]) : string.Join(" AND ", positive.Select(Grouped));
                if (negative.Count == 0) return kept;
                var keptGroup = positive.Count == 1 ? kept : "(" + kept + ")";
                return keptGroup + " NOT " + (negative.Count == 1 ? Grouped(negative[0]) : "(" + AnyOf(negative) + ")");
            case NotNode:
                throw new ArgumentException("An exclusion needs something to exclude from in FTS5.", nameof(node));
            default:
                throw new ArgumentException($"Unexpected node {node.GetType().Name}.", nameof(node));
        }
    }

    static string AnyOf(IReadOnlyList<Node> nodes) => string.Join(" OR ", nodes.Select(Grouped));

    static string Grouped(Node node) => node is TermNode or PhraseNode or PrefixNode ? Write(node) : "(" + Write(node) + ")";

    // An FTS5 string, with one canonical spelling: runs of spaces, control characters and lone surrogates become
    // one space. FTS5 reads a NUL as the end of the expression ("unterminated string"); the tokenizer treats the
    // others as separators anyway.
    internal static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (!pair && (QueryLexer.IsSeparator(c) || char.IsSurrogate(c)))
            {
                pendingSpace = builder.Length > 1;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            if (pair) builder.Append(c).Append(text[++i]);
            else if (c == '"') builder.Append("\"\"");
            else builder.Append(c);
        }
        return builder.Append('"').ToString();
    }
}
