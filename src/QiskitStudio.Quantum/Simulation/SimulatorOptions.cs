namespace QiskitStudio.Quantum.Simulation;

/// <summary>Settings of the statevector simulator.</summary>
public sealed class SimulatorOptions
{
    /// <summary>The largest circuit accepted; a state of n qubits takes 16·2^n bytes.</summary>
    public int MaxQubits { get; init; } = 28;

    /// <summary>How passes over the state are split across threads.</summary>
    public ParallelPolicy Parallelism { get; init; } = ParallelPolicy.Default;

    /// <summary>Merge neighbouring gates into blocks of up to <see cref="MaxFusedQubits"/> qubits.</summary>
    public bool Fusion { get; init; } = true;

    /// <summary>Largest block the fuser builds (2–6; 4 measured fastest for layered circuits on AVX2).</summary>
    public int MaxFusedQubits { get; init; } = 4;

    /// <summary>Fusion only pays off once a pass over the state costs more than building the blocks.</summary>
    public int FusionMinQubits { get; init; } = 12;

    /// <summary>Use the portable kernels even when the processor has AVX2 (for tests and comparisons).</summary>
    public bool ForcePortableKernels { get; init; }

    public static SimulatorOptions Default { get; } = new();

    /// <summary>Throws a <see cref="SimulationException"/> if a circuit of <paramref name="qubits"/> qubits is too large.</summary>
    public void CheckQubits(int qubits)
    {
        if (qubits > MaxQubits)
        {
            throw new SimulationException(
                $"circuit needs {qubits} qubits; the statevector simulator is limited to {MaxQubits} (about {DescribeMemory(MaxQubits)} of memory)");
        }
    }

    internal static string DescribeMemory(int qubits)
    {
        double bytes = 16.0 * Math.Pow(2, qubits);
        string[] units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB"];
        int unit = 0;
        while (bytes >= 1024 && unit < units.Length - 1)
        {
            bytes /= 1024;
            unit++;
        }

        return $"{bytes:0.#} {units[unit]}";
    }
}
