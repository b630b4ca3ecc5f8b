namespace ArticleReader.Claims;

public sealed record GazetteerEntry(string Key, string Name, string Kind, IReadOnlyList<string> Aliases);

// Curated named data for the extractor and resolver. Aliases are matched case-insensitively on
// whole tokens, except short all-capital aliases ("US", "UN", "EU"), which must match exactly.
// Standalone "Washington" is the U.S. government here: that is how opinion columns use it, and the
// city or state rarely appears on its own ("George Washington" is a person run and wins).
public static class EntityGazetteer
{
    static GazetteerEntry Place(string name, params string[] aliases) => new("place:" + NameText.Slug(name), name, EntityKinds.Place, [name, .. aliases]);
    static GazetteerEntry Org(string name, params string[] aliases) => new("organisation:" + NameText.Slug(name), name, EntityKinds.Organisation, [name, .. aliases]);
    static GazetteerEntry Group(string name, params string[] aliases) => new("group:" + NameText.Slug(name), name, EntityKinds.Group, [name, .. aliases]);

    public static readonly IReadOnlyList<GazetteerEntry> Places =
    [
        Place("United States", "the United States", "U.S.", "US", "U.S.A.", "USA", "America", "Washington", "United States of America"),
        Place("United Kingdom", "U.K.", "UK", "Britain", "Great Britain"),
        Place("Russia", "Russian Federation"), Place("Ukraine"), Place("Belarus"), Place("Moldova"), Place("Georgia"),
        Place("North Korea", "DPRK"), Place("South Korea"), Place("China", "People's Republic of China"), Place("Taiwan"),
        Place("Japan"), Place("India"), Place("Pakistan"), Place("Afghanistan"), Place("Iran"), Place("Iraq"), Place("Syria"),
        Place("Lebanon"), Place("Israel"), Place("Palestine"), Place("Gaza", "Gaza Strip"), Place("West Bank"), Place("Egypt"),
        Place("Jordan"), Place("Saudi Arabia"), Place("Yemen"), Place("Qatar"), Place("United Arab Emirates", "UAE"),
        Place("Turkey", "Türkiye"), Place("Armenia"), Place("Azerbaijan"), Place("Kazakhstan"), Place("Germany"), Place("France"),
        Place("Poland"), Place("Italy"), Place("Spain"), Place("Portugal"), Place("Netherlands"), Place("Belgium"), Place("Austria"),
        Place("Switzerland"), Place("Norway"), Place("Sweden"), Place("Finland"), Place("Denmark"), Place("Estonia"), Place("Latvia"),
        Place("Lithuania"), Place("Hungary"), Place("Romania"), Place("Bulgaria"), Place("Serbia"), Place("Kosovo"), Place("Croatia"),
        Place("Bosnia"), Place("Slovakia"), Place("Czech Republic", "Czechia"), Place("Greece"), Place("Ireland"), Place("Iceland"),
        Place("Algeria"), Place("Libya"), Place("Tunisia"), Place("Morocco"), Place("Sudan"), Place("Ethiopia"), Place("Nigeria"),
        Place("Mali"), Place("Niger"), Place("South Africa"), Place("Kenya"), Place("Venezuela"), Place("Cuba"), Place("Mexico"),
        Place("Canada"), Place("Brazil"), Place("Argentina"), Place("Colombia"), Place("Chile"), Place("Australia"), Place("New Zealand"),
        Place("Vietnam"), Place("Philippines"), Place("Indonesia"), Place("Thailand"), Place("Nepal"), Place("Myanmar"), Place("Mongolia"),
        Place("Soviet Union", "USSR"),
        Place("Europe"), Place("Asia"), Place("Africa"), Place("Middle East"), Place("Latin America"), Place("Scandinavia"), Place("Balkans"),
        Place("Caucasus"),
        // Regions and cities of the war in Ukraine.
        Place("Crimea"), Place("Donbas", "Donbass"), Place("Kursk"), Place("Belgorod"), Place("Donetsk"), Place("Luhansk"), Place("Kharkiv"),
        Place("Kherson"), Place("Zaporizhzhia"), Place("Sumy"), Place("Odesa", "Odessa"), Place("Mariupol"), Place("Bakhmut"), Place("Avdiivka"),
        Place("Pokrovsk"), Place("Vuhledar", "Vulhedar"), Place("Kyiv", "Kiev"), Place("Lviv"), Place("Dnipro"), Place("Sevastopol"),
        Place("Simferopol"), Place("Kerch"), Place("Moscow"), Place("St. Petersburg", "Saint Petersburg"), Place("Minsk"), Place("Pyongyang"),
        Place("Seoul"), Place("Beijing"), Place("Tehran"), Place("Jerusalem"), Place("Tel Aviv"), Place("Gaza City"), Place("Rafah"),
        Place("Khan Younis"), Place("Ashkelon"), Place("Sderot"), Place("Beirut"), Place("Damascus"), Place("Cairo"), Place("Ankara"),
        Place("Istanbul"), Place("Kabul"), Place("Baghdad"), Place("London"), Place("Paris"), Place("Berlin"), Place("Warsaw"),
        Place("Brussels"), Place("Rome"), Place("Madrid"), Place("Stockholm"), Place("Helsinki"), Place("Oslo"), Place("Stavanger"),
        Place("Tokyo"), Place("New York", "New York City"), Place("Boston"), Place("San Francisco"), Place("Philadelphia"), Place("Detroit"),
        Place("Atlanta"), Place("Houston"), Place("Dallas"), Place("Seattle"), Place("Denver"), Place("Daytona Beach"), Place("Los Angeles"), Place("Chicago"), Place("Miami"), Place("Tampa"),
        // U.S. states (Georgia is the country above; Washington is the U.S. government; New York is the city).
        Place("Alabama"), Place("Alaska"), Place("Arizona"), Place("Arkansas"), Place("California"), Place("Colorado"),
        Place("Connecticut"), Place("Delaware"), Place("Florida"), Place("Hawaii"), Place("Idaho"), Place("Illinois"),
        Place("Indiana"), Place("Iowa"), Place("Kansas"), Place("Kentucky"), Place("Louisiana"), Place("Maine"),
        Place("Maryland"), Place("Massachusetts"), Place("Michigan"), Place("Minnesota"), Place("Mississippi"), Place("Missouri"),
        Place("Montana"), Place("Nebraska"), Place("Nevada"), Place("New Hampshire"), Place("New Jersey"), Place("New Mexico"),
        Place("North Carolina"), Place("North Dakota"), Place("Oklahoma"), Place("Oregon"), Place("Pennsylvania"),
        Place("Rhode Island"), Place("South Carolina"), Place("South Dakota"), Place("Tennessee"), Place("Utah"),
        Place("Vermont"), Place("Virginia"), Place("West Virginia"), Place("Wyoming"), Place("Ohio"), Place("Wisconsin"),
        Place("Texas"),
        Place("Black Sea"), Place("Red Sea"), Place("Dead Sea"), Place("Baltic Sea"), Place("Sea of Azov"), Place("Mediterranean"),
    ];

