using System.Globalization;
using Microsoft.Extensions.Options;
using QiskitStudio.Execution;

namespace QiskitStudio.Server.Configuration;

/// <summary>
/// The <c>/run</c> settings (issue 4): which engine, which CPython, how many runs at once and
/// the limits of one run. Read from the same environment-variable keys as everything else.
/// </summary>
public static class ExecutionSettings
{
    public static ExecutionOptions Read(IConfiguration configuration)
    {
        var errors = new List<string>();
        var options = new ExecutionOptions();

        var engine = configuration["QISKIT_ENGINE"];
        if (!string.IsNullOrWhiteSpace(engine))
        {
            if (Enum.TryParse<EngineChoice>(engine.Trim(), ignoreCase: true, out var choice) && Enum.IsDefined(choice))
                options.Engine = choice;
            else
                errors.Add($"QISKIT_ENGINE must be auto, embedded or python (got '{engine}').");
        }
        if (!string.IsNullOrWhiteSpace(configuration["QISKIT_PYTHON"]))
            options.PythonPath = configuration["QISKIT_PYTHON"]!.Trim();

        options.MaxConcurrentRuns = ReadInt(configuration, "RUN_MAX_CONCURRENT", options.MaxConcurrentRuns, 1, 256, errors);
        options.MaxQueueWait = TimeSpan.FromSeconds(ReadInt(configuration, "RUN_QUEUE_TIMEOUT_SECONDS", (int)options.MaxQueueWait.TotalSeconds, 1, 3600, errors));
        options.RunTimeout = TimeSpan.FromSeconds(ReadInt(configuration, "RUN_TIMEOUT_SECONDS", (int)options.RunTimeout.TotalSeconds, 1, 24 * 3600, errors));
        options.MaxOutputChars = ReadInt(configuration, "RUN_MAX_OUTPUT_CHARS", options.MaxOutputChars, 1_000, 100_000_000, errors);
        options.MaxMemoryBytes = ReadInt(configuration, "RUN_MAX_MEMORY_MB", (int)(options.MaxMemoryBytes / (1024 * 1024)), 64, 1024 * 1024, errors) * 1024L * 1024;

        var localMode = configuration["LOCAL_MODE"];
        if (!string.IsNullOrWhiteSpace(localMode))
        {
            if (bool.TryParse(localMode.Trim(), out var local))
                options.Pipeline.LocalMode = local;
            else
                errors.Add($"LOCAL_MODE must be true or false (got '{localMode}').");
        }

        if (errors.Count > 0)
            throw new OptionsValidationException("ExecutionSettings", typeof(ExecutionOptions), errors);
        return options;
    }

    private static int ReadInt(IConfiguration configuration, string name, int fallback, int min, int max, List<string> errors)
    {
        var text = configuration[name];
        if (string.IsNullOrWhiteSpace(text))
            return fallback;
        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        errors.Add($"{name} must be a whole number from {min} to {max} (got '{text}').");
        return fallback;
    }
}
