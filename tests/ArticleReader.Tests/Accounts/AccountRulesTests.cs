using ArticleReader.Accounts;

namespace ArticleReader.Tests.Accounts;

public sealed class AccountRulesTests
{
    [Theory]
    [InlineData("anne.applebaum", true)]
    [InlineData("desk-2", true)]
    [InlineData("r@example.org", true)]
    [InlineData("  padded  ", true)]
    [InlineData("Zoë", true)]
    [InlineData("a", false)]
    [InlineData("-dash-first", false)]
    [InlineData("has space", false)]
    [InlineData("<script>", false)]
    [InlineData("", false)]
    public void Account_names_are_letters_digits_and_a_few_marks(string name, bool valid)
    {
        if (valid) Assert.Equal(name.Trim(), AccountRules.CleanName(name));
        else Assert.Throws<AccountException>(() => AccountRules.CleanName(name));
    }

    [Theory]
    [InlineData("short", "bob", false)]
    [InlineData("ten chars!", "bob", true)]
    [InlineData("bob-is-my-password", "bob", false)]
    [InlineData("a perfectly long passphrase", "bob", true)]
    public void Passwords_are_long_and_do_not_contain_the_name(string password, string name, bool valid)
    {
        if (valid) AccountRules.CheckPassword(password, name);
        else Assert.Throws<AccountException>(() => AccountRules.CheckPassword(password, name));
    }

    [Fact]
    public void The_fifth_failure_in_a_row_locks_the_account_for_fifteen_minutes()
    {
        var now = new DateTime(2026, 11, 22, 8, 0, 0, DateTimeKind.Utc);
        var failures = 0;
        for (var i = 1; i < AccountRules.FailuresBeforeLockout; i++)
        {
            (failures, var locked) = AccountRules.AfterFailure(failures, now);
            Assert.Equal(i, failures);
            Assert.Null(locked);
        }
        var (after, until) = AccountRules.AfterFailure(failures, now);
        Assert.Equal(0, after);
        Assert.Equal(now.AddMinutes(15), until);
    }

    [Theory]
    [InlineData(Role.Reader, Role.Reader, true)]
    [InlineData(Role.Reader, Role.Editor, false)]
    [InlineData(Role.Editor, Role.Reader, true)]
    [InlineData(Role.Editor, Role.Admin, false)]
    [InlineData(Role.Admin, Role.Editor, true)]
    public void A_role_may_do_what_the_roles_below_it_may(Role has, Role needs, bool can) =>
        Assert.Equal(can, Actor.User(1, "x", has).Can(needs));

    [Fact]
    public void The_anonymous_visitor_has_no_role_and_the_system_sees_private_work()
    {
        Assert.False(Actor.Anonymous.Can(Role.Reader));
        Assert.False(Actor.Anonymous.SeesPrivate);
        Assert.True(Actor.System.SeesPrivate);
        Assert.False(Actor.User(1, "admin", Role.Admin).SeesPrivate);
    }
}