    public static readonly IReadOnlyList<GazetteerEntry> Organisations =
    [
        Org("NATO", "North Atlantic Treaty Organization"), Org("United Nations", "UN", "U.N."), Org("European Union", "EU", "E.U."),
        Org("Pentagon", "the Pentagon"), Org("Kremlin", "the Kremlin"), Org("White House", "the White House"),
        Org("State Department", "Department of State"), Org("Congress"), Org("Senate"), Org("Supreme Court"), Org("CIA"), Org("FBI"),
        Org("Joint Chiefs of Staff", "Joint Chiefs"), Org("National Security Council"),
        Org("The Atlantic", "the Atlantic", "The Atlantic Daily"), Org("The New York Times", "New York Times"), Org("The New Yorker"),
        Org("The Washington Post", "Washington Post"), Org("The Wall Street Journal", "Wall Street Journal"), Org("Reuters"),
        Org("Associated Press", "AP"), Org("AFP", "Agence France-Presse"), Org("Getty Images", "Getty"), Org("Fox News"), Org("CNN"),
        Org("BBC"), Org("Haaretz"), Org("Slate"), Org("The Bulwark", "Bulwark"), Org("NTB"),
        Org("Quincy Institute"), Org("Council on Foreign Relations"), Org("American Enterprise Institute"), Org("Brookings Institution"),
        Org("RAND Corporation", "RAND"), Org("Heritage Foundation"), Org("Carnegie Endowment"), Org("Naval War College"),
        Org("Columbia University"), Org("Harvard University"), Org("Israel Defense Forces", "IDF"), Org("Wagner Group", "Wagner"),
        Org("Tesla"), Org("SpaceX"),
    ];

