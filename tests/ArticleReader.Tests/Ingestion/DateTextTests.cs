using ArticleReader.Ingestion;

namespace ArticleReader.Tests.Ingestion;

public class DateTextTests
{
    [Theory]
    [InlineData("2019-11-19T13:00:00-05:00", "2019-11-19")]
    [InlineData("2019/11/19", "2019-11-19")]
    [InlineData("2019-11", "2019-11")]
    [InlineData("2019", "2019")]
    [InlineData("2019-2-3", "2019-02-03")]
    [InlineData("November 19, 2019", "2019-11-19")]
    [InlineData("2019-02-30", null)]
    [InlineData("20191119", null)]
    [InlineData("sometime", null)]
    [InlineData("", null)]
    public void Parses_what_sources_write(string text, string? expected)
    {
        Assert.Equal(expected, DateText.Parse(text)?.Iso);
    }
}
