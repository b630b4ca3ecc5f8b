using ArticleReader.Claims;

namespace ArticleReader.Tests.Claims;

public class QuantityExtractorTests
{
    [Theory]
    [InlineData("Toward that goal, he has tolerated more than 600,000 casualties among his own soldiers, the U.S. estimates.", "more than 600,000 casualties", 600_000, "casualties", "more than", QuantityBounds.Lower)]
    [InlineData("Meanwhile, $300 billion worth of frozen Russian reserves are still sitting in European clearinghouses.", "$300 billion", 3e11, "USD", null, QuantityBounds.Exact)]
    [InlineData("The Russian president now plans to spend 40 percent of the national budget on arms production.", "40 percent", 40, "percent", null, QuantityBounds.Exact)]
    [InlineData("This unit alone has conducted 2,400 combat missions and destroyed more than 1,000 targets.", "2,400 combat missions", 2400, "missions", null, QuantityBounds.Exact)]
    [InlineData("The Ukrainian drones cost perhaps $220,000 apiece.", "perhaps $220,000", 220_000, "USD", "perhaps", QuantityBounds.Approximate)]
    [InlineData("the Russians have sacrificed about 1,000 tanks, armored vehicles, and pieces of artillery —nearly 6 percent of all the vehicles", "nearly 6 percent", 6, "percent", "nearly", QuantityBounds.Upper)]
    [InlineData("the Russians have sacrificed about 1,000 tanks, armored vehicles, and pieces of artillery", "about 1,000 tanks", 1000, "tanks", "about", QuantityBounds.Approximate)]
    [InlineData("Since then, the sea drones have sunk or damaged more than two dozen warships.", "more than two dozen warships", 24, "warships", "more than", QuantityBounds.Lower)]
    [InlineData("a now-empty town in eastern Ukraine with a prewar population of 14,000, the Russians", "14,000", 14_000, "population", null, QuantityBounds.Exact)]
    [InlineData("the weather in Florida is often horrendous: 95 degrees Fahrenheit with 95 percent humidity.", "95 degrees Fahrenheit", 95, "degF", null, QuantityBounds.Exact)]
    [InlineData("sitting in the darkness of the safe room for 10 hours, the sound of gunfire outside", "10 hours", 10, "hours", null, QuantityBounds.Exact)]
    [InlineData("many of the Russian ships are worth hundreds of millions of dollars.", "hundreds of millions of dollars", 1e8, "USD", null, QuantityBounds.Lower)]
    [InlineData("Ending it would mean bringing home some 700,000 men who have almost literally been to hell and back.", "some 700,000 men", 700_000, "men", "some", QuantityBounds.Approximate)]
    [InlineData("It is possible that the Russian army, engorged with more than 100,000 newly mobilized troops, bulldozes through", "more than 100,000 newly mobilized troops", 100_000, "troops", "more than", QuantityBounds.Lower)]
    [InlineData("Thousands of North Korean troops are now in Russia.", "Thousands of North Korean troops", 1000, "troops", null, QuantityBounds.Lower)]
    [InlineData("bargained with North Korea for millions and millions of shells—all to help him", "millions and millions of shells", 1e6, "shells", null, QuantityBounds.Lower)]
    [InlineData("Ukraine’s long-range drones have hit at least three large ammunition depots, one of which", "at least three large ammunition depots", 3, "depots", "at least", QuantityBounds.Lower)]
    [InlineData("because it would have let Ukraine keep an army of 650,000 and would have approved", "650,000", 650_000, "army", null, QuantityBounds.Exact)]
    [InlineData("my focus kept shifting to the drama of the little girls—Galia, 3 and a half, and Carmel, almost 2—sitting", "almost 2", 2, null, "almost", QuantityBounds.Upper)]
    [InlineData("In 2023, I met small groups of men; the authors gathered 40 stories, told from the perspective of the survivors.", "40 stories", 40, "stories", null, QuantityBounds.Exact)]
    [InlineData("The cost rose by 1.5 million euros last year.", "1.5 million euros", 1.5e6, "EUR", null, QuantityBounds.Exact)]
    public void Quantity_is_normalised(string text, string span, double value, string? unit, string? qualifier, string bound)
    {
        var all = QuantityExtractor.Extract(text);
        var q = all.SingleOrDefault(x => x.Text == span);
        Assert.True(q is not null, "found: " + string.Join(" | ", all.Select(x => x.Text)));
        Assert.Equal(value, q.Value, 6);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(qualifier, q.Qualifier);
        Assert.Equal(bound, q.Bound);
        Assert.Equal(span, text[q.Start..q.End]);
    }

    [Theory]
    [InlineData("more than two dozen warships", true)]
    [InlineData("hundreds of millions of dollars", true)]
    [InlineData("some 700,000 men", true)]
    [InlineData("2,400 combat missions", false)]
    [InlineData("more than 600,000 casualties", false)]
    public void Vague_and_loose_amounts_are_approximate(string text, bool approximate) =>
        Assert.Equal(approximate, Assert.Single(QuantityExtractor.Extract(text)).Approximate);

    [Theory]
    [InlineData("the original 28-point peace plan", 28, "points")]
    [InlineData("After the five-hour huddle, Putin foreign policy aide Yuri Ushakov", 5, "hours")]
    [InlineData("a Russian victory in the nearly sixteen-month-long fight for Pokrovsk", 16, "months")]
    [InlineData("Netta Epstein was a 22-year-old living in Kibbutz Kfar Aza", 22, "years old")]
    public void Compound_modifiers_are_quantities_marked_as_modifiers(string text, double value, string unit)
    {
        var q = Assert.Single(QuantityExtractor.Extract(text));
        Assert.True(q.IsModifier);
        Assert.Equal(value, q.Value);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("Since the beginning of the current war, in February 2022, the Biden administration has dithered.")] // a year
    [InlineData("Just as the French decided in 1962 that Algeria is not France.")]
    [InlineData("such as HIMARS rocket equipment, Abrams tanks, ATACMS missiles, F-16 fighters, and AK-47s")] // codes
    [InlineData("I-4, from Tampa to Daytona Beach, is the deadliest highway in the country.")]
    [InlineData("Members of Ukraine’s 22nd Mechanized Brigade assemble a Poseidon reconnaissance drone.")] // ordinal
    [InlineData("similar to NATO’s Article 5.")] // label
    [InlineData("In her book, 10/7, which also catalogs the events of the day")] // date
    [InlineData("The grandfather cries during his funeral on July 22, 2014, in Ashkelon, Israel.")]
    [InlineData("aired tonight at 6 p.m. ET.")]
    [InlineData("According to one of the commanders, no one looms over Putin.")] // "one" is a pronoun
    [InlineData("www.theatlantic.com › international › archive › 2024 › 10 › ukraine-missiles-intelligence-putin › 680387")]
    [InlineData("Two and a half years into the conflict, the idea may sound strange.")] // a time reference
    [InlineData("He may regret not dialing back his war aims seven months ago.")]
    public void Dates_codes_ordinals_and_labels_are_not_quantities(string text) =>
        Assert.Empty(QuantityExtractor.Extract(text));
}
