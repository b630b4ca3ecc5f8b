using ArticleReader.Search;

namespace ArticleReader.Tests.Search;

public class SearchTextTests
{
    [Theory]
    [InlineData("Zelensky’s drones", "Zelensky|s|drones")]
    [InlineData("U.S. sea-drone (2024)", "U|S|sea|drone|2024")]
    [InlineData("  ", "")]
    [InlineData("café́ naïve", "café́|naïve")]
    public void Words_are_runs_of_letters_and_digits_with_their_offsets(string text, string expected)
    {
        var words = SearchText.Words(text).ToList();
        Assert.Equal(expected, string.Join("|", words.Select(w => w.Slice(text))));
    }

    [Theory]
    [InlineData("Pokrovsk", "pokrovsk")]
    [InlineData("Zaporizhzhia", "zaporizhzhia")]
    [InlineData("Café", "cafe")]
    [InlineData("NAÏVE", "naive")]
    [InlineData("Łódź", "łodz")] // Ł has no decomposition, as in FTS5's remove_diacritics
    public void Fold_lowers_case_and_removes_diacritics(string word, string expected) => Assert.Equal(expected, SearchText.Fold(word));

    [Fact]
    public void The_vocabulary_keeps_words_of_three_to_forty_letters_that_are_not_numbers()
    {
        Assert.Equal(["the", "sea", "drones", "sank"], SearchText.VocabularyTerms("The sea-drones sank 24 of 2024").Distinct().ToList());
    }

    [Theory]
    [InlineData("pokrovks", "\"pok\" OR \"okr\" OR \"kro\" OR \"rov\" OR \"ovk\" OR \"vks\"")]
    [InlineData("aaaa", "\"aaa\"")]
    [InlineData("ab", null)]
    public void A_trigram_query_ors_the_words_trigrams(string folded, string? expected) => Assert.Equal(expected, SearchText.TrigramQuery(folded));

    [Theory]
    [InlineData("Pokrovks", "pokrovsk|pokrova|kursk", "pokrovsk")]   // a swap
    [InlineData("negotations", "negotiations|navigations", "negotiations")]
    [InlineData("krovsk", "pokrovsk", "pokrovsk")]                  // contained
    [InlineData("dron", "iron|drone", "iron")]                      // one edit each: the first candidate wins
    [InlineData("qqqzzz", "pokrovsk|quiz", null)]
    [InlineData("pokrovsk", "pokrovsk", null)]                      // the same word is no correction
    public void The_closest_term_is_within_one_or_two_edits_or_contains_the_word(string typed, string candidates, string? expected) =>
        Assert.Equal(expected, SearchText.ClosestTerm(typed, candidates.Split('|')));

    [Theory]
    [InlineData("Pokrovks", "pokrovsk", "Pokrovsk")]
    [InlineData("POKROVKS", "pokrovsk", "POKROVSK")]
    [InlineData("pokrovks", "pokrovsk", "pokrovsk")]
    public void A_suggestion_keeps_the_typed_case(string typed, string suggestion, string expected) =>
        Assert.Equal(expected, SearchText.MatchCase(typed, suggestion));

    [Theory]
    [InlineData("a \uE000b\uE001 c", "a |[b]| c")]
    [InlineData("\uE001a \uE000b", "a |[b]")]                 // a stray close is dropped; an open match ends with the text
    [InlineData("<x>\uE000&\uE001", "<x>|[&]")]
    [InlineData("", "")]
    public void Marked_output_becomes_well_formed_parts(string marked, string expected)
    {
        var parts = SearchText.Parts(marked);
        Assert.Equal(expected, string.Join("|", parts.Select(p => p.Match ? "[" + p.Text + "]" : p.Text)));
    }

    [Theory]
    [InlineData("sea \uE000drones\uE001 sank", "sea drones sank", "4-10")]
    [InlineData("\uE000a\uE001 \uE000b\uE001", "a b", "0-1,2-3")]
    [InlineData("sea \uE000drones\uE001", "sea drone", null)]      // not the same text: nothing is marked
    public void Match_ranges_are_offsets_into_the_original_or_nothing(string marked, string original, string? expected)
    {
        var ranges = SearchText.MatchRanges(marked, original);
        Assert.Equal(expected, ranges is null ? null : string.Join(",", ranges.Select(r => $"{r.Start}-{r.End}")));
    }

    [Theory]
    [InlineData("short text", 220, "short text")]
    [InlineData("one two three four", 9, "one two…")]
    public void A_lead_cuts_at_a_space(string text, int max, string expected) => Assert.Equal(expected, SearchText.Lead(text, max));
}
