using ArticleReader.Claims.CheckWorthiness;

namespace ArticleReader.Tests.Claims.CheckWorthiness;

public class ClaimFeaturesTests
{
    [Theory]
    [InlineData("He has tolerated more than 600,000 casualties, the U.S. estimates.", "number")]
    [InlineData("He has tolerated more than 600,000 casualties, the U.S. estimates.", "number:digits")]
    [InlineData("He has tolerated more than 600,000 casualties, the U.S. estimates.", "approximate-quantity")]
    [InlineData("He has tolerated more than 600,000 casualties, the U.S. estimates.", "comparative:more than")]
    [InlineData("He has tolerated more than 600,000 casualties, the U.S. estimates.", "attribution:estimates")]
    [InlineData("He has tolerated more than 600,000 casualties, the U.S. estimates.", "acronym")]
    [InlineData("He has tolerated more than 600,000 casualties, the U.S. estimates.", "perfect")]
    [InlineData("He has tolerated more than 600,000 casualties, the U.S. estimates.", "past-tense:-ed")]
    [InlineData("Meanwhile, $300 billion worth of frozen Russian reserves are still sitting there.", "money")]
    [InlineData("Meanwhile, $300 billion worth of frozen Russian reserves are still sitting there.", "magnitude:billion")]
    [InlineData("Meanwhile, $300 billion worth of frozen Russian reserves are still sitting there.", "entity:1")]
    [InlineData("It costs two hundred dollars.", "number-word:two")]
    [InlineData("It costs two hundred dollars.", "number")]
    [InlineData("It costs two hundred dollars.", "money")]
    [InlineData("Nearly half of them left.", "approximate-quantity")]
    [InlineData("Inflation was 12% in 1980.", "percent")]
    [InlineData("Inflation was 12 percent in 1980.", "percent")]
    [InlineData("Inflation was 12 percent in 1980.", "year")]
    [InlineData("Inflation was 12 percent in 1980.", "statistic:unemployment")]
    [InlineData("Unemployment fell, according to the Labor Department.", "attribution:according to")]
    [InlineData("Unemployment fell, according to the Labor Department.", "change:fell")]
    [InlineData("Unemployment fell, according to the Labor Department.", "entity:2")]
    [InlineData("A poll showed that most voters agreed.", "attribution:poll")]
    [InlineData("This is the largest deficit in history.", "superlative:largest")]
    [InlineData("This is the poorest county in the state.", "superlative:-est")]
    [InlineData("We have the lowest rates since the war.", "temporal:since")]
    [InlineData("Prices may rise next year.", "modal:may")]
    [InlineData("Prices may rise next year.", "temporal:last year")]
    [InlineData("We'll win, and we won't stop.", "modal:will")]
    [InlineData("We'll win, and we won't stop.", "future")]
    [InlineData("We'll win, and we won't stop.", "negation:not")]
    [InlineData("They can't do it.", "modal:can")]
    [InlineData("You should vote.", "modal:should")]
    [InlineData("I think that's wrong.", "opinion:i think")]
    [InlineData("I’m sure you agree.", "opinion:i'm sure")]
    [InlineData("Let's be clear.", "opinion:let's")]
    [InlineData("I will never forget the intensity of his worry.", "intent:i will")]
    [InlineData("I will never forget the intensity of his worry.", "negation:never")]
    [InlineData("I will never forget the intensity of his worry.", "pronoun:i")]
    [InlineData("Why did she say that?", "question")]
    [InlineData("Why did she say that?", "past:did")]
    [InlineData("Kudos to Cathy Young!", "exclamation")]
    [InlineData("Kudos to Cathy Young!", "social:congratulations")]
    [InlineData("He called it \"a disaster\".", "quotation")]
    [InlineData("He called it \"a disaster\".", "evaluative:terrible")]
    [InlineData("The talks ended in March.", "date:month")]
    [InlineData("Then there are the storms.", "existential:there is")]
    [InlineData("Then there are the storms.", "length:1-5")]
    [InlineData("She voted against the bill twice.", "legislative:voted")]
    [InlineData("Everybody always says so.", "universal:always")]
    [InlineData("It failed because nobody funded it.", "causal:because")]
    [InlineData("If they win, we lose.", "conditional:if")]
    [InlineData("It is really very good.", "intensifier:very")]
    [InlineData("Senator Kennedy and Governor Reagan met Mr. Ford.", "entity:3+")]
    public void FiresCue(string sentence, string cue) =>
        Assert.Contains(cue, ClaimFeatures.Cues(sentence));

    [Theory]
    [InlineData("It is in our interest.", "superlative:-est")]
    [InlineData("We need help.", "past-tense:-ed")]
    [InlineData("Prices may rise.", "date:month")]
    [InlineData("May I answer?", "date:month")]
    [InlineData("I met him there.", "entity")]
    [InlineData("Six hundred people came.", "year")]
    [InlineData("About the bill: nothing.", "approximate-quantity")]
    [InlineData("Then there are the storms.", "number")]
    [InlineData("We thank you: Thanks.", "entity")]
    [InlineData("MEANWHILE, the war goes on.", "acronym")]
    public void DoesNotFireCue(string sentence, string cue) =>
        Assert.DoesNotContain(cue, ClaimFeatures.Cues(sentence));

    [Fact]
    public void EveryCueNameIsDistinct() =>
        Assert.Equal(ClaimFeatures.CueNames.Count, ClaimFeatures.CueNames.Distinct().Count());

    [Theory]
    [InlineData("")]
    [InlineData("?")]
    [InlineData("The U.S. estimates more than 600,000 casualties among his soldiers.")]
    public void VectorIsSortedDistinctAndInsideTheDimension(string sentence)
    {
        var features = new ClaimFeatures(new ClaimFeatureConfig());
        var vector = features.Featurize(sentence);
        Assert.Equal(vector.Indices.Order().Distinct(), vector.Indices);
        Assert.All(vector.Indices, i => Assert.InRange(i, 0, features.Config.Dimension - 1));
        Assert.NotEmpty(vector.Indices);
    }

    [Fact]
    public void CueFeaturesSitAfterTheHashedBuckets()
    {
        var config = new ClaimFeatureConfig();
        var vector = new ClaimFeatures(config).Featurize("Kudos to Cathy Young!");
        var cueIndices = vector.Indices.Where(i => i >= config.HashedDimension).Select(i => ClaimFeatures.CueNames[i - config.HashedDimension]);
        Assert.Equal(ClaimFeatures.Cues("Kudos to Cathy Young!").Order(), cueIndices.Order());
    }

    [Fact]
    public void NumbersOfTheSameShapeGiveTheSameVector()
    {
        var features = new ClaimFeatures(new ClaimFeatureConfig());
        var a = features.Featurize("Taxes rose in 1985 by 12 percent.");
        var b = features.Featurize("Taxes rose in 2016 by 47 percent.");
        Assert.Equal(a.Indices, b.Indices);
        Assert.Equal(a.Values, b.Values);
    }

    [Fact]
    public void DisabledGroupsAddNothing()
    {
        var onlyCues = new ClaimFeatures(new ClaimFeatureConfig(UnigramScale: 0, BigramScale: 0, CharScale: 0, CuePairScale: 0));
        var vector = onlyCues.Featurize("Unemployment fell to 4.5% in March.");
        Assert.All(vector.Indices, i => Assert.True(i >= onlyCues.Config.HashedDimension));
    }
}
