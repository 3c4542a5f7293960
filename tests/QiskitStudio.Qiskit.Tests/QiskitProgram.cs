using QiskitStudio.Python;

namespace QiskitStudio.Qiskit.Tests;

/// <summary>Runs Python programs through the embedded engine with the Qiskit runtime registered.</summary>
internal static class QiskitProgram
{
    private static readonly PythonEngine s_engine = CreateEngine();

    private static PythonEngine CreateEngine()
    {
        var engine = new PythonEngine(new PythonEngineOptions { TimeLimit = TimeSpan.FromSeconds(60) });
        QiskitRuntime.Register(engine.Modules);
        return engine;
    }

    /// <summary>Runs <paramref name="source"/>, which must succeed, and returns what it printed.</summary>
    public static string Run(string source)
    {
        var result = s_engine.Run(source);
        Assert.True(result.Succeeded, $"The program failed:\n{result.Error?.Traceback}\nOutput so far:\n{result.Stdout}");
        return result.Stdout;
    }

    /// <summary>Runs <paramref name="source"/>, which must fail, and returns the error.</summary>
    public static PythonError RunFailing(string source)
    {
        var result = s_engine.Run(source);
        Assert.False(result.Succeeded, $"The program was expected to fail but printed:\n{result.Stdout}");
        return result.Error!;
    }

    /// <summary>Runs <paramref name="source"/> and returns the whole result, whether it failed or not.</summary>
    public static PythonRunResult RunRaw(string source) => s_engine.Run(source);

    /// <summary>Python source from lines, so tests read like the programs they run.</summary>
    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";
}
