using QiskitStudio.Server.Security;

namespace QiskitStudio.Server.Http;

/// <summary>
/// The last line of defence (issue 2, rule 7): an unexpected exception becomes
/// 500 <c>{"detail"}</c> with no stack trace; a request the client abandoned ends quietly.
/// The log gets the exception with any configured secret removed.
/// </summary>
public static class UnhandledErrorGuard
{
    public static IApplicationBuilder UseUnhandledErrorGuard(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("QiskitStudio.Server.Errors");
        var redactor = app.ApplicationServices.GetRequiredService<ConfiguredSecrets>();
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                logger.LogDebug("{Method} {Path}: the client disconnected; the work was cancelled.", context.Request.Method, context.Request.Path);
            }
            catch (Exception e)
            {
                logger.LogError("{Method} {Path} failed: {Error}", context.Request.Method, context.Request.Path, redactor.Redact(e.ToString()));
                if (context.Response.HasStarted)
                {
                    context.Abort();
                    return;
                }
                context.Response.Clear();
                await WireErrors.WriteAsync(context, StatusCodes.Status500InternalServerError, "Internal server error; the server log has the details.");
            }
        });
        return app;
    }
}
