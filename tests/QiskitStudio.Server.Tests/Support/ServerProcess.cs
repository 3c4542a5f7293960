using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace QiskitStudio.Server.Tests.Support;

/// <summary>
/// The built server run as its own process (<c>dotnet QiskitStudio.Server.dll</c>) in a working
/// folder of the test's choosing, with a controlled environment: what a user gets from
/// <c>dotnet run</c>, including <c>.env</c> loading and the console log.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private static readonly string[] InheritedSettings =
    [
        "ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL", "ANTHROPIC_MODEL", "OPENAI_BASE_URL", "OPENAI_API_KEY", "OPENAI_MODEL", "LLM_MODEL",
        "LLM_PROVIDER", "STUDIO_API_KEY", "SERVER_HOST", "SERVER_PORT", "IBM_QUANTUM_TOKEN", "DOTENV_FILE", "LOG_LEVEL", "DATA_DIR",
        "LLMOS_DATA_DIR", "LLMOS_BUDGET_USD", "CORS_ALLOW_ORIGINS", "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_ENVIRONMENT",
    ];

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerProcess(Process process) => _process = process;

    public string Output => string.Join("\n", _output);

    public Task<Uri> Listening => _listening.Task;

    public Task Exited => _process.WaitForExitAsync();

    public int ExitCode => _process.ExitCode;

    public static ServerProcess Start(string workingDirectory, IDictionary<string, string> environment)
    {
        var serverDll = Path.Combine(AppContext.BaseDirectory, "QiskitStudio.Server.dll");
        var start = new ProcessStartInfo("dotnet", [serverDll])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in InheritedSettings)
        {
            start.Environment.Remove(name);
        }
        start.Environment["SERVER_PORT"] = "0";
        start.Environment["DATA_DIR"] = Path.Combine(workingDirectory, "data");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var server = new ServerProcess(process);
        process.OutputDataReceived += (_, e) => server.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => server.OnLine(e.Data);
        process.Exited += (_, _) => server._listening.TrySetException(new InvalidOperationException("The server exited before listening:\n" + server.Output));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }
        _output.Enqueue(line);
        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups["url"].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningLine();

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
