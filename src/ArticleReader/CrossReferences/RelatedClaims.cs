namespace ArticleReader.CrossReferences;

public sealed record ClaimQuantity(double Value, string? Unit, string Text, bool Approximate);

public sealed record ClaimEntityRef(long EntityId, string Name);

// One claim as the related-claims index sees it. AuthorId is the article's author; null when unknown.
public sealed record ClaimDocument(long ClaimId, long ArticleId, long? AuthorId, string Text,
    IReadOnlyList<ClaimEntityRef> Entities, IReadOnlyList<ClaimQuantity> Quantities);

// Why two claims are related: the words (as the asking claim writes them), entities and quantities they share,
// each list best first.
public sealed record RelatedReasons(IReadOnlyList<string> Words, IReadOnlyList<string> Entities, IReadOnlyList<string> Quantities);

// Score = WordScore + EntityScore + QuantityScore, at most 1: the parts of one TF-IDF similarity over words,
// phrases and entities, plus a bonus for shared quantities, all scaled by how much evidence the pair shares.
// Cosine is the plain cosine of the two claims' vectors (1 for the same words), which decides clusters.
public sealed record RelatedMatch(long ClaimId, double Score, double WordScore, double EntityScore, double QuantityScore,
    int SharedFeatures, double Cosine, RelatedReasons Reasons);

public enum FeatureKind { Word, Phrase, Entity }

// Reasons = false leaves RelatedMatch.Reasons empty, for callers that only need scores (clusters scan every claim).
public sealed record RelatedQuery(int K = 5, bool IncludeSameAuthor = false, double MinScore = RelatedScoring.MinScore,
    IReadOnlySet<long>? Excluded = null, bool Reasons = true);

// The weights, as data, chosen on the seeds (docs/cross-references.md): two long sentences sharing one rare
// place score about 0.1, the best match of a claim on the seeds scores 0.08-0.33 (median 0.14), and a copied
// sentence of average length scores 1.
public static class RelatedScoring
{
    // An entity counts as a feature beside the words of its name: "the Russian president" and "Putin" meet
    // only through it, and a rare shared place ("Pokrovsk") counts as word and as entity.
    public const double EntityWeight = 1.0;

    // Pivoted length normalisation (Singhal, Buckley and Mitra 1996): plain cosine divides by the whole vector
    // length and so favours short claims; this divides by a mix of the claim's length and the corpus average, so a
    // long claim sharing a rare phrase is not buried under short ones sharing a country name. At slope 1 it is cosine.
    public const double PivotSlope = 0.3;

    public static double PivotedNorm(double norm, double averageNorm) => (1 - PivotSlope) * averageNorm + PivotSlope * norm;

    // A phrase ("peace plan") counts beside its two words.
    public const double PhraseWeight = 1.0;

    public static double Weight(FeatureKind kind) => kind switch
    {
        FeatureKind.Entity => EntityWeight,
        FeatureKind.Phrase => PhraseWeight,
        _ => 1.0,
    };

    // One shared word is weak evidence however rare it is ("repeated" in two short sentences): the score is
    // scaled by the share of FullEvidence features (words, phrases, entities, quantities) the pair has in common.
    public const int FullEvidence = 3;

    public static double Evidence(int sharedFeatures) => Math.Min(1.0, (double)sharedFeatures / FullEvidence);

    // Per shared quantity (same unit, value within tolerance), at most MaxQuantityBonus in all.
    public const double QuantityBonus = 0.1;
    public const double MaxQuantityBonus = 0.2;

    // Exact figures must agree within 2% ("650,000" and "650,500"); approximate ones ("about 1,000") within 10%.
    public const double ExactTolerance = 0.02;
    public const double ApproximateTolerance = 0.10;

    // Below this, what two claims share is one common word: not shown as related.
    public const double MinScore = 0.08;

