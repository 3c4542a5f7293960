using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using QiskitStudio.Execution.Engines;
using QiskitStudio.Execution.Output;
using QiskitStudio.Execution.Rewriting;
using QiskitStudio.Execution.Scheduling;
using QiskitStudio.Execution.Security;
using QiskitStudio.Python.Syntax;

namespace QiskitStudio.Execution;

/// <summary>Settings of the <c>/run</c> pipeline.</summary>
public sealed class CodeRunOptions
{
    /// <summary>Upstream's LOCAL_MODE: without a token, STEP 0 becomes the Aer simulator (CONTRACT §4.4.0 C).</summary>
    public bool LocalMode { get; set; } = true;
}

/// <summary>A <c>/run</c> request after the wire shape was read (CONTRACT §3.1).</summary>
public sealed record RunCodeRequest(string Code, IbmCredentials? Ibm = null);

/// <summary>The <c>/run</c> reply: the output string (§4.4), the engine that ran and how long it took (Part B.3).</summary>
public sealed record RunCodeReply(string Output, string Engine, TimeSpan Duration, bool Refused = false)
{
    /// <summary>SVG drawings the program made (Part B.3); the upstream frontend ignores them.</summary>
    public IReadOnlyList<RunFigure> Figures { get; init; } = [];
}

/// <summary>
/// The execution pipeline of DESIGN.md: IBM config rewrite, static security analysis, one engine
/// run through the run queue, and the output formatted as upstream's coderun did.
/// </summary>
public sealed class CodeRunPipeline(IExecutionEngine engine, RunQueue queue, CodeRunOptions options, ILogger<CodeRunPipeline>? logger = null)
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    public string EngineName => engine.Name;

    /// <summary>How long a request may wait for a free run slot.</summary>
    public TimeSpan QueueWait => queue.MaxWait;

    /// <summary>Programs running now and waiting for a slot.</summary>
    public (int Running, int Waiting) Load => (queue.Running, queue.Waiting);

    /// <exception cref="RunQueueBusyException">Every run slot stayed taken for too long.</exception>
    public async Task<RunCodeReply> RunAsync(RunCodeRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var code = IbmConfigRewriter.Rewrite(request.Code, request.Ibm, options.LocalMode);

        Module module;
        try
        {
            module = Parser.ParseModule(code);
        }
        catch (PythonSyntaxError error)
        {
            // A program the analyser cannot read is not run: it cannot be vouched for.
            var message = $"{error.Message} (<string>, line {error.Line})";
            return new RunCodeReply(
                RunOutputFormatter.Failure(message, "", "", $"  File \"<string>\", line {error.Line}\n{error.TypeName}: {error.Message}\n"),
                engine.Name, Stopwatch.GetElapsedTime(started));
        }

        var findings = SecurityAnalyzer.Analyze(module);
        if (findings.Count > 0)
        {
            _logger.LogWarning("Refused a program: {Finding}", findings[0].Message);
            return new RunCodeReply(string.Join('\n', findings.Select(f => f.Message)), engine.Name, Stopwatch.GetElapsedTime(started), Refused: true);
        }

        var secrets = request.Ibm is { Token.Length: > 0 } ibm ? new[] { ibm.Token } : null;
        var run = new CodeRunRequest(code, AllowNetwork: secrets is not null, secrets);
        var result = await queue.RunAsync(token => engine.RunAsync(run, token), cancellationToken).ConfigureAwait(false);

        var output = result.Error is null
            ? RunOutputFormatter.Success(result.Stdout, result.Stderr)
            : RunOutputFormatter.Failure(result.Error.Message, result.Stdout, result.Stderr, result.Error.Traceback);
        // Whatever engine ran, a token never leaves in the output (issue 4 item 2).
        return new RunCodeReply(SecretMask.Apply(output, secrets), engine.Name, Stopwatch.GetElapsedTime(started)) { Figures = result.Figures };
    }
}
