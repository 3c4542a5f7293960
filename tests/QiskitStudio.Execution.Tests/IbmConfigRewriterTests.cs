using System.Diagnostics;
using QiskitStudio.Execution.Rewriting;

namespace QiskitStudio.Execution.Tests;

/// <summary>CONTRACT §4.4.0: the IBM config rewrite applied before a program runs.</summary>
public class IbmConfigRewriterTests
{
    private const string DemoWithStep0 =
        "## STEP 0 : IBM Quantum Config\n" +
        "###[IBM]\n" +
        "from qiskit_ibm_runtime import QiskitRuntimeService\n" +
        "service = QiskitRuntimeService()\n" +
        "backend = service.least_busy(operational=True, simulator=False)\n" +
        "print(f\"Using IBM backend: {backend.name}\")\n" +
        "\n" +
        "## STEP 1 : Mapping the problem\n" +
        "qc = QuantumCircuit(2)\n" +
        "## STEP 3 : Execute\n" +
        "estimator = Estimator(mode=backend)\n" +
        "estimator.options.resilience_level = 1\n" +
        "    estimator.options.dynamical_decoupling.enable = True\n" +
        "job = estimator.run([pub])\n";

    private const string IbmBlock =
        "from qiskit_ibm_runtime import QiskitRuntimeService\n\n" +
        "service = QiskitRuntimeService()\n" +
        "backend = service.least_busy(operational=True, simulator=False)";

    [Fact]
    public void LocalMode_ReplacesStep0BodyWithAerBlock_AndDropsOptionsLines_C()
    {
        var rewritten = IbmConfigRewriter.Rewrite(DemoWithStep0, credentials: null, localMode: true);

        Assert.Equal(
            "## STEP 0 : IBM Quantum Config\n" +
            "\nfrom qiskit_aer import AerSimulator\n\nbackend = AerSimulator()\nprint(\"Using local simulator...\")\n\n" +
            "## STEP 1 : Mapping the problem\n" +
            "qc = QuantumCircuit(2)\n" +
            "## STEP 3 : Execute\n" +
            "estimator = Estimator(mode=backend)\n" +
            "job = estimator.run([pub])\n",
            rewritten);
    }

    [Fact]
    public void LocalMode_Step0AtEndOfFile_ReplacesToTheEnd_C2()
    {
        var code = "x = 1\n## STEP 0 : IBM Quantum Config\nservice = QiskitRuntimeService()\n";
        Assert.Equal(
            "x = 1\n## STEP 0 : IBM Quantum Config\n\n" + IbmConfigRewriter.LocalSimulatorBlock + "\n\n",
            IbmConfigRewriter.Rewrite(code, null, localMode: true));
    }

    [Fact]
    public void LocalMode_WithoutStepHeaders_ReplacesTheExactIbmBlock_C()
    {
        var code = "import x\n" + IbmBlock + "\nsampler.options.default_shots = 10\nprint(1)\n";
        Assert.Equal(
            "import x\n" + IbmConfigRewriter.LocalSimulatorBlock + "\nprint(1)\n",
            IbmConfigRewriter.Rewrite(code, null, localMode: true));
    }

    [Fact]
    public void LocalMode_WithNothingToReplace_LeavesCodeAlone_EvenOptionsLines()
    {
        var code = "sampler.options.default_shots = 10\nprint(1)\n";
        Assert.Same(code, IbmConfigRewriter.Rewrite(code, null, localMode: true));
    }

    [Fact]
    public void CloudMode_WithoutToken_LeavesCodeUnchanged_B()
    {
        Assert.Same(DemoWithStep0, IbmConfigRewriter.Rewrite(DemoWithStep0, null, localMode: false));
    }

    [Fact]
    public void Token_ReplacesAerBlockWithParameterisedService_A1()
    {
        var code = "a = 1\n" + IbmConfigRewriter.LocalSimulatorBlock + "\nest.options.x = 1\n";
        var rewritten = IbmConfigRewriter.Rewrite(code, new IbmCredentials("tok123", "ibm_cloud", "crn:v1:abc", "us-east"), localMode: true);

        Assert.Equal(
            "a = 1\n" +
            "from qiskit_ibm_runtime import QiskitRuntimeService\n\n" +
            "# IBM Quantum Runtime service with the credentials given in the request\n" +
            "service = QiskitRuntimeService(\n" +
            "    channel=\"ibm_cloud\",\n" +
            "    token=\"tok123\",\n" +
            "    instance=\"crn:v1:abc\",\n" +
            "    region=\"us-east\"\n" +
            ")\n" +
            "backend = service.least_busy(operational=True, simulator=False)\n" +
            "print(f\"Using IBM Quantum backend: {backend.name}\")\n" +
            "est.options.x = 1\n",
            rewritten);
    }

