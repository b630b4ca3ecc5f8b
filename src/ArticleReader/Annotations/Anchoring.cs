namespace ArticleReader.Annotations;

// W3C Web Annotation selectors over the article text (shown blocks joined by "\n\n").
public sealed record TextQuoteSelector(string Exact, string Prefix, string Suffix);

public readonly record struct TextPositionSelector(int Start, int End);

public enum AnchorState { Anchored, Moved, Changed, Orphaned }

// Which step found the target: the stored offsets still hold the quote, the quote was found elsewhere
// (chosen by its context), or an approximate match of the quote was accepted.
public enum AnchorMethod { Position, Quote, Fuzzy, None }

// Start/End are raw offsets into the new text (end exclusive) and CurrentText == newText[Start..End];
// all three are null when Orphaned. CurrentText differs from the stored Exact only in typography for
// Anchored/Moved, and in wording for Changed. QuoteSimilarity and ContextAgreement are the evidence
// (0..1) behind Score; for an orphan they describe the best candidate that was rejected (0 if none).
public sealed record AnchorResult(
    AnchorState State, int? Start, int? End, double Score, AnchorMethod Method, string? CurrentText,
    double QuoteSimilarity, double ContextAgreement)
{
    internal static AnchorResult Orphan(Candidate? bestRejected) =>
        new(AnchorState.Orphaned, null, null, bestRejected?.Score ?? 0, AnchorMethod.None, null,
            bestRejected?.QuoteSimilarity ?? 0, bestRejected?.Context ?? 0);
}

internal sealed record Candidate(int RawStart, int RawEnd, double QuoteSimilarity, double Context, double Score, int Distance);

// Re-attaches an annotation to a new version of its article, in the order: the stored position still
// holding the quote, the quote found elsewhere and chosen by its context, an approximate match that
// reaches a minimum similarity. Anything weaker is an orphan: unlike Hypothesis, which attaches its best
// candidate whatever the score, a target is never silently moved onto other words.
// Comparisons ignore typography (see TypographicText): straightened quotes or doubled spaces leave a
// highlight Anchored (same offsets) or Moved (other offsets), never Changed. Case is not ignored.
public static class Anchoring
{
    public const int DefaultContextLength = 32;

    // Quotes shorter than this ("Putin", "the war") occur all over an article: they are only
    // re-attached by exact match with agreeing context, never approximately.
    public const int ShortQuoteLength = 10;

    // A quote at least as long as its stored context is itself strong evidence: a single exact
    // occurrence is accepted even when both neighbours were rewritten (e.g. paragraphs reordered).
    public const int DistinctiveQuoteLength = 32;

    // The stored offsets are trusted at once only when the quote is there and its context too.
    public const double ContextKeptAtPosition = 0.9;

    // Context agreement needed for a single exact occurrence, by quote length.
    public const double MinContextShortQuote = 0.8;
    public const double MinContextMediumQuote = 0.5;

    // When the quote occurs several times the chosen occurrence must clearly be the old one.
    public const double MinContextRepeatedQuote = 0.6;

    // Occurrences whose context agreement is this close to the best are a tie: closeness to the old
    // offsets decides among them.
    public const double ContextTieMargin = 0.05;

    // An approximate match needs this character-level similarity to the stored quote, at least this
    // share of the quote's words unchanged (so "The Atlantic" does not become "theatlantic" in a URL),
    // and context agreement: a passage that was both edited and moved away from its surroundings is
    // indistinguishable from a near-duplicate elsewhere, so it is orphaned rather than guessed.
    public const double MinFuzzySimilarity = 0.75;
    public const double MinFuzzyWordOverlap = 0.5;
    public const double MinFuzzyContext = 0.5;

    // Weight of a side whose stored context is empty (the quote touched the start or end of the text).
    const int EmptyContextWeight = 4;

    // Fuzzy candidate generation: pieces of context used to locate the quote, and caps that keep the
    // search proportional to the evidence rather than to the article length.
    const int ContextPieceLength = 16;
    const int MinContextPieceLength = 8;
    const int MaxPieceOccurrences = 8;
    const int MinRareWordLength = 4;
    const int RareWordsUsed = 4;
    const int RareWordsCounted = 24;
    const int MaxFuzzyWindows = 8;

