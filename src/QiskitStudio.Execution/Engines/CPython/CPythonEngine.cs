using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using QiskitStudio.Execution.Output;

namespace QiskitStudio.Execution.Engines.CPython;

/// <summary>
/// Runs a program in a real CPython, in a locked-down subprocess: isolated mode (<c>-I</c>),
/// a fresh scratch folder removed afterwards, a scrubbed environment, rlimits on CPU time,
/// memory, file size and processes, an unprivileged user when the server is root, its own
/// process group killed whole at the wall-clock limit, capped output, and its own empty
/// network namespace unless the request carries an IBM token.
/// </summary>
public sealed class CPythonEngine : IExecutionEngine
{
    private static readonly string Bootstrap = LoadBootstrap();

    private readonly CPythonSandboxOptions _options;
    private readonly ILogger _logger;
    private readonly Lazy<bool> _canIsolateNetwork;

    public CPythonEngine(CPythonSandboxOptions options, ILogger<CPythonEngine>? logger = null)
    {
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _canIsolateNetwork = new Lazy<bool>(ProbeNetworkIsolation);
    }

    public string Name => "python";

    /// <summary>Whether this machine lets the engine give a program its own empty network namespace.</summary>
    public bool CanIsolateNetwork => _canIsolateNetwork.Value;

    /// <summary>True when the configured interpreter starts and can import <c>qiskit</c> (QISKIT_ENGINE=auto).</summary>
    public static bool HasQiskit(string pythonPath)
    {
        try
        {
            var probe = new ProcessStartInfo(pythonPath, ["-I", "-c", "import qiskit"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(probe);
            if (process is null)
                return false;
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }
            return process.ExitCode == 0;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return false;
        }
    }

    public async Task<CodeRunResult> RunAsync(CodeRunRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var scratch = Directory.CreateTempSubdirectory("qiskit-studio-run-");
        try
        {
            // The program may run as nobody: let it write in its own scratch folder only.
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(scratch.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
                UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);

            var nonce = "\u0001qiskit-studio-error-" + Guid.NewGuid().ToString("N") + ":";
            using var process = new Process { StartInfo = BuildStartInfo(request, scratch.FullName, nonce) };
            process.Start();

            var output = new CappedOutput(_options.MaxOutputChars);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.WallTimeout);
            using var killOnStop = timeout.Token.Register(() => KillProcessGroup(process));
            output.Overflowed += () => KillProcessGroup(process);

            var stdoutTask = output.PumpAsync(process.StandardOutput, isStdout: true);
            var stderrTask = output.PumpAsync(process.StandardError, isStdout: false);
            await process.StandardInput.WriteAsync(request.Code.AsMemory(), CancellationToken.None).ConfigureAwait(false);
            process.StandardInput.Close();

            await Task.WhenAll(stdoutTask, stderrTask).ConfigureAwait(false);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();

            var stderr = output.Stderr;
            var error = ExtractReportedError(ref stderr, nonce);
            if (error is null)
            {
                if (timeout.IsCancellationRequested)
                    error = new CodeRunError("TimeoutError", $"the program ran past the {_options.WallTimeout.TotalSeconds:0.#}-second time limit and was stopped", IsLimit: true);
                else if (output.Truncated)
                    error = new CodeRunError("OutputLimitError", $"the program printed more than {_options.MaxOutputChars:N0} characters and was stopped", IsLimit: true);
                else if (process.ExitCode != 0)
                    error = DescribeAbnormalExit(process.ExitCode);
            }

            return new CodeRunResult
            {
                Stdout = Mask(output.Stdout, request.Secrets),
                Stderr = Mask(stderr, request.Secrets),
                Error = error is null ? null : error with { Message = Mask(error.Message, request.Secrets), Traceback = error.Traceback is null ? null : Mask(error.Traceback, request.Secrets) },
                OutputTruncated = output.Truncated,
                Duration = Stopwatch.GetElapsedTime(started),
            };
        }
        finally
        {
            try
            {
                scratch.Delete(recursive: true);
            }
            catch (IOException ex)
            {
                _logger.LogWarning(ex, "Could not remove the scratch folder {Folder}", scratch.FullName);
            }
        }
    }

