using ArticleReader.Annotations;
using ArticleReader.Tests.Support;
using ArticleReader.Text;

namespace ArticleReader.Tests.Annotations;

// Highlights are real sentences and phrases of the seed articles (read from ../shared/seeds); each test
// edits a copy of the seed the way a re-ingested file changes and checks where the highlight lands.
public class AnchoringTests
{
    const string Kaplan = "000";
    const string Young = "001";
    const string Atlantic = "002";

    const string NewParagraphs =
        "Editor’s note: this article was updated after publication.\n\nA new paragraph about Putin, Russia and the war in Ukraine.\n\n";

    static readonly Dictionary<string, string> Seeds = Directory.GetFiles(Path.Combine(TestPaths.Shared, "seeds"), "*.txt")
        .ToDictionary(f => Path.GetFileName(f)[..3], File.ReadAllText);

    sealed record Highlight(string Text, int Start, int End, TextQuoteSelector Quote)
    {
        public TextPositionSelector Position => new(Start, End);
        public string Exact => Quote.Exact;
    }

    static Highlight Highlighted(string seed, string phrase, int occurrence = 0)
    {
        var text = Seeds[seed];
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf(phrase, start + 1, StringComparison.Ordinal);
            Assert.True(start >= 0, $"seed {seed} has no occurrence #{occurrence} of \"{phrase}\"");
        }
        return new Highlight(text, start, start + phrase.Length, Anchoring.Describe(text, start, start + phrase.Length));
    }

    static string Replace(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"text has no \"{old}\"");
        return text[..at] + replacement + text[(at + old.Length)..];
    }

    static void AssertLandsOn(AnchorResult result, string newText, int expectedStart, string expectedText)
    {
        Assert.Equal(expectedStart, result.Start);
        Assert.Equal(expectedStart + expectedText.Length, result.End);
        Assert.Equal(expectedText, result.CurrentText);
        Assert.Equal(expectedText, newText[result.Start!.Value..result.End!.Value]);
    }

    static void AssertOrphaned(AnchorResult result)
    {
        Assert.Equal(AnchorState.Orphaned, result.State);
        Assert.Equal(AnchorMethod.None, result.Method);
        Assert.Null(result.Start);
        Assert.Null(result.End);
        Assert.Null(result.CurrentText);
    }

    // --- Describe ---

    [Fact]
    public void Describe_takes_up_to_32_characters_of_context_on_each_side()
    {
        var h = Highlighted(Atlantic, "Right now, the actual obstacle is Putin.");
        Assert.Equal("Right now, the actual obstacle is Putin.", h.Quote.Exact);
        Assert.Equal(h.Text[(h.Start - 32)..h.Start], h.Quote.Prefix);
        Assert.Equal(h.Text[h.End..(h.End + 32)], h.Quote.Suffix);
    }

    [Fact]
    public void Describe_clips_context_at_the_ends_of_the_text()
    {
        var text = Seeds[Kaplan];
        var first = Anchoring.Describe(text, 0, "War Stories".Length);
        Assert.Equal("", first.Prefix);
        Assert.Equal(32, first.Suffix.Length);
        var last = Anchoring.Describe(text, text.Length - "Advertisement".Length, text.Length);
        Assert.Equal("Advertisement", last.Exact);
        Assert.Equal("", last.Suffix);
    }

    [Fact]
    public void Describe_rejects_a_range_outside_the_text() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Anchoring.Describe("short", 2, 9));

    // --- (a) unchanged text ---

    [Theory]
    [InlineData(Atlantic, "It will be felt in Africa, where Russian mercenaries now support a series of ugly regimes.", 0)]
    [InlineData(Atlantic, "Putin", 3)]
    [InlineData(Kaplan, "Seven months later, the situation is of course very different.", 0)]
    [InlineData(Kaplan, "Advertisement", 2)]
    [InlineData(Young, "This certainly doesn’t look like peace is in the air.", 0)]
    [InlineData(Young, "Kudos to Cathy Young!", 0)]
    public void Unchanged_text_keeps_the_highlight_anchored_at_its_offsets(string seed, string phrase, int occurrence)
    {
        var h = Highlighted(seed, phrase, occurrence);
        var result = Anchoring.Reanchor(h.Text, h.Quote, h.Position);
        Assert.Equal(AnchorState.Anchored, result.State);
        Assert.Equal(AnchorMethod.Position, result.Method);
        Assert.Equal(1.0, result.Score);
        AssertLandsOn(result, h.Text, h.Start, phrase);
    }

    [Fact]
    public void Every_sentence_of_every_seed_reanchors_to_itself_in_the_unchanged_text()
    {
        foreach (var (seed, text) in Seeds)
        {
            var sentences = SentenceSplitter.Split(text);
            var results = Anchoring.ReanchorAll(text, sentences.Select(s => (Anchoring.Describe(text, s.Start, s.End), new TextPositionSelector(s.Start, s.End))));
            Assert.Equal(sentences.Count, results.Count);
            foreach (var (sentence, result) in sentences.Zip(results))
                Assert.True(result.State == AnchorState.Anchored && result.Start == sentence.Start && result.End == sentence.End,
                    $"seed {seed} sentence at {sentence.Start}: {result}");
        }
    }

    // --- (b) paragraphs inserted before ---

    [Theory]
    [InlineData(Atlantic, "It will be felt in Africa, where Russian mercenaries now support a series of ugly regimes.", "top")]
    [InlineData(Atlantic, "It will be felt in Africa, where Russian mercenaries now support a series of ugly regimes.", "paragraph")]
    [InlineData(Kaplan, "Seven months later, the situation is of course very different.", "top")]
    [InlineData(Kaplan, "Seven months later, the situation is of course very different.", "paragraph")]
    [InlineData(Young, "This certainly doesn’t look like peace is in the air.", "top")]
    [InlineData(Young, "This certainly doesn’t look like peace is in the air.", "paragraph")]
    public void Paragraphs_inserted_before_the_highlight_move_it_by_their_length(string seed, string phrase, string where)
    {
        var h = Highlighted(seed, phrase);
        var at = where == "top" ? 0 : h.Text.LastIndexOf('\n', h.Start) + 1;
        var edited = h.Text[..at] + NewParagraphs + h.Text[at..];

        var result = Anchoring.Reanchor(edited, h.Quote, h.Position);

        Assert.Equal(AnchorState.Moved, result.State);
        Assert.Equal(AnchorMethod.Quote, result.Method);
        AssertLandsOn(result, edited, h.Start + NewParagraphs.Length, phrase);
    }

    [Fact]
    public void Text_inserted_after_the_highlight_leaves_it_anchored()
    {
        var h = Highlighted(Atlantic, "Right now, the actual obstacle is Putin.");
        var edited = h.Text + "\n\n" + NewParagraphs;
        var result = Anchoring.Reanchor(edited, h.Quote, h.Position);
        Assert.Equal(AnchorState.Anchored, result.State);
        AssertLandsOn(result, edited, h.Start, h.Exact);
    }

    // --- (c) words changed inside the highlight ---

    [Theory]
    [InlineData(Atlantic, "It will be felt in Africa, where Russian mercenaries now support a series of ugly regimes.",
        "It will be felt in Africa, where Wagner mercenaries now prop up a series of ugly regimes.")]
    [InlineData(Atlantic, "Putin’s thinking about how to conduct the war isn’t complex at all.",
        "Putin’s thinking about how to wage the war isn’t complicated at all.")]
    [InlineData(Kaplan, "Seven months later, the situation is of course very different.",
        "Eight months later, the situation is of course completely different.")]
    [InlineData(Young, "This certainly doesn’t look like peace is in the air.",
        "This certainly doesn’t look like peace is coming soon.")]
    [InlineData(Young, "Ending it would mean bringing home some 700,000 men who have almost literally been to hell and back",
        "Ending it would mean bringing home some 70,000 men who have almost literally been to hell and back")]
    [InlineData(Young, "THAT PUTIN DOESN’T WANT the war to end seems to be the general consensus except in Putin-friendly circles.",
        "THAT PUTIN DOESN’T WANT the war to end seems to be the broad consensus except in Kremlin-friendly circles.")]
    public void Words_changed_inside_the_highlight_report_Changed_with_the_new_words(string seed, string phrase, string rewritten)
    {
        var h = Highlighted(seed, phrase);
        var edited = Replace(h.Text, phrase, rewritten);

        var result = Anchoring.Reanchor(edited, h.Quote, h.Position);

        Assert.Equal(AnchorState.Changed, result.State);
        Assert.Equal(AnchorMethod.Fuzzy, result.Method);
        AssertLandsOn(result, edited, h.Start, rewritten);
        Assert.InRange(result.QuoteSimilarity, Anchoring.MinFuzzySimilarity, 0.999);
    }

    [Fact]
    public void A_changed_highlight_after_inserted_paragraphs_is_found_at_its_new_offsets()
    {
        var phrase = "It will be felt in Africa, where Russian mercenaries now support a series of ugly regimes.";
        var rewritten = "It will be felt in Africa, where Russian mercenaries already support several ugly regimes.";
        var h = Highlighted(Atlantic, phrase);
        var edited = NewParagraphs + Replace(h.Text, phrase, rewritten);

        var result = Anchoring.Reanchor(edited, h.Quote, h.Position);

        Assert.Equal(AnchorState.Changed, result.State);
        AssertLandsOn(result, edited, h.Start + NewParagraphs.Length, rewritten);
    }

    [Fact]
    public void A_long_highlight_over_several_paragraphs_with_a_few_words_changed_is_Changed()
    {
        var text = Seeds[Atlantic];
        var start = text.IndexOf("Right now, the actual obstacle is Putin.", StringComparison.Ordinal);
        var end = text.IndexOf("We have not yet reached that stage.", start, StringComparison.Ordinal);
        var h = new Highlight(text, start, end, Anchoring.Describe(text, start, end));
        var rewritten = h.Exact.Replace("Quincy Institute", "Cato Institute").Replace("40 percent", "a third")
            .Replace("still seeks to gain", "keeps trying to seize");
        var edited = NewParagraphs + text[..start] + rewritten + text[end..];

        var result = Anchoring.Reanchor(edited, h.Quote, h.Position);

        Assert.True(h.Exact.Length > 3000);
        Assert.Equal(AnchorState.Changed, result.State);
        AssertLandsOn(result, edited, start + NewParagraphs.Length, rewritten);
    }

    [Fact]
    public void A_changed_highlight_is_found_by_its_rare_words_when_copy_edits_broke_every_context_piece()
    {
        var h = Highlighted(Atlantic, "It will be felt in Africa, where Russian mercenaries now support a series of ugly regimes.");
        var copyEdited = Replace(Replace(Replace(h.Text,
            "losing an election in a landslide. It", "losing a vote in a landslide! It"),
            "ugly regimes. And, of course, this failure will", "ugly regimes. And of course this defeat will"),
            "a series of ugly regimes.", "a series of brutal regimes.");
        var edited = NewParagraphs + copyEdited;
        var rewritten = "It will be felt in Africa, where Russian mercenaries now support a series of brutal regimes.";

        var result = Anchoring.Reanchor(edited, h.Quote, h.Position);

        Assert.Equal(AnchorState.Changed, result.State);
        AssertLandsOn(result, edited, edited.IndexOf(rewritten, StringComparison.Ordinal), rewritten);
    }

    // --- (d) the highlighted text deleted ---

    [Theory]
    // "It will be felt in Venezuela, ..." remains right next to it.
    [InlineData(Atlantic, "It will be felt in Africa, where Russian mercenaries now support a series of ugly regimes. ", 0)]
    // Fourteen other "Putin"s remain.
    [InlineData(Atlantic, "Right now, the actual obstacle is Putin. ", 0)]
    // The malformed copy "[Eliot A. Cohen and Phillips Payson O’Brien: How ]defense experts got Ukraine wrong]"
    // earlier in the digest is 99% similar but sits in another piece.
    [InlineData(Atlantic, "Eliot A. Cohen and Phillips Payson O’Brien: How defense experts got Ukraine wrong\n\n", 0)]
    // The first, isolated "Advertisement" line; sixteen others remain.
    [InlineData(Kaplan, "Advertisement\n\n", 0)]
    [InlineData(Kaplan, "It’s all or nothing.", 0)]
    [InlineData(Young, "This certainly doesn’t look like peace is in the air.\n", 0)]
    public void A_deleted_highlight_is_orphaned_and_not_moved_to_similar_text(string seed, string deleted, int occurrence)
    {
        var phrase = deleted.TrimEnd();
        var h = Highlighted(seed, phrase, occurrence);
        var edited = h.Text[..h.Start] + h.Text[(h.Start + deleted.Length)..];

        AssertOrphaned(Anchoring.Reanchor(edited, h.Quote, h.Position));
    }

    // "fighting on.\n\nAdvertisement\nAdvertisement\n\nSeven months" minus its first "Advertisement" line
    // is indistinguishable from the same text minus the second: the survivor, at the same place with the
    // same neighbours, keeps the annotation.
    [Fact]
    public void Deleting_one_of_two_adjacent_identical_lines_keeps_the_annotation_on_the_survivor()
    {
        var h = Highlighted(Kaplan, "Advertisement", 4);
        Assert.Equal("fighting on.\n\nAdvertisement\nAdvertisement\n\nSeven", h.Text[(h.Start - 14)..(h.End + 21)]);
        var edited = h.Text[..h.Start] + h.Text[(h.End + 1)..];

        var result = Anchoring.Reanchor(edited, h.Quote, h.Position);

        Assert.Equal(AnchorState.Anchored, result.State);
        AssertLandsOn(result, edited, h.Start, "Advertisement");
    }

    [Fact]
    public void A_sentence_deleted_next_to_its_near_duplicate_is_not_attached_to_the_duplicate()
    {
        var h = Highlighted(Atlantic, "It will be felt in Venezuela, where Putin’s aggressive defiance has surely helped inspire his ally Nicolás Maduro to stay in power despite losing an election in a landslide.");
        var edited = h.Text[..h.Start] + h.Text[(h.End + 1)..];

        var result = Anchoring.Reanchor(edited, h.Quote, h.Position);

        AssertOrphaned(result);
        Assert.True(result.QuoteSimilarity < Anchoring.MinFuzzySimilarity, $"best rejected candidate: {result}");
    }

    [Theory]
    // Four other "The Atlantic" lines remain, and the next line starts "www.theatlantic.com".
    [InlineData("The Atlantic\n\n")]
    // Now "theatlantic" starts right where the outlet line was: 92% similar with agreeing prefix, but
    // none of the quote's words survive (MinFuzzyWordOverlap).
    [InlineData("The Atlantic\n\nwww.")]
    public void A_deleted_outlet_line_is_not_attached_to_the_outlet_name_inside_the_url(string deleted)
    {
        var h = Highlighted(Atlantic, "The Atlantic");
        Assert.Equal("The Atlantic\n\nwww.theatlantic.com", h.Text[h.Start..(h.End + 21)]);
        var edited = h.Text[..h.Start] + h.Text[(h.Start + deleted.Length)..];

        AssertOrphaned(Anchoring.Reanchor(edited, h.Quote, h.Position));
    }

    [Fact]
    public void A_short_highlight_in_a_deleted_line_is_not_attached_to_the_same_word_in_a_near_duplicate_line()
    {
        // The digest repeats this link title earlier as "[… O’Brien: How ]defense experts got Ukraine wrong]".
        var text = Seeds[Atlantic];
        var line = text.IndexOf("Eliot A. Cohen and Phillips Payson O’Brien: How defense experts got Ukraine wrong\n\n", StringComparison.Ordinal);
        var lineEnd = text.IndexOf("\n\n", line, StringComparison.Ordinal) + 2;
        var start = text.IndexOf("Ukraine", line, StringComparison.Ordinal);
        var quote = Anchoring.Describe(text, start, start + "Ukraine".Length);
        var edited = text[..line] + text[lineEnd..];

        var result = Anchoring.Reanchor(edited, quote, new TextPositionSelector(start, start + "Ukraine".Length));

        AssertOrphaned(result);
        Assert.InRange(result.ContextAgreement, 0.5, Anchoring.MinContextShortQuote);
    }

    [Fact]
    public void A_highlight_rewritten_below_the_minimum_similarity_is_orphaned_even_with_its_context_intact()
    {
        var h = Highlighted(Kaplan, "Seven months later, the situation is of course very different.");
        var edited = Replace(h.Text, h.Exact, "Seven months on, the situation has of course become a very different one.");

        var result = Anchoring.Reanchor(edited, h.Quote, h.Position);

        AssertOrphaned(result);
        Assert.InRange(result.QuoteSimilarity, 0.5, Anchoring.MinFuzzySimilarity);
        Assert.True(result.ContextAgreement > 0.9);
    }

    [Fact]
    public void A_highlight_rewritten_beyond_recognition_is_orphaned()
    {
        var h = Highlighted(Atlantic, "Right now, the actual obstacle is Putin.");
        var edited = Replace(h.Text, h.Exact, "At present the Kremlin stands in the way.");
        AssertOrphaned(Anchoring.Reanchor(edited, h.Quote, h.Position));
    }

    [Fact]
    public void An_edited_highlight_moved_away_from_its_context_is_orphaned_rather_than_guessed()
    {
        var h = Highlighted(Atlantic, "It will be felt in Africa, where Russian mercenaries now support a series of ugly regimes.");
        var withoutIt = h.Text[..h.Start] + h.Text[(h.End + 1)..];
        var elsewhere = withoutIt.IndexOf("Look, again, at the situation", StringComparison.Ordinal);
        var edited = withoutIt[..elsewhere] + "It will be felt in Africa, where Russian soldiers now support a number of ugly regimes.\n\n" + withoutIt[elsewhere..];

        AssertOrphaned(Anchoring.Reanchor(edited, h.Quote, h.Position));
    }

    // An exact copy of a distinctive quote is the same words: when the highlighted copy is gone the
    // annotation follows the surviving copy, reported as Moved with the context that no longer agrees.
    [Fact]
    public void A_long_quote_whose_only_exact_copy_survives_elsewhere_moves_there_with_low_context_agreement()
    {
        var h = Highlighted(Atlantic, "Right now, the actual obstacle is Putin.");
        var withoutIt = Replace(h.Text, h.Exact + " ", "");
        var elsewhere = withoutIt.IndexOf("Look, again, at the situation", StringComparison.Ordinal);
        var edited = withoutIt[..elsewhere] + h.Exact + "\n\n" + withoutIt[elsewhere..];

        var result = Anchoring.Reanchor(edited, h.Quote, h.Position);

        Assert.Equal(AnchorState.Moved, result.State);
        AssertLandsOn(result, edited, elsewhere, h.Exact);
        Assert.True(result.ContextAgreement < Anchoring.MinContextMediumQuote);
    }

    // Below DistinctiveQuoteLength the surviving copy needs agreeing context; at or above it, not.
    [Fact]
    public void A_medium_quote_whose_only_exact_copy_survives_elsewhere_is_orphaned()
    {
        var h = Highlighted(Young, "Kudos to Cathy Young!");
        Assert.True(h.Exact.Length is >= Anchoring.ShortQuoteLength and < Anchoring.DistinctiveQuoteLength);
        var edited = h.Exact + "\n" + Replace(h.Text, h.Exact + "\n", "");

        var result = Anchoring.Reanchor(edited, h.Quote, h.Position);

        AssertOrphaned(result);
    }

    // --- (e) the same phrase several times ---

    [Theory]
    [InlineData(Atlantic, "will be felt", 0)]
    [InlineData(Atlantic, "will be felt", 1)]
    [InlineData(Atlantic, "will be felt", 2)]
    [InlineData(Atlantic, "will be felt", 3)]
    [InlineData(Atlantic, "Putin", 0)]
    [InlineData(Atlantic, "Putin", 7)]
    [InlineData(Atlantic, "Putin", 14)]
    [InlineData(Kaplan, "Advertisement", 3)]
    [InlineData(Kaplan, "Advertisement", 16)]
    [InlineData(Young, "the war", 4)]
    public void A_repeated_phrase_reattaches_to_its_own_occurrence_by_context(string seed, string phrase, int occurrence)
    {
        var h = Highlighted(seed, phrase, occurrence);
        var edited = NewParagraphs + h.Text;

        var result = Anchoring.Reanchor(edited, h.Quote, h.Position);

        Assert.Equal(AnchorState.Moved, result.State);
        AssertLandsOn(result, edited, h.Start + NewParagraphs.Length, phrase);
    }

    [Fact]
    public void Another_occurrence_landing_on_the_old_offsets_does_not_capture_the_highlight()
    {
        var text = Seeds[Atlantic];
        var previous = Highlighted(Atlantic, "Putin", 11);
        var h = Highlighted(Atlantic, "Putin", 12);
        var shift = h.Start - previous.Start;
        var filler = new string('x', shift - 2) + "\n\n";
        var at = text.LastIndexOf("\n\n", previous.Start, StringComparison.Ordinal) + 2;
        var edited = text[..at] + filler + text[at..];
        Assert.Equal("Putin", edited[h.Start..h.End]);

        var result = Anchoring.Reanchor(edited, h.Quote, h.Position);

        Assert.Equal(AnchorState.Moved, result.State);
        AssertLandsOn(result, edited, h.Start + shift, "Putin");
    }

    [Fact]
    public void A_phrase_with_identical_context_repeated_goes_to_the_occurrence_nearest_the_old_offsets()
    {
        var block = "The war goes on.\n\nAdvertisement\n\n";
        var text = string.Concat(Enumerable.Repeat(block, 5));
        var start = 3 * block.Length + block.IndexOf("Advertisement", StringComparison.Ordinal);
        var quote = Anchoring.Describe(text, start, start + "Advertisement".Length);
        var edited = "Short.\n\n" + text;

        var result = Anchoring.Reanchor(edited, quote, new TextPositionSelector(start, start + "Advertisement".Length));

        Assert.Equal(AnchorState.Moved, result.State);
        AssertLandsOn(result, edited, start + "Short.\n\n".Length, "Advertisement");
    }

    // ContextTieMargin: a one-character edit next to the highlight must not hand it to a twin elsewhere
    // whose context now matches the stored one exactly.
    [Fact]
    public void A_slightly_edited_context_keeps_the_highlight_on_its_own_occurrence_rather_than_an_identical_twin()
    {
        var block = "The war goes on.\n\nAdvertisement\n\n";
        var text = string.Concat(Enumerable.Repeat(block, 5));
        var start = 2 * block.Length + block.IndexOf("Advertisement", StringComparison.Ordinal);
        var quote = Anchoring.Describe(text, start, start + "Advertisement".Length);
        var edited = "Short.\n\n" + text[..(2 * block.Length)] + block.Replace("on.", "on!") + text[(3 * block.Length)..];

        var result = Anchoring.Reanchor(edited, quote, new TextPositionSelector(start, start + "Advertisement".Length));

        Assert.Equal(AnchorState.Moved, result.State);
        AssertLandsOn(result, edited, start + "Short.\n\n".Length, "Advertisement");
        Assert.True(result.ContextAgreement < 1);
    }

    // --- (f) typography ---

    public static TheoryData<string, string, string, AnchorState> TypographyEdits => new()
    {
        // Straightened quotes keep every offset: same place, typographic variant of the same text.
        { Atlantic, "“The good news is that Putin’s war has failed in his core aim,” he said.", "straight quotes", AnchorState.Anchored },
        { Kaplan, "Musk’s plan did not call for a Russian withdrawal as a prerequisite.", "straight quotes", AnchorState.Anchored },
        { Young, "It’s a “peace process” that brings to mind the old Soviet joke", "straight quotes", AnchorState.Anchored },
        { Young, "It’s a “peace process” that brings to mind the old Soviet joke", "no-break spaces", AnchorState.Anchored },
        { Atlantic, "Worse—much worse—is that, instead of focusing on victory", "hyphens for dashes", AnchorState.Anchored },
        // Doubled spaces and extra blank lines shift the offsets.
        { Atlantic, "“The good news is that Putin’s war has failed in his core aim,” he said.", "double spaces", AnchorState.Moved },
        { Kaplan, "Seven months later, the situation is of course very different.", "extra blank lines", AnchorState.Moved },
        { Young, "This certainly doesn’t look like peace is in the air.", "double spaces", AnchorState.Moved },
        // A highlight made on a straight-quote version finds the curly original.
        { Kaplan, "Musk's plan did not call for a Russian withdrawal as a prerequisite.", "curly source", AnchorState.Anchored },
    };

    [Theory]
    [MemberData(nameof(TypographyEdits))]
    public void Typographic_changes_are_Anchored_or_Moved_never_Changed(string seed, string phrase, string edit, AnchorState expected)
    {
        var text = Seeds[seed];
        if (edit == "curly source") text = Straight(text);
        var h = Highlighted2(text, phrase);
        var edited = edit switch
        {
            "straight quotes" => Straight(text),
            "no-break spaces" => text.Replace(' ', '\u00A0'),
            "hyphens for dashes" => text.Replace('—', '-'),
            "double spaces" => text.Replace(" ", "  "),
            "extra blank lines" => text.Replace("\n\n", "\n\n\n\n"),
            "curly source" => Seeds[seed],
            _ => throw new ArgumentException(edit),
        };

        var result = Anchoring.Reanchor(edited, h.Quote, h.Position);

        Assert.Equal(expected, result.State);
        Assert.Equal(TypographicText.Normalize(phrase), TypographicText.Normalize(result.CurrentText!));
        Assert.Equal(result.CurrentText, edited[result.Start!.Value..result.End!.Value]);
        Assert.True(result.ContextAgreement >= 0.9, result.ToString());
    }

    static string Straight(string text) => text.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');

    static Highlight Highlighted2(string text, string phrase)
    {
        var start = text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no \"{phrase}\"");
        return new Highlight(text, start, start + phrase.Length, Anchoring.Describe(text, start, start + phrase.Length));
    }

    // Case is wording, not typography: a re-cased long quote is found but reported as Changed.
    [Fact]
    public void A_change_of_case_is_reported_as_Changed()
    {
        var h = Highlighted(Young, "THAT PUTIN DOESN’T WANT the war to end");
        var edited = Replace(h.Text, h.Exact, "That Putin doesn’t want the war to end");
        var result = Anchoring.Reanchor(edited, h.Quote, h.Position);
        Assert.Equal(AnchorState.Changed, result.State);
        AssertLandsOn(result, edited, h.Start, "That Putin doesn’t want the war to end");
    }

    // --- (g) short highlights ---

    public static TheoryData<string, string, string, int> ShortHighlightEdits => new()
    {
        // edit name, old text, new text, shift of the highlight
        { "paragraphs inserted at the top", "", "", NewParagraphs.Length },
        { "a word before it changed", "the actual obstacle is Putin.", "the real obstacle is Putin.", -2 },
        { "a word after it changed", "is Putin. Indeed, none of these", "is Putin. In fact, none of these", 0 },
        { "first name added", "obstacle is Putin.", "obstacle is Vladimir Putin.", 9 },
    };

    [Theory]
    [MemberData(nameof(ShortHighlightEdits))]
    public void A_short_highlight_follows_edits_around_it(string edit, string old, string replacement, int shift)
    {
        var h = Highlighted(Atlantic, "Putin", 12);
        Assert.Equal("Right now, the actual obstacle is Putin.", h.Text[(h.Start - 34)..(h.End + 1)]);
        var edited = old == "" ? NewParagraphs + h.Text : Replace(h.Text, old, replacement);

        var result = Anchoring.Reanchor(edited, h.Quote, h.Position);

        Assert.Equal(shift == 0 ? AnchorState.Anchored : AnchorState.Moved, result.State);
        Assert.True(result.ContextAgreement >= Anchoring.MinContextShortQuote, $"{edit}: {result}");
        AssertLandsOn(result, edited, h.Start + shift, "Putin");
    }

    [Theory]
    [InlineData("sentence deleted", "Right now, the actual obstacle is Putin. ", "")]
    [InlineData("renamed", "the actual obstacle is Putin.", "the actual obstacle is the Kremlin.")]
    [InlineData("misspelt", "the actual obstacle is Putin.", "the actual obstacle is Poutine.")]
    [InlineData("both neighbours rewritten", "Right now, the actual obstacle is Putin. Indeed, none of these", "Today the main hurdle remains Putin. No one among these")]
    public void A_short_highlight_whose_own_words_or_context_are_gone_is_orphaned(string edit, string old, string replacement)
    {
        var h = Highlighted(Atlantic, "Putin", 12);
        var edited = Replace(h.Text, old, replacement);
        Assert.Contains("Putin", edited);
        AssertOrphaned(Anchoring.Reanchor(edited, h.Quote, h.Position));
        _ = edit;
    }

    // --- property: random small edits far from the highlight ---

    static readonly string[] InsertedWords = ["meanwhile", "reportedly", "\n\nA new paragraph.\n\n", "—", " ", "the ", "Kyiv", "2025", "“sic”"];

    public static TheoryData<string, string, int> PropertyHighlights => new()
    {
        { Atlantic, "It will be felt in Africa, where Russian mercenaries now support a series of ugly regimes.", 0 },
        { Atlantic, "Putin", 5 },
        { Atlantic, "will be felt", 2 },
        { Kaplan, "Advertisement", 9 },
        { Kaplan, "It’s all or nothing.", 0 },
        { Young, "Putin", 8 },
        { Young, "This certainly doesn’t look like peace is in the air.", 0 },
    };

    [Theory]
    [MemberData(nameof(PropertyHighlights))]
    public void Random_small_edits_far_from_the_highlight_keep_it_Anchored_or_Moved_on_the_exact_text(string seed, string phrase, int occurrence)
    {
        var h = Highlighted(seed, phrase, occurrence);
        var random = new Random(20241031 + occurrence + phrase.Length);
        const int distance = 80;
        for (var trial = 0; trial < 25; trial++)
        {
            var text = h.Text;
            var start = h.Start;
            for (var edit = 0; edit < 1 + random.Next(4); edit++)
            {
                // Anywhere at least `distance` characters away from the highlight.
                var before = random.Next(2) == 0 && start > distance + 50;
                var at = before ? random.Next(0, start - distance - 40) : random.Next(start + phrase.Length + distance, text.Length + 1);
                var removed = Math.Min(random.Next(0, 40), before ? start - distance - at : text.Length - at);
                var inserted = random.Next(3) == 0 ? "" : InsertedWords[random.Next(InsertedWords.Length)];
                text = text[..at] + inserted + text[(at + removed)..];
                if (before) start += inserted.Length - removed;
            }

            var result = Anchoring.Reanchor(text, h.Quote, h.Position);

            Assert.True(result.State is AnchorState.Anchored or AnchorState.Moved, $"trial {trial}: {result}");
            Assert.Equal(start, result.Start);
            Assert.Equal(phrase, result.CurrentText);
            Assert.Equal(phrase, text[result.Start!.Value..result.End!.Value]);
        }
    }

    // --- degenerate input ---

    [Theory]
    [InlineData("")]
    [InlineData("  \n")]
    public void An_empty_quote_is_orphaned(string exact)
    {
        var text = Seeds[Kaplan];
        AssertOrphaned(Anchoring.Reanchor(text, new TextQuoteSelector(exact, "", ""), new TextPositionSelector(0, exact.Length)));
    }

    [Fact]
    public void Stored_offsets_beyond_a_shortened_text_do_not_fail()
    {
        var h = Highlighted(Atlantic, "It will be felt in Africa, where Russian mercenaries now support a series of ugly regimes.");
        var shortened = h.Text[..20000] + h.Text[h.Start..(h.End + 200)];
        var result = Anchoring.Reanchor(shortened, h.Quote, h.Position);
        Assert.Equal(AnchorState.Moved, result.State);
        AssertLandsOn(result, shortened, 20000, h.Exact);
        AssertOrphaned(Anchoring.Reanchor("", h.Quote, h.Position));
    }
}
