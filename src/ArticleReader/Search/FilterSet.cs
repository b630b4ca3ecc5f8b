using ArticleReader.Text;
using static ArticleReader.Search.QueryParser;

namespace ArticleReader.Search;

// The field filters of one query. The same field given twice means either value (type:prediction
// type:statistic); different fields all apply; -field:value excludes. Dates and places are special:
// before:/after: may appear once each and can't be excluded; in: lists places and can't be excluded.
internal sealed class FilterSet
{
    sealed record Entry(string Value, TextSpan Span);

    readonly Dictionary<SearchField, List<Entry>> _included = [];
    readonly Dictionary<SearchField, List<Entry>> _excluded = [];
    (DateBound Date, TextSpan Span)? _before, _after;

    public DateBound? Before => _before?.Date;
    public DateBound? After => _after?.Date;

    public bool IsEmpty => _included.Values.All(v => v.Count == 0) && _excluded.Values.All(v => v.Count == 0)
        && _before is null && _after is null;

    public FilterSet Clone()
    {
        var copy = new FilterSet { _before = _before, _after = _after };
        foreach (var (field, entries) in _included) copy._included[field] = [.. entries];
        foreach (var (field, entries) in _excluded) copy._excluded[field] = [.. entries];
        return copy;
    }

    // Values in canonical order: closed lists in their list's order, free text alphabetically.
    public IReadOnlyList<string> Included(SearchField field) => Ordered(field, _included);

    public IReadOnlyList<string> Excluded(SearchField field) => Ordered(field, _excluded);

    static IReadOnlyList<string> Ordered(SearchField field, Dictionary<SearchField, List<Entry>> lists)
    {
        if (!lists.TryGetValue(field, out var entries) || entries.Count == 0) return [];
        var values = entries.Select(e => e.Value);
        return SearchFields.AllowedValues(field) is { } allowed
            ? [.. values.OrderBy(v => IndexOf(allowed, v))]
            : [.. values.Order(StringComparer.OrdinalIgnoreCase)];
    }

    static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == value) return i;
        return -1;
    }

    static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    static List<Entry> ListOf(Dictionary<SearchField, List<Entry>> lists, SearchField field) =>
        lists.TryGetValue(field, out var list) ? list : lists[field] = [];

    public void Add(FieldNode field, bool excluded, List<QueryError> errors)
    {
        var name = SearchFields.Name(field.Field);
        var at = Column(field.Span.Start);
        void Error(string message) => errors.Add(new QueryError(message, field.Span.Start, field.Span.Length));

        if (field.Date is { } date)
        {
            var other = field.Field == SearchField.Before ? "after" : "before";
            if (excluded) { Error($"{name}: at column {at} can't be excluded; use {other}: for the other side."); return; }
            ref var slot = ref field.Field == SearchField.Before ? ref _before : ref _after;
            if (slot is not null) { Error($"{name}: is given twice (again at column {at}); keep one."); return; }
            slot = (date, field.Span);
            return;
        }
        if (field.Field == SearchField.In && excluded)
        {
            var rest = SearchFields.Scopes.Where(s => s != field.Value).Select(s => "in:" + s);
            Error($"in: at column {at} can't be excluded; name the places to search instead: {string.Join(" ", rest)}.");
            return;
        }
        var list = ListOf(excluded ? _excluded : _included, field.Field);
        if (!list.Any(e => Comparer.Equals(e.Value, field.Value))) list.Add(new Entry(field.Value, field.Span));
    }

    public void CheckConsistency(List<QueryError> errors)
    {
        foreach (var (field, excluded) in _excluded)
        {
            var included = ListOf(_included, field);
            foreach (var entry in excluded.Where(e => included.Any(i => Comparer.Equals(i.Value, e.Value))))
                errors.Add(new QueryError($"{SearchFields.Name(field)}:{entry.Value} is both required and excluded.",
                    entry.Span.Start, entry.Span.Length));
        }
        if (_before is { } before && _after is { } after && after.Date.End >= before.Date.Start)
            errors.Add(new QueryError(
                $"No date is both after {after.Date} and before {before.Date}: after:{after.Date} means from {after.Date.End:yyyy-MM-dd} on, " +
                $"before:{before.Date} means up to {before.Date.Start.AddDays(-1):yyyy-MM-dd}.",
                before.Span.Start, before.Span.Length));
    }

    // Facet clicks: the value is already checked and canonical.
    public void Include(SearchField field, string value, DateBound? date)
    {
        if (date is not null)
        {
            if (field == SearchField.Before) _before = (date, default); else _after = (date, default);
            return;
        }
        ListOf(_excluded, field).RemoveAll(e => Comparer.Equals(e.Value, value));
        var list = ListOf(_included, field);
        if (!list.Any(e => Comparer.Equals(e.Value, value))) list.Add(new Entry(value, default));
    }

    public void Exclude(SearchField field, string value)
    {
        ListOf(_included, field).RemoveAll(e => Comparer.Equals(e.Value, value));
        var list = ListOf(_excluded, field);
        if (!list.Any(e => Comparer.Equals(e.Value, value))) list.Add(new Entry(value, default));
    }

    public void Remove(SearchField field, string value)
    {
        if (field == SearchField.Before && _before?.Date.ToString() == value) _before = null;
        if (field == SearchField.After && _after?.Date.ToString() == value) _after = null;
        ListOf(_included, field).RemoveAll(e => Comparer.Equals(e.Value, value));
        ListOf(_excluded, field).RemoveAll(e => Comparer.Equals(e.Value, value));
    }
}
