using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Modules;

/// <summary>Lets long-running C# module code (sleep, big loops) honour the run's limits.</summary>
internal static class RunLimits
{
    /// <summary>Makes the current run check its limits now (throws when one is exceeded).</summary>
    public static void CheckNow() => PyContext.CurrentOrNull?.LimitCheck?.Invoke();
}
