using QiskitStudio.Quantum.Parameters;

namespace QiskitStudio.Quantum.Gates;

/// <summary>Measurement of one qubit into one classical bit (name "measure").</summary>
public sealed class Measure : Instruction
{
    public Measure(string? label = null) : base("measure", 1, 1, null, label) { }
    public override Instruction WithLabel(string? label) => new Measure(label);
    public override Instruction WithParams(IReadOnlyList<ParameterValue> parameters) => this;
    public override Instruction Inverse() => throw new Circuits.CircuitException("Measure cannot be inverted.");
}

/// <summary>Reset of one qubit to |0⟩ (name "reset").</summary>
public sealed class Reset : Instruction
{
    public Reset() : base("reset", 1, 0) { }
    public override Instruction WithParams(IReadOnlyList<ParameterValue> parameters) => this;
    public override Instruction Inverse() => throw new Circuits.CircuitException("Reset cannot be inverted.");
}

/// <summary>A barrier over some qubits (name "barrier"): a directive, no effect on the state.</summary>
public sealed class Barrier : Instruction
{
    public Barrier(int numQubits, string? label = null) : base("barrier", numQubits, 0, null, label) { }
    public override bool IsDirective => true;
    public override Instruction WithLabel(string? label) => new Barrier(NumQubits, label);
    public override Instruction WithParams(IReadOnlyList<ParameterValue> parameters) => this;
    public override Instruction Inverse() => this;
}
