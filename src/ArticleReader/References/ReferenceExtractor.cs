using System.Text.RegularExpressions;
using ArticleReader.Claims;
using ArticleReader.Model;

namespace ArticleReader.References;

public static class ReferenceKinds
{
    public const string RelatedLink = "related-link"; // "[Anne Applebaum: The only way the Ukraine War can end]"
    public const string InText = "in-text";           // "in an article titled “How to End the War In Ukraine.”"
    public const string Excerpt = "excerpt";          // an embedded excerpt with its writer and title

    public static readonly IReadOnlyList<string> All = [RelatedLink, InText, Excerpt];
}

public sealed record ReferenceBlock(int Ordinal, string Kind, string Text, IReadOnlyDictionary<string, string> Meta);

// One piece an article points to. Evidence is the text that points (offsets into its block's text);
// the cited author, title and outlet are what it says, cleaned (a related link's title comes from its
// block's meta, so it need not be a substring of the evidence).
public sealed record FoundReference(int BlockOrdinal, string Kind, string Rule, TextSpan Evidence,
    string? CitedAuthor, string? CitedTitle, string? CitedOutlet);

// Finds an article's explicit references to other writers' pieces. Pure: blocks in, references out.
public static partial class ReferenceExtractor
{
    // Capitalised sentence openers and pronouns are not first names ("In March", "The Atlantic").
    private const string Name = @"(?!(?:The|In|On|At|An|But|And|As|For|If|When|While|After|Before|Since|So|Yet|Then|This|That|These|Those|It|He|She|They|We|His|Her|Their|Our|My|Read)\b)\p{Lu}\p{Ll}+(?: \p{Lu}\.)*(?: (?:de |van |von |al-)?\p{Lu}[\p{L}’'-]+){1,3}";
    private const string Outlet = @"(?:the |The )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}’'.]*(?: (?:of |and )?\p{Lu}[\p{L}’'.]*){0,4}";

