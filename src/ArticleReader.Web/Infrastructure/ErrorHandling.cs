using Microsoft.AspNetCore.Diagnostics;

namespace ArticleReader.Web.Infrastructure;

// Failures are logged once, here at the edge. Responses never carry stack traces or SQL.
public static class ErrorHandling
{
    public static void Configure(IApplicationBuilder error) => error.Run(async context =>
    {
        var feature = context.Features.Get<IExceptionHandlerPathFeature>();
        Serilog.Log.Error(feature?.Error, "Unhandled error on {Method} {Path}", context.Request.Method, feature?.Path);
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        if (feature?.Path.StartsWith("/api", StringComparison.OrdinalIgnoreCase) == true)
        {
            await Results.Problem(statusCode: 500, title: "Something went wrong on our side",
                detail: "The error was logged. Please try again.").ExecuteAsync(context);
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync("""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Error · ArticleReader</title>
            <link rel="stylesheet" href="/css/site.css"></head><body><main class="page"><h1>Something went wrong</h1>
            <p>The error was logged. <a href="/">Back to the library</a>.</p></main></body></html>
            """);
    });
}
