using ArticleReader.Ingestion.Markdown;

namespace ArticleReader.Tests.Ingestion.Markdown;

public class FrontMatterTests
{
    [Theory]
    [InlineData("title: Plain value", "title", "Plain value")]
    [InlineData("title: \"Quoted: with colon\"", "title", "Quoted: with colon")]
    [InlineData("title: \"Escaped \\\"inner\\\" quotes\"", "title", "Escaped \"inner\" quotes")]
    [InlineData("title: 'It''s single'", "title", "It's single")]
    [InlineData("section: Opinion # trailing comment", "section", "Opinion")]
    [InlineData("url: https://example.org/a#anchor", "url", "https://example.org/a#anchor")]
    [InlineData("Author: Case Insensitive", "author", "Case Insensitive")]
    [InlineData("author: [Ann Lee, \"Bo, Jr.\"]", "author", "Ann Lee, Bo, Jr.")]
    [InlineData("author:\n  - Ann Lee\n  - 'Bo Chen'", "author", "Ann Lee, Bo Chen")]
    [InlineData("---\ndate: 2024-10-17\n---", "date", "2024-10-17")]
    public void Reads_top_level_keys(string yaml, string key, string expected)
    {
        Assert.Equal(expected, FrontMatter.Read(yaml)[key]);
    }

    [Fact]
    public void Nested_maps_and_block_scalars_are_skipped()
    {
        var values = FrontMatter.Read("seo:\n  title: Nested\nsummary: |\n  multi\n  line\ntitle: Top");
        Assert.Equal("Top", values["title"]);
        Assert.False(values.ContainsKey("summary"));
        Assert.False(values.ContainsKey("seo"));
    }
}