    public static readonly IReadOnlyList<GazetteerEntry> Groups =
    [
        Group("Ukrainians"), Group("Russians"), Group("Americans"), Group("Europeans"), Group("Israelis"), Group("Palestinians"),
        Group("Gazans"), Group("Floridians"), Group("Germans"), Group("Poles"), Group("Iranians"), Group("North Koreans"),
        Group("South Koreans"), Group("Syrians"), Group("Kurds"), Group("Arabs"), Group("Jews"), Group("Muslims"), Group("Christians"),
        Group("Belarusians"), Group("Chechens"), Group("Soviets"), Group("Westerners"), Group("Republicans"), Group("Democrats"),
        Group("Hamas"), Group("Hezbollah"), Group("Houthis"), Group("Taliban"), Group("Islamic State", "ISIS", "ISIL"), Group("al-Qaeda", "al Qaeda"),
    ];

    // Adjectives used as plural nouns only after "the" ("the British decided"); the extractor matches
    // them with a pattern, never as bare words ("Ireland is not British").
    public static readonly IReadOnlyList<GazetteerEntry> NationalNouns =
    [
        Group("British"), Group("French"), Group("Chinese"), Group("Dutch"), Group("Irish"), Group("Japanese"),
    ];

    // Well-known people, so that a surname alone ("Putin" in an article that never writes the full name)
    // is recognised as a person. Resolution still prefers the corpus's own full names.
    public static readonly IReadOnlyList<GazetteerEntry> People =
    [
        Person("Vladimir Putin", "Putin"), Person("Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Zelenskiy"), Person("Donald Trump", "Trump"),
        Person("Joe Biden", "Biden"), Person("Kamala Harris", "Harris"), Person("Barack Obama", "Obama"), Person("Xi Jinping", "Xi"),
        Person("Kim Jong Un", "Kim Jong-un"), Person("Benjamin Netanyahu", "Netanyahu"), Person("Emmanuel Macron", "Macron"),
        Person("Olaf Scholz", "Scholz"), Person("Recep Tayyip Erdogan", "Erdogan", "Erdoğan"), Person("Alexander Lukashenko", "Lukashenko"),
        Person("Sergei Lavrov", "Lavrov"), Person("Sergei Shoigu", "Shoigu"), Person("Yevgeny Prigozhin", "Prigozhin"),
        Person("Alexei Navalny", "Navalny"), Person("Dmitry Medvedev", "Medvedev"), Person("Yahya Sinwar", "Sinwar"),
        Person("Hassan Nasrallah", "Nasrallah"), Person("Viktor Orbán", "Orbán", "Orban"), Person("Joseph Stalin", "Stalin"),
        Person("Nikita Khrushchev", "Khrushchev"), Person("Mikhail Gorbachev", "Gorbachev"), Person("Boris Yeltsin", "Yeltsin"),
        Person("Marco Rubio", "Rubio"), Person("JD Vance", "J.D. Vance", "Vance"), Person("Elon Musk", "Musk"), Person("Antony Blinken", "Blinken"),
        Person("Nicolás Maduro", "Maduro"), Person("Keir Starmer", "Starmer"), Person("Boris Johnson"), Person("Richard Nixon", "Nixon"),
        Person("Steve Witkoff", "Witkoff"),
    ];

    static GazetteerEntry Person(string name, params string[] aliases) => new("person:" + NameText.Slug(name), name, EntityKinds.Person, [name, .. aliases]);

    public static readonly IReadOnlyList<GazetteerEntry> All = [.. Places, .. Organisations, .. Groups, .. NationalNouns, .. People];

    // Role phrases that name one person in the seed era, used only when the corpus itself does not
    // settle the role (see EntityResolver). Era-bound on purpose: "the Russian president" is Putin
    // for articles of 2012 onward, which covers the seeds.
    public static readonly IReadOnlyDictionary<string, string> RoleHolders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["russian president"] = "Vladimir Putin",
        ["russian dictator"] = "Vladimir Putin",
        ["russian leader"] = "Vladimir Putin",
        ["ukrainian president"] = "Volodymyr Zelensky",
        ["ukrainian leader"] = "Volodymyr Zelensky",
        ["chinese leader"] = "Xi Jinping",
        ["north korean leader"] = "Kim Jong Un",
        ["israeli prime minister"] = "Benjamin Netanyahu",
    };

    static readonly Dictionary<string, GazetteerEntry> ByAlias = BuildAliasIndex();

    static Dictionary<string, GazetteerEntry> BuildAliasIndex()
    {
        var d = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var e in All)
            foreach (var a in e.Aliases)
                d.TryAdd(NameText.Fold(a), e);
        return d;
    }

    public static GazetteerEntry? FindByAlias(string text) =>
        ByAlias.TryGetValue(NameText.Fold(text.Trim()), out var e) ? e : null;

    public static GazetteerEntry? FindByKey(string key) => KeyIndex.TryGetValue(key, out var e) ? e : null;

    static readonly Dictionary<string, GazetteerEntry> KeyIndex = All.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.First());
}
