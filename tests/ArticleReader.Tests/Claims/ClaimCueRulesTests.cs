using System.Text.RegularExpressions;
using ArticleReader.Claims;
using ArticleReader.Claims.CheckWorthiness;
using ArticleReader.Ingestion.TextDump;
using ArticleReader.Model;
using ArticleReader.Tests.Support;
using ArticleReader.Text;

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

    [Theory]
    [InlineData("good\\s+bet|horrors?|more\\s+[\\p{L}-]+|grim", "good,horror,more,grim")]
    [InlineData("best|worst", "best,worst")]
    public void Head_words_are_the_literal_start_of_each_alternative(string alternation, string expected) =>
        Assert.Equal(expected.Split(','), ClaimCueRules.HeadWords(alternation));

    [Fact]
    public void A_head_word_must_exist()
    {
        Assert.Throws<ArgumentException>(() => ClaimCueRules.HeadWords("best|(?:most|least)"));
    }

    [Theory]
    [InlineData("judgement word", "The cat sat on the mat.", false)]
    [InlineData("judgement word", "That was a PREPOSTEROUS idea.", true)]
    [InlineData("comparative than", "Nothing to compare here.", false)]
    [InlineData("comparative than", "Bigger THAN ever.", true)]
    [InlineData("bare superlative", "Their Best effort.", false)] // the superlative patterns are case-sensitive
    [InlineData("bare superlative", "their best effort", true)]
    [InlineData("judgement word", "Well, \u212Audos to her.", true)] // a Kelvin sign: the pattern reads it as the k of "kudos"
    public void A_rule_is_skipped_only_when_none_of_its_required_words_occur(string name, string text, bool mayMatch) =>
        Assert.Equal(mayMatch, ClaimCueRules.TypeRules.Single(r => r.Name == name).MayMatch(Regex.Unescape(text)));

    public static IEnumerable<string> SoundnessSentences()
    {
        foreach (var (_, text) in SeedText.All())
            foreach (var block in TextDumpParser.Parse(text).Articles.SelectMany(a => a.Blocks).Where(b => b.Kind != BlockKinds.Boilerplate))
                foreach (var span in SentenceSplitter.Split(block.Text)) yield return span.Slice(block.Text);
        foreach (var s in LabelledSentenceCsv.Read(Path.Combine(TestPaths.SharedEval, "claims", "claimbuster_groundtruth.csv"))) yield return s.Text;
        foreach (var r in ClaimCueRules.TypeRules) yield return r.Example;
    }

    [Fact]
    public void Required_words_never_skip_a_sentence_the_rule_matches()
    {
        var sentences = SoundnessSentences().ToList();
        var prefiltered = ClaimCueRules.TypeRules.Concat(ClaimCueRules.HedgeRules).Where(r => r.RequiredWords is not null).ToList();
        Assert.NotEmpty(prefiltered);
        foreach (var rule in prefiltered)
        {
            var matched = sentences.Where(s => rule.Pattern.IsMatch(s)).ToList();
            Assert.NotEmpty(matched); // the check below must have something to check
            Assert.All(matched, s => Assert.True(rule.MayMatch(s), $"{rule.Name} matches but was skipped: {s}"));
        }
    }

    [Fact]
    public void Case_insensitive_required_words_see_every_letter_the_pattern_treats_as_the_same()
    {
        foreach (var rule in ClaimCueRules.TypeRules.Where(r => r.RequiredWords is not null && r.Pattern.Options.HasFlag(RegexOptions.IgnoreCase)))
            foreach (var word in rule.RequiredWords!)
                for (var i = 0; i < word.Length; i++)
                {
                    var same = new Regex("^" + Regex.Escape(word[i].ToString()) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
                    foreach (var variant in Variants(word[i]).Where(c => same.IsMatch(c.ToString())))
                    {
                        var spelled = string.Concat(word.AsSpan(0, i), variant.ToString(), word.AsSpan(i + 1));
                        Assert.True(rule.MayMatch(spelled), $"{rule.Name}: '{spelled}' was skipped");
                    }
                }
    }

    // Every character that any casing rule relates to this one, plus the known odd ones (Kelvin sign, long s, dotted and dotless i).
    private static IEnumerable<char> Variants(char c) =>
        new[] { c, char.ToUpperInvariant(c), char.ToLowerInvariant(c), '\u212A', '\u017F', '\u0130', '\u0131', '\u212B' }.Distinct();
}
