using ArticleReader.Storage;
using ArticleReader.Web.Pictures;

namespace ArticleReader.Web.Tests.Pictures;

public class ClaimTimelineTests
{
    [Theory]
    [InlineData("2024-10-17", "day", "2024-10-17")]
    [InlineData("2024-10", "month", "2024-10-15")]
    [InlineData("2024", "year", "2024-07-01")]
    [InlineData(null, "unknown", null)]
    [InlineData("2024-02-30", "day", "2024-02-15")]
    public void Articles_sit_at_their_day_or_the_middle_of_what_is_known(string? iso, string precision, string? expected) =>
        Assert.Equal(expected, ClaimTimeline.ArticleDate(iso, precision)?.ToString("yyyy-MM-dd"));

    [Fact]
    public void A_prediction_with_a_due_date_gets_a_second_mark_and_undated_claims_are_left_out()
    {
        TrackedClaim[] claims =
        [
            new() { ClaimId = 1, ArticleSlug = "a", ArticlePublished = "2025-12", ArticlePublishedPrecision = "month", Type = "prediction", Text = "War into 2026",
                TimeRefs = """[{"text":"into 2026","resolved":"2026","isFuture":true}]""" },
            new() { ClaimId = 2, ArticleSlug = "a", ArticlePublished = "2025-12", ArticlePublishedPrecision = "month", Type = "evaluation", Text = "Bad", Status = "false" },
            new() { ClaimId = 3, ArticleSlug = "b", ArticlePublished = null, Type = "evaluation", Text = "Undated" },
        ];
        var svg = ClaimTimeline.Render("test", claims).ToString()!;
        new System.Xml.XmlDocument().LoadXml(svg);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(svg, "href=\"/articles/").Count); // two claims and one due mark
        Assert.Contains("Due 2026-12-31 · Pending: War into 2026", svg);
        Assert.Contains("tl-s-false", svg);
        Assert.DoesNotContain("Undated", svg);
    }
}
