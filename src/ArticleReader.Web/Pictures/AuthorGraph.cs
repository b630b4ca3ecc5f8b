using ArticleReader.Storage;
using Microsoft.AspNetCore.Html;

namespace ArticleReader.Web.Pictures;

public enum GraphNodeKind { Writer, UnsignedPiece, CitedOnly } // the order around the circle

public sealed record GraphNode(string Key, string Label, string FullName, string Href, GraphNodeKind Kind, int Weight);

public sealed record GraphEdge(string From, string To, string Kind, int Count);

public sealed record PlacedNode(GraphNode Node, double X, double Y);

// Who cites, mentions, supports or contradicts whom. Nodes sit on a circle in a fixed order (writers, then
// unsigned pieces, then writers known only from citations, each by name), so the same library always draws
// the same picture; edges are curves bent to one side by kind, so two kinds between one pair stay apart.
public static class AuthorGraph
{
    public const double Width = 760, Height = 560, Radius = 165;
    private const double CenterX = Width / 2, CenterY = 232;

    public static readonly IReadOnlyList<(string Kind, string Label, string Meaning)> EdgeKinds =
    [
        (AuthorEdgeKinds.Cites, "cites", "links to, excerpts or names a piece by"),
        (AuthorEdgeKinds.Mentions, "mentions", "names in the text"),
        (AuthorEdgeKinds.Supports, "supports", "a reader linked claims as agreeing"),
        (AuthorEdgeKinds.Contradicts, "contradicts", "a reader linked claims as disagreeing"),
    ];

    public static IReadOnlyList<PlacedNode> Layout(IReadOnlyList<GraphNode> nodes)
    {
        var ordered = nodes.OrderBy(n => n.Kind).ThenBy(n => n.FullName, StringComparer.OrdinalIgnoreCase).ThenBy(n => n.Key, StringComparer.Ordinal).ToList();
        return ordered.Select((n, i) =>
        {
            var angle = -Math.PI / 2 + 2 * Math.PI * i / Math.Max(1, ordered.Count);
            return new PlacedNode(n, CenterX + Radius * Math.Cos(angle), CenterY + Radius * Math.Sin(angle));
        }).ToList();
    }

    public static double NodeRadius(GraphNode n) => Math.Min(16, 6 + 2.5 * Math.Sqrt(n.Weight));

    public static IHtmlContent Render(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges)
    {
        var placed = Layout(nodes).ToDictionary(p => p.Node.Key);
        var svg = new Svg().Open("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", $"0 0 {Width} {Height}"), ("width", "100%"),
            ("class", "picture author-graph"), ("role", "img"), ("aria-labelledby", "ag-title ag-desc"), ("preserveAspectRatio", "xMidYMid meet"));
        svg.Element("title", "Author graph", ("id", "ag-title"));
        svg.Element("desc", $"{nodes.Count} writers and unsigned pieces; {edges.Count} links: " +
            string.Join(", ", EdgeKinds.Select(k => $"{edges.Where(e => e.Kind == k.Kind).Sum(e => e.Count)} {k.Label}")) + ". The table after the picture lists every link.", ("id", "ag-desc"));
        svg.Style(PictureStyle.Css);
        svg.Open("defs");
        foreach (var (kind, _, _) in EdgeKinds)
            svg.Open("marker", ("id", $"ag-arrow-{kind}"), ("viewBox", "0 0 10 10"), ("refX", 9), ("refY", 5), ("markerWidth", 11), ("markerHeight", 11), ("markerUnits", "userSpaceOnUse"), ("orient", "auto-start-reverse"))
                .Empty("path", ("d", "M0,0 L10,5 L0,10 z"), ("class", $"pic-arrow pic-{kind}")).Close();
        svg.Close();

        var bends = new Dictionary<string, double> { [AuthorEdgeKinds.Cites] = 0.12, [AuthorEdgeKinds.Mentions] = -0.12, [AuthorEdgeKinds.Supports] = 0.26, [AuthorEdgeKinds.Contradicts] = -0.26 };
        svg.Open("g", ("class", "ag-edges"));
        foreach (var e in edges.Where(e => placed.ContainsKey(e.From) && placed.ContainsKey(e.To)))
        {
            var (a, b) = (placed[e.From], placed[e.To]);
            svg.Open("path", ("d", Curve(a, b, bends.GetValueOrDefault(e.Kind))), ("class", $"pic-edge pic-{e.Kind}"),
                ("stroke-width", Math.Min(6, 1.5 + 0.8 * (e.Count - 1))), ("marker-end", $"url(#ag-arrow-{e.Kind})"));
            svg.Element("title", $"{a.Node.FullName} {e.Kind} {b.Node.FullName} ({e.Count}×)").Close();
        }
        svg.Close();

