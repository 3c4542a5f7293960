using QiskitStudio.Python.Interpreter.Execution;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Modules;

/// <summary>Lets long-running C# module code (sleep, big loops) honour the run's limits.</summary>
internal static class RunLimits
{
    // RunContext checks its time, cancellation and memory limits once per this many steps.
    private const int StepsPerCheck = 2048;

    /// <summary>
    /// Makes the current run check its limits now (throws when one is exceeded). The run context
    /// checks every <see cref="StepsPerCheck"/> steps, so this counts that many steps.
    /// </summary>
    public static void CheckNow()
    {
        if (PyContext.CurrentOrNull?.InterpreterState is not RunContext run) return;
        for (int i = 0; i < StepsPerCheck; i++) run.Step();
    }
}