    // Claims by other authors are taken to restate each other, and joined in a cluster without a reader's link,
    // only when their plain cosine similarity (length-normalised, so 1 for the same sentence whatever its length)
    // is at least ClusterCosine and they share at least ClusterMinShared words, phrases, entities or quantities.
    // Strict on purpose: on the seeds no two pieces have such a pair; "We have to win this war." and "He will use
    // any other means to win the war." (cosine above 0.6, two shared words) are related, not one claim.
    public const double ClusterCosine = 0.6;
    public const int ClusterMinShared = 4;

    public static bool Restates(RelatedMatch m) => m.Cosine >= ClusterCosine && m.SharedFeatures >= ClusterMinShared;

    // Claims of one article are always by one author; an unknown author is taken to differ from every other
    // article's author, known or not, since nothing says they are the same person.
    public static bool SameAuthor(ClaimDocument a, ClaimDocument b) =>
        a.ArticleId == b.ArticleId || (a.AuthorId is { } x && b.AuthorId is { } y && x == y);

    public static bool SameQuantity(ClaimQuantity a, ClaimQuantity b)
    {
        if (a.Unit is null || b.Unit is null || UnitKey(a.Unit) != UnitKey(b.Unit)) return false;
        if (a.Value == b.Value) return true;
        var tolerance = a.Approximate || b.Approximate ? ApproximateTolerance : ExactTolerance;
        return Math.Abs(a.Value - b.Value) <= tolerance * Math.Max(Math.Abs(a.Value), Math.Abs(b.Value));
    }

    // "casualties" and "casualty", "Troops" and "troops" are one unit.
    public static string UnitKey(string unit) => PorterStemmer.Stem(unit.Trim().ToLowerInvariant());

    // BM25's idf: rare features weigh most, and a feature in every claim still weighs a little.
    public static double Idf(int documentFrequency, int documents) =>
        Math.Log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

// An in-memory index over a corpus of claims, answering "which claims are most like this one" from the
// postings of the asking claim's features alone. Immutable once built, so one index serves concurrent requests.
public sealed class RelatedClaimsIndex
{
    private sealed class Doc
    {
        public required ClaimDocument Claim;
        public required int[] Features;    // ascending feature ids
        public required double[] Weights;  // TF-IDF vector divided by its pivoted length
        public required double CosineScale; // pivoted length / plain length: turns a product of Weights into a cosine
        public required string[] Labels;   // the surface word or entity name of each feature
        public required (ClaimQuantity Quantity, string Unit)[] Quantities;
    }

    private readonly Doc[] _docs;
    private readonly Dictionary<long, int> _byClaim;
    private readonly FeatureKind[] _kinds;
    private readonly (int Doc, double Weight)[][] _postings;
    private readonly Dictionary<string, int[]> _byUnit;

    public int Count => _docs.Length;
    public int FeatureCount => _postings.Length;

    private RelatedClaimsIndex(Doc[] docs, FeatureKind[] kinds, (int, double)[][] postings, Dictionary<string, int[]> byUnit)
    {
        _docs = docs;
        _kinds = kinds;
        _postings = postings;
        _byUnit = byUnit;
        _byClaim = new Dictionary<long, int>(docs.Length);
        for (var i = 0; i < docs.Length; i++) _byClaim[docs[i].Claim.ClaimId] = i;
    }

    public bool Contains(long claimId) => _byClaim.ContainsKey(claimId);

    public ClaimDocument? Find(long claimId) => _byClaim.TryGetValue(claimId, out var i) ? _docs[i].Claim : null;

    public static RelatedClaimsIndex Build(IReadOnlyList<ClaimDocument> claims)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var kinds = new List<FeatureKind>();
        int Feature(string key, FeatureKind kind)
        {
            if (ids.TryGetValue(key, out var id)) return id;
            ids[key] = id = ids.Count;
            kinds.Add(kind);
            return id;
        }

