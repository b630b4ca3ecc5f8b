using ArticleReader.Claims;

namespace ArticleReader.Tests.Claims;

public class ClaimCueRulesTests
{
    public static TheoryData<string, string> Rules()
    {
        var data = new TheoryData<string, string>();
        foreach (var r in ClaimCueRules.TypeRules.Concat(ClaimCueRules.HedgeRules)) data.Add(r.Outcome, r.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_matches_its_own_example(string outcome, string name)
    {
        var rule = ClaimCueRules.TypeRules.Concat(ClaimCueRules.HedgeRules).Single(r => r.Outcome == outcome && r.Name == name);
        Assert.Matches(rule.Pattern, rule.Example);
    }

    [Fact]
    public void Outcomes_are_known_types_and_hedges()
    {
        Assert.All(ClaimCueRules.TypeRules, r => Assert.Contains(r.Outcome, ClaimTypes.All));
        Assert.All(ClaimCueRules.HedgeRules, r => Assert.Contains(r.Outcome, HedgeLevels.All));
    }

    [Theory]
    [InlineData("Toward that goal, he has tolerated more than 600,000 casualties among his own soldiers.")] // "more than" + number is a bound, not a comparison
    [InlineData("Since then, the sea drones have sunk or damaged more than two dozen warships.")]
    [InlineData("They no longer patrol the Ukrainian coast.")]
    [InlineData("Each time, these requests were eventually granted, although sometimes too late to make a difference.")]
    public void Quantity_bounds_and_past_tense_are_not_comparison_or_prediction(string sentence)
    {
        foreach (var r in ClaimCueRules.TypeRules.Where(r => r.Outcome is ClaimTypes.Comparison or ClaimTypes.Prediction))
            Assert.DoesNotMatch(r.Pattern, sentence);
    }

    [Theory]
    [InlineData("Should Ukraine finally lose this war, the costs—military, economic, political—for the U.S. and its allies will not go down.", ClaimTypes.Prediction)]
    [InlineData("The Biden administration has withheld weapons systems at precisely the moments when they would be most useful, thereby allowing Russia to turn this war into a long-term attritional conflict that it did not need to be.", ClaimTypes.Causal)]
    public void Conditional_should_and_negated_need_are_not_advice(string sentence, string expected)
    {
        var a = ClaimAnalyzer.Analyze(sentence, ClaimContext.Empty);
        Assert.Equal(expected, a.Type);
        Assert.DoesNotContain(ClaimTypes.Recommendation, a.MatchedTypes);
    }
}
