using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ArticleReader.Web.Infrastructure;

// Security headers on every response, and rate limits on the routes that do expensive or sensitive work.
public static class Hardening
{
    public const string ImportPolicy = "import";

    // No inline script anywhere: every script is a file under /js. Styles allow inline attributes
    // (tag colours are set with style="--tag: …"); nothing is loaded from another origin.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IServiceCollection AddHardening(this IServiceCollection services, IConfiguration configuration)
    {
        var imports = configuration.GetValue("RateLimits:ImportsPerMinute", 30);
        var logins = configuration.GetValue("RateLimits:LoginsPerMinute", 10);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, token) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                var what = context.HttpContext.Request.Path.StartsWithSegments("/account") ? "sign-in attempts" : "imports";
                await context.HttpContext.Response.WriteAsync($"Too many {what} in a short time. Wait a minute and try again.", token);
            };
            options.AddPolicy(ImportPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = imports, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // Only posts count: showing the form is free, guessing passwords is not.
            options.AddPolicy(ArticleReader.Web.Accounts.AccountsSetup.LoginPolicy, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter("login:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = logins, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("login:get"));
        });
        return services;
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h.ContentSecurityPolicy = ContentSecurityPolicy;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "same-origin";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        await next();
    });
}
