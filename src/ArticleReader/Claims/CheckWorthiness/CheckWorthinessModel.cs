using System.IO.Compression;
using System.Text;

namespace ArticleReader.Claims.CheckWorthiness;

// A trained check-worthiness classifier: features config, weights, bias and the decision threshold.
// Cue weights are stored by cue name, so a model keeps loading when cues are added; a model that names a cue
// this build no longer has is refused rather than silently scored without it.
public sealed class CheckWorthinessModel
{
    const string Magic = "ARCW";
    const int FormatVersion = 1;
    public const string ResourceName = "ArticleReader.Claims.CheckWorthiness.checkworthiness-model.bin";

    static readonly Lazy<CheckWorthinessModel> embedded = new(LoadEmbedded);

    readonly float[] weights;
    readonly float bias;

    public CheckWorthinessModel(ClaimFeatureConfig config, float[] weights, float bias, double threshold, ulong? featureFingerprint = null)
    {
        if (weights.Length != config.Dimension)
            throw new ArgumentException($"expected {config.Dimension} weights, got {weights.Length}");
        Config = config;
        Features = new ClaimFeatures(config);
        this.weights = weights;
        this.bias = bias;
        Threshold = threshold;
        FeatureFingerprint = featureFingerprint ?? Features.Fingerprint();
    }

    public static CheckWorthinessModel Default => embedded.Value;

    public ClaimFeatureConfig Config { get; }
    public ClaimFeatures Features { get; }
    public double Threshold { get; }
    public float Bias => bias;
    public ReadOnlySpan<float> Weights => weights;

    // The featurizer's fingerprint when the model was trained; see ClaimFeatures.Fingerprint.
    public ulong FeatureFingerprint { get; }
    public bool MatchesCurrentFeatures => FeatureFingerprint == Features.Fingerprint();

    public CheckWorthinessModel WithThreshold(double threshold) => new(Config, weights, bias, threshold, FeatureFingerprint);

    public double Score(string sentence) => Score(sentence.AsSpan());

    public double Score(ReadOnlySpan<char> sentence) => LogisticRegression.Sigmoid(Margin(sentence));

    public bool IsClaim(string sentence) => Score(sentence) >= Threshold;

    double Margin(ReadOnlySpan<char> sentence)
    {
        var sink = new DotSink { Weights = weights };
        Features.Featurize(sentence, ref sink);
        return bias + sink.Sum;
    }

    struct DotSink : IFeatureSink
    {
        public float[] Weights;
        public float Sum;
        public void Add(int index, float value) => Sum += Weights[index] * value;
    }

    // The named cues that fired with the weight each added to the margin, largest effect first.
    public IReadOnlyList<(string Cue, double Contribution)> CueContributions(string sentence) =>
        ClaimFeatures.Cues(sentence)
            .Select(cue => (cue, (double)weights[Config.HashedDimension + ClaimCues.IndexOf(cue)] * Config.CueScale))
            .OrderByDescending(c => Math.Abs(c.Item2))
            .ToList();

    public void Save(string path)
    {
        using var file = File.Create(path);
        Save(file);
    }

    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Config.HashBits);
        writer.Write(Config.UnigramScale);
        writer.Write(Config.BigramScale);
        writer.Write(Config.CharScale);
        writer.Write(Config.CharMinN);
        writer.Write(Config.CharMaxN);
        writer.Write(Config.CueScale);
        writer.Write(Config.CuePairScale);
        writer.Write(FeatureFingerprint);
        writer.Write(Threshold);
        writer.Write(bias);

        var hashed = Config.HashedDimension;
        var nonZero = 0;
        for (var j = 0; j < hashed; j++) if (weights[j] != 0) nonZero++;
        writer.Write(nonZero);
        // indices as gaps from the previous non-zero bucket: most gaps fit one or two varint bytes
        var previous = -1;
        for (var j = 0; j < hashed; j++)
        {
            if (weights[j] == 0) continue;
            writer.Write7BitEncodedInt(j - previous);
            writer.Write(weights[j]);
            previous = j;
        }

        writer.Write(ClaimCues.Count);
        for (var i = 0; i < ClaimCues.Count; i++)
        {
            writer.Write(ClaimCues.Names[i]);
            writer.Write(weights[hashed + i]);
        }
    }

    public static CheckWorthinessModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }

    public static CheckWorthinessModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic) throw new FormatException("not a check-worthiness model");
        var version = reader.ReadInt32();
        if (version != FormatVersion) throw new FormatException($"check-worthiness model format {version} is not supported");
        var config = new ClaimFeatureConfig(
            HashBits: reader.ReadInt32(),
            UnigramScale: reader.ReadSingle(),
            BigramScale: reader.ReadSingle(),
            CharScale: reader.ReadSingle(),
            CharMinN: reader.ReadInt32(),
            CharMaxN: reader.ReadInt32(),
            CueScale: reader.ReadSingle(),
            CuePairScale: reader.ReadSingle());
        if (config.HashBits is < 8 or > 26) throw new FormatException($"implausible hash size 2^{config.HashBits}");
        var fingerprint = reader.ReadUInt64();
        var threshold = reader.ReadDouble();
        var bias = reader.ReadSingle();

        var weights = new float[config.Dimension];
        var nonZero = reader.ReadInt32();
        var index = -1;
        for (var k = 0; k < nonZero; k++)
        {
            index += reader.Read7BitEncodedInt();
            if ((uint)index >= (uint)config.HashedDimension) throw new FormatException("weight index outside the hash space");
            weights[index] = reader.ReadSingle();
        }

        var cueCount = reader.ReadInt32();
        for (var i = 0; i < cueCount; i++)
        {
            var name = reader.ReadString();
            var weight = reader.ReadSingle();
            var cue = ClaimCues.IndexOf(name);
            if (cue < 0) throw new FormatException($"model uses cue '{name}', which this build does not compute; retrain the model");
            weights[config.HashedDimension + cue] = weight;
        }
        return new CheckWorthinessModel(config, weights, bias, threshold, fingerprint);
    }

    static CheckWorthinessModel LoadEmbedded()
    {
        using var stream = typeof(CheckWorthinessModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        return Load(stream);
    }
}
