using System.Text.RegularExpressions;
using ArticleReader.Model;

namespace ArticleReader.Ingestion.TextDump;

// Stages that recognise the parts of an article a reader sees as distinct from its running text:
// captions and their credits, related-story links, newsletter furniture and embedded excerpts, verse,
// block quotes, subheadings, and ALL-CAPS lead-ins. Each only classifies chunks no earlier stage claimed.
public static partial class StructureStages
{
    // ---- Captions

    [GeneratedRegex(@"\((?:Photo(?:graph)?s? (?:by|courtesy of) )?[^()]{2,80}?(?: / [^()/]{2,60})*\s*/\s*(?:Getty(?: Images)?|AFP|AP|Reuters|Bloomberg|Redux|Shutterstock|[A-Z][\w.&' -]{1,40})\)\.?$")]
    private static partial Regex ParenCredit(); // matches "(Roman Pilipey / AFP / Getty)", "(Photo by Jane Doe/Getty Images)"

    [GeneratedRegex(@"(?<=[.!?”)] |^)(?:Photo(?:graph)?(?: by| courtesy of)?:? )?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:/[A-Z][\w.&' -]{1,30}){1,4}(?: via Getty Images)?$")]
    private static partial Regex SlashCredit(); // matches "Carina Johansen/NTB/AFP via Getty Images"

    [GeneratedRegex(@"(?:^|(?<=[.!?] ))(?:Source|Credit|Photo|Photograph|Illustration(?: by [^.]+)?)(?:\.|:) ?(?:Source: )?[^.]{2,120}(?: / [^./]{2,60})+\.?$")]
    private static partial Regex LabelledCredit(); // matches "Illustration by The Atlantic. Source: Found Image Holdings / Corbis / Getty."

    [GeneratedRegex(@"^[A-Z][\w.&'’ -]{1,50}(?: / [A-Z][\w.&'’ -]{1,50}){1,4}$")]
    private static partial Regex BareCredit(); // matches "Millennium Images / Gallery Stock"

    public static (int Start, int Length)? FindCredit(string text)
    {
        foreach (var rule in new[] { ParenCredit(), LabelledCredit(), SlashCredit() })
        {
            var m = rule.Match(text);
            if (m.Success) return (m.Index, m.Length);
        }
        return BareCredit().IsMatch(text) && text.Split(' ').Length <= 10 ? (0, text.Length) : null;
    }

