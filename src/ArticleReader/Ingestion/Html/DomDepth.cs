using AngleSharp.Dom;

namespace ArticleReader.Ingestion.Html;

// Browsers stop nesting at a fixed depth (Blink: 512). Pages nested deeper are broken or hostile, and
// every tree walk over them costs depth × size, so content below the limit is dropped (with a warning).
internal static class DomDepth
{
    public const int Limit = 512;

    // Empties the elements at the limit; returns how many were emptied.
    public static int Truncate(IElement root, int limit = Limit)
    {
        var emptied = 0;
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth >= limit)
            {
                if (element.ChildNodes.Length == 0) continue;
                while (element.FirstChild is { } child) element.RemoveChild(child);
                emptied++;
                continue;
            }
            foreach (var child in element.Children) stack.Push((child, depth + 1));
        }
        return emptied;
    }
}
