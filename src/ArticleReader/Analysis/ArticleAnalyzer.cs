using ArticleReader.Claims;
using ArticleReader.Claims.CheckWorthiness;
using ArticleReader.Model;

namespace ArticleReader.Analysis;

public sealed record SentenceAnalysis(SentenceUnit Unit, int Ordinal, double Score, bool IsClaim, ClaimAnalysis Claim, IReadOnlyList<string> Cues);

public sealed record MentionUnit(int BlockOrdinal, EntityMention Mention);

public sealed record ArticleAnalysis(IReadOnlyList<SentenceAnalysis> Sentences, IReadOnlyList<MentionUnit> Mentions)
{
    public static readonly ArticleAnalysis Empty = new([], []);
    public int ClaimCount => Sentences.Count(s => s.IsClaim);
}

// Sentences, claims and entity mentions of one parsed article. Pure: no storage, no logging.
public static class ArticleAnalyzer
{
    // Below this many sentences and blocks an article is analysed on the calling thread: starting workers costs more.
    public const int ParallelFrom = 16;

    public static ArticleAnalysis Analyze(ParsedArticle article, CheckWorthinessModel? model = null)
    {
        model ??= CheckWorthinessModel.Default;
        var authorContext = ClaimContext.FromPublished(article.Author, article.Published);
        var units = SentenceUnits.Of(article.Blocks).ToList();
        var sentences = new SentenceAnalysis[units.Count];
        var blockMentions = new IReadOnlyList<EntityMention>?[article.Blocks.Count];

        // Each sentence and each block is read on its own, so a long article's are shared among the cores;
        // results go to their own slots, in order, so the outcome does not depend on the scheduling.
        RunAll(units.Count + article.Blocks.Count, i =>
        {
            if (i < units.Count) sentences[i] = AnalyzeSentence(article, units[i], i, authorContext, model);
            else
            {
                var ordinal = i - units.Count;
                var block = article.Blocks[ordinal];
                // Related links and captions name people too (the linked writer, the photographed).
                if (SentenceUnits.Carries(block.Kind) || block.Kind is BlockKinds.Caption or BlockKinds.RelatedLink) blockMentions[ordinal] = EntityExtractor.Extract(block.Text);
            }
        });

        var mentions = new List<MentionUnit>();
        for (var ordinal = 0; ordinal < blockMentions.Length; ordinal++)
            foreach (var mention in blockMentions[ordinal] ?? []) mentions.Add(new MentionUnit(ordinal, mention));
        return new ArticleAnalysis(ResolvePronounSpeakers([.. sentences], mentions), mentions);
    }

    private static SentenceAnalysis AnalyzeSentence(ParsedArticle article, SentenceUnit unit, int ordinal, ClaimContext authorContext, CheckWorthinessModel model)
    {
        // An excerpt's sentences are its own writer's, not the host article's author's.
        var context = unit.BlockKind == BlockKinds.Excerpt && article.Blocks[unit.BlockOrdinal].Meta.GetValueOrDefault("author") is { } writer
            ? authorContext with { ArticleAuthor = writer }
            : authorContext;
        var score = model.Score(unit.Text);
        var claim = ClaimAnalyzer.Analyze(unit.Text, context);
        var cues = new List<string>(claim.Cues.Count + 8);
        cues.AddRange(ClaimFeatures.Cues(unit.Text).Where(c => c.Contains(':')).Select(c => "model cue " + c));
        cues.AddRange(claim.Cues);
        (var isClaim, claim) = ClaimDecision.Decide(score, model.Threshold, claim, cues);
        return new SentenceAnalysis(unit, ordinal, score, isClaim, claim, cues);
    }

    private static void RunAll(int count, Action<int> body)
    {
        if (count < ParallelFrom || Environment.ProcessorCount == 1)
        {
            for (var i = 0; i < count; i++) body(i);
            return;
        }
        try { Parallel.For(0, count, body); }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]); // as if run on this thread
        }
    }

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she" };

    // "he said" names nobody: take the last person named before the sentence in the article, the way a reader would.
    private static List<SentenceAnalysis> ResolvePronounSpeakers(List<SentenceAnalysis> sentences, List<MentionUnit> mentions)
    {
        var people = new LastPersonBefore(mentions.Where(m => m.Mention.Kind == EntityKinds.Person && !m.Mention.Key.StartsWith("role:", StringComparison.Ordinal)).ToList());
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (s.Claim.Speaker is not { } speaker || !Pronouns.Contains(speaker)) continue;
            var antecedent = people.Find(s.Unit.BlockOrdinal, s.Unit.Start + (s.Claim.SpeakerSpan?.Start ?? 0));
            if (antecedent is null) continue;
            sentences[i] = s with
            {
                Claim = s.Claim with { Speaker = antecedent.Mention.Text, SpeakerSpan = null },
                Cues = [.. s.Cues, $"speaker: '{speaker}' taken as {antecedent.Mention.Text}, the last person named before it"],
            };
        }
        return sentences;
    }
}

// The last person mentioned (in mention order) before a point of the article: in an earlier block, or in
// the same block ending at or before the offset. Indexed once, so an article of many "he said" sentences
// and many names costs n log n rather than sentences × mentions.
internal sealed class LastPersonBefore
{
    private readonly IReadOnlyList<MentionUnit> _people;
    private readonly Dictionary<int, (int[] Ends, int[] LatestIndex)> _byBlock = [];
    private readonly int[] _blocks;          // block ordinals holding a person mention, ascending
    private readonly int[] _latestThrough;   // the highest mention index in _blocks[0..k]

    public LastPersonBefore(IReadOnlyList<MentionUnit> people)
    {
        _people = people;
        foreach (var group in people.Select((m, index) => (m, index)).GroupBy(x => x.m.BlockOrdinal))
        {
            // Sorted by end; LatestIndex[k] is the highest mention index among the k+1 earliest ends.
            var sorted = group.OrderBy(x => x.m.Mention.End).ToArray();
            var latest = new int[sorted.Length];
            for (var k = 0; k < sorted.Length; k++) latest[k] = Math.Max(sorted[k].index, k > 0 ? latest[k - 1] : -1);
            _byBlock[group.Key] = (sorted.Select(x => x.m.Mention.End).ToArray(), latest);
        }
        _blocks = [.. _byBlock.Keys.Order()];
        _latestThrough = new int[_blocks.Length];
        for (var k = 0; k < _blocks.Length; k++)
            _latestThrough[k] = Math.Max(_byBlock[_blocks[k]].LatestIndex[^1], k > 0 ? _latestThrough[k - 1] : -1);
    }

    public MentionUnit? Find(int blockOrdinal, int offset)
    {
        var earlierBlocks = CountAtMost(_blocks, blockOrdinal - 1);
        var best = earlierBlocks > 0 ? _latestThrough[earlierBlocks - 1] : -1;
        if (_byBlock.TryGetValue(blockOrdinal, out var same) && CountAtMost(same.Ends, offset) is var count and > 0)
            best = Math.Max(best, same.LatestIndex[count - 1]);
        return best < 0 ? null : _people[best];
    }

    private static int CountAtMost(int[] sorted, int limit)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (sorted[mid] <= limit) low = mid + 1; else high = mid;
        }
        return low;
    }
}
