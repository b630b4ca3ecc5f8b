namespace ArticleReader.CrossReferences;

// A suffix rule of Porter's algorithm: when the word ends with Suffix and what is left before it (the stem)
// meets the condition, Suffix becomes Replacement.
public sealed record SuffixRule(string Suffix, string Replacement, Func<string, bool> Condition, string Example);

// M. F. Porter, "An algorithm for suffix stripping" (1980), with the published revisions (BLI -> BLE,
// LOGI -> LOG). Lower-case ASCII words only: anything else is returned unchanged, so names in other
// scripts still match themselves. The steps are tables of named rules, each with the example it exists for.
public static class PorterStemmer
{
    private static bool MeasureAbove0(string stem) => Measure(stem) > 0;
    private static bool MeasureAbove1(string stem) => Measure(stem) > 1;
    private static bool Always(string stem) => true;

    public static readonly IReadOnlyList<SuffixRule> Step1a =
    [
        new("sses", "ss", Always, "caresses -> caress"),
        new("ies", "i", Always, "ponies -> poni"),
        new("ss", "ss", Always, "caress -> caress"),
        new("s", "", Always, "cats -> cat"),
    ];

    // After ED or ING is removed, the stem is repaired so that "conflat(ed)" and "conflate" meet.
    public static readonly IReadOnlyList<SuffixRule> Step1bRepair =
    [
        new("at", "ate", Always, "conflat(ed) -> conflate"),
        new("bl", "ble", Always, "troubl(ed) -> trouble"),
        new("iz", "ize", Always, "siz(ed) -> size"),
    ];

    public static readonly IReadOnlyList<SuffixRule> Step2 =
    [
        new("ational", "ate", MeasureAbove0, "relational -> relate"),
        new("tional", "tion", MeasureAbove0, "conditional -> condition"),
        new("enci", "ence", MeasureAbove0, "valenci -> valence"),
        new("anci", "ance", MeasureAbove0, "hesitanci -> hesitance"),
        new("izer", "ize", MeasureAbove0, "digitizer -> digitize"),
        new("bli", "ble", MeasureAbove0, "conformabli -> conformable"),
        new("alli", "al", MeasureAbove0, "radicalli -> radical"),
        new("entli", "ent", MeasureAbove0, "differentli -> different"),
        new("eli", "e", MeasureAbove0, "vileli -> vile"),
        new("ousli", "ous", MeasureAbove0, "analogousli -> analogous"),
        new("ization", "ize", MeasureAbove0, "vietnamization -> vietnamize"),
        new("ation", "ate", MeasureAbove0, "predication -> predicate"),
        new("ator", "ate", MeasureAbove0, "operator -> operate"),
        new("alism", "al", MeasureAbove0, "feudalism -> feudal"),
        new("iveness", "ive", MeasureAbove0, "decisiveness -> decisive"),
        new("fulness", "ful", MeasureAbove0, "hopefulness -> hopeful"),
        new("ousness", "ous", MeasureAbove0, "callousness -> callous"),
        new("aliti", "al", MeasureAbove0, "formaliti -> formal"),
        new("iviti", "ive", MeasureAbove0, "sensitiviti -> sensitive"),
        new("biliti", "ble", MeasureAbove0, "sensibiliti -> sensible"),
        new("logi", "log", MeasureAbove0, "analogi -> analog"),
    ];

    public static readonly IReadOnlyList<SuffixRule> Step3 =
    [
        new("icate", "ic", MeasureAbove0, "triplicate -> triplic"),
        new("ative", "", MeasureAbove0, "formative -> form"),
        new("alize", "al", MeasureAbove0, "formalize -> formal"),
        new("iciti", "ic", MeasureAbove0, "electriciti -> electric"),
        new("ical", "ic", MeasureAbove0, "electrical -> electric"),
        new("ful", "", MeasureAbove0, "hopeful -> hope"),
        new("ness", "", MeasureAbove0, "goodness -> good"),
    ];

    public static readonly IReadOnlyList<SuffixRule> Step4 =
    [
        new("al", "", MeasureAbove1, "revival -> reviv"),
        new("ance", "", MeasureAbove1, "allowance -> allow"),
        new("ence", "", MeasureAbove1, "inference -> infer"),
        new("er", "", MeasureAbove1, "airliner -> airlin"),
        new("ic", "", MeasureAbove1, "gyroscopic -> gyroscop"),
        new("able", "", MeasureAbove1, "adjustable -> adjust"),
        new("ible", "", MeasureAbove1, "defensible -> defens"),
        new("ant", "", MeasureAbove1, "irritant -> irrit"),
        new("ement", "", MeasureAbove1, "replacement -> replac"),
        new("ment", "", MeasureAbove1, "adjustment -> adjust"),
        new("ent", "", MeasureAbove1, "dependent -> depend"),
        new("ion", "", s => MeasureAbove1(s) && s.Length > 0 && s[^1] is 's' or 't', "adoption -> adopt"),
        new("ou", "", MeasureAbove1, "homologou -> homolog"),
        new("ism", "", MeasureAbove1, "communism -> commun"),
        new("ate", "", MeasureAbove1, "activate -> activ"),
        new("iti", "", MeasureAbove1, "angulariti -> angular"),
        new("ous", "", MeasureAbove1, "homologous -> homolog"),
        new("ive", "", MeasureAbove1, "effective -> effect"),
        new("ize", "", MeasureAbove1, "bowdlerize -> bowdler"),
    ];

