using ArticleReader.Accounts;
using Dapper;

namespace ArticleReader.Storage;

public sealed record UserRecord
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string PasswordHash { get; init; } = "";
    public string Role { get; init; } = "";
    public string SecurityStamp { get; init; } = "";
    public int FailedLogins { get; init; }
    public string? LockedUntil { get; init; }
    public string CreatedAt { get; init; } = "";
    public string? LastLoginAt { get; init; }

    public Role RoleValue => Roles.Parse(Role) ?? throw new InvalidOperationException($"user {Id} has the unknown role '{Role}'");
    public DateTime? LockedUntilUtc => LockedUntil is { } s ? DateTime.Parse(s, null, System.Globalization.DateTimeStyles.RoundtripKind) : null;
}

public interface IAccountStore
{
    int CountUsers();
    IReadOnlyList<UserRecord> Users();
    UserRecord? Find(long id);
    UserRecord? FindByName(string name);
    // Fails with AccountException when the name is taken.
    UserRecord Create(string name, string passwordHash, Role role);
    void SetRole(long id, Role role);
    void SetPasswordHash(long id, string passwordHash, bool signOutEverywhere);
    // Fails with AccountException when it would leave no admin.
    void Delete(long id);
    void RecordFailure(long id, int failedLogins, DateTime? lockedUntil);
    void RecordLogin(long id);

    // Anonymous reading: null until an admin sets it, which means "on while no account exists".
    bool? AnonymousReading();
    void SetAnonymousReading(bool allowed);
}

// SQL for users and app_settings (migration 7).
public sealed class AccountStore(Database database) : IAccountStore
{
    private const string Columns = "id, name, password_hash, role, security_stamp, failed_logins, locked_until, created_at, last_login_at";
    private const string AnonymousReadingKey = "anonymous_reading";

    public int CountUsers()
    {
        using var c = database.Open();
        return c.ExecuteScalar<int>("SELECT COUNT(*) FROM users");
    }

    public IReadOnlyList<UserRecord> Users()
    {
        using var c = database.Open();
        return c.Query<UserRecord>($"SELECT {Columns} FROM users ORDER BY name").AsList();
    }

    public UserRecord? Find(long id)
    {
        using var c = database.Open();
        return c.QuerySingleOrDefault<UserRecord>($"SELECT {Columns} FROM users WHERE id = @id", new { id });
    }

    public UserRecord? FindByName(string name)
    {
        using var c = database.Open();
        return c.QuerySingleOrDefault<UserRecord>($"SELECT {Columns} FROM users WHERE name = @name", new { name = name.Trim() });
    }

    public UserRecord Create(string name, string passwordHash, Role role)
    {
        var clean = AccountRules.CleanName(name);
        using var c = database.Open();
        using var tx = c.BeginTransaction();
        if (c.ExecuteScalar<long?>("SELECT id FROM users WHERE name = @clean", new { clean }, tx) is not null)
            throw new AccountException($"An account named '{clean}' exists already.");
        var id = c.ExecuteScalar<long>("""
            INSERT INTO users (name, password_hash, role, security_stamp, created_at) VALUES (@clean, @passwordHash, @role, @stamp, @now) RETURNING id
            """, new { clean, passwordHash, role = Roles.Name(role), stamp = NewStamp(), now = Now() }, tx);
        tx.Commit();
        return Find(id)!;
    }

    public void SetRole(long id, Role role)
    {
        using var c = database.Open();
        using var tx = c.BeginTransaction();
        var current = c.ExecuteScalar<string?>("SELECT role FROM users WHERE id = @id", new { id }, tx) ?? throw new AccountException("No such account.");
        if (current == "admin" && role != Role.Admin && AdminCount(c, tx) == 1)
            throw new AccountException("This is the only admin: make another admin first.");
        c.Execute("UPDATE users SET role = @role, security_stamp = @stamp WHERE id = @id", new { role = Roles.Name(role), stamp = NewStamp(), id }, tx);
        tx.Commit();
    }

    public void SetPasswordHash(long id, string passwordHash, bool signOutEverywhere)
    {
        using var c = database.Open();
        var changed = signOutEverywhere
            ? c.Execute("UPDATE users SET password_hash = @passwordHash, security_stamp = @stamp, failed_logins = 0, locked_until = NULL WHERE id = @id",
                new { passwordHash, stamp = NewStamp(), id })
            : c.Execute("UPDATE users SET password_hash = @passwordHash WHERE id = @id", new { passwordHash, id });
        if (changed == 0) throw new AccountException("No such account.");
    }

    public void Delete(long id)
    {
        using var c = database.Open();
        using var tx = c.BeginTransaction();
        var role = c.ExecuteScalar<string?>("SELECT role FROM users WHERE id = @id", new { id }, tx) ?? throw new AccountException("No such account.");
        if (role == "admin" && AdminCount(c, tx) == 1) throw new AccountException("This is the only admin: make another admin first.");
        // Their shared work stays for the team (owner_id becomes NULL); what only they could see goes with them.
        c.Execute("DELETE FROM annotations WHERE owner_id = @id AND visibility = 'private'", new { id }, tx);
        c.Execute("DELETE FROM users WHERE id = @id", new { id }, tx);
        tx.Commit();
    }

    public void RecordFailure(long id, int failedLogins, DateTime? lockedUntil)
    {
        using var c = database.Open();
        c.Execute("UPDATE users SET failed_logins = @failedLogins, locked_until = @until WHERE id = @id",
            new { failedLogins, until = lockedUntil?.ToString("O"), id });
    }

    public void RecordLogin(long id)
    {
        using var c = database.Open();
        c.Execute("UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = @now WHERE id = @id", new { now = Now(), id });
    }

    public bool? AnonymousReading()
    {
        using var c = database.Open();
        return c.ExecuteScalar<string?>("SELECT value FROM app_settings WHERE key = @AnonymousReadingKey", new { AnonymousReadingKey }) switch
        {
            "on" => true,
            "off" => false,
            _ => null,
        };
    }

    public void SetAnonymousReading(bool allowed)
    {
        using var c = database.Open();
        c.Execute("INSERT INTO app_settings (key, value) VALUES (@AnonymousReadingKey, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            new { AnonymousReadingKey, value = allowed ? "on" : "off" });
    }

    private static int AdminCount(Microsoft.Data.Sqlite.SqliteConnection c, Microsoft.Data.Sqlite.SqliteTransaction tx) =>
        c.ExecuteScalar<int>("SELECT COUNT(*) FROM users WHERE role = 'admin'", transaction: tx);

    private static string NewStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ");
}
