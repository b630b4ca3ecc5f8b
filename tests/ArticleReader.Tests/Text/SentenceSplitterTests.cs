using ArticleReader.Text;

namespace ArticleReader.Tests.Text;

public class SentenceSplitterTests
{
    // Expected sentences are written joined by " | ".
    static void AssertSplits(string input, string expected, SentenceSplitOptions options = default)
    {
        var actual = SentenceSplitter.Split(input, options).Select(s => s.Slice(input));
        Assert.Equal(expected.Split(" | "), actual);
    }

    [Theory]
    [InlineData("Mr. Smith met Dr. Jones. They talked.", "Mr. Smith met Dr. Jones. | They talked.")]                 // titles
    [InlineData("Gen. Mark Milley spoke. Sen. Warren did not.", "Gen. Mark Milley spoke. | Sen. Warren did not.")]
    [InlineData("Rep. Will Hurd voted no.", "Rep. Will Hurd voted no.")]                                                // title before a starter-like name
    [InlineData("St. Michael's Church is on 5th st. near the light.", "St. Michael's Church is on 5th st. near the light.")] // place
    [InlineData("He lives on Main St. The house is red.", "He lives on Main St. | The house is red.")]
    [InlineData("I can see Mt. Fuji from here.", "I can see Mt. Fuji from here.")]
    [InlineData("Please turn to p. 55.", "Please turn to p. 55.")]                                                       // takes a number
    [InlineData("On Jan. 6 the mob came. It was No. 1 news.", "On Jan. 6 the mob came. | It was No. 1 news.")]
    [InlineData("He was born in Jan. The next month he moved.", "He was born in Jan. | The next month he moved.")]
    [InlineData("You can find it at N°. 1026.253.553. That is where.", "You can find it at N°. 1026.253.553. | That is where.")]
    [InlineData("Big states, e.g. Texas, vote late.", "Big states, e.g. Texas, vote late.")]                             // continuing
    [InlineData("Roe v. Wade was overturned. Then came Dobbs.", "Roe v. Wade was overturned. | Then came Dobbs.")]
    [InlineData("They closed the deal with Pitt, Briggs & Co. at noon.", "They closed the deal with Pitt, Briggs & Co. at noon.")] // other
    [InlineData("They closed the deal with Pitt, Briggs & Co. It closed yesterday.", "They closed the deal with Pitt, Briggs & Co. | It closed yesterday.")]
    [InlineData("That is JFK Jr.'s book.", "That is JFK Jr.'s book.")]
    [InlineData("DEKALB, Ill. — Mike Glass threw for three touchdowns.", "DEKALB, Ill. — Mike Glass threw for three touchdowns.")] // state, dateline
    [InlineData("The rally was in Springfield, Ill. The crowd was large.", "The rally was in Springfield, Ill. | The crowd was large.")]
    [InlineData("He mourned the Rt. Hon. B. U. Nzeribe.", "He mourned the Rt. Hon. B. U. Nzeribe.")]
    [InlineData("He holds a Ph.D. in physics. She earned her Ph.D. She then left.", "He holds a Ph.D. in physics. | She earned her Ph.D. | She then left.")]
    [InlineData("I work for the U.S. Government in Virginia.", "I work for the U.S. Government in Virginia.")]         // initialisms
    [InlineData("I live in the U.S. How about you?", "I live in the U.S. | How about you?")]
    [InlineData("I live in the E.U. How about you?", "I live in the E.U. | How about you?")]
    [InlineData("I have lived in the U.S. for 20 years.", "I have lived in the U.S. for 20 years.")]
    [InlineData("I visited the U.S.A. last year.", "I visited the U.S.A. last year.")]
    public void Abbreviations_end_a_sentence_only_where_their_rule_allows(string input, string expected) =>
        AssertSplits(input, expected);

    [Theory]
    [InlineData("At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
        "At 5 a.m. Mr. Smith went to the bank. | He left the bank at 6 P.M. | Mr. Smith then went to the store.")] // fronted time
    [InlineData("The debate airs at 8 p.m. Eastern on Fox.", "The debate airs at 8 p.m. Eastern on Fox.")]            // time zone
    [InlineData("He arrived at 6 p.m. Monday and left.", "He arrived at 6 p.m. Monday and left.")]                   // weekday
    [InlineData("The meeting ended at 5 p.m. The next day was quiet.", "The meeting ended at 5 p.m. | The next day was quiet.")]
    [InlineData("It was 3 a.m. and cold.", "It was 3 a.m. and cold.")]
    public void Clock_times_end_a_sentence_unless_a_zone_day_or_fronted_phrase_says_otherwise(string input, string expected) =>
        AssertSplits(input, expected);

