using QiskitStudio.Quantum.Simulation.Kernels;

namespace QiskitStudio.Quantum.Simulation;

/// <summary>
/// The statevector simulator: runs a circuit (lowered to a <see cref="SimulationProgram"/>)
/// for a number of shots and returns Qiskit-style counts, or the final state.
/// </summary>
public sealed partial class StatevectorSimulator(SimulatorOptions? options = null)
{
    public SimulatorOptions Options { get; } = options ?? SimulatorOptions.Default;

    /// <summary>Which kernels run: "avx2" or "portable".</summary>
    public string KernelName => KernelsFor(Options).Name;

    internal static IGateKernels KernelsFor(SimulatorOptions options)
        => options.ForcePortableKernels ? GateKernels.Portable : GateKernels.Best;

    /// <summary>
    /// Runs <paramref name="program"/> for <paramref name="shots"/> shots. With a seed the
    /// result repeats exactly. <paramref name="keepFinalState"/> keeps the final state in the result.
    /// </summary>
    public SimulationResult Run(SimulationProgram program, int shots = 1024, int? seed = null, bool memory = false, bool keepFinalState = false)
    {
        if (shots < 0)
        {
            throw new SimulationException($"shots must be at least 0, not {shots}");
        }

        PreparedProgram prepared = PreparedProgram.Prepare(program, Options);
        var simulator = new Simulator(KernelsFor(Options), Options.Parallelism);
        var random = seed is { } s ? new Random(s) : new Random();
        ulong[] values = new Sampler(simulator).Sample(prepared, shots, random, out StateBuffer? final, keepFinalState);
        Statevector? finalState = final is null ? null : new Statevector(final, Options.Parallelism);
        return new SimulationResult(program, values, seed, memory, prepared.TerminalMeasurements is not null, prepared.GateCount, finalState);
    }

    /// <summary>The state a measurement-free program prepares from |0…0⟩.</summary>
    public Statevector Evolve(SimulationProgram program) => Statevector.FromProgram(program, Options);
}
