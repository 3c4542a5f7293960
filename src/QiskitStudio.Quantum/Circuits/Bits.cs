namespace QiskitStudio.Quantum.Circuits;

/// <summary>A wire of a circuit: a qubit or a classical bit, owned by a register or standalone.</summary>
public abstract class Bit
{
    private protected Bit(Register? register, int index)
    {
        Register = register;
        Index = index;
    }

    /// <summary>The register the bit was created by, or null for a standalone bit.</summary>
    public Register? Register { get; }

    /// <summary>The bit's index inside <see cref="Register"/>, or -1 for a standalone bit.</summary>
    public int Index { get; }

    private protected abstract string Kind { get; }

    /// <summary>Qiskit's repr, e.g. <c>Qubit(QuantumRegister(2, 'q'), 0)</c>.</summary>
    public override string ToString() =>
        Register is null ? $"<{Kind} at 0x{RuntimeHelpersHash():x}>" : $"{Kind}({Register}, {Index})";

    private int RuntimeHelpersHash() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

/// <summary>A quantum bit.</summary>
public sealed class Qubit : Bit
{
    /// <summary>A standalone qubit (no register).</summary>
    public Qubit() : base(null, -1) { }

    internal Qubit(QuantumRegister register, int index) : base(register, index) { }

    private protected override string Kind => "Qubit";
}

/// <summary>A classical bit.</summary>
public sealed class Clbit : Bit
{
    /// <summary>A standalone classical bit (no register).</summary>
    public Clbit() : base(null, -1) { }

    internal Clbit(ClassicalRegister register, int index) : base(register, index) { }

    private protected override string Kind => "Clbit";
}
