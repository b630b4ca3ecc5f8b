namespace ArticleReader.CrossReferences;

// Two claims taken to say the same thing, and why: a reader's "restates" link or a similarity score.
public sealed record ClusterEdge(long A, long B, string Via);

// Claims restating each other, in the spirit of ClaimReview's appearance / firstAppearance: members in the
// order they were first said, with the evidence that joined each.
public static class ClaimClusters
{
    // Connected components of the edges (union-find), each with at least two claims, members ascending.
    public static IReadOnlyList<IReadOnlyList<long>> Components(IEnumerable<ClusterEdge> edges)
    {
        var parent = new Dictionary<long, long>();
        long Root(long x)
        {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }
        foreach (var e in edges)
        {
            if (e.A == e.B) continue;
            parent.TryAdd(e.A, e.A);
            parent.TryAdd(e.B, e.B);
            var (a, b) = (Root(e.A), Root(e.B));
            if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
        }
        return parent.Keys.GroupBy(Root).Select(g => (IReadOnlyList<long>)g.Order().ToList())
            .Where(g => g.Count > 1).OrderBy(g => g[0]).ToList();
    }

    // First said = earliest publication date (ISO text at any precision sorts by time; "2024-10" before
    // "2024-10-05"), unknown dates last, then the lower claim id.
    public static IReadOnlyList<T> InOrderOfAppearance<T>(IEnumerable<T> members, Func<T, string?> published, Func<T, long> claimId) =>
        members.OrderBy(m => string.IsNullOrEmpty(published(m)))
            .ThenBy(m => published(m), StringComparer.Ordinal)
            .ThenBy(claimId).ToList();
}
