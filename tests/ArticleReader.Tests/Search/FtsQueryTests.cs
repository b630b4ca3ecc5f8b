using System.Text.RegularExpressions;
using ArticleReader.Search;
using ArticleReader.Text;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Tests.Search;

public partial class FtsQueryTests
{
    static FtsQuery Translate(string input) => FtsQuery.From(QueryParser.Parse(input));

    [Theory]
    [InlineData("Pokrovsk", "\"Pokrovsk\"")]
    [InlineData("drones Ukraine", "\"drones\" AND \"Ukraine\"")]
    [InlineData("\"security guarantee\"", "\"security guarantee\"")]
    [InlineData("negotiat*", "\"negotiat\"*")]
    [InlineData("\"peace pl\"*", "\"peace pl\"*")]
    [InlineData("(Putin OR Kremlin) drones", "(\"Putin\" OR \"Kremlin\") AND \"drones\"")]
    [InlineData("a OR b OR c", "\"a\" OR \"b\" OR \"c\"")]
    [InlineData("drones -Trump", "\"drones\" NOT \"Trump\"")]
    [InlineData("drones -Trump -\"peace plan\"", "\"drones\" NOT (\"Trump\" OR \"peace plan\")")]
    [InlineData("a b -c", "(\"a\" AND \"b\") NOT \"c\"")]
    [InlineData("(a OR b) -c", "(\"a\" OR \"b\") NOT \"c\"")]
    [InlineData("a OR (b -c)", "\"a\" OR (\"b\" NOT \"c\")")]
    [InlineData("drones -(Trump OR Vance)", "\"drones\" NOT (\"Trump\" OR \"Vance\")")]
    [InlineData("drones author:X type:prediction", "\"drones\"")]                                           // filters are not text
    public void Operators_become_FTS5_operators(string input, string match) =>
        Assert.Equal(new FtsQuery(match, null), Translate(input));

    [Theory]
    [InlineData("NEAR(a b)", "\"NEAR\" AND \"a\" AND \"b\"")]
    [InlineData("{a b}: c", "\"a\" AND \"b\" AND \"c\"")]
    [InlineData("^x", "\"x\"")]
    [InlineData("or and not near", "\"or\" AND \"and\" AND \"not\" AND \"near\"")]
    [InlineData("-OR", null)]
    [InlineData("a\"b", "\"a\"\"b\"")]                                                                      // embedded quote doubled
    [InlineData("\"say \"\"no\"\" now\"", "\"say \"\"\"\"no\"\"\"\" now\"")]
    [InlineData("'; DROP TABLE articles; --", "\"DROP\" AND \"TABLE\" AND \"articles\"")]
    [InlineData("\"a\u0000b\"", "\"a b\"")]                                                                 // NUL would end the FTS5 string
    public void Anything_typed_reaches_FTS5_only_inside_quotes(string input, string? match) =>
        Assert.Equal(match, Translate(input).Match);

    [Theory]
    [InlineData("-Trump", "\"Trump\"")]
    [InlineData("-Trump -\"peace plan\"", "\"Trump\" OR \"peace plan\"")]
    [InlineData("-(a OR b)", "(\"a\" OR \"b\")")]
    [InlineData("NOT Trump author:X", "\"Trump\"")]
    [InlineData("-(a -b)", "(\"a\" NOT \"b\")")]
    public void Exclusion_only_queries_give_Exclude_and_no_Match(string input, string exclude) =>
        Assert.Equal(new FtsQuery(null, exclude), Translate(input));

    [Theory]
    [InlineData("")]
    [InlineData("author:X")]
    [InlineData("*")]
    public void Queries_without_text_match_everything(string input) =>
        Assert.True(Translate(input).MatchesEverything);

    [Fact]
    public void ToMatch_refuses_an_exclusion_only_node()
    {
        var node = new NotNode(new TermNode("Trump", new TextSpan(1, 6)), new TextSpan(0, 6));
        Assert.Throws<ArgumentException>(() => FtsQuery.ToMatch(node));
    }

    [Theory]
    [InlineData("a\u0000b", "\"a b\"")]
    [InlineData(" a \t\n b ", "\"a b\"")]                                                                  // one canonical spelling
    [InlineData("a\"b", "\"a\"\"b\"")]
    [InlineData("😀", "\"😀\"")]
    public void Quote_writes_an_FTS5_string(string text, string quoted) =>
        Assert.Equal(quoted, FtsQuery.Quote(text));

    [Fact]
    public void Quote_turns_a_lone_surrogate_into_a_space() =>
        Assert.Equal("\"a x\"", FtsQuery.Quote("a\uD800x")); // built in code: attribute data can't hold a lone surrogate

    // What is left of a MATCH string once its FTS5 strings are taken out: only our operators may remain.
    [GeneratedRegex("\"(?:[^\"]|\"\")*\"\\*?")]
    private static partial Regex FtsString(); // matches "a ""b"" c" and "negotiat"*

    [GeneratedRegex(@"^(?:\s|AND|OR|NOT|\(|\))*$")]
    private static partial Regex OnlyOperators(); // matches " AND ( OR ) NOT "

