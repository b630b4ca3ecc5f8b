using ArticleReader.References;

namespace ArticleReader.Tests.References;

public class TitleSimilarityTests
{
    [Theory]
    [InlineData("The Ukraine War Can’t End Until Russia Stops Fighting", "ukraine war end russia stop fighting")]
    [InlineData("How defense experts got Ukraine wrong", "defense expert got ukraine wrong")]
    [InlineData("Read: The ‘Gray Zone’ comes to Russia", "gray zone come russia")]
    [InlineData("Phillips Payson O’Brien's U.S. Plan", "phillip payson obrien u.s plan")]
    public void Titles_reduce_to_their_topic_words(string title, string words) =>
        Assert.Equal(words, string.Join(' ', TitleSimilarity.Words(title)));

    [Theory]
    [InlineData("The only way the Ukraine War can end", "The Ukraine War Can’t End Until Russia Stops Fighting", 0.54, 0.55)]
    [InlineData("How to End the War In Ukraine", "The Ukraine War Can’t End Until Russia Stops Fighting", 0.66, 0.67)]
    [InlineData("The General’s Warning", "The general's warning", 1.0, 1.0)]
    [InlineData("The rape denialists", "The Ukraine War Can’t End Until Russia Stops Fighting", 0.0, 0.0)]
    [InlineData("", "Anything", 0.0, 0.0)]
    public void Scores_count_the_topic_words_both_titles_share(string a, string b, double min, double max)
    {
        var score = TitleSimilarity.Score(a, b);
        Assert.InRange(score, min, max);
        Assert.Equal(score, TitleSimilarity.Score(b, a), 6);
    }
}
