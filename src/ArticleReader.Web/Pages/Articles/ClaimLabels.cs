using ArticleReader.Claims;

namespace ArticleReader.Web.Pages.Articles;

// How claim types are named and explained to readers (the legend, cards and filters use the same words).
public static class ClaimLabels
{
    public static readonly IReadOnlyList<(string Type, string Label, string Meaning)> Types =
    [
        (ClaimTypes.Statistic, "Statistic", "a quantity or measurement"),
        (ClaimTypes.Quote, "Quote", "attributed direct speech"),
        (ClaimTypes.Reported, "Reported", "attributed indirect statement"),
        (ClaimTypes.Prediction, "Prediction", "about what will happen"),
        (ClaimTypes.Causal, "Causal", "says what causes what"),
        (ClaimTypes.Comparison, "Comparison", "more, less, most, than"),
        (ClaimTypes.Evaluation, "Evaluation", "a judgement or opinion"),
        (ClaimTypes.Recommendation, "Recommendation", "what someone should do"),
    ];

    public static string Type(string type) => Types.FirstOrDefault(t => t.Type == type).Label ?? type;

    // The verdict scale, aligned with schema.org ClaimReview ratings; the keys 1-7 follow this order.
    public static readonly IReadOnlyList<(string Status, string Label, string Meaning)> Statuses =
    [
        ("unreviewed", "Unreviewed", "not judged yet"),
        ("supported", "Supported", "the evidence backs it"),
        ("disputed", "Disputed", "credible sources disagree"),
        ("false", "False", "the evidence contradicts it"),
        ("misleading", "Misleading", "true in part, but gives a wrong impression"),
        ("unverifiable", "Unverifiable", "cannot be checked"),
        ("opinion", "Opinion", "a judgement, not a checkable fact"),
    ];

    public static string Status(string status) => Statuses.FirstOrDefault(s => s.Status == status).Label ?? status;
}