    [Theory]
    [InlineData("My name is Jonas E. Smith.", "My name is Jonas E. Smith.")]
    [InlineData("Eliot A. Cohen and Phillips Payson O’Brien wrote it.", "Eliot A. Cohen and Phillips Payson O’Brien wrote it.")]
    [InlineData("It was Lieutenant General H. R. McMaster, who served.", "It was Lieutenant General H. R. McMaster, who served.")]
    [InlineData("The author is H. A. Smith.", "The author is H. A. Smith.")]                                             // "A." is an initial, not the article
    [InlineData("James P. Kennedy Jr., the U.S. Attorney, spoke.", "James P. Kennedy Jr., the U.S. Attorney, spoke.")] // "P." is not "p. 55"
    [InlineData("We make a good team, you and I. Did you see Albert I. Jones yesterday?", "We make a good team, you and I. | Did you see Albert I. Jones yesterday?")]
    [InlineData("They fell back on Plan B. The plan failed.", "They fell back on Plan B. | The plan failed.")]
    public void Initials_continue_a_name_and_end_a_sentence_before_a_sentence_starter(string input, string expected) =>
        AssertSplits(input, expected);

    [Theory]
    [InlineData("She has $100.00 in her bag.", "She has $100.00 in her bag.")]
    [InlineData("She has $100.00. It is in her bag.", "She has $100.00. | It is in her bag.")]
    [InlineData("Meanwhile, $300 billion worth of frozen Russian reserves are still sitting in European clearinghouses.",
        "Meanwhile, $300 billion worth of frozen Russian reserves are still sitting in European clearinghouses.")]
    [InlineData("It cost $1.5 million. That is 6 percent of 3.5 billion.", "It cost $1.5 million. | That is 6 percent of 3.5 billion.")]
    [InlineData("It was 2019. 2020 was worse.", "It was 2019. | 2020 was worse.")]
    [InlineData("The drones cost perhaps $220,000 apiece; the ships are worth more.", "The drones cost perhaps $220,000 apiece; the ships are worth more.")]
    public void Numbers_and_money_keep_their_decimal_points(string input, string expected) =>
        AssertSplits(input, expected);

    [Theory]
    [InlineData("She turned to him, \"This is great.\" she said.", "She turned to him, \"This is great.\" she said.")]
    [InlineData("She turned to him, 'This is great.' she said.", "She turned to him, 'This is great.' she said.")]
    [InlineData("She turned to him, \"This is great.\" She held the book out.", "She turned to him, \"This is great.\" | She held the book out.")]
    [InlineData("He said, “We gotta talk.” Milley went on.", "He said, “We gotta talk.” | Milley went on.")]
    [InlineData("“What exactly they’re doing will have to be seen,” Austin said.", "“What exactly they’re doing will have to be seen,” Austin said.")]
    [InlineData("“We have got to stop him!” Milley said. “You have got to stop him!” By “you” he meant the press.",
        "“We have got to stop him!” Milley said. | “You have got to stop him!” | By “you” he meant the press.")] // speech attribution
    [InlineData("“Why?” he asked. “Stop!” she said.", "“Why?” he asked. | “Stop!” she said.")]
    [InlineData("They kept screaming ‘Where are you! Come out!’ in this heavily accented Hebrew. Then they threw grenades.",
        "They kept screaming ‘Where are you! Come out!’ in this heavily accented Hebrew. | Then they threw grenades.")] // embedded quotation
    [InlineData("“We won. They lost,” he said.", "“We won. They lost,” he said.")]
    [InlineData("He added, “We cannot grow weary. We cannot look away.” Hoping to rally support, he left.",
        "He added, “We cannot grow weary. | We cannot look away.” | Hoping to rally support, he left.")]
    [InlineData("He said: “It is over.’ ” Then he left.", "He said: “It is over.’ ” | Then he left.")]           // spaced nested closers
    public void Quotations_keep_their_closing_marks_and_embedded_quotes_stay_whole(string input, string expected) =>
        AssertSplits(input, expected);

