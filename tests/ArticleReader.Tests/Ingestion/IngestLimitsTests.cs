using ArticleReader.Ingestion;
using ArticleReader.Ingestion.TextDump;

namespace ArticleReader.Tests.Ingestion;

public class IngestLimitsTests
{
    private static string? ProblemOf(string text) => IngestLimits.Problem(TextDumpParser.Parse(text));

    [Fact]
    public void A_file_within_both_limits_has_no_problem() =>
        Assert.Null(ProblemOf(string.Join("\n\n", Enumerable.Range(0, 500).Select(i => $"Paragraph {i} says one thing. And another."))));

    [Fact]
    public void More_blocks_than_the_limit_are_named_with_their_count() =>
        Assert.Equal("it holds 20,001 blocks (paragraphs or lines); the limit is 20,000: split it into smaller files",
            ProblemOf(string.Join("\n\n", Enumerable.Range(0, IngestLimits.MaxBlocks + 1).Select(i => $"Paragraph {i} is one sentence."))));

    [Fact]
    public void More_sentences_than_the_limit_in_few_blocks_are_refused() =>
        Assert.StartsWith("it holds more than 20,000 sentences",
            ProblemOf(string.Concat(Enumerable.Range(0, IngestLimits.MaxSentences + 1).Select(i => $"Sentence number {i} is here. "))));
}
