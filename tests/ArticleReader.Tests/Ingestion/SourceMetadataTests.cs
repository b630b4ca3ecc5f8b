using ArticleReader.Ingestion;
using ArticleReader.Model;
using ArticleReader.Tests.Support;

namespace ArticleReader.Tests.Ingestion;

public class SourceMetadataTests
{
    private static ParsedArticle Article(string title, string? author = null) =>
        new() { Start = 0, End = 1, Blocks = [], Title = title, Author = author };

    [Fact]
    public void A_files_own_metadata_wins_over_its_folders()
    {
        using var temp = new TempFolder();
        var path = temp.Write("a.txt", "x");
        temp.Write("metadata.json", """{ "files": { "a.txt": { "author": "Folder Author" } } }""");
        Assert.Equal("Folder Author", SourceMetadata.For(path)!.Author);
        temp.Write("a.txt.meta.json", """{ "author": "Own Author" }""");
        Assert.Equal("Own Author", SourceMetadata.For(path)!.Author);
    }

    [Fact]
    public void Article_entries_match_by_title_ignoring_quote_style_and_case()
    {
        var parsed = new ParsedSource("", [Article("The General’s Warning"), Article("Other")], []);
        var entry = new MetadataEntry { Outlet = "The Atlantic", Articles = [new MetadataEntry { Title = "the general's warning", Author = "Tom Nichols" }] };
        var applied = SourceMetadata.Apply(parsed, entry);
        Assert.Equal(["Tom Nichols", null], applied.Articles.Select(a => a.Author));
        Assert.All(applied.Articles, a => Assert.Equal("The Atlantic", a.Outlet));
        Assert.Equal("The General’s Warning", applied.Articles[0].Title);
    }

    [Fact]
    public void Metadata_overrides_text_clues_and_unknowns_stay_unknown()
    {
        var parsed = new ParsedSource("", [Article("T", author: "Text Clue")], []);
        Assert.Equal("Given", SourceMetadata.Apply(parsed, new MetadataEntry { Author = "Given" }).Articles[0].Author);
        Assert.Equal("Text Clue", SourceMetadata.Apply(parsed, new MetadataEntry { Outlet = "O" }).Articles[0].Author);
        Assert.Null(SourceMetadata.Apply(parsed, new MetadataEntry()).Articles[0].Url);
    }

    [Theory]
    [InlineData("2024-10", "2024-10", DatePrecision.Month)]
    [InlineData("2022", "2022", DatePrecision.Year)]
    [InlineData("2024-02-29", "2024-02-29", DatePrecision.Day)]
    public void Published_dates_keep_their_precision(string text, string iso, DatePrecision precision)
    {
        var date = PublishedDate.TryParse(text)!;
        Assert.Equal(iso, date.Iso);
        Assert.Equal(precision, date.Precision);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("October 2024")]
    [InlineData("2024-13")]
    public void Impossible_dates_in_metadata_are_an_error(string text)
    {
        var parsed = new ParsedSource("", [Article("T")], []);
        Assert.Throws<MetadataException>(() => SourceMetadata.Apply(parsed, new MetadataEntry { Published = text }));
    }
}
