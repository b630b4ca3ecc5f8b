using System.Globalization;
using ArticleReader.Text;

namespace ArticleReader.Search;

// Reads what a user typed into the search box. Never throws on user input: every problem becomes a
// QueryError (the search should not run; show the message next to the box) or a warning (the search runs
// with the part that made sense). Even with errors, the returned query is the best reading of the rest.
//
// Grammar, loosest binding first (OR binds tighter than the implicit AND, as in web search boxes):
//   sequence := item*                       items are ANDed; an explicit AND between items is allowed
//   item     := unary ("OR" unary)*
//   unary    := ("-" | "NOT")? primary
//   primary  := "(" sequence ")" | word | word* | "phrase" | "phrase"* | field:value | field:"value"
// So `Putin OR Kremlin drones` means `(Putin OR Kremlin) drones`.
public static class QueryParser
{
    public const int MaxTerms = 64;      // words, phrases, prefixes and field values together
    public const int MaxNesting = 16;    // parentheses deeper than this are ignored (and reported)
    public const int MaxMessages = 10;   // errors and warnings each: a pasted page should not bury the search box

    public static ParsedQuery Parse(string? input)
    {
        input ??= "";
        var errors = new List<QueryError>();
        var warnings = new List<string>();
        var tokens = QueryLexer.Lex(input, errors, warnings);
        var root = new Parser(input, tokens, errors).Run();
        var filters = new FilterSet();
        var text = Lifting.Lift(root, filters, errors);
        filters.CheckConsistency(errors);
        errors.Sort((a, b) => a.Position.CompareTo(b.Position));
        return new ParsedQuery(input, text, filters, errors.Take(MaxMessages).ToList(), warnings.Distinct().Take(MaxMessages).ToList());
    }

    internal static string Column(int position) => (position + 1).ToString(CultureInfo.InvariantCulture);

    internal static TextSpan Cover(IReadOnlyList<Node> nodes) => new(nodes.Min(n => n.Span.Start), nodes.Max(n => n.Span.End));

    // Nested ANDs and ORs are flattened as they are built: "a (b c)" is And(a, b, c), so a parenthesised group
    // of filters at the top still narrows the whole query.
    internal static Node? MakeAnd(IReadOnlyList<Node> items)
    {
        var flat = items.SelectMany(n => n is AndNode allOf ? allOf.Children : [n]).ToList();
        return flat.Count switch { 0 => null, 1 => flat[0], _ => new AndNode(flat, Cover(flat)) };
    }

    internal static Node? MakeOr(IReadOnlyList<Node> items)
    {
        var flat = items.SelectMany(n => n is OrNode anyOf ? anyOf.Children : [n]).ToList();
        return flat.Count switch { 0 => null, 1 => flat[0], _ => new OrNode(flat, Cover(flat)) };
    }

    sealed class Parser(string input, List<Token> tokens, List<QueryError> errors)
    {
        int _pos;
        int _ignoredOpens;   // "(" beyond MaxNesting, whose ")" are skipped too
        int _terms;
        bool _reportedNesting, _reportedTerms;

        Token? Peek => _pos < tokens.Count ? tokens[_pos] : null;

        void Error(string message, TextSpan span) => errors.Add(new QueryError(message, span.Start, span.Length));

        static bool EndsOperand(Token? token) =>
            token is null || token.Kind is TokenKind.Close or TokenKind.Or or TokenKind.And;

        public Node? Run() => ParseSequence(0);

        Node? ParseSequence(int depth)
        {
            var items = new List<Node>();
            while (Peek is { } token)
            {
                switch (token.Kind)
                {
                    case TokenKind.Close when _ignoredOpens > 0:
                        _ignoredOpens--;
                        _pos++;
                        continue;
                    case TokenKind.Close when depth > 0:
                        return MakeAnd(items);
                    case TokenKind.Close:
                        Error($"Closing parenthesis at column {Column(token.Span.Start)} has no opening one.", token.Span);
                        _pos++;
                        continue;
                    case TokenKind.And:
                        _pos++;
                        if (items.Count == 0)
                            Error($"AND at column {Column(token.Span.Start)} needs a search term before it.", token.Span);
                        else if (EndsOperand(Peek))
                            Error($"AND at column {Column(token.Span.Start)} needs a search term after it.", token.Span);
                        continue;
                    case TokenKind.Or:
                        // An OR that ParseItem did not take has nothing on its left.
                        _pos++;
                        Error($"OR at column {Column(token.Span.Start)} needs a search term before it.", token.Span);
                        continue;
                }
                if (ParseItem(depth) is { } item) items.Add(item);
            }
            return MakeAnd(items);
        }

