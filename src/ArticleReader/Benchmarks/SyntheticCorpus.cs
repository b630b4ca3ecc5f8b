using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using ArticleReader.Ingestion;
using ArticleReader.Ingestion.TextDump;
using ArticleReader.Model;
using ArticleReader.Text;

namespace ArticleReader.Benchmarks;

// One generated text dump and the facts a metadata file would give for it.
public sealed record SyntheticFile(string Name, byte[] Bytes, MetadataEntry Metadata)
{
    public int Articles => Metadata.Articles?.Count ?? 1;
}

// Pieces cut out of the parsed seeds, the material synthetic articles are assembled from.
internal sealed record SeedPieces(
    IReadOnlyList<IReadOnlyList<string>> Runs, // each seed article's running text in order: body, quote, verse paragraphs
    IReadOnlyList<string> Captions,            // caption lines, some with the alt-text line that precedes them
    IReadOnlyList<string> RelatedLinks,
    IReadOnlyList<string> Titles,              // seed titles, deks and related-story titles: words for recombined titles
    IReadOnlyList<string> Sentences,           // whole sentences of moderate length: deks and title fragments
    IReadOnlyList<string> Comments);

// Recombines the seeds' paragraphs into any number of realistic text dumps under varied titles, authors,
// outlets and dates, for benchmarks that need a corpus far larger than the seeds. Deterministic for a
// given seed number, and a corpus of N articles is a prefix of a larger one made with the same seed.
public sealed partial class SyntheticCorpus
{
    public const int DefaultSeed = 20251;
    public const int AuthorCount = 200;

    // Shares of the variations, per file or per article.
    private const double DigestShare = 0.06;
    private const double KickerShare = 0.15;
    private const double DekShare = 0.6;
    private const double BylineShare = 0.15;
    private const double GluedDatelineShare = 0.08;
    private const double AdvertisedShare = 0.4;
    private const double AdPerGap = 0.3;
    private const double HeadedShare = 0.2;
    private const double CommentedShare = 0.1;
    private const double LinePerParagraphShare = 0.15; // paragraphs one newline apart, as in the Bulwark seed
    private const double CrlfShare = 0.03;
    private const int MinParagraphs = 6;
    private const int MaxParagraphs = 30;

    private readonly SeedPieces _pieces;
    private readonly int[] _runOf;   // flattened paragraph index -> its run
    private readonly int[] _indexIn; // flattened paragraph index -> its position in the run

    internal SyntheticCorpus(SeedPieces pieces)
    {
        if (pieces.Runs.Sum(r => r.Count) == 0) throw new InvalidOperationException("the seeds hold no body paragraphs");
        _pieces = pieces;
        var runOf = new List<int>();
        var indexIn = new List<int>();
        for (var r = 0; r < pieces.Runs.Count; r++)
            for (var i = 0; i < pieces.Runs[r].Count; i++) { runOf.Add(r); indexIn.Add(i); }
        _runOf = [.. runOf];
        _indexIn = [.. indexIn];
    }

    public static SyntheticCorpus FromSeedFolder(string folder)
    {
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new FileNotFoundException($"no seed .txt files in {folder}");
        return FromSeedTexts(files.Select(File.ReadAllText));
    }

    public static SyntheticCorpus FromSeedTexts(IEnumerable<string> texts) =>
        new(Pieces(texts.Select(TextDumpParser.Parse).ToList()));

