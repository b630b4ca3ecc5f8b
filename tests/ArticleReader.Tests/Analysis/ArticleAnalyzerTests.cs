using ArticleReader.Analysis;
using ArticleReader.Claims;
using ArticleReader.Ingestion;
using ArticleReader.Ingestion.TextDump;
using ArticleReader.Model;
using ArticleReader.Tests.Support;

namespace ArticleReader.Tests.Analysis;

public class ArticleAnalyzerTests
{
    private static ParsedArticle Seed(string prefix, int index)
    {
        var path = TestPaths.Seed(prefix);
        return SourceMetadata.Apply(TextDumpParser.Parse(File.ReadAllText(path)), SourceMetadata.For(path)).Articles[index];
    }

    [Fact]
    public void The_casualty_estimate_is_a_reported_claim_by_the_us_with_its_quantity()
    {
        var analysis = ArticleAnalyzer.Analyze(Seed("002", 0));
        var s = analysis.Sentences.Single(x => x.Unit.Text.StartsWith("Toward that goal"));
        Assert.True(s.IsClaim);
        Assert.Equal(ClaimTypes.Reported, s.Claim.Type);
        Assert.Equal("U.S.", s.Claim.Speaker);
        var q = Assert.Single(s.Claim.Quantities, q => !q.IsModifier);
        Assert.Equal((600000d, "casualties", "more than"), (q.Value, q.Unit, q.Qualifier));
        Assert.Contains(s.Cues, c => c.StartsWith("check-worthiness"));
    }

    [Fact]
    public void Sentence_offsets_slice_their_block_and_ordinals_run_in_order()
    {
        var article = Seed("000", 0);
        var analysis = ArticleAnalyzer.Analyze(article);
        Assert.Equal(Enumerable.Range(0, analysis.Sentences.Count), analysis.Sentences.Select(s => s.Ordinal));
        Assert.All(analysis.Sentences, s => Assert.Equal(s.Unit.Text, article.Blocks[s.Unit.BlockOrdinal].Text[s.Unit.Start..s.Unit.End]));
        Assert.All(analysis.Mentions, m => Assert.Equal(m.Mention.Text, article.Blocks[m.BlockOrdinal].Text[m.Mention.Start..m.Mention.End]));
    }

    [Fact]
    public void Unattributed_claims_are_the_authors_and_excerpt_claims_their_writers()
    {
        var analysis = ArticleAnalyzer.Analyze(Seed("002", 1));
        var own = analysis.Sentences.First(s => s.IsClaim && s.Claim.SpeakerSource == SpeakerSources.Author && s.Unit.BlockKind == BlockKinds.Body);
        Assert.Equal("Tom Nichols", own.Claim.Speaker);
        var excerpt = analysis.Sentences.First(s => s.Unit.BlockKind == BlockKinds.Excerpt && s.Unit.Text.StartsWith("More people die of lightning"));
        Assert.Equal("Diane Roberts", excerpt.Claim.Speaker);
    }

    [Fact]
    public void A_pronoun_speaker_is_the_last_person_named_before_it()
    {
        var analysis = ArticleAnalyzer.Analyze(Seed("002", 1));
        var s = analysis.Sentences.Single(x => x.Unit.Text.StartsWith("In March 2023, when Mark Milley"));
        Assert.Equal("Mark Milley", s.Claim.Speaker);
        Assert.Contains(s.Cues, c => c.Contains("'he' taken as Mark Milley"));
    }

    [Theory]
    [InlineData("Then there are the storms.", false)]
    [InlineData("They just are.", false)]
    [InlineData("Meanwhile, $300 billion worth of frozen Russian reserves are still sitting in European clearinghouses, untouched, waiting for a political decision to use that money to win the war.", true)]
    public void Claim_decisions_on_seed_sentences(string sentence, bool isClaim)
    {
        var all = new[] { ("002", 1), ("002", 2), ("002", 3) }.SelectMany(x => ArticleAnalyzer.Analyze(Seed(x.Item1, x.Item2)).Sentences);
        Assert.Equal(isClaim, all.First(s => s.Unit.Text == sentence).IsClaim);
    }

    [Fact]
    public void A_long_articles_sentences_and_mentions_come_back_in_text_order_every_time()
    {
        var article = TextDumpParser.Parse(TestPaths.SeedText("002")).Articles[0];
        var first = ArticleAnalyzer.Analyze(article);
        Assert.True(first.Sentences.Count > ArticleAnalyzer.ParallelFrom);

        Assert.Equal(Enumerable.Range(0, first.Sentences.Count), first.Sentences.Select(s => s.Ordinal));
        var positions = first.Sentences.Select(s => (s.Unit.BlockOrdinal, s.Unit.Start)).ToList();
        Assert.Equal(positions.Order(), positions);
        var mentions = first.Mentions.Select(m => (m.BlockOrdinal, m.Mention.Start)).ToList();
        Assert.Equal(mentions.OrderBy(m => m.BlockOrdinal), mentions);

        for (var run = 0; run < 3; run++)
        {
            var again = ArticleAnalyzer.Analyze(article);
            Assert.Equal(first.Sentences.Select(Describe), again.Sentences.Select(Describe));
            Assert.Equal(first.Mentions.Select(m => $"{m.BlockOrdinal}:{m.Mention.Start}:{m.Mention.Key}"),
                again.Mentions.Select(m => $"{m.BlockOrdinal}:{m.Mention.Start}:{m.Mention.Key}"));
        }
    }

    private static string Describe(SentenceAnalysis s) =>
        $"{s.Ordinal}|{s.Unit.Text}|{s.Score}|{s.IsClaim}|{s.Claim.Type}|{s.Claim.Speaker}|{string.Join(";", s.Cues)}";
}
