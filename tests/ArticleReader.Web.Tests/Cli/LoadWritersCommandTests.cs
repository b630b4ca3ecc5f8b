using ArticleReader.Storage;
using ArticleReader.Web.Cli;

namespace ArticleReader.Web.Tests.Cli;

public class LoadWritersCommandTests
{
    [Theory]
    [InlineData("http://example.com:5080", "is not this machine")]
    [InlineData("http://10.0.0.1:5080", "is not this machine")]
    [InlineData("not a url", "usage: load-writers")]
    public void Load_is_only_ever_sent_to_loopback(string url, string message)
    {
        var output = new StringWriter();
        var exit = LoadWritersCommand.Run(["--url", url, "--seconds", "1"], new Database(Path.Combine(Path.GetTempPath(), "unused.db")), output);
        Assert.Equal(2, exit);
        Assert.Contains(message, output.ToString());
    }
}
