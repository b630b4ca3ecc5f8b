namespace ArticleReader.Claims.CheckWorthiness;

// How a sentence becomes features. The scales double as per-group regularisation: under one L2 penalty a
// group with a smaller scale needs larger weights, so it is trusted less. Saved with every model.
public sealed record ClaimFeatureConfig(
    int HashBits = 18,
    float UnigramScale = 1f,
    float BigramScale = 1f,
    float CharScale = 1.5f,
    int CharMinN = 3,
    int CharMaxN = 5,
    float CueScale = 1f,
    float CuePairScale = 2f)
{
    public int HashedDimension => 1 << HashBits;
    public int Dimension => HashedDimension + ClaimCues.Count;
}

// Sorted, duplicate-free indices into a ClaimFeatureConfig.Dimension space.
public sealed record SparseVector(int[] Indices, float[] Values)
{
    public int Count => Indices.Length;
}

internal interface IFeatureSink
{
    void Add(int index, float value);
}

// Sentence -> hashed word unigrams and bigrams (numbers shaped as "0000"), character n-grams inside words,
// and the named dense cues of ClaimCues placed after the hashed buckets. No allocation per sentence.
public sealed class ClaimFeatures(ClaimFeatureConfig config)
{
    const ulong UnigramSeed = 0x51ED270B27A3C1F5UL;
    const ulong BigramSeed = 0x2545F4914F6CDD1DUL;
    const ulong CharSeed = 0x7F4A7C159E3779B9UL;
    const ulong CuePairSeed = 0xC2B2AE3D27D4EB4FUL;
    const ulong SentenceStart = 0x1B873593CC9E2D51UL;
    const ulong SentenceEnd = 0x85EBCA6BC2B2AE35UL;
    // Long tokens (URLs, run-together words) would flood the character n-grams.
    const int MaxCharGramTokenLength = 24;

    public ClaimFeatureConfig Config { get; } = config;

    public static IReadOnlyList<string> CueNames => ClaimCues.Names;

    public static IReadOnlyList<string> Cues(string sentence)
    {
        Span<ClaimToken> tokens = stackalloc ClaimToken[ClaimTokenizer.MaxTokens];
        var count = ClaimTokenizer.Tokenize(sentence, tokens);
        Span<bool> fired = stackalloc bool[ClaimCues.Count];
        ClaimCues.Detect(sentence, tokens[..count], fired);
        var names = new List<string>();
        for (var i = 0; i < fired.Length; i++) if (fired[i]) names.Add(ClaimCues.Names[i]);
        return names;
    }

    public SparseVector Featurize(string sentence)
    {
        var sink = new DictionarySink { Values = [] };
        Featurize(sentence, ref sink);
        var indices = sink.Values.Keys.Order().ToArray();
        var values = new float[indices.Length];
        for (var i = 0; i < indices.Length; i++) values[i] = sink.Values[indices[i]];
        return new SparseVector(indices, values);
    }

    struct DictionarySink : IFeatureSink
    {
        public Dictionary<int, float> Values;
        public readonly void Add(int index, float value) =>
            Values[index] = Values.GetValueOrDefault(index) + value;
    }

    // Sentences exercising every feature group. A model stores the fingerprint of their vectors, so a model
    // trained before a tokeniser or cue change is detected instead of being scored with features it never saw.
    static readonly string[] FingerprintProbes =
    [
        "Toward that goal, he has tolerated more than 600,000 casualties among his own soldiers, the U.S. estimates.",
        "Meanwhile, $300 billion worth of frozen Russian reserves are still sitting in European clearinghouses, untouched.",
        "I think we can't win this, and I’m sure we won't.",
        "Unemployment fell to 4.5% in March, according to the Bureau of Labor Statistics.",
        "Why did she delete 33,000 e-mails?",
        "Kudos to Cathy Young!",
    ];

    public ulong Fingerprint()
    {
        var hash = ClaimTokenizer.FnvOffset;
        foreach (var probe in FingerprintProbes)
        {
            var vector = Featurize(probe);
            for (var i = 0; i < vector.Count; i++)
            {
                hash = ClaimTokenizer.Combine(hash, (ulong)vector.Indices[i]);
                hash = ClaimTokenizer.Combine(hash, BitConverter.SingleToUInt32Bits(vector.Values[i]));
            }
        }
        return hash;
    }

