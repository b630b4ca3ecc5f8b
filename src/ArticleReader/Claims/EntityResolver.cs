namespace ArticleReader.Claims;

// Corpus-level resolution of mentions to canonical entities. Pure: the same mentions give the same result.
// Rules, in order:
// - gazetteer mentions resolve to their entry ("U.S.", "America", "Washington" -> United States);
// - full names merge when they differ only by middle initials and the initialled form is unique
//   ("Eliot Cohen" -> "Eliot A. Cohen"), and a shorter name merges into the one longer name it ends
//   ("Abu Toha" -> "Mosab Abu Toha");
// - a surname alone resolves only when exactly one full name in the whole corpus ends with it
//   ("Austin" -> "Lloyd Austin"); with several ("Cohen": William, Eliot A., Michael A., Joshua) it stays
//   unresolved and lists the candidates; with none, a well-known person from the gazetteer is used;
// - a role ("the Russian president") resolves through RoleHolders when no other person in the corpus
//   carries that title, or, for roles outside the table, when exactly one person carries the title at
//   least MinTitledMentionsForRole times.
public static class EntityResolver
{
    public const int MinTitledMentionsForRole = 2;

    public static EntityResolution Resolve(IEnumerable<CorpusMention> corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var list = corpus.ToList();
        var assigned = new (string? Key, IReadOnlyList<string> Candidates, string Rule)[list.Count];
        var builders = new Dictionary<string, Builder>(StringComparer.Ordinal);

        // Full names first: they define the person entities that shorter forms resolve to.
        var fullNames = new Dictionary<string, string[]>(StringComparer.Ordinal); // strict key -> tokens
        for (var i = 0; i < list.Count; i++)
        {
            var m = list[i].Mention;
            if (!IsPersonName(m)) continue;
            var tokens = NameText.Tokens(m.Text);
            if (tokens.Length >= 2) fullNames.TryAdd(StrictKey(tokens), tokens);
        }
        var canonicalOf = MergeFullNames(fullNames);

        var surnameIndex = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (strict, tokens) in fullNames)
        {
            var target = canonicalOf[strict];
            if (!surnameIndex.TryGetValue(tokens[^1], out var set)) surnameIndex[tokens[^1]] = set = [];
            set.Add(target);
        }

        for (var i = 0; i < list.Count; i++)
        {
            var m = list[i].Mention;
            if (m.Key.StartsWith("role:", StringComparison.Ordinal)) continue; // after persons have titles
            if (m.Kind != EntityKinds.Person)
            {
                assigned[i] = (m.Key, [], EntityGazetteer.FindByKey(m.Key) is null ? "same key" : "gazetteer entry");
                continue;
            }
            var tokens = NameText.Tokens(m.Text);
            if (tokens.Length >= 2)
            {
                var strict = StrictKey(tokens);
                var target = canonicalOf[strict];
                assigned[i] = (target, [], target == strict ? "full name" : "full name variant of " + fullNames[target].Length + "-word name");
                continue;
            }
            if (tokens.Length == 0) { assigned[i] = (null, [], "empty name"); continue; }
            var surname = tokens[0];
            if (surnameIndex.TryGetValue(surname, out var owners))
            {
                assigned[i] = owners.Count == 1
                    ? (owners.First(), [], "surname matches exactly one full name in the corpus")
                    : (null, owners.Order(StringComparer.Ordinal).ToList(), $"surname shared by {owners.Count} full names in the corpus");
                continue;
            }
            var known = EntityGazetteer.FindByAlias(m.Text);
            if (known is { Kind: EntityKinds.Person })
            {
                assigned[i] = (known.Key, [], "surname of a well-known person (gazetteer)");
                continue;
            }
            assigned[i] = (m.Key, [], "name with no full form in the corpus");
        }

