using System.Text.Json;

namespace QiskitStudio.Server.Http;

/// <summary>Error replies in the upstream shape <c>{"detail": "..."}</c> (CONTRACT §4.1, §4.4, §4.5).</summary>
public static class WireErrors
{
    public static IResult BadRequest(string detail) => Detail(StatusCodes.Status400BadRequest, detail);

    public static IResult Detail(int status, string detail) =>
        Results.Text(DetailJson(detail), "application/json", statusCode: status);

    public static string DetailJson(string detail) => JsonSerializer.Serialize(new Dictionary<string, string> { ["detail"] = detail });

    /// <summary>Writes a <c>{"detail"}</c> reply from middleware (where there is no endpoint result to return).</summary>
    public static async Task WriteAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(DetailJson(detail), context.RequestAborted);
    }
}

/// <summary>An already-serialized JSON reply with a status code (the hot path writes its JSON by hand).</summary>
public sealed class JsonBytesResult(byte[] body, int statusCode = StatusCodes.Status200OK) : IResult
{
    public byte[] Body { get; } = body;

    public int StatusCode { get; } = statusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = Body.Length;
        return httpContext.Response.Body.WriteAsync(Body, httpContext.RequestAborted).AsTask();
    }
}
