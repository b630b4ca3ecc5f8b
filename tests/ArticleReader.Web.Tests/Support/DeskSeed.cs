using ArticleReader.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleReader.Web.Tests.Support;

// A reader's work on four seed claims, made through the desk store as the reader's forms make it:
// Musk: tags energy + mars, status false; Despite: tag energy, supported, type corrected to prediction;
// Troops: tag mars; Milley: marked "not a claim".
public sealed record DeskSeed(ClaimRow Musk, ClaimRow Despite, ClaimRow Troops, ClaimRow Milley)
{
    public static DeskSeed Apply(IServiceProvider services)
    {
        var claims = services.GetRequiredService<IClaimStore>();
        var desk = services.GetRequiredService<AnnotationStore>();
        var all = claims.Search(new ClaimQuery { Limit = null, WithFacets = false }).Rows;
        ClaimRow Starting(string prefix) => all.Single(c => c.Text.StartsWith(prefix, StringComparison.Ordinal));
        var seed = new DeskSeed(Starting("Elon Musk has a car"), Starting("DESPITE REVELATIONS"),
            Starting("Thousands of North Korean troops"), Starting("In March 2023, when Mark Milley"));
        desk.AddTag(seed.Musk.Id, "energy");
        desk.AddTag(seed.Musk.Id, "mars");
        desk.SetStatus(seed.Musk.Id, "false", "https://example.org/evidence", null);
        desk.AddTag(seed.Despite.Id, "energy");
        desk.SetStatus(seed.Despite.Id, "supported", null, null);
        desk.SetType(seed.Despite.Id, "prediction");
        desk.AddTag(seed.Troops.Id, "mars");
        desk.Unmark(seed.Milley.Id);
        return seed;
    }
}

public sealed class DeskAppFactory : AppFactory
{
    private readonly Lazy<DeskSeed> _seed;
    public DeskSeed Seed => _seed.Value;

    public DeskAppFactory() => _seed = new(() => DeskSeed.Apply(Services));
}
