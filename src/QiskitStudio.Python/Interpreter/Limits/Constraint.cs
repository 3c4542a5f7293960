namespace QiskitStudio.Python.Interpreter.Limits;

/// <summary>
/// One sandbox limit. The interpreter calls <see cref="Check"/> every few thousand steps (and
/// <see cref="Reset"/> when a run starts); a broken limit throws <see cref="LimitExceededException"/>,
/// which Python code cannot catch.
/// </summary>
public abstract class Constraint
{
    public abstract void Reset();

    public abstract void Check();
}

/// <summary>Stops a run; never caught by Python's try/except.</summary>
public sealed class LimitExceededException(string typeName, string message) : Exception(message)
{
    /// <summary>The Python-style name shown to the user (e.g. "TimeoutError").</summary>
    public string TypeName { get; } = typeName;
}

/// <summary>Wall-clock time.</summary>
public sealed class TimeConstraint(TimeSpan limit) : Constraint
{
    private long _deadline;

    public override void Reset() => _deadline = Environment.TickCount64 + (long)limit.TotalMilliseconds;

    public override void Check()
    {
        if (Environment.TickCount64 > _deadline)
            throw new LimitExceededException("TimeoutError", $"the program exceeded its time limit of {limit.TotalSeconds:0.###} s");
    }
}

/// <summary>The host cancelled the run.</summary>
public sealed class CancellationConstraint(CancellationToken token) : Constraint
{
    public override void Reset() { }

    public override void Check()
    {
        if (token.IsCancellationRequested)
            throw new LimitExceededException("KeyboardInterrupt", "the program was cancelled");
    }
}
