using System.Net;
using System.Net.Sockets;
using QiskitStudio.Execution.Engines;
using QiskitStudio.Execution.Engines.CPython;

namespace QiskitStudio.Execution.Tests;

/// <summary>
/// The "python" engine (issue 4): a real CPython in a locked-down subprocess. These tests run
/// Debian's /usr/bin/python3 (world-readable, so the sandbox can drop root to nobody).
/// </summary>
public class CPythonEngineTests
{
    private static CPythonEngine Engine(Action<CPythonSandboxOptions>? configure = null)
    {
        var options = new CPythonSandboxOptions
        {
            PythonPath = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3",
            WallTimeout = TimeSpan.FromSeconds(20),
            CpuSeconds = 20,
            MemoryBytes = 512L * 1024 * 1024,
        };
        configure?.Invoke(options);
        return new CPythonEngine(options);
    }

    private static Task<CodeRunResult> Run(string code, Action<CPythonSandboxOptions>? configure = null, bool allowNetwork = false, string[]? secrets = null) =>
        Engine(configure).RunAsync(new CodeRunRequest(code, allowNetwork, secrets), CancellationToken.None);

    [Fact]
    public async Task PrintsWhatCPythonPrints()
    {
        var result = await Run("import sys\nprint(sum(range(10)), 2**100)\nprint('warn', file=sys.stderr)\n");
        Assert.True(result.Succeeded);
        Assert.Equal("45 1267650600228229401496703205376\n", result.Stdout);
        Assert.Equal("warn\n", result.Stderr);
    }

    [Fact]
    public async Task RunsAsMain_LikeAScript()
    {
        var result = await Run("if __name__ == '__main__':\n    print('main')\n");
        Assert.Equal("main\n", result.Stdout);
    }

    [Fact]
    public async Task UncaughtException_ReportsMessage_KeepsEarlierOutput_AndTracebackStartsInUserCode()
    {
        var result = await Run("print('before')\ndef f():\n    return 1 / 0\nf()\n");

        Assert.Equal("before\n", result.Stdout);
        Assert.NotNull(result.Error);
        Assert.Equal("ZeroDivisionError", result.Error!.TypeName);
        Assert.Equal("division by zero", result.Error.Message);
        Assert.StartsWith("Traceback (most recent call last):\n  File \"<string>\", line 4, in <module>\n", result.Error.Traceback);
        Assert.EndsWith("ZeroDivisionError: division by zero\n", result.Error.Traceback);
        Assert.DoesNotContain("qiskit-studio-error", result.Stderr);
    }

    [Fact]
    public async Task SyntaxError_IsReportedAsSuch()
    {
        var result = await Run("def broken(:\n    pass\n");
        Assert.Equal("SyntaxError", result.Error?.TypeName);
    }

    [Fact]
    public async Task EnvironmentIsScrubbed_ServerSecretsDoNotReachTheProgram()
    {
        Environment.SetEnvironmentVariable("QS_TEST_PLANTED_SECRET", "sk-ant-planted-0123456789");
        try
        {
            var result = await Run("import os\nprint(sorted(os.environ))\nprint(os.environ.get('QS_TEST_PLANTED_SECRET'))\n");
            Assert.DoesNotContain("QS_TEST_PLANTED_SECRET", result.Stdout);
            Assert.DoesNotContain("sk-ant-planted", result.Stdout);
            Assert.EndsWith("None\n", result.Stdout);
        }
        finally
        {
            Environment.SetEnvironmentVariable("QS_TEST_PLANTED_SECRET", null);
        }
    }

