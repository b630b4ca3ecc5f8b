using ArticleReader.Ingestion;
using ArticleReader.Storage;
using ArticleReader.Tests.Support;

namespace ArticleReader.Tests.Storage;

// The seed library with a reader's work on four claims, built once for every search test (they only read).
public sealed class SearchLibrary : IDisposable
{
    private readonly TempFolder _temp = new();
    public ClaimStore Claims { get; }
    public ArticleStore Articles { get; }
    public ClaimRecord Musk { get; }      // tags energy + mars, status false
    public ClaimRecord Despite { get; }   // tag energy, status supported, type corrected evaluation -> prediction
    public ClaimRecord Troops { get; }    // tag mars
    public ClaimRecord Milley { get; }    // unmarked: "not a claim"

    public SearchLibrary()
    {
        var db = _temp.NewDatabase();
        Articles = new ArticleStore(db);
        Claims = new ClaimStore(db);
        new Ingester(Articles, new EntityStore(db), new CollectingLog().Logger).IngestPaths([TestPaths.Seeds]);
        var all = Articles.ListArticles().SelectMany(a => Claims.ForArticle(a.Id)).ToList();
        ClaimRecord Starting(string prefix) => all.Single(c => c.Text.StartsWith(prefix, StringComparison.Ordinal));
        (Musk, Despite, Troops, Milley) = (Starting("Elon Musk has a car"), Starting("DESPITE REVELATIONS"),
            Starting("Thousands of North Korean troops"), Starting("In March 2023, when Mark Milley"));
        var desk = new AnnotationStore(db);
        desk.AddTag(Musk.Id, "energy");
        desk.AddTag(Musk.Id, "mars");
        desk.SetStatus(Musk.Id, "false", null, null);
        desk.AddTag(Despite.Id, "Energy");
        desk.SetStatus(Despite.Id, "supported", null, null);
        desk.SetType(Despite.Id, "prediction");
        desk.AddTag(Troops.Id, "mars");
        desk.Unmark(Milley.Id);
    }

    public void Dispose() => _temp.Dispose();
}

public sealed class ClaimSearchTests(SearchLibrary library) : IClassFixture<SearchLibrary>
{
    private readonly ClaimStore _claims = library.Claims;

    private ClaimSearchResult All(ClaimQuery? query = null) => _claims.Search((query ?? new ClaimQuery()) with { Limit = null });
    private List<long> Ids(ClaimQuery query) => All(query).Rows.Select(r => r.Id).ToList();

    [Fact]
    public void Claims_a_reader_unmarked_are_left_out_unless_asked_for()
    {
        var all = _claims.Count();
        var shown = All();
        Assert.Equal(all - 1, shown.Total);
        Assert.DoesNotContain(shown.Rows, r => r.Id == library.Milley.Id);
        var everything = All(new ClaimQuery { IncludeUnmarked = true });
        Assert.Equal(all, everything.Total);
        Assert.True(everything.Rows.Single(r => r.Id == library.Milley.Id).Unmarked);
    }

    [Fact]
    public void The_type_filter_uses_the_readers_correction()
    {
        var predictions = All(new ClaimQuery { Types = ["prediction"] }).Rows;
        var despite = predictions.Single(r => r.Id == library.Despite.Id);
        Assert.Equal(("prediction", "evaluation"), (despite.Type, despite.ExtractedType));
        Assert.DoesNotContain(library.Despite.Id, Ids(new ClaimQuery { Types = ["evaluation"] }));
        Assert.All(predictions, r => Assert.Equal("prediction", r.Type));
    }

    [Fact]
    public void Several_types_widen_the_list()
    {
        var statistics = All(new ClaimQuery { Types = ["statistic"] }).Total;
        var quotes = All(new ClaimQuery { Types = ["quote"] }).Total;
        Assert.Equal(statistics + quotes, All(new ClaimQuery { Types = ["statistic", "quote"] }).Total);
    }

