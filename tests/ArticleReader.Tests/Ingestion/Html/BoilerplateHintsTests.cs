using System.Text.RegularExpressions;
using ArticleReader.Ingestion.Html;

namespace ArticleReader.Tests.Ingestion.Html;

public class BoilerplateHintsTests
{
    public static TheoryData<string, string, bool> Cases => new()
    {
        { nameof(BoilerplateHints.Unlikely), "sidebar-module ", true },
        { nameof(BoilerplateHints.Unlikely), " comments", true },
        { nameof(BoilerplateHints.Unlikely), "story-text ", false },
        { nameof(BoilerplateHints.MaybeCandidate), "article-header ", true },
        { nameof(BoilerplateHints.MaybeCandidate), "site-nav ", false },
        { nameof(BoilerplateHints.AlwaysUnlikely), "article-body__tablet-newsletter ", true },
        { nameof(BoilerplateHints.AlwaysUnlikely), "related-articles ", true },
        { nameof(BoilerplateHints.AlwaysUnlikely), " taboola-below-article", true },
        { nameof(BoilerplateHints.AlwaysUnlikely), "post-author ", true },
        { nameof(BoilerplateHints.AlwaysUnlikely), "author-name ", false },
        { nameof(BoilerplateHints.AlwaysUnlikely), "article-body ", false },
        { nameof(BoilerplateHints.AlwaysUnlikely), "article-body subscriber-only ", false },
        { nameof(BoilerplateHints.Positive), "entry-content ", true },
        { nameof(BoilerplateHints.Positive), "widget ", false },
        { nameof(BoilerplateHints.Negative), "promo-box ", true },
        { nameof(BoilerplateHints.Negative), "story ", false },
        { nameof(BoilerplateHints.Byline), "byline ", true },
        { nameof(BoilerplateHints.Byline), "headline ", false },
        { nameof(BoilerplateHints.Share), "share-bar ", true },
        { nameof(BoilerplateHints.Share), "sharedaddy ", true },
        { nameof(BoilerplateHints.Share), "shareholders ", false },
        { nameof(BoilerplateHints.HiddenStyle), "display: none", true },
        { nameof(BoilerplateHints.HiddenStyle), "visibility:hidden", true },
        { nameof(BoilerplateHints.HiddenStyle), "display: block", false },
        { nameof(BoilerplateHints.Popup), "rollover-people-block ", true },
        { nameof(BoilerplateHints.Popup), "tooltip-content ", true },
        { nameof(BoilerplateHints.Popup), "rollover-people ", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hint_matches_what_its_comment_says(string rule, string hints, bool expected)
    {
        var regex = (Regex)typeof(BoilerplateHints).GetField(rule)!.GetValue(null)!;
        Assert.Equal(expected, regex.IsMatch(hints));
    }

    [Theory]
    [InlineData("navigation", true)]
    [InlineData("Complementary", true)]
    [InlineData("main", false)]
    public void Landmark_roles_outside_the_article_are_unlikely(string role, bool expected)
    {
        Assert.Equal(expected, BoilerplateHints.UnlikelyRoles.Contains(role));
    }
}
