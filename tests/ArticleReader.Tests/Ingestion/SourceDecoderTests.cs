using System.Text;
using ArticleReader.Ingestion;

namespace ArticleReader.Tests.Ingestion;

public class SourceDecoderTests
{
    [Fact]
    public void Valid_utf8_is_decoded_without_warning()
    {
        var decoded = SourceDecoder.Decode(Encoding.UTF8.GetBytes("Café “quoted” — text"));
        Assert.Equal("Café “quoted” — text", decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Null(decoded.Warning);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_not_part_of_the_text()
    {
        var decoded = SourceDecoder.Decode([0xEF, 0xBB, 0xBF, (byte)'H', (byte)'i']);
        Assert.Equal("Hi", decoded.Text);
    }

    [Theory]
    [InlineData(new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x20, 0x6E, 0x6F, 0x74, 0x65, 0x73 }, "Café notes")]
    [InlineData(new byte[] { 0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35 }, "“Hi” – €5")]
    [InlineData(new byte[] { 0x69, 0x74, 0x92, 0x73 }, "it’s")]
    public void Invalid_utf8_is_read_as_windows_1252_with_a_warning(byte[] bytes, string expected)
    {
        var decoded = SourceDecoder.Decode(bytes);
        Assert.Equal(expected, decoded.Text);
        Assert.Equal("windows-1252", decoded.Encoding);
        Assert.Contains("Windows-1252", decoded.Warning);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0A, 0x09 }, "no text")]
    [InlineData(new byte[] { 0x48, 0x00, 0x49 }, "NUL byte at offset 1")]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x41, 0x04, 0x05 }, "control characters")]
    public void Unreadable_content_is_refused_with_its_reason(byte[] bytes, string reason)
    {
        var error = Assert.Throws<UnreadableSourceException>(() => SourceDecoder.Decode(bytes));
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Utf16_with_byte_order_mark_is_decoded()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("Zelensky’s plan")).ToArray();
        Assert.Equal("Zelensky’s plan", SourceDecoder.Decode(bytes).Text);
    }
}
