using ArticleReader.Storage;

namespace ArticleReader.Web.Accounts;

// May someone who is not signed in read the library? Yes while no account exists (a fresh install), then
// whatever an admin chose, off by default. Asked on every anonymous request, so the answer is kept a few seconds;
// an account made by the CLI in another process is seen within that time.
public sealed class ReadAccess(IAccountStore accounts, TimeProvider clock)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(3);
    private (bool Open, bool NoAccounts, DateTimeOffset At)? _cached;

    public bool AnonymousMayRead => Current().Open;
    public bool NoAccountsYet => Current().NoAccounts;

    public void Forget() => _cached = null;

    private (bool Open, bool NoAccounts, DateTimeOffset At) Current()
    {
        var now = clock.GetUtcNow();
        if (_cached is { } c && now - c.At < KeptFor) return c;
        var noAccounts = accounts.CountUsers() == 0;
        var fresh = (accounts.AnonymousReading() ?? noAccounts, noAccounts, now);
        _cached = fresh;
        return fresh;
    }
}
