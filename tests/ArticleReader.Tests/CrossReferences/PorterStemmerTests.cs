using ArticleReader.CrossReferences;

namespace ArticleReader.Tests.CrossReferences;

public class PorterStemmerTests
{
    // Porter's own examples, step by step, and words from the seeds that must meet.
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "ti")]
    [InlineData("caress", "caress")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("bled", "bled")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("troubled", "troubl")]
    [InlineData("sized", "size")]
    [InlineData("hopping", "hop")]
    [InlineData("tanned", "tan")]
    [InlineData("falling", "fall")]
    [InlineData("hissing", "hiss")]
    [InlineData("fizzed", "fizz")]
    [InlineData("failing", "fail")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("sky", "sky")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("rational", "ration")]
    [InlineData("valenci", "valenc")]
    [InlineData("digitizer", "digit")]
    [InlineData("conformabli", "conform")]
    [InlineData("radicalli", "radic")]
    [InlineData("differentli", "differ")]
    [InlineData("analogousli", "analog")]
    [InlineData("vietnamization", "vietnam")]
    [InlineData("predication", "predic")]
    [InlineData("operator", "oper")]
    [InlineData("feudalism", "feudal")]
    [InlineData("decisiveness", "decis")]
    [InlineData("hopefulness", "hope")]
    [InlineData("callousness", "callous")]
    [InlineData("formaliti", "formal")]
    [InlineData("sensitiviti", "sensit")]
    [InlineData("sensibiliti", "sensibl")]
    [InlineData("triplicate", "triplic")]
    [InlineData("formative", "form")]
    [InlineData("formalize", "formal")]
    [InlineData("electrical", "electr")]
    [InlineData("hopeful", "hope")]
    [InlineData("goodness", "good")]
    [InlineData("revival", "reviv")]
    [InlineData("allowance", "allow")]
    [InlineData("inference", "infer")]
    [InlineData("airliner", "airlin")]
    [InlineData("gyroscopic", "gyroscop")]
    [InlineData("adjustable", "adjust")]
    [InlineData("defensible", "defens")]
    [InlineData("irritant", "irrit")]
    [InlineData("replacement", "replac")]
    [InlineData("adjustment", "adjust")]
    [InlineData("dependent", "depend")]
    [InlineData("adoption", "adopt")]
    [InlineData("communism", "commun")]
    [InlineData("activate", "activ")]
    [InlineData("angulariti", "angular")]
    [InlineData("homologous", "homolog")]
    [InlineData("effective", "effect")]
    [InlineData("bowdlerize", "bowdler")]
    [InlineData("probate", "probat")]
    [InlineData("rate", "rate")]
    [InlineData("cease", "ceas")]
    [InlineData("controlling", "control")]
    [InlineData("roll", "roll")]
    [InlineData("generalizations", "gener")]
    [InlineData("oscillators", "oscil")]
    [InlineData("negotiations", "negoti")]
    [InlineData("negotiated", "negoti")]
    [InlineData("casualties", "casualti")]
    [InlineData("casualty", "casualti")]
    [InlineData("is", "is")]
    [InlineData("pokrovsk", "pokrovsk")]
    [InlineData("zelensky", "zelenski")]
    [InlineData("київ", "київ")]
    public void Stems_a_word(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("tr", 0)]
    [InlineData("ee", 0)]
    [InlineData("tree", 0)]
    [InlineData("trouble", 1)]
    [InlineData("oats", 1)]
    [InlineData("troubles", 2)]
    [InlineData("private", 2)]
    public void Measure_counts_vowel_consonant_sequences(string word, int m) => Assert.Equal(m, PorterStemmer.Measure(word));

    // Every rule's example holds: "relational -> relate" means the rule alone turns the first into the second.
    public static TheoryData<string, string> RuleExamples()
    {
        var data = new TheoryData<string, string>();
        foreach (var rule in PorterStemmer.Step2.Concat(PorterStemmer.Step3).Concat(PorterStemmer.Step4))
            data.Add(rule.Suffix, rule.Example);
        return data;
    }

    [Theory]
    [MemberData(nameof(RuleExamples))]
    public void Each_rule_example_ends_with_its_suffix_and_becomes_its_replacement(string suffix, string example)
    {
        var rule = PorterStemmer.Step2.Concat(PorterStemmer.Step3).Concat(PorterStemmer.Step4).Single(r => r.Suffix == suffix);
        var (word, result) = (example.Split(" -> ")[0], example.Split(" -> ")[1]);
        Assert.EndsWith(rule.Suffix, word);
        var stem = word[..^rule.Suffix.Length];
        Assert.True(rule.Condition(stem), $"{rule.Suffix}: condition fails on '{stem}'");
        Assert.Equal(result, stem + rule.Replacement);
    }
}
