using ArticleReader.Web.Pictures;

namespace ArticleReader.Web.Tests.Pictures;

public class AuthorGraphTests
{
    private static GraphNode Node(string key, string name, GraphNodeKind kind = GraphNodeKind.Writer) => new(key, name, name, "/authors/" + key, kind, 1);

    [Fact]
    public void The_layout_is_the_same_whatever_order_the_nodes_come_in()
    {
        GraphNode[] nodes = [Node("a1", "Tom Nichols"), Node("a2", "Anne Applebaum"), Node("a3", "Eliot A. Cohen", GraphNodeKind.CitedOnly), Node("p4", "“What Is…”", GraphNodeKind.UnsignedPiece)];
        var once = AuthorGraph.Layout(nodes);
        var again = AuthorGraph.Layout(nodes.Reverse().ToList());
        Assert.Equal(once, again);
        Assert.Equal(["Anne Applebaum", "Tom Nichols", "“What Is…”", "Eliot A. Cohen"], once.Select(p => p.Node.FullName)); // writers, pieces, then cited only
        Assert.All(once, p => Assert.InRange(Math.Sqrt(Math.Pow(p.X - AuthorGraph.Width / 2, 2) + Math.Pow(p.Y - 232, 2)), AuthorGraph.Radius - 0.01, AuthorGraph.Radius + 0.01));
    }

    [Fact]
    public void Edges_between_unknown_nodes_are_left_out_and_names_are_escaped()
    {
        var svg = AuthorGraph.Render([Node("a1", "A & B <C>"), Node("a2", "D")],
            [new GraphEdge("a1", "a2", "cites", 2), new GraphEdge("a1", "zz", "cites", 1)]).ToString()!;
        var edges = System.Text.RegularExpressions.Regex.Match(svg, "<g class=\"ag-edges\">.*?</g>").Value;
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(edges, "class=\"pic-edge pic-cites\""));
        Assert.Contains("A &amp; B &lt;C&gt;", svg);
        new System.Xml.XmlDocument().LoadXml(svg);
    }
}