    // The repository's seeds/ folder, found from the working folder or the program's folder.
    public static string FindSeedFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "ArticleReader.sln")) && Directory.Exists(Path.Combine(dir.FullName, "seeds")))
                    return Path.Combine(dir.FullName, "seeds");
        throw new DirectoryNotFoundException("no seeds/ folder next to ArticleReader.sln above the working folder");
    }

    internal static SeedPieces Pieces(IReadOnlyList<ParsedSource> seeds)
    {
        var runs = new List<IReadOnlyList<string>>();
        var captions = new List<string>();
        var links = new List<string>();
        var titles = new List<string>();
        var sentences = new List<string>();
        var comments = new List<string>();
        foreach (var article in seeds.SelectMany(s => s.Articles))
        {
            titles.Add(article.Title);
            if (article.Dek is not null) titles.Add(article.Dek);
            var run = new List<string>();
            for (var i = 0; i < article.Blocks.Count; i++)
            {
                var block = article.Blocks[i];
                switch (block.Kind)
                {
                    case BlockKinds.Body or BlockKinds.Quote or BlockKinds.Verse or BlockKinds.Heading or BlockKinds.ListItem:
                        run.Add(block.Text);
                        if (block.Kind == BlockKinds.Body)
                            foreach (var span in SentenceSplitter.Split(block.Text))
                                if (span.Slice(block.Text) is var s && Words(s) is >= 6 and <= 35 && s.Length <= 300 && !s.EndsWith(':')) sentences.Add(s);
                        break;
                    case BlockKinds.Caption:
                        captions.Add(i > 0 && article.Blocks[i - 1].Kind == BlockKinds.ImageAlt ? article.Blocks[i - 1].Text + "\n" + block.Text : block.Text);
                        break;
                    case BlockKinds.RelatedLink:
                        links.Add(block.Text);
                        if (block.Meta.GetValueOrDefault("title") is { Length: > 0 } title) titles.Add(title);
                        break;
                    case BlockKinds.Comment:
                        comments.Add(block.Text);
                        break;
                }
            }
            if (run.Count > 0) runs.Add(run);
        }
        return new SeedPieces(runs, captions, links, titles, sentences, comments);
    }

    public IEnumerable<SyntheticFile> Generate(int articles, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(articles);
        var random = new Random(seed);
        var authors = AuthorNames(new Random(seed ^ 0x5eed), AuthorCount);
        var made = 0;
        for (var file = 0; made < articles; file++)
        {
            var size = random.NextDouble() < DigestShare ? random.Next(2, 5) : 1;
            size = Math.Min(size, articles - made);
            var name = $"{file:D6}_{random.NextInt64():x16}.txt";
            var generated = size == 1 ? Single(random, name, authors) : Digest(random, name, size, authors);
            made += size;
            yield return generated;
        }
    }

    // Writes the files and a folder metadata.json that the ingest verb reads with them.
    public static (int Files, int Articles, long Bytes) WriteFolder(IEnumerable<SyntheticFile> files, string folder)
    {
        Directory.CreateDirectory(folder);
        var metadata = new FolderMetadata();
        int count = 0, articles = 0;
        long bytes = 0;
        foreach (var file in files)
        {
            File.WriteAllBytes(Path.Combine(folder, file.Name), file.Bytes);
            metadata.Files[file.Name] = file.Metadata;
            count++;
            articles += file.Articles;
            bytes += file.Bytes.LongLength;
        }
        File.WriteAllText(Path.Combine(folder, SourceMetadata.FolderFileName), JsonSerializer.Serialize(metadata, MetadataJson));
        return (count, articles, bytes);
    }

    private static readonly JsonSerializerOptions MetadataJson = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // curly quotes and accents stay readable
    };

    // ---- One article per file: optional kicker, title, optional dek and byline, body, optional comments.

    private SyntheticFile Single(Random r, string name, IReadOnlyList<string> authors)
    {
        var author = PickAuthor(r, authors);
        var outlet = Outlets[r.Next(Outlets.Length)];
        var date = RandomDate(r);
        var layout = new Layout(r.NextDouble() < LinePerParagraphShare ? "\n" : "\n\n");
        var kicker = r.NextDouble() < KickerShare ? Kickers[r.Next(Kickers.Length)] : null;
        if (kicker is not null) layout.Add(kicker);
        layout.Add(Title(r, headlineCase: kicker is not null || r.NextDouble() < 0.5));
        if (r.NextDouble() < DekShare) layout.Add(Dek(r));
        if (r.NextDouble() < BylineShare) layout.Add("By " + author);
        else if (date.Day is not null && r.NextDouble() < GluedDatelineShare)
            layout.Add($"{author}{MonthAbbreviations[date.Month!.Value - 1]} {date.Day}, {date.Year}");
        Body(r, layout, authors);
        if (r.NextDouble() < CommentedShare) Comments(r, layout, author);
        var metadata = new MetadataEntry { Author = author, Outlet = outlet.Name, Published = date.Iso };
        return new SyntheticFile(name, Encode(r, layout), metadata);
    }

    // ---- A digest page: a header, then per article a title line, an outlet line and a breadcrumb line.

    private SyntheticFile Digest(Random r, string name, int size, IReadOnlyList<string> authors)
    {
        var outlet = Outlets[r.Next(Outlets.Length)];
        var layout = new Layout("\n\n");
        layout.Add("Itemoids");
        layout.Add(Topics[r.Next(Topics.Length)]);
        var entries = new List<MetadataEntry>();
        for (var position = 0; position < size; position++)
        {
            var title = Title(r, headlineCase: true);
            var date = RandomDate(r);
            var section = outlet.Sections[r.Next(outlet.Sections.Length)];
            layout.Add(title);
            layout.Add(outlet.Name);
            layout.Add($"{outlet.Host} › {section} › archive › {date.Year} › {date.Month:D2} › {Slugs.From(title, 60)} › {r.Next(600000, 700000)}");
            Body(r, layout, authors);
            entries.Add(new MetadataEntry { Position = position, Author = PickAuthor(r, authors), Published = date.Iso });
        }
        var metadata = new MetadataEntry { Outlet = outlet.Name, Articles = entries };
        return new SyntheticFile(name, Encode(r, layout), metadata);
    }

    private static byte[] Encode(Random r, Layout layout)
    {
        var text = layout.Finish();
        if (r.NextDouble() < CrlfShare) text = text.Replace("\n", "\r\n");
        return Encoding.UTF8.GetBytes(text);
    }

    // Runs of consecutive seed paragraphs (so a pronoun still follows its name, a quote its colon), with
    // advertisements, captions, related links and subheadings between them.
    private void Body(Random r, Layout layout, IReadOnlyList<string> authors)
    {
        var target = r.Next(MinParagraphs, MaxParagraphs + 1);
        var advertised = r.NextDouble() < AdvertisedShare;
        var headed = r.NextDouble() < HeadedShare;
        var captions = r.Next(0, 3);
        var links = r.Next(0, 3);
        var previousIsVerse = false;
        for (var written = 0; written < target;)
        {
            var start = r.Next(_runOf.Length);
            var run = _pieces.Runs[_runOf[start]];
            var take = Math.Min(r.Next(1, 5), target - written);
            for (var k = _indexIn[start]; k < run.Count && take > 0; k++, take--, written++)
            {
                var paragraph = run[k];
                if (written >= 2)
                {
                    if (advertised && r.NextDouble() < AdPerGap)
                        layout.Add(string.Join('\n', Enumerable.Repeat("Advertisement", r.Next(1, 4))));
                    // Never right after a verse: its short last line would read as the photo's alt text.
                    if (captions > 0 && !previousIsVerse && r.NextDouble() < 0.12) { layout.Add(Caption(r, authors)); captions--; }
                    if (links > 0 && r.NextDouble() < 0.1) { layout.Add(RelatedLink(r, authors)); links--; }
                    if (headed && r.NextDouble() < 0.2 && Words(paragraph) >= 15) layout.Add(Heading(r));
                }
                layout.Add(paragraph);
                previousIsVerse = paragraph.Contains('\n');
            }
        }
    }

    private void Comments(Random r, Layout layout, string author)
    {
        var count = r.Next(2, 5);
        var lines = new List<string>(count);
        for (var i = 0; i < count; i++)
            lines.Add(r.Next(3) == 0 && _pieces.Comments.Count > 0
                ? _pieces.Comments[r.Next(_pieces.Comments.Count)]
                : string.Format(CommentTemplates[r.Next(CommentTemplates.Length)], author));
        layout.AddAfterGap(string.Join('\n', lines), blankLines: 4);
    }

    // ---- Titles, deks, headings, captions and links

    [GeneratedRegex(@"^(?:By |More From |Here are |Advertisement|Related|\[)|^\p{Lu}+ \d{1,2}, \d{4}")]
    private static partial Regex ReservedLineStart(); // matches "By Diane Roberts", "More From The Atlantic": lines a parser stage would claim

    private string Title(Random r, bool headlineCase)
    {
        while (true)
        {
            var title = r.NextDouble() < 0.45 ? RecombinedTitle(r) : Fragment(r, 5, 13);
            if (headlineCase) title = HeadlineCase(title);
            if (Words(title) is >= 5 and <= 16 && title.Length <= 160 && !ReservedLineStart().IsMatch(title)) return title;
        }
    }

    // The opening words of one title and the closing words of another: "What Is Russia Doing" + "Until Russia Stops Fighting".
    private string RecombinedTitle(Random r)
    {
        var head = _pieces.Titles[r.Next(_pieces.Titles.Count)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tail = _pieces.Titles[r.Next(_pieces.Titles.Count)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var headWords = Math.Min(head.Length, r.Next(2, 6));
        var tailWords = Math.Min(tail.Length, r.Next(2, 7));
        var text = string.Join(' ', head.Take(headWords).Concat(tail.Skip(tail.Length - tailWords)));
        return Capitalise(TrimQuotes(text));
    }

    // The first words of a seed sentence, or the whole sentence when it is short.
    private string Fragment(Random r, int minWords, int maxWords)
    {
        var words = _pieces.Sentences[r.Next(_pieces.Sentences.Count)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var count = words.Length <= maxWords ? words.Length : r.Next(minWords, maxWords + 1);
        var text = string.Join(' ', words.Take(count));
        if (count < words.Length) text = text.TrimEnd(',', ';', ':', '—', '–', '-');
        return Capitalise(TrimQuotes(text));
    }

    private string Dek(Random r) => _pieces.Sentences[r.Next(_pieces.Sentences.Count)];

    private string Heading(Random r)
    {
        while (true)
        {
            var words = _pieces.Titles[r.Next(_pieces.Titles.Count)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var count = Math.Min(words.Length, r.Next(2, 7));
            var from = r.Next(words.Length - count + 1);
            var heading = HeadlineCase(TrimQuotes(string.Join(' ', words.Skip(from).Take(count)).TrimEnd('.', ',', ';', ':', '?', '!', '—')));
            if (Words(heading) >= 2 && !ReservedLineStart().IsMatch(heading) && !Stages.EndsLikeSentencePublic(heading)) return heading;
        }
    }

    private string Caption(Random r, IReadOnlyList<string> authors)
    {
        if (_pieces.Captions.Count > 0 && r.Next(3) == 0) return _pieces.Captions[r.Next(_pieces.Captions.Count)];
        var sentence = _pieces.Sentences[r.Next(_pieces.Sentences.Count)].TrimEnd('.', '”', '"') + ".";
        return $"{sentence} ({PickAuthor(r, authors)} / {Agencies[r.Next(Agencies.Length)]} / Getty)";
    }

    private string RelatedLink(Random r, IReadOnlyList<string> authors) => r.Next(3) switch
    {
        0 when _pieces.RelatedLinks.Count > 0 => _pieces.RelatedLinks[r.Next(_pieces.RelatedLinks.Count)],
        1 => $"[Read: {Fragment(r, 4, 9).TrimEnd('.', '?', '!')}]",
        _ => $"[{PickAuthor(r, authors)}: {Fragment(r, 4, 9).TrimEnd('.', '?', '!')}]",
    };

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    { "a", "an", "the", "of", "in", "on", "for", "to", "and", "but", "or", "at", "by", "as", "nor", "via" };

    // Headline style: every word capitalised except short function words after the first.
    public static string HeadlineCase(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
            if (i == 0 || !SmallWords.Contains(words[i])) words[i] = Capitalise(words[i]);
        return string.Join(' ', words);
    }

    private static string Capitalise(string word)
    {
        var i = 0;
        while (i < word.Length && !char.IsLetterOrDigit(word[i])) i++;
        return i < word.Length && char.IsLower(word[i]) ? string.Concat(word.AsSpan(0, i), char.ToUpperInvariant(word[i]).ToString(), word.AsSpan(i + 1)) : word;
    }

    // A cut can leave a quotation mark without its partner; a title keeps only balanced ones.
    private static string TrimQuotes(string text) =>
        text.Count(c => c == '“') == text.Count(c => c == '”') ? text : text.Replace("“", "").Replace("”", "");

    private static int Words(string text) => Chunk.CountWords(text);

    // ---- Who, where and when

    private static string PickAuthor(Random r, IReadOnlyList<string> authors)
    {
        // Skewed like a real corpus: a few prolific columnists, a long tail of occasional writers.
        var u = r.NextDouble();
        return authors[(int)(u * u * authors.Count)];
    }

    public static IReadOnlyList<string> AuthorNames(Random r, int count)
    {
        var names = new List<string>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (names.Count < count)
        {
            var first = FirstNames[r.Next(FirstNames.Length)];
            var last = LastNames[r.Next(LastNames.Length)];
            var name = r.Next(8) == 0 ? $"{first} {(char)('A' + r.Next(26))}. {last}" : $"{first} {last}";
            if (seen.Add(name)) names.Add(name);
        }
        return names;
    }

    private static PublishedDate RandomDate(Random r)
    {
        var year = r.Next(2019, 2027);
        var month = r.Next(1, 13);
        return r.Next(2) == 0 ? new PublishedDate(year, month, null) : new PublishedDate(year, month, r.Next(1, DateTime.DaysInMonth(year, month) + 1));
    }

    private sealed record Outlet(string Name, string Host, string[] Sections);

    private static readonly Outlet[] Outlets =
    [
        new("The Atlantic", "www.theatlantic.com", ["ideas", "international", "politics", "books", "newsletters"]),
        new("Slate", "slate.com", ["news-and-politics", "culture", "business"]),
        new("The Bulwark", "www.thebulwark.com", ["p", "politics"]),
        new("The New Republic", "newrepublic.com", ["article", "politics"]),
        new("The Dispatch", "thedispatch.com", ["article", "newsletter"]),
        new("Foreign Policy", "foreignpolicy.com", ["analysis", "argument", "europe"]),
        new("Persuasion", "www.persuasion.community", ["p"]),
        new("The Free Press", "www.thefp.com", ["p", "politics"]),
    ];

    private static readonly string[] Kickers = ["War Stories", "Ideas", "Politics", "The Big Idea", "Opinion", "Foreign Affairs", "Analysis", "Dispatches"];
    private static readonly string[] Topics = ["Cohen", "Ukraine", "Putin", "NATO", "Trump", "Gaza", "Milley", "Zelensky"];
    private static readonly string[] Agencies = ["AFP", "AP", "Reuters", "Bloomberg", "Anadolu"];
    private static readonly string[] MonthAbbreviations = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    private static readonly string[] CommentTemplates =
    [
        "Kudos to {0}!",
        "Great piece, thank you.",
        "I disagree with the premise here, but this is well argued.",
        "This is the best summary of the situation I have read in months.",
        "Who is going to tell the administration? Nobody, apparently.",
        "Thank you {0} for saying what needed to be said.",
        "Sadly, I think this is exactly right.",
    ];

    private static readonly string[] FirstNames =
    [
        "Anne", "Tom", "Fred", "Cathy", "David", "Maria", "James", "Sarah", "Michael", "Elena", "Robert", "Laura",
        "Daniel", "Rachel", "Peter", "Olga", "Thomas", "Julia", "Andrew", "Nadia", "George", "Helen", "Samuel", "Priya",
        "Jonathan", "Claire", "Richard", "Amira", "Charles", "Ingrid", "Kevin", "Yasmin", "Mark", "Sophie", "Paul", "Irina",
        "William", "Grace", "Benjamin", "Leah", "Marcus", "Hannah", "Edward", "Tamar", "Stephen", "Lucia", "Adam", "Mei",
    ];

    private static readonly string[] LastNames =
    [
        "Applebaum", "Nichols", "Kaplan", "Young", "Frum", "Packer", "Goldberg", "Wright", "Hammond", "Ostrowski",
        "Fischer", "Nakamura", "Okafor", "Lindqvist", "Moreau", "Castillo", "Brennan", "Sokolova", "Weiss", "Harrington",
        "Delgado", "Kowalski", "Ferreira", "Abernathy", "Mendelsohn", "Petrov", "Sullivan", "Achebe", "Haddad", "Whitaker",
        "Novak", "Romano", "Lindgren", "Thornton", "Halloran", "Yilmaz", "Carver", "Dubois", "Ellison", "Marchetti",
        "Rosen", "Kline", "Adeyemi", "Barrett", "Vance", "Calloway", "Stein", "Horvath", "Quinn", "Mercer",
    ];

    // The lines of a dump being written and the gap between paragraphs.
    private sealed class Layout(string paragraphBreak)
    {
        private readonly StringBuilder _text = new(16 * 1024);

        public void Add(string block)
        {
            if (_text.Length > 0) _text.Append(paragraphBreak);
            _text.Append(block);
        }

        public void AddAfterGap(string block, int blankLines)
        {
            _text.Append('\n', blankLines + 1);
            _text.Append(block);
        }

        public string Finish() => _text.Append('\n').ToString();
    }
}
