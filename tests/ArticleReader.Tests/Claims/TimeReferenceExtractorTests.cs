using ArticleReader.Claims;

namespace ArticleReader.Tests.Claims;

public class TimeReferenceExtractorTests
{
    [Theory]
    [InlineData("the war in Ukraine by next year", "2024-10-01", "month", "by next year", "2025", true)]
    [InlineData("the war is virtually certain to continue into 2026.", "2025-12-01", "month", "into 2026", "2026", true)]
    [InlineData("was picked up by the press last month, Putin was telling", "2025-12-01", "month", "last month", "2025-11", false)]
    [InlineData("at least for the next few months, there is no negotiated settlement", "2022-10-01", "month", "the next few months", "2022-10/2023-01", true)]
    [InlineData("He may regret not dialing back his war aims seven months ago, just after", "2022-10-01", "month", "seven months ago", "2022-03", false)]
    [InlineData("In March 2023, when Mark Milley was six months away from retirement", "2024-10-01", "month", "March 2023", "2023-03", false)]
    [InlineData("I outlined a suspiciously similar proposal last March in an article", "2022-10-01", "month", "last March", "2022-03", false)]
    [InlineData("after his presidential term expired last May.", "2025-12-01", "month", "last May", "2025-05", false)]
    [InlineData("Since last October 7, I have averted my eyes from social media", "2024-10-01", "month", "Since last October 7", "2023-10-07", false)]
    [InlineData("On Wednesday, Defense Secretary Lloyd Austin acknowledged", "2024-10-01", "month", "On Wednesday", null, false)]
    [InlineData("On Wednesday, Defense Secretary Lloyd Austin acknowledged", "2024-10-25", "day", "On Wednesday", "2024-10-23", false)]
    [InlineData("territory that Ukraine seized in an offensive this past summer.", "2024-10-01", "month", "this past summer", "2024-06/2024-08", false)]
    [InlineData("his funeral on July 22, 2014, in Ashkelon", "2024-10-01", "month", "July 22, 2014", "2014-07-22", false)]
    [InlineData("Since the beginning of the current war, in February 2022, the Biden administration", "2024-10-01", "month", "February 2022", "2022-02", false)]
    [InlineData("These ideas might have worked in March.", "2022-10-01", "month", "March", "2022-03", false)]
    [InlineData("published in The New Yorker in December, particularly disturbing", "2024-10-01", "month", "December", "2023-12", false)]
    [InlineData("Ukraine has, since early August, even occupied a chunk of Russian territory.", "2024-10-01", "month", "since early August", "2024-08", false)]
    [InlineData("A year ago, I visited the small workshop", "2024-10-01", "month", "A year ago", "2023-10", false)]
    [InlineData("Seven months later, the situation is of course very different.", "2022-10-01", "month", "Seven months later", null, false)]
    [InlineData("Two and a half years into the conflict, the idea", "2024-10-01", "month", "Two and a half years into", null, false)]
    [InlineData("Just as the British decided in the early 20th century that Ireland is not British", "2024-10-01", "month", "the early 20th century", "1900/1933", false)]
    [InlineData("the French decided in 1962 that Algeria is not France", "2024-10-01", "month", "1962", "1962", false)]
    [InlineData("email dear.therapist@theatlantic.com by Sunday, October 20.", "2024-10-01", "month", "by Sunday, October 20", "2024-10-20", false)]
    [InlineData("And if the last two weeks have demonstrated anything", "2025-12-01", "month", "the last two weeks", null, false)]
    [InlineData("And if the last two weeks have demonstrated anything", "2025-12-10", "day", "the last two weeks", "2025-11-26/2025-12-10", false)]
    [InlineData("Just last week, for instance, he opined", "2025-12-01", "month", "last week", null, false)]
    [InlineData("This month, she is inviting readers", "2024-10-01", "month", "This month", "2024-10", false)]
    [InlineData("news that aired tonight at 6 p.m. ET.", "2024-10-15", "day", "tonight", "2024-10-15", false)]
    [InlineData("the military and defense-industry links since 2022 have strengthened", "2024-10-01", "month", "since 2022", "2022", false)]
    [InlineData("It was popular in the 1990s.", null, null, "the 1990s", "1990/1999", false)]
    [InlineData("which aims to end the war next year and calls for a NATO invitation", "2024-10-01", "month", "next year", "2025", true)]
    [InlineData("A couple of days earlier, Putin had made his latest appearance", "2025-12-01", "month", "A couple of days earlier", null, false)]
    [InlineData("Earlier this week, the British government asserted", "2024-10-17", "day", "Earlier this week", "2024-10-14/2024-10-17", false)]
    [InlineData("His poems have appeared over the past year in many publications", "2024-10-01", "month", "the past year", "2023-10/2024-10", false)]
    [InlineData("In recent weeks, Russian glide bombs have begun to destroy the city", "2024-10-01", "month", "In recent weeks", null, false)]
    [InlineData("Just a few weeks ago, President Volodymyr Zelensky presented Washington with a plan", "2024-10-20", "day", "Just a few weeks ago", "2024-09-29", false)]
    [InlineData("On the last Monday of each month, Lori Gottlieb answers", "2024-10-01", "month", "last Monday", null, false)]
    [InlineData("almost three years into the conflict", "2024-10-01", "month", "almost three years into", null, false)]
    [InlineData("I met small groups of men in 2023, using what looked like sticks", "2024-10-01", "month", "2023", "2023", false)]
    [InlineData("The war will go on until 2030.", "2024-10-01", "month", "until 2030", "2030", true)]
    [InlineData("In March 2023, when Mark Milley was", null, null, "March 2023", "2023-03", false)]
    [InlineData("a proposal last March in an article", null, null, "last March", null, false)]
    public void Time_reference_is_found_and_resolved(string text, string? articleDate, string? precision, string span, string? resolved, bool future)
    {
        var context = new ClaimContext("A", articleDate is null ? null : DateOnly.Parse(articleDate, System.Globalization.CultureInfo.InvariantCulture), precision);
        var all = TimeReferenceExtractor.Extract(text, context);
        var t = all.SingleOrDefault(x => x.Text == span);
        Assert.True(t is not null, "found: " + string.Join(" | ", all.Select(x => x.Text)));
        Assert.Equal(resolved, t.Resolved);
        Assert.Equal(future, t.IsFuture);
        Assert.Equal(span, text[t.Start..t.End]);
    }

    [Theory]
    [InlineData("this may not particularly bother most Russians")] // "may" is a modal
    [InlineData("the fate of the more than 19,000 Ukrainian children")]
    [InlineData("He could have waited a few months, until his retirement")]
    public void Modal_may_and_counts_are_not_time_references(string text) =>
        Assert.Empty(TimeReferenceExtractor.Extract(text, ClaimContext.Empty));

    [Fact]
    public void Precision_is_taken_from_the_published_date()
    {
        var context = ClaimContext.FromPublished("Cathy Young", new ArticleReader.Model.PublishedDate(2025, 12, null));
        Assert.Equal("month", context.ArticleDatePrecision);
        Assert.Equal("2026", Assert.Single(TimeReferenceExtractor.Extract("next year", context)).Resolved);
    }
}
