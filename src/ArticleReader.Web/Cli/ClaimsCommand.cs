using System.Text.Json;
using ArticleReader.Analysis;
using ArticleReader.Claims;
using ArticleReader.Claims.CheckWorthiness;
using ArticleReader.Model;

namespace ArticleReader.Web.Cli;

// Reads text on stdin and writes one JSON line per sentence with its claim analysis.
// --lines: each input line is one sentence, answered by exactly one output line, in order.
// --author NAME and --date YYYY[-MM[-DD]] give the context a whole article would have.
public static class ClaimsCommand
{
    public static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output)
    {
        var lines = args.Contains("--lines");
        var author = Option(args, "--author");
        var date = PublishedDate.TryParse(Option(args, "--date"));
        var model = CheckWorthinessModel.Default;
        var context = ClaimContext.FromPublished(author, date);
        if (lines)
        {
            while (input.ReadLine() is { } line)
            {
                var start = line.Length - line.TrimStart().Length;
                var text = line.Trim();
                output.WriteLine(Serialize(Analyze(text, start, start + text.Length, context, model)));
            }
            return 0;
        }
        var all = input.ReadToEnd();
        var article = new ParsedArticle
        {
            Start = 0, End = all.Length, Author = author, Published = date,
            Blocks = [new ParsedBlock(BlockKinds.Body, 0, all.Length, all)],
        };
        var analysis = ArticleAnalyzer.Analyze(article, model);
        foreach (var s in analysis.Sentences)
        {
            var mentions = analysis.Mentions.Where(m => m.Mention.Start >= s.Unit.Start && m.Mention.End <= s.Unit.End).Select(m => m.Mention);
            output.WriteLine(Serialize(ToJson(s.Unit.Text, s.Unit.Start, s.Unit.End, s.Score, s.IsClaim, s.Claim, mentions, s.Cues)));
        }
        return 0;
    }

    private static object Analyze(string text, int start, int end, ClaimContext context, CheckWorthinessModel model)
    {
        if (text.Length == 0) return ToJson("", start, end, 0, false, ClaimAnalyzer.Analyze("", context), [], []);
        // One line is one sentence: analysed whole, never split further.
        var score = model.Score(text);
        var claim = ClaimAnalyzer.Analyze(text, context);
        var cues = new List<string>(claim.Cues);
        (var isClaim, claim) = ClaimDecision.Decide(score, model.Threshold, claim, cues);
        return ToJson(text, start, end, score, isClaim, claim, EntityExtractor.Extract(text), cues);
    }

    private static object ToJson(string text, int start, int end, double score, bool isClaim, ClaimAnalysis a,
        IEnumerable<EntityMention> mentions, IReadOnlyList<string> cues) => new
    {
        text, start, end, isClaim, score = Math.Round(score, 4),
        type = isClaim ? a.Type : ClaimTypes.None,
        speaker = a.Speaker, hedge = a.Hedge,
        quantities = a.Quantities.Where(q => !q.IsModifier).Select(q => new { q.Text, q.Value, q.Unit, q.Qualifier, q.Approximate }),
        timeReferences = a.TimeReferences.Select(t => new { t.Text, t.Kind, t.Resolved }),
        entities = mentions.Select(m => new { m.Text, m.Kind, m.Key }),
        cues,
    };

    private static string Serialize(object value) => JsonSerializer.Serialize(value, Json.Compact);

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++) if (args[i] == name) return args[i + 1];
        return null;
    }
}
