using ArticleReader.References;

namespace ArticleReader.Tests.References;

public class AuthorNamesTests
{
    [Theory]
    [InlineData("Eliot A. Cohen and Phillips Payson O’Brien", new[] { "Eliot A. Cohen", "Phillips Payson O’Brien" })]
    [InlineData("Anne Applebaum", new[] { "Anne Applebaum" })]
    [InlineData("Ann Smith, Bo Lee, and Cy Young", new[] { "Ann Smith", "Bo Lee", "Cy Young" })]
    [InlineData("Ann Smith & Bo Lee", new[] { "Ann Smith", "Bo Lee" })]
    [InlineData("  ", new string[0])]
    public void Bylines_split_into_people_with_offsets(string byline, string[] names)
    {
        var spans = AuthorNames.Split(byline);
        Assert.Equal(names, spans.Select(s => s.Text));
        Assert.All(spans, s => Assert.Equal(s.Text, byline[s.Start..s.End]));
    }

    [Theory]
    [InlineData("Eliot A. Cohen", "Eliot Cohen", true)]
    [InlineData("Eliot A. Cohen", "Michael A. Cohen", false)]
    [InlineData("Cohen", "Eliot A. Cohen", false)]
    [InlineData("anne applebaum", "Anne Applebaum", true)]
    [InlineData("Phillips Payson O’Brien", "Phillips Payson O'Brien", true)]
    [InlineData("Martin Luther King Jr.", "Martin King", true)]
    [InlineData("Fred Kaplan", "Anne Applebaum", false)]
    public void Names_agree_on_first_and_last_name(string a, string b, bool agree)
    {
        Assert.Equal(agree, AuthorNames.Agree(a, b));
        Assert.Equal(agree, AuthorNames.Agree(b, a));
    }

    [Theory]
    [InlineData("Eliot A. Cohen", true)]
    [InlineData("Phillips Payson O’Brien", true)]
    [InlineData("Abu Toha", true)]
    [InlineData("Putin", false)]
    [InlineData("the Russian president", false)]
    public void Person_names_are_two_to_five_capitalised_words(string text, bool person) =>
        Assert.Equal(person, AuthorNames.IsPersonName(text));
}
