using static ArticleReader.Search.QueryParser;

namespace ArticleReader.Search;

// Turns the parsed tree into the query's two parts: field filters (which always narrow the whole query) and
// the text tree, keeping only shapes FTS5 can run. FTS5's NOT is binary ("a NOT b"), so an exclusion needs a
// positive term beside it, except at the top where an exclusion-only query is answered by the caller.
internal static class Lifting
{
    public static Node? Lift(Node? root, FilterSet filters, List<QueryError> errors)
    {
        if (root is null) return null;
        var text = new List<Node>();
        foreach (var item in root is AndNode allOf ? allOf.Children : [root])
        {
            switch (item)
            {
                case FieldNode field:
                    filters.Add(field, excluded: false, errors);
                    break;
                case NotNode { Operand: FieldNode field }:
                    filters.Add(field, excluded: true, errors);
                    break;
                // (type:prediction OR type:statistic) says the same as the two fields side by side.
                case OrNode anyOf when IsOneField(anyOf):
                    foreach (var field in anyOf.Children.Cast<FieldNode>()) filters.Add(field, excluded: false, errors);
                    break;
                case NotNode { Operand: OrNode anyOf } when IsOneField(anyOf):
                    foreach (var field in anyOf.Children.Cast<FieldNode>()) filters.Add(field, excluded: true, errors);
                    break;
                default:
                    if (Clean(item, errors) is { } kept) text.Add(kept);
                    break;
            }
        }
        return MakeAnd(text);
    }

    static bool IsOneField(OrNode anyOf) =>
        anyOf.Children.All(c => c is FieldNode) && anyOf.Children.Cast<FieldNode>().Select(f => f.Field).Distinct().Count() == 1;

    static void Error(List<QueryError> errors, string message, Node at) =>
        errors.Add(new QueryError(message, at.Span.Start, at.Span.Length));

    // Below the top level: no filters, no exclusion as one side of OR, no group made only of exclusions.
    static Node? Clean(Node node, List<QueryError> errors)
    {
        switch (node)
        {
            case FieldNode field:
                Error(errors, $"The filter {field.Rendered} at column {Column(field.Span.Start)} can't be inside OR or an excluded group: " +
                    "filters always narrow the whole query.", field);
                return null;
            case NotNode exclusion:
                var operand = Clean(exclusion.Operand, errors);
                if (operand is NotNode)
                {
                    Error(errors, $"Excluding an exclusion at column {Column(exclusion.Span.Start)} isn't supported.", exclusion);
                    return null;
                }
                return operand is null ? null : exclusion with { Operand = operand };
            case OrNode anyOf:
                var alternatives = new List<Node>();
                foreach (var child in anyOf.Children)
                {
                    var kept = Clean(child, errors);
                    if (kept is NotNode)
                        Error(errors, $"The excluded term at column {Column(kept.Span.Start)} can't be one side of OR; " +
                            "exclude it from the whole query instead, e.g. (Putin OR Kremlin) -Trump.", kept);
                    else if (kept is not null)
                        alternatives.Add(kept);
                }
                return MakeOr(alternatives);
            case AndNode allOf:
                var parts = allOf.Children.Select(c => Clean(c, errors)).OfType<Node>().ToList();
                if (parts.Count > 0 && parts.All(p => p is NotNode))
                {
                    Error(errors, $"The group at column {Column(allOf.Span.Start)} only excludes; it needs a word to exclude from, e.g. (drones -Kremlin).", allOf);
                    return null;
                }
                return MakeAnd(parts);
            default:
                return node;
        }
    }
}
