using System.Diagnostics;
using System.Text.Json;

namespace QiskitStudio.Python.Bench;

/// <summary>
/// Times the same programs in CPython: one <c>python3</c> process runs each program several times
/// under <c>exec()</c> and <c>perf_counter</c> (start-up excluded) and reports every sample.
/// </summary>
public static class CPythonTimer
{
    public static string? Version()
    {
        try
        {
            var (output, _) = RunPython(["--version"], "");
            return output.Trim();
        }
        catch (Exception)
        {
            return null;
        }
    }

    /// <summary>
    /// The fastest run of each program in seconds, or null when python3 is not installed. The minimum
    /// is the least disturbed by other work on a shared machine.
    /// </summary>
    public static Dictionary<string, double>? MinSeconds(IReadOnlyDictionary<string, string> programs, int iterations)
    {
        string script;
        using (var stream = typeof(CPythonTimer).Assembly.GetManifestResourceStream("cpython_timer.py")!)
        using (var reader = new StreamReader(stream))
            script = reader.ReadToEnd();
        string request = JsonSerializer.Serialize(new { iterations, programs });
        string scriptPath = Path.Combine(Path.GetTempPath(), $"qs-cpython-timer-{Environment.ProcessId}.py");
        File.WriteAllText(scriptPath, script);
        try
        {
            var (output, exitCode) = RunPython(["-I", scriptPath], request);
            if (exitCode != 0) throw new InvalidOperationException("python3 failed: " + output);
            var samples = JsonSerializer.Deserialize<Dictionary<string, double[]>>(output)!;
            return samples.ToDictionary(kv => kv.Key, kv => kv.Value.Min());
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
        finally
        {
            File.Delete(scriptPath);
        }
    }

    private static (string Output, int ExitCode) RunPython(string[] args, string stdin)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var stderrTask = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        string stderr = stderrTask.Result;
        return (process.ExitCode == 0 ? output : output + stderr, process.ExitCode);
    }
}
