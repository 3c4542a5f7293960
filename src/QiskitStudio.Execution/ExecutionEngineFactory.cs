using Microsoft.Extensions.Logging;
using QiskitStudio.Execution.Engines;
using QiskitStudio.Execution.Engines.CPython;
using QiskitStudio.Execution.Engines.Embedded;
using QiskitStudio.Python;
using QiskitStudio.Qiskit;

namespace QiskitStudio.Execution;

/// <summary>Picks and builds the engine <see cref="ExecutionOptions.Engine"/> asks for.</summary>
public static class ExecutionEngineFactory
{
    public static IExecutionEngine Create(ExecutionOptions options, ILoggerFactory loggerFactory)
    {
        var logger = loggerFactory.CreateLogger(typeof(ExecutionEngineFactory));
        var choice = options.Engine;
        if (choice == EngineChoice.Auto)
        {
            choice = CPythonEngine.HasQiskit(options.PythonPath) ? EngineChoice.Python : EngineChoice.Embedded;
            logger.LogInformation("QISKIT_ENGINE=auto: {Python} {Verdict}, so the {Engine} engine runs programs",
                options.PythonPath, choice == EngineChoice.Python ? "imports qiskit" : "cannot import qiskit", choice.ToString().ToLowerInvariant());
        }

        return choice == EngineChoice.Python
            ? new CPythonEngine(options.ToSandboxOptions(), loggerFactory.CreateLogger<CPythonEngine>())
            : CreateEmbedded(options);
    }

    /// <summary>Our interpreter with the standard library and the Qiskit-compatible modules registered.</summary>
    public static EmbeddedPythonEngine CreateEmbedded(ExecutionOptions options)
    {
        var interpreter = new PythonEngine(new PythonEngineOptions
        {
            TimeLimit = options.RunTimeout,
            MaxMemoryBytes = options.MaxMemoryBytes,
            MaxOutputChars = options.MaxOutputChars,
        });
        QiskitRuntime.Register(interpreter.Modules);
        return new EmbeddedPythonEngine(interpreter);
    }
}
