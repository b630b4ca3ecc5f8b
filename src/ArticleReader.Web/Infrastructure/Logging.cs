using System.Diagnostics;
using Serilog;
using Serilog.Events;

namespace ArticleReader.Web.Infrastructure;

public static class Logging
{
    public static Serilog.ILogger Create(string logDirectory, bool console = true)
    {
        Directory.CreateDirectory(logDirectory);
        var config = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            // ErrorHandling logs each failure once with its request; the framework would log it a second time.
            .MinimumLevel.Override("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", LogEventLevel.Fatal)
            .Enrich.FromLogContext()
            .WriteTo.File(Path.Combine(logDirectory, "articlereader-.log"), rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14, shared: true,
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}");
        if (console)
            config = config.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}",
                standardErrorFromLevel: LogEventLevel.Error);
        return config.CreateLogger();
    }

    // One line per request: method, path, status, elapsed.
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app)
    {
        var log = Log.ForContext("SourceContext", "Request");
        return app.Use(async (context, next) =>
        {
            var clock = Stopwatch.StartNew();
            try
            {
                await next();
            }
            finally
            {
                log.Information("{Method} {Path} {Status} {ElapsedMs:0.0} ms", context.Request.Method,
                    context.Request.Path + context.Request.QueryString, context.Response.StatusCode, clock.Elapsed.TotalMilliseconds);
            }
        });
    }
}
