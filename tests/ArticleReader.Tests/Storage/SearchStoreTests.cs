using ArticleReader.Ingestion;
using ArticleReader.Search;
using ArticleReader.Storage;
using ArticleReader.Tests.Support;
using Dapper;
using Serilog.Core;

namespace ArticleReader.Tests.Storage;

// The seeds, ingested once for the read-only query tests.
public sealed class SeededSearch : IDisposable
{
    public TempFolder Temp { get; } = new();
    public Database Db { get; }
    public SearchStore Search { get; }

    public SeededSearch()
    {
        Db = Temp.NewDatabase();
        new Ingester(new ArticleStore(Db), new EntityStore(Db), Logger.None).IngestPaths([TestPaths.Seeds]);
        Search = new SearchStore(Db);
    }

    public SearchResults Run(string query, SearchPage? page = null)
    {
        var parsed = QueryParser.Parse(query);
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => e.Message)));
        return Search.Search(parsed, page ?? new SearchPage(ArticlesPerPage: 20, HitsPerArticle: 50));
    }

    public void Dispose() => Temp.Dispose();
}

public class SearchStoreQueryTests(SeededSearch seeded) : IClassFixture<SeededSearch>
{
    static string Text(SearchHit hit) => string.Concat(hit.Snippet.Select(p => p.Text));
    static IEnumerable<string> Matched(SearchResults r) => r.Articles.SelectMany(a => a.Hits).SelectMany(h => h.Snippet).Where(p => p.Match).Select(p => p.Text);

    [Fact]
    public void A_word_finds_passages_in_every_piece_that_has_it_with_the_word_marked()
    {
        var r = seeded.Run("Pokrovsk");
        Assert.Equal(["Anne Applebaum", "Cathy Young"], r.Articles.Select(a => a.Article.Author!).Order());
        Assert.All(Matched(r), m => Assert.Equal("pokrovsk", m.ToLowerInvariant()));
        Assert.Equal(r.Total, r.Articles.Sum(a => a.Count));
    }

    [Fact]
    public void An_author_filter_keeps_only_that_authors_piece()
    {
        var r = seeded.Run("author:\"Anne Applebaum\" drones");
        Assert.Single(r.Articles);
        Assert.Equal("Anne Applebaum", r.Articles[0].Article.Author);
        Assert.Equal(r.Articles[0].Count, seeded.Run("author:Applebaum drones").Total);
    }

    [Fact]
    public void A_phrase_finds_the_words_together_in_both_pieces_that_have_them()
    {
        var phrase = seeded.Run("\"security guarantee\"");
        Assert.Equal(["Anne Applebaum", "Cathy Young"], phrase.Articles.Select(a => a.Article.Author!).Order());
        Assert.All(phrase.Articles.SelectMany(a => a.Hits), h => Assert.Matches("(?i)security guarantee", Text(h)));
    }

    [Fact]
    public void A_type_filter_lists_only_claims_of_that_type()
    {
        var r = seeded.Run("type:prediction");
        Assert.NotEqual(0, r.Total);
        Assert.All(r.Articles.SelectMany(a => a.Hits), h => { Assert.Equal("claim", h.Kind); Assert.Equal("prediction", h.ClaimType); });
        using var c = seeded.Db.Open();
        Assert.Equal(c.ExecuteScalar<int>("SELECT COUNT(*) FROM claims WHERE type = 'prediction'"), r.Total);
    }

