using ArticleReader.Predictions;

namespace ArticleReader.Tests.Predictions;

public class DueDatesTests
{
    [Theory]
    [InlineData("2026", "2026-12-31")]
    [InlineData("2025-02", "2025-02-28")]
    [InlineData("2024-02", "2024-02-29")]
    [InlineData("2024-10-07", "2024-10-07")]
    [InlineData("2022-10/2023-01", "2023-01-31")]
    [InlineData("1900/1933", "1933-12-31")]
    [InlineData("next year", null)]
    [InlineData("2025-13", null)]
    public void A_resolved_period_ends_on_its_last_day(string resolved, string? end) =>
        Assert.Equal(end, DueDates.EndOf(resolved)?.ToString("yyyy-MM-dd"));

    [Theory]
    [InlineData("""[{"text":"into 2026","kind":"year","resolved":"2026","isFuture":true,"start":132,"end":141}]""", "2026-12-31", "into 2026")]
    [InlineData("""[{"text":"the next few months","kind":"range","resolved":"2022-10/2023-01","isFuture":true,"start":29,"end":48}]""", "2023-01-31", "the next few months")]
    [InlineData("""[{"text":"by March","kind":"month","resolved":"2025-03","isFuture":true},{"text":"by 2027","kind":"year","resolved":"2027","isFuture":true}]""", "2027-12-31", "by 2027")]
    [InlineData("""[{"text":"last month","kind":"month","resolved":"2025-11","isFuture":false}]""", null, null)]
    [InlineData("""[{"text":"soon","kind":"relative","resolved":null,"isFuture":true}]""", null, null)]
    [InlineData("[]", null, null)]
    [InlineData("not json", null, null)]
    public void A_prediction_is_due_at_the_end_of_its_latest_future_period(string timeRefs, string? due, string? basis)
    {
        var d = DueDates.FromTimeReferences(timeRefs);
        Assert.Equal(due, d?.Date.ToString("yyyy-MM-dd"));
        Assert.Equal(basis, d?.Basis);
    }

    [Theory]
    [InlineData("2026-06-30", "2026-06-30")]
    [InlineData(" 2026-06 ", "2026-06-30")]
    [InlineData("2026", "2026-12-31")]
    [InlineData("2026/2027", null)]
    [InlineData("June", null)]
    [InlineData("", null)]
    public void A_reader_types_a_date_or_a_period(string text, string? date) =>
        Assert.Equal(date, DueDates.ParseReaderDate(text)?.ToString("yyyy-MM-dd"));
}
