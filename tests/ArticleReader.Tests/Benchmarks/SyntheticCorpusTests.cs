using System.Text.Json;
using ArticleReader.Benchmarks;
using ArticleReader.Ingestion;
using ArticleReader.Ingestion.TextDump;
using ArticleReader.Model;
using ArticleReader.Tests.Support;

namespace ArticleReader.Tests.Benchmarks;

public class SyntheticCorpusTests
{
    private static readonly SyntheticCorpus Corpus = SyntheticCorpus.FromSeedFolder(TestPaths.Seeds);

    private static string Fingerprint(SyntheticFile f) =>
        f.Name + "|" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Bytes)) + "|" + JsonSerializer.Serialize(f.Metadata);

    private static List<(SyntheticFile File, ParsedSource Parsed)> Parse(IEnumerable<SyntheticFile> files) =>
        files.Select(f => (f, SourceMetadata.Apply(TextDumpParser.Parse(SourceDecoder.Decode(f.Bytes).Text), f.Metadata))).ToList();

    [Fact]
    public void The_same_seed_gives_the_same_files()
    {
        var first = Corpus.Generate(80, seed: 42).Select(Fingerprint).ToList();
        var again = SyntheticCorpus.FromSeedFolder(TestPaths.Seeds).Generate(80, seed: 42).Select(Fingerprint).ToList();
        Assert.Equal(first, again);
    }

    [Fact]
    public void Another_seed_gives_other_files()
    {
        var a = Corpus.Generate(20, seed: 1).Select(Fingerprint).ToHashSet();
        var b = Corpus.Generate(20, seed: 2).Select(Fingerprint).ToList();
        Assert.DoesNotContain(b, a.Contains);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(150)]
    public void It_makes_exactly_the_requested_number_of_articles(int articles)
    {
        var files = Corpus.Generate(articles).ToList();
        Assert.Equal(articles, files.Sum(f => f.Articles));
        Assert.Equal(files.Count, files.Select(f => f.Name).Distinct().Count());
    }

    [Fact]
    public void A_smaller_corpus_is_the_start_of_a_larger_one()
    {
        var small = Corpus.Generate(30).Select(Fingerprint).ToList();
        var large = Corpus.Generate(90).Select(Fingerprint).ToList();
        // The last file of the smaller corpus may be a digest cut short to make the count.
        Assert.Equal(small[..^1], large[..(small.Count - 1)]);
    }

    [Fact]
    public void Every_file_parses_into_its_articles_with_body_text_and_the_metadata_author()
    {
        foreach (var (file, parsed) in Parse(Corpus.Generate(150)))
        {
            Assert.Equal(file.Articles, parsed.Articles.Count);
            for (var position = 0; position < parsed.Articles.Count; position++)
            {
                var article = parsed.Articles[position];
                var expected = file.Metadata.Articles?[position] ?? file.Metadata;
                Assert.Contains(article.Blocks, b => b.Kind == BlockKinds.Body);
                Assert.Equal(expected.Author, article.Author);
                Assert.Equal(expected.Published, article.Published?.Iso);
                Assert.False(string.IsNullOrWhiteSpace(article.Title), file.Name);
            }
        }
    }

    [Fact]
    public void The_files_exercise_the_parsers_stages()
    {
        var parsed = Parse(Corpus.Generate(300));
        var kinds = parsed.SelectMany(p => p.Parsed.Articles).SelectMany(a => a.Blocks).Select(b => b.Kind).ToHashSet();
        foreach (var kind in new[] { BlockKinds.Body, BlockKinds.Title, BlockKinds.Dek, BlockKinds.Kicker, BlockKinds.Byline, BlockKinds.Caption,
                     BlockKinds.RelatedLink, BlockKinds.Boilerplate, BlockKinds.Heading, BlockKinds.Verse, BlockKinds.Comment, BlockKinds.Chrome })
            Assert.Contains(kind, kinds);
        Assert.Contains(parsed, p => p.File.Articles > 1 && p.Parsed.Articles.All(a => a.Url is not null)); // digests with breadcrumbs
    }

    [Fact]
    public void Authors_outlets_and_dates_are_spread_for_facets()
    {
        var entries = Corpus.Generate(400).SelectMany(f => f.Metadata.Articles is { } each
            ? each.Select(e => e with { Outlet = f.Metadata.Outlet }) : [f.Metadata]).ToList();
        Assert.InRange(entries.Select(e => e.Author).Distinct().Count(), 100, SyntheticCorpus.AuthorCount);
        Assert.Equal(8, entries.Select(e => e.Outlet).Distinct().Count());
        Assert.Equal(Enumerable.Range(2019, 8), entries.Select(e => int.Parse(e.Published![..4])).Distinct().Order());
        Assert.Contains(entries, e => e.Published!.Length == 7);  // month precision
        Assert.Contains(entries, e => e.Published!.Length == 10); // day precision
    }

    [Fact]
    public void Titles_are_varied()
    {
        var titles = Parse(Corpus.Generate(200)).SelectMany(p => p.Parsed.Articles).Select(a => a.Title).ToList();
        Assert.True(titles.Distinct().Count() >= titles.Count * 9 / 10, $"{titles.Distinct().Count()} distinct titles of {titles.Count}");
    }

    [Fact]
    public void Author_names_are_distinct_and_the_requested_number()
    {
        var names = SyntheticCorpus.AuthorNames(new Random(5), 200);
        Assert.Equal(200, names.Distinct().Count());
        Assert.All(names, n => Assert.Matches(@"^\p{Lu}\p{L}+ (?:\p{Lu}\. )?\p{Lu}\p{L}+$", n));
    }

    [Theory]
    [InlineData("the limits of negotiation", "The Limits of Negotiation")]
    [InlineData("what is russia doing with troops?", "What Is Russia Doing With Troops?")]
    [InlineData("“a fascist to the core”", "“A Fascist to the Core”")]
    public void Headline_case_capitalises_all_but_short_function_words(string text, string expected) =>
        Assert.Equal(expected, SyntheticCorpus.HeadlineCase(text));

    [Fact]
    public void A_written_folder_carries_each_files_metadata_for_the_ingester()
    {
        using var temp = new TempFolder();
        var files = Corpus.Generate(12).ToList();
        var (count, articles, bytes) = SyntheticCorpus.WriteFolder(files, temp.Path);
        Assert.Equal((files.Count, 12, files.Sum(f => f.Bytes.LongLength)), (count, articles, bytes));
        foreach (var file in files)
        {
            var path = Path.Combine(temp.Path, file.Name);
            Assert.Equal(file.Bytes, File.ReadAllBytes(path));
            Assert.Equal(JsonSerializer.Serialize(file.Metadata), JsonSerializer.Serialize(SourceMetadata.For(path)));
        }
    }
}
