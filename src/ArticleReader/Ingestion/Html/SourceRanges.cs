using AngleSharp.Dom;

namespace ArticleReader.Ingestion.Html;

// Maps parsed elements back to character ranges of the HTML source. AngleSharp records only where a
// start tag begins (1-based, 0 for elements the parser implied), so the end is found by searching back
// from the element's limit (the next sibling's start tag, or the parent's closing tag) for this
// element's own closing tag. Implicitly closed elements (a <p> ended by the next <p>) end at the last
// non-blank character before their limit.
internal sealed class SourceRanges(string source)
{
    private readonly Dictionary<IElement, int> _closeStarts = new(ReferenceEqualityComparer.Instance);

    public string Source => source;

    public static int? KnownStart(IElement element)
    {
        var position = element.SourceReference?.Position.Position ?? 0;
        return position > 0 ? position - 1 : null;
    }

    public int StartOf(IElement element)
    {
        if (KnownStart(element) is { } start) return start;
        // An implied element starts where its first recorded descendant does.
        foreach (var descendant in element.Descendants<IElement>())
            if (KnownStart(descendant) is { } inner) return inner;
        return element.ParentElement is { } parent ? StartTagEnd(parent) : 0;
    }

    private static readonly HashSet<string> VoidTags =
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

    public int EndOf(IElement element)
    {
        // A void element is all start tag.
        if (VoidTags.Contains(element.LocalName) && KnownStart(element) is not null) return StartTagEnd(element);
        var closeStart = CloseStartOf(element);
        if (KnownStart(element) is null || !IsClosingTagAt(element, closeStart)) return closeStart;
        var gt = source.IndexOf('>', closeStart);
        return gt < 0 ? source.Length : gt + 1;
    }

    // Where the element's start tag ends: the first character of its content.
    public int StartTagEnd(IElement element)
    {
        var start = StartOf(element);
        if (KnownStart(element) is null) return start;
        var gt = source.IndexOf('>', start);
        return gt < 0 ? source.Length : gt + 1;
    }

    // Where the element's content ends: the start of its closing tag, or of whatever implicitly closed it.
    public int CloseStartOf(IElement element)
    {
        if (_closeStarts.TryGetValue(element, out var known)) return known;
        var limit = LimitOf(element);
        int result;
        if (KnownStart(element) is { } start && start < limit)
        {
            var found = FindLastClosingTag(element.LocalName, start, limit);
            result = found >= 0 ? found : TrimEnd(start, limit);
        }
        else result = limit;
        _closeStarts[element] = result;
        return result;
    }

    // The first element sibling after this one that the source records, or the parent's closing tag.
    private int LimitOf(IElement element)
    {
        for (var sibling = element.NextElementSibling; sibling is not null; sibling = sibling.NextElementSibling)
            if (KnownStart(sibling) is { } siblingStart) return siblingStart;
        return element.ParentElement is { } parent ? CloseStartOf(parent) : source.Length;
    }

    private int FindLastClosingTag(string name, int start, int limit)
    {
        var needle = "</" + name;
        var searchEnd = limit - 1;
        while (searchEnd >= start)
        {
            var at = source.LastIndexOf(needle, searchEnd, searchEnd - start + 1, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return -1;
            var after = at + needle.Length;
            if (after >= source.Length || !char.IsLetterOrDigit(source[after])) return at;
            searchEnd = at - 1;
        }
        return -1;
    }

    private bool IsClosingTagAt(IElement element, int at) =>
        at + 2 + element.LocalName.Length <= source.Length &&
        string.Compare(source, at, "</" + element.LocalName, 0, element.LocalName.Length + 2, StringComparison.OrdinalIgnoreCase) == 0;

    public int TrimEnd(int start, int end)
    {
        while (end > start && char.IsWhiteSpace(source[end - 1])) end--;
        return end;
    }

    public int TrimStart(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(source[start])) start++;
        return start;
    }
}
