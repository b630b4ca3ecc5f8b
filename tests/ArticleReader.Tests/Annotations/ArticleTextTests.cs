using ArticleReader.Annotations;

namespace ArticleReader.Tests.Annotations;

public class ArticleTextTests
{
    private static readonly ArticleText Text = new([(10L, "First block."), (11L, "Second one."), (12L, "Third.")]);

    [Fact]
    public void Blocks_are_joined_by_blank_lines_and_keep_their_starts()
    {
        Assert.Equal("First block.\n\nSecond one.\n\nThird.", Text.Text);
        Assert.Equal([0, 14, 27], new long[] { 10, 11, 12 }.Select(id => Text.BlockStart(id)!.Value));
        Assert.Null(Text.BlockStart(99));
    }

    [Theory]
    [InlineData(0, 10L, 0)]
    [InlineData(15, 11L, 1)]
    [InlineData(12, null, null)]
    public void Offsets_locate_their_block(int offset, long? block, int? inside)
    {
        var located = Text.Locate(offset);
        Assert.Equal(block, located?.BlockId);
        Assert.Equal(inside, located?.Offset);
    }

    [Fact]
    public void A_range_across_blocks_splits_into_block_relative_spans()
    {
        Assert.Equal([(10L, 6, 12), (11L, 0, 6)], Text.Spans(6, 20).ToList());
    }
}
