using QiskitStudio.Execution.Engines.Embedded;
using QiskitStudio.Execution.Scheduling;
using QiskitStudio.Python;

namespace QiskitStudio.Execution.Tests;

/// <summary>The "embedded" engine (issue 4): our own interpreter behind the same pipeline and output rules.</summary>
public class EmbeddedEngineTests
{
    private static CodeRunPipeline Pipeline(PythonEngineOptions? options = null) => new(
        new EmbeddedPythonEngine(new PythonEngine(options ?? new PythonEngineOptions { TimeLimit = TimeSpan.FromSeconds(20) })),
        new RunQueue(2, TimeSpan.FromMinutes(1)),
        new CodeRunOptions());

    private static async Task<RunCodeReply> Run(string code, PythonEngineOptions? options = null) =>
        await Pipeline(options).RunAsync(new RunCodeRequest(code), CancellationToken.None);

    [Fact]
    public async Task PrintsLikeCPython_AndSaysWhichEngineRan()
    {
        var reply = await Run("total = sum(i * i for i in range(10))\nprint(f'total={total}', 7 / 2, [1, 'a'])\n");
        Assert.Equal("total=285 3.5 [1, 'a']\n", reply.Output);
        Assert.Equal("embedded", reply.Engine);
    }

    [Fact]
    public async Task NoOutput_GivesTheContractMessage()
    {
        Assert.Equal("Code executed successfully (no output)", (await Run("x = 1\n")).Output);
    }

    [Fact]
    public async Task UncaughtException_FirstLineHasCPythonsMessage_ThenEarlierOutput_ThenTraceback()
    {
        var reply = await Run("print('step 1')\nprint(undefined_name)\n");
        var lines = reply.Output.Split('\n');
        Assert.Equal("Error executing code: name 'undefined_name' is not defined", lines[0]);
        Assert.Equal("step 1", lines[1]);
        Assert.Equal("Traceback (most recent call last):", lines[2]);
        Assert.Contains("line 2", reply.Output);
        Assert.Contains("NameError: name 'undefined_name' is not defined", reply.Output);
    }

    [Fact]
    public async Task TimeLimit_StopsAnEndlessLoop_WithAClearMessage()
    {
        var reply = await Run("while True:\n    pass\n", new PythonEngineOptions { TimeLimit = TimeSpan.FromSeconds(1) });
        Assert.StartsWith("Error executing code: ", reply.Output);
    }

    [Fact]
    public async Task TimeLimit_AlsoStopsLoopsInsideBuiltins()
    {
        var reply = await Run("x = sorted(range(10 ** 9))\nprint('ESCAPED')\n", new PythonEngineOptions { TimeLimit = TimeSpan.FromSeconds(1) });
        Assert.StartsWith("Error executing code: the program exceeded its time limit", reply.Output);
        Assert.DoesNotContain("ESCAPED", reply.Output);
    }

    [Fact]
    public async Task ConcurrentRuns_NeverShareOutput()
    {
        var pipeline = Pipeline();
        var runs = Enumerable.Range(0, 8).Select(i =>
            pipeline.RunAsync(new RunCodeRequest($"for k in range(200):\n    print({i})\n"), CancellationToken.None)).ToArray();
        var replies = await Task.WhenAll(runs);
        for (var i = 0; i < replies.Length; i++)
            Assert.Equal(string.Concat(Enumerable.Repeat($"{i}\n", 200)), replies[i].Output);
    }
}
