namespace ArticleReader.Claims;

public static class EntityKinds
{
    public const string Person = "person";
    public const string Place = "place";
    public const string Organisation = "organisation";
    public const string Group = "group"; // peoples and movements: "Ukrainians", "Hamas", "Houthis"

    public static readonly IReadOnlyList<string> All = [Person, Place, Organisation, Group];
}

// Key is the normalised surface form ("person:vladimir-putin", "person:putin") or, for gazetteer
// entries, the entry's key ("place:united-states" for "U.S.", "America", "Washington"). Role mentions
// ("the Russian president") are persons with keys like "role:russian-president".
// Title is the title or role words in front of a person's name ("Defense Secretary" in
// "Defense Secretary Lloyd Austin"); Rule names the extraction rule that produced the mention.
public sealed record EntityMention(string Text, int Start, int End, string Kind, string Key, TextSpan? Title, string Rule);

public sealed record CorpusMention(string ArticleId, EntityMention Mention);

public sealed record ResolvedEntity(string Key, string CanonicalName, string Kind, IReadOnlyList<string> Aliases, int MentionCount);

// EntityKey is null when the mention is ambiguous (Candidates lists the keys it could be) or unresolvable.
public sealed record ResolvedMention(string ArticleId, EntityMention Mention, string? EntityKey, IReadOnlyList<string> Candidates, string Rule);