    [Fact]
    public async Task RunsInAFreshScratchFolder_RemovedAfterwards()
    {
        var result = await Run("import os\nopen('scratch.txt', 'w').write('x')\nprint(os.getcwd())\n");
        Assert.True(result.Succeeded, result.Error?.Message);
        var folder = result.Stdout.Trim();
        Assert.Contains("qiskit-studio-run-", folder);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task WallClockLimit_KillsTheWholeProcessGroup()
    {
        var result = await Run(
            "import os, time\nif os.fork() == 0:\n    time.sleep(600)\nprint('parent', flush=True)\nwhile True:\n    pass\n",
            o => { o.WallTimeout = TimeSpan.FromSeconds(2); });

        Assert.Equal("TimeoutError", result.Error?.TypeName);
        Assert.True(result.Error!.IsLimit);
        Assert.Contains("parent", result.Stdout);
    }

    [Fact]
    public async Task MemoryLimit_StopsAHugeAllocation()
    {
        var result = await Run("x = bytearray(2 * 1024 * 1024 * 1024)\nprint('allocated')\n", o => o.MemoryBytes = 256L * 1024 * 1024);
        Assert.Equal("MemoryError", result.Error?.TypeName);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public async Task FileSizeLimit_StopsALargeWrite()
    {
        var result = await Run("f = open('big.bin', 'wb')\nf.write(b'x' * (8 * 1024 * 1024))\nf.close()\nprint('written')\n", o => o.MaxFileBytes = 1024 * 1024);
        Assert.False(result.Succeeded);
        Assert.DoesNotContain("written", result.Stdout);
    }

    [Fact]
    public async Task OutputFlood_IsCappedAndStopped()
    {
        var result = await Run("while True:\n    print('x' * 1000)\n", o => o.MaxOutputChars = 50_000);
        Assert.True(result.OutputTruncated);
        Assert.True(result.Stdout.Length <= 50_000);
        Assert.Equal("OutputLimitError", result.Error?.TypeName);
    }

    [Fact]
    public async Task WithoutIbmToken_TheProgramHasNoNetwork()
    {
        var engine = Engine();
        Assert.True(engine.CanIsolateNetwork, "this machine is expected to support network namespaces (tests run as root)");
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var result = await engine.RunAsync(new CodeRunRequest(
            $"import socket\ntry:\n    socket.create_connection(('127.0.0.1', {port}), timeout=3)\n    print('connected')\nexcept OSError as e:\n    print('refused')\n"), CancellationToken.None);

        Assert.Equal("refused\n", result.Stdout);
    }

    [Fact]
    public async Task WithIbmToken_TheProgramMayUseTheNetwork()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var result = await Run(
            $"import socket\nsocket.create_connection(('127.0.0.1', {port}), timeout=3)\nprint('connected')\n",
            allowNetwork: true);

        Assert.Equal("connected\n", result.Stdout);
    }

    [Fact]
    public async Task RunsAsAnUnprivilegedUser_AndCannotReadRootFiles()
    {
        var result = await Run("import os\nprint(os.getuid())\ntry:\n    open('/etc/shadow').read()\n    print('read')\nexcept PermissionError:\n    print('denied')\n");
        Assert.Equal("65534\ndenied\n", result.Stdout);
    }

    [Fact]
    public async Task ForkBomb_IsContainedByTheProcessLimit()
    {
        var result = await Run(
            "import os\nforks = 0\nfor _ in range(200):\n    try:\n        pid = os.fork()\n    except OSError:\n        break\n    if pid == 0:\n        import time\n        time.sleep(5)\n        os._exit(0)\n    forks += 1\nprint(forks < 200)\n",
            o => { o.MaxProcesses = 20; o.WallTimeout = TimeSpan.FromSeconds(10); });
        Assert.Equal("True\n", result.Stdout);
    }

    [Fact]
    public async Task Secrets_AreMaskedInEverythingTheProgramPrints()
    {
        var result = await Run("tok = 'ibm-token-' + 'abcdef'\nprint(tok)\nraise ValueError(tok)\n", secrets: ["ibm-token-abcdef"]);
        Assert.DoesNotContain("ibm-token-abcdef", result.Stdout);
        Assert.DoesNotContain("ibm-token-abcdef", result.Error!.Message);
        Assert.DoesNotContain("ibm-token-abcdef", result.Error.Traceback);
        Assert.Contains("[REDACTED]", result.Stdout);
    }

    [Fact]
    public async Task ClientCancellation_StopsTheProgram()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Engine().RunAsync(new CodeRunRequest("while True:\n    pass\n"), cancel.Token));
    }

    [Fact]
    public void HasQiskit_IsFalseForAnInterpreterWithoutIt_AndForAMissingOne()
    {
        Assert.False(CPythonEngine.HasQiskit("/usr/bin/python3"));
        Assert.False(CPythonEngine.HasQiskit("/nonexistent/python"));
    }
}
