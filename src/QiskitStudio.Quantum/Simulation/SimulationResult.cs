namespace QiskitStudio.Quantum.Simulation;

/// <summary>The outcome of running a circuit for some shots.</summary>
public sealed class SimulationResult
{
    internal SimulationResult(SimulationProgram program, ulong[] shotValues, int? seed, bool memory, bool sampledFromFinalState, int kernelGates, Statevector? finalState)
    {
        Program = program;
        ShotValues = shotValues;
        Seed = seed;
        SampledFromFinalState = sampledFromFinalState;
        KernelGates = kernelGates;
        FinalState = finalState;

        var tally = new SortedDictionary<ulong, int>();
        foreach (ulong value in shotValues)
        {
            tally[value] = tally.GetValueOrDefault(value) + 1;
        }

        var names = tally.Keys.ToDictionary(v => v, program.FormatClbits);
        Counts = tally.OrderBy(kv => names[kv.Key], StringComparer.Ordinal).ToDictionary(kv => names[kv.Key], kv => kv.Value);
        if (memory)
        {
            Memory = [.. shotValues.Select(v => names[v])];
        }
    }

    public SimulationProgram Program { get; }

    public int Shots => ShotValues.Count;

    public int? Seed { get; }

    /// <summary>Counts keyed as Qiskit prints them, e.g. "00", "1 01"; keys ascending.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; }

    /// <summary>Each shot's key in shot order, when memory was asked for.</summary>
    public IReadOnlyList<string>? Memory { get; }

    /// <summary>Each shot's classical bits as an integer (clbit c is bit c).</summary>
    public IReadOnlyList<ulong> ShotValues { get; }

    /// <summary>True when all shots were drawn from one final state (every measurement terminal).</summary>
    public bool SampledFromFinalState { get; }

    /// <summary>Number of kernel passes one simulation made (after fusion).</summary>
    public int KernelGates { get; }

    /// <summary>The final state (of the last shot when shots were simulated one by one), when asked for.</summary>
    public Statevector? FinalState { get; }
}
