namespace ArticleReader.Annotations;

// The text annotations are anchored in: an article's blocks, in order, joined by blank lines.
// Block-relative offsets (sentences, claims, a browser selection) convert to and from it.
public sealed class ArticleText
{
    public const string Separator = "\n\n";

    public string Text { get; }
    private readonly List<(long BlockId, int Start, int Length)> _blocks;

    public ArticleText(IEnumerable<(long BlockId, string Text)> blocks)
    {
        _blocks = [];
        var parts = new List<string>();
        var at = 0;
        foreach (var (id, text) in blocks)
        {
            if (parts.Count > 0) at += Separator.Length;
            _blocks.Add((id, at, text.Length));
            parts.Add(text);
            at += text.Length;
        }
        Text = string.Join(Separator, parts);
    }

    public int? BlockStart(long blockId)
    {
        foreach (var b in _blocks) if (b.BlockId == blockId) return b.Start;
        return null;
    }

    // The block holding an article offset, and the offset inside it; null between blocks or outside.
    public (long BlockId, int Offset)? Locate(int articleOffset, bool isEnd = false)
    {
        foreach (var b in _blocks)
        {
            var inside = isEnd ? articleOffset > b.Start && articleOffset <= b.Start + b.Length
                               : articleOffset >= b.Start && articleOffset < b.Start + b.Length;
            if (inside) return (b.BlockId, articleOffset - b.Start);
        }
        return null;
    }

    // Pieces of an article range, one per block it crosses, in block-relative offsets.
    public IEnumerable<(long BlockId, int Start, int End)> Spans(int start, int end)
    {
        foreach (var b in _blocks)
        {
            var s = Math.Max(start, b.Start);
            var e = Math.Min(end, b.Start + b.Length);
            if (e > s) yield return (b.BlockId, s - b.Start, e - b.Start);
        }
    }
}
