using System.Text.RegularExpressions;
using ArticleReader.Model;

namespace ArticleReader.Ingestion.TextDump;

public static partial class Stages
{
    // ---- 1. Lines: every non-blank line becomes a chunk, remembering how many blank lines preceded it.
    public static DumpDocument SplitLines(string source)
    {
        var chunks = new List<Chunk>();
        var blank = 0;
        var i = 0;
        while (i < source.Length)
        {
            var lineEnd = source.IndexOfAny(['\r', '\n'], i);
            if (lineEnd < 0) lineEnd = source.Length;
            var (start, end) = Trim(source, i, lineEnd);
            if (end > start) { chunks.Add(new Chunk(start, end, source[start..end], chunks.Count == 0 ? 0 : blank)); blank = 0; }
            else blank++;
            i = lineEnd < source.Length && source[lineEnd] == '\r' && lineEnd + 1 < source.Length && source[lineEnd + 1] == '\n'
                ? lineEnd + 2 : lineEnd + 1;
        }
        return new DumpDocument(source, chunks, []);
    }

    private static (int Start, int End) Trim(string s, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(s[start])) start++;
        while (end > start && char.IsWhiteSpace(s[end - 1])) end--;
        return (start, end);
    }

    // ---- 2. Page furniture: lines that are never the article's text, wherever they appear.
    [GeneratedRegex(@"^(?:\*\s*){3,}$|^(?:[-–—•·]\s*){3,}$")]
    private static partial Regex Separator(); // matches "***", "* * *", "---"

    [GeneratedRegex(@"^\[[^\]]*\b(?:Subscribe|Sign up|Newsletter|Download|Get the|Try it free|Buy the book)\b[^\]]*\]$", RegexOptions.IgnoreCase)]
    private static partial Regex BracketPromo(); // matches "[Get the in-depth analysis you need. Subscribe today »]"

    [GeneratedRegex(@"^(Advertisement|ADVERTISEMENT|Ad|Sponsored|Skip to (main )?content|Share( this (article|story))?|Share on (Facebook|Twitter|X|LinkedIn)|Save( article)?|Gift this article|Listen to (this )?article|Subscribe( now| today)?|Sign up|Sign in|Log in|Expand full comment|Reply|Like|Copy link)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageFurniture(); // matches "Advertisement", "Share this article", "Expand full comment"

    public static DumpDocument MarkBoilerplate(DumpDocument doc) => doc.Replace((c, _) =>
        c.IsClassified ? c
        : PageFurniture().IsMatch(c.Text) ? c.As(BlockKinds.Boilerplate)
        : Separator().IsMatch(c.Text) ? c.As(BlockKinds.Boilerplate).WithMeta("role", "separator")
        : BracketPromo().IsMatch(c.Text) ? c.As(BlockKinds.Boilerplate).WithMeta("role", "promo")
        : c);

    // ---- 1b. A date glued to the start of the first paragraph (" date 2024-10-17 In March…") becomes its own dateline.
    [GeneratedRegex(@"^date (?<date>\d{4}-\d{2}-\d{2})\s+(?=\S)")]
    private static partial Regex GluedIsoDate(); // matches "date 2024-10-17 " in "date 2024-10-17 In March 2023, …"

    public static DumpDocument SplitGluedDates(DumpDocument doc)
    {
        var chunks = new List<Chunk>();
        foreach (var c in doc.Chunks)
        {
            var m = GluedIsoDate().Match(c.Text);
            if (!m.Success) { chunks.Add(c); continue; }
            var dateEnd = c.Start + m.Length;
            var trimmed = dateEnd;
            while (trimmed > c.Start && char.IsWhiteSpace(doc.Source[trimmed - 1])) trimmed--;
            chunks.Add(new Chunk(c.Start, trimmed, doc.Source[c.Start..trimmed], c.BlankLinesBefore) { Kind = BlockKinds.Dateline }
                .WithMeta("date", m.Groups["date"].Value));
            chunks.Add(new Chunk(dateEnd, c.End, doc.Source[dateEnd..c.End], 0));
        }
        return doc with { Chunks = chunks };
    }

    // ---- 3b. "This story seems to be about:" and the topic lines under it are the page's, not the article's.
    [GeneratedRegex(@"^This (?:story|article) (?:seems to be|is) about:?$", RegexOptions.IgnoreCase)]
    private static partial Regex TopicsHeader(); // matches "This story seems to be about:"

    public static DumpDocument MarkTopicLists(DumpDocument doc)
    {
        var chunks = doc.Chunks.ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            if (chunks[i].IsClassified || !TopicsHeader().IsMatch(chunks[i].Text)) continue;
            chunks[i] = chunks[i].As(BlockKinds.Chrome).WithMeta("role", "topics");
            for (var k = i + 1; k < chunks.Count && !chunks[k].IsClassified && chunks[k].WordCount <= 4
                 && !EndsLikeSentence().IsMatch(chunks[k].Text); k++)
                chunks[k] = chunks[k].As(BlockKinds.Chrome).WithMeta("role", "topic");
        }
        return doc with { Chunks = chunks };
    }

    // ---- 3. Digests: a title line, an outlet line and a breadcrumb line start each article.
    [GeneratedRegex(@"^(?<host>(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+)\s*›\s*(?<path>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Breadcrumb(); // matches "www.theatlantic.com › international › archive › 2024 › 10 › slug › 680387"

    public static DumpDocument SplitArticles(DumpDocument doc)
    {
        var chunks = doc.Chunks.ToList();
        var crumbs = Enumerable.Range(0, chunks.Count).Where(i => Breadcrumb().IsMatch(chunks[i].Text)).ToList();
        if (crumbs.Count == 0)
        {
            for (var i = 0; i < chunks.Count; i++) chunks[i] = chunks[i] with { Article = 0 };
            return doc with { Chunks = chunks, Articles = [new ArticleFacts()] };
        }

        var facts = new List<ArticleFacts>();
        var starts = new List<int>();
        foreach (var crumb in crumbs)
        {
            // Walk back over furniture to the outlet line and the title line above the breadcrumb.
            var outlet = PreviousContent(chunks, crumb);
            var title = outlet < 0 ? -1 : PreviousContent(chunks, outlet);
            if (title < 0) { title = outlet < 0 ? crumb : outlet; outlet = -1; }
            var match = Breadcrumb().Match(chunks[crumb].Text);
            var parsed = ParseBreadcrumb(match.Groups["host"].Value, match.Groups["path"].Value);
            facts.Add(new ArticleFacts
            {
                Title = chunks[title].Text,
                Outlet = outlet >= 0 ? chunks[outlet].Text : null,
                Url = parsed.Url,
                Section = parsed.Section,
                Published = parsed.Published,
            });
            starts.Add(title);
            chunks[title] = chunks[title].As(BlockKinds.Title);
            if (outlet >= 0) chunks[outlet] = chunks[outlet].As(BlockKinds.Chrome).WithMeta("role", "outlet");
            chunks[crumb] = chunks[crumb].As(BlockKinds.Chrome).WithMeta("role", "breadcrumb");
        }
        for (var a = 0; a < starts.Count; a++)
        {
            var end = a + 1 < starts.Count ? starts[a + 1] : chunks.Count;
            for (var i = starts[a]; i < end; i++) chunks[i] = chunks[i] with { Article = a };
        }
        for (var i = 0; i < starts[0]; i++)
            if (!chunks[i].IsClassified) chunks[i] = chunks[i].As(BlockKinds.Chrome);
        return doc with { Chunks = chunks, Articles = facts };
    }

    private static int PreviousContent(List<Chunk> chunks, int index)
    {
        for (var i = index - 1; i >= 0; i--)
            if (chunks[i].Kind != BlockKinds.Boilerplate) return i;
        return -1;
    }

    [GeneratedRegex(@"^(?<year>(19|20)\d\d)$")]
    private static partial Regex YearSegment(); // matches "2024"

    [GeneratedRegex(@"^(0?[1-9]|1[0-2])$")]
    private static partial Regex MonthSegment(); // matches "10"

    // "www.theatlantic.com › international › archive › 2024 › 10 › slug › 680387"
    //   -> https://www.theatlantic.com/international/archive/2024/10/slug/680387/, section "international", 2024-10
    public static (string Url, string? Section, PublishedDate? Published) ParseBreadcrumb(string host, string path)
    {
        var segments = path.Split('›', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var url = $"https://{host.ToLowerInvariant()}/{string.Join('/', segments)}/";
        var section = segments.Length > 1 && !YearSegment().IsMatch(segments[0]) ? segments[0] : null;
        PublishedDate? published = null;
        for (var i = 0; i < segments.Length; i++)
        {
            if (!YearSegment().IsMatch(segments[i])) continue;
            var year = int.Parse(segments[i]);
            published = i + 1 < segments.Length && MonthSegment().IsMatch(segments[i + 1])
                ? new PublishedDate(year, int.Parse(segments[i + 1]), null)
                : new PublishedDate(year, null, null);
            break;
        }
        return (url, section, published);
    }

    // ---- 4. Reader comments: after the article ends, a wider gap than any between paragraphs,
    // then short lines, one comment each.
    public static DumpDocument FindComments(DumpDocument doc)
    {
        var last = doc.Articles.Count - 1;
        var items = doc.InArticle(last).Where(x => !x.Chunk.IsClassified).ToList();
        if (items.Count < 4) return doc;
        var usualGap = items.Skip(1).Select(x => x.Chunk.BlankLinesBefore).Order().ElementAt((items.Count - 1) / 2);
        var cut = items.FindIndex(3, x => x.Chunk.BlankLinesBefore >= Math.Max(2, usualGap + 2));
        if (cut < 0) return doc;
        var commentIndexes = items.Skip(cut).Select(x => x.Index).ToHashSet();
        return doc.Replace((c, i) => commentIndexes.Contains(i) ? c.As(BlockKinds.Comment) : c);
    }

    // ---- 5. The head of a single-article dump: kicker, title, dek.
    [GeneratedRegex(@"[.!?:;,]$")]
    private static partial Regex EndsLikeSentence(); // matches the "." of "...changed."

    public static DumpDocument FindHead(DumpDocument doc)
    {
        var result = doc;
        for (var a = 0; a < doc.Articles.Count; a++)
        {
            if (doc.Articles[a].Title is not null) continue;
            var lead = result.InArticle(a).Where(x => !x.Chunk.IsClassified).Take(4).ToList();
            if (lead.Count == 0) continue;
            var next = 0;
            var kinds = new Dictionary<int, string>();
            string? kicker = null, dek = null;
            if (lead.Count > 2 && IsKicker(lead[0].Chunk) && IsTitle(lead[1].Chunk) && LooksTitleCased(lead[1].Chunk.Text))
            {
                kicker = lead[0].Chunk.Text;
                kinds[lead[0].Index] = BlockKinds.Kicker;
                next = 1;
            }
            if (!IsTitle(lead[next].Chunk)) continue;
            var title = lead[next].Chunk.Text;
            kinds[lead[next].Index] = BlockKinds.Title;
            next++;
            // A dek sits right under its title; a dateline or byline in between means the text has begun.
            if (next < lead.Count - 1 && IsDek(lead[next].Chunk) && lead[next].Index == lead[next - 1].Index + 1)
            {
                dek = lead[next].Chunk.Text;
                kinds[lead[next].Index] = BlockKinds.Dek;
            }
            var article = a;
            result = result.Replace((c, i) => kinds.TryGetValue(i, out var k) ? c.As(k) : c)
                .WithFacts(article, f => f with { Title = title, Kicker = kicker, Dek = dek });
        }
        return FindBylines(result);
    }

    [GeneratedRegex(@"^(?<author>(?:[A-Z][\p{L}’'.-]+|[A-Z]\.)(?: (?:[A-Z][\p{L}’'.-]+|[A-Z]\.)){1,3})?(?<date>(?<mon>(?i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC))(?i:[A-Z]*)\.? (?<day>\d{1,2}), (?<year>(?:19|20)\d\d))(?<time>\d{1,2}:\d\d ?(?i:[AP]M))?$")]
    private static partial Regex GluedDateline(); // matches "DEC 22, 202210:45 AM" and "Cathy YoungDEC 22, 2022"

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static PublishedDate? ParseDateline(string text, out string? author)
    {
        author = null;
        var m = GluedDateline().Match(text);
        if (!m.Success) return null;
        author = m.Groups["author"].Success ? m.Groups["author"].Value : null;
        var month = Array.IndexOf(Months, m.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
        var year = int.Parse(m.Groups["year"].Value);
        var day = int.Parse(m.Groups["day"].Value);
        return day <= DateTime.DaysInMonth(year, month) ? new PublishedDate(year, month, day) : null;
    }

    // A "By X" line or a dateline among the first lines of an article names its author and date.
    private static DumpDocument FindBylines(DumpDocument doc)
    {
        var result = doc;
        for (var a = 0; a < doc.Articles.Count; a++)
        {
            foreach (var (chunk, index) in result.InArticle(a).Where(x => !x.Chunk.IsClassified || x.Chunk.Kind == BlockKinds.Dateline).Take(3).ToList())
            {
                var article = a;
                if (StructureStages.IsByline(chunk.Text, out var author))
                {
                    result = result.Replace((c, i) => i == index ? c.As(BlockKinds.Byline).WithMeta("author", author) : c)
                        .WithFacts(article, f => f with { Author = f.Author ?? author });
                }
                else if (ParseDateline(chunk.Text, out var glued) is { } date)
                {
                    result = result.Replace((c, i) => i == index ? c.As(BlockKinds.Dateline).WithMeta("date", date.Iso) : c)
                        .WithFacts(article, f => f with { Published = f.Published ?? date, Author = f.Author ?? glued });
                }
                else if (chunk.Kind == BlockKinds.Dateline && PublishedDate.TryParse(chunk.Meta.GetValueOrDefault("date")) is { } iso)
                {
                    result = result.WithFacts(article, f => f with { Published = f.Published ?? iso });
                }
            }
        }
        return result;
    }

    // Headline style: most words of four letters or more start with a capital
    // ("Elon Musk Stole My Old Plan for Peace in Ukraine"), unlike a dek or a first paragraph.
    public static bool LooksTitleCased(string text)
    {
        int long_ = 0, capital = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = word.TrimStart('“', '"', '‘', '\'', '(');
            if (letters.Length < 4 || !char.IsLetter(letters[0])) continue;
            long_++;
            if (char.IsUpper(letters[0])) capital++;
        }
        return long_ > 0 && capital * 10 >= long_ * 7;
    }

    public static bool EndsLikeSentencePublic(string text) => EndsLikeSentence().IsMatch(text.TrimEnd('”', '"', '’', ')'));

    private static bool IsKicker(Chunk c) => c.WordCount <= 4 && !EndsLikeSentence().IsMatch(c.Text);
    private static bool IsTitle(Chunk c) => c.WordCount is >= 2 and <= 25 && c.Text.Length <= 200
        && !StructureStages.IsByline(c.Text, out _) && ParseDateline(c.Text, out _) is null;
    private static bool IsDek(Chunk c) => c.WordCount is >= 4 and <= 40 && c.Text.Length <= 320
        && !StructureStages.IsByline(c.Text, out _) && ParseDateline(c.Text, out _) is null;

    // ---- Last: whatever no stage claimed is the article's running text.
    public static DumpDocument DefaultToBody(DumpDocument doc) =>
        doc.Replace((c, _) => c.IsClassified ? c : c.As(c.Article < 0 ? BlockKinds.Chrome : BlockKinds.Body));
}
