using System.Reflection;
using System.Security.Claims;
using ArticleReader.Accounts;
using ArticleReader.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ArticleReader.Web.Accounts;

// Who may do what. Pages and routes name a policy; handlers that need more than their page name a role with
// [RequireRole]. Everything not named otherwise needs "read" (the fallback policy).
public static class Policies
{
    public const string Read = "read";       // signed in, or anonymous while anonymous reading is on
    public const string Reader = "reader";   // signed in, any role
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static string For(Role role) => role switch { Role.Reader => Reader, Role.Editor => Editor, _ => Admin };
}

public static class AccountsSetup
{
    public const string StampClaim = "articlereader:stamp";
    public const string LoginPolicy = "login";

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IAccountStore, AccountStore>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<ReadAccess>();
        services.AddSingleton<IAuthorizationHandler, ReadHandler>();
        services.AddHttpContextAccessor();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "articlereader.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = ValidateAsync;
            // The JSON API answers with a status, not a redirect to an HTML form.
            o.Events.OnRedirectToLogin = c => ApiStatusOrRedirect(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => ApiStatusOrRedirect(c, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Read, p => p.AddRequirements(new ReadRequirement()))
            .AddPolicy(Policies.Reader, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.Editor, p => p.RequireRole(Roles.Name(Role.Editor), Roles.Name(Role.Admin)))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Name(Role.Admin)))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().AddRequirements(new ReadRequirement()).Build());
        return services;
    }

    public static Actor ToActor(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
        && Roles.Parse(user.FindFirstValue(ClaimTypes.Role)) is { } role
            ? Actor.User(id, user.Identity.Name ?? "", role)
            : Actor.Anonymous;

    public static ClaimsPrincipal PrincipalFor(UserRecord user) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.Name),
            new Claim(ClaimTypes.Role, user.Role),
            new Claim(StampClaim, user.SecurityStamp),
        ], CookieAuthenticationDefaults.AuthenticationScheme));

    // A cookie stays good only while its account exists with the same security stamp: deleting an account,
    // changing its role or resetting its password signs it out everywhere, at the next request.
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var accounts = context.HttpContext.RequestServices.GetRequiredService<IAccountStore>();
        var principal = context.Principal;
        var user = long.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? accounts.Find(id) : null;
        if (user is null || user.SecurityStamp != principal?.FindFirstValue(StampClaim))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static Task ApiStatusOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

public sealed class ReadRequirement : IAuthorizationRequirement;

public sealed class ReadHandler(ReadAccess access) : AuthorizationHandler<ReadRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ReadRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true || access.AnonymousMayRead) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

// On a page handler that needs more than its page's policy: signs in first when anonymous, refuses (403) a
// signed-in person whose role is below it.
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequireRoleAttribute(Role role) : Attribute
{
    public Role Role { get; } = role;
}

public sealed class RequireRoleFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context) { }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod?.MethodInfo.GetCustomAttribute<RequireRoleAttribute>() is not { } needed) return;
        var actor = context.HttpContext.User.ToActor();
        if (!actor.IsSignedIn) context.Result = new ChallengeResult();
        else if (!actor.Can(needed.Role)) context.Result = new ForbidResult();
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context) { }
}
