namespace ArticleReader.Accounts;

// Who is acting or looking: written into annotation history, checked against an annotation's owner and visibility.
// UserId is null for the anonymous reader and for the system (the CLI, ingest, tests), which sees everything.
public sealed record Actor(long? UserId, string Name, Role? Role)
{
    public static readonly Actor System = new(null, "system", Accounts.Role.Admin) { SeesPrivate = true };
    public static readonly Actor Anonymous = new(null, "anonymous", null);

    // Private annotations are their owner's alone: not even an admin reads them. Only the system (maintenance, export) does.
    public bool SeesPrivate { get; private init; }

    public static Actor User(long id, string name, Role role) => new(id, name, role);

    public bool IsSignedIn => UserId is not null;
    public bool Can(Role needed) => Role is { } r && r >= needed;
    public bool Owns(long? ownerId) => ownerId is not null && ownerId == UserId;
}
