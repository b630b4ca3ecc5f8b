using System.Net;
using System.Reflection;
using ArticleReader.Storage;
using ArticleReader.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleReader.Web.Tests.Accounts;

// Every page and API route, for anonymous, reader, editor and admin, with anonymous reading off (its default once
// an account exists). A route missing from the table fails Every_route_of_the_app_is_in_the_matrix, so a new page
// cannot ship without saying who may use it.
public sealed class AuthorizationMatrixTests(AuthorizationMatrixTests.Factory app) : IClassFixture<AuthorizationMatrixTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override bool AnonymousReading => false;
    }

    public enum Outcome { Ok, Login, Denied }

    private const Outcome O = Outcome.Ok, L = Outcome.Login, D = Outcome.Denied;

    // Who may: anonymous, reader, editor, admin. "read" routes: signed in; "editor"/"admin": that role and above.
    private static readonly Outcome[] Read = [L, O, O, O], Signed = [L, O, O, O], Editor = [L, D, O, O], Admin = [L, D, D, O];

    // key, then a request made fresh for each role (a POST's target is made anew so each role acts on its own).
    public static readonly IReadOnlyList<(string Key, Outcome[] Expected)> Matrix =
    [
        ("GET /", Read),
        ("GET /claims", Read),
        ("GET /tags", Read),
        ("GET /authors", Read),
        ("GET /authors/{slug}", Read),
        ("GET /entities", Read),
        ("GET /entities/{id:long}", Read),
        ("GET /predictions", Read),
        ("GET /graph", Read),
        ("GET /timeline", Read),
        ("GET /clusters", Read),
        ("GET /clusters/{id:long}", Read),
        ("GET /search", Read),
        ("GET /articles/{slug}", Read),
        ("GET /articles/{slug}/original", Read),
        ("GET /add", Editor),
        ("GET /desk", Signed),
        ("GET /admin/users", Admin),
        ("GET /articles/{slug}/delete", Admin),
        ("GET /account/login", [O, O, O, O]),
        ("GET /account/denied", [D, D, D, D]), // the page that says no, with its 403
        ("GET /account/password", Signed),
        ("POST /account/password", Signed),
        ("GET /Status/{code:int}", [O, O, O, O]),
        ("GET /api/articles", Read),
        ("GET /api/articles/{slug}", Read),
        ("GET /api/articles/{slug}/claims", Read),
        ("GET /api/claims/{id:long}", Read),
        ("GET /api/claims/{id:long}/related", Read),
        ("GET /api/claims/{id:long}/links", Read),
        ("GET /api/clusters", Read),
        ("GET /api/clusters/{id:long}", Read),
        ("GET /api/tags", Read),
        ("GET /api/search", Read),
        ("POST /api/notes/preview", Signed),
        ("POST /add", Editor),
        ("POST /desk?handler=Tag", Editor),
        ("POST /desk?handler=RemoveTag", Editor),
        ("POST /desk?handler=Status", Editor),
        ("POST /desk?handler=Note", Editor),
        ("POST /desk?handler=Type", Editor),
        ("POST /desk?handler=Unmark", Editor),
        ("POST /desk?handler=Mark", Editor),
        ("POST /desk?handler=Link", Editor),
        ("POST /desk?handler=Unlink", Editor),
        ("POST /desk?handler=Dismiss", Editor),
        ("POST /desk?handler=Restore", Editor),
        ("POST /desk?handler=Highlight", Signed),
        ("POST /desk?handler=HighlightNote", Signed),
        ("POST /desk?handler=Visibility", Editor), // sharing is an editor's; a reader's highlights stay private
        ("POST /desk?handler=DeleteHighlight", Signed),
        ("POST /tags?handler=Rename", Editor),
        ("POST /tags?handler=Recolour", Editor),
        ("POST /tags?handler=Merge", Editor),
        ("POST /tags?handler=Delete", Admin),
        ("POST /predictions?handler=Track", Editor),
        ("POST /search?handler=Save", Signed),
        ("POST /search?handler=Delete", Editor),
        ("POST /admin/users?handler=Create", Admin),
        ("POST /admin/users?handler=Role", Admin),
        ("POST /admin/users?handler=Password", Admin),
        ("POST /admin/users?handler=Delete", Admin),
        ("POST /admin/users?handler=Anonymous", Admin),
        ("POST /articles/{slug}/delete", Admin),
        ("POST /account/login", [O, O, O, O]),
        ("POST /account/login?handler=Logout", [O, O, O, O]),
    ];

    private static readonly string[] RoleNames = ["anonymous", "reader", "editor", "admin"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (key, _) in Matrix)
            foreach (var role in RoleNames)
                data.Add(key, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_route_answers_each_role_as_the_matrix_says(string key, string role)
    {
        var expected = Matrix.Single(m => m.Key == key).Expected[Array.IndexOf(RoleNames, role)];
        using var client = role == "anonymous" ? app.CreateClient(new() { AllowAutoRedirect = false }) : app.CreateClientAs(role);
        var request = RequestFor(key, client, role);
        var response = await client.SendAsync(request);
        Assert.True(expected == Classify(response),
            $"{key} as {role}: expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Fact]
    public void Every_route_of_the_app_is_in_the_matrix()
    {
        var known = Matrix.Select(m => m.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = RoutesOfTheApp().Where(r => !known.Contains(r)).ToList();
        Assert.True(missing.Count == 0, "routes nobody decided about: " + string.Join(", ", missing));
    }

    private IEnumerable<string> RoutesOfTheApp()
    {
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                if (route.Equals("/Index", StringComparison.OrdinalIgnoreCase)) continue; // the same page as "/"
                yield return "GET " + route;
                // The page model by convention: /Articles/Read -> ArticleReader.Web.Pages.Articles.ReadModel
                var model = typeof(Program).Assembly.GetType("ArticleReader.Web.Pages" + page.ViewEnginePath.Replace('/', '.') + "Model")
                    ?? throw new InvalidOperationException("no page model for " + page.ViewEnginePath);
                foreach (var handler in PostHandlers(model))
                    yield return handler.Length == 0 ? $"POST {route}" : $"POST {route}?handler={handler}";
            }
            else if (endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is { } methods)
            {
                foreach (var method in methods.HttpMethods) yield return $"{method} {route}";
            }
        }
    }

    private static IEnumerable<string> PostHandlers(Type model) =>
        model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(m => m.Name)
            .Where(n => n.StartsWith("OnPost", StringComparison.Ordinal))
            .Select(n => n["OnPost".Length..].Replace("Async", "", StringComparison.Ordinal))
            .Distinct();

    private static Outcome Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.ToString() ?? "";
        if (response.StatusCode == HttpStatusCode.Unauthorized || location.Contains("/account/login", StringComparison.OrdinalIgnoreCase) && !location.Contains("signedOut"))
            return Outcome.Login;
        if (response.StatusCode == HttpStatusCode.Forbidden || location.Contains("/account/denied", StringComparison.OrdinalIgnoreCase))
            return Outcome.Denied;
        Assert.True((int)response.StatusCode < 400, $"unexpected {(int)response.StatusCode}");
        // Allowed means it acted: a desk refusal (an error shown by the panel) would hide a broken request.
        Assert.DoesNotContain("deskError", location);
        return Outcome.Ok;
    }

    // A request that would succeed for someone allowed: real ids, valid fields, a fresh target for destructive posts.
    private HttpRequestMessage RequestFor(string key, HttpClient client, string role)
    {
        var s = app.Services;
        var articles = s.GetRequiredService<IArticleStore>();
        var claims = s.GetRequiredService<IClaimStore>().Search(new ClaimQuery { Limit = 50, WithFacets = false }).Rows;
        var desk = s.GetRequiredService<AnnotationStore>();
        var slug = articles.ListArticles()[0].Slug;
        var claim = claims[0];
        var other = claims.First(c => c.ArticleSlug != claim.ArticleSlug);
        var full = s.GetRequiredService<IClaimStore>().Find(claim.Id)!;
        var (method, target) = (key.Split(' ')[0], key.Split(' ')[1]);
        var path = target switch
        {
            "/authors/{slug}" => "/authors/" + s.GetRequiredService<IAuthorStore>().List().First().Slug,
            "/entities/{id:long}" => "/entities/" + s.GetRequiredService<IEntityStore>().List().First().Id,
            "/clusters/{id:long}" or "/api/clusters/{id:long}" => target.Replace("{id:long}", AnyCluster(claim, other).ToString()),
            _ => target,
        };
        path = path
            .Replace("{slug}", slug)
            .Replace("{id:long}", claim.Id.ToString())
            .Replace("{code:int}", "404");
        if (method == "GET") return new HttpRequestMessage(HttpMethod.Get, path + (path == "/api/search" || path == "/search" ? "?q=drones" : ""));

        var token = AppFactory.AntiforgeryToken(client, "/account/login");
        if (key == "POST /api/notes/preview")
        {
            var json = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent("{\"markdown\":\"**hi**\"}") };
            json.Headers.Add("X-CSRF-TOKEN", token);
            return json;
        }
        var tagId = desk.AddTag(claim.Id, "matrix").Id is var annotationId ? desk.TagsOf([annotationId]).First().TagId : 0;
        var highlight = desk.AddHighlight(articles.FindArticle(slug)!.Article.Id, articles.FindArticle(slug)!.Blocks.First(b => b.Text.Length > 20).Id, 0, 10, null, []);
        var user = s.GetRequiredService<IAccountStore>().Create("victim-" + Guid.NewGuid().ToString("N")[..8], "x", ArticleReader.Accounts.Role.Reader);
        var fields = key switch
        {
            "POST /add" => new Dictionary<string, string> { ["PastedTitle"] = "Matrix " + Guid.NewGuid().ToString("N"), ["PastedText"] = "A pasted paragraph says the sky is green.\n\nAnother one." },
            "POST /desk?handler=Tag" => new() { ["claimId"] = $"{claim.Id}", ["tag"] = "t" },
            "POST /desk?handler=RemoveTag" => new() { ["claimId"] = $"{claim.Id}", ["tagId"] = $"{tagId}" },
            "POST /desk?handler=Status" => new() { ["claimId"] = $"{claim.Id}", ["status"] = "disputed" },
            "POST /desk?handler=Note" => new() { ["claimId"] = $"{claim.Id}", ["note"] = "n" },
            "POST /desk?handler=Type" => new() { ["claimId"] = $"{claim.Id}", ["type"] = "prediction" },
            "POST /desk?handler=Unmark" => new() { ["claimId"] = $"{claims[1].Id}" },
            "POST /desk?handler=Mark" => new() { ["blockId"] = $"{full.BlockId}", ["offset"] = $"{full.StartOffset}" },
            "POST /desk?handler=Link" => new() { ["claimId"] = $"{claim.Id}", ["otherClaimId"] = $"{other.Id}", ["kind"] = "supports" },
            "POST /desk?handler=Unlink" => new() { ["linkId"] = $"{s.GetRequiredService<IClaimLinkStore>().Link(claims[4].Id, claims[5].Id, "cites", null).Id}" },
            "POST /desk?handler=Dismiss" or "POST /desk?handler=Restore" => new() { ["claimId"] = $"{claim.Id}", ["otherClaimId"] = $"{other.Id}" },
            "POST /desk?handler=Highlight" => new() { ["articleId"] = $"{highlight.ArticleId}", ["blockId"] = $"{articles.FindArticle(slug)!.Blocks.First(b => b.Text.Length > 20).Id}", ["start"] = "0", ["end"] = "5" },
            // The system's highlights have no owner, so a reader may not change them: these rows use the role's own.
            "POST /desk?handler=HighlightNote" => new() { ["annotationId"] = $"{OwnHighlight(role)}", ["note"] = "mine" },
            "POST /desk?handler=Visibility" => new() { ["annotationId"] = $"{OwnHighlight(role)}", ["visibility"] = "shared" },
            "POST /desk?handler=DeleteHighlight" => new() { ["annotationId"] = $"{OwnHighlight(role)}" },
            "POST /tags?handler=Rename" => new() { ["tagId"] = $"{tagId}", ["name"] = "m-" + Guid.NewGuid().ToString("N")[..6] },
            "POST /tags?handler=Recolour" => new() { ["tagId"] = $"{tagId}", ["colour"] = "#123456" },
            "POST /tags?handler=Merge" => new() { ["tagId"] = $"{FreshTag(desk, claims[2].Id)}", ["intoTagId"] = $"{tagId}" },
            "POST /tags?handler=Delete" => new() { ["tagId"] = $"{FreshTag(desk, claims[3].Id)}" },
            "POST /predictions?handler=Track" => new() { ["claimId"] = $"{claim.Id}", ["outcome"] = "pending" },
            "POST /search?handler=Save" => new() { ["name"] = "drones", ["query"] = "drones" },
            "POST /search?handler=Delete" => new() { ["id"] = $"{s.GetRequiredService<ISavedSearchStore>().Add("x", "x")}" },
            "POST /admin/users?handler=Create" => new() { ["name"] = "new-" + Guid.NewGuid().ToString("N")[..8], ["password"] = "a long enough password", ["role"] = "reader" },
            "POST /admin/users?handler=Role" => new() { ["userId"] = $"{user.Id}", ["role"] = "editor" },
            "POST /admin/users?handler=Password" => new() { ["userId"] = $"{user.Id}", ["password"] = "another long password" },
            "POST /admin/users?handler=Delete" => new() { ["userId"] = $"{user.Id}" },
            "POST /admin/users?handler=Anonymous" => new() { ["allowed"] = "false" },
            "POST /articles/{slug}/delete" => new() { },
            "POST /account/login" => new() { ["Name"] = "test-reader", ["Password"] = AppFactory.TestPassword },
            "POST /account/login?handler=Logout" => new() { },
            // A wrong current password: the page answers (200, with the reason) without changing anything.
            "POST /account/password" => new() { ["current"] = "not the password", ["password"] = "whatever long enough", ["repeat"] = "whatever long enough" },
            _ => throw new InvalidOperationException("no request for " + key),
        };
        if (key == "POST /articles/{slug}/delete")
            path = path.Replace(slug, PastedArticle());
        fields["__RequestVerificationToken"] = token;
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
    }

    // A highlight owned by the role's test account (by nobody for the anonymous visitor), made through the store.
    private long OwnHighlight(string role)
    {
        var s = app.Services;
        var articles = s.GetRequiredService<IArticleStore>();
        var article = articles.FindArticle(articles.ListArticles()[0].Slug)!;
        var block = article.Blocks.First(b => b.Text.Length > 20);
        var owner = role == "anonymous" ? null : s.GetRequiredService<IAccountStore>().FindByName("test-" + role);
        var actor = owner is null ? ArticleReader.Accounts.Actor.System : ArticleReader.Accounts.Actor.User(owner.Id, owner.Name, owner.RoleValue);
        return s.GetRequiredService<AnnotationStore>().As(actor).AddHighlight(article.Article.Id, block.Id, 0, 8, null, []).Id;
    }

    // Other rows of the matrix dismiss suggestions and unmark claims, which can dissolve the seeds' clusters: an
    // editor's "restates" link always makes one.
    private long AnyCluster(ClaimRow claim, ClaimRow other)
    {
        var related = app.Services.GetRequiredService<IRelatedStore>();
        if (related.Clusters().FirstOrDefault() is { } cluster) return cluster.Id;
        app.Services.GetRequiredService<IClaimLinkStore>().Link(claim.Id, other.Id, "restates", null, false);
        return related.Clusters().First().Id;
    }

    private static long FreshTag(AnnotationStore desk, long claimId)
    {
        var a = desk.AddTag(claimId, "fresh-" + Guid.NewGuid().ToString("N")[..6]);
        return desk.TagsOf([a.Id]).Where(t => t.Name.StartsWith("fresh-", StringComparison.Ordinal)).Max(t => t.TagId);
    }

    private string PastedArticle()
    {
        var result = app.Services.GetRequiredService<ArticleReader.Ingestion.Ingester>()
            .IngestPaste("Doomed " + Guid.NewGuid().ToString("N"), "A doomed paragraph that says something checkable about 40 percent of voters.");
        return result.Slugs[0];
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
