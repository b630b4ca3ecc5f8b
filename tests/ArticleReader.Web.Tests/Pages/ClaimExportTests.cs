using System.Text;
using ArticleReader.Storage;
using ArticleReader.Web.Pages;

namespace ArticleReader.Web.Tests.Pages;

public class ClaimExportTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"no\"", "\"say \"\"no\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData(" padded ", "\" padded \"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")] // would run as a formula in a spreadsheet
    [InlineData("+1", "'+1")]
    [InlineData("-5% a year", "'-5% a year")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("’curly’ — ünïcode", "’curly’ — ünïcode")]
    [InlineData("", "")]
    public void Fields_are_quoted_as_RFC_4180_says_and_formulas_are_defused(string value, string field) =>
        Assert.Equal(field, ClaimExport.CsvField(value));

    [Fact]
    public void A_csv_file_is_utf8_with_a_byte_order_mark_a_header_and_crlf_lines()
    {
        var row = new ClaimRow
        {
            Id = 7, Text = "It costs $5, “they” say.", Type = "quote", ExtractedType = "statistic", Status = "false", Score = 0.123456,
            Tags = [new ClaimRowTag(1, "a", "#000000"), new ClaimRowTag(2, "b c", "#ffffff")], ArticleSlug = "s", ArticleTitle = "T", Published = "2024-10",
        };
        var bytes = ClaimExport.Csv([row], "http://host");
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(string.Join(",", ClaimExport.CsvColumns) + "\r\n"
            + "7,\"It costs $5, “they” say.\",quote,statistic,false,,a; b c,,false,T,,2024-10,0.1235,http://host/articles/s?claim=7#claim-7\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }
}
