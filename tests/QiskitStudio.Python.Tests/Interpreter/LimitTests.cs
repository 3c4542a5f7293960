using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Tests.Interpreter;

/// <summary>Every sandbox limit stops the program with a clear error and leaves the host unharmed.</summary>
public class LimitTests
{
    private const string InfiniteLoop = "n = 0\nwhile True:\n    n += 1\n";

    [Fact]
    public void StepLimitStopsAnInfiniteLoop()
    {
        var engine = new PythonEngine(new PythonEngineOptions { MaxSteps = 10_000 });

        var result = engine.Run(InfiniteLoop);

        Assert.True(result.Error!.IsLimit);
        Assert.Contains("10000 steps", result.Error.Message);
    }

    [Fact]
    public void TimeLimitStopsAnInfiniteLoop()
    {
        var engine = new PythonEngine(new PythonEngineOptions { TimeLimit = TimeSpan.FromMilliseconds(200) });

        var result = engine.Run(InfiniteLoop);

        Assert.True(result.Error!.IsLimit);
        Assert.Equal("TimeoutError", result.Error.TypeName);
    }

    [Fact]
    public void CancellationStopsTheProgram()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var result = new PythonEngine().Run(InfiniteLoop, cancellationToken: cts.Token);

        Assert.True(result.Error!.IsLimit);
        Assert.Contains("cancelled", result.Error.Message);
    }

    [Fact]
    public void LimitsCannotBeCaughtByPythonCode()
    {
        var engine = new PythonEngine(new PythonEngineOptions { MaxSteps = 5_000 });

        var result = engine.Run("while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        print('caught')\n");

        Assert.True(result.Error!.IsLimit);
        Assert.DoesNotContain("caught", result.Stdout);
    }

    [Fact]
    public void OutputLimitStopsAChattyProgram()
    {
        var engine = new PythonEngine(new PythonEngineOptions { MaxOutputChars = 1000 });

        var result = engine.Run("while True:\n    print('spam')\n");

        Assert.True(result.Error!.IsLimit);
        Assert.True(result.Stdout.Length <= 1005);
    }

    [Fact]
    public void MemoryLimitStopsAGrowingList()
    {
        var engine = new PythonEngine(new PythonEngineOptions { MaxMemoryBytes = 1_000_000 });

        var result = engine.Run("x = []\nwhile True:\n    x.append('a' * 100)\n");

        Assert.True(result.Error!.IsLimit);
        Assert.Equal("MemoryError", result.Error.TypeName);
    }

    [Fact]
    public void DeepRecursionRaisesRecursionErrorThatPythonCanCatch()
    {
        var result = new PythonEngine().Run("def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\n");

        Assert.True(result.Succeeded, result.Error?.Traceback);
        Assert.Equal("caught maximum recursion depth exceeded\n", result.Stdout);
    }

    [Fact]
    public void RecursionLimitIsConfigurable()
    {
        var engine = new PythonEngine(new PythonEngineOptions { MaxRecursionDepth = 50 });

        var result = engine.Run("def depth(n):\n    return depth(n + 1) if n < 100 else n\nprint(depth(0))\n");

        Assert.Equal("RecursionError", result.Error!.TypeName);
    }

    [Fact]
    public void AHighRecursionLimitDoesNotOverflowTheStack()
    {
        var engine = new PythonEngine(new PythonEngineOptions { MaxRecursionDepth = 20_000 });

        var result = engine.Run("def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\nprint(depth(15000))\n");

        Assert.True(result.Succeeded, result.Error?.Traceback);
        Assert.Equal("15000\n", result.Stdout);
    }

    [Fact]
    public void OperatingSystemModulesAreRefused()
    {
        var result = new PythonEngine().Run("import os\n");

        Assert.Equal("ModuleNotFoundError", result.Error!.TypeName);
        Assert.Contains(PyExc.NoOperatingSystemAccess, result.Error.Message);
    }

    [Fact]
    public async Task TimeLimitStopsAProgramThatCatchesRecursionErrorAndRecursesAgain()
    {
        // Each level catches RecursionError and recurses again: an exponential tree of exceptions
        // raised at the recursion limit, once many seconds late (handlers ran inside .NET catch blocks).
        const string program = "def f():\n    try:\n        f()\n    except RecursionError:\n        f()\nf()\n";
        var engine = new PythonEngine(new PythonEngineOptions { TimeLimit = TimeSpan.FromMilliseconds(200) });

        var run = Task.Run(() => engine.Run(program));
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.Same(run, finished); // a hang, not a timing assertion
        var result = await run;
        Assert.True(result.Error!.IsLimit);
        Assert.Equal("TimeoutError", result.Error.TypeName);
    }

    [Fact]
    public void ExceptionsRaisedInHandlersAndExitMethodsPropagateWithContextAndTraceback()
    {
        var result = new PythonEngine().Run(
            "class M:\n    def __enter__(self): return self\n    def __exit__(self, *a):\n        raise KeyError('exit')\n" +
            "try:\n    try:\n        1 / 0\n    except ZeroDivisionError:\n        raise ValueError('in handler')\nexcept ValueError as e:\n    print(type(e.__context__).__name__)\n" +
            "try:\n    with M():\n        1 / 0\nexcept KeyError as e:\n    print(e)\n" +
            "with M():\n    pass\n");

        Assert.Equal("ZeroDivisionError\n'exit'\n", result.Stdout);
        Assert.Equal("KeyError", result.Error!.TypeName);
        Assert.Contains("__exit__", result.Error.Traceback);
    }
}