    [Theory]
    [MemberData(nameof(QueryParserTests.HostileInputs), MemberType = typeof(QueryParserTests))]
    public void Hostile_input_gives_MATCH_strings_made_of_quoted_strings_and_our_operators(string input)
    {
        var fts = Translate(input);
        foreach (var expression in new[] { fts.Match, fts.Exclude }.OfType<string>())
        {
            Assert.DoesNotContain('\0', expression);
            Assert.Matches(OnlyOperators(), FtsString().Replace(expression, " "));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Against a real FTS5 table with the tokenizer the store will use.

    static readonly string[] Rows =
    [
        /* 1 */ "The security guarantee was discussed at length.",
        /* 2 */ "A guarantee of security is not the same thing.",
        /* 3 */ "Drones struck Pokrovsk overnight, officials in Kyiv said.",
        /* 4 */ "Putin said the talks would continue.",
        /* 5 */ "The Kremlin denied the drone attack.",
        /* 6 */ "Trump presented a peace plan for Ukraine.",
        /* 7 */ "Negotiations about the peace plan stalled; the café in Łódź closed.",
        /* 8 */ "Zelensky’s office said NEAR and NOT are just words.",
    ];

    static SqliteConnection OpenTable(string tokenizer)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, $"CREATE VIRTUAL TABLE t USING fts5(body, tokenize='{tokenizer}')");
        for (var i = 0; i < Rows.Length; i++)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO t(rowid, body) VALUES ($id, $body)";
            insert.Parameters.AddWithValue("$id", i + 1);
            insert.Parameters.AddWithValue("$body", Rows[i]);
            insert.ExecuteNonQuery();
        }
        return connection;
    }

    static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // Runs a query the way FtsQuery tells the caller to: MATCH, or everything minus the Exclude matches.
    static List<long> Search(SqliteConnection connection, FtsQuery fts)
    {
        using var command = connection.CreateCommand();
        if (fts.Match is not null)
        {
            command.CommandText = "SELECT rowid FROM t WHERE t MATCH $q ORDER BY rowid";
            command.Parameters.AddWithValue("$q", fts.Match);
        }
        else if (fts.Exclude is not null)
        {
            command.CommandText = "SELECT rowid FROM t WHERE rowid NOT IN (SELECT rowid FROM t WHERE t MATCH $q) ORDER BY rowid";
            command.Parameters.AddWithValue("$q", fts.Exclude);
        }
        else
            command.CommandText = "SELECT rowid FROM t ORDER BY rowid";
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    const string Porter = "porter unicode61 remove_diacritics 2";

    [Fact]
    public void Hostile_input_never_causes_an_FTS5_syntax_error()
    {
        using var porter = OpenTable(Porter);
        using var trigram = OpenTable("trigram");
        foreach (string input in QueryParserTests.HostileInputs)
        {
            var fts = Translate(input);
            var exception = Record.Exception(() => { Search(porter, fts); Search(trigram, fts); });
            Assert.True(exception is null, $"{input} -> {fts}: {exception?.Message}");
        }
    }

    [Theory]
    [InlineData("\"security guarantee\"", "1")]                     // a phrase keeps its words together
    [InlineData("security guarantee", "1,2")]                       // words anywhere
    [InlineData("drones", "3,5")]                                   // porter: drone = drones
    [InlineData("dron*", "3,5")]
    [InlineData("\"peace pl\"*", "6,7")]
    [InlineData("Putin OR Kremlin", "4,5")]
    [InlineData("(Putin OR Kremlin) drones", "5")]
    [InlineData("\"peace plan\" -Trump", "7")]
    [InlineData("-Trump -drones", "1,2,4,7,8")]                     // exclusion only: everything minus the matches
    [InlineData("cafe Łodz", "7")]                                  // diacritics removed on both sides (Ł has no decomposition: stays)
    [InlineData("Zelensky's", "8")]
    [InlineData("NEAR(words office)", "8")]
    [InlineData("not", "2,8")]                                      // lowercase not is a word
    [InlineData("U.S.", "")]
    [InlineData("Pokrovsk ^overnight", "3")]
    public void MATCH_strings_find_the_expected_rows(string input, string expected)
    {
        using var connection = OpenTable(Porter);
        var ids = Search(connection, Translate(input));
        Assert.Equal(expected, string.Join(",", ids));
    }

    // The porter index holds stems ("negotiations" -> "negoti"), and FTS5 does not stem a prefix, so a prefix
    // longer than the stem misses on the porter table. The store should answer prefix terms from an unstemmed
    // index (plain unicode61 or the trigram table).
    [Fact]
    public void A_prefix_longer_than_the_porter_stem_needs_an_unstemmed_index()
    {
        var fts = Translate("negotiat*");
        using var porter = OpenTable(Porter);
        using var plain = OpenTable("unicode61 remove_diacritics 2");
        Assert.Empty(Search(porter, fts));
        Assert.Equal([7L], Search(plain, fts));
    }
}