        // Titles seen with each person entity, for roles.
        var titles = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var m = list[i].Mention;
            if (m.Title is null || assigned[i].Key is not { } key || m.Kind != EntityKinds.Person) continue;
            if (!titles.TryGetValue(key, out var t)) titles[key] = t = [];
            t.Add(NormalizeRole(m.Title.Text));
        }
        var roleCache = new Dictionary<string, (string?, IReadOnlyList<string>, string)>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var m = list[i].Mention;
            if (!m.Key.StartsWith("role:", StringComparison.Ordinal)) continue;
            if (!roleCache.TryGetValue(m.Key, out var r))
                roleCache[m.Key] = r = ResolveRole(m.Key["role:".Length..].Replace('-', ' '), titles, assigned, list);
            assigned[i] = r;
        }

        // Build entities.
        for (var i = 0; i < list.Count; i++)
        {
            if (assigned[i].Key is not { } key) continue;
            var m = list[i].Mention;
            if (!builders.TryGetValue(key, out var b)) builders[key] = b = new Builder(key, m.Kind == EntityKinds.Person || key.StartsWith("person:", StringComparison.Ordinal) ? EntityKinds.Person : m.Kind);
            b.Add(m.Text);
        }
        var entities = builders.Values.Select(b => b.Build(fullNames)).OrderByDescending(e => e.MentionCount).ThenBy(e => e.Key, StringComparer.Ordinal).ToList();
        var resolved = list.Select((c, i) => new ResolvedMention(c.ArticleId, c.Mention, assigned[i].Key, assigned[i].Candidates, assigned[i].Rule)).ToList();
        return new EntityResolution(entities, resolved, surnameIndex, canonicalOf, fullNames, titles);
    }

    static bool IsPersonName(EntityMention m) => m.Kind == EntityKinds.Person && !m.Key.StartsWith("role:", StringComparison.Ordinal);

    internal static string StrictKey(string[] tokens) => "person:" + string.Join('-', tokens);

    // strict key -> the strict key of the entity it belongs to.
    static Dictionary<string, string> MergeFullNames(Dictionary<string, string[]> fullNames)
    {
        var canonical = fullNames.Keys.ToDictionary(k => k, k => k, StringComparer.Ordinal);

        // Middle initials: "eliot cohen" joins "eliot a cohen" when that is the only initialled form.
        var byLoose = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (strict, tokens) in fullNames)
        {
            var loose = tokens.Where(t => t.Length > 1).ToArray();
            if (loose.Length < 2) continue;
            var key = string.Join('-', loose);
            if (!byLoose.TryGetValue(key, out var l)) byLoose[key] = l = [];
            l.Add(strict);
        }
        foreach (var group in byLoose.Values)
        {
            var initialled = group.Where(k => fullNames[k].Any(t => t.Length == 1)).ToList();
            if (initialled.Count != 1) continue;
            foreach (var k in group) canonical[k] = initialled[0];
        }

        // Suffixes: "abu toha" joins "mosab abu toha" when it ends exactly one longer name.
        foreach (var (strict, tokens) in fullNames)
        {
            if (canonical[strict] != strict) continue;
            var longer = fullNames
                .Where(o => o.Value.Length > tokens.Length && o.Value.AsSpan(o.Value.Length - tokens.Length).SequenceEqual(tokens))
                .Select(o => canonical[o.Key])
                .Distinct()
                .ToList();
            if (longer.Count == 1) canonical[strict] = longer[0];
        }
        return canonical;
    }

    internal static string NormalizeRole(string s)
    {
        var f = NameText.Fold(s).Replace("ex-", "former ", StringComparison.Ordinal).Replace("the ", "", StringComparison.Ordinal);
        return string.Join(' ', f.Split([' ', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
    }

    static (string?, IReadOnlyList<string>, string) ResolveRole(string role, Dictionary<string, List<string>> titles,
        (string? Key, IReadOnlyList<string> Candidates, string Rule)[] assigned, List<CorpusMention> list)
    {
        role = NormalizeRole(role);
        var holders = titles
            .Select(kv => (Key: kv.Key, Count: kv.Value.Count(t => (" " + t + " ").Contains(" " + role + " ", StringComparison.Ordinal))))
            .Where(x => x.Count > 0)
            .ToList();

        if (EntityGazetteer.RoleHolders.TryGetValue(role, out var holderName))
        {
            var tableKey = EntityByName(holderName, assigned, list) ?? EntityGazetteer.FindByAlias(holderName)?.Key;
            if (holders.Count == 0 || (holders.Count == 1 && holders[0].Key == tableKey))
                return (tableKey, [], $"role '{role}' held by {holderName} (role table, seed era)");
            return (null, holders.Select(h => h.Key).Order(StringComparer.Ordinal).ToList(), $"role '{role}' carried by several people in the corpus");
        }
        if (holders.Count == 1 && holders[0].Count >= MinTitledMentionsForRole)
            return (holders[0].Key, [], $"role '{role}': the only person titled so in the corpus");
        return (null, holders.Select(h => h.Key).Order(StringComparer.Ordinal).ToList(),
            holders.Count == 0 ? $"role '{role}': nobody titled so in the corpus" : $"role '{role}': not settled by the corpus");
    }

    static string? EntityByName(string name, (string? Key, IReadOnlyList<string>, string)[] assigned, List<CorpusMention> list)
    {
        var strict = StrictKey(NameText.Tokens(name));
        for (var i = 0; i < list.Count; i++)
            if (assigned[i].Key == strict) return strict;
        return null;
    }

    sealed class Builder(string key, string kind)
    {
        readonly Dictionary<string, int> forms = new(StringComparer.Ordinal);
        int count;

        public void Add(string form)
        {
            count++;
            forms[form] = forms.GetValueOrDefault(form) + 1;
        }

        public ResolvedEntity Build(Dictionary<string, string[]> fullNames)
        {
            var gazetteer = EntityGazetteer.FindByKey(key);
            var aliases = forms.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key).ToList();
            string canonical;
            if (gazetteer is not null && (kind != EntityKinds.Person || !fullNames.ContainsKey(key))) canonical = gazetteer.Name;
            else if (kind == EntityKinds.Person)
                canonical = forms.Keys
                    .Where(f => !f.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
                    .OrderByDescending(f => NameText.Tokens(f).Length)
                    .ThenByDescending(f => forms[f])
                    .ThenBy(f => f, StringComparer.Ordinal)
                    .FirstOrDefault() ?? aliases[0];
            else canonical = aliases[0];
            return new ResolvedEntity(key, canonical, kind, aliases, count);
        }
    }
}

public sealed class EntityResolution
{
    readonly Dictionary<string, ResolvedEntity> byKey;
    readonly Dictionary<string, string?> byAlias; // folded alias -> key, null when the alias is ambiguous
    readonly Dictionary<string, HashSet<string>> surnameIndex;
    readonly Dictionary<string, string> canonicalOf;
    readonly Dictionary<string, string[]> fullNames;
    readonly Dictionary<string, List<string>> titles;

    internal EntityResolution(IReadOnlyList<ResolvedEntity> entities, IReadOnlyList<ResolvedMention> mentions,
        Dictionary<string, HashSet<string>> surnameIndex, Dictionary<string, string> canonicalOf,
        Dictionary<string, string[]> fullNames, Dictionary<string, List<string>> titles)
    {
        Entities = entities;
        Mentions = mentions;
        this.surnameIndex = surnameIndex;
        this.canonicalOf = canonicalOf;
        this.fullNames = fullNames;
        this.titles = titles;
        byKey = entities.ToDictionary(e => e.Key, StringComparer.Ordinal);
        byAlias = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var e in entities)
            foreach (var a in e.Aliases.Append(e.CanonicalName))
            {
                var f = NameText.Fold(a);
                byAlias[f] = byAlias.TryGetValue(f, out var existing) && existing != e.Key ? null : e.Key;
            }
    }

    public IReadOnlyList<ResolvedEntity> Entities { get; }
    public IReadOnlyList<ResolvedMention> Mentions { get; }

    public ResolvedEntity? Find(string key) => byKey.GetValueOrDefault(key);

    // Raw mention key -> the entity of its first resolved mention. Built on first use: a scan of every
    // mention per speaker made resolving a large corpus quadratic.
    Dictionary<string, string>? firstResolvedByRawKey;

    Dictionary<string, string> FirstResolvedByRawKey()
    {
        if (firstResolvedByRawKey is not null) return firstResolvedByRawKey;
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in Mentions)
            if (m.EntityKey is not null) first.TryAdd(m.Mention.Key, m.EntityKey);
        return firstResolvedByRawKey = first;
    }

    // Resolves a raw speaker span from ClaimAnalyzer ("Austin", "U.S.", "the Russian president") to an
    // entity of this corpus, or to a gazetteer entity the corpus never mentioned. Pronouns and
    // descriptions ("one of the commanders") return null.
    // The same speaker text recurs across a corpus ("Putin", "he", "the Russian president") and its answer
    // depends only on this resolution; some rules scan every title in the corpus, so answers are kept.
    readonly System.Collections.Concurrent.ConcurrentDictionary<string, ResolvedEntity?> speakerAnswers = new(StringComparer.Ordinal);

    public ResolvedEntity? ResolveSpeaker(string rawSpeaker) =>
        rawSpeaker is null ? null : speakerAnswers.GetOrAdd(rawSpeaker, ResolveSpeakerUncached);

    ResolvedEntity? ResolveSpeakerUncached(string rawSpeaker)
    {
        if (string.IsNullOrWhiteSpace(rawSpeaker)) return null;
        var s = rawSpeaker.Trim();
        if (s.EndsWith("’s", StringComparison.Ordinal) || s.EndsWith("'s", StringComparison.Ordinal)) s = s[..^2];
        var withoutThe = s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s[4..] : s;

        foreach (var candidate in new[] { s, withoutThe })
            if (byAlias.TryGetValue(NameText.Fold(candidate), out var key) && key is not null && byKey.TryGetValue(key, out var e))
                return e;

        var gazetteer = EntityGazetteer.FindByAlias(s) ?? EntityGazetteer.FindByAlias(withoutThe);
        if (gazetteer is not null && gazetteer.Kind != EntityKinds.Person)
            return byKey.GetValueOrDefault(gazetteer.Key) ?? new ResolvedEntity(gazetteer.Key, gazetteer.Name, gazetteer.Kind, [], 0);

        var tokens = NameText.Tokens(withoutThe);
        if (tokens.Length == 1 && char.IsUpper(withoutThe[0]))
        {
            if (surnameIndex.TryGetValue(tokens[0], out var owners))
                return owners.Count == 1 ? byKey.GetValueOrDefault(owners.First()) : null;
        }
        else if (tokens.Length >= 2 && char.IsUpper(withoutThe[0]))
        {
            var strict = EntityResolver.StrictKey(tokens);
            if (canonicalOf.TryGetValue(strict, out var target)) return byKey.GetValueOrDefault(target);
            var longer = fullNames.Where(o => o.Value.Length > tokens.Length && o.Value.AsSpan(o.Value.Length - tokens.Length).SequenceEqual(tokens))
                .Select(o => canonicalOf[o.Key]).Distinct().ToList();
            if (longer.Count == 1) return byKey.GetValueOrDefault(longer[0]);
        }

        if (gazetteer is { Kind: EntityKinds.Person })
            return byKey.GetValueOrDefault(EntityResolver.StrictKey(NameText.Tokens(gazetteer.Name)))
                   ?? new ResolvedEntity(gazetteer.Key, gazetteer.Name, gazetteer.Kind, [], 0);

        // "the Russian president": the same role rule as for mentions.
        var roleKey = "role:" + NameText.Slug(EntityResolver.NormalizeRole(withoutThe));
        if (FirstResolvedByRawKey().TryGetValue(roleKey, out var roleEntity)) return byKey.GetValueOrDefault(roleEntity);
        if (EntityGazetteer.RoleHolders.TryGetValue(EntityResolver.NormalizeRole(withoutThe), out var holder))
        {
            var holderKey = EntityResolver.StrictKey(NameText.Tokens(holder));
            var others = titles.Where(kv => kv.Key != holderKey && kv.Value.Any(t => (" " + t + " ").Contains(" " + EntityResolver.NormalizeRole(withoutThe) + " ", StringComparison.Ordinal)));
            if (!others.Any()) return byKey.GetValueOrDefault(holderKey);
        }
        return null;
    }
}
