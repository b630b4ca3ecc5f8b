using System.Text.Json;

namespace ArticleReader.Tests.Claims.Gold;

/// <summary>Well-formedness of the hand-made gold claim annotations for the seed articles' sentences.</summary>
public class SeedGoldFixtureTests
{
    static readonly string[] AllowedTypes =
        ["statistic", "quote", "reported", "prediction", "recommendation", "causal", "comparison", "evaluation", "none"];

    [Fact]
    public void Fixture_has_one_line_per_seed_sentence()
    {
        Assert.Equal(404, ReadLines().Count);
    }

    [Fact]
    public void Every_line_is_a_well_formed_annotation()
    {
        foreach (var (number, line) in ReadLines().Select((l, i) => (i + 1, l)))
        {
            using var doc = JsonDocument.Parse(line);
            var row = doc.RootElement;
            var where = $"line {number}";

            Assert.False(string.IsNullOrWhiteSpace(row.GetProperty("article").GetString()), where);
            var start = row.GetProperty("start").GetInt32();
            var end = row.GetProperty("end").GetInt32();
            var text = row.GetProperty("text").GetString() ?? "";
            Assert.True(row.GetProperty("block").GetInt32() >= 0, where);
            Assert.True(text.Length > 0 && end - start == text.Length, $"{where}: span {start}..{end} does not fit the text");

            var isClaim = row.GetProperty("isClaim").GetBoolean();
            var type = row.GetProperty("type").GetString();
            Assert.Contains(type, AllowedTypes);
            if (isClaim) Assert.NotEqual("none", type);
            else Assert.Equal("none", type);

            var speaker = row.GetProperty("speaker");
            Assert.True(speaker.ValueKind is JsonValueKind.Null or JsonValueKind.String, where);
            if (type is "quote" or "reported")
                Assert.False(string.IsNullOrWhiteSpace(speaker.GetString()), $"{where}: {type} needs a speaker");

            if (row.TryGetProperty("note", out var note))
                Assert.Equal(JsonValueKind.String, note.ValueKind);
        }
    }

    static List<string> ReadLines()
    {
        var path = Path.Combine(FindRoot(), "tests", "ArticleReader.Tests", "Claims", "Gold", "seed-claims.gold.jsonl");
        return File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
    }

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ArticleReader.sln"))) return dir.FullName;
        throw new InvalidOperationException("ArticleReader.sln not found above " + AppContext.BaseDirectory);
    }
}
