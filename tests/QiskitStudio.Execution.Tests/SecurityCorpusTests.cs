using QiskitStudio.Execution.Engines.CPython;
using QiskitStudio.Execution.Scheduling;
using QiskitStudio.Execution.Security;
using QiskitStudio.Python.Syntax;

namespace QiskitStudio.Execution.Tests;

/// <summary>
/// Issue 4 item 4: an attack corpus (each program blocked by the analysis, or contained by the
/// sandbox with the host unharmed) and a benign corpus of real Qiskit programs with no false refusals.
/// Corpus files start with "# expect: blocked" or "# expect: contained".
/// </summary>
public class SecurityCorpusTests
{
    private static readonly string CorpusRoot = Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static TheoryData<string> Attacks() => Files("attacks");
    public static TheoryData<string> BenignPrograms() => Files("benign");

    private static TheoryData<string> Files(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(CorpusRoot, folder), "*.py").Order())
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    private static readonly CodeRunPipeline Pipeline = new(
        new CPythonEngine(new CPythonSandboxOptions
        {
            PythonPath = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3",
            WallTimeout = TimeSpan.FromSeconds(3),
            CpuSeconds = 5,
            MemoryBytes = 512L * 1024 * 1024,
            MaxOutputChars = 100_000,
        }),
        new RunQueue(2, TimeSpan.FromMinutes(5)),
        new CodeRunOptions());

    [Fact]
    public void TheAttackCorpusHasAtLeastSixtyPrograms() => Assert.True(Attacks().Count >= 60);

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task EveryAttack_IsBlockedOrContained(string name)
    {
        var code = File.ReadAllText(Path.Combine(CorpusRoot, "attacks", name + ".py"));
        var expectation = code.Split('\n')[0];

        var reply = await Pipeline.RunAsync(new RunCodeRequest(code), CancellationToken.None);

        Assert.DoesNotContain("ESCAPED", reply.Output);
        if (expectation == "# expect: blocked")
        {
            Assert.True(reply.Refused, reply.Output);
            Assert.Matches(@"^Security Error: .+ is not allowed \(line \d+\)", reply.Output);
        }
        else
        {
            Assert.Equal("# expect: contained", expectation);
            Assert.False(reply.Refused, reply.Output);
            Assert.StartsWith("Error executing code: ", reply.Output);
        }

        // The host is unharmed: the next program runs normally.
        var after = await Pipeline.RunAsync(new RunCodeRequest("print(6 * 7)"), CancellationToken.None);
        Assert.Equal("42\n", after.Output);
    }

    [Theory]
    [MemberData(nameof(BenignPrograms))]
    public void RealQiskitPrograms_AreNotRefused(string name)
    {
        var code = File.ReadAllText(Path.Combine(CorpusRoot, "benign", name + ".py"));
        Module module;
        try
        {
            module = Parser.ParseModule(code);
        }
        catch (PythonSyntaxError error)
        {
            throw new Xunit.Sdk.XunitException($"{name}.py, line {error.Line}: {error.Message}");
        }
        var findings = SecurityAnalyzer.Analyze(module);
        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => f.Message)));
    }

    [Fact]
    public void Finding_NamesWhatAndTheLine()
    {
        var findings = SecurityAnalyzer.Analyze(Parser.ParseModule("x = 1\n\nimport subprocess\n"));
        Assert.Equal("Security Error: importing the module 'subprocess' is not allowed (line 3)", Assert.Single(findings).Message);
    }

    [Fact]
    public async Task LocalMode_RewriteHappensBeforeAnalysis_SoTheIbmHeaderIsNotRefused()
    {
        var code = "## STEP 0 : IBM Quantum Config\nfrom qiskit_ibm_runtime import QiskitRuntimeService\nservice = QiskitRuntimeService()\n## STEP 1 : Map\nprint('mapped')\n";
        var reply = await Pipeline.RunAsync(new RunCodeRequest(code), CancellationToken.None);
        // Debian's python3 has no qiskit_aer: the failure is an import error, not a refusal.
        Assert.False(reply.Refused);
        Assert.StartsWith("Error executing code: No module named 'qiskit_aer'", reply.Output);
    }

    [Fact]
    public async Task SyntaxErrors_AreReportedWithoutRunning()
    {
        var reply = await Pipeline.RunAsync(new RunCodeRequest("print('a'\n"), CancellationToken.None);
        Assert.StartsWith("Error executing code: '(' was never closed (<string>, line 1)", reply.Output);
    }
}
