using System.Diagnostics;
using QiskitStudio.Python;
using QiskitStudio.Qiskit.Visualization;

namespace QiskitStudio.Execution.Engines.Embedded;

/// <summary>
/// Runs a program on our own Python interpreter with the embedded Qiskit runtime: no CPython,
/// no subprocess, and no way to reach files, processes or the network, because the interpreter
/// has none to offer.
/// </summary>
public sealed class EmbeddedPythonEngine(PythonEngine interpreter) : IExecutionEngine
{
    public string Name => "embedded";

    /// <summary>The interpreter, so a host can register more modules (the Qiskit runtime does).</summary>
    public PythonEngine Interpreter => interpreter;

    public Task<CodeRunResult> RunAsync(CodeRunRequest request, CancellationToken cancellationToken)
    {
        // Run is synchronous and CPU-bound; keep it off the request thread.
        return Task.Run(() =>
        {
            var started = Stopwatch.GetTimestamp();
            // Figures drawn by qiskit.visualization and draw("mpl") are collected for this run only.
            using var figures = FigureCapture.Begin();
            var result = interpreter.Run(request.Code, "<string>", cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            return new CodeRunResult
            {
                Stdout = result.Stdout,
                Stderr = result.Stderr,
                Error = result.Error is { } error
                    ? new CodeRunError(error.TypeName, error.Message, error.Traceback, error.IsLimit)
                    : null,
                Duration = Stopwatch.GetElapsedTime(started),
                Figures = figures.Figures.Select(f => new RunFigure(f.Kind, f.Svg)).ToArray(),
            };
        }, CancellationToken.None);
    }
}