    [Theory]
    [InlineData("He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
        "He teaches science (He previously worked for 5 years as an engineer.) at the local University.")]
    [InlineData("He resigned. (Musk’s plan did not call for a withdrawal.) Nor would it.",
        "He resigned. | (Musk’s plan did not call for a withdrawal.) | Nor would it.")]
    [InlineData("The company (Acme Inc.) was sold. Then it died.", "The company (Acme Inc.) was sold. | Then it died.")]
    public void Parentheses_close_with_their_sentence(string input, string expected) =>
        AssertSplits(input, expected);

    [Theory]
    [InlineData("I never meant that.... She left the store.", "I never meant that.... | She left the store.")]
    [InlineData("I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
        "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.")]
    [InlineData("One habit was weakened . . . was that of combining compounds. . . . The practice was not abandoned. . . .",
        "One habit was weakened . . . was that of combining compounds. | . . . The practice was not abandoned. . . .")]
    [InlineData("Indicate the end with a period . . . . Next sentence.", "Indicate the end with a period . . . . | Next sentence.")]
    [InlineData("\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).", "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).")]
    [InlineData("Bohr […] used the analogy.", "Bohr […] used the analogy.")]
    [InlineData("This is it… Or is it?", "This is it… | Or is it?")]
    [InlineData("Well… I don’t know.", "Well… I don’t know.")]
    [InlineData("He spent more time on it than I ever did … What an amazing body.", "He spent more time on it than I ever did … | What an amazing body.")]
    public void Ellipses_end_a_sentence_only_with_a_fourth_dot_or_before_a_capital(string input, string expected) =>
        AssertSplits(input, expected);

    [Theory]
    [InlineData("What is your name? My name is Jonas.", "What is your name? | My name is Jonas.")]
    [InlineData("There it is! I found it.", "There it is! | I found it.")]
    [InlineData("Hello!? Is that you?", "Hello!? | Is that you?")]
    [InlineData("Hello?? Who is there?", "Hello?? | Who is there?")]
    [InlineData("She works at Yahoo! in the accounting department.", "She works at Yahoo! in the accounting department.")]
    [InlineData("She reads Yahoo! Finance daily.", "She reads Yahoo! Finance daily.")]                                 // exclamation name
    [InlineData("Do such realists exist? What posts do they occupy now? I don’t know.", "Do such realists exist? | What posts do they occupy now? | I don’t know.")]
    public void Question_and_exclamation_marks_end_a_sentence_before_a_capital(string input, string expected) =>
        AssertSplits(input, expected);

    [Theory]
    [InlineData("Her email is Jane.Doe@example.com. I sent her an email.", "Her email is Jane.Doe@example.com. | I sent her an email.")]
    [InlineData("The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
        "The site is: https://www.example.50.com/new-site/awesome_content.html. | Please check it out.")]
    [InlineData("To be featured, email dear.therapist@theatlantic.com by Sunday, October 20.", "To be featured, email dear.therapist@theatlantic.com by Sunday, October 20.")]
    [InlineData("Visit www.Example.Com today.", "Visit www.Example.Com today.")]
    [InlineData("Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot.",
        "Hello world. | Today is Tuesday. | Mr. Smith went to the store and bought 1,000. | That is a lot.")]            // glued sentences
    public void Urls_and_emails_keep_their_dots_while_glued_sentences_split(string input, string expected) =>
        AssertSplits(input, expected);

    [Theory]
    [InlineData("1.) The first item 2.) The second item", "1.) The first item | 2.) The second item")]
    [InlineData("1) The first item. 2) The second item.", "1) The first item. | 2) The second item.")]
    [InlineData("1. The first item 2. The second item", "1. The first item | 2. The second item")]
    [InlineData("a. The first item b. The second item c. The third list item", "a. The first item | b. The second item | c. The third list item")]
    [InlineData("a) first thing b) second thing", "a) first thing | b) second thing")]
    [InlineData("• 9. The first item • 10. The second item", "• 9. The first item | • 10. The second item")]
    [InlineData("⁃9. The first item ⁃10. The second item", "⁃9. The first item | ⁃10. The second item")]
    [InlineData("He scored 2. Then he left.", "He scored 2. | Then he left.")]                                         // no list without a first item
    public void List_items_start_new_sentences(string input, string expected) =>
        AssertSplits(input, expected);

