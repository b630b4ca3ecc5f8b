namespace ArticleReader.CrossReferences;

// What a reader can say one claim does to another, with how it reads from each end.
public sealed record LinkKind(string Kind, string Forward, string Backward, bool Symmetric, char Key);

public static class LinkKinds
{
    public static readonly IReadOnlyList<LinkKind> All =
    [
        new("supports", "supports", "is supported by", Symmetric: false, Key: 's'),
        new("contradicts", "contradicts", "contradicts", Symmetric: true, Key: 'c'),
        new("restates", "restates", "restates", Symmetric: true, Key: 'r'),
        new("updates", "updates", "is updated by", Symmetric: false, Key: 'u'),
        new("cites", "cites", "is cited by", Symmetric: false, Key: 'i'),
    ];

    public static LinkKind? Find(string? kind) => All.FirstOrDefault(k => k.Kind == kind);

    public static string Phrase(string kind, bool outgoing) =>
        Find(kind) is { } k ? (outgoing ? k.Forward : k.Backward) : kind;
}