    public static DumpDocument FindCaptions(DumpDocument doc)
    {
        var chunks = doc.Chunks.ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            var c = chunks[i];
            if (c.IsClassified || c.WordCount > 90) continue;
            var credit = FindCredit(c.Text);
            if (credit is null) continue;
            chunks[i] = c.As(BlockKinds.Caption).WithMeta("creditStart", credit.Value.Start.ToString())
                .WithMeta("credit", c.Text.Substring(credit.Value.Start, credit.Value.Length).Trim().TrimStart('(').TrimEnd('.', ')').Trim());
            // The line just before a caption, short and unpunctuated, is the photo's alt text copied with the page.
            if (i > 0 && chunks[i - 1] is { IsClassified: false } prev && prev.Article == c.Article && prev.WordCount <= 25
                && !Stages.EndsLikeSentencePublic(prev.Text) && !NewsletterSection().IsMatch(prev.Text))
                chunks[i - 1] = prev.As(BlockKinds.ImageAlt);
        }
        return doc with { Chunks = chunks };
    }

    // ---- Related-story links

    [GeneratedRegex(@"^\[(?<label>Read|Related|See|Watch|Listen|More)\s*:\s*(?<title>[^\]]+?)\s*\]$")]
    private static partial Regex ReadLink(); // matches "[Read: The ‘Gray Zone’ comes to Russia]"

    // A writer's name: capitalised words, initials and particles ("Eliot A. Cohen", "Phillips Payson O’Brien").
    private const string Name = @"(?:[A-Z][\p{L}’'.-]+|[A-Z]\.)(?: (?:[A-Z][\p{L}’'.-]+|[A-Z]\.|de|van|von|bin|al-[A-Z][\p{L}]+)){1,4}";

    [GeneratedRegex(@"^\[(?<author>" + Name + @"(?:,? and " + Name + @")?)\s*:\s*(?<title>[^\]]*)\](?<rest>[^\[\]]*)$")]
    private static partial Regex AuthorLink(); // matches "[Anne Applebaum: The only way the Ukraine War can end]" and "[Eliot A. Cohen and Phillips Payson O’Brien: How ]defense experts got Ukraine wrong"

    [GeneratedRegex(@"^(?<author>" + Name + @"(?:,? and " + Name + @")?)\s*:\s*(?<title>[^.!?:]{3,120})$")]
    private static partial Regex BareAuthorLink(); // matches "Eliot A. Cohen and Phillips Payson O’Brien: How defense experts got Ukraine wrong"

    public static DumpDocument FindRelatedLinks(DumpDocument doc) => doc.Replace((c, _) =>
    {
        if (c.IsClassified || c.Article < 0) return c;
        var read = ReadLink().Match(c.Text);
        if (read.Success)
            return c.As(BlockKinds.RelatedLink).WithMeta("title", read.Groups["title"].Value.Trim());
        var link = AuthorLink().Match(c.Text);
        if (link.Success)
        {
            // A bracket that closes mid-title ("How ]defense experts…") still names the whole title.
            var title = Regex.Replace(link.Groups["title"].Value + link.Groups["rest"].Value, @"\s+", " ").Trim();
            return c.As(BlockKinds.RelatedLink).WithMeta("author", link.Groups["author"].Value).WithMeta("title", title);
        }
        var bare = BareAuthorLink().Match(c.Text);
        if (bare.Success && Chunk.CountWords(bare.Groups["title"].Value) <= 16)
            return c.As(BlockKinds.RelatedLink).WithMeta("author", bare.Groups["author"].Value).WithMeta("title", bare.Groups["title"].Value.Trim());
        return c;
    });

    // ---- Newsletter furniture and embedded excerpts

    [GeneratedRegex(@"^(Related:?|Today[’']s News|Evening Read|Culture Break|P\.S\.|More From The Atlantic|More From .{3,40}|Here are (three|four|five|\w+) new stories from .+:|Dispatches|Explore all of our newsletters here\.|Today[’']s Newsletter|Recommended Reading|What to Read|Watch|Listen|Read|Play|Learn)$")]
    private static partial Regex NewsletterSection(); // matches "Today’s News", "Culture Break", "P.S."

    [GeneratedRegex(@"^(This is an edition of .{3,240}?\.(?: |$)|Sign up for .{0,40}here\.?$|Read the full article\.?$|Play our daily crossword\.?$|Explore all of our newsletters here\.?$|When you buy a book using a link in this newsletter|.{2,60} contributed to this newsletter\.$|By submitting a letter, you are agreeing)")]
    private static partial Regex NewsletterPromo(); // matches "Read the full article.", "Stephanie Bai contributed to this newsletter."

    [GeneratedRegex(@"^By (?<author>" + Name + @"(?:,? and " + Name + @")?)$")]
    private static partial Regex BylineLine(); // matches "By Diane Roberts"

    public static bool IsByline(string text, out string author)
    {
        var m = BylineLine().Match(text);
        author = m.Success ? m.Groups["author"].Value : "";
        return m.Success;
    }

    public static DumpDocument FindNewsletterFurniture(DumpDocument doc)
    {
        var chunks = doc.Chunks.ToList();
        for (var a = 0; a < doc.Articles.Count; a++)
        {
            var indexes = Enumerable.Range(0, chunks.Count).Where(i => chunks[i].Article == a).ToList();
            foreach (var i in indexes)
                if (!chunks[i].IsClassified && NewsletterPromo().IsMatch(chunks[i].Text))
                    chunks[i] = chunks[i].As(BlockKinds.Furniture).WithMeta("role", "promo");

            // The first section header ends the essay: what follows is the newsletter around it.
            var tail = indexes.FindIndex(i => !chunks[i].IsClassified && NewsletterSection().IsMatch(chunks[i].Text)
                                               && chunks[i].Text is not ("Watch" or "Listen" or "Read" or "Play" or "Learn"));
            if (tail < 0 || tail < indexes.Count / 4) continue;
            string? excerptAuthor = null, excerptTitle = null;
            for (var k = tail; k < indexes.Count; k++)
            {
                var i = indexes[k];
                var c = chunks[i];
                if (NewsletterSection().IsMatch(c.Text) && c.WordCount <= 8)
                {
                    excerptAuthor = null;
                    if (!c.IsClassified) chunks[i] = c.As(BlockKinds.Furniture).WithMeta("role", "section");
                    continue;
                }
                if (c.Kind == BlockKinds.Furniture) { excerptAuthor = null; continue; }
                if (IsByline(c.Text, out var author))
                {
                    // "By X" inside the newsletter: the line above is the excerpted piece's title.
                    excerptAuthor = author;
                    var titleIndex = indexes[k - 1];
                    excerptTitle = chunks[titleIndex].Text;
                    chunks[titleIndex] = chunks[titleIndex].As(BlockKinds.Excerpt).WithMeta("role", "title").WithMeta("author", author);
                    chunks[i] = c.As(BlockKinds.Excerpt).WithMeta("role", "byline").WithMeta("author", author).WithMeta("title", excerptTitle);
                    continue;
                }
                if (c.IsClassified) continue;
                chunks[i] = excerptAuthor is null
                    ? c.As(BlockKinds.Furniture)
                    : c.As(BlockKinds.Excerpt).WithMeta("role", "text").WithMeta("author", excerptAuthor).WithMeta("title", excerptTitle ?? "");
            }
        }
        return doc with { Chunks = chunks };
    }

    // ---- Verse: consecutive short lines, kept as one block with their line breaks

    private const int VerseLineMax = 60;

    public static DumpDocument FindVerse(DumpDocument doc)
    {
        var chunks = doc.Chunks;
        var result = new List<Chunk>();
        var i = 0;
        while (i < chunks.Count)
        {
            var run = VerseRun(chunks, i);
            if (run < 2 || !ReadsAsVerse(chunks, i, run)) { result.Add(chunks[i]); i++; continue; }
            var end = i + run;
            // Stanzas one blank line apart belong to the same poem.
            while (end < chunks.Count && chunks[end].BlankLinesBefore == 1 && VerseRun(chunks, end) is var next && next >= 2
                   && ReadsAsVerse(chunks, end, next))
                end += next;
            var first = chunks[i];
            var last = chunks[end - 1];
            result.Add(new Chunk(first.Start, last.End, doc.Source[first.Start..last.End], first.BlankLinesBefore)
            {
                Kind = BlockKinds.Verse, Article = first.Article,
            }.WithMeta("lines", (end - i).ToString()));
            i = end;
        }
        return doc with { Chunks = result };
    }

    // Short paragraphs each ending a sentence are prose; verse lines run on ("My son asks me whether," / "when we return…").
    private static bool ReadsAsVerse(IReadOnlyList<Chunk> chunks, int start, int run)
    {
        var runOn = 0;
        for (var k = start; k < start + run - 1; k++)
            if (!SentenceEnd().IsMatch(chunks[k].Text)) runOn++;
        return runOn * 2 >= run - 1;
    }

    [GeneratedRegex(@"[.!?][”""’)]?$")]
    private static partial Regex SentenceEnd(); // matches the end of "I could get him a puppy." and "…find any.”"

    private static int VerseRun(IReadOnlyList<Chunk> chunks, int start)
    {
        var n = 0;
        while (start + n < chunks.Count)
        {
            var c = chunks[start + n];
            if (c.IsClassified || c.Article < 0 || c.Text.Length > VerseLineMax || (n > 0 && c.BlankLinesBefore > 0)
                || c.Article != chunks[start].Article) break;
            n++;
        }
        return n;
    }

    // ---- Block quotes: paragraphs that open with a quotation mark right after a paragraph ending in a colon
    // ("…in his new book, War:").

    public static DumpDocument FindBlockQuotes(DumpDocument doc)
    {
        var chunks = doc.Chunks.ToList();
        for (var i = 1; i < chunks.Count; i++)
        {
            if (!(chunks[i - 1].Kind is "" or BlockKinds.Body) || !chunks[i - 1].Text.EndsWith(':') || chunks[i - 1].WordCount < 8) continue;
            for (var k = i; k < chunks.Count && !chunks[k].IsClassified && chunks[k].Text.Length > 0 && chunks[k].Text[0] is '“' or '"'; k++)
                chunks[k] = chunks[k].As(BlockKinds.Quote);
        }
        return doc with { Chunks = chunks };
    }

    // ---- Subheadings: a short headline-style line between paragraphs of the body.

    public static DumpDocument FindHeadings(DumpDocument doc)
    {
        var chunks = doc.Chunks.ToList();
        for (var i = 1; i < chunks.Count - 1; i++)
        {
            var c = chunks[i];
            if (c.IsClassified || c.Article < 0 || c.WordCount > 10 || Stages.EndsLikeSentencePublic(c.Text)) continue;
            if (chunks[i - 1].Article != c.Article || chunks[i + 1].Article != c.Article) continue;
            if (chunks[i + 1].IsClassified || chunks[i + 1].WordCount < 15) continue;
            if (Stages.LooksTitleCased(c.Text) || c.Text.All(ch => !char.IsLetter(ch) || char.IsUpper(ch)))
                chunks[i] = c.As(BlockKinds.Heading);
        }
        return doc with { Chunks = chunks };
    }

    // ---- ALL-CAPS lead-ins ("DESPITE REVELATIONS that …"): recorded as the length to set in small caps;
    // the stored text is unchanged.

    [GeneratedRegex(@"^(?:[A-Z][A-Z’'-]*[A-Z]|A|I)(?: (?:[A-Z][A-Z’'-]*[A-Z]|A|I))+(?= [a-z“""‘(]|[,:;])")]
    private static partial Regex CapsLeadIn(); // matches "DESPITE REVELATIONS" in "DESPITE REVELATIONS that Donald Trump’s…"

    public static DumpDocument MarkSmallCaps(DumpDocument doc) => doc.Replace((c, _) =>
    {
        if (c.Kind != BlockKinds.Body) return c;
        var m = CapsLeadIn().Match(c.Text);
        return m.Success && m.Length >= 6 ? c.WithMeta("smallCaps", m.Length.ToString()) : c;
    });
}