    [Theory]
    [InlineData("features\ncontact manager\nevents, activities\n", "features | contact manager | events, activities")]
    [InlineData("It was a cold \nnight in the city.", "It was a cold \nnight in the city.")]
    [InlineData("First paragraph ends here\n\nsecond one starts lowercase", "First paragraph ends here | second one starts lowercase")]
    [InlineData("Advertisement\r\nAdvertisement\r\nMy plan also demanded more.", "Advertisement | Advertisement | My plan also demanded more.")]
    public void Line_breaks_end_sentences_except_a_wrapped_line(string input, string expected) =>
        AssertSplits(input, expected);

    [Theory]
    [InlineData("This is a sentence\ncut off in the middle because pdf.", "This is a sentence\ncut off in the middle because pdf.")]
    [InlineData("Heading\nBody starts here.", "Heading | Body starts here.")]
    public void Wrapped_text_joins_lines_continued_in_lowercase(string input, string expected) =>
        AssertSplits(input, expected, SentenceSplitOptions.Wrapped);

    [Fact]
    public void Default_options_keep_a_line_break_before_lowercase_as_a_boundary() =>
        AssertSplits("This is a sentence\ncut off in the middle because pdf.", "This is a sentence | cut off in the middle because pdf.");

    [Theory]
    [InlineData("When pressed by reporters about what North Koreans’ role might be, Austin responded, “If they’re co-belligerents—[if] their intention is to participate in this war on Russia’s behalf—that is a very, very serious issue.” He is trying to sound tough, but his comment means nothing.",
        "When pressed by reporters about what North Koreans’ role might be, Austin responded, “If they’re co-belligerents—[if] their intention is to participate in this war on Russia’s behalf—that is a very, very serious issue.” | He is trying to sound tough, but his comment means nothing.")]
    [InlineData("Tesla CEO Elon Musk gives interviews as he arrives at the Offshore Northern Seas 2022 meeting in Stavanger, Norway, on Aug. 29. Carina Johansen/NTB/AFP via Getty Images",
        "Tesla CEO Elon Musk gives interviews as he arrives at the Offshore Northern Seas 2022 meeting in Stavanger, Norway, on Aug. 29. | Carina Johansen/NTB/AFP via Getty Images")]
    [InlineData("In short, an idea that may have seemed reasonable is clearly preposterous today—as Putin would not allow a real referendum on soil that he has already “annexed.” Nor would a credible election be possible. (Musk’s plan did not call for a Russian withdrawal as a prerequisite.)",
        "In short, an idea that may have seemed reasonable is clearly preposterous today—as Putin would not allow a real referendum on soil that he has already “annexed.” | Nor would a credible election be possible. | (Musk’s plan did not call for a Russian withdrawal as a prerequisite.)")]
    [InlineData("“We have got to stop him!” Milley said. “You have got to stop him!” By “you” he meant the press broadly. “He is the most dangerous person ever. I had suspicions when I talked to you about his mental decline and so forth, but now I realize he’s a total fascist.”",
        "“We have got to stop him!” Milley said. | “You have got to stop him!” | By “you” he meant the press broadly. | “He is the most dangerous person ever. | I had suspicions when I talked to you about his mental decline and so forth, but now I realize he’s a total fascist.”")]
    [InlineData("(In most of these cases, the U.S. relented and provided the requested equipment.) Would the U.S. allow Ukraine to use Western weaponry? The U.S. is Ukraine’s most important ally—but the U.S. fears what Putin might think of each step.",
        "(In most of these cases, the U.S. relented and provided the requested equipment.) | Would the U.S. allow Ukraine to use Western weaponry? | The U.S. is Ukraine’s most important ally—but the U.S. fears what Putin might think of each step.")]
    [InlineData("As Goldberg put it: “The difficulty of the task was captured most succinctly by Lieutenant General H. R. McMaster,” who served as the second of Trump’s four national security advisers. “As chairman,” McMaster said, “you swear to support and defend the Constitution.”",
        "As Goldberg put it: “The difficulty of the task was captured most succinctly by Lieutenant General H. R. McMaster,” who served as the second of Trump’s four national security advisers. | “As chairman,” McMaster said, “you swear to support and defend the Constitution.”")]
    [InlineData("In the long battle for Vulhedar, the Russians have sacrificed about 1,000 tanks —nearly 6 percent of all the vehicles destroyed. Russia has not changed its rhetoric either.",
        "In the long battle for Vulhedar, the Russians have sacrificed about 1,000 tanks —nearly 6 percent of all the vehicles destroyed. | Russia has not changed its rhetoric either.")]
    public void Seed_style_paragraphs_split_into_their_sentences(string input, string expected) =>
        AssertSplits(input, expected);

