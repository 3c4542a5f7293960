using QiskitStudio.Quantum.Circuits;

namespace QiskitStudio.Quantum.Simulation;

/// <summary>Statevector operations over the circuit model.</summary>
public sealed partial class Statevector
{
    /// <summary>The state a circuit without measurements prepares from |0…0⟩ (Qiskit's Statevector(circuit)).</summary>
    public static Statevector FromCircuit(QuantumCircuit circuit, SimulatorOptions? options = null)
        => FromProgram(CircuitLowering.Lower(circuit), options);

    /// <summary>This state evolved by a circuit without measurements (Qiskit's Statevector.evolve).</summary>
    public Statevector Evolve(QuantumCircuit circuit, SimulatorOptions? options = null)
        => Evolve(CircuitLowering.Lower(circuit), options);
}