    [Theory]
    [InlineData(true, new[] { "energy", "mars" }, new[] { "Musk" })]
    [InlineData(false, new[] { "energy", "mars" }, new[] { "Musk", "Despite", "Troops" })]
    [InlineData(true, new[] { "ENERGY" }, new[] { "Musk", "Despite" })]
    [InlineData(true, new[] { "energy", "no-such-tag" }, new string[0])]
    [InlineData(false, new[] { "energy", "no-such-tag" }, new[] { "Musk", "Despite" })]
    public void Tags_match_all_or_any_without_regard_to_case(bool all, string[] tags, string[] expected)
    {
        var ids = Ids(new ClaimQuery { Tags = tags, AllTags = all });
        Assert.Equal(expected.Select(Claim).Order(), ids.Order());
    }

    [Fact]
    public void The_status_filter_counts_claims_without_a_judgement_as_unreviewed()
    {
        Assert.Equal([library.Musk.Id], Ids(new ClaimQuery { Statuses = ["false"] }));
        Assert.Equal(All().Total - 2, All(new ClaimQuery { Statuses = ["unreviewed"] }).Total);
        Assert.Equal(2, All(new ClaimQuery { Statuses = ["false", "supported"] }).Total);
    }

    [Fact]
    public void The_author_filter_keeps_the_authors_articles()
    {
        var young = library.Articles.ListArticles().Single(a => a.Author == "Cathy Young");
        var rows = All(new ClaimQuery { Authors = ["cathy young"] }).Rows;
        Assert.Equal(library.Claims.ForArticle(young.Id).Count, rows.Count);
        Assert.All(rows, r => Assert.Equal("Cathy Young", r.Author));
    }