    // Approximate match edges: how many extra edits an edge may cost to land where the stored context
    // resumes (a replaced edge word costs at most its growth in length), and how much of that context
    // must resume exactly.
    const int EdgeTolerance = 6;
    const int EdgeContextLength = 8;

    public static TextQuoteSelector Describe(string text, int start, int end, int context = DefaultContextLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (start < 0 || end < start || end > text.Length)
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {end}) is not a range of a text of length {text.Length}");
        var prefixStart = Math.Max(0, start - context);
        if (prefixStart > 0 && prefixStart < start && char.IsLowSurrogate(text[prefixStart])) prefixStart++;
        var suffixEnd = Math.Min(text.Length, end + context);
        if (suffixEnd > end && suffixEnd < text.Length && char.IsHighSurrogate(text[suffixEnd - 1])) suffixEnd--;
        return new TextQuoteSelector(text[start..end], text[prefixStart..start], text[end..suffixEnd]);
    }

    public static AnchorResult Reanchor(string newText, TextQuoteSelector quote, TextPositionSelector position)
    {
        ArgumentNullException.ThrowIfNull(newText);
        return Reanchor(newText, TypographicText.Of(newText), quote, position);
    }

    // All annotations of one article against its new text, normalising the text once.
    public static IReadOnlyList<AnchorResult> ReanchorAll(string newText, IEnumerable<(TextQuoteSelector Quote, TextPositionSelector Position)> targets)
    {
        ArgumentNullException.ThrowIfNull(newText);
        ArgumentNullException.ThrowIfNull(targets);
        var typography = TypographicText.Of(newText);
        return targets.Select(t => Reanchor(newText, typography, t.Quote, t.Position)).ToList();
    }

    static AnchorResult Reanchor(string newText, TypographicText typography, TextQuoteSelector quote, TextPositionSelector position)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var search = new Search(newText, typography, quote, position);
        if (search.Exact.Trim().Length == 0) return AnchorResult.Orphan(null);

        if (AtStoredPosition(search) is { } kept) return kept;
        var (byQuote, weaklySupported, rejectedQuote) = ByQuote(search);
        if (byQuote is not null) return byQuote;
        var (fuzzy, rejectedFuzzy) = search.FoldedExact.Length >= ShortQuoteLength ? ByFuzzyMatch(search) : (null, null);
        if (fuzzy is not null) return fuzzy;
        if (weaklySupported is not null) return weaklySupported;
        return AnchorResult.Orphan(new[] { rejectedQuote, rejectedFuzzy }.OfType<Candidate>().MaxBy(c => c.Score));
    }

    static AnchorResult? AtStoredPosition(Search search)
    {
        if (!search.RawExactAtPosition) return null;
        var (start, end) = (search.Text.FromRaw(search.Old.Start), search.Text.FromRaw(search.Old.End - 1) + 1);
        var context = ContextAgreement(search, start, end);
        if (context < ContextKeptAtPosition) return null;
        return Result(AnchorState.Anchored, AnchorMethod.Position, search,
            new Candidate(search.Old.Start, search.Old.End, 1, context, search.Combine(1, context), 0));
    }

    // Result: an occurrence whose context agrees. WeaklySupported: the single occurrence of a distinctive
    // quote whose surroundings were rewritten; it is used only if no approximate match has agreeing
    // context (the highlighted copy may have been edited while an identical copy survives elsewhere).
    static (AnchorResult? Result, AnchorResult? WeaklySupported, Candidate? Rejected) ByQuote(Search search)
    {
        var text = search.Text;
        var occurrences = new List<Candidate>();
        for (var at = text.Text.IndexOf(search.Exact, StringComparison.Ordinal); at >= 0;
             at = at + 1 < text.Length ? text.Text.IndexOf(search.Exact, at + 1, StringComparison.Ordinal) : -1)
        {
            var end = at + search.Exact.Length;
            var context = ContextAgreement(search, at, end);
            var (rawStart, rawEnd) = search.RawSpanOfOccurrence(at, end);
            occurrences.Add(new Candidate(rawStart, rawEnd, 1, context, search.Combine(1, context), Math.Abs(rawStart - search.Old.Start)));
        }
        if (occurrences.Count == 0) return (null, null, null);

        var best = ChooseByContextThenCloseness(occurrences);
        var length = search.Exact.Length;
        var required = Math.Max(
            length < ShortQuoteLength ? MinContextShortQuote : length < DistinctiveQuoteLength ? MinContextMediumQuote : 0,
            occurrences.Count > 1 ? MinContextRepeatedQuote : 0);
        if (best.Context < required) return (null, null, best);

        var unmoved = best.RawStart == search.Old.Start && best.RawEnd == search.Old.End;
        var result = Result(unmoved ? AnchorState.Anchored : AnchorState.Moved, unmoved ? AnchorMethod.Position : AnchorMethod.Quote, search, best);
        return best.Context >= MinContextMediumQuote ? (result, null, null) : (null, result, null);
    }

    static Candidate ChooseByContextThenCloseness(IReadOnlyList<Candidate> candidates)
    {
        var top = candidates.Max(c => c.Context);
        return candidates.Where(c => c.Context >= top - ContextTieMargin)
            .OrderBy(c => c.Distance).ThenByDescending(c => c.Context).First();
    }

    static (AnchorResult? Result, Candidate? Rejected) ByFuzzyMatch(Search search)
    {
        var quote = search.FoldedExact;
        var text = search.Text;
        var slack = Math.Max(16, quote.Length / 4);
        var accepted = new List<Candidate>();
        Candidate? bestRejected = null;
        var seen = new HashSet<(int, int)>();

        foreach (var (windowStart, windowEnd, expectedStart) in CandidateWindows(search, slack))
        {
            var (start, end, distance) = Align(search, windowStart, windowEnd, expectedStart, slack);
            if (end <= start || !seen.Add((start, end))) continue;
            if (text.Text.AsSpan(start, end - start).SequenceEqual(search.Exact)) continue; // judged by ByQuote

            var found = text.Folded.AsSpan(start, end - start);
            var similarity = 1 - distance / (double)Math.Max(quote.Length, found.Length);
            var context = ContextAgreement(search, start, end);
            var (rawStart, rawEnd) = text.ToRaw(start, end);
            var candidate = new Candidate(rawStart, rawEnd, similarity, context, search.Combine(similarity, context), Math.Abs(rawStart - search.Old.Start));
            if (similarity >= MinFuzzySimilarity && context >= MinFuzzyContext && WordOverlap(quote, found) >= MinFuzzyWordOverlap)
                accepted.Add(candidate);
            else if (bestRejected is null || candidate.Score > bestRejected.Score) bestRejected = candidate;
        }
        if (accepted.Count == 0) return (null, bestRejected);

        var top = accepted.Max(c => c.Score);
        var best = accepted.Where(c => c.Score >= top - ContextTieMargin).OrderBy(c => c.Distance).First();
        return (Result(AnchorState.Changed, AnchorMethod.Fuzzy, search, best), null);
    }

    // The stretch of the window the quote aligns to best, with its edit distance. A character alignment
    // is ambiguous at its edges when an edge word was replaced: "If this was" aligns more cheaply to
    // "was" than to "If replaced was", and "give up." to "repl" inside "replaced up.". So each edge is
    // re-chosen among word boundaries (unless the stored quote itself started or ended inside a word),
    // within EdgeTolerance edits of the cheapest, preferring the edge where the stored context resumes
    // exactly, then fewer edits, then the longer stretch: the UI shows whole new words, not fragments.
    static (int Start, int End, int Distance) Align(Search search, int windowStart, int windowEnd, int expectedStart, int slack)
    {
        var folded = search.Text.Folded;
        var quote = search.FoldedExact;
        var prefix = search.FoldedPrefix;
        var suffix = search.FoldedSuffix;
        var (_, endInWindow) = EditDistance.BestEnd(quote, folded.AsSpan(windowStart, windowEnd - windowStart), expectedStart + quote.Length - windowStart);
        var roughEnd = windowStart + endInWindow;

        var startsInsideWord = IsWordChar(quote[0]) && prefix.Length > 0 && IsWordChar(prefix[^1]);
        var fromEnd = EditDistance.AnchoredDistances(quote, folded.AsSpan(windowStart, roughEnd - windowStart), anchorAtEnd: true);
        var (start, _) = ChooseEdge(fromEnd, length => roughEnd - length,
            at => startsInsideWord || IsWordBoundary(folded, at), at => PrefixResumesAt(prefix, folded, at));

        var endsInsideWord = IsWordChar(quote[^1]) && suffix.Length > 0 && IsWordChar(suffix[0]);
        var reach = Math.Min(folded.Length, Math.Max(roughEnd, windowEnd) + slack);
        var fromStart = EditDistance.AnchoredDistances(quote, folded.AsSpan(start, reach - start), anchorAtEnd: false);
        var (end, distance) = ChooseEdge(fromStart, length => start + length,
            at => endsInsideWord || IsWordBoundary(folded, at), at => SuffixResumesAt(suffix, folded, at));
        return (start, end, distance);
    }

    // distances[length] is the cost of the stretch of that length; positionOf turns a length into an offset.
    static (int Position, int Distance) ChooseEdge(int[] distances, Func<int, int> positionOf, Func<int, bool> allowed, Func<int, bool> contextResumes)
    {
        var options = new List<(int Position, int Distance, int Length)>();
        for (var length = 1; length < distances.Length; length++)
            if (allowed(positionOf(length))) options.Add((positionOf(length), distances[length], length));
        if (options.Count == 0) return (positionOf(distances.Length - 1), distances[^1]);
        var cheapest = options.Min(o => o.Distance);
        var chosen = options.Where(o => o.Distance <= cheapest + EdgeTolerance)
            .OrderByDescending(o => contextResumes(o.Position)).ThenBy(o => o.Distance).ThenByDescending(o => o.Length).First();
        return (chosen.Position, chosen.Distance);
    }

    static bool PrefixResumesAt(string prefix, string folded, int at)
    {
        if (prefix.Length == 0) return at == 0;
        var tail = prefix.AsSpan(prefix.Length - Math.Min(EdgeContextLength, prefix.Length));
        return at >= tail.Length && folded.AsSpan(at - tail.Length, tail.Length).SequenceEqual(tail);
    }

    static bool SuffixResumesAt(string suffix, string folded, int at)
    {
        if (suffix.Length == 0) return at == folded.Length;
        var head = suffix.AsSpan(0, Math.Min(EdgeContextLength, suffix.Length));
        return at + head.Length <= folded.Length && folded.AsSpan(at, head.Length).SequenceEqual(head);
    }

    static bool IsWordBoundary(string text, int at) =>
        at == 0 || at == text.Length || !(IsWordChar(text[at - 1]) && IsWordChar(text[at]));

    // The share of the quote's words (as a multiset) that the found text still contains.
    static double WordOverlap(string quote, ReadOnlySpan<char> found)
    {
        var foundText = found.ToString();
        var remaining = new Dictionary<string, int>();
        foreach (var (start, end) in WordSpans(foundText)) remaining[foundText[start..end]] = remaining.GetValueOrDefault(foundText[start..end]) + 1;
        int total = 0, kept = 0;
        foreach (var (start, end) in WordSpans(quote))
        {
            total++;
            var word = quote[start..end];
            if (remaining.GetValueOrDefault(word) > 0) { kept++; remaining[word]--; }
        }
        return total == 0 ? 1 : kept / (double)total;
    }

    static IEnumerable<(int Start, int End)> WordSpans(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            yield return (start, i);
        }
    }

    // Windows of the new text where the quote may now be, located by evidence rather than by scanning
    // the whole article: the old offsets, exact pieces of the stored prefix and suffix, and occurrences
    // of the quote's rarest words. Nearby expectations merge; windows backed by more kinds of evidence
    // are tried first.
    static IEnumerable<(int Start, int End, int ExpectedStart)> CandidateWindows(Search search, int slack)
    {
        var folded = search.Text.Folded;
        var quoteLength = search.FoldedExact.Length;
        var expectations = new List<(int Start, int Evidence)>();
        var evidence = 0;

        var oldStart = search.Text.FromRaw(Math.Clamp(search.Old.Start, 0, search.Text.RawLength));
        expectations.Add((oldStart, evidence));

        var prefix = search.FoldedPrefix;
        var suffix = search.FoldedSuffix;
        var pieces = new List<(string Piece, int StartFromOccurrence)>();
        var prefixTail = prefix[Math.Max(0, prefix.Length - ContextPieceLength)..];
        pieces.Add((prefixTail, prefixTail.Length));
        if (prefix.Length >= ContextPieceLength + MinContextPieceLength)
            pieces.Add((prefix[..ContextPieceLength], prefix.Length));
        pieces.Add((suffix[..Math.Min(ContextPieceLength, suffix.Length)], -quoteLength));
        if (suffix.Length >= ContextPieceLength + MinContextPieceLength)
            pieces.Add((suffix[^ContextPieceLength..], -(suffix.Length - ContextPieceLength) - quoteLength));

        foreach (var (piece, shift) in pieces)
        {
            if (piece.Trim().Length < MinContextPieceLength) continue;
            var hits = Occurrences(folded, piece, wholeWord: false);
            if (hits.Count > MaxPieceOccurrences) continue;
            evidence++;
            foreach (var hit in hits) expectations.Add((hit + shift, evidence));
        }

        foreach (var (_, offset, hits) in RareWords(search))
        {
            evidence++;
            foreach (var hit in hits) expectations.Add((hit - offset, evidence));
        }

        var clusters = new List<(int First, int Last, HashSet<int> Evidence)>();
        foreach (var (start, kind) in expectations.OrderBy(e => e.Start))
        {
            if (clusters.Count > 0 && start - clusters[^1].Last <= slack && start - clusters[^1].First <= quoteLength)
            {
                var open = clusters[^1];
                open.Evidence.Add(kind);
                clusters[^1] = (open.First, start, open.Evidence);
            }
            else clusters.Add((start, start, [kind]));
        }

        foreach (var (first, last, _) in clusters
                     .OrderByDescending(c => c.Evidence.Count).ThenBy(c => Math.Abs(c.First - oldStart)).Take(MaxFuzzyWindows))
        {
            var windowStart = Math.Clamp(first - slack, 0, folded.Length);
            var windowEnd = Math.Clamp(last + quoteLength + slack, 0, folded.Length);
            if (windowEnd > windowStart) yield return (windowStart, windowEnd, Math.Clamp(first, windowStart, windowEnd));
        }
    }

    // The quote's least frequent words in the new text (at most MaxPieceOccurrences hits each), with
    // their offset in the quote: they locate an edited quote whose context was edited too.
    static IEnumerable<(string Word, int Offset, List<int> Hits)> RareWords(Search search)
    {
        var quote = search.FoldedExact;
        var words = new Dictionary<string, int>();
        foreach (var (start, end) in WordSpans(quote))
            if (end - start >= MinRareWordLength) words.TryAdd(quote[start..end], start);
        return words
            .OrderByDescending(w => w.Key.Length).Take(RareWordsCounted)
            .Select(w => (Word: w.Key, Offset: w.Value, Hits: Occurrences(search.Text.Folded, w.Key, wholeWord: true)))
            .Where(w => w.Hits.Count is > 0 and <= MaxPieceOccurrences)
            .OrderBy(w => w.Hits.Count).ThenByDescending(w => w.Word.Length)
            .Take(RareWordsUsed);
    }

    // Occurrences of needle, counting at most one past MaxPieceOccurrences (the caller only needs to
    // know that a piece is too common).
    static List<int> Occurrences(string haystack, string needle, bool wholeWord)
    {
        var hits = new List<int>();
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0 && hits.Count <= MaxPieceOccurrences;
             at = at + 1 < haystack.Length ? haystack.IndexOf(needle, at + 1, StringComparison.Ordinal) : -1)
        {
            var end = at + needle.Length;
            if (wholeWord && ((at > 0 && IsWordChar(haystack[at - 1])) || (end < haystack.Length && IsWordChar(haystack[end])))) continue;
            hits.Add(at);
        }
        return hits;
    }

    static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    // How well the stored prefix and suffix agree with the text around [start, end) of the normalised
    // new text, 0..1, each side weighted by its stored length.
    static double ContextAgreement(Search search, int start, int end)
    {
        var (prefixAgreement, prefixWeight) = SideAgreement(search.FoldedPrefix, search.Text.Folded, start, before: true);
        var (suffixAgreement, suffixWeight) = SideAgreement(search.FoldedSuffix, search.Text.Folded, end, before: false);
        return (prefixAgreement * prefixWeight + suffixAgreement * suffixWeight) / (prefixWeight + suffixWeight);
    }

    static (double Agreement, int Weight) SideAgreement(string stored, string folded, int boundary, bool before)
    {
        if (stored.Length == 0)
            return ((before ? boundary == 0 : boundary == folded.Length) ? 1 : 0, SideWeight(stored));
        var reach = stored.Length + stored.Length / 2 + 2;
        var window = before
            ? folded.AsSpan(Math.Max(0, boundary - reach), Math.Min(reach, boundary))
            : folded.AsSpan(boundary, Math.Min(reach, folded.Length - boundary));
        var distance = EditDistance.Anchored(stored, window, anchorAtEnd: before);
        return (1 - distance / (double)stored.Length, SideWeight(stored));
    }

    static int SideWeight(string storedContext) => storedContext.Length == 0 ? EmptyContextWeight : storedContext.Length;

    static AnchorResult Result(AnchorState state, AnchorMethod method, Search search, Candidate found) =>
        new(state, found.RawStart, found.RawEnd, found.Score, method, search.Raw[found.RawStart..found.RawEnd],
            found.QuoteSimilarity, found.Context);

    sealed class Search
    {
        public string Raw { get; }
        public TypographicText Text { get; }
        public TextPositionSelector Old { get; }
        public string Exact { get; }
        public string FoldedExact { get; }
        public string FoldedPrefix { get; }
        public string FoldedSuffix { get; }
        public bool RawExactAtPosition { get; }

        public Search(string raw, TypographicText text, TextQuoteSelector quote, TextPositionSelector old)
        {
            Raw = raw;
            Text = text;
            Old = old;
            Exact = TypographicText.Normalize(quote.Exact);
            FoldedExact = Exact.ToLowerInvariant();
            FoldedPrefix = TypographicText.Normalize(quote.Prefix).ToLowerInvariant();
            FoldedSuffix = TypographicText.Normalize(quote.Suffix).ToLowerInvariant();
            RawExactAtPosition = old.Start >= 0 && old.End > old.Start && old.End <= raw.Length
                                 && raw.AsSpan(old.Start, old.End - old.Start).SequenceEqual(quote.Exact);
        }

        // Raw offsets of a normalised occurrence of the exact quote. Where the stored offsets still hold
        // the raw quote and this is that occurrence, they are kept: a quote with whitespace at an edge
        // would otherwise widen to the whole whitespace run.
        public (int Start, int End) RawSpanOfOccurrence(int start, int end)
        {
            var (rawStart, rawEnd) = Text.ToRaw(start, end);
            return RawExactAtPosition && rawStart <= Old.Start && Old.Start < rawEnd ? (Old.Start, Old.End) : (rawStart, rawEnd);
        }

        // The share of the stored evidence (quote characters and context characters) that agrees.
        public double Combine(double quoteSimilarity, double context)
        {
            var contextWeight = SideWeight(FoldedPrefix) + SideWeight(FoldedSuffix);
            return (FoldedExact.Length * quoteSimilarity + contextWeight * context) / (FoldedExact.Length + contextWeight);
        }
    }
}
