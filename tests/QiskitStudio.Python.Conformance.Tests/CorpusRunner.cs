using System.Collections.Concurrent;
using System.Diagnostics;
using QiskitStudio.Python.Modules;

namespace QiskitStudio.Python.Conformance.Tests;

/// <summary>What running one corpus program through our interpreter produced, and how it compares.</summary>
public sealed record CorpusOutcome(CorpusProgram Program, bool Passed, string ActualStdout, string? ActualError, TimeSpan Elapsed)
{
    /// <summary>A one-line reason for a failure: the first differing line, or the error mismatch.</summary>
    public string Describe()
    {
        if (Passed) return "pass";
        if (!string.Equals(Program.ExpectedError, ActualError, StringComparison.Ordinal) &&
            string.Equals(Program.ExpectedStdout, ActualStdout, StringComparison.Ordinal))
            return $"error: expected [{Program.ExpectedError ?? "none"}] got [{ActualError ?? "none"}]";
        string[] expected = Program.ExpectedStdout.Split('\n');
        string[] actual = ActualStdout.Split('\n');
        for (int i = 0; i < Math.Max(expected.Length, actual.Length); i++)
        {
            string e = i < expected.Length ? expected[i] : "<end>";
            string a = i < actual.Length ? actual[i] : "<end>";
            if (e != a)
                return $"stdout line {i + 1}: expected [{Clip(e)}] got [{Clip(a)}]" +
                       (ActualError is null ? "" : $"; error [{Clip(ActualError)}]");
        }
        return "stdout differs";
    }

    private static string Clip(string s) => s.Length <= 120 ? s : s[..117] + "...";
}

/// <summary>Runs corpus programs through <see cref="PythonEngine"/>, in parallel, with generous limits.</summary>
public static class CorpusRunner
{
    public static PythonEngineOptions Options { get; } = new()
    {
        TimeLimit = TimeSpan.FromSeconds(60),
        MaxSteps = 200_000_000,
        MaxMemoryBytes = 512L * 1024 * 1024,
        MaxRecursionDepth = 1000,
        MaxOutputChars = 1_000_000,
    };

    /// <summary>
    /// The final traceback line as CPython prints it: "TypeName: message", "TypeName", or with the
    /// module for exceptions defined outside builtins ("json.decoder.JSONDecodeError: ...").
    /// </summary>
    public static string? FinalErrorLine(PythonError? error)
    {
        if (error is null) return null;
        string? last = error.Traceback.Split('\n').LastOrDefault(l => l.Trim().Length > 0);
        if (!string.IsNullOrEmpty(last)) return last.TrimEnd('\r');
        return error.Message.Length == 0 ? error.TypeName : $"{error.TypeName}: {error.Message}";
    }

    public static CorpusOutcome Run(PythonEngine engine, CorpusProgram program)
    {
        var watch = Stopwatch.StartNew();
        string stdout;
        string? error;
        try
        {
            var result = engine.Run(program.Source, "<string>");
            stdout = result.Stdout;
            error = FinalErrorLine(result.Error);
        }
        catch (Exception ex)
        {
            // The engine must never throw; record it as a failure of this program.
            stdout = "";
            error = $"host exception {ex.GetType().Name}: {ex.Message}";
        }
        watch.Stop();
        bool passed = string.Equals(stdout, program.ExpectedStdout, StringComparison.Ordinal) &&
                      string.Equals(error, program.ExpectedError, StringComparison.Ordinal);
        return new CorpusOutcome(program, passed, stdout, error, watch.Elapsed);
    }

    /// <summary>An engine with the standard library (PythonEngine registers it by default; this guards against it being switched off).</summary>
    public static PythonEngine CreateEngine(PythonEngineOptions options)
    {
        var engine = new PythonEngine(options);
        if (!engine.Modules.Exists("json")) StandardLibrary.RegisterAll(engine.Modules);
        return engine;
    }

    public static IReadOnlyList<CorpusOutcome> RunAll(IReadOnlyList<CorpusProgram> programs)
    {
        var engine = CreateEngine(Options);
        var results = new ConcurrentBag<CorpusOutcome>();
        // A dedicated thread per worker with a large stack: deep-recursion programs need it.
        int workers = Math.Max(2, Environment.ProcessorCount);
        int next = -1;
        var threads = new List<Thread>();
        for (int w = 0; w < workers; w++)
        {
            var thread = new Thread(() =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < programs.Count)
                    results.Add(Run(engine, programs[i]));
            }, maxStackSize: 256 * 1024 * 1024);
            thread.Start();
            threads.Add(thread);
        }
        foreach (var t in threads) t.Join();
        return results.OrderBy(r => r.Program.Id, StringComparer.Ordinal).ToList();
    }
}
