using ArticleReader.Analysis;
using ArticleReader.Ingestion.TextDump;
using ArticleReader.Tests.Support;

namespace ArticleReader.Tests.Analysis;

public class ArticleAnalyzerTests
{
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
