using QiskitStudio.Quantum.Circuits;

namespace QiskitStudio.Quantum.Simulation;

/// <summary>Entry points over the circuit model.</summary>
public sealed partial class StatevectorSimulator
{
    /// <summary>
    /// Runs <paramref name="circuit"/> for <paramref name="shots"/> shots: counts keyed as Qiskit
    /// prints them ("00", "1 01"), per-shot memory when asked, the final state when asked.
    /// </summary>
    public SimulationResult Run(QuantumCircuit circuit, int shots = 1024, int? seed = null, bool memory = false, bool keepFinalState = false)
        => Run(CircuitLowering.Lower(circuit), shots, seed, memory, keepFinalState);

    /// <summary>The state a circuit without measurements prepares from |0…0⟩ (Qiskit's Statevector(circuit)).</summary>
    public Statevector Evolve(QuantumCircuit circuit) => Evolve(CircuitLowering.Lower(circuit));
}