        Node? ParseItem(int depth)
        {
            var operands = new List<Node>();
            if (ParseUnary(depth) is { } first) operands.Add(first);
            while (Peek is { Kind: TokenKind.Or } orToken)
            {
                _pos++;
                if (Peek is { Kind: TokenKind.Or } second)
                {
                    Error($"Two ORs in a row at column {Column(second.Span.Start)}; remove one.", second.Span);
                    while (Peek is { Kind: TokenKind.Or }) _pos++;
                }
                if (EndsOperand(Peek))
                {
                    Error($"OR at column {Column(orToken.Span.Start)} needs a search term after it.", orToken.Span);
                    break;
                }
                if (ParseUnary(depth) is { } next) operands.Add(next);
            }
            return MakeOr(operands);
        }

        Node? ParseUnary(int depth)
        {
            var negations = new List<Token>();
            while (Peek is { Kind: TokenKind.Not or TokenKind.Minus } negation)
            {
                negations.Add(negation);
                _pos++;
            }
            if (negations.Count > 0 && EndsOperand(Peek))
            {
                var last = negations[^1];
                Error($"NOT at column {Column(last.Span.Start)} needs a search term after it.", last.Span);
                return null;
            }
            if (negations.Count > 1)
                Error($"Excluding twice at column {Column(negations[1].Span.Start)} isn't supported; remove one NOT or -.", negations[1].Span);
            var operand = ParsePrimary(depth);
            if (operand is null || negations.Count == 0) return operand;
            return new NotNode(operand, new(negations[0].Span.Start, operand.Span.End));
        }

        Node? ParsePrimary(int depth)
        {
            var token = tokens[_pos++];
            switch (token.Kind)
            {
                case TokenKind.Open:
                    return ParseGroup(token, depth);
                case TokenKind.Word:
                case TokenKind.Phrase:
                case TokenKind.Field:
                    if (++_terms > MaxTerms)
                    {
                        if (!_reportedTerms)
                            Error($"Too many search terms: the limit is {MaxTerms}. Everything from column {Column(token.Span.Start)} on is ignored.",
                                token.Span);
                        _reportedTerms = true;
                        return null;
                    }
                    return Leaf(token);
                default:
                    return null; // callers only come here with an operand ahead
            }
        }

        Node Leaf(Token token)
        {
            var text = token.Text;
            var source = text.Slice(input);
            return token.Kind switch
            {
                TokenKind.Field => new FieldNode(token.Field, token.Value, token.Date, token.Span),
                _ when token.Prefix => new PrefixNode(source, text),
                TokenKind.Phrase => new PhraseNode(source, text),
                _ => new TermNode(source, text),
            };
        }

        Node? ParseGroup(Token open, int depth)
        {
            if (depth >= MaxNesting)
            {
                if (!_reportedNesting)
                    Error($"Parentheses are nested more than {MaxNesting} deep at column {Column(open.Span.Start)}; the deeper ones are ignored.", open.Span);
                _reportedNesting = true;
                _ignoredOpens++;
                return null;
            }
            var inner = ParseSequence(depth + 1);
            if (Peek is { Kind: TokenKind.Close } close)
            {
                _pos++;
                if (inner is null)
                    Error($"Empty parentheses at column {Column(open.Span.Start)}.", new(open.Span.Start, close.Span.End));
                return inner switch
                {
                    AndNode allOf => allOf with { Span = new(open.Span.Start, close.Span.End) },
                    OrNode anyOf => anyOf with { Span = new(open.Span.Start, close.Span.End) },
                    _ => inner,
                };
            }
            Error($"Missing closing parenthesis for the one opened at column {Column(open.Span.Start)}.", open.Span);
            return inner;
        }
    }
}