        svg.Open("g", ("class", "ag-nodes"));
        foreach (var p in placed.Values)
        {
            var r = NodeRadius(p.Node);
            svg.Open("a", ("href", p.Node.Href), ("tabindex", "-1"));
            svg.Element("title", p.Node.FullName + p.Node.Kind switch
            {
                GraphNodeKind.CitedOnly => " (cited only: no piece of theirs in the library)",
                GraphNodeKind.UnsignedPiece => " (a piece without a known author)",
                _ => "",
            });
            if (p.Node.Kind == GraphNodeKind.UnsignedPiece)
                svg.Empty("rect", ("x", p.X - r), ("y", p.Y - r), ("width", 2 * r), ("height", 2 * r), ("class", "ag-node ag-unsigned"));
            else
                svg.Empty("circle", ("cx", p.X), ("cy", p.Y), ("r", r), ("class", p.Node.Kind == GraphNodeKind.Writer ? "ag-node ag-writer" : "ag-node ag-cited"));
            var (dx, anchor) = Math.Cos(Math.Atan2(p.Y - CenterY, p.X - CenterX)) switch { > 0.3 => (1, "start"), < -0.3 => (-1, "end"), _ => (0, "middle") };
            var dy = dx == 0 ? (p.Y < CenterY ? -r - 8 : r + 18) : 5;
            svg.Element("text", p.Node.Label, ("x", p.X + dx * (r + 6)), ("y", p.Y + dy), ("text-anchor", anchor), ("class", "pic-label"));
            svg.Close();
        }
        svg.Close();

        Legend(svg);
        return svg.ToHtml();
    }

    private static void Legend(Svg svg)
    {
        svg.Open("g", ("class", "pic-legend"), ("transform", $"translate(24 {Height - 86})"));
        for (var i = 0; i < EdgeKinds.Count; i++)
        {
            var (kind, label, _) = EdgeKinds[i];
            var (x, y) = (i % 2 * 320, i / 2 * 26);
            svg.Empty("path", ("d", $"M{x},{y} h44"), ("class", $"pic-edge pic-{kind}"), ("stroke-width", 2.5), ("marker-end", $"url(#ag-arrow-{kind})"));
            svg.Element("text", label, ("x", x + 54), ("y", y + 5), ("class", "pic-label"));
        }
        svg.Empty("circle", ("cx", 8), ("cy", 62), ("r", 8), ("class", "ag-node ag-writer"));
        svg.Element("text", "writer", ("x", 22), ("y", 67), ("class", "pic-label"));
        svg.Empty("circle", ("cx", 128), ("cy", 62), ("r", 8), ("class", "ag-node ag-cited"));
        svg.Element("text", "cited only", ("x", 142), ("y", 67), ("class", "pic-label"));
        svg.Empty("rect", ("x", 320), ("y", 54), ("width", 16), ("height", 16), ("class", "ag-node ag-unsigned"));
        svg.Element("text", "unsigned piece", ("x", 344), ("y", 67), ("class", "pic-label"));
        svg.Close();
    }

    // A quadratic curve from the edge of one node to the edge of the other, bent sideways by a share of its length.
    private static string Curve(PlacedNode a, PlacedNode b, double bend)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var (cx, cy) = ((a.X + b.X) / 2 - dy * bend, (a.Y + b.Y) / 2 + dx * bend);
        (double X, double Y) Toward(PlacedNode from, double tx, double ty, double by)
        {
            var (vx, vy) = (tx - from.X, ty - from.Y);
            var d = Math.Max(1, Math.Sqrt(vx * vx + vy * vy));
            return (from.X + vx / d * by, from.Y + vy / d * by);
        }
        var start = Toward(a, cx, cy, NodeRadius(a.Node) + 1);
        var end = Toward(b, cx, cy, NodeRadius(b.Node) + 3);
        return $"M{Svg.Number(start.X)},{Svg.Number(start.Y)} Q{Svg.Number(cx)},{Svg.Number(cy)} {Svg.Number(end.X)},{Svg.Number(end.Y)}";
    }
}
