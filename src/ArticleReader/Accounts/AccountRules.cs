using System.Text.RegularExpressions;

namespace ArticleReader.Accounts;

public sealed class AccountException(string message) : Exception(message);

// What an account name and password must be, and when repeated failures lock an account.
public static partial class AccountRules
{
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 256;
    public const int FailuresBeforeLockout = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    // matches "anne.applebaum", "desk-2", "r@example.org"; not " bob", "a", "<script>"
    [GeneratedRegex(@"^[\p{L}\p{Nd}][\p{L}\p{Nd}._@-]{1,63}$")]
    private static partial Regex UserName();

    public static string CleanName(string? raw)
    {
        var name = (raw ?? "").Trim();
        if (!UserName().IsMatch(name))
            throw new AccountException("An account name is 2 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit.");
        return name;
    }

    public static void CheckPassword(string? password, string name)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinPasswordLength)
            throw new AccountException($"A password needs at least {MinPasswordLength} characters.");
        if (password.Length > MaxPasswordLength)
            throw new AccountException($"A password is limited to {MaxPasswordLength} characters.");
        if (password.Contains(name, StringComparison.OrdinalIgnoreCase))
            throw new AccountException("A password must not contain the account name.");
    }

    // After a failed password: the new failure count, and the moment the account unlocks when this failure locks it.
    public static (int Failures, DateTime? LockedUntil) AfterFailure(int failuresBefore, DateTime now)
    {
        var failures = failuresBefore + 1;
        return failures >= FailuresBeforeLockout ? (0, now + LockoutDuration) : (failures, null);
    }
}
