using ArticleReader.Analysis;
using ArticleReader.Claims;

namespace ArticleReader.Tests.Analysis;

public class LastPersonBeforeTests
{
    private static MentionUnit Person(int block, int start, int end) =>
        new(block, new EntityMention("Name", start, end, EntityKinds.Person, "person:name", null, "test"));

    [Theory]
    [InlineData(0, 0, -1)]   // nothing before the first mention
    [InlineData(0, 10, 0)]   // a mention ending exactly at the offset counts
    [InlineData(0, 25, 1)]
    [InlineData(1, 0, 1)]    // the last mention of an earlier block
    [InlineData(2, 6, 2)]
    [InlineData(5, 0, 3)]    // blocks without mentions are skipped over
    public void Finds_the_last_person_mentioned_before_a_point(int block, int offset, int expected)
    {
        var people = new[] { Person(0, 5, 10), Person(0, 15, 20), Person(2, 0, 6), Person(2, 30, 40) };
        var found = new LastPersonBefore(people).Find(block, offset);
        Assert.Equal(expected, found is null ? -1 : Array.IndexOf(people, found));
    }

    [Fact]
    public void Agrees_with_a_scan_of_every_mention_on_random_articles()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var people = Enumerable.Range(0, random.Next(0, 40))
                .Select(_ => (Block: random.Next(0, 6), Start: random.Next(0, 100))).Order()
                .Select(x => Person(x.Block, x.Start, x.Start + random.Next(1, 15))).ToList();
            var index = new LastPersonBefore(people);
            for (var probe = 0; probe < 30; probe++)
            {
                var (block, offset) = (random.Next(0, 7), random.Next(0, 120));
                var scanned = people.LastOrDefault(m => m.BlockOrdinal < block || (m.BlockOrdinal == block && m.Mention.End <= offset));
                Assert.Same(scanned, index.Find(block, offset));
            }
        }
    }
}
