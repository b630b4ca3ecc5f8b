using ArticleReader.Accounts;
using ArticleReader.Storage;
using ArticleReader.Tests.Support;

namespace ArticleReader.Tests.Storage;

public sealed class AccountStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly AccountStore _store;

    public AccountStoreTests()
    {
        var db = _temp.NewDatabase();
        _store = new AccountStore(db);
    }

    [Fact]
    public void Names_are_unique_whatever_their_case()
    {
        _store.Create("Anne", "hash", Role.Editor);
        var e = Assert.Throws<AccountException>(() => _store.Create("anne", "hash", Role.Reader));
        Assert.Contains("exists already", e.Message);
        Assert.Equal("Anne", _store.FindByName("ANNE")!.Name);
    }

    [Fact]
    public void Changing_a_role_or_password_changes_the_security_stamp()
    {
        var user = _store.Create("bob", "hash", Role.Reader);
        _store.SetRole(user.Id, Role.Editor);
        var promoted = _store.Find(user.Id)!;
        Assert.Equal(Role.Editor, promoted.RoleValue);
        Assert.NotEqual(user.SecurityStamp, promoted.SecurityStamp);
        _store.SetPasswordHash(user.Id, "new", signOutEverywhere: true);
        Assert.NotEqual(promoted.SecurityStamp, _store.Find(user.Id)!.SecurityStamp);
        _store.SetPasswordHash(user.Id, "rehashed", signOutEverywhere: false);
        Assert.Equal("rehashed", _store.Find(user.Id)!.PasswordHash);
    }

    [Fact]
    public void The_last_admin_can_be_neither_demoted_nor_deleted()
    {
        var admin = _store.Create("root", "hash", Role.Admin);
        Assert.Throws<AccountException>(() => _store.SetRole(admin.Id, Role.Reader));
        Assert.Throws<AccountException>(() => _store.Delete(admin.Id));
        var second = _store.Create("root2", "hash", Role.Admin);
        _store.Delete(admin.Id);
        Assert.Null(_store.Find(admin.Id));
        Assert.Equal(Role.Admin, _store.Find(second.Id)!.RoleValue);
    }

    [Fact]
    public void Failures_and_lockout_are_recorded_and_a_login_clears_them()
    {
        var user = _store.Create("carol", "hash", Role.Reader);
        var until = new DateTime(2030, 1, 1, 12, 0, 0, DateTimeKind.Utc);
        _store.RecordFailure(user.Id, 0, until);
        Assert.Equal(until, _store.Find(user.Id)!.LockedUntilUtc);
        _store.RecordLogin(user.Id);
        var after = _store.Find(user.Id)!;
        Assert.Null(after.LockedUntilUtc);
        Assert.Equal(0, after.FailedLogins);
        Assert.NotNull(after.LastLoginAt);
    }

    [Fact]
    public void Anonymous_reading_is_unset_until_an_admin_chooses()
    {
        Assert.Null(_store.AnonymousReading());
        _store.SetAnonymousReading(true);
        Assert.True(_store.AnonymousReading());
        _store.SetAnonymousReading(false);
        Assert.False(_store.AnonymousReading());
    }

    public void Dispose() => _temp.Dispose();
}
