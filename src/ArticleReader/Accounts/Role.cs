namespace ArticleReader.Accounts;

// Ordered: each role may do everything the ones before it may.
public enum Role
{
    Reader = 1, // reads; makes their own highlights and notes
    Editor = 2, // also tags, statuses, types, links, predictions, imports
    Admin = 3,  // also accounts, settings and deletion
}

public static class Roles
{
    public static readonly IReadOnlyList<Role> All = [Role.Reader, Role.Editor, Role.Admin];

    public static string Name(Role role) => role switch
    {
        Role.Reader => "reader",
        Role.Editor => "editor",
        Role.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "not a role"),
    };

    public static Role? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "reader" => Role.Reader,
        "editor" => Role.Editor,
        "admin" => Role.Admin,
        _ => null,
    };
}