    [Fact]
    public void A_prefix_matches_words_whose_stem_is_shorter_than_the_prefix()
    {
        var r = seeded.Run("negotiat*");
        Assert.Contains(Matched(r), m => m.StartsWith("negotiation", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Exclusion_removes_passages_with_the_word_and_or_adds_alternatives()
    {
        var drones = seeded.Run("drones").Total;
        var without = seeded.Run("drones -sea").Total;
        Assert.InRange(without, 1, drones - 1);
        var either = seeded.Run("Pokrovsk OR Kursk").Total;
        Assert.True(either > seeded.Run("Pokrovsk").Total);
        Assert.Equal(either, seeded.Run("(Pokrovsk OR Kursk)").Total);
    }

    [Fact]
    public void An_exclusion_only_query_lists_everything_else_the_filters_allow()
    {
        var all = seeded.Run("author:\"Anne Applebaum\"").Total;
        var without = seeded.Run("author:\"Anne Applebaum\" -drones").Total;
        Assert.Equal(all - seeded.Run("author:\"Anne Applebaum\" drones").Total, without);
    }

    [Theory]
    [InlineData("outlet:\"The Atlantic\"", 4)]
    [InlineData("outlet:slate", 1)]
    [InlineData("before:2024", 1)]
    [InlineData("after:2024-10", 1)]
    [InlineData("after:2024-09 before:2024-11", 4)]
    [InlineData("after:2024-08 before:2024-10", 0)]
    [InlineData("-author:\"Anne Applebaum\" outlet:\"The Atlantic\"", 3)]
    public void Article_filters_keep_the_pieces_they_name(string query, int articles)
    {
        Assert.Equal(articles, seeded.Run(query).ArticleCount);
    }

    [Fact]
    public void In_claims_keeps_claims_and_in_text_keeps_text()
    {
        Assert.All(seeded.Run("Putin in:claims").Articles.SelectMany(a => a.Hits), h => Assert.Equal("claim", h.Kind));
        Assert.All(seeded.Run("Putin in:text").Articles.SelectMany(a => a.Hits), h => Assert.Equal("text", h.Kind));
    }

    [Fact]
    public void Speaker_and_entity_filters_follow_the_resolved_names()
    {
        var speaker = seeded.Run("speaker:\"United States\"");
        Assert.NotEqual(0, speaker.Total);
        Assert.All(speaker.Articles.SelectMany(a => a.Hits), h => Assert.Equal("claim", h.Kind));
        var entity = seeded.Run("entity:Zelensky");
        Assert.NotEqual(0, entity.Total);
        Assert.True(seeded.Run("Ukraine -entity:Zelensky").Total < seeded.Run("Ukraine").Total);
    }

    [Fact]
    public void Facets_count_matches_by_author_outlet_year_and_claim_type()
    {
        var r = seeded.Run("Ukraine");
        Assert.Equal(r.Total, r.Facets["year"].Sum(f => f.Count));
        Assert.Contains(r.Facets["author"], f => f.Value == "Anne Applebaum");
        Assert.Contains(r.Facets["outlet"], f => f.Value == "The Atlantic");
        Assert.NotEmpty(r.Facets["type"]);
        var statistic = r.Facets["type"].First();
        Assert.Equal(statistic.Count, seeded.Run("Ukraine type:" + statistic.Value).Total);
    }

    [Fact]
    public void A_title_match_ranks_first()
    {
        var r = seeded.Run("generals warning");
        Assert.Equal("the-generals-warning", r.Articles[0].Article.Slug);
        Assert.True(r.Articles[0].Hits[0].IsHead);
    }

    [Fact]
    public void Pages_split_the_articles_and_keep_the_total()
    {
        var first = seeded.Run("Russia", new SearchPage(1, ArticlesPerPage: 2));
        var second = seeded.Run("Russia", new SearchPage(2, ArticlesPerPage: 2));
        Assert.Equal(first.Total, second.Total);
        Assert.Equal(2, first.Articles.Count);
        Assert.Empty(first.Articles.Select(a => a.Article.Id).Intersect(second.Articles.Select(a => a.Article.Id)));
        Assert.True(first.PageCount >= 2);
    }

    [Fact]
    public void Did_you_mean_corrects_a_misspelt_word_to_one_the_corpus_has()
    {
        var misspelt = QueryParser.Parse("Pokrovks");
        Assert.Equal(0, seeded.Search.Count(misspelt));
        Assert.Equal(["Pokrovsk"], seeded.Search.Suggest(misspelt));
        Assert.Equal(["\"sea drones\" author:Applebaum"], seeded.Search.Suggest(QueryParser.Parse("author:Applebaum \"sea dromes\"")));
        Assert.Empty(seeded.Search.Suggest(QueryParser.Parse("qqqzzzx")));
    }

    [Fact]
    public void Highlights_mark_the_query_words_in_an_articles_blocks_by_offset()
    {
        using var c = seeded.Db.Open();
        var id = c.ExecuteScalar<long>("SELECT id FROM articles WHERE slug = 'the-ukraine-war-cant-end-until-russia-stops-fighting'");
        var marks = seeded.Search.Highlights(id, "\"sea drones\" negotiat*");
        Assert.NotEmpty(marks);
        foreach (var (blockId, ranges) in marks)
        {
            var text = c.ExecuteScalar<string>("SELECT text FROM blocks WHERE id = @blockId", new { blockId })!;
            Assert.All(ranges, r => Assert.Matches("(?i)^(sea\\W+drones?|negotiat\\w*)$", text[r.Start..r.End]));
        }
    }

    [Theory]
    [InlineData("tag:reading", SearchPlan.DeskNotice)]
    [InlineData("Putin status:disputed", SearchPlan.DeskNotice)]
    [InlineData("Putin in:notes", SearchPlan.AnnotationNotice)]
    public void Desk_filters_say_they_are_not_available_yet(string query, string notice)
    {
        Assert.Contains(notice, seeded.Run(query).Notices);
    }
}

public class SearchIndexFreshnessTests
{
    const string Original = "Harbour Lights Over Odesa\n\nThe port of Odesa reopened its grain corridor this spring.\n\nShipping insurers remain wary of the Zorbulak mines.\n";
    const string Changed = "Harbour Lights Over Odesa\n\nThe port of Odesa reopened its grain corridor this spring.\n\nShipping insurers now fear the Quillfeather drones instead.\n";

    static int Count(SearchStore search, string query) => search.Count(QueryParser.Parse(query));

    [Fact]
    public void Ingest_reingest_of_a_changed_file_and_delete_keep_the_index_in_step()
    {
        using var temp = new TempFolder();
        var db = temp.NewDatabase();
        var store = new ArticleStore(db);
        var ingester = new Ingester(store, new EntityStore(db), Logger.None);
        var search = new SearchStore(db);
        var file = temp.Write("harbour.txt", Original);

        ingester.IngestPaths([file]);
        Assert.Equal(1, Count(search, "Zorbulak"));
        Assert.Equal(1, Count(search, "harbour lights"));

        temp.Write("harbour.txt", Changed);
        ingester.IngestPaths([file]);
        Assert.Equal(0, Count(search, "Zorbulak"));
        Assert.Equal(1, Count(search, "Quillfeather"));
        Assert.Equal(1, Count(search, "odesa grain"));

        Assert.True(store.DeleteArticle("harbour-lights-over-odesa"));
        Assert.Equal(0, Count(search, "Quillfeather"));
        Assert.Equal(0, Count(search, "odesa"));
        using var c = db.Open();
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM search_docs_map"));
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM sources"));

        ingester.IngestPaths([file]);
        Assert.Equal(1, Count(search, "Quillfeather"));
    }

    [Fact]
    public void A_phrase_needs_its_words_adjacent_and_in_order()
    {
        using var temp = new TempFolder();
        var db = temp.NewDatabase();
        var text = "Pledges Across The River\n\nThe treaty offered a security guarantee to the river towns.\n\nNo guarantee of lasting security was offered upstream.\n";
        new Ingester(new ArticleStore(db), new EntityStore(db), Logger.None).IngestPaths([temp.Write("pledges.txt", text)]);
        var search = new SearchStore(db);
        Assert.Equal(2, Count(search, "security guarantee in:text"));
        Assert.Equal(1, Count(search, "\"security guarantee\" in:text"));
        Assert.Equal(0, Count(search, "\"guarantee security\" in:text"));
    }

    [Fact]
    public void An_article_whose_indexing_fails_is_not_saved_at_all()
    {
        using var temp = new TempFolder();
        var db = temp.NewDatabase();
        using (var c = db.Open())
            c.Execute("CREATE TRIGGER fail_index BEFORE INSERT ON search_docs_map WHEN new.kind = 'claim' BEGIN SELECT RAISE(ABORT, 'boom'); END");
        var ingester = new Ingester(new ArticleStore(db), new EntityStore(db), Logger.None);
        var file = temp.Write("harbour.txt", Original + "\nRussia will win the war by 2026, officials said, and prices will rise 40 percent.\n");
        Assert.ThrowsAny<Microsoft.Data.Sqlite.SqliteException>(() => ingester.IngestPaths([file]));
        using var check = db.Open();
        Assert.Equal(0, check.ExecuteScalar<int>("SELECT COUNT(*) FROM search_docs"));
        Assert.Equal(0, check.ExecuteScalar<int>("SELECT COUNT(*) FROM articles"));
    }

    [Fact]
    public void Annotations_are_indexed_as_their_own_rows_and_removed_again()
    {
        using var temp = new TempFolder();
        var db = temp.NewDatabase();
        new Ingester(new ArticleStore(db), new EntityStore(db), Logger.None).IngestPaths([temp.Write("harbour.txt", Original)]);
        var search = new SearchStore(db);
        using var c = db.Open();
        var articleId = c.ExecuteScalar<long>("SELECT id FROM articles");
        search.IndexAnnotation(7, articleId, null, SearchKinds.Note, "Check the Brackwater tonnage figures");
        var r = search.Search(QueryParser.Parse("brackwater in:notes"), new SearchPage());
        Assert.Equal("note", Assert.Single(Assert.Single(r.Articles).Hits).Kind);
        Assert.Equal(0, Count(search, "brackwater in:text"));
        search.RemoveAnnotation(7);
        Assert.Equal(0, Count(search, "brackwater"));
    }

    [Fact]
    public void A_library_from_before_the_index_is_indexed_on_request()
    {
        using var temp = new TempFolder();
        var db = temp.NewDatabase();
        new Ingester(new ArticleStore(db), new EntityStore(db), Logger.None).IngestPaths([temp.Write("harbour.txt", Original)]);
        using (var c = db.Open()) c.Execute("DELETE FROM search_docs; DELETE FROM search_docs_map;");
        var search = new SearchStore(db);
        Assert.Equal(0, Count(search, "Zorbulak"));
        Assert.Equal(1, search.IndexMissing());
        Assert.Equal(1, Count(search, "Zorbulak"));
        Assert.Equal(0, search.IndexMissing());
    }
}