    private ProcessStartInfo BuildStartInfo(CodeRunRequest request, string scratch, string nonce)
    {
        var start = new ProcessStartInfo
        {
            WorkingDirectory = scratch,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            UseShellExecute = false,
        };

        var isolate = _options.IsolateNetwork && !request.AllowNetwork;
        if (isolate && CanIsolateNetwork)
        {
            start.FileName = "unshare";
            start.ArgumentList.Add("--net");
            start.ArgumentList.Add("--");
            start.ArgumentList.Add("setsid");
        }
        else
        {
            start.FileName = "setsid";
        }
        start.ArgumentList.Add(_options.PythonPath);
        start.ArgumentList.Add("-I");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Bootstrap);
        start.ArgumentList.Add(JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["cpu_seconds"] = _options.CpuSeconds,
            ["memory_bytes"] = _options.MemoryBytes,
            ["file_bytes"] = _options.MaxFileBytes,
            ["max_processes"] = _options.MaxProcesses,
            ["uid"] = _options.UnprivilegedUserId,
            ["gid"] = _options.UnprivilegedGroupId,
            ["nonce"] = nonce,
        }));

        // Nothing of the server's environment (keys, tokens) reaches the program.
        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/local/bin:/usr/bin:/bin";
        start.Environment["HOME"] = scratch;
        start.Environment["TMPDIR"] = scratch;
        start.Environment["LANG"] = "C.UTF-8";
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        start.Environment["MPLBACKEND"] = "Agg";
        // Kept because older OpenBLAS builds compute wrong results without them on some processors.
        foreach (var name in new[] { "OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE" })
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
                start.Environment[name] = value;
        }
        return start;
    }

    private static CodeRunError? ExtractReportedError(ref string stderr, string nonce)
    {
        var at = stderr.LastIndexOf(nonce, StringComparison.Ordinal);
        if (at < 0)
            return null;
        var end = stderr.IndexOf('\n', at);
        var json = end < 0 ? stderr[(at + nonce.Length)..] : stderr[(at + nonce.Length)..end];
        stderr = stderr[..at] + (end < 0 ? string.Empty : stderr[(end + 1)..]);
        try
        {
            using var report = JsonDocument.Parse(json);
            var root = report.RootElement;
            return new CodeRunError(
                root.GetProperty("type").GetString() ?? "Exception",
                root.GetProperty("message").GetString() ?? string.Empty,
                root.GetProperty("traceback").GetString());
        }
        catch (JsonException)
        {
            return new CodeRunError("RuntimeError", "the program's error report could not be read");
        }
    }

    private static CodeRunError DescribeAbnormalExit(int exitCode) => exitCode switch
    {
        128 + 9 => new CodeRunError("ResourceLimitError", "the program was killed (memory or CPU limit reached)", IsLimit: true),
        128 + 24 => new CodeRunError("ResourceLimitError", "the program used up its CPU time limit and was stopped", IsLimit: true),
        128 + 25 => new CodeRunError("ResourceLimitError", "the program wrote a file larger than its limit", IsLimit: true),
        > 128 => new CodeRunError("RuntimeError", $"the Python process died with signal {exitCode - 128}"),
        _ => new CodeRunError("RuntimeError", $"the Python process exited with status {exitCode}"),
    };

    private static string Mask(string text, IReadOnlyList<string>? secrets) => SecretMask.Apply(text, secrets);

    private void KillProcessGroup(Process process)
    {
        try
        {
            if (process.HasExited)
                return;
            // setsid made the interpreter a process-group leader: the group holds every child it forked.
            _ = Kill(-process.Id, SignalKill);
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            _logger.LogWarning(ex, "Could not kill the Python process {Pid}", process.Id);
        }
    }

    private bool ProbeNetworkIsolation()
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo("unshare", ["--net", "--", "true"])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            });
            if (probe is not null && probe.WaitForExit(TimeSpan.FromSeconds(10)) && probe.ExitCode == 0)
                return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // unshare is not installed.
        }
        _logger.LogWarning("This machine cannot give Python programs their own network namespace (unshare --net failed): programs run by the python engine can reach the network.");
        return false;
    }

    private static string LoadBootstrap()
    {
        using var stream = typeof(CPythonEngine).Assembly.GetManifestResourceStream("QiskitStudio.Execution.sandbox_bootstrap.py")
            ?? throw new InvalidOperationException("The sandbox bootstrap script is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private const int SignalKill = 9;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>Collects stdout and stderr up to a shared character budget.</summary>
    private sealed class CappedOutput(int maxChars)
    {
        private readonly StringBuilder _stdout = new();
        private readonly StringBuilder _stderr = new();
        private readonly Lock _gate = new();
        private int _total;

        public event Action? Overflowed;
        public bool Truncated { get; private set; }
        public string Stdout { get { lock (_gate) return _stdout.ToString(); } }
        public string Stderr { get { lock (_gate) return _stderr.ToString(); } }

        public async Task PumpAsync(StreamReader reader, bool isStdout)
        {
            var buffer = new char[8192];
            int read;
            while ((read = await reader.ReadAsync(buffer.AsMemory()).ConfigureAwait(false)) > 0)
            {
                var overflowed = false;
                lock (_gate)
                {
                    var room = Math.Max(0, maxChars - _total);
                    var kept = Math.Min(room, read);
                    (isStdout ? _stdout : _stderr).Append(buffer, 0, kept);
                    _total += kept;
                    if (kept < read && !Truncated)
                    {
                        Truncated = true;
                        overflowed = true;
                    }
                }
                if (overflowed)
                    Overflowed?.Invoke();
            }
        }
    }
}