        var raw = new List<(Dictionary<int, int> Counts, Dictionary<int, string> Labels)>(claims.Count);
        var df = new List<int>();
        foreach (var claim in claims)
        {
            var counts = new Dictionary<int, int>();
            var labels = new Dictionary<int, string>();
            var words = ContentWords.Of(claim.Text);
            foreach (var w in words.Concat(ContentWords.Phrases(claim.Text, words)))
            {
                // A phrase's key holds a space, an entity's a control character: neither can collide with a stem.
                var f = Feature(w.Stem, w.Stem.Contains(' ') ? FeatureKind.Phrase : FeatureKind.Word);
                counts[f] = counts.GetValueOrDefault(f) + 1;
                labels.TryAdd(f, w.Text);
            }
            foreach (var e in claim.Entities)
            {
                var f = Feature("\u0001" + e.EntityId, FeatureKind.Entity);
                counts[f] = 1;
                labels.TryAdd(f, e.Name);
            }
            while (df.Count < ids.Count) df.Add(0);
            foreach (var f in counts.Keys) df[f]++;
            raw.Add((counts, labels));
        }

        var n = claims.Count;
        var docs = new Doc[n];
        var postings = new List<(int, double)>[ids.Count];
        for (var f = 0; f < postings.Length; f++) postings[f] = [];
        var byUnit = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var vectors = raw.Select(r =>
        {
            var features = r.Counts.Keys.Order().ToArray();
            return (Features: features, Weights: features.Select(f => (1 + Math.Log(r.Counts[f])) * RelatedScoring.Idf(df[f], n) * RelatedScoring.Weight(kinds[f])).ToArray());
        }).ToList();
        var norms = vectors.Select(v => Math.Sqrt(v.Weights.Sum(w => w * w))).ToList();
        var averageNorm = norms.Where(x => x > 0).DefaultIfEmpty(1).Average();
        for (var d = 0; d < n; d++)
        {
            var labels = raw[d].Labels;
            var (features, weights) = vectors[d];
            var pivoted = RelatedScoring.PivotedNorm(norms[d], averageNorm);
            if (pivoted > 0) for (var i = 0; i < weights.Length; i++) weights[i] /= pivoted;
            for (var i = 0; i < features.Length; i++) postings[features[i]].Add((d, weights[i]));
            var quantities = claims[d].Quantities.Where(q => q.Unit is not null)
                .Select(q => (q, RelatedScoring.UnitKey(q.Unit!))).ToArray();
            foreach (var unit in quantities.Select(q => q.Item2).Distinct())
                (byUnit.TryGetValue(unit, out var list) ? list : byUnit[unit] = []).Add(d);
            docs[d] = new Doc
            {
                Claim = claims[d], Features = features, Weights = weights, CosineScale = norms[d] > 0 ? pivoted / norms[d] : 0,
                Labels = features.Select(f => labels[f]).ToArray(), Quantities = quantities,
            };
        }
        return new RelatedClaimsIndex(docs, kinds.ToArray(), postings.Select(p => p.ToArray()).ToArray(),
            byUnit.ToDictionary(x => x.Key, x => x.Value.ToArray(), StringComparer.Ordinal));
    }

    // The K best claims for one claim, best first (ties by claim id). Empty for a claim not in the index.
    public IReadOnlyList<RelatedMatch> Related(long claimId, RelatedQuery query)
    {
        if (!_byClaim.TryGetValue(claimId, out var qi) || query.K <= 0) return [];
        var q = _docs[qi];
        var found = new Dictionary<int, (double Cosine, int Shared)>();
        for (var i = 0; i < q.Features.Length; i++)
        {
            var wq = q.Weights[i];
            foreach (var (d, wd) in _postings[q.Features[i]])
            {
                var (cosine, shared) = found.GetValueOrDefault(d);
                found[d] = (cosine + wq * wd, shared + 1);
            }
        }
        foreach (var (_, unit) in q.Quantities)
            if (_byUnit.TryGetValue(unit, out var sharing))
                foreach (var d in sharing) found.TryAdd(d, (0, 0));

        var ranked = new List<(int Doc, double Score, double Evidence, double Quantity, int Shared)>();
        foreach (var (d, (cosine, shared)) in found)
        {
            if (d == qi) continue;
            var other = _docs[d];
            if (!query.IncludeSameAuthor && RelatedScoring.SameAuthor(q.Claim, other.Claim)) continue;
            if (query.Excluded is { } excluded && excluded.Contains(other.Claim.ClaimId)) continue;
            var quantities = SharedQuantities(q, other).Count;
            var evidence = RelatedScoring.Evidence(shared + quantities);
            var quantity = Math.Min(RelatedScoring.MaxQuantityBonus, quantities * RelatedScoring.QuantityBonus);
            var score = (cosine + quantity) * evidence;
            if (score >= query.MinScore) ranked.Add((d, score, evidence, quantity, shared + quantities));
        }
        return ranked.OrderByDescending(r => r.Score).ThenBy(r => _docs[r.Doc].Claim.ClaimId).Take(query.K)
            .Select(r => Explain(q, _docs[r.Doc], r.Score, r.Evidence, r.Quantity, r.Shared, query.Reasons)).ToList();
    }