    public static string Stem(string word)
    {
        // Porter leaves words of one or two letters alone; non-ASCII words have no rules here.
        if (word.Length <= 2 || !word.All(c => c is >= 'a' and <= 'z')) return word;
        var w = ApplyFirst(word, Step1a);
        w = Step1b(w);
        if (w.EndsWith('y') && HasVowel(w[..^1])) w = w[..^1] + "i"; // step 1c: happy -> happi, sky stays
        w = ApplyLongest(w, Step2);
        w = ApplyLongest(w, Step3);
        w = ApplyLongest(w, Step4);
        return Step5(w);
    }

    private static string Step1b(string w)
    {
        if (w.EndsWith("eed", StringComparison.Ordinal))
            return Measure(w[..^3]) > 0 ? w[..^1] : w; // agreed -> agree, feed stays
        string? stem = null;
        if (w.EndsWith("ed", StringComparison.Ordinal) && HasVowel(w[..^2])) stem = w[..^2]; // plastered -> plaster, bled stays
        else if (w.EndsWith("ing", StringComparison.Ordinal) && HasVowel(w[..^3])) stem = w[..^3]; // motoring -> motor, sing stays
        if (stem is null) return w;
        foreach (var rule in Step1bRepair)
            if (stem.EndsWith(rule.Suffix, StringComparison.Ordinal)) return stem[..^rule.Suffix.Length] + rule.Replacement;
        if (EndsWithDoubleConsonant(stem) && stem[^1] is not ('l' or 's' or 'z')) return stem[..^1]; // hopping -> hop, falling -> fall
        if (Measure(stem) == 1 && EndsCvc(stem)) return stem + "e"; // filing -> file
        return stem;
    }

    private static string Step5(string w)
    {
        if (w.EndsWith('e'))
        {
            var stem = w[..^1];
            var m = Measure(stem);
            if (m > 1 || (m == 1 && !EndsCvc(stem))) w = stem; // probate -> probat, rate stays, cease -> ceas
        }
        if (w.EndsWith("ll", StringComparison.Ordinal) && Measure(w) > 1) w = w[..^1]; // controll -> control, roll stays
        return w;
    }

    // Step 1a takes the first rule whose suffix matches, even when that rule changes nothing ("ss").
    private static string ApplyFirst(string w, IReadOnlyList<SuffixRule> rules)
    {
        foreach (var rule in rules)
            if (w.EndsWith(rule.Suffix, StringComparison.Ordinal))
                return rule.Condition(w[..^rule.Suffix.Length]) ? w[..^rule.Suffix.Length] + rule.Replacement : w;
        return w;
    }

    // Steps 2-4 look only at the longest matching suffix: if its condition fails, no shorter one is tried.
    private static string ApplyLongest(string w, IReadOnlyList<SuffixRule> rules)
    {
        SuffixRule? best = null;
        foreach (var rule in rules)
            if (w.EndsWith(rule.Suffix, StringComparison.Ordinal) && (best is null || rule.Suffix.Length > best.Suffix.Length)) best = rule;
        if (best is null) return w;
        var stem = w[..^best.Suffix.Length];
        return best.Condition(stem) ? stem + best.Replacement : w;
    }

    private static bool IsConsonant(string w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(w, i - 1),
        _ => true,
    };

    // m in [C](VC)^m[V]: the number of vowel-consonant sequences.
    public static int Measure(string w)
    {
        var m = 0;
        var i = 0;
        while (i < w.Length && IsConsonant(w, i)) i++;
        while (i < w.Length)
        {
            while (i < w.Length && !IsConsonant(w, i)) i++;
            if (i >= w.Length) break;
            while (i < w.Length && IsConsonant(w, i)) i++;
            m++;
        }
        return m;
    }

    private static bool HasVowel(string w)
    {
        for (var i = 0; i < w.Length; i++) if (!IsConsonant(w, i)) return true;
        return false;
    }

    private static bool EndsWithDoubleConsonant(string w) =>
        w.Length >= 2 && w[^1] == w[^2] && IsConsonant(w, w.Length - 1);

    // consonant-vowel-consonant, the last not w, x or y: hop, fil, but not snow, box, tray.
    private static bool EndsCvc(string w) =>
        w.Length >= 3 && IsConsonant(w, w.Length - 3) && !IsConsonant(w, w.Length - 2) && IsConsonant(w, w.Length - 1)
        && w[^1] is not ('w' or 'x' or 'y');
}
