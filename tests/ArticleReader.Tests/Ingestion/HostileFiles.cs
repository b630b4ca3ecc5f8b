using System.Text;

namespace ArticleReader.Tests.Ingestion;

// One generated document: a file name (its extension chooses the parser), its bytes, and what made it.
public sealed record HostileFile(string Name, byte[] Bytes, string Kind);

// Malformed and pathological documents from a seeded generator: the same seed always gives the same files,
// so a failure can be reproduced by name. Most are small; Large() is the handful that stress size and depth.
public static class HostileFiles
{
    private static readonly string[] Extensions = [".txt", ".md", ".html"];

    private static readonly string[] Words =
    [
        "the", "war", "said", "Putin", "Ukraine", "percent", "million", "Mr.", "Dr.", "U.S.", "e.g.", "NATO", "2024",
        "according", "to", "officials", "claimed", "by", "Anne", "Applebaum", "and", "of", "in", "“quote”", "(AP)",
        "$3.5", "billion", "…", "—", "’s", "i.e.", "Jan.", "17,", "said:", "He", "she", "they", "will", "never", "always",
    ];

    private const string Punctuation = ".!?,;:“”\"'()[]{}—–-…*#>_`~|\\/@$%&";

    private static readonly string[] Bidi = ["\u202E", "\u202D", "\u202A", "\u202B", "\u202C", "\u200E", "\u200F", "\u2066", "\u2067", "\u2068", "\u2069", "\u061C"];

