using ArticleReader.Claims.CheckWorthiness;

namespace ArticleReader.Tests.Claims.CheckWorthiness;

public class LabelledSentenceCsvTests
{
    [Theory]
    [InlineData("text,label\nWe passed the bill.,1\n", "We passed the bill.", true)]
    [InlineData("text,label\r\n\"For a while, as I recall, it was fine.\",0\r\n", "For a while, as I recall, it was fine.", false)]
    [InlineData("text,label\n\"I saw a movie - \"\"Crocodile Dundee.\"\"\",0", "I saw a movie - \"Crocodile Dundee.\"", false)]
    [InlineData("text,label\n\"two\nlines\",1\n", "two\nlines", true)]
    [InlineData("label,text\n1,Columns in another order.\n", "Columns in another order.", true)]
    public void ReadsQuotedFields(string csv, string text, bool isClaim)
    {
        var rows = LabelledSentenceCsv.Parse(csv);
        Assert.Equal([new LabelledSentence(text, isClaim)], rows);
    }

    [Theory]
    [InlineData("text,label\nSomething,yes\n")]
    [InlineData("sentence,label\nSomething,1\n")]
    [InlineData("text,label\nNo label here\n")]
    public void RejectsMalformedFiles(string csv) =>
        Assert.Throws<FormatException>(() => LabelledSentenceCsv.Parse(csv));

    [Fact]
    public void ReadsTheWholeTrainingFile()
    {
        var rows = LabelledSentenceCsv.Read(Path.Combine(SharedEvalData.Directory, CheckWorthinessTrainer.TrainFile));
        Assert.Equal(22501, rows.Count);
        Assert.Equal(5413, rows.Count(r => r.IsClaim));
    }
}
