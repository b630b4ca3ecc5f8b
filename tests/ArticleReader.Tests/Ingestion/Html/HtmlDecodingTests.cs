using System.Text;
using ArticleReader.Ingestion.Html;

namespace ArticleReader.Tests.Ingestion.Html;

public class HtmlDecodingTests
{
    private const string Sample = "<p>Caf\u00e9 \u2019quoted\u2019 \u2014 na\u00efve</p>";

    [Fact]
    public void Utf8_without_declaration_is_the_default()
    {
        var decoded = HtmlDecoding.Decode(Encoding.UTF8.GetBytes("<html>" + Sample));
        Assert.Equal("<html>" + Sample, decoded.Text);
        Assert.Empty(decoded.Warnings);
    }

    [Fact]
    public void A_byte_order_mark_wins_and_is_not_part_of_the_text()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Sample)).ToArray();
        Assert.Equal(Sample, HtmlDecoding.Decode(bytes).Text);
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Sample)).ToArray();
        Assert.Equal(Sample, HtmlDecoding.Decode(utf16).Text);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")]
    public void A_declared_single_byte_charset_is_honoured_and_latin1_means_windows_1252(string meta)
    {
        var html = "<html><head>" + meta + "</head><body>" + Sample;
        var decoded = HtmlDecoding.Decode(Encoding.GetEncoding(1252).GetBytes(html));
        Assert.Equal(html, decoded.Text);
    }

    [Fact]
    public void Invalid_utf8_without_a_declaration_falls_back_to_windows_1252_with_a_warning()
    {
        var decoded = HtmlDecoding.Decode(Encoding.GetEncoding(1252).GetBytes(Sample));
        Assert.Equal(Sample, decoded.Text);
        Assert.Single(decoded.Warnings);
    }

    [Theory]
    [InlineData("<meta charset=\"utf-8\">", "utf-8")]
    [InlineData("<META HTTP-EQUIV=\"content-type\" CONTENT=\"text/html;charset=Shift_JIS\">", "Shift_JIS")]
    [InlineData("<meta name=\"description\" content=\"no charset here\">", null)]
    public void Meta_charset_rule_reads_both_forms(string head, string? expected)
    {
        var match = HtmlDecoding.MetaCharset().Match(head);
        Assert.Equal(expected, match.Success ? match.Groups[1].Value : null);
    }
}
