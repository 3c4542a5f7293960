using QiskitStudio.Execution.Engines.CPython;

namespace QiskitStudio.Execution;

/// <summary>Which engine runs programs (<c>QISKIT_ENGINE</c>).</summary>
public enum EngineChoice
{
    /// <summary>The python engine when <see cref="ExecutionOptions.PythonPath"/> imports qiskit, else embedded.</summary>
    Auto,
    Embedded,
    Python,
}

/// <summary>Everything configurable about <c>/run</c>.</summary>
public sealed class ExecutionOptions
{
    public EngineChoice Engine { get; set; } = EngineChoice.Auto;

    /// <summary>The CPython to use for the python engine (<c>QISKIT_PYTHON</c>).</summary>
    public string PythonPath { get; set; } = "python3";

    /// <summary>Programs running at once (<c>RUN_MAX_CONCURRENT</c>).</summary>
    public int MaxConcurrentRuns { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>How long a request may wait for a free slot before it is told the server is busy.</summary>
    public TimeSpan MaxQueueWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Wall-clock limit of one program (<c>RUN_TIMEOUT_SECONDS</c>).</summary>
    public TimeSpan RunTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Characters of output kept (<c>RUN_MAX_OUTPUT_CHARS</c>).</summary>
    public int MaxOutputChars { get; set; } = 1_000_000;

    /// <summary>Memory a program may hold (<c>RUN_MAX_MEMORY_MB</c>).</summary>
    public long MaxMemoryBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    public CodeRunOptions Pipeline { get; set; } = new();

    internal CPythonSandboxOptions ToSandboxOptions() => new()
    {
        PythonPath = PythonPath,
        WallTimeout = RunTimeout,
        CpuSeconds = (int)Math.Ceiling(RunTimeout.TotalSeconds),
        MemoryBytes = MaxMemoryBytes,
        MaxOutputChars = MaxOutputChars,
    };
}
