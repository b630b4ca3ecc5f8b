using System.Text.Json;
using ArticleReader.Model;
using ArticleReader.Storage;

namespace ArticleReader.Web.Pages.Articles;

public sealed record LayoutBlock(BlockRecord Block, IReadOnlyDictionary<string, string> Meta)
{
    // For a related-story link: the linked piece's slug when it is in the library.
    public string? LinkedSlug { get; init; }
    public IReadOnlyList<ClaimView> Claims { get; init; } = [];
    public IReadOnlyList<HighlightSpan> Highlights { get; init; } = [];
    // Where the words of the search that led here are (block-relative), to mark them.
    public IReadOnlyList<(int Start, int End)> Hits { get; init; } = [];

    public string Kind => Block.Kind;
    public string Text => Block.Text;
    public long Id => Block.Id;
    public string? Get(string key) => Meta.GetValueOrDefault(key);
    public int? GetInt(string key) => int.TryParse(Meta.GetValueOrDefault(key), out var v) ? v : null;
}

// What the reader shows, in order: paragraphs, figures (alt text with its caption), excerpts of other
// writers' pieces as one aside, runs of list items. Newsletter furniture and comments go after the text.
public abstract record Segment;
public sealed record BlockSegment(LayoutBlock Block) : Segment;
public sealed record FigureSegment(LayoutBlock? Alt, LayoutBlock? Caption) : Segment;
public sealed record ExcerptSegment(string Author, string? Title, IReadOnlyList<LayoutBlock> Blocks) : Segment;
public sealed record ListSegment(IReadOnlyList<LayoutBlock> Items) : Segment;

public sealed record ArticleLayout(IReadOnlyList<Segment> Body, IReadOnlyList<LayoutBlock> Furniture,
    IReadOnlyList<LayoutBlock> Comments, int HiddenCount)
{
    public static ArticleLayout From(IReadOnlyList<BlockRecord> records, Func<LayoutBlock, string?>? linkTarget = null, ReaderDesk? desk = null,
        IReadOnlyDictionary<long, IReadOnlyList<(int Start, int End)>>? hits = null)
    {
        var blocks = records.Select(r => new LayoutBlock(r, ParseMeta(r.Meta))
            {
                Claims = desk?.ClaimsOf(r.Id) ?? [],
                Highlights = desk?.HighlightsOf(r.Id) ?? [],
                Hits = hits?.GetValueOrDefault(r.Id) ?? [],
            })
            .Select(b => b.Kind == BlockKinds.RelatedLink && linkTarget is not null ? b with { LinkedSlug = linkTarget(b) } : b)
            .ToList();
        var body = new List<Segment>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (BlockKinds.IsHidden(b.Kind) || b.Kind is BlockKinds.Comment or BlockKinds.Furniture) continue;
            switch (b.Kind)
            {
                case BlockKinds.ImageAlt:
                    var caption = i + 1 < blocks.Count && blocks[i + 1].Kind == BlockKinds.Caption ? blocks[++i] : null;
                    body.Add(new FigureSegment(b, caption));
                    break;
                case BlockKinds.Caption:
                    body.Add(new FigureSegment(null, b));
                    break;
                case BlockKinds.Excerpt:
                    var run = new List<LayoutBlock> { b };
                    while (i + 1 < blocks.Count && blocks[i + 1].Kind == BlockKinds.Excerpt && blocks[i + 1].Get("author") == b.Get("author"))
                        run.Add(blocks[++i]);
                    body.Add(new ExcerptSegment(b.Get("author") ?? "Unknown writer", b.Get("role") == "title" ? b.Text : b.Get("title"),
                        run.Where(x => x.Get("role") is not ("title" or "byline")).ToList()));
                    break;
                case BlockKinds.ListItem:
                    var items = new List<LayoutBlock> { b };
                    while (i + 1 < blocks.Count && blocks[i + 1].Kind == BlockKinds.ListItem) items.Add(blocks[++i]);
                    body.Add(new ListSegment(items));
                    break;
                default:
                    body.Add(new BlockSegment(b));
                    break;
            }
        }
        return new ArticleLayout(body,
            blocks.Where(b => b.Kind == BlockKinds.Furniture).ToList(),
            blocks.Where(b => b.Kind == BlockKinds.Comment).ToList(),
            blocks.Count(b => BlockKinds.IsHidden(b.Kind)));
    }

    private static IReadOnlyDictionary<string, string> ParseMeta(string? json) =>
        string.IsNullOrEmpty(json) ? ParsedBlock.EmptyMeta : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? new();
}
