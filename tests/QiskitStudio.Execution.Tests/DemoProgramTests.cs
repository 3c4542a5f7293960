using System.Text.Json;
using System.Text.RegularExpressions;
using QiskitStudio.Execution.Scheduling;

namespace QiskitStudio.Execution.Tests;

/// <summary>
/// Issue 4: CHSH- and Max-Cut-shaped programs (CONTRACT §5.1, written for this project in the
/// demos' shape, STEP 0 header included) run end to end on the embedded engine with sensible numbers.
/// </summary>
public class DemoProgramTests
{
    private static readonly string Benign = Path.Combine(AppContext.BaseDirectory, "Corpus", "benign");

    private static async Task<string> RunDemo(string file)
    {
        var engine = ExecutionEngineFactory.CreateEmbedded(new ExecutionOptions { RunTimeout = TimeSpan.FromMinutes(2) });
        var pipeline = new CodeRunPipeline(engine, new RunQueue(1, TimeSpan.FromMinutes(1)), new CodeRunOptions());
        var reply = await pipeline.RunAsync(new RunCodeRequest(File.ReadAllText(Path.Combine(Benign, file))), CancellationToken.None);
        Assert.DoesNotContain("Error executing code", reply.Output);
        return reply.Output;
    }

    [Fact]
    public async Task Chsh_ViolatesTheClassicalBound_InTheResultPlot()
    {
        var output = await RunDemo("chsh.py");
        Assert.StartsWith("Using local simulator...\n", output);

        // §3.2: the RESULT line drives the frontend's plot.
        var line = output.Split('\n').Single(l => l.StartsWith("RESULT: ", StringComparison.Ordinal));
        var result = JsonDocument.Parse(line["RESULT: ".Length..]).RootElement;
        Assert.Equal("plot", result.GetProperty("type").GetString());
        foreach (var series in new[] { "CHSH1", "CHSH2" })
        {
            var values = result.GetProperty("content").GetProperty(series).EnumerateArray().Select(v => v.GetDouble()).ToArray();
            Assert.Equal(21, values.Length);
            // Quantum mechanics reaches 2√2 ≈ 2.83 at the right phases; local hidden variables stop at 2.
            Assert.True(values.Max(Math.Abs) > 2.5, string.Join(", ", values));
            Assert.True(values.Max(Math.Abs) <= 2 * Math.Sqrt(2) + 1e-9);
        }
    }

    [Fact]
    public async Task MaxCut_FindsAMaximumCutOfTheFiveNodeGraph()
    {
        var output = await RunDemo("maxcut.py");
        Assert.Contains("success: True", output);

        var match = Regex.Match(output, @"Result bitstring: \[([01, ]+)\]");
        Assert.True(match.Success, output);
        var side = match.Groups[1].Value.Split(", ").Select(int.Parse).ToArray();
        (int U, int V)[] edges = [(0, 1), (0, 2), (0, 4), (1, 2), (2, 3), (3, 4)];
        var cut = edges.Count(e => side[e.U] != side[e.V]);
        // The graph holds the triangle 0-1-2, so no partition cuts all six edges: five is the maximum.
        Assert.Equal(5, cut);
    }
}
