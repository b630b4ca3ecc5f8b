using ArticleReader.Claims;

namespace ArticleReader.Tests.Claims;

public class ClaimAnalyzerTests
{
    static readonly ClaimContext Kaplan = new("Fred Kaplan", new DateOnly(2022, 10, 1), "month");
    static readonly ClaimContext Atlantic = new("Anne Applebaum", new DateOnly(2024, 10, 1), "month");
    static readonly ClaimContext Young = new("Cathy Young", new DateOnly(2025, 12, 1), "month");

    [Theory]
    // quote
    [InlineData("When pressed by reporters about what North Koreans’ role might be, Austin responded, “If they’re co-belligerents—[if] their intention is to participate in this war on Russia’s behalf—that is a very, very serious issue.”", ClaimTypes.Quote)]
    [InlineData("“What exactly they’re doing will have to be seen,” Austin said.", ClaimTypes.Quote)]
    [InlineData("“As chairman,” McMaster said to Goldberg, “you swear to support and defend the Constitution of the United States, but what if the commander in chief is undermining the Constitution?”", ClaimTypes.Quote)]
    [InlineData("“It’s a legitimately difficult call,” she wrote to me.", ClaimTypes.Quote)]
    [InlineData("“I like this idea of breaking into the awareness of other people by talking candidly among ourselves,” Hammad writes.", ClaimTypes.Quote)]
    // reported
    [InlineData("Toward that goal, he has tolerated more than 600,000 casualties among his own soldiers, the U.S. estimates.", ClaimTypes.Reported)]
    [InlineData("According to one of the commanders, this unit alone has conducted 2,400 combat missions and destroyed more than 1,000 targets, including tanks, armored personnel vehicles, trucks, and electronic-warfare systems since its creation several months ago.", ClaimTypes.Reported)]
    [InlineData("Oleksandr Kamyshin, Ukraine’s minister of strategic industries, says that the Ukrainians have spare capacity in their own drone factories, and could produce more themselves if they just had the money.", ClaimTypes.Reported)]
    [InlineData("Earlier this week, the British government asserted that North Korean combat troops were on their way to Russia.", ClaimTypes.Reported)]
    [InlineData("Putin claims that an agreement with the “illegitimate” Zelensky would not be internationally recognized as legally binding.", ClaimTypes.Reported)]
    [InlineData("The newly arrived soldiers reportedly come from the Special Operations Force—the most capable part of North Korea’s army—and could be deployed in Russia’s Kursk region.", ClaimTypes.Reported)]
    // statistic
    [InlineData("Meanwhile, $300 billion worth of frozen Russian reserves are still sitting in European clearinghouses, untouched, waiting for a political decision to use that money to win the war.", ClaimTypes.Statistic)]
    [InlineData("The Russian president now plans to spend 40 percent of the national budget on arms production, sacrificing living standards, health care, pensions, broader prosperity, and maybe the stability of the economy itself.", ClaimTypes.Statistic)]
    [InlineData("In the long battle for Vulhedar, a now-empty town in eastern Ukraine with a prewar population of 14,000, the Russians have sacrificed about 1,000 tanks, armored vehicles, and pieces of artillery —nearly 6 percent of all the vehicles destroyed during the entire war.", ClaimTypes.Statistic)]
    [InlineData("Since then, the sea drones, sometimes alone and sometimes in combined attacks with flying drones or missiles, have sunk or damaged more than two dozen warships.", ClaimTypes.Statistic)]
    [InlineData("Despite claims of perpetual sunshine, the weather in Florida is often horrendous: 95 degrees Fahrenheit with 95 percent humidity.", ClaimTypes.Statistic)]
    // prediction
    [InlineData("And so, regardless of how many gourmet meals or exotic meat pies Witkoff enjoys in Moscow, the war is virtually certain to continue into 2026.", ClaimTypes.Prediction)]
    [InlineData("At some point, they will run out of scapegoats.", ClaimTypes.Prediction)]
    [InlineData("On its own, a White House decision to allow the Ukrainians to strike targets in Russia with American or even European missiles will not change the course of the war.", ClaimTypes.Prediction)]
    [InlineData("On the contrary, they are likely to increase, and not only in Europe.", ClaimTypes.Prediction)]
    [InlineData("And if the last two weeks have demonstrated anything, it’s that any peace discussions in which Trump and Putin are major players are going to be a travesty and a distraction.", ClaimTypes.Prediction)]
    // recommendation
    [InlineData("The U.S. should respond to North Korea’s involvement by doing the one thing it always should have done: give Ukraine the means to defeat the Russian invasion.", ClaimTypes.Recommendation)]
    [InlineData("We have to win this war.", ClaimTypes.Recommendation)]
    [InlineData("To stay that way, Ukraine and its Western allies have to persuade Russia to stop fighting.", ClaimTypes.Recommendation)]
    [InlineData("At some point, Americans should realize that Putin isn’t wondering what the U.S. thinks about him; he is trying relentlessly to win his war.", ClaimTypes.Recommendation)]
    // causal
    [InlineData("Because at this point, the red lines are entirely in our heads; every one of them has been breached.", ClaimTypes.Causal)]
    [InlineData("Labor shortages are rampant, both because the army is eating up eligible men and because so many others have left the country to avoid conscription.", ClaimTypes.Causal)]
    [InlineData("The Biden administration has withheld weapons systems at precisely the moments when they would be most useful, thereby allowing Russia to turn this war into a long-term attritional conflict that it did not need to be.", ClaimTypes.Causal)]
    [InlineData("Which means that the fastest, cleanest way out of the war may be Putin’s demise, politically or literally.", ClaimTypes.Causal)]
    // comparison
    [InlineData("Russia remains the larger and richer country.", ClaimTypes.Comparison)]
    [InlineData("This is possibly the most successful example of asymmetric warfare in history.", ClaimTypes.Comparison)]
    [InlineData("The democratic world remains wealthier and more dynamic than the autocratic world.", ClaimTypes.Comparison)]
    [InlineData("More people die of lightning strikes in Florida than in any other state.", ClaimTypes.Comparison)]
    [InlineData("I-4, from Tampa to Daytona Beach, is the deadliest highway in the country.", ClaimTypes.Comparison)]
    // evaluation
    [InlineData("In short, an idea that may have seemed reasonable at the very start of the war is clearly preposterous today—tantamount to surrender from Ukraine’s point of view and impractical besides, as Putin would not allow a real referendum on soil that he has already “annexed.”", ClaimTypes.Evaluation)]
    [InlineData("But Putin has shown many times that his nuclear threats are hollow.", ClaimTypes.Evaluation)]
    [InlineData("Biden is right to tout the success of the coalition of democracies created to aid Ukraine, but why not let that coalition start defending Ukraine against incoming missiles, as friends of Israel have just done in the Middle East?", ClaimTypes.Recommendation)]
    [InlineData("Biden is right to tout the success of the coalition of democracies created to aid Ukraine.", ClaimTypes.Evaluation)]
    [InlineData("He is trying to sound tough, but his comment means nothing.", ClaimTypes.Evaluation)]
    [InlineData("The same argument is being made once again, and it sounds hollow.", ClaimTypes.Evaluation)]
    // none
    [InlineData("He visited an ammunition factory in Pennsylvania.", ClaimTypes.None)]
    [InlineData("Do such realists exist?", ClaimTypes.None)]
    [InlineData("Then there are the storms.", ClaimTypes.None)]
    [InlineData("So, if Musk’s plan won’t bring peace to the Slavic east, what is the future course of this war?", ClaimTypes.None)]
    public void Type_follows_the_cues_and_the_precedence(string sentence, string expected)
    {
        var a = ClaimAnalyzer.Analyze(sentence, Atlantic);
        Assert.True(expected == a.Type, $"{a.Type} != {expected}\n{string.Join("\n", a.Cues)}");
    }

