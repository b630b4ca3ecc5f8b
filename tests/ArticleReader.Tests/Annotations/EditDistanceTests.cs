using ArticleReader.Annotations;

namespace ArticleReader.Tests.Annotations;

public class EditDistanceTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("Putin", "Putin", 0)]
    [InlineData("Putin", "Poutine", 2)]
    public void Levenshtein_counts_insertions_deletions_and_substitutions(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Levenshtein(a, b));
        Assert.Equal(distance, EditDistance.Levenshtein(b, a));
    }

    [Theory]
    // The prefix lines up against the end of the text before a candidate; earlier text is free.
    [InlineData("is Putin", "obstacle is Putin", true, 0)]
    [InlineData("is Putin", "obstacle is Putin. ", true, 2)]
    // The suffix lines up against the start of the text after a candidate; later text is free.
    [InlineData(". Indeed", ". Indeed, none of these", false, 0)]
    [InlineData(". Indeed", "! Indeed, none", false, 1)]
    public void Anchored_distance_ignores_text_beyond_the_far_end(string pattern, string text, bool anchorAtEnd, int distance) =>
        Assert.Equal(distance, EditDistance.Anchored(pattern, text, anchorAtEnd));

    [Fact]
    public void Anchored_distances_give_the_cost_of_every_stretch_length()
    {
        // distances[j] compares "war" with the last j characters of "the war".
        var distances = EditDistance.AnchoredDistances("war", "the war", anchorAtEnd: true);
        Assert.Equal([3, 2, 1, 0, 1, 2, 3, 4], distances);
    }

    [Theory]
    [InlineData("war", "the war goes on", 0, 7)]
    [InlineData("warr", "the war goes on", 1, 7)]
    public void BestEnd_finds_where_an_approximate_occurrence_ends(string pattern, string text, int distance, int end) =>
        Assert.Equal((distance, end), EditDistance.BestEnd(pattern, text, preferredEnd: end));

    // The bit-parallel computation must agree with the textbook table on every column, across block
    // boundaries (patterns longer than 64 and 128 characters).
    [Theory]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(130)]
    [InlineData(300)]
    public void Bit_parallel_columns_match_the_dynamic_programming_table(int patternLength)
    {
        var random = new Random(patternLength);
        for (var trial = 0; trial < 20; trial++)
        {
            var pattern = RandomText(random, patternLength);
            var text = RandomText(random, random.Next(0, 2 * patternLength + 10));
            if (trial % 2 == 0 && text.Length > patternLength) text = text[..(text.Length / 3)] + Mutate(random, pattern) + text[(text.Length / 3)..];

            Assert.Equal(TableColumns(pattern, text, freeStart: false), EditDistance.AnchoredDistances(pattern, text, anchorAtEnd: false));
            Assert.Equal(TableColumns(Reverse(pattern), Reverse(text), freeStart: false), EditDistance.AnchoredDistances(pattern, text, anchorAtEnd: true));
            var search = TableColumns(pattern, text, freeStart: true);
            Assert.Equal(search.Min(), EditDistance.BestEnd(pattern, text, 0).Distance);
            Assert.Equal(search[EditDistance.BestEnd(pattern, text, 0).End], search.Min());
            Assert.Equal(TableColumns(pattern, text, freeStart: false)[^1], EditDistance.Levenshtein(pattern, text));
        }
    }

    static string RandomText(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => "abcde ’—"[random.Next(8)]).ToArray());

    static string Mutate(Random random, string text)
    {
        var chars = text.ToList();
        for (var edit = 0; edit < 1 + text.Length / 10; edit++)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(3))
            {
                case 0: chars.Insert(at, 'x'); break;
                case 1 when at < chars.Count: chars.RemoveAt(at); break;
                default: if (at < chars.Count) chars[at] = 'y'; break;
            }
        }
        return new string(chars.ToArray());
    }

    static string Reverse(string text) => new(text.Reverse().ToArray());

    static int[] TableColumns(string pattern, string text, bool freeStart)
    {
        var previous = Enumerable.Range(0, pattern.Length + 1).ToArray();
        var result = new int[text.Length + 1];
        result[0] = pattern.Length;
        for (var j = 1; j <= text.Length; j++)
        {
            var current = new int[pattern.Length + 1];
            current[0] = freeStart ? 0 : j;
            for (var i = 1; i <= pattern.Length; i++)
                current[i] = Math.Min(Math.Min(current[i - 1] + 1, previous[i] + 1), previous[i - 1] + (pattern[i - 1] == text[j - 1] ? 0 : 1));
            result[j] = current[pattern.Length];
            previous = current;
        }
        return result;
    }
}