    int Bucket(ulong hash) => (int)(ClaimTokenizer.Mix(hash) >> (64 - Config.HashBits));

    internal void Featurize<TSink>(ReadOnlySpan<char> sentence, ref TSink sink) where TSink : struct, IFeatureSink
    {
        Span<ClaimToken> tokenBuffer = stackalloc ClaimToken[ClaimTokenizer.MaxTokens];
        var tokens = tokenBuffer[..ClaimTokenizer.Tokenize(sentence, tokenBuffer)];

        if (tokens.Length > 0)
        {
            var unigram = Config.UnigramScale / MathF.Sqrt(tokens.Length);
            var bigram = Config.BigramScale / MathF.Sqrt(tokens.Length + 1);
            var previous = SentenceStart;
            foreach (var token in tokens)
            {
                if (unigram != 0) sink.Add(Bucket(token.Hash ^ UnigramSeed), unigram);
                if (bigram != 0) sink.Add(Bucket(ClaimTokenizer.Combine(previous, token.Hash) ^ BigramSeed), bigram);
                previous = token.Hash;
            }
            if (bigram != 0) sink.Add(Bucket(ClaimTokenizer.Combine(previous, SentenceEnd) ^ BigramSeed), bigram);
        }

        if (Config.CharScale != 0) AddCharGrams(sentence, tokens, ref sink);

        Span<bool> fired = stackalloc bool[ClaimCues.Count];
        ClaimCues.Detect(sentence, tokens, fired);
        var cueBase = Config.HashedDimension;
        Span<int> firedCues = stackalloc int[fired.Length];
        var firedCount = 0;
        for (var i = 0; i < fired.Length; i++)
        {
            if (!fired[i]) continue;
            sink.Add(cueBase + i, Config.CueScale);
            firedCues[firedCount++] = i;
        }
        // Pairs such as "superlative & entity" or "number & opinion" let a linear model weigh a cue by its company.
        if (Config.CuePairScale != 0 && firedCount > 1)
        {
            var pairValue = Config.CuePairScale / MathF.Sqrt(firedCount * (firedCount - 1) / 2);
            for (var a = 0; a < firedCount; a++)
                for (var b = a + 1; b < firedCount; b++)
                    sink.Add(Bucket(ClaimTokenizer.Combine(CuePairSeed ^ (ulong)firedCues[a], (ulong)firedCues[b])), pairValue);
        }
    }

    // Character n-grams of each word padded with spaces (" lar", "est "), so suffixes and stems carry over
    // to words the training debates never used.
    void AddCharGrams<TSink>(ReadOnlySpan<char> sentence, ReadOnlySpan<ClaimToken> tokens, ref TSink sink) where TSink : struct, IFeatureSink
    {
        int minN = Config.CharMinN, maxN = Config.CharMaxN;
        var total = 0;
        foreach (var token in tokens)
        {
            if ((token.Shape & TokenShape.Symbol) != 0) continue;
            var paddedLength = Math.Min(token.Length, MaxCharGramTokenLength) + 2;
            for (var n = minN; n <= maxN; n++) total += Math.Max(0, paddedLength - n + 1);
        }
        if (total == 0) return;
        var value = Config.CharScale / MathF.Sqrt(total);

        Span<char> padded = stackalloc char[MaxCharGramTokenLength + 2];
        foreach (var token in tokens)
        {
            if ((token.Shape & TokenShape.Symbol) != 0) continue;
            var length = Math.Min(token.Length, MaxCharGramTokenLength);
            padded[0] = ' ';
            for (var i = 0; i < length; i++) padded[i + 1] = ClaimTokenizer.Normalise(sentence[token.Start + i]);
            padded[length + 1] = ' ';
            var chars = padded[..(length + 2)];
            for (var start = 0; start + minN <= chars.Length; start++)
            {
                var hash = CharSeed;
                var end = Math.Min(chars.Length, start + maxN);
                for (var j = start; j < end; j++)
                {
                    hash = ClaimTokenizer.Fnv(hash, chars[j]);
                    if (j - start + 1 >= minN) sink.Add(Bucket(hash), value);
                }
            }
        }
    }
}