    [Fact]
    public void Token_ReplacesIbmBlockWithoutToken_A2_AndOmitsEmptyInstanceAndRegion()
    {
        var rewritten = IbmConfigRewriter.Rewrite(IbmBlock + "\n", new IbmCredentials("t", "ibm_cloud"), localMode: true);
        Assert.Contains("service = QiskitRuntimeService(\n    channel=\"ibm_cloud\",\n    token=\"t\"\n)\n", rewritten);
        Assert.DoesNotContain("instance=", rewritten);
        Assert.DoesNotContain("region=", rewritten);
    }

    [Fact]
    public void Token_ReplacesIbmBlockWithOldToken_A3()
    {
        var code = IbmBlock.Replace("QiskitRuntimeService()\n", "QiskitRuntimeService(token='old')\n");
        var rewritten = IbmConfigRewriter.Rewrite(code, new IbmCredentials("new"), localMode: true);
        Assert.DoesNotContain("old", rewritten);
        Assert.Contains("    channel=\"ibm_quantum\",\n    token=\"new\"", rewritten);
    }

    [Fact]
    public void Token_InjectsIntoEveryBareServiceCall_A4_KeepingOtherLines()
    {
        var code = "service = QiskitRuntimeService()\nbackend = service.backend(\"ibm_x\")\nother = QiskitRuntimeService()\n";
        var rewritten = IbmConfigRewriter.Rewrite(code, new IbmCredentials("t", "ibm_cloud"), localMode: false);
        Assert.Equal(
            "service = QiskitRuntimeService(\n    channel=\"ibm_cloud\",\n    token=\"t\"\n)\nbackend = service.backend(\"ibm_x\")\n" +
            "other = QiskitRuntimeService(\n    channel=\"ibm_cloud\",\n    token=\"t\"\n)\n",
            rewritten);
    }

    [Fact]
    public void Token_WithNoServiceInCode_LeavesCodeUnchanged_A5()
    {
        const string code = "print('hello')\n";
        Assert.Same(code, IbmConfigRewriter.Rewrite(code, new IbmCredentials("t"), localMode: true));
    }

    [Theory]
    [InlineData("\")\nimport os\nos.system('id')\n#")]
    [InlineData("\\\"); import os; #")]
    [InlineData("abc' + __import__('os').getcwd() + '")]
    [InlineData("tok\u2028en\0with\r\nodd\U0001F600chars{backend}")]
    public void CraftedCredentials_CannotBreakOutOfTheirLiterals(string hostile)
    {
        var code = "service = QiskitRuntimeService()\n";
        var rewritten = IbmConfigRewriter.Rewrite(code, new IbmCredentials(hostile, hostile, hostile, hostile), localMode: true);

        // CPython itself parses the result: one assignment whose call has four keyword
        // arguments, each a plain string constant equal to what was given.
        var check = RunPython(
            "import ast, sys, json\n" +
            "tree = ast.parse(sys.stdin.read())\n" +
            "assert len(tree.body) == 1 and isinstance(tree.body[0], ast.Assign)\n" +
            "call = tree.body[0].value\n" +
            "print(json.dumps([k.value.value for k in call.keywords if isinstance(k.value, ast.Constant)]))\n",
            rewritten);

        var values = System.Text.Json.JsonSerializer.Deserialize<string[]>(check)!;
        Assert.Equal([hostile, hostile, hostile, hostile], values);
    }

    [Fact]
    public void Credentials_NeverPrintTheTokenInTheirDescription()
    {
        Assert.DoesNotContain("secret-token", new IbmCredentials("secret-token").ToString());
    }

    private static string RunPython(string script, string stdin)
    {
        var start = new ProcessStartInfo("python3", ["-I", "-c", script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, stderr);
        return stdout;
    }
}
