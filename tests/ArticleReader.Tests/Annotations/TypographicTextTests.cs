using ArticleReader.Annotations;

namespace ArticleReader.Tests.Annotations;

public class TypographicTextTests
{
    [Theory]
    // SingleQuoteVariants
    [InlineData("Putin’s war", "Putin's war")]
    [InlineData("‘Gray Zone’", "'Gray Zone'")]
    // DoubleQuoteVariants
    [InlineData("“peace process”", "\"peace process\"")]
    [InlineData("„so“", "\"so\"")]
    // DashVariants
    [InlineData("Worse—much worse—is", "Worse-much worse-is")]
    [InlineData("2022–2024", "2022-2024")]
    // whitespace runs, including newlines and no-break spaces
    [InlineData("fighting on.\n\nAdvertisement", "fighting on. Advertisement")]
    [InlineData("a  b\u00A0\u2009c", "a b c")]
    // InvisibleCharacters
    [InlineData("de\u00ADnazi\u200Bfication", "denazification")]
    [InlineData("\uFEFFWar Stories", "War Stories")]
    // Ellipsis
    [InlineData("wait…", "wait...")]
    public void Typographic_variants_normalise_to_one_spelling(string raw, string normalised) =>
        Assert.Equal(normalised, TypographicText.Normalize(raw));

    [Fact]
    public void Normalised_spans_map_back_to_raw_offsets()
    {
        var raw = "He said:  “no…”\n\nEnd";
        var text = TypographicText.Of(raw);
        Assert.Equal("He said: \"no...\" End", text.Text);

        var quoted = text.Text.IndexOf("\"no...\"", StringComparison.Ordinal);
        var (start, end) = text.ToRaw(quoted, quoted + "\"no...\"".Length);
        Assert.Equal("“no…”", raw[start..end]);

        var space = text.Text.IndexOf("\" End", StringComparison.Ordinal) + 1;
        Assert.Equal("\n\n", raw[text.ToRaw(space, space + 1).Start..text.ToRaw(space, space + 1).End]);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(8, 8)]   // first of the two spaces
    [InlineData(9, 8)]   // inside the run: the run's single space
    [InlineData(10, 9)]  // the opening quote
    [InlineData(20, 20)] // the end of the text
    public void Raw_offsets_map_to_the_normalised_character_covering_them(int rawOffset, int normalised) =>
        Assert.Equal(normalised, TypographicText.Of("He said:  “no…”\n\nEnd").FromRaw(rawOffset));

    [Fact]
    public void Folding_lowercases_without_changing_length()
    {
        var text = TypographicText.Of("THAT PUTIN DOESN’T WANT");
        Assert.Equal("that putin doesn't want", text.Folded);
        Assert.Equal(text.Text.Length, text.Folded.Length);
    }
}
