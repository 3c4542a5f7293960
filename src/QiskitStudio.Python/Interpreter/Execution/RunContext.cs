using QiskitStudio.Python.Interpreter.Limits;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Interpreter.Execution;

/// <summary>
/// The state of one program run shared by all its frames: step counting, recursion depth and the
/// periodic limit checks. Hot paths touch only <see cref="Step"/> and the depth counter.
/// </summary>
public sealed class RunContext
{
    // Time, cancellation and memory are checked once per this many steps.
    private const long CheckInterval = 2048;

    private readonly Constraint[] _constraints;
    private readonly long _maxSteps;
    private long _steps;
    private long _nextCheck;

    public RunContext(string fileName, long? maxSteps, int maxRecursionDepth, Constraint[] constraints)
    {
        FileName = fileName;
        _maxSteps = maxSteps ?? long.MaxValue;
        MaxDepth = maxRecursionDepth;
        _constraints = constraints;
        foreach (var c in _constraints) c.Reset();
        _nextCheck = Math.Min(CheckInterval, _maxSteps);
    }

    public string FileName { get; }

    /// <summary>Imports a module by its dotted name (raises ModuleNotFoundError).</summary>
    public Func<string, PyObject> Importer { get; set; } = name => throw PyExc.ModuleNotFound(name);

    /// <summary>Current depth of Python calls.</summary>
    public int Depth;

    public int MaxDepth { get; set; }

    public long Steps => _steps;

    /// <summary>The exception being handled by the innermost running except block (for bare <c>raise</c>).</summary>
    public PyBaseException? HandledException;

    /// <summary>Counts one step (a statement or a loop iteration); checks the limits now and then.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Step()
    {
        if (++_steps >= _nextCheck) CheckLimits();
    }

    /// <summary>Checks time, cancellation and the step count now (for long-running C# code called from Python).</summary>
    public void CheckLimitsNow() => CheckLimits();

    private void CheckLimits()
    {
        if (_steps >= _maxSteps)
            throw new LimitExceededException("RuntimeError", $"the program exceeded its limit of {_maxSteps} steps");
        foreach (var c in _constraints) c.Check();
        _nextCheck = Math.Min(_steps + CheckInterval, _maxSteps);
    }

    /// <summary>Enters a Python call; raises RecursionError past the limit or when the thread's stack runs low.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void EnterCall()
    {
        // The stack probe is not free: every 8 levels is plenty, each Python call using a bounded amount of it.
        if (++Depth > MaxDepth || ((Depth & 7) == 0 && !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            Depth--;
            throw PyExc.RecursionError("maximum recursion depth exceeded");
        }
    }

    public void LeaveCall() => Depth--;
}
