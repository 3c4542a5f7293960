using QiskitStudio.Agents.Kernel;
using QiskitStudio.Execution;

namespace QiskitStudio.Server.Endpoints;

/// <summary><c>GET /stats</c> (CONTRACT Part B.4): the budget, memory, agents and sessions, plus token totals.</summary>
public static class StatsEndpoints
{
    public static IEndpointRouteBuilder MapStatsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("").WithTags("Stats")
            .MapGet("/stats", GetStatsAsync)
            .WithName("Stats")
            .WithSummary("Token economy, memory, agents and sessions")
            .Produces<Dictionary<string, object>>();
        return routes;
    }

    private static async Task<IResult> GetStatsAsync(HttpContext context, IChatKernel kernel, RunStatistics runs, CodeRunPipeline pipeline)
    {
        var stats = await kernel.GetStatsAsync(context.RequestAborted);
        var wire = ToWire(stats);
        var (running, waiting) = pipeline.Load;
        // Which engine runs /run programs (issue 4), and how many it has run.
        wire["execution"] = new Dictionary<string, object>
        {
            ["engine"] = runs.Engine,
            ["runs"] = runs.Runs,
            ["refused"] = runs.Refused,
            ["busy"] = runs.Busy,
            ["running"] = running,
            ["waiting"] = waiting,
        };
        return Results.Json(wire);
    }

    /// <summary>The B.4 shape, key for key, plus <c>tokens</c> and the agents' descriptions.</summary>
    public static Dictionary<string, object> ToWire(KernelStats stats) => new()
    {
        ["token_economy"] = new Dictionary<string, object>
        {
            ["budget_usd"] = stats.TokenEconomy.BudgetUsd,
            ["spent_usd"] = stats.TokenEconomy.SpentUsd,
            ["remaining_usd"] = stats.TokenEconomy.RemainingUsd,
            ["transactions"] = stats.TokenEconomy.Transactions,
            ["saved_usd"] = stats.TokenEconomy.SavedUsd,
        },
        ["memory"] = new Dictionary<string, object>
        {
            ["total_traces"] = stats.Memory.TotalTraces,
            ["high_confidence_traces"] = stats.Memory.HighConfidenceTraces,
            ["facts"] = stats.Memory.Facts,
        },
        ["agents"] = new Dictionary<string, object>
        {
            ["registered"] = stats.Agents.Registered,
            ["available"] = stats.Agents.Available,
            ["details"] = stats.Agents.Details.Select(a => new Dictionary<string, object>
            {
                ["name"] = a.Name,
                ["description"] = a.Description,
                ["capabilities"] = a.Capabilities,
            }).ToList(),
        },
        ["sessions"] = new Dictionary<string, object>
        {
            ["active"] = stats.Sessions.Active,
            ["total_messages"] = stats.Sessions.TotalMessages,
        },
        ["tokens"] = new Dictionary<string, object>
        {
            ["input"] = stats.InputTokens,
            ["output"] = stats.OutputTokens,
            ["total"] = stats.InputTokens + stats.OutputTokens,
        },
    };
}
