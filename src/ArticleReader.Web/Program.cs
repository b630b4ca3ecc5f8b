using ArticleReader.Ingestion;
using ArticleReader.Storage;
using ArticleReader.Web.Accounts;
using ArticleReader.Web.Api;
using ArticleReader.Web.Cli;
using ArticleReader.Web.Infrastructure;
using Serilog;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    WebRootPath = AppPaths.WebRoot,
});

Log.Logger = Logging.Create(AppPaths.Resolve(builder.Configuration["Logging:Directory"] ?? "data/logs"),
    console: !Verbs.IsVerb(args) || builder.Configuration.GetValue("Logging:VerbConsole", false));
builder.Logging.ClearProviders();
builder.Logging.AddSerilog(Log.Logger, dispose: false);

var database = new Database(AppPaths.Resolve(builder.Configuration["Database:Path"] ?? "data/articlereader.db"));

if (Verbs.IsVerb(args))
{
    var exitCode = Verbs.Run(args, database, Log.Logger);
    await Log.CloseAndFlushAsync();
    return exitCode;
}

if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
    builder.WebHost.UseUrls("http://localhost:5080");

builder.Services.AddSingleton(database);
builder.Services.AddSingleton(Log.Logger);
builder.Services.AddSingleton<IArticleStore, ArticleStore>();
builder.Services.AddSingleton<IClaimStore, ClaimStore>();
builder.Services.AddSingleton<IEntityStore, EntityStore>();
builder.Services.AddSingleton<AnnotationStore>();
// Each request reads and writes annotations as the person signed in: their private highlights, their name in history.
builder.Services.AddScoped<IAnnotationStore>(sp => sp.GetRequiredService<AnnotationStore>()
    .As(sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User.ToActor() ?? ArticleReader.Accounts.Actor.Anonymous));
builder.Services.AddSingleton<IClaimLinkStore, ClaimLinkStore>();
builder.Services.AddSingleton<IRelatedStore, RelatedStore>(); // one in-memory related-claims index per process
builder.Services.AddSingleton<IReferenceStore, ReferenceStore>();
builder.Services.AddSingleton<IAuthorStore, AuthorStore>();
builder.Services.AddSingleton<ITrackedClaimStore, TrackedClaimStore>();
builder.Services.AddSingleton<IPredictionStore, PredictionStore>();
builder.Services.AddScoped<ArticleReader.Web.Pages.Articles.ReaderViews>();
builder.Services.AddSingleton<ArticleReader.Web.Pages.Shared.CrossReferenceViews>();
builder.Services.AddSingleton<SearchStore>();
builder.Services.AddSingleton<ISearch>(sp => sp.GetRequiredService<SearchStore>());
builder.Services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<SearchStore>());
builder.Services.AddSingleton<ISavedSearchStore, SavedSearchStore>();
builder.Services.AddSingleton<ArticleReader.Web.Search.SearchRunner>();
builder.Services.AddSingleton<Ingester>();
// A long query (the search box takes up to about 10 KB) must reach the page that explains what is wrong with it.
builder.WebHost.ConfigureKestrel(o =>
{
    o.Limits.MaxRequestLineSize = 64 * 1024;
    o.Limits.MaxRequestHeadersTotalSize = 96 * 1024;
});
builder.Services.AddAccounts();
builder.Services.AddRazorPages(o =>
{
    // Everything else needs the fallback "read" policy; handlers that need a role say so with [RequireRole].
    o.Conventions.AllowAnonymousToPage("/Account/Login");
    o.Conventions.AllowAnonymousToPage("/Account/Denied");
    o.Conventions.AuthorizePage("/Account/Password", Policies.Reader);
    o.Conventions.AllowAnonymousToPage("/Status");
    o.Conventions.AuthorizePage("/Add", Policies.Editor);
    o.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
    o.Conventions.AuthorizePage("/Articles/Delete", Policies.Admin);
    o.Conventions.AuthorizePage("/Desk", Policies.Reader);
    o.Conventions.ConfigureFilter(new RequireRoleFilter());
});
// JSON posts carry the antiforgery token in this header (reader.js reads it from the page's form).
builder.Services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");
// Curly quotes and accents are written as characters, not as &#x2019; entities.
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
    o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
builder.Services.AddProblemDetails();
builder.Services.AddHardening(builder.Configuration);
// Forms and JSON are small; only the Add page takes large uploads (its own limit).
builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = 2 * 1024 * 1024);

var app = builder.Build();

database.Migrate();
if (app.Services.GetRequiredService<IAccountStore>().CountUsers() == 0)
    Log.Information("No accounts yet: anyone may read. Create the first admin with: dotnet run --project src/ArticleReader.Web -- create-admin NAME");
app.Services.GetRequiredService<ISearchIndex>().IndexMissing(); // a library from before the search index
SeedOnFirstRun(app, builder.Configuration);

app.UseExceptionHandler(ErrorHandling.Configure);
app.UseStatusCodePagesWithReExecute("/Status/{0}");
app.UseRequestLogging();
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapRazorPages();
app.MapArticleApi();
app.MapClaimApi();
app.MapDeskApi();
app.MapRelatedApi();
app.MapSearchApi();

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Urls.Count > 0 ? string.Join(", ", app.Urls) : "(test server)";
    Log.Information("ArticleReader is serving on {Addresses} (database {Database})", addresses, database.Path);
});

await app.RunAsync();
return 0;

static void SeedOnFirstRun(WebApplication app, IConfiguration configuration)
{
    var store = app.Services.GetRequiredService<IArticleStore>();
    if (!configuration.GetValue("Seeds:AutoIngest", true) || store.CountArticles() > 0) return;
    var seeds = AppPaths.Resolve(configuration["Seeds:Path"] ?? "seeds");
    if (!Directory.Exists(seeds)) return;
    Log.Information("The library is empty: ingesting {Seeds}", seeds);
    var ingester = app.Services.GetRequiredService<Ingester>();
    ingester.IngestPaths([seeds], (result, index, total) => Log.Information("{Progress}", IngestCommand.ProgressLine(result, index, total)));
}

public partial class Program;
