using System.Diagnostics;

namespace QiskitStudio.Python.Conformance.Tests;

/// <summary>
/// Hostile input under tight limits: every run must return a result (never throw, never crash the
/// host) and must stop within its time limit plus a small allowance. Seeded, so it is repeatable.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261125;
    private static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(150);
    // Slack for a loaded, shared machine: a run may end some seconds after its limit, never hang.
    private static readonly TimeSpan Allowance = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan HangThreshold = TimeSpan.FromSeconds(60);

    private static PythonEngineOptions TightLimits() => new()
    {
        TimeLimit = TimeLimit,
        MaxSteps = 100_000,
        MaxMemoryBytes = 64L * 1024 * 1024,
        MaxRecursionDepth = 200,
        MaxOutputChars = 20_000,
    };

    [Fact]
    public void Mutated_corpus_programs_and_token_soup_always_return_a_result()
    {
        var generator = new FuzzProgramGenerator(Seed);
        var corpus = CorpusProgram.LoadAll().Where(p => p.Group != "sandbox").ToList();
        var cases = new List<(string Name, string Source)>();
        var pick = new Random(Seed);
        for (int i = 0; i < 300; i++)
        {
            var program = corpus[pick.Next(corpus.Count)];
            cases.Add(($"mutant {i} of {program.Id}", generator.Mutate(program.Source)));
        }
        for (int i = 0; i < 150; i++) cases.Add(($"soup {i}", generator.TokenSoup()));
        RunAll(cases);
    }

    /// <summary>
    /// Stress programs the interpreter does not yet stop in time (see FuzzKnownIssues.txt). They are
    /// not run at all: a runaway run keeps its thread busy after the test gives up on it.
    /// </summary>
    public static HashSet<string> KnownIssues()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "FuzzKnownIssues.txt");
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return set;
        foreach (string raw in File.ReadLines(path))
        {
            int hash = raw.IndexOf('#');
            string line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length > 0) set.Add(line);
        }
        return set;
    }

    [Fact]
    public void Deep_nesting_huge_literals_and_resource_bombs_stop_within_limits()
    {
        var known = KnownIssues();
        var cases = FuzzProgramGenerator.StressPrograms().ToList();
        foreach (var skipped in cases.Where(c => known.Contains(c.Name)))
            output.WriteLine($"not run (known issue): {skipped.Name}");
        RunAll(cases.Where(c => !known.Contains(c.Name)).ToList());
    }

    private void RunAll(List<(string Name, string Source)> cases)
    {
        var engine = CorpusRunner.CreateEngine(TightLimits());
        var problems = new List<string>();
        var limitStops = 0;
        var slowest = TimeSpan.Zero;
        var total = Stopwatch.StartNew();
        foreach (var (name, source) in cases)
        {
            var (result, elapsed, thrown) = RunGuarded(engine, source);
            if (elapsed > slowest) slowest = elapsed;
            if (elapsed > TimeSpan.FromSeconds(1)) output.WriteLine($"slow: {name} took {elapsed.TotalMilliseconds:F0} ms");
            if (thrown is not null)
                problems.Add($"{name}: the engine threw {thrown.GetType().Name}: {thrown.Message}");
            else if (result is null)
                problems.Add($"{name}: no result after {HangThreshold.TotalSeconds} s (hang)");
            else if (result.Error is { } error && string.IsNullOrEmpty(error.TypeName))
                problems.Add($"{name}: an error without a type name");
            else if (result.Error is { IsLimit: true })
                limitStops++;
            if (result is not null && elapsed > TimeLimit + Allowance)
                problems.Add($"{name}: ran {elapsed.TotalMilliseconds:F0} ms, past its {TimeLimit.TotalMilliseconds} ms limit");
        }
        output.WriteLine($"{cases.Count} hostile programs in {total.Elapsed.TotalSeconds:F1} s; {limitStops} stopped by a limit; slowest {slowest.TotalMilliseconds:F0} ms");
        foreach (string p in problems) output.WriteLine(p);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    /// <summary>Runs on its own thread so a hang is reported instead of blocking the suite.</summary>
    private static (PythonRunResult? Result, TimeSpan Elapsed, Exception? Thrown) RunGuarded(PythonEngine engine, string source)
    {
        PythonRunResult? result = null;
        Exception? thrown = null;
        var watch = Stopwatch.StartNew();
        var thread = new Thread(() =>
        {
            try { result = engine.Run(source, "<fuzz>"); }
            catch (Exception ex) { thrown = ex; }
        }, maxStackSize: 16 * 1024 * 1024) { IsBackground = true };
        thread.Start();
        bool finished = thread.Join(HangThreshold);
        watch.Stop();
        return finished ? (result, watch.Elapsed, thrown) : (null, watch.Elapsed, null);
    }
}
