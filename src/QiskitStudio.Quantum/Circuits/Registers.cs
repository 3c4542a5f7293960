namespace QiskitStudio.Quantum.Circuits;

/// <summary>A named, ordered group of bits (Qiskit's <c>Register</c>).</summary>
public abstract class Register
{
    private protected Register(string name, int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Size = size;
    }

    public string Name { get; }
    public int Size { get; }

    /// <summary>The register's bits, in order.</summary>
    public abstract IReadOnlyList<Bit> Bits { get; }

    private protected abstract string Kind { get; }

    /// <summary>Qiskit's repr: <c>QuantumRegister(2, 'q')</c>.</summary>
    public override string ToString() => $"{Kind}({Size}, '{Name}')";
}

/// <summary>A register of qubits. Unnamed registers are called q0, q1, … as in Qiskit.</summary>
public sealed class QuantumRegister : Register
{
    private static int s_unnamed = -1;
    private readonly Qubit[] _bits;

    public QuantumRegister(int size, string? name = null)
        : base(name ?? "q" + Interlocked.Increment(ref s_unnamed), size)
    {
        _bits = new Qubit[size];
        for (int i = 0; i < size; i++) _bits[i] = new Qubit(this, i);
    }

    public Qubit this[int index] => _bits[index < 0 ? index + Size : index];
    public IReadOnlyList<Qubit> Qubits => _bits;
    public override IReadOnlyList<Bit> Bits => _bits;
    private protected override string Kind => "QuantumRegister";
}

/// <summary>A register of classical bits. Unnamed registers are called c0, c1, … as in Qiskit.</summary>
public sealed class ClassicalRegister : Register
{
    private static int s_unnamed = -1;
    private readonly Clbit[] _bits;

    public ClassicalRegister(int size, string? name = null)
        : base(name ?? "c" + Interlocked.Increment(ref s_unnamed), size)
    {
        _bits = new Clbit[size];
        for (int i = 0; i < size; i++) _bits[i] = new Clbit(this, i);
    }

    public Clbit this[int index] => _bits[index < 0 ? index + Size : index];
    public IReadOnlyList<Clbit> Clbits => _bits;
    public override IReadOnlyList<Bit> Bits => _bits;
    private protected override string Kind => "ClassicalRegister";
}