    [Fact]
    public void The_US_estimate_is_reported_by_the_US_with_a_bounded_casualty_count()
    {
        const string s = "Toward that goal, he has tolerated more than 600,000 casualties among his own soldiers, the U.S. estimates.";
        var a = ClaimAnalyzer.Analyze(s, Atlantic);

        Assert.Contains(a.Type, new[] { ClaimTypes.Reported, ClaimTypes.Statistic });
        Assert.Contains(ClaimTypes.Statistic, a.MatchedTypes);
        Assert.Equal("U.S.", a.Speaker);
        Assert.Equal(SpeakerSources.Reported, a.SpeakerSource);
        Assert.Equal("U.S.", s[a.SpeakerSpan!.Start..a.SpeakerSpan.End]);
        var q = Assert.Single(a.Quantities);
        Assert.Equal(600_000, q.Value);
        Assert.Equal("casualties", q.Unit);
        Assert.Equal("more than", q.Qualifier);
        Assert.Equal(QuantityBounds.Lower, q.Bound);
    }

    [Theory]
    [InlineData("When pressed by reporters about what North Koreans’ role might be, Austin responded, “If they’re co-belligerents—[if] their intention is to participate in this war on Russia’s behalf—that is a very, very serious issue.”", "Austin", SpeakerSources.Quote)]
    [InlineData("“What exactly they’re doing will have to be seen,” Austin said.", "Austin", SpeakerSources.Quote)]
    [InlineData("Toward that goal, he has tolerated more than 600,000 casualties among his own soldiers, the U.S. estimates.", "U.S.", SpeakerSources.Reported)]
    [InlineData("According to one of the commanders, this unit alone has conducted 2,400 combat missions.", "one of the commanders", SpeakerSources.Reported)]
    [InlineData("“As chairman,” McMaster said to Goldberg, “you swear to support and defend the Constitution of the United States, but what if the commander in chief is undermining the Constitution?”", "McMaster", SpeakerSources.Quote)]
    [InlineData("Schake thinks that Milley overestimated his importance and was out of his lane as a military officer: “The country didn’t need General Milley to alert them to the danger of Trump.”", "Schake", SpeakerSources.Quote)]
    [InlineData("Schake thinks that Milley overestimated his importance and was out of his lane as a military officer.", "Schake", SpeakerSources.Reported)]
    [InlineData("Oleksandr Kamyshin, Ukraine’s minister of strategic industries, says that the Ukrainians have spare capacity.", "Oleksandr Kamyshin", SpeakerSources.Reported)]
    [InlineData("With a few exceptions, Ukrainians tell me, many allied armies aren’t in regular contact with the people carrying out cutting-edge military experiments in Ukraine.", "Ukrainians", SpeakerSources.Reported)]
    [InlineData("Since Milley retired, Woodward noted, the combat veteran who served three tours in Afghanistan has endured threats.", "Woodward", SpeakerSources.Reported)]
    [InlineData("Each time, officials in the U.S., Germany, and other Western powers argued that this or that weapon risked crossing some kind of red line.", "officials in the U.S., Germany, and other Western powers", SpeakerSources.Reported)]
    [InlineData("Downplaying the importance of Pyongyang’s involvement, American military and intelligence officials initially suggested to The New York Times that the regime had sent engineers.", "American military and intelligence officials", SpeakerSources.Reported)]
    [InlineData("As Goldberg put it in that story: “The difficulty of the task before Milley was captured most succinctly by Lieutenant General H. R. McMaster.”", "Goldberg", SpeakerSources.Quote)]
    [InlineData("“I like this idea of breaking into the awareness of other people by talking candidly among ourselves,” Hammad writes.", "Hammad", SpeakerSources.Quote)]
    [InlineData("Some argue that this makes them more resilient.", "Some", SpeakerSources.Reported)]
    [InlineData("According to a recent Reuters report, the Russians are now constructing a major drone factory in China.", "a recent Reuters report", SpeakerSources.Reported)]
    public void Speaker_is_the_attributed_source_with_its_offsets(string sentence, string speaker, string source)
    {
        var a = ClaimAnalyzer.Analyze(sentence, Atlantic);
        Assert.True(speaker == a.Speaker, $"{a.Speaker} != {speaker}\n{string.Join("\n", a.Cues)}");
        Assert.Equal(source, a.SpeakerSource);
        Assert.NotNull(a.SpeakerSpan);
        Assert.Equal(a.SpeakerSpan.Text, sentence[a.SpeakerSpan.Start..a.SpeakerSpan.End]);
    }

