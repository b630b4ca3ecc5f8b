using ArticleReader.Annotations;
using ArticleReader.Ingestion;
using ArticleReader.Storage;
using ArticleReader.Tests.Support;
using Dapper;

namespace ArticleReader.Tests.Storage;

// The reading desk on real SQLite: every action, its history, and what survives re-ingesting edited seeds.
public sealed class AnnotationStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly Database _db;
    private readonly ArticleStore _articles;
    private readonly ClaimStore _claims;
    private readonly AnnotationStore _desk;
    private readonly Ingester _ingester;
    private readonly string _seed;

    private const string Applebaum = "The Ukraine War Can’t End Until Russia Stops Fighting";

    public AnnotationStoreTests()
    {
        _db = _temp.NewDatabase();
        _articles = new ArticleStore(_db);
        _claims = new ClaimStore(_db);
        _desk = new AnnotationStore(_db);
        _ingester = new Ingester(_articles, new EntityStore(_db), new CollectingLog().Logger);
        var folder = Path.Combine(_temp.Path, "seeds");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(TestPaths.Seeds)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        _seed = Path.Combine(folder, "002_f53d2b5e514c185a.txt");
        _ingester.IngestPaths([folder]);
    }

    private ArticleSummary Article(string title = Applebaum) => _articles.ListArticles().Single(a => a.Title == title);
    private ClaimRecord Claim(string prefix, string title = Applebaum) => _claims.ForArticle(Article(title).Id).Single(c => c.Text.StartsWith(prefix, StringComparison.Ordinal));
    private void Edit(Func<string, string> change) { File.WriteAllText(_seed, change(File.ReadAllText(_seed))); _ingester.IngestPaths([_seed]); }

    private AnnotationRecord Highlight(string phrase, string title = Applebaum)
    {
        var detail = _articles.FindArticle(Article(title).Slug)!;
        var block = detail.Blocks.First(b => b.Text.Contains(phrase, StringComparison.Ordinal));
        var start = block.Text.IndexOf(phrase, StringComparison.Ordinal);
        return _desk.AddHighlight(detail.Article.Id, block.Id, start, start + phrase.Length, "my note", ["drones"]);
    }

    [Fact]
    public void Tagging_a_claim_records_the_tag_and_its_history()
    {
        var claim = Claim("Meanwhile, $300 billion");
        var a = _desk.AddTag(claim.Id, "  #frozen   assets ");
        _desk.AddTag(claim.Id, "sanctions");
        Assert.Equal(["frozen assets", "sanctions"], _desk.TagsOf([a.Id]).Select(t => t.Name));
        _desk.RemoveTag(claim.Id, _desk.TagsOf([a.Id]).Single(t => t.Name == "sanctions").TagId);
        var history = _desk.History(a.Id);
        Assert.Equal(["tag: sanctions -> ", "tag:  -> sanctions", "tag:  -> frozen assets"], history.Select(h => $"{h.Field}: {h.OldValue} -> {h.NewValue}"));
        Assert.Equal(a.Id, _desk.ForClaim(claim.Id)!.Id);
    }

    [Fact]
    public void Status_changes_carry_evidence_and_unsafe_links_are_refused()
    {
        var claim = Claim("Meanwhile, $300 billion");
        var a = _desk.SetStatus(claim.Id, "supported", "https://example.org/reserves", "Euroclear figures");
        Assert.Equal(("supported", "https://example.org/reserves"), (a.Status, a.EvidenceUrl));
        Assert.Contains(_desk.History(a.Id), h => h.Field == "status" && h.OldValue == "unreviewed" && h.NewValue == "supported" && h.Detail!.Contains("Euroclear"));
        Assert.Throws<DeskException>(() => _desk.SetStatus(claim.Id, "supported", "javascript:alert(1)", null));
        Assert.Throws<DeskException>(() => _desk.SetStatus(claim.Id, "truthy", null, null));
        Assert.Equal("supported", _desk.ForClaim(claim.Id)!.Status);
    }

    [Fact]
    public void Type_corrections_and_unmarking_are_stored_as_corrections()
    {
        var claim = Claim("Meanwhile, $300 billion");
        var a = _desk.SetType(claim.Id, "evaluation");
        Assert.Equal("evaluation", a.TypeOverride);
        a = _desk.Unmark(claim.Id);
        Assert.False(a.ClaimOverride);
        Assert.All(_desk.History(a.Id).Where(h => h.Field is "type" or "claim"), h => Assert.Equal("correction", h.Detail));
    }

    [Fact]
    public void A_missed_sentence_marked_as_a_claim_becomes_one_and_stays_one_after_reingest()
    {
        var detail = _articles.FindArticle(Article().Slug)!;
        var sentences = _claims.SentencesForArticle(detail.Article.Id);
        var missed = sentences.First(s => !s.IsClaim);
        var a = _desk.MarkSentence(missed.Id);
        Assert.True(a.ClaimOverride);
        Assert.Contains(_claims.ForArticle(detail.Article.Id), c => c.Text == missed.Text && c.Id == a.ClaimId);
        _desk.AddTag(a.ClaimId!.Value, "missed");

        Edit(t => t.Replace("Worse—much worse—is that", "Worse—far worse—is that"));
        var after = _desk.Find(a.Id)!;
        Assert.NotNull(after.ClaimId);
        Assert.Equal(missed.Text, _claims.Find(after.ClaimId!.Value)!.Text);
        Assert.Equal(["missed"], _desk.TagsOf([a.Id]).Select(t => t.Name));
    }

    [Fact]
    public void Everything_survives_a_restart_and_a_reingest_of_an_unchanged_file()
    {
        var claim = Claim("Meanwhile, $300 billion");
        _desk.AddTag(claim.Id, "kept");
        _desk.SetStatus(claim.Id, "disputed", null, null);
        _desk.SetClaimNote(claim.Id, "A **note**.");
        var h = Highlight("sea-drone factory");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var reopened = new AnnotationStore(new Database(_db.Path));
        _ingester.IngestPaths([_seed]); // unchanged: nothing to do
        var a = reopened.ForClaim(claim.Id)!;
        Assert.Equal(("disputed", "A **note**."), (a.Status, a.Note));
        Assert.Equal(["kept"], reopened.TagsOf([a.Id]).Select(t => t.Name));
        Assert.Equal("anchored", reopened.Find(h.Id)!.AnchorState);
    }

    [Fact]
    public void A_claims_judgement_follows_it_to_its_new_id_when_paragraphs_are_inserted_before_it()
    {
        var claim = Claim("Meanwhile, $300 billion");
        var a = _desk.SetStatus(claim.Id, "supported", null, null);
        _desk.AddTag(claim.Id, "reserves");
        var h = Highlight("sea-drone factory");

        Edit(t => t.Replace("In an underground parking lot", "An inserted paragraph about something else entirely, so that everything after it moves.\n\nIn an underground parking lot"));

        var moved = _desk.Find(a.Id)!;
        Assert.Equal("moved", moved.AnchorState);
        var now = _claims.Find(moved.ClaimId!.Value)!;
        Assert.Equal(claim.Text, now.Text);
        Assert.Equal("supported", _desk.ForClaim(now.Id)!.Status);
        Assert.Equal(["reserves"], _desk.TagsOf([a.Id]).Select(t => t.Name));
        var highlight = _desk.Find(h.Id)!;
        Assert.Equal("moved", highlight.AnchorState);
        var text = ArticleTextOf(Article().Id);
        Assert.Equal("sea-drone factory", text[highlight.StartOffset!.Value..highlight.EndOffset!.Value]);
    }

    [Fact]
    public void Words_changed_inside_a_highlight_leave_it_changed_with_old_and_new_text()
    {
        var h = Highlight("these new weapons might even change the way that all naval wars are fought in the future");
        Edit(t => t.Replace("these new weapons might even change the way that all naval wars are fought", "these new weapons could even change the way that all naval wars are fought"));
        var after = _desk.Find(h.Id)!;
        Assert.Equal("changed", after.AnchorState);
        Assert.Equal("these new weapons might even change the way that all naval wars are fought in the future", after.Exact);
        Assert.Contains("could even change", after.CurrentText);
        Assert.Contains(_desk.History(h.Id), x => x.Field == "anchor" && x.NewValue == "changed");
    }

    [Fact]
    public void A_deleted_sentence_orphans_its_highlight_and_nothing_attaches_to_other_words()
    {
        const string sentence = "They can’t stop Ukrainian cargo ships from carrying grain and other goods to world markets, and Ukrainian trade is returning to prewar levels.";
        var h = Highlight(sentence);
        var claimOnIt = _claims.ForArticle(Article().Id).FirstOrDefault(c => c.Text == sentence);
        if (claimOnIt is not null) _desk.AddTag(claimOnIt.Id, "trade");

        Edit(t => t.Replace(sentence + " ", ""));

        var after = _desk.Find(h.Id)!;
        Assert.Equal("orphaned", after.AnchorState);
        Assert.Null(after.StartOffset);
        Assert.Equal(sentence, after.Exact);
        Assert.Equal(["drones"], _desk.TagsOf([h.Id]).Select(t => t.Name));
        if (claimOnIt is not null)
        {
            var claimAnnotation = _desk.ForArticle(Article().Id).Single(a => a.Kind == "claim" && a.Exact == sentence);
            Assert.Equal("orphaned", claimAnnotation.AnchorState);
            Assert.Null(claimAnnotation.ClaimId);
        }
    }

    [Fact]
    public void An_article_removed_from_its_file_keeps_its_annotations_as_orphans()
    {
        var claim = Claim("Meanwhile, $300 billion");
        var a = _desk.SetStatus(claim.Id, "false", null, null);
        var text = File.ReadAllText(_seed);
        var cut = text.IndexOf("The Ukraine War Can’t End Until Russia Stops Fighting\n", StringComparison.Ordinal);
        File.WriteAllText(_seed, text[..cut]);
        _ingester.IngestPaths([_seed]);
        Assert.DoesNotContain(_articles.ListArticles(), x => x.Title == Applebaum);
        var kept = _desk.Find(a.Id)!;
        Assert.Equal(("orphaned", "false", Applebaum), (kept.AnchorState, kept.Status, kept.ArticleTitle));
    }

    [Fact]
    public void Tags_can_be_renamed_merged_recoloured_and_deleted_with_usage_counts()
    {
        var one = Claim("Meanwhile, $300 billion");
        var two = Claim("Russia remains the larger and richer country.");
        _desk.AddTag(one.Id, "money");
        _desk.AddTag(two.Id, "cash");
        _desk.AddTag(two.Id, "money");
        var tags = _desk.Tags().ToDictionary(t => t.Name);
        Assert.Equal(2, tags["money"].Uses);
        _desk.RenameTag(tags["cash"].Id, "funds");
        Assert.Throws<DeskException>(() => _desk.RenameTag(tags["money"].Id, "FUNDS"));
        var merged = _desk.MergeTags(_desk.Tags().Single(t => t.Name == "funds").Id, tags["money"].Id);
        Assert.Equal(2, merged.Uses);
        Assert.Equal("#123abc", _desk.RecolourTag(merged.Id, "#123ABC").Colour);
        Assert.Throws<DeskException>(() => _desk.RecolourTag(merged.Id, "red; background:url(x)"));
        _desk.DeleteTag(merged.Id);
        Assert.Empty(_desk.Tags());
        Assert.Contains(_desk.History(_desk.ForClaim(two.Id)!.Id), h => h.Detail == "tag deleted");
    }

    [Fact]
    public void Tag_suggestions_complete_a_prefix_by_use()
    {
        _desk.AddTag(Claim("Meanwhile, $300 billion").Id, "drones");
        _desk.AddTag(Claim("Russia remains the larger").Id, "drones");
        _desk.AddTag(Claim("Russia remains the larger").Id, "dreams");
        Assert.Equal(["drones", "dreams"], _desk.SuggestTags("dr"));
        Assert.Empty(_desk.SuggestTags("%"));
    }

    private string ArticleTextOf(long articleId)
    {
        using var c = _db.Open();
        return new ArticleText(c.Query<(long, string)>("SELECT id, text FROM blocks WHERE article_id = @articleId ORDER BY ordinal", new { articleId })).Text;
    }

    public void Dispose() => _temp.Dispose();
}