    // matches "in an article titled “How to End the War In Ukraine.”", "in a piece for The Atlantic called “The Long Game”"
    [GeneratedRegex(@"\b(?:in|from) (?:an?|my|his|her|their|our|this|that|the) (?:(?:new|recent|earlier|previous|old|short|long|famous|\d{4}) )?(?:article|piece|essay|column|op-ed|story|post|report|book|newsletter|cover story)(?: (?:for|in) (?<outlet>" + Outlet + @"))?,? (?:titled|called|headlined|entitled|named),? [“""](?<title>[^”""]{2,200}?)[.,!?]?[”""]",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TitledPiece();

    // matches "Eliot A. Cohen wrote in The Atlantic", "as I argued in “The Long Game,”", "Tom Nichols has written for The Atlantic"
    [GeneratedRegex(@"(?<name>\bI\b|\b[Ww]e\b|" + Name + @") (?:has |have |had )?(?:wrote|written|argued|warned|noted|observed|explained|outlined) (?:in|for) (?:[“""](?<title>[^”""]{2,200}?)[.,!?]?[”""]|(?<outlet>" + Outlet + "))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex WroteIn();

    // matches "Isabella Hammad’s new book, Recognizing the Stranger, which"
    [GeneratedRegex(@"(?<name>" + Name + @")[’']s (?:new |latest |recent |forthcoming )?(?:book|memoir|novel|essay|article|piece),? (?<title>[\p{Lu}\d][^,;:.()“”""]{1,120}?)(?=[,;:.)]| which\b| that\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PossessiveBook();

    // matches "another October 7 book, Amir Tibon’s The Gates of Gaza, an adapted"
    [GeneratedRegex(@"\b(?:book|memoir|novel)s?, (?<name>" + Name + @")[’']s (?<title>[\p{Lu}\d][^,;:.()“”""]{1,120}?)(?=[,;:.)]| which\b| that\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BookAppositive();

    // matches the person named last before a titled piece in its sentence: "… Robert Kagan, in an essay titled …"
    [GeneratedRegex(Name, RegexOptions.CultureInvariant)]
    private static partial Regex PersonBefore();

    // matches a first-person writer before a titled piece: "I outlined …", "we argued …", "my column"
    [GeneratedRegex(@"\bI\b|\b[Ww]e\b|\b[Mm]y\b|\b[Oo]ur\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();

    public static IReadOnlyList<FoundReference> Extract(IReadOnlyList<ReferenceBlock> blocks, string? articleAuthor)
    {
        var found = new List<FoundReference>();
        var excerptsSeen = new HashSet<(string?, string?)>();
        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case BlockKinds.RelatedLink:
                    found.AddRange(PerAuthor(block, ReferenceKinds.RelatedLink, "related-link meta", Trimmed(block.Text),
                        block.Meta.GetValueOrDefault("author"), block.Meta.GetValueOrDefault("title") ?? block.Text.Trim('[', ']', ' '), null));
                    break;
                case BlockKinds.Excerpt:
                    var author = block.Meta.GetValueOrDefault("author");
                    var title = block.Meta.GetValueOrDefault("role") == "title" ? block.Text.Trim() : block.Meta.GetValueOrDefault("title");
                    // One reference per embedded piece: its title, byline and paragraphs are blocks of one excerpt.
                    if (excerptsSeen.Add((author, title)))
                        found.AddRange(PerAuthor(block, ReferenceKinds.Excerpt, "excerpt meta", Trimmed(block.Text), author, title, null));
                    break;
                default:
                    if (BlockKinds.IsArticleText(block.Kind)) found.AddRange(InText(block, articleAuthor));
                    break;
            }
        }
        return found;
    }

    private static IEnumerable<FoundReference> PerAuthor(ReferenceBlock block, string kind, string rule, TextSpan evidence, string? authors, string? title, string? outlet)
    {
        var names = string.IsNullOrWhiteSpace(authors) ? [] : AuthorNames.Split(authors);
        if (names.Count == 0)
        {
            yield return new FoundReference(block.Ordinal, kind, rule, evidence, null, Clean(title), outlet);
            yield break;
        }
        foreach (var name in names) yield return new FoundReference(block.Ordinal, kind, rule, evidence, name.Text, Clean(title), outlet);
    }

    private static IEnumerable<FoundReference> InText(ReferenceBlock block, string? articleAuthor)
    {
        var text = block.Text;
        var taken = new List<(int Start, int End)>();
        foreach (Match m in TitledPiece().Matches(text))
        {
            taken.Add((m.Index, m.Index + m.Length));
            yield return new FoundReference(block.Ordinal, ReferenceKinds.InText, "titled piece", Span(text, m),
                WriterBefore(text, m.Index, articleAuthor), Clean(m.Groups["title"].Value), Group(m, "outlet"));
        }
        foreach (Match m in WroteIn().Matches(text))
        {
            if (taken.Any(t => m.Index < t.End && m.Index + m.Length > t.Start)) continue;
            var name = m.Groups["name"].Value;
            var writer = name is "I" or "we" or "We" ? articleAuthor : name;
            yield return new FoundReference(block.Ordinal, ReferenceKinds.InText, "wrote in", Span(text, m), writer, Group(m, "title"), Group(m, "outlet"));
        }
        foreach (var (rule, regex) in new[] { ("possessive book", PossessiveBook()), ("book appositive", BookAppositive()) })
        {
            foreach (Match m in regex.Matches(text))
                yield return new FoundReference(block.Ordinal, ReferenceKinds.InText, rule, Span(text, m), m.Groups["name"].Value, Clean(m.Groups["title"].Value), null);
        }
    }

    // Who wrote a piece introduced as "in an article titled …": the writer when the sentence speaks in the
    // first person, else the last person it names before the reference, else nobody we can tell.
    private static string? WriterBefore(string text, int at, string? articleAuthor)
    {
        var sentenceStart = Math.Max(text.LastIndexOf(". ", Math.Max(0, at - 1), StringComparison.Ordinal), text.LastIndexOf("? ", Math.Max(0, at - 1), StringComparison.Ordinal)) + 1;
        var before = text[sentenceStart..at];
        var person = PersonBefore().Matches(before).LastOrDefault();
        var firstPerson = FirstPerson().Matches(before).LastOrDefault();
        if (firstPerson is not null && (person is null || firstPerson.Index > person.Index)) return articleAuthor;
        return person is not null && AuthorNames.IsPersonName(person.Value) ? person.Value : null;
    }

    private static TextSpan Span(string text, Match m) => new(text[m.Index..(m.Index + m.Length)], m.Index, m.Index + m.Length);

    private static TextSpan Trimmed(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(text[start..end], start, end);
    }

    private static string? Group(Match m, string name) => m.Groups[name].Success ? Clean(m.Groups[name].Value) : null;

    private static string? Clean(string? value)
    {
        var clean = value?.Trim().TrimEnd('.', ',', ';', ':').Trim();
        return string.IsNullOrEmpty(clean) ? null : clean;
    }
}
