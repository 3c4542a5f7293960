namespace QiskitStudio.Quantum.Circuits;

/// <summary>
/// A classical condition on an instruction: the instruction runs only when the classical bits
/// <see cref="Clbits"/> (circuit indices, least significant first) read the integer
/// <see cref="Value"/>. Either a whole register (<see cref="Register"/> set) or a single bit.
/// This is the old <c>c_if</c> model, kept as a field since Qiskit 2.x removed the method.
/// </summary>
public sealed class ClassicalCondition
{
    public ClassicalCondition(IReadOnlyList<int> clbits, ulong value, ClassicalRegister? register = null)
    {
        ArgumentNullException.ThrowIfNull(clbits);
        if (clbits.Count == 0) throw new ArgumentException("A condition needs at least one classical bit.", nameof(clbits));
        if (register is null && clbits.Count != 1) throw new ArgumentException("A condition without a register is on exactly one bit.", nameof(clbits));
        if (clbits.Count < 64 && value >> clbits.Count != 0) throw new ArgumentOutOfRangeException(nameof(value), "Value does not fit the condition's bits.");
        Clbits = clbits.ToArray();
        Value = value;
        Register = register;
    }

    /// <summary>The circuit indices of the bits tested, least significant first.</summary>
    public IReadOnlyList<int> Clbits { get; }

    /// <summary>The value the bits must hold.</summary>
    public ulong Value { get; }

    /// <summary>The register tested, or null for a condition on a single bit.</summary>
    public ClassicalRegister? Register { get; }

    /// <summary>True when the classical bits, read through <paramref name="clbitValue"/>, hold <see cref="Value"/>.</summary>
    public bool IsSatisfied(Func<int, bool> clbitValue)
    {
        ulong v = 0;
        for (int i = 0; i < Clbits.Count; i++) if (clbitValue(Clbits[i])) v |= 1UL << i;
        return v == Value;
    }

    /// <summary>The same condition with its bit indices mapped (used by compose).</summary>
    public ClassicalCondition Remap(Func<int, int> clbitMap) => new(Clbits.Select(clbitMap).ToArray(), Value, Register);
}
