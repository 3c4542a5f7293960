using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;

namespace QiskitStudio.Server.Endpoints;

/// <summary>
/// <c>GET /docs</c>: a readable page listing every endpoint, built from the endpoints' own metadata
/// so it cannot drift; the OpenAPI document is at <see cref="OpenApiPath"/>. The original tests use
/// <c>GET /docs</c> as a readiness probe (CONTRACT §4.4, §8.5). Needs no API key.
/// </summary>
public static class DocsEndpoints
{
    public const string OpenApiPath = "/openapi/v1.json";

    public static IEndpointRouteBuilder MapDocsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapOpenApi(OpenApiPath.Replace("v1", "{documentName}", StringComparison.Ordinal));
        routes.MapGroup("").WithTags("Docs")
            .MapGet("/docs", (EndpointDataSource endpoints) => Results.Content(RenderPage(endpoints), "text/html; charset=utf-8"))
            .WithName("Docs")
            .WithSummary("This page: the list of endpoints")
            .Produces(StatusCodes.Status200OK, contentType: "text/html");
        return routes;
    }

    public static string RenderPage(EndpointDataSource dataSource)
    {
        var rows = dataSource.Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (
                Methods: string.Join(", ", e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"]),
                Path: "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'),
                Summary: e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary ?? "",
                Description: e.Metadata.GetMetadata<IEndpointDescriptionMetadata>()?.Description ?? ""))
            .Where(r => !r.Path.Contains('{'))
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .ThenBy(r => r.Methods, StringComparer.Ordinal);

        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Qiskit Studio API</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#161616}")
            .Append("table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.5rem;text-align:left;vertical-align:top}")
            .Append("code{background:#f2f4f8;padding:0 .25rem}</style></head><body>")
            .Append("<h1>Qiskit Studio API</h1>")
            .Append("<p>One server for chat, code generation and code runs. Machine-readable description: ")
            .Append("<a href=\"").Append(OpenApiPath).Append("\"><code>").Append(OpenApiPath).Append("</code></a>.</p>")
            .Append("<table><thead><tr><th>Method</th><th>Path</th><th>What it does</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr><td><code>").Append(WebUtility.HtmlEncode(row.Methods)).Append("</code></td><td><code>")
                .Append(WebUtility.HtmlEncode(row.Path)).Append("</code></td><td>").Append(WebUtility.HtmlEncode(row.Summary));
            if (row.Description.Length > 0)
            {
                html.Append("<br><small>").Append(WebUtility.HtmlEncode(row.Description)).Append("</small>");
            }
            html.Append("</td></tr>");
        }
        html.Append("</tbody></table></body></html>");
        return html.ToString();
    }
}