    private static readonly (string Name, Func<Random, string, HostileFile> Make)[] Small =
    [
        ("random-bytes", (r, ext) => new("", RandomBytes(r, r.Next(1, 4096)), "")),
        ("random-ascii", (r, ext) => Utf8(new string(Enumerable.Range(0, r.Next(1, 4096)).Select(_ => (char)r.Next(0, 128)).ToArray()))),
        ("invalid-utf8", (r, ext) => InvalidUtf8(r)),
        ("nul-bytes", (r, ext) => Utf8(Prose(r, 30).Insert(r.Next(0, 20), "\0"))),
        ("nul-in-utf16", (r, ext) => new("", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Prose(r, 30).Replace(' ', '\0'))], "")),
        ("control-chars", (r, ext) => Utf8(Sprinkle(r, Prose(r, 80), () => ((char)r.Next(0, 32)).ToString(), 0.05))),
        ("many-control-chars", (r, ext) => Utf8(Sprinkle(r, Prose(r, 40), () => ((char)r.Next(1, 32)).ToString(), 0.6))),
        ("bidi", (r, ext) => Utf8(Sprinkle(r, Prose(r, 120), () => Bidi[r.Next(Bidi.Length)], 0.1))),
        ("bidi-only", (r, ext) => Utf8(string.Concat(Enumerable.Range(0, r.Next(1, 2000)).Select(_ => Bidi[r.Next(Bidi.Length)])))),
        ("utf8-bom", (r, ext) => new("", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Article(r, ext))], "")),
        ("utf8-bom-only", (r, ext) => new("", [0xEF, 0xBB, 0xBF], "")),
        ("double-bom", (r, ext) => new("", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Article(r, ext))], "")),
        ("utf16le-bom", (r, ext) => new("", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Article(r, ext))], "")),
        ("utf16be-bom", (r, ext) => new("", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Article(r, ext))], "")),
        ("utf16-odd-length", (r, ext) => new("", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Prose(r, 50)), 0x41], "")),
        ("utf16-lone-surrogates", (r, ext) => new("", [0xFF, 0xFE, .. LoneSurrogates(r)], "")),
        ("utf16-bom-only", (r, ext) => new("", r.Next(2) == 0 ? [0xFF, 0xFE] : [0xFE, 0xFF], "")),
        ("cr-only", (r, ext) => Utf8(Article(r, ext).Replace("\r\n", "\n").Replace('\n', '\r'))),
        ("mixed-line-ends", (r, ext) => Utf8(MixLineEnds(r, Article(r, ext)))),
        ("advertisements", (r, ext) => Utf8(Advertisements(r, r.Next(10, 400)))),
        ("long-word", (r, ext) => Utf8(Prose(r, 20) + " " + new string('x', r.Next(1000, 60_000)) + " " + Prose(r, 20))),
        ("long-line", (r, ext) => Utf8(string.Join(" ", Enumerable.Range(0, r.Next(2000, 10_000)).Select(_ => Words[r.Next(Words.Length)])))),
        ("tiny-paragraphs", (r, ext) => Utf8(string.Join("\n\n", Enumerable.Range(0, r.Next(100, 2000)).Select(_ => Words[r.Next(Words.Length)])))),
        ("punctuation-storm", (r, ext) => Utf8(new string(Enumerable.Range(0, r.Next(10, 5000)).Select(_ => Punctuation[r.Next(Punctuation.Length)]).ToArray()))),
        ("whitespace-only", (r, ext) => Utf8(new string(Enumerable.Range(0, r.Next(0, 500)).Select(_ => " \t\n\r\f\v\u00A0\u2028\u2029\u3000"[r.Next(10)]).ToArray()))),
        ("empty", (r, ext) => new("", [], "")),
        ("emoji-and-combining", (r, ext) => Utf8(Sprinkle(r, Prose(r, 80), () => r.Next(3) switch { 0 => "👩‍👩‍👧‍👦", 1 => "e\u0301\u0301\u0301\u0301", _ => "\uFE0F\u200D" }, 0.2))),
        ("digest-breadcrumbs", (r, ext) => Utf8(Digest(r))),
        ("nested-html", (r, ext) => Utf8(NestedHtml(r, r.Next(10, 3000)))),
        ("broken-html", (r, ext) => Utf8(BrokenHtml(r))),
        ("nested-markdown", (r, ext) => Utf8(NestedMarkdown(r, r.Next(10, 600)))),
        ("front-matter", (r, ext) => Utf8(FrontMatter(r))),
        ("regex-bait", (r, ext) => Utf8(RegexBait(r))),
    ];

    // count small files, the generator and extension chosen at random for each.
    public static IReadOnlyList<HostileFile> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var files = new List<HostileFile>(count);
        for (var i = 0; i < count; i++)
        {
            var (kind, make) = Small[i < Small.Length ? i : random.Next(Small.Length)];
            var ext = Extensions[random.Next(Extensions.Length)];
            var made = make(random, ext);
            files.Add(made with { Name = $"{i:D4}-{kind}{ext}", Kind = kind });
        }
        return files;
    }

    // The few large documents, each aimed at a cost that grows with size or depth.
    public static IReadOnlyList<HostileFile> Large(int seed)
    {
        var r = new Random(seed);
        return
        [
            new("large-20mb-single-line.txt", Utf8(OneLine(r, 20 * 1024 * 1024)).Bytes, "20 MB single line"),
            new("large-long-word.txt", Utf8(new string('w', 2 * 1024 * 1024)).Bytes, "2 MB word"),
            new("large-50000-paragraphs.txt", Utf8(string.Join("\n\n", Enumerable.Range(0, 50_000).Select(i => $"Para {i} {Words[r.Next(Words.Length)]}."))).Bytes, "50,000 tiny paragraphs"),
            new("large-50000-paragraphs.md", Utf8(string.Join("\n\n", Enumerable.Range(0, 50_000).Select(i => $"Para *{i}* {Words[r.Next(Words.Length)]}."))).Bytes, "50,000 tiny paragraphs"),
            new("large-50000-paragraphs.html", Utf8("<html><body>" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"<p>Para {i} {Words[r.Next(Words.Length)]}.</p>")) + "</body></html>").Bytes, "50,000 tiny paragraphs"),
            new("large-100000-nested-div.html", Utf8("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + Prose(r, 200) + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>").Bytes, "100,000 nested <div>"),
            new("large-100000-unclosed-div.html", Utf8(string.Concat(Enumerable.Range(0, 100_000).Select(i => i % 1000 == 0 ? "<div>" + Prose(r, 10) : "<div>"))).Bytes, "100,000 unclosed <div>"),
            new("large-nested-inline.html", Utf8("<p>" + string.Concat(Enumerable.Repeat("<b><i>", 50_000)) + Prose(r, 50)).Bytes, "100,000 nested inline tags"),
            new("large-100000-advertisements.txt", Utf8(Advertisements(r, 100_000)).Bytes, "100,000 Advertisement lines"),
            new("large-nested-quotes.md", Utf8(new string('>', 100_000) + " deep\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => new string('>', i % 500) + " line\n"))).Bytes, "100,000 nested > quotes"),
            new("large-nested-lists.md", Utf8(string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', i * 2) + "- item\n"))).Bytes, "1,000 nested list items"),
            new("large-nested-emphasis.md", Utf8(new string('*', 50_000) + "a" + new string('*', 50_000) + "\n\n" + new string('[', 50_000) + "x" + new string(']', 50_000) + "(u)\n\n" + string.Concat(Enumerable.Repeat("[a](", 20_000))).Bytes, "pathological emphasis and links"),
            new("large-at-the-limits.txt", Utf8(string.Join("\n\n", Enumerable.Range(0, 19_000).Select(i => $"Paragraph {i}: Anne Applebaum said the war cost {i} million dollars, according to officials in Kyiv."))).Bytes, "19,000 paragraphs of claims, just under the limits"),
            new("large-random-bytes.txt", RandomBytes(r, 5 * 1024 * 1024), "5 MB random bytes"),
        ];
    }

    private static HostileFile Utf8(string text) => new("", Encoding.UTF8.GetBytes(text), "");

    private static byte[] RandomBytes(Random r, int length)
    {
        var bytes = new byte[length];
        r.NextBytes(bytes);
        return bytes;
    }

    private static string Prose(Random r, int words)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(Words[r.Next(Words.Length)]);
            if (r.Next(9) == 0) sb.Append('.');
        }
        return sb.Append('.').ToString();
    }

    private static string OneLine(Random r, int length)
    {
        var sb = new StringBuilder(length + 32);
        while (sb.Length < length) sb.Append(Words[r.Next(Words.Length)]).Append(r.Next(12) == 0 ? ". " : " ");
        return sb.ToString();
    }

    private static string Sprinkle(Random r, string text, Func<string> insert, double rate)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            sb.Append(c);
            if (r.NextDouble() < rate) sb.Append(insert());
        }
        return sb.ToString();
    }

    private static HostileFile InvalidUtf8(Random r)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(Prose(r, 60)));
        for (var k = r.Next(1, 20); k > 0; k--)
        {
            byte[] bad = r.Next(5) switch
            {
                0 => [0xC3],                   // truncated two-byte sequence
                1 => [0xE2, 0x80],             // truncated three-byte sequence
                2 => [0xED, 0xA0, 0x80],       // an encoded surrogate
                3 => [0xC0, 0xAF],             // overlong "/"
                _ => [(byte)r.Next(0x80, 0x100)],
            };
            bytes.InsertRange(r.Next(bytes.Count + 1), bad);
        }
        return new("", [.. bytes], "");
    }

    private static byte[] LoneSurrogates(Random r)
    {
        var chars = Prose(r, 40).ToCharArray().ToList();
        for (var k = r.Next(1, 10); k > 0; k--) chars.Insert(r.Next(chars.Count + 1), (char)r.Next(0xD800, 0xE000));
        var bytes = new byte[chars.Count * 2];
        for (var i = 0; i < chars.Count; i++) { bytes[2 * i] = (byte)chars[i]; bytes[2 * i + 1] = (byte)(chars[i] >> 8); }
        return bytes;
    }

    private static string MixLineEnds(Random r, string text)
    {
        string[] ends = ["\n", "\r", "\r\n", "\n\r", "\r\r\n", "\u2028", "\u0085"];
        return string.Concat(text.Replace("\r\n", "\n").Split('\n').Select(line => line + ends[r.Next(ends.Length)]));
    }

    private static string Advertisements(Random r, int count)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
            sb.Append(r.Next(10) == 0 ? Prose(r, 12) : r.Next(2) == 0 ? "Advertisement" : "ADVERTISEMENT").Append(r.Next(2) == 0 ? "\n" : "\n\n");
        return sb.ToString();
    }

    // A plausible article in the file's own format, for the encodings and line-end generators.
    private static string Article(Random r, string ext)
    {
        var title = Prose(r, 6).TrimEnd('.');
        var paragraphs = Enumerable.Range(0, r.Next(1, 8)).Select(_ => Prose(r, r.Next(5, 60))).ToList();
        return ext switch
        {
            ".md" => $"---\ntitle: {title}\nauthor: Anne Applebaum\n---\n# {title}\n\n" + string.Join("\n\n", paragraphs) + "\n",
            ".html" => $"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>" + string.Concat(paragraphs.Select(p => $"<p>{p}</p>")) + "</article></body></html>",
            _ => $"{title}\n\nBy Anne Applebaum\n\n" + string.Join("\n\n", paragraphs) + "\n",
        };
    }

    private static string Digest(Random r)
    {
        var sb = new StringBuilder();
        for (var i = r.Next(1, 30); i > 0; i--)
        {
            if (r.Next(3) > 0) sb.Append(Prose(r, 5)).Append('\n');
            if (r.Next(3) > 0) sb.Append("The Atlantic\n");
            sb.Append(r.Next(4) == 0 ? "www.x.com ›\n" : $"www.theatlantic.com › {Words[r.Next(Words.Length)]} › {r.Next(1900, 2100)} › {r.Next(0, 14)}\n");
            if (r.Next(2) == 0) sb.Append("Advertisement\n");
            for (var k = r.Next(0, 5); k > 0; k--) sb.Append(Prose(r, r.Next(1, 40))).Append(new string('\n', r.Next(1, 5)));
        }
        return sb.ToString();
    }

    private static string NestedHtml(Random r, int depth)
    {
        string[] tags = ["div", "section", "article", "blockquote", "ul", "li", "p", "span", "b", "figure", "table", "td", "a"];
        var open = new Stack<string>();
        var sb = new StringBuilder("<html><body>");
        for (var i = 0; i < depth; i++)
        {
            var tag = tags[r.Next(tags.Length)];
            sb.Append('<').Append(tag);
            if (r.Next(4) == 0) sb.Append(" class=\"").Append(r.Next(2) == 0 ? "caption" : "comment share article-body").Append('"');
            sb.Append('>');
            open.Push(tag);
            if (r.Next(5) == 0) sb.Append(Prose(r, r.Next(1, 30)));
        }
        while (open.Count > 0 && r.Next(10) > 0) sb.Append("</").Append(open.Pop()).Append('>');
        return sb.ToString();
    }

    private static string BrokenHtml(Random r)
    {
        string[] pieces =
        [
            "<p>", "</p>", "<div", ">", "<", "</", "<!--", "-->", "<![CDATA[", "]]>", "<script>", "</script>", "<style>", "&amp;", "&#0;",
            "&#x110000;", "&#xD800;", "&nbsp", "<br><br>", "<meta charset=\"utf-16\">", "<meta charset=\"x-bogus\">", "<title>",
            "<img src=x onerror=alert(1)>", "<table><tr><td>", "<h1>", "</h1>", "<template>", "<svg><p>", "<math><mi>", "\"", "'",
            "<a href=\"javascript:alert(1)\">", "</a>", "<base href=\"http://evil/\">", "<frameset>", "<plaintext>", "<xmp>",
        ];
        var sb = new StringBuilder();
        for (var i = r.Next(5, 400); i > 0; i--) sb.Append(r.Next(3) == 0 ? Prose(r, r.Next(1, 20)) : pieces[r.Next(pieces.Length)]);
        return sb.ToString();
    }

    private static string NestedMarkdown(Random r, int depth)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            sb.Append(r.Next(6) switch
            {
                0 => new string('>', r.Next(1, 200)) + " " + Prose(r, 5) + "\n",
                1 => new string(' ', r.Next(0, 400)) + (r.Next(2) == 0 ? "- " : "1. ") + Prose(r, 3) + "\n",
                2 => new string('*', r.Next(1, 100)) + Prose(r, 3) + new string('_', r.Next(1, 100)) + "\n",
                3 => new string('[', r.Next(1, 100)) + Prose(r, 2) + new string(']', r.Next(1, 100)) + "(" + new string('(', r.Next(0, 50)) + "\n",
                4 => new string('`', r.Next(1, 30)) + Prose(r, 3) + "\n",
                _ => "|" + string.Concat(Enumerable.Repeat(" a |", r.Next(1, 200))) + "\n|" + string.Concat(Enumerable.Repeat("---|", r.Next(1, 200))) + "\n",
            });
        }
        return sb.ToString();
    }

    private static string FrontMatter(Random r)
    {
        string[] values = ["", "\"unterminated", "'it''s'", "[a, \"b, c\", 'd']", "2024-13-45", "9999-99-99", "|", ">", "- x", "javascript:alert(1)", "0000", "http://", new string('x', 5000)];
        var sb = new StringBuilder("---\n");
        foreach (var key in new[] { "title", "author", "date", "url", "outlet", "dek", "section", "tags" })
            if (r.Next(3) > 0) sb.Append(key).Append(": ").Append(values[r.Next(values.Length)]).Append('\n');
        if (r.Next(2) == 0) sb.Append("---\n");
        return sb.Append(Prose(r, r.Next(0, 80))).ToString();
    }

    // Lines shaped to make the text-dump rules' patterns try hard: near-misses of bylines, credits,
    // related links, datelines and caps lead-ins, repeated.
    private static string RegexBait(Random r)
    {
        string[] baits =
        [
            "By " + string.Join(" ", Enumerable.Repeat("Anne", r.Next(1, 300))) + ".",
            "[" + string.Join(" ", Enumerable.Repeat("Anne A.", r.Next(1, 300))) + ": " + new string('x', r.Next(0, 300)),
            "(" + string.Join(" / ", Enumerable.Repeat("Roman Pilipey", r.Next(1, 300))) + " x",
            string.Join("/", Enumerable.Repeat("Carina Johansen", r.Next(1, 300))) + " via",
            "Photo: " + string.Join(" / ", Enumerable.Repeat("Source: a", r.Next(1, 300))),
            string.Join(" / ", Enumerable.Repeat("Millennium Images", r.Next(1, 300))) + ".",
            string.Join(" ", Enumerable.Repeat("DESPITE", r.Next(1, 3000))) + "!",
            string.Join(" ", Enumerable.Repeat("Anne", r.Next(1, 300))) + "DEC 22, 2022x",
            "www." + string.Join(".", Enumerable.Repeat("a-b", r.Next(1, 3000))) + " ›",
            "date 2024-10-17" + new string(' ', r.Next(1, 5000)),
            string.Join(" and ", Enumerable.Repeat("Eliot A. Cohen", r.Next(1, 300))) + ": " + new string('.', r.Next(0, 300)),
            new string('*', r.Next(3, 5000)) + "x",
            string.Concat(Enumerable.Repeat("- ", r.Next(3, 5000))) + "x",
            "This is an edition of " + new string('a', r.Next(0, 5000)),
            "Here are " + string.Concat(Enumerable.Repeat("five new stories from ", r.Next(1, 300))),
            "More From " + new string('x', r.Next(0, 300)),
        ];
        var sb = new StringBuilder();
        for (var i = r.Next(1, 40); i > 0; i--) sb.Append(baits[r.Next(baits.Length)]).Append(r.Next(2) == 0 ? "\n" : "\n\n");
        return sb.ToString();
    }
}
