using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleReader.Storage;
using Dapper;

namespace ArticleReader.Web.Cli;

// The writing half of scripts/load.sh: N concurrent writers, each a browser session (its own antiforgery
// cookie and token, read from a claim panel's form), posting the reading desk's Tag and Note forms to a
// running app for a fixed time. Every write the app acknowledges (a redirect back without a deskError)
// carries a unique value and is recorded; at the end each is looked for in the database the app writes
// (the same Database:Path): a tag on its claim's annotation, a note in its annotation's history.
// Loopback only: the URL must name this machine. With --user, every session signs in as that account (an editor:
// tags and notes are editors' work), reading its password from the first line of stdin.
public static partial class LoadWritersCommand
{
    private sealed record Write(string Kind, long ClaimId, string Value);

    private sealed class Tally
    {
        public readonly ConcurrentBag<Write> Acknowledged = [];
        public readonly ConcurrentBag<double> TagMs = [];
        public readonly ConcurrentBag<double> NoteMs = [];
        public int ServerErrors;
        public int Refused;
        public int Failed;
        public readonly ConcurrentBag<string> Problems = [];
    }

    // matches <input name="__RequestVerificationToken" type="hidden" value="CfDJ8...">
    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*?value="([^"]+)"|value="([^"]+)"[^>]*?name="__RequestVerificationToken" """)]
    private static partial Regex AntiforgeryToken();

    public static int Run(IReadOnlyList<string> args, Database database, TextWriter output)
    {
        var url = Option(args, "--url");
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var baseUri))
        {
            output.WriteLine("usage: load-writers --url http://127.0.0.1:PORT [--seconds 60] [--concurrency 8]");
            return 2;
        }
        if (!IsLoopback(baseUri))
        {
            output.WriteLine($"load-writers: {baseUri.Host} is not this machine; load is only ever sent to loopback");
            return 2;
        }
        var seconds = int.Parse(Option(args, "--seconds") ?? "60");
        var concurrency = int.Parse(Option(args, "--concurrency") ?? "8");
        var user = Option(args, "--user");
        var login = user is null ? null : new Login(user, Console.In.ReadLine() ?? "");
        return RunAsync(baseUri, TimeSpan.FromSeconds(seconds), concurrency, login, database, output).GetAwaiter().GetResult();
    }

    private sealed record Login(string Name, string Password);

    // A session like a browser's: its own cookies, signed in when there is an account to sign in with.
    private static async Task<HttpClient> Session(Uri baseUri, Login? login)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
        var http = new HttpClient(handler, disposeHandler: true) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };
        if (login is null) return http;
        var form = await http.GetStringAsync("/account/login");
        var token = AntiforgeryToken().Match(form) is { Success: true } m ? (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value) : "";
        using var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = login.Name, ["Password"] = login.Password, ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.ToString().Contains("/account", StringComparison.Ordinal) == true)
            throw new InvalidOperationException($"signing in as {login.Name} failed ({(int)response.StatusCode})");
        return http;
    }

    private static async Task<int> RunAsync(Uri baseUri, TimeSpan duration, int concurrency, Login? login, Database database, TextWriter output)
    {
        using var discovery = await Session(baseUri, login);
        var claims = new List<(string Slug, long ClaimId)>();
        foreach (var slug in (await GetJson(discovery, "/api/articles")).EnumerateArray().Select(a => a.GetProperty("slug").GetString()!))
            foreach (var claim in (await GetJson(discovery, $"/api/articles/{slug}/claims")).EnumerateArray())
                claims.Add((slug, claim.GetProperty("id").GetInt64()));
        if (claims.Count == 0) { output.WriteLine("load-writers: the app has no claims to write to"); return 1; }

        var tally = new Tally();
        var clock = Stopwatch.StartNew();
        var deadline = DateTime.UtcNow + duration;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(w => Writer(w, baseUri, login, claims, deadline, tally)));
        var elapsed = clock.Elapsed;

        var missing = Missing(database, [.. tally.Acknowledged]);
        var writes = tally.TagMs.Count + tally.NoteMs.Count;
        output.WriteLine($"writers: {concurrency} for {elapsed.TotalSeconds:0.0} s on {claims.Count} claims: {writes} writes, {writes / elapsed.TotalSeconds:0.0}/s; " +
                         $"{tally.Acknowledged.Count} acknowledged, {tally.Refused} refused by the desk, {tally.ServerErrors} 5xx, {tally.Failed} failed");
        output.WriteLine($"  tag  latency p50 {Percentile(tally.TagMs, 0.50):0.0} ms, p99 {Percentile(tally.TagMs, 0.99):0.0} ms, max {Percentile(tally.TagMs, 1):0.0} ms ({tally.TagMs.Count})");
        output.WriteLine($"  note latency p50 {Percentile(tally.NoteMs, 0.50):0.0} ms, p99 {Percentile(tally.NoteMs, 0.99):0.0} ms, max {Percentile(tally.NoteMs, 1):0.0} ms ({tally.NoteMs.Count})");
        output.WriteLine($"  acknowledged writes found in the database: {tally.Acknowledged.Count - missing.Count} of {tally.Acknowledged.Count}");
        foreach (var problem in tally.Problems.Take(10)) output.WriteLine($"  problem: {problem}");
        foreach (var write in missing.Take(10)) output.WriteLine($"  missing: {write.Kind} '{write.Value}' on claim {write.ClaimId}");
        return tally.ServerErrors == 0 && tally.Failed == 0 && missing.Count == 0 && tally.Acknowledged.Count > 0 ? 0 : 1;
    }

    private static async Task Writer(int writer, Uri baseUri, Login? login, IReadOnlyList<(string Slug, long ClaimId)> claims, DateTime deadline, Tally tally)
    {
        var random = new Random(writer);
        using var http = await Session(baseUri, login);
        var (firstSlug, firstClaim) = claims[random.Next(claims.Count)];
        var page = await http.GetStringAsync($"/articles/{firstSlug}?claim={firstClaim}");
        var token = AntiforgeryToken().Match(page) is { Success: true } m ? (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value) : null;
        if (token is null) { tally.Problems.Add($"writer {writer}: no antiforgery token in the claim panel"); Interlocked.Increment(ref tally.Failed); return; }

        for (var sequence = 0; DateTime.UtcNow < deadline; sequence++)
        {
            var (slug, claimId) = claims[random.Next(claims.Count)];
            var isTag = sequence % 2 == 0;
            var value = isTag ? $"lw{writer}-{sequence}" : $"Load note {writer}-{sequence}: *still* here.";
            var back = $"/articles/{slug}?claim={claimId}";
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["claimId"] = claimId.ToString(), [isTag ? "tag" : "note"] = value, ["returnUrl"] = back, ["__RequestVerificationToken"] = token,
            });
            var clock = Stopwatch.StartNew();
            try
            {
                using var response = await http.PostAsync($"/desk?handler={(isTag ? "Tag" : "Note")}", form);
                (isTag ? tally.TagMs : tally.NoteMs).Add(clock.Elapsed.TotalMilliseconds);
                var status = (int)response.StatusCode;
                var location = response.Headers.Location?.ToString() ?? "";
                if (status >= 500) { Interlocked.Increment(ref tally.ServerErrors); tally.Problems.Add($"{status} on {(isTag ? "Tag" : "Note")} for claim {claimId}"); }
                else if (status is 302 or 303 or 200 && !location.Contains("deskError", StringComparison.Ordinal)) tally.Acknowledged.Add(new Write(isTag ? "tag" : "note", claimId, value));
                else if (location.Contains("deskError", StringComparison.Ordinal)) Interlocked.Increment(ref tally.Refused);
                else { Interlocked.Increment(ref tally.Failed); tally.Problems.Add($"{status} on {(isTag ? "Tag" : "Note")} for claim {claimId}"); }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Interlocked.Increment(ref tally.Failed);
                tally.Problems.Add($"{e.GetType().Name}: {e.Message}");
            }
        }
    }

    // Acknowledged writes not in the database: a tag must be on its claim's annotation; a note, which a later
    // note on the same claim replaces, must be in that annotation's history.
    private static List<Write> Missing(Database database, IReadOnlyList<Write> acknowledged)
    {
        using var c = database.Open();
        var tags = c.Query<(long ClaimId, string Name)>("""
            SELECT a.claim_id, t.name FROM annotations a JOIN annotation_tags at ON at.annotation_id = a.id JOIN tags t ON t.id = at.tag_id
            WHERE a.kind = 'claim'
            """).ToHashSet();
        var notes = c.Query<(long ClaimId, string Note)>("""
            SELECT a.claim_id, h.new_value FROM annotations a JOIN annotation_history h ON h.annotation_id = a.id
            WHERE a.kind = 'claim' AND h.field = 'note'
            """).ToHashSet();
        return acknowledged.Where(w => w.Kind == "tag" ? !tags.Contains((w.ClaimId, w.Value)) : !notes.Contains((w.ClaimId, w.Value))).ToList();
    }

    private static async Task<JsonElement> GetJson(HttpClient http, string path) =>
        JsonDocument.Parse(await http.GetStringAsync(path)).RootElement.Clone();

    private static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++) if (args[i] == name) return args[i + 1];
        return null;
    }
}
