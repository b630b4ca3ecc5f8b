using ArticleReader.Claims;

namespace ArticleReader.Tests.Claims;

public class EntityExtractorTests
{
    static string Show(IEnumerable<EntityMention> ms) => string.Join(" | ", ms.Select(m => $"{m.Kind}:{m.Text}"));

    [Theory]
    [InlineData("Eliot A. Cohen and Phillips Payson O’Brien: How defense experts got Ukraine wrong",
        "person:Eliot A. Cohen | person:Phillips Payson O’Brien | place:Ukraine")]
    [InlineData("On Wednesday, Defense Secretary Lloyd Austin acknowledged what Ukrainian and South Korean intelligence had been saying.",
        "person:Lloyd Austin")]
    [InlineData("Ukrainian President Volodymyr Zelensky has victory in his sights, while Putin is hoping that NATO will grow weary.",
        "person:Volodymyr Zelensky | person:Putin | organisation:NATO")]
    [InlineData("Indeed, none of these advocates for “peace,” whether they come from the Quincy Institute, the Trump campaign, the Council on Foreign Relations, or even within the U.S. government, can explain.",
        "organisation:Quincy Institute | person:Trump | organisation:Council on Foreign Relations | place:U.S.")]
    [InlineData("Russia, in turn, may be providing anti-ship missiles to the Houthis, Iranian proxies who could use them in the Red Sea.",
        "place:Russia | group:Houthis | place:Red Sea")]
    [InlineData("The year since Hamas’s brutal massacre and the carnage wrought by Israel’s response has reduced the conflict.",
        "group:Hamas | place:Israel")]
    [InlineData("Thousands of North Korean troops are now in Russia, preparing to help Russian dictator Vladimir Putin’s war of conquest in Ukraine.",
        "place:Russia | person:Vladimir Putin | place:Ukraine")]
    [InlineData("Ukrainian troops invaded Kursk province, took control of several towns, and the Kremlin still seeks to gain more territory around Pokrovsk, Crimea and the Donbas.",
        "place:Kursk | organisation:the Kremlin | place:Pokrovsk | place:Crimea | place:Donbas")]
    [InlineData("Just a few weeks ago, President Volodymyr Zelensky presented Washington with a considered plan for victory.",
        "person:Volodymyr Zelensky | place:Washington")]
    [InlineData("In March 2023, when Mark Milley was six months away from retirement, he met Bob Woodward at a reception.",
        "person:Mark Milley | person:Bob Woodward")]
    [InlineData("DESPITE REVELATIONS that Donald Trump’s special envoy Steve Witkoff has been acting as more of a Russia lobbyist than a negotiator.",
        "person:Donald Trump | person:Steve Witkoff | place:Russia")]
    [InlineData("THAT PUTIN DOESN’T WANT the war to end seems to be the general consensus except in Putin-friendly circles.",
        "person:PUTIN | person:Putin")]
    [InlineData("The grandfather of the Israeli soldier Jordan Bensimon cries over his casket in Ashkelon, Israel.",
        "person:Jordan Bensimon | place:Ashkelon | place:Israel")]
    [InlineData("A comparable situation occurred: Secretary of Defense James Schlesinger told the Joint Chiefs chair at the time, General George Brown, that orders should be cleared.",
        "person:James Schlesinger | organisation:Joint Chiefs | person:George Brown")]
    [InlineData("The difficulty was captured most succinctly by Lieutenant General H. R. McMaster, who served Trump.",
        "person:H. R. McMaster | person:Trump")]
    [InlineData("His eyes darted around the room filled with 200 guests of the Cohen Group, a firm headed by former defense secretary William Cohen.",
        "organisation:Cohen Group | person:William Cohen")]
    [InlineData("Just as the British decided in the early 20th century that Ireland is not British and the French decided that Algeria is not France.",
        "group:British | place:Ireland | group:French | place:Algeria | place:France")]
    [InlineData("The Russian president is willing to tolerate high human losses.", "person:The Russian president")]
    [InlineData("She encountered a skittish young soldier named Daniel who was hiding out.", "person:Daniel")]
    [InlineData("Members of Ukraine’s 22nd Mechanized Brigade assemble a drone in Sumy province, near the Russian border.",
        "place:Ukraine | organisation:Mechanized Brigade | place:Sumy")]
    [InlineData("Tesla CEO Elon Musk gives interviews as he arrives at a meeting in Stavanger, Norway.",
        "organisation:Tesla | person:Elon Musk | place:Stavanger | place:Norway")]
    [InlineData("Gen. Mark Milley met Secretary Antony Blinken, and Gen. Milley said little.",
        "person:Mark Milley | person:Antony Blinken | person:Milley")]
    [InlineData("Their history is not hers to tell, says Kori Schake, a senior fellow at the American Enterprise Institute.",
        "person:Kori Schake | organisation:American Enterprise Institute")]
    [InlineData("One Day in October, by Yair Agmon and Oriya Mevorach, is an oral history.",
        "person:Yair Agmon | person:Oriya Mevorach")]
    [InlineData("Children grieve during the funeral in Rafah. (Said Khatib / AFP / Getty)",
        "place:Rafah | person:Said Khatib | organisation:AFP | organisation:Getty")]
    [InlineData("[Amor Tobin: How my father saved my life on October 7]", "person:Amor Tobin")]
    public void Mentions_are_found_with_their_kind(string text, string expected)
    {
        var mentions = EntityExtractor.Extract(text);
        Assert.Equal(expected, Show(mentions));
        Assert.All(mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
    }

    [Theory]
    [InlineData("The difference is that I wrote my column less than two weeks after the invasion began.")]
    [InlineData("But things have changed.")]
    [InlineData("Despite claims of perpetual sunshine, the weather is often horrendous.")]
    [InlineData("Still, the question is not settled. Worse—much worse—is that nobody cares.")]
    [InlineData("Venomous water snakes lie in wait for heedless kayakers. Mosquitoes the size of tire irons carry fever.")]
    [InlineData("Culture Break")]
    [InlineData("Evening Read")]
    [InlineData("One Day in October is an oral history.")]
    [InlineData("Should Ukraine be offered HIMARS rocket equipment, Abrams tanks, ATACMS missiles?")]
    [InlineData("Regular waves of Russian air strikes continue to hit the grid.")]
    [InlineData("The new Sound System ships with Dolby Atmos and a Free Case.")] // capitalised pairs with no evidence of a name
    public void Capitalised_common_words_are_not_entities(string text)
    {
        var mentions = EntityExtractor.Extract(text).Where(m => m.Kind != EntityKinds.Place || m.Text != "Ukraine");
        Assert.True(!mentions.Any(), Show(mentions));
    }

    [Fact]
    public void Titles_are_kept_with_their_offsets()
    {
        const string text = "On Wednesday, Defense Secretary Lloyd Austin acknowledged it. Later, Trump’s special envoy Steve Witkoff flew to Moscow with the Fox News anchor Bret Baier.";
        var mentions = EntityExtractor.Extract(text).Where(m => m.Title is not null).ToList();
        Assert.Equal(["Defense Secretary", "special envoy", "Fox News anchor"], mentions.Select(m => m.Title!.Text));
        Assert.All(mentions, m => Assert.Equal(m.Title!.Text, text[m.Title.Start..m.Title.End]));
    }

    [Fact]
    public void Surnames_are_people_once_the_full_name_appears()
    {
        const string text = "On Wednesday, Defense Secretary Lloyd Austin spoke. “What exactly they’re doing will have to be seen,” Austin said.";
        var austin = EntityExtractor.Extract(text).Where(m => m.Text == "Austin").ToList();
        var single = Assert.Single(austin);
        Assert.Equal(EntityKinds.Person, single.Kind);
        Assert.Equal("person:austin", single.Key);
    }

    [Fact]
    public void Headline_words_are_not_names_unless_known()
    {
        const string text = "Elon Musk Stole My Old Plan for Peace in Ukraine. Too Bad It Doesn’t Make Sense Anymore.\n\nElon Musk has a car.";
        Assert.Equal("person:Elon Musk | place:Ukraine | person:Elon Musk", Show(EntityExtractor.Extract(text)));
    }

    [Fact]
    public void Seed_mentions_keep_their_offsets_and_known_kinds()
    {
        foreach (var (_, text) in SeedText.All())
        {
            var mentions = EntityExtractor.Extract(text);
            Assert.NotEmpty(mentions);
            Assert.All(mentions, m =>
            {
                Assert.Equal(m.Text, text[m.Start..m.End]);
                Assert.Contains(m.Kind, EntityKinds.All);
                Assert.DoesNotContain(m.Text, new[] { "The", "But", "Despite", "Advertisement", "How", "In", "It" });
            });
        }
    }
}