    [Theory]
    [InlineData("Mr.", "Title")]
    [InlineData("St.", "Place")]
    [InlineData("turn to p.", "TakesNumber")]
    [InlineData("e.g.", "Continuing")]
    [InlineData("Co.", "Abbreviation")]
    [InlineData("Springfield, Ill.", "Abbreviation")]
    [InlineData("a.m.", "Time")]
    [InlineData("U.S.", "Initialism")]
    [InlineData("Jonas E.", "Initial")]
    [InlineData("world.", "Plain")]
    [InlineData("1,000.", "Number")]
    [InlineData("1.", "ListMarker")]
    [InlineData("a.", "ListMarker")]
    public void Words_before_a_period_are_classified_by_the_rule_lists(string text, string kind) =>
        Assert.Equal(kind, SentenceSplitter.ClassifyWordBefore(text, text.Length - 1).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("...")]
    [InlineData("• •")]
    [InlineData("No terminal punctuation at all")]
    [InlineData("  Leading and trailing space.  Two sentences.  ")]
    [InlineData("“Quoted.” ‘Single.’ (Paren.) [Bracket.] Done!")]
    [InlineData("a.m. p.m. U.S. e.g. 1. 2. . . . …… ?! !? \r\n\r\n x")]
    [InlineData("First.\u200B \u200BSecond.\n\u200B\n")]
    public void Spans_slice_to_trimmed_ordered_non_overlapping_sentences_that_cover_all_text(string input) =>
        AssertSpanInvariants(input);

    [Fact]
    public void Seed_articles_keep_the_span_invariants()
    {
        var seeds = Directory.GetFiles(Path.Combine(RepositoryRoot(), "seeds"), "*.txt");
        Assert.NotEmpty(seeds);
        foreach (var file in seeds)
        {
            var text = File.ReadAllText(file);
            AssertSpanInvariants(text);
            AssertSpanInvariants(text, SentenceSplitOptions.Wrapped);
        }
    }

    [Fact]
    public void Each_line_of_a_seed_paragraph_list_is_its_own_sentence_and_advertisements_stand_alone()
    {
        var text = File.ReadAllText(Directory.GetFiles(Path.Combine(RepositoryRoot(), "seeds"), "000_*.txt").Single());
        var sentences = SentenceSplitter.Split(text).Select(s => s.Slice(text)).ToList();
        Assert.Contains("Advertisement", sentences);
        Assert.Contains("Probably not.", sentences);
        Assert.Contains("Tesla CEO Elon Musk gives interviews as he arrives at the Offshore Northern Seas 2022 meeting in Stavanger, Norway, on Aug. 29.", sentences);
        Assert.DoesNotContain(sentences, s => s.Contains('\n'));
    }

    static void AssertSpanInvariants(string input, SentenceSplitOptions options = default)
    {
        var spans = SentenceSplitter.Split(input, options);
        int covered = 0;
        foreach (var span in spans)
        {
            Assert.True(span.Start >= covered, $"span {span} overlaps or precedes the previous one");
            Assert.True(span.Length > 0, $"span {span} is empty");
            var slice = span.Slice(input);
            Assert.Equal(slice.Trim(), slice);
            Assert.True(IsBlank(input.AsSpan(covered, span.Start - covered)), $"text before {span} was dropped");
            Assert.False(IsBlank(slice.AsSpan(0, 1)) || IsBlank(slice.AsSpan(slice.Length - 1)), $"span {span} starts or ends blank");
            covered = span.End;
        }
        Assert.True(IsBlank(input.AsSpan(covered)), "text after the last span was dropped");
    }

    static bool IsBlank(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
            if (!char.IsWhiteSpace(c) && c is not ('\u200B' or '\u2060' or '\uFEFF')) return false;
        return true;
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ArticleReader.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("No folder above the test binaries holds ArticleReader.sln");
    }
}