    [Theory]
    [InlineData("He visited an ammunition factory in Pennsylvania.")]
    [InlineData("I say this, even though I outlined a suspiciously similar proposal last March in an article titled “How to End the War In Ukraine.”")]
    [InlineData("He regularly and swiftly escalates whenever he believes that doing so will afford him a strategic advantage.")]
    [InlineData("Woodward recounts the episode with Milley—who almost certainly believed that he was speaking to Woodward off the record—in his new book, War:")]
    [InlineData("It does show how a person can suddenly become visible to another.")]
    [InlineData("It’s a “peace process” that brings to mind the old Soviet joke about the Soviet Union’s alleged dedication to preventing war: “There will be such a struggle for peace that no stone will be left standing.”")]
    public void Speaker_defaults_to_the_article_author(string sentence)
    {
        var a = ClaimAnalyzer.Analyze(sentence, Atlantic);
        Assert.True("Anne Applebaum" == a.Speaker, $"{a.Speaker}\n{string.Join("\n", a.Cues)}");
        Assert.Equal(SpeakerSources.Author, a.SpeakerSource);
        Assert.Null(a.SpeakerSpan);
    }

    [Fact]
    public void Unnamed_reports_are_reported_but_keep_the_author_as_speaker()
    {
        var a = ClaimAnalyzer.Analyze("In the past few weeks, Ukraine’s long-range drones have hit at least three large ammunition depots, one of which was said to have just received a large consignment from North Korea.", Atlantic);
        Assert.Equal(ClaimTypes.Reported, a.Type);
        Assert.Equal("Anne Applebaum", a.Speaker);
        Assert.Contains(a.Cues, c => c.Contains("source not named", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("It is possible, though not at all likely, that the Russian army, engorged with more than 100,000 newly mobilized troops, bulldozes through Ukrainian lines.", HedgeLevels.Possible)]
    [InlineData("He may regret not dialing back his war aims seven months ago, just after his blitzkrieg on Kyiv went haywire.", HedgeLevels.Possible)]
    [InlineData("These ideas might have worked in March.", HedgeLevels.Possible)]
    [InlineData("The Ukrainian drones cost perhaps $220,000 apiece; many of the Russian ships are worth hundreds of millions of dollars.", HedgeLevels.Possible)]
    [InlineData("This is possibly the most successful example of asymmetric warfare in history.", HedgeLevels.Possible)]
    [InlineData("Probably not.", HedgeLevels.Probable)]
    [InlineData("It’s more probable that Ukraine, aided by Western arms and intelligence, continues to disrupt Russia’s defenses.", HedgeLevels.Probable)]
    [InlineData("And so, regardless of how many gourmet meals Witkoff enjoys in Moscow, the war is virtually certain to continue into 2026.", HedgeLevels.Probable)]
    [InlineData("Given the growing tensions and dissensions within the Russian military, this is most likely to come in the form of a coup d’etat.", HedgeLevels.Probable)]
    [InlineData("Counting on the United States to do nothing appears to have been a good bet.", HedgeLevels.Probable)]
    [InlineData("The end of the war would very likely create expectations and pressures for a thaw.", HedgeLevels.Probable)]
    [InlineData("This certainly doesn’t look like peace is in the air.", HedgeLevels.Certain)]
    [InlineData("Seven months later, the situation is of course very different.", HedgeLevels.Certain)]
    [InlineData("Right now, the actual obstacle is Putin.", HedgeLevels.Certain)]
    [InlineData("His poems have appeared in many literary publications, including The Atlantic.", HedgeLevels.Certain)]
    public void Hedge_is_the_weakest_cue_in_the_sentence(string sentence, string expected)
    {
        var a = ClaimAnalyzer.Analyze(sentence, Atlantic);
        Assert.True(expected == a.Hedge, $"{a.Hedge} != {expected}\n{string.Join("\n", a.Cues)}");
    }

    [Fact]
    public void Every_decision_has_a_cue()
    {
        var a = ClaimAnalyzer.Analyze("“What exactly they’re doing will have to be seen,” Austin said.", Atlantic);
        Assert.Contains(a.Cues, c => c.StartsWith("type:quote", StringComparison.Ordinal));
        Assert.Contains(a.Cues, c => c.StartsWith("speaker:quote", StringComparison.Ordinal) && c.Contains("'Austin'", StringComparison.Ordinal));
        Assert.Contains(a.Cues, c => c.StartsWith("hedge:", StringComparison.Ordinal));
        Assert.Contains(a.Cues, c => c.Contains("chosen by precedence", StringComparison.Ordinal));
    }

    [Fact]
    public void Time_references_are_resolved_against_the_article_date()
    {
        var a = ClaimAnalyzer.Analyze("I say this, even though I outlined a suspiciously similar proposal last March in an article.", Kaplan);
        var t = Assert.Single(a.TimeReferences);
        Assert.Equal("last March", t.Text);
        Assert.Equal("2022-03", t.Resolved);

        var b = ClaimAnalyzer.Analyze("And so, regardless of how many gourmet meals or exotic meat pies Witkoff enjoys in Moscow, the war is virtually certain to continue into 2026.", Young);
        Assert.Equal("2026", Assert.Single(b.TimeReferences).Resolved);
        Assert.Contains(b.Cues, c => c.StartsWith("type:prediction via future time 'into 2026'", StringComparison.Ordinal));
    }

    [Fact]
    public void Scare_quotes_are_not_speech()
    {
        var a = ClaimAnalyzer.Analyze("The joke acquires a grim reality when one looks at the remnants of Ukrainian cities “liberated” by Russia.", Young);
        Assert.Equal(ClaimTypes.Evaluation, a.Type);
        Assert.Equal(SpeakerSources.Author, a.SpeakerSource);
        Assert.Equal("“liberated”", Assert.Single(a.Quotes).Text);
    }

    [Fact]
    public void Every_span_on_every_seed_line_matches_its_offsets()
    {
        foreach (var (_, text) in SeedText.All())
            foreach (var line in text.Split('\n'))
            {
                if (line.Length == 0) continue;
                var a = ClaimAnalyzer.Analyze(line, Atlantic);
                Assert.Contains(a.Type, ClaimTypes.All);
                Assert.Contains(a.Hedge, HedgeLevels.All);
                foreach (var q in a.Quantities) Assert.Equal(q.Text, line[q.Start..q.End]);
                foreach (var t in a.TimeReferences) Assert.Equal(t.Text, line[t.Start..t.End]);
                foreach (var q in a.Quotes) Assert.Equal(q.Text, line[q.Start..q.End]);
                if (a.SpeakerSpan is { } s) Assert.Equal(s.Text, line[s.Start..s.End]);
            }
    }
}
