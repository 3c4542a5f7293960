using System.Diagnostics;
using QiskitStudio.Python.Modules;

namespace QiskitStudio.Python.Conformance.Tests.Modules;

/// <summary>Behaviour of the standard modules that the output corpus cannot show.</summary>
public sealed class StandardLibraryTests
{
    private static PythonEngine Engine(TimeSpan? timeLimit = null) =>
        CorpusRunner.CreateEngine(new PythonEngineOptions { TimeLimit = timeLimit ?? TimeSpan.FromSeconds(10) });

    [Fact]
    public void Every_standard_module_imports()
    {
        var source = string.Join("\n", StandardLibrary.ModuleNames.Select(n => $"import {n}")) + "\nprint('ok')";
        var result = Engine().Run(source);
        Assert.True(result.Succeeded, result.Error?.Traceback);
        Assert.Equal("ok\n", result.Stdout);
    }

    [Fact]
    public void Sleep_stops_at_the_time_limit()
    {
        var watch = Stopwatch.StartNew();
        var result = Engine(TimeSpan.FromMilliseconds(300)).Run("import time\nprint('start')\ntime.sleep(30)\nprint('never')");
        watch.Stop();
        Assert.Equal("start\n", result.Stdout);
        Assert.NotNull(result.Error);
        Assert.True(result.Error!.IsLimit, result.Error.Traceback);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Sleep_stops_when_the_run_is_cancelled()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();
        var result = Engine().Run("import time\ntime.sleep(30)", "<string>", cts.Token);
        watch.Stop();
        Assert.NotNull(result.Error);
        Assert.True(result.Error!.IsLimit, result.Error.Traceback);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Runs_do_not_share_module_state()
    {
        var engine = Engine();
        var first = engine.Run("import random\nrandom.seed(1)\nimport collections\ncollections.marker = 1\nprint(random.random())");
        var second = engine.Run("import collections\nprint(hasattr(collections, 'marker'))");
        Assert.Equal("0.13436424411240122\n", first.Stdout);
        Assert.Equal("False\n", second.Stdout);
    }

    [Fact]
    public void Unseeded_random_differs_between_runs()
    {
        var engine = Engine();
        var a = engine.Run("import random\nprint(random.getrandbits(64))").Stdout;
        var b = engine.Run("import random\nprint(random.getrandbits(64))").Stdout;
        Assert.NotEqual(a, b);
    }
}