    private static readonly RelatedReasons NoReasons = new([], [], []);

    private RelatedMatch Explain(Doc q, Doc d, double score, double evidence, double quantity, int shared, bool withReasons)
    {
        var words = new List<(string Text, double Weight, bool Phrase)>();
        var entities = new List<(string Text, double Weight)>();
        double wordScore = 0, entityScore = 0, dot = 0;
        for (int i = 0, j = 0; i < q.Features.Length && j < d.Features.Length;)
        {
            if (q.Features[i] < d.Features[j]) { i++; continue; }
            if (q.Features[i] > d.Features[j]) { j++; continue; }
            dot += q.Weights[i] * d.Weights[j];
            var part = q.Weights[i] * d.Weights[j] * evidence;
            var kind = _kinds[q.Features[i]];
            if (kind == FeatureKind.Entity) { entityScore += part; entities.Add((q.Labels[i], part)); }
            else { wordScore += part; words.Add((q.Labels[i], part, kind == FeatureKind.Phrase)); }
            i++; j++;
        }
        var cap = score > 1 ? 1 / score : 1; // a long sentence copied whole scores above 1; ranking used the uncapped score
        var cosine = dot * q.CosineScale * d.CosineScale;
        if (!withReasons)
            return new RelatedMatch(d.Claim.ClaimId, score * cap, wordScore * cap, entityScore * cap, quantity * evidence * cap, shared, cosine, NoReasons);
        // A word already shown in a shared phrase ("peace" of "peace plan") or entity ("Putin" of "Vladimir Putin") is not repeated.
        var covered = entities.Select(e => e.Text).Concat(words.Where(w => w.Phrase).Select(w => w.Text))
            .SelectMany(ContentWords.Of).Select(w => w.Text.ToLowerInvariant()).ToHashSet();
        var reasons = new RelatedReasons(
            words.Where(w => w.Phrase || !covered.Contains(w.Text.ToLowerInvariant())).OrderByDescending(w => w.Weight).Select(w => w.Text)
                .Distinct(StringComparer.OrdinalIgnoreCase).Take(8).ToList(),
            entities.OrderByDescending(e => e.Weight).Select(e => e.Text).ToList(),
            SharedQuantities(q, d).Select(p => p.Mine.Text == p.Theirs.Text ? p.Mine.Text : $"{p.Mine.Text} ≈ {p.Theirs.Text}").ToList());
        return new RelatedMatch(d.Claim.ClaimId, score * cap, wordScore * cap, entityScore * cap, quantity * evidence * cap, shared, cosine, reasons);
    }

    // Each of the asking claim's quantities pairs with at most one of the other's.
    private static List<(ClaimQuantity Mine, ClaimQuantity Theirs)> SharedQuantities(Doc q, Doc d)
    {
        var pairs = new List<(ClaimQuantity, ClaimQuantity)>();
        if (q.Quantities.Length == 0 || d.Quantities.Length == 0) return pairs;
        var used = new bool[d.Quantities.Length];
        foreach (var (mine, _) in q.Quantities)
            for (var j = 0; j < d.Quantities.Length; j++)
                if (!used[j] && RelatedScoring.SameQuantity(mine, d.Quantities[j].Quantity))
                {
                    used[j] = true;
                    pairs.Add((mine, d.Quantities[j].Quantity));
                    break;
                }
        return pairs;
    }
}
