using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Tests.Interpreter;

public class EngineTests
{
    [Fact]
    public void RunsConcurrentlyWithSeparateState()
    {
        var engine = new PythonEngine();
        var results = new PythonRunResult[8];

        Parallel.For(0, results.Length, i =>
            results[i] = engine.Run($"total = 0\nfor k in range(1000):\n    total += {i}\nprint(total)\n"));

        for (int i = 0; i < results.Length; i++) Assert.Equal($"{1000 * i}\n", results[i].Stdout);
    }

    [Fact]
    public void HostRegisteredModulesAreImportable()
    {
        var engine = new PythonEngine();
        engine.Modules.Register("hostmod", m =>
        {
            m.Add("answer", PyInt.Create(42));
            m.AddFunction("double", x => PyInt.Create(((PyInt)x).Value * 2));
        });

        var result = engine.Run("import hostmod\nfrom hostmod import double as d\nprint(hostmod.answer, d(21))\n");

        Assert.True(result.Succeeded, result.Error?.Traceback);
        Assert.Equal("42 42\n", result.Stdout);
    }

    [Fact]
    public void SuccessfulRunHasNoError()
    {
        var result = new PythonEngine().Run("print('hi')");

        Assert.True(result.Succeeded);
        Assert.Equal("hi\n", result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void SystemExitWithZeroIsSuccess()
    {
        var result = new PythonEngine().Run("import sys\nprint('a')\nsys.exit(0)\nprint('b')\n");

        Assert.True(result.Succeeded, result.Error?.Traceback);
        Assert.Equal("a\n", result.Stdout);
    }

    [Fact]
    public void CheckSyntaxReportsErrorsWithoutRunning()
    {
        Assert.Null(PythonEngine.CheckSyntax("print(undefined_name)\n"));

        var error = PythonEngine.CheckSyntax("def f():\n    nonlocal x\n");

        Assert.Equal(("SyntaxError", "no binding for nonlocal 'x' found", 2), (error!.TypeName, error.Message, error.Line));
    }

    [Fact]
    public void UnsupportedFeaturesFailWithAClearError()
    {
        var result = new PythonEngine().Run("async def f():\n    pass\n");

        Assert.Equal("SyntaxError", result.Error!.TypeName);
        Assert.Contains("not supported", result.Error.Message);
    }
}
