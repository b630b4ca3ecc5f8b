using ArticleReader.Accounts;
using ArticleReader.Storage;
using Microsoft.AspNetCore.Identity;

namespace ArticleReader.Web.Accounts;

public abstract record SignInOutcome
{
    public sealed record Success(UserRecord User) : SignInOutcome;
    public sealed record WrongNameOrPassword : SignInOutcome;
    public sealed record LockedOut(DateTime Until) : SignInOutcome;
}

// Passwords, lockout and account changes; the only code that sees a password or a hash.
public sealed class AccountService(IAccountStore accounts, TimeProvider clock)
{
    private static readonly PasswordHasher<UserRecord> Hasher = new();
    // Verified when the name is unknown, so a wrong name costs as long as a wrong password and reveals nothing.
    private static readonly string DecoyHash = Hasher.HashPassword(new UserRecord(), Guid.NewGuid().ToString());

    public SignInOutcome SignIn(string? name, string? password)
    {
        var user = string.IsNullOrWhiteSpace(name) ? null : accounts.FindByName(name);
        var now = clock.GetUtcNow().UtcDateTime;
        if (user is null)
        {
            Hasher.VerifyHashedPassword(new UserRecord(), DecoyHash, password ?? "");
            return new SignInOutcome.WrongNameOrPassword();
        }
        if (user.LockedUntilUtc is { } until && until > now) return new SignInOutcome.LockedOut(until);
        var verdict = Hasher.VerifyHashedPassword(user, user.PasswordHash, password ?? "");
        if (verdict == PasswordVerificationResult.Failed)
        {
            var (failures, lockedUntil) = AccountRules.AfterFailure(user.FailedLogins, now);
            accounts.RecordFailure(user.Id, failures, lockedUntil);
            return lockedUntil is { } locked ? new SignInOutcome.LockedOut(locked) : new SignInOutcome.WrongNameOrPassword();
        }
        // A hash from older iteration counts is upgraded while the password is at hand.
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
            accounts.SetPasswordHash(user.Id, Hasher.HashPassword(user, password!), signOutEverywhere: false);
        accounts.RecordLogin(user.Id);
        return new SignInOutcome.Success(user);
    }

    public UserRecord Create(string name, string password, Role role)
    {
        var clean = AccountRules.CleanName(name);
        AccountRules.CheckPassword(password, clean);
        return accounts.Create(clean, Hasher.HashPassword(new UserRecord { Name = clean }, password), role);
    }

    // The person themselves, who must know the current password. Other sessions are signed out; the caller signs
    // this one in again with the returned record.
    public UserRecord ChangePassword(long userId, string? current, string? replacement)
    {
        var user = accounts.Find(userId) ?? throw new AccountException("No such account.");
        if (Hasher.VerifyHashedPassword(user, user.PasswordHash, current ?? "") == PasswordVerificationResult.Failed)
            throw new AccountException("The current password is not right.");
        AccountRules.CheckPassword(replacement, user.Name);
        accounts.SetPasswordHash(userId, Hasher.HashPassword(user, replacement!), signOutEverywhere: true);
        return accounts.Find(userId)!;
    }

    public void ResetPassword(long userId, string password)
    {
        var user = accounts.Find(userId) ?? throw new AccountException("No such account.");
        AccountRules.CheckPassword(password, user.Name);
        accounts.SetPasswordHash(userId, Hasher.HashPassword(user, password), signOutEverywhere: true);
    }
}