    [Theory]
    [InlineData("Vladimir Putin")]      // a resolved speaker entity
    [InlineData("another commander")]   // a speaker as written, with no entity
    public void The_speaker_filter_matches_the_entity_name_or_the_speaker_as_written(string speaker)
    {
        var rows = All(new ClaimQuery { Speakers = [speaker] }).Rows;
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(speaker, r.Speaker));
    }

    [Fact]
    public void The_entity_filter_keeps_claims_that_mention_the_entity()
    {
        var rows = All(new ClaimQuery { Entities = ["Lloyd Austin"] }).Rows;
        Assert.NotEmpty(rows);
        var mentioning = library.Claims.EntitiesForClaims(rows.Select(r => r.Id).ToList()).Where(e => e.Name == "Lloyd Austin").Select(e => e.ClaimId);
        Assert.Equal(rows.Select(r => r.Id).Order(), mentioning.Distinct().Order());
    }

    [Theory]
    [InlineData("2025-01", null, new[] { "2025-12" })]
    [InlineData(null, "2022-12", new[] { "2022-10" })]
    [InlineData("2024-10-15", "2024-10-15", new[] { "2024-10" })] // month precision: October may hold the 15th
    [InlineData("2024-11", "2025-11", new string[0])]
    [InlineData("2022", "2024", new[] { "2022-10", "2024-10" })]
    public void The_date_range_keeps_articles_that_may_have_been_published_within_it(string? from, string? to, string[] months)
    {
        var rows = All(new ClaimQuery { PublishedFrom = PublishedBound.Parse(from), PublishedTo = PublishedBound.Parse(to) }).Rows;
        Assert.Equal(months, rows.Select(r => r.Published!).Distinct().Order());
    }

    [Fact]
    public void Sorting_by_date_puts_the_newest_articles_first()
    {
        var rows = All().Rows;
        Assert.Equal(rows.Select(r => r.Published).OrderDescending(StringComparer.Ordinal), rows.Select(r => r.Published));
        Assert.Equal("2025-12", rows[0].Published);
    }

    [Fact]
    public void Sorting_by_score_puts_the_most_check_worthy_first()
    {
        var scores = All(new ClaimQuery { Sort = ClaimSort.Score }).Rows.Select(r => r.Score).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.True(scores[0] > scores[^1]);
    }

    [Fact]
    public void Sorting_by_article_groups_by_title_in_text_order()
    {
        var rows = All(new ClaimQuery { Sort = ClaimSort.Article }).Rows;
        Assert.Equal(rows.Select(r => r.ArticleTitle).Order(StringComparer.OrdinalIgnoreCase), rows.Select(r => r.ArticleTitle));
        var first = rows.Where(r => r.ArticleId == rows[0].ArticleId).Select(r => r.Id).ToList();
        Assert.Equal(library.Claims.ForArticle(rows[0].ArticleId).Select(c => c.Id), first);
    }

    [Fact]
    public void Pages_are_consecutive_slices_of_the_whole_list()
    {
        var whole = Ids(new ClaimQuery { Sort = ClaimSort.Score });
        var pages = Enumerable.Range(0, (whole.Count + 49) / 50)
            .SelectMany(p => _claims.Search(new ClaimQuery { Sort = ClaimSort.Score, Offset = p * 50, Limit = 50, WithFacets = false }).Rows)
            .Select(r => r.Id).ToList();
        Assert.Equal(whole, pages);
        var page = _claims.Search(new ClaimQuery { Offset = 50 });
        Assert.Equal(50, page.Rows.Count);
        Assert.Equal(whole.Count, page.Total);
    }

    [Fact]
    public void Facet_counts_ignore_their_own_selection_and_follow_the_others()
    {
        var statistics = All(new ClaimQuery { Types = ["statistic"] });
        var facets = statistics.Facets!;
        Assert.Equal(statistics.Total, facets.Types.Single(f => f.Value == "statistic").Count);
        Assert.Equal(All().Total, facets.Types.Sum(f => f.Count));      // other types stay offered, with their counts
        Assert.Equal(statistics.Total, facets.Statuses.Sum(f => f.Count)); // other facets count within the filter
        Assert.Equal(statistics.Total, facets.Authors.Sum(f => f.Count) + statistics.Rows.Count(r => r.Author is null));
        Assert.Equal(1, facets.Tags.Single(f => f.Value == "energy").Count); // Despite is a prediction now
    }

    [Fact]
    public void Tag_counts_say_what_adding_a_tag_leaves_when_all_must_match_and_what_it_adds_when_any_may()
    {
        var all = All(new ClaimQuery { Tags = ["energy"], AllTags = true }).Facets!.Tags;
        Assert.Equal([new FacetValue("energy", 2), new FacetValue("mars", 1)], all);
        var any = All(new ClaimQuery { Tags = ["energy"], AllTags = false }).Facets!.Tags;
        Assert.Equal([new FacetValue("energy", 2), new FacetValue("mars", 2)], any);
    }

    [Fact]
    public void Entity_and_speaker_facets_count_claims_once()
    {
        var result = All(new ClaimQuery { Authors = ["Anne Applebaum"] });
        var speakers = result.Facets!.Speakers;
        Assert.Equal(result.Rows.Count(r => r.Speaker is not null), speakers.Sum(f => f.Count));
        Assert.Equal(speakers.OrderByDescending(f => f.Count).Select(f => f.Count), speakers.Select(f => f.Count));
        var ukraine = result.Facets.Entities.Single(f => f.Value == "Ukraine").Count;
        Assert.Equal(ukraine, All(new ClaimQuery { Authors = ["Anne Applebaum"], Entities = ["Ukraine"] }).Total);
    }

    [Fact]
    public void Rows_carry_their_tags_with_colours_in_name_order()
    {
        var musk = All(new ClaimQuery { Tags = ["mars"] }).Rows.Single(r => r.Id == library.Musk.Id);
        Assert.Equal(["energy", "mars"], musk.Tags.Select(t => t.Name));
        Assert.All(musk.Tags, t => Assert.Matches("^#[0-9a-f]{6}$", t.Colour));
        Assert.Equal("false", musk.Status);
        Assert.Equal("Fred Kaplan", musk.Author);
    }

    [Theory]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", "2023-02-01", "2023-02-28")]
    [InlineData(" 2024-10-15 ", "2024-10-15", "2024-10-15")]
    [InlineData("2024-13", null, null)]
    [InlineData("2024-00", null, null)]
    [InlineData("2023-02-29", null, null)]
    [InlineData("24-10", null, null)]
    [InlineData("October 2024", null, null)]
    [InlineData("", null, null)]
    public void Published_bounds_are_years_months_or_days(string text, string? first, string? last)
    {
        var bound = PublishedBound.Parse(text);
        Assert.Equal((first, last), (bound?.First, bound?.Last));
    }

    private long Claim(string name) => name switch
    {
        "Musk" => library.Musk.Id,
        "Despite" => library.Despite.Id,
        "Troops" => library.Troops.Id,
        _ => library.Milley.Id,
    };
}
