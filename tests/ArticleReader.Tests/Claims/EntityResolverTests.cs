using ArticleReader.Claims;

namespace ArticleReader.Tests.Claims;

public class EntityResolverTests
{
    static EntityResolution ResolveTexts(params (string Article, string Text)[] articles) =>
        EntityResolver.Resolve(articles.SelectMany(a => EntityExtractor.Extract(a.Text).Select(m => new CorpusMention(a.Article, m))));

    static readonly Lazy<EntityResolution> Seeds = new(() => ResolveTexts(SeedText.All().ToArray()));

    static ResolvedEntity? ByName(EntityResolution r, string canonical) => r.Entities.SingleOrDefault(e => e.CanonicalName == canonical);

    [Fact]
    public void Putin_merges_across_name_surname_title_and_role_forms()
    {
        var r = ResolveTexts(
            ("a", "Peace games from the Russian dictator. Witkoff went to talk to Vladimir Putin."),
            ("b", "Putin launched his invasion. THAT PUTIN DOESN’T WANT the war to end is clear."),
            ("c", "Russian President Vladimir Putin is seeking to deprive Ukrainians of heat. The Russian president is willing to tolerate losses."));
        var putin = ByName(r, "Vladimir Putin");
        Assert.NotNull(putin);
        Assert.Equal(EntityKinds.Person, putin.Kind);
        Assert.Equal(6, putin.MentionCount);
        Assert.Contains("Putin", putin.Aliases);
        Assert.Contains("PUTIN", putin.Aliases);
        Assert.Contains("the Russian dictator", putin.Aliases);
        Assert.Contains("The Russian president", putin.Aliases);
        Assert.All(r.Mentions.Where(m => m.Mention.Kind == EntityKinds.Person && m.Mention.Text != "Witkoff"), m => Assert.Equal(putin.Key, m.EntityKey));
    }

    [Fact]
    public void The_Cohens_do_not_merge_and_a_bare_Cohen_stays_ambiguous()
    {
        var r = Seeds.Value;
        var cohens = r.Entities.Where(e => e.Kind == EntityKinds.Person && e.CanonicalName.EndsWith("Cohen", StringComparison.Ordinal)).Select(e => e.CanonicalName).Order().ToList();
        Assert.Equal(["Eliot A. Cohen", "Joshua Cohen", "Michael A. Cohen", "William Cohen"], cohens);
        var bare = r.Mentions.Where(m => m.Mention.Text == "Cohen").ToList();
        Assert.NotEmpty(bare);
        Assert.All(bare, m =>
        {
            Assert.Null(m.EntityKey);
            Assert.Equal(4, m.Candidates.Count);
        });
        Assert.Null(r.ResolveSpeaker("Cohen"));
    }

    [Fact]
    public void Zelensky_forms_merge()
    {
        var zelensky = ByName(Seeds.Value, "Volodymyr Zelensky");
        Assert.NotNull(zelensky);
        Assert.Contains("Zelensky", zelensky.Aliases);
        Assert.Contains("Volodymyr Zelensky", zelensky.Aliases);
        Assert.Equal(zelensky, Seeds.Value.ResolveSpeaker("President Volodymyr Zelensky") ?? Seeds.Value.ResolveSpeaker("Zelensky"));
    }

    [Fact]
    public void United_States_aliases_resolve_to_one_place()
    {
        var us = ByName(Seeds.Value, "United States");
        Assert.NotNull(us);
        Assert.Equal(EntityKinds.Place, us.Kind);
        foreach (var alias in new[] { "U.S.", "the United States", "America", "Washington" })
            Assert.Contains(alias, us.Aliases);
        Assert.DoesNotContain(Seeds.Value.Entities, e => e.CanonicalName == "Washington");
        Assert.NotNull(ByName(Seeds.Value, "George Washington"));
    }

    [Theory]
    [InlineData("Austin", "Lloyd Austin")]
    [InlineData("U.S.", "United States")]
    [InlineData("McMaster", "H. R. McMaster")]
    [InlineData("Schake", "Kori Schake")]
    [InlineData("Milley", "Mark Milley")]
    [InlineData("the Russian president", "Vladimir Putin")]
    [InlineData("the Kremlin", "Kremlin")]
    [InlineData("Abu Toha", "Mosab Abu Toha")]
    [InlineData("one of the commanders", null)]
    [InlineData("he", null)]
    [InlineData("Pelosi", null)] // Nancy and Paul
    public void Speakers_resolve_against_the_corpus(string raw, string? canonical) =>
        Assert.Equal(canonical, Seeds.Value.ResolveSpeaker(raw)?.CanonicalName);

    [Fact]
    public void A_surname_resolves_only_when_one_full_name_in_the_corpus_has_it()
    {
        var r = ResolveTexts(
            ("a", "Defense Secretary Lloyd Austin spoke. Austin said nothing."),
            ("b", "Nancy Pelosi and Paul Pelosi were there. Pelosi left early."));
        Assert.Equal("person:lloyd-austin", r.Mentions.Single(m => m.Mention.Text == "Austin").EntityKey);
        var pelosi = r.Mentions.Single(m => m.Mention.Text == "Pelosi");
        Assert.Null(pelosi.EntityKey);
        Assert.Equal(["person:nancy-pelosi", "person:paul-pelosi"], pelosi.Candidates);
    }

    [Fact]
    public void Middle_initials_and_name_suffixes_merge_only_when_unique()
    {
        var r = ResolveTexts(("a", "Eliot A. Cohen wrote it. Later Eliot Cohen said so. Michael A. Cohen disagreed."));
        Assert.Equal("person:eliot-a-cohen", r.Mentions.Single(m => m.Mention.Text == "Eliot Cohen").EntityKey);
        Assert.Equal("person:michael-a-cohen", r.Mentions.Single(m => m.Mention.Text == "Michael A. Cohen").EntityKey);
    }

    [Fact]
    public void A_role_carried_by_several_people_stays_unresolved()
    {
        var r = ResolveTexts(("a", "Russian President Vladimir Putin spoke. Russian President Dmitry Medvedev spoke. The Russian president left."));
        var role = r.Mentions.Single(m => m.Mention.Key == "role:russian-president");
        Assert.Null(role.EntityKey);
        Assert.Equal(2, role.Candidates.Count);
    }

    [Fact]
    public void The_former_president_resolves_through_titles_in_the_corpus()
    {
        var role = Seeds.Value.Mentions.First(m => m.Mention.Text == "the ex-president");
        Assert.Equal("person:donald-trump", role.EntityKey);
        var president = Seeds.Value.Mentions.First(m => m.Mention.Text == "the president");
        Assert.Null(president.EntityKey);
    }

    [Fact]
    public void A_surname_alone_uses_the_well_known_person_when_the_corpus_has_no_full_name()
    {
        var r = ResolveTexts(("a", "Putin launched his invasion."));
        Assert.Equal("Vladimir Putin", Assert.Single(r.Entities).CanonicalName);
    }
}
