namespace QiskitStudio.Execution.Engines.CPython;

/// <summary>The locks put on a CPython subprocess (issue 4, engine "python").</summary>
public sealed class CPythonSandboxOptions
{
    /// <summary>The interpreter to start (<c>QISKIT_PYTHON</c>).</summary>
    public string PythonPath { get; set; } = "python3";

    /// <summary>Wall-clock limit; past it the whole process group is killed.</summary>
    public TimeSpan WallTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>RLIMIT_CPU, in seconds of CPU time.</summary>
    public int CpuSeconds { get; set; } = 300;

    /// <summary>RLIMIT_AS: address space of the interpreter.</summary>
    public long MemoryBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>RLIMIT_FSIZE: the largest file the program may write in its scratch folder.</summary>
    public long MaxFileBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>RLIMIT_NPROC for the unprivileged user the program runs as (enforced only when it is not root).</summary>
    public int MaxProcesses { get; set; } = 64;

    /// <summary>Characters of stdout plus stderr kept; past it the program is stopped.</summary>
    public int MaxOutputChars { get; set; } = 1_000_000;

    /// <summary>When the server runs as root, the program runs as this user and group instead (nobody).</summary>
    public int UnprivilegedUserId { get; set; } = 65534;
    public int UnprivilegedGroupId { get; set; } = 65534;

    /// <summary>Put the program in its own network namespace (no network) unless the request allows it.</summary>
    public bool IsolateNetwork { get; set; } = true;
}
