using ArticleReader.Model;

namespace ArticleReader.Ingestion.TextDump;

// Text copied out of a browser. Each stage is a pure function from document to document;
// order matters: boilerplate is marked before digests are split (so "Advertisement" between a title
// and its outlet line does not break the pattern), and the head and comments are found before the
// remainder defaults to body.
public static class TextDumpParser
{
    public static readonly IReadOnlyList<(string Name, Func<DumpDocument, DumpDocument> Run)> Pipeline =
    [
        ("glued-dates", Stages.SplitGluedDates),
        ("boilerplate", Stages.MarkBoilerplate),
        ("articles", Stages.SplitArticles),
        ("topics", Stages.MarkTopicLists),
        ("comments", Stages.FindComments),
        ("head", Stages.FindHead),
        ("related-links", StructureStages.FindRelatedLinks), // before captions: a link line is never a photo's alt text
        ("captions", StructureStages.FindCaptions),
        ("newsletter", StructureStages.FindNewsletterFurniture),
        ("verse", StructureStages.FindVerse),          // after comments and the head: both can be short lines
        ("quotes", StructureStages.FindBlockQuotes),
        ("headings", StructureStages.FindHeadings),
        ("body", Stages.DefaultToBody),
        ("small-caps", StructureStages.MarkSmallCaps), // after body: it annotates body blocks
    ];

    public static ParsedSource Parse(string source)
    {
        var doc = Stages.SplitLines(source);
        foreach (var (_, run) in Pipeline) doc = run(doc);
        return ToParsed(doc);
    }

    public static ParsedSource ToParsed(DumpDocument doc)
    {
        var articles = new List<ParsedArticle>();
        for (var a = 0; a < doc.Articles.Count; a++)
        {
            var chunks = doc.Chunks.Where(c => c.Article == a).ToList();
            if (chunks.Count == 0) continue;
            var facts = doc.Articles[a];
            articles.Add(new ParsedArticle
            {
                Start = chunks[0].Start,
                End = chunks[^1].End,
                Blocks = chunks.Select(ToBlock).ToList(),
                Title = facts.Title ?? Fallbacks.Title(chunks),
                Dek = facts.Dek, Kicker = facts.Kicker, Author = facts.Author, Outlet = facts.Outlet,
                Published = facts.Published, Url = facts.Url, Section = facts.Section,
            });
        }
        var outside = doc.Chunks.Where(c => c.Article < 0).Select(ToBlock).ToList();
        return new ParsedSource(doc.Source, articles, outside);
    }

    private static ParsedBlock ToBlock(Chunk c) => new(c.Kind, c.Start, c.End, c.Text) { Meta = c.Meta };
}

internal static class Fallbacks
{
    // No line looked like a title: name the article after its first words rather than leave it blank.
    public static string Title(IReadOnlyList<Chunk> chunks)
    {
        var first = chunks.FirstOrDefault(c => c.Kind == BlockKinds.Body) ?? chunks[0];
        var words = first.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 10 ? first.Text : string.Join(' ', words.Take(10)) + "…";
    }
}
