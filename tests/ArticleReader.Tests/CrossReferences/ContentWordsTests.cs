using ArticleReader.CrossReferences;

namespace ArticleReader.Tests.CrossReferences;

public class ContentWordsTests
{
    [Theory]
    [InlineData("Russia’s war-hawk bloggers found the peace plan infuriating.", "russia war hawk blogger found peac plan infuri")]
    [InlineData("He said that they would have negotiated.", "negoti")]
    [InlineData("Zelensky's team, 650,000 troops and 24 hours.", "zelenski team troop hour")]
    [InlineData("The U.S. and the UN", "un")]
    [InlineData("Don’t expect Kyiv to fall", "expect kyiv fall")]
    public void Keeps_content_words_stemmed(string text, string stems) =>
        Assert.Equal(stems, string.Join(' ', ContentWords.Of(text).Select(w => w.Stem)));

    [Theory]
    [InlineData("Russia’s war-hawk bloggers")]
    [InlineData("the city of Pokrovsk, a logistical hub")]
    [InlineData("Zelensky's team")]
    public void Every_word_is_its_span_of_the_input(string text) =>
        Assert.All(ContentWords.Of(text), w => Assert.Equal(w.Text, text[w.Start..w.End]));

    [Theory]
    [InlineData("His peace plan—Ukraine declares neutrality", "peace plan|declares neutrality")]
    [InlineData("a cease-fire, a discussion of new borders", "cease-fire|new borders")]
    [InlineData("the peace talks on subversive meddling", "peace talks|subversive meddling")]
    [InlineData("win the war", "")]
    [InlineData("the United States will keep", "")]
    [InlineData("war, peace", "")]
    public void Phrases_are_adjacent_lower_case_content_words(string text, string phrases)
    {
        var found = ContentWords.Phrases(text, ContentWords.Of(text));
        Assert.Equal(phrases, string.Join('|', found.Select(p => p.Text)));
        Assert.All(found, p => Assert.Equal(p.Text, text[p.Start..p.End]));
    }
}
