using ArticleReader.Accounts;
using ArticleReader.Storage;
using ArticleReader.Tests.Support;

namespace ArticleReader.Tests.Storage;

// Owners and visibility on real SQLite: a private highlight is its owner's alone, a shared one everyone's to see
// and its owner's to change; claims' judgements are editors'.
public sealed class AnnotationVisibilityTests : IDisposable
{
    private readonly SeededLibrary _library = new();
    private readonly AnnotationStore _desk;
    private readonly Actor _alice, _bob, _editor, _admin;

    public AnnotationVisibilityTests()
    {
        _desk = new AnnotationStore(_library.Db);
        var accounts = new AccountStore(_library.Db);
        Actor Make(string name, Role role) => Actor.User(accounts.Create(name, "hash", role).Id, name, role);
        (_alice, _bob, _editor, _admin) = (Make("alice", Role.Reader), Make("bob", Role.Reader), Make("eddie", Role.Editor), Make("ada", Role.Admin));
    }

    private (long ArticleId, long BlockId) FirstParagraph()
    {
        var article = _library.Articles.FindArticle(_library.Articles.ListArticles()[0].Slug)!;
        return (article.Article.Id, article.Blocks.First(b => b.Text.Length > 40).Id);
    }

    private AnnotationRecord HighlightBy(Actor actor, string? visibility = null)
    {
        var (articleId, blockId) = FirstParagraph();
        return _desk.As(actor).AddHighlight(articleId, blockId, 0, 12, "a note", ["mine"], visibility);
    }

    [Fact]
    public void A_signed_in_persons_highlight_is_private_and_theirs_by_default()
    {
        var h = HighlightBy(_alice);
        Assert.Equal(AnnotationVisibility.Private, h.Visibility);
        Assert.Equal(_alice.UserId, h.OwnerId);
        Assert.Equal("alice", h.OwnerName);
        Assert.Equal("alice", _desk.History(h.Id).First().Actor);
    }

    [Fact]
    public void Nobody_else_sees_a_private_highlight_not_even_an_admin()
    {
        var h = HighlightBy(_alice);
        foreach (var other in new[] { _bob, _editor, _admin, Actor.Anonymous })
        {
            var store = _desk.As(other);
            Assert.Null(store.Find(h.Id));
            Assert.DoesNotContain(store.ForArticle(h.ArticleId!.Value), a => a.Id == h.Id);
            Assert.Empty(store.History(h.Id));
            Assert.DoesNotContain(store.Tags(), t => t.Name == "mine" && t.Uses > 0);
            // Changing it fails as if it did not exist, so its existence is not revealed.
            var e = Assert.Throws<DeskException>(() => store.SetNote(h.Id, "mine now"));
            Assert.IsNotType<DeskForbiddenException>(e);
            Assert.Throws<DeskException>(() => store.DeleteHighlight(h.Id));
        }
        Assert.NotNull(_desk.As(_alice).Find(h.Id));
        Assert.Equal("a note", _desk.Find(h.Id)!.Note); // the system (export, backup) sees everything
    }

    [Fact]
    public void A_shared_highlight_is_seen_by_all_but_changed_only_by_its_owner_and_deleted_by_an_admin()
    {
        var h = HighlightBy(_editor, AnnotationVisibility.Shared);
        Assert.NotNull(_desk.As(_bob).Find(h.Id));
        Assert.NotNull(_desk.As(Actor.Anonymous).Find(h.Id));
        Assert.Throws<DeskForbiddenException>(() => _desk.As(_bob).SetNote(h.Id, "vandalised"));
        Assert.Throws<DeskForbiddenException>(() => _desk.As(_bob).DeleteHighlight(h.Id));
        Assert.Throws<DeskForbiddenException>(() => _desk.As(_admin).SetNote(h.Id, "edited by admin"));
        Assert.Equal("a note", _desk.Find(h.Id)!.Note);
        _desk.As(_editor).SetNote(h.Id, "owner's edit");
        Assert.Equal("owner's edit", _desk.Find(h.Id)!.Note);
        _desk.As(_admin).DeleteHighlight(h.Id);
        Assert.Null(_desk.Find(h.Id));
    }

    [Fact]
    public void Readers_keep_highlights_private_and_editors_may_share_theirs()
    {
        Assert.Throws<DeskForbiddenException>(() => HighlightBy(_alice, AnnotationVisibility.Shared));
        var mine = HighlightBy(_alice);
        Assert.Throws<DeskForbiddenException>(() => _desk.As(_alice).SetVisibility(mine.Id, AnnotationVisibility.Shared));
        var editors = HighlightBy(_editor);
        _desk.As(_editor).SetVisibility(editors.Id, AnnotationVisibility.Shared);
        Assert.NotNull(_desk.As(_bob).Find(editors.Id));
        Assert.Contains(_desk.History(editors.Id), r => r.Field == "visibility" && r.NewValue == "shared" && r.Actor == "eddie");
        Assert.Throws<DeskException>(() => _desk.As(_editor).SetVisibility(editors.Id, "public"));
    }

    [Fact]
    public void Judging_claims_is_for_editors()
    {
        var claim = new ClaimStore(_library.Db).ForArticle(FirstParagraph().ArticleId).First();
        Assert.Throws<DeskForbiddenException>(() => _desk.As(_alice).AddTag(claim.Id, "nope"));
        Assert.Throws<DeskForbiddenException>(() => _desk.As(Actor.Anonymous).SetStatus(claim.Id, "false", null, null));
        Assert.Throws<DeskForbiddenException>(() => _desk.As(_alice).MarkSentence(1));
        var tagged = _desk.As(_editor).AddTag(claim.Id, "energy");
        Assert.Equal("eddie", _desk.History(tagged.Id).First().Actor);
        var tagId = _desk.TagsOf([tagged.Id]).Single().TagId;
        Assert.Throws<DeskForbiddenException>(() => _desk.As(_editor).DeleteTag(tagId));
        _desk.As(_admin).DeleteTag(tagId);
    }

    [Fact]
    public void Private_work_survives_re_ingest_and_stays_private()
    {
        var h = HighlightBy(_alice);
        var seed = _library.Articles.ListArticles()[0].SourceFile;
        _library.Edit(Path.GetFileName(seed)[..3], text => text + "\n\nA new closing paragraph added by the editors.\n");
        var after = _desk.As(_alice).Find(h.Id)!;
        Assert.Equal(AnnotationVisibility.Private, after.Visibility);
        Assert.Equal(_alice.UserId, after.OwnerId);
        Assert.Null(_desk.As(_bob).Find(h.Id));
    }

    [Fact]
    public void Deleting_an_account_deletes_its_private_work_and_keeps_its_shared_work()
    {
        var secret = HighlightBy(_editor);
        var shared = HighlightBy(_editor, AnnotationVisibility.Shared);
        new AccountStore(_library.Db).Delete(_editor.UserId!.Value);
        Assert.Null(_desk.Find(secret.Id));
        var kept = _desk.Find(shared.Id)!;
        Assert.Null(kept.OwnerId);
        // Nobody owns it now: the editors look after it.
        _desk.As(Actor.User(99, "other-editor", Role.Editor)).SetNote(shared.Id, "kept up");
    }

    public void Dispose() => _library.Dispose();
}
