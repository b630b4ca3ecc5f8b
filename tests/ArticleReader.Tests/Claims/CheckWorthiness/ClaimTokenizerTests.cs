using ArticleReader.Claims.CheckWorthiness;

namespace ArticleReader.Tests.Claims.CheckWorthiness;

public class ClaimTokenizerTests
{
    static string[] Tokens(string text)
    {
        var tokens = new ClaimToken[ClaimTokenizer.MaxTokens];
        var count = ClaimTokenizer.Tokenize(text, tokens);
        return tokens.Take(count).Select(t => text.Substring(t.Start, t.Length)).ToArray();
    }

    [Theory]
    [InlineData("don't stop", "don't|stop")]
    [InlineData("the U.S. estimates", "the|U.S|estimates")]
    [InlineData("more than 600,000 casualties", "more|than|600,000|casualties")]
    [InlineData("rose 3.5% in 2010.", "rose|3.5|%|in|2010")]
    [InlineData("a well-known fact", "a|well|known|fact")]
    [InlineData("$300 billion", "$|300|billion")]
    [InlineData("he said “never” again", "he|said|“|never|”|again")]
    [InlineData("Kudos to Cathy Young!", "Kudos|to|Cathy|Young|!")]
    [InlineData("Why? Because.", "Why|?|Because")]
    [InlineData("Russia’s reserves", "Russia’s|reserves")]
    public void SplitsWordsNumbersAndSymbols(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("1985", true)]
    [InlineData("1990s", true)]
    [InlineData("2016", true)]
    [InlineData("600", false)]
    [InlineData("2150", false)]
    [InlineData("1,985", false)]
    public void MarksYears(string text, bool isYear)
    {
        var tokens = new ClaimToken[4];
        ClaimTokenizer.Tokenize(text, tokens);
        Assert.Equal(isYear, (tokens[0].Shape & TokenShape.Year) != 0);
    }

    [Theory]
    [InlineData("1985", "2016")]
    [InlineData("Don’t", "don't")]
    [InlineData("NATO", "nato")]
    public void NormalisedFormsShareAHash(string a, string b)
    {
        var first = new ClaimToken[1];
        var second = new ClaimToken[1];
        ClaimTokenizer.Tokenize(a, first);
        ClaimTokenizer.Tokenize(b, second);
        Assert.Equal(first[0].Hash, second[0].Hash);
    }

    [Fact]
    public void StopsAtTheBufferSize()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", ClaimTokenizer.MaxTokens + 50));
        Assert.Equal(ClaimTokenizer.MaxTokens, Tokens(text).Length);
    }
}
