using ArticleReader.Text;

namespace ArticleReader.Search;

// The text part of a query. Every node carries the span of the input it was read from; for the leaves
// input[Span] equals Text exactly (a phrase's span is the inside of its quotes, a prefix's span leaves out the *).
public abstract record Node(TextSpan Span);

// One typed word chunk, trimmed of punctuation at its ends: "Pokrovsk", "U.S", "Zelensky's".
// The FTS tokenizer may split it further; it then matches as a phrase ("U.S" -> "u s").
public sealed record TermNode(string Text, TextSpan Span) : Node(Span);

// "security guarantee": its words adjacent and in order (stemming still applies).
public sealed record PhraseNode(string Text, TextSpan Span) : Node(Span);

// negotiat* or "peace pl"*: the last word is a prefix.
public sealed record PrefixNode(string Text, TextSpan Span) : Node(Span);

public sealed record AndNode(IReadOnlyList<Node> Children, TextSpan Span) : Node(Span);

public sealed record OrNode(IReadOnlyList<Node> Children, TextSpan Span) : Node(Span);

// An exclusion: -Trump, -"peace plan", NOT Trump, -(a b).
public sealed record NotNode(Node Operand, TextSpan Span) : Node(Span);

// A field filter while parsing; lifted out of the text tree before the query is returned.
internal sealed record FieldNode(SearchField Field, string Value, DateBound? Date, TextSpan Span) : Node(Span)
{
    public string Rendered => SearchFields.Name(Field) + ":" + Value;
}

// A problem the caller shows next to the search box. Position and Length are character offsets into the
// input (Position is 0-based; messages say "column Position+1").
public sealed record QueryError(string Message, int Position, int Length)
{
    public TextSpan Span => new(Position, Position + Length);
}
