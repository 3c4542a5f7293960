using Microsoft.Extensions.Logging;
using QiskitStudio.Execution.Engines;
using QiskitStudio.Execution.Engines.CPython;
using QiskitStudio.Execution.Engines.Embedded;
using QiskitStudio.Python;

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
            : new EmbeddedPythonEngine(new PythonEngine(new PythonEngineOptions
            {
                TimeLimit = options.RunTimeout,
                MaxMemoryBytes = options.MaxMemoryBytes,
                MaxOutputChars = options.MaxOutputChars,
            }));
    }
}
