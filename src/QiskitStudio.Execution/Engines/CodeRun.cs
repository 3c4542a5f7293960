namespace QiskitStudio.Execution.Engines;

/// <summary>One program to run, after the IBM config rewrite and the security analysis.</summary>
/// <param name="Code">The Python source.</param>
/// <param name="AllowNetwork">True only when the user gave an IBM token (CONTRACT §4.4.0 A): the program may then reach IBM.</param>
/// <param name="Secrets">Values that must never appear in the output (tokens); the runner masks them.</param>
public sealed record CodeRunRequest(string Code, bool AllowNetwork = false, IReadOnlyList<string>? Secrets = null);

/// <summary>What an engine saw when it ran a program.</summary>
public sealed record CodeRunResult
{
    public required string Stdout { get; init; }
    public required string Stderr { get; init; }

    /// <summary>The uncaught exception, or a stop by a limit; null when the program finished.</summary>
    public CodeRunError? Error { get; init; }

    /// <summary>True when output went past the cap and the rest was dropped.</summary>
    public bool OutputTruncated { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>What the program drew (circuits, histograms, Bloch spheres, plots), as SVG (CONTRACT Part B.3).</summary>
    public IReadOnlyList<RunFigure> Figures { get; init; } = [];

    public bool Succeeded => Error is null;
}

/// <summary>
/// An uncaught exception (<see cref="TypeName"/> and the <c>str(exc)</c> CPython gives as
/// <see cref="Message"/>), or a sandbox limit (<see cref="IsLimit"/>).
/// </summary>
public sealed record CodeRunError(string TypeName, string Message, string? Traceback = null, bool IsLimit = false);

/// <summary>A drawing a program made: <see cref="Kind"/> is circuit, histogram, bloch or plot.</summary>
public sealed record RunFigure(string Kind, string Svg);

/// <summary>Runs a Python program somewhere safe.</summary>
public interface IExecutionEngine
{
    /// <summary><c>embedded</c> or <c>python</c> (CONTRACT Part B.3).</summary>
    string Name { get; }

    Task<CodeRunResult> RunAsync(CodeRunRequest request, CancellationToken cancellationToken);
}
