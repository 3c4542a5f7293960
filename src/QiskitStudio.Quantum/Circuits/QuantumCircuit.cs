using QiskitStudio.Quantum.Gates;
using QiskitStudio.Quantum.Parameters;

namespace QiskitStudio.Quantum.Circuits;

/// <summary>
/// A quantum circuit as Qiskit models it: qubits and classical bits (in registers or
/// standalone), an ordered list of <see cref="CircuitInstruction"/>s referring to bits by index,
/// a global phase and a name. Gate methods (H, Cx, Rz, …) live in QuantumCircuit.Gates.cs;
/// transformations (compose, inverse, decompose, parameter binding) in QuantumCircuit.Transforms.cs;
/// metrics (depth, size, count_ops) in QuantumCircuit.Metrics.cs.
/// </summary>
public sealed partial class QuantumCircuit
{
    private static int s_unnamed = -1;

    private readonly List<Qubit> _qubits = [];
    private readonly List<Clbit> _clbits = [];
    private readonly Dictionary<Qubit, int> _qubitIndex = [];
    private readonly Dictionary<Clbit, int> _clbitIndex = [];
    private readonly List<QuantumRegister> _qregs = [];
    private readonly List<ClassicalRegister> _cregs = [];
    private readonly List<CircuitInstruction> _data = [];
    private ParameterValue _globalPhase = 0.0;

    /// <summary>A circuit with a register <c>q</c> of <paramref name="numQubits"/> qubits and a register <c>c</c> of <paramref name="numClbits"/> bits.</summary>
    public QuantumCircuit(int numQubits = 0, int numClbits = 0, string? name = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numQubits);
        ArgumentOutOfRangeException.ThrowIfNegative(numClbits);
        Name = name ?? NewName();
        if (numQubits > 0) AddRegister(new QuantumRegister(numQubits, "q"));
        if (numClbits > 0) AddRegister(new ClassicalRegister(numClbits, "c"));
    }

    /// <summary>A circuit over the given registers, in order.</summary>
    public QuantumCircuit(params Register[] registers) : this(registers, null) { }

    public QuantumCircuit(IEnumerable<Register> registers, string? name)
    {
        Name = name ?? NewName();
        foreach (var r in registers) AddRegister(r);
    }

    private static string NewName() => "circuit-" + Interlocked.Increment(ref s_unnamed);

    public string Name { get; set; }

    /// <summary>Free-form metadata, as Qiskit's <c>metadata</c> dict.</summary>
    public Dictionary<string, object?> Metadata { get; set; } = [];

    /// <summary>The global phase; numbers are kept in [0, 2π) as Qiskit does.</summary>
    public ParameterValue GlobalPhase
    {
        get => _globalPhase;
        set => _globalPhase = NormalisePhase(value);
    }

    internal static ParameterValue NormalisePhase(ParameterValue value)
    {
        if (value.IsSymbolic) return value;
        double v = value.Value;
        double tau = 2 * Math.PI;
        double r = v % tau;
        if (r < 0) r += tau;
        if (Math.Abs(r - tau) < 1e-15 || Math.Abs(r) < 1e-15) r = 0;
        return r;
    }

    public IReadOnlyList<Qubit> Qubits => _qubits;
    public IReadOnlyList<Clbit> Clbits => _clbits;
    public IReadOnlyList<QuantumRegister> QuantumRegisters => _qregs;
    public IReadOnlyList<ClassicalRegister> ClassicalRegisters => _cregs;

    /// <summary>The instructions, in order.</summary>
    public IReadOnlyList<CircuitInstruction> Data => _data;

    public int NumQubits => _qubits.Count;
    public int NumClbits => _clbits.Count;

    // ---- bits and registers ---------------------------------------------------------------

    /// <summary>Adds a register; bits already in the circuit are reused, new ones appended.</summary>
    public void AddRegister(Register register)
    {
        ArgumentNullException.ThrowIfNull(register);
        if (_qregs.Any(r => r.Name == register.Name) || _cregs.Any(r => r.Name == register.Name))
            throw new CircuitException($"register name \"{register.Name}\" already exists");
        switch (register)
        {
            case QuantumRegister qr:
                _qregs.Add(qr);
                foreach (var q in qr.Qubits) if (!_qubitIndex.ContainsKey(q)) AddBit(q);
                break;
            case ClassicalRegister cr:
                _cregs.Add(cr);
                foreach (var c in cr.Clbits) if (!_clbitIndex.ContainsKey(c)) AddBit(c);
                break;
        }
    }

    /// <summary>Adds standalone (or register-owned) bits that are not in the circuit yet.</summary>
    public void AddBits(IEnumerable<Bit> bits)
    {
        foreach (var bit in bits)
        {
            if (bit is Qubit q && _qubitIndex.ContainsKey(q) || bit is Clbit c && _clbitIndex.ContainsKey(c))
                throw new CircuitException($"Attempted to add bits found already in circuit: {bit}");
            AddBit(bit);
        }
    }

    private void AddBit(Bit bit)
    {
        switch (bit)
        {
            case Qubit q: _qubitIndex[q] = _qubits.Count; _qubits.Add(q); break;
            case Clbit c: _clbitIndex[c] = _clbits.Count; _clbits.Add(c); break;
        }
    }

    /// <summary>Index of a qubit in <see cref="Qubits"/>.</summary>
    public int IndexOf(Qubit qubit) => _qubitIndex.TryGetValue(qubit, out int i) ? i : throw new CircuitException($"Could not locate provided bit: {qubit}");

    /// <summary>Index of a classical bit in <see cref="Clbits"/>.</summary>
    public int IndexOf(Clbit clbit) => _clbitIndex.TryGetValue(clbit, out int i) ? i : throw new CircuitException($"Could not locate provided bit: {clbit}");

    /// <summary>Qiskit's <c>find_bit</c>: the bit's index and every (register, index) containing it.</summary>
    public BitLocation FindBit(Bit bit)
    {
        int index = bit switch { Qubit q => IndexOf(q), Clbit c => IndexOf(c), _ => throw new ArgumentException("Unknown bit type.") };
        var registers = new List<(Register Register, int Index)>();
        IEnumerable<Register> regs = bit is Qubit ? _qregs : _cregs;
        foreach (var r in regs)
            for (int i = 0; i < r.Size; i++)
                if (ReferenceEquals(r.Bits[i], bit)) registers.Add((r, i));
        return new BitLocation(index, registers);
    }

    /// <summary>The register holding a bit (the first one, as the drawer uses), or null.</summary>
    internal (Register? Register, int Index) RegisterOf(Bit bit)
    {
        var loc = FindBit(bit);
        return loc.Registers.Count > 0 ? loc.Registers[0] : (null, -1);
    }

    // ---- appending ------------------------------------------------------------------------

    /// <summary>Appends an operation on qubits and classical bits given by index.</summary>
    public CircuitInstruction Append(Instruction operation, IReadOnlyList<int> qubits, IReadOnlyList<int>? clbits = null, ClassicalCondition? condition = null)
    {
        var inst = new CircuitInstruction(operation, qubits, clbits, condition);
        Validate(inst);
        _data.Add(inst);
        return inst;
    }

    /// <summary>Appends an operation on qubit and classical bit objects of this circuit.</summary>
    public CircuitInstruction Append(Instruction operation, IEnumerable<Qubit> qubits, IEnumerable<Clbit>? clbits = null, ClassicalCondition? condition = null) =>
        Append(operation, qubits.Select(IndexOf).ToArray(), clbits?.Select(IndexOf).ToArray(), condition);

    /// <summary>Appends an existing circuit instruction (bit indices must fit this circuit).</summary>
    public CircuitInstruction Append(CircuitInstruction instruction)
    {
        Validate(instruction);
        _data.Add(instruction);
        return instruction;
    }

    /// <summary>Inserts an instruction at a position in <see cref="Data"/>.</summary>
    public void Insert(int index, CircuitInstruction instruction)
    {
        Validate(instruction);
        _data.Insert(index, instruction);
    }

    /// <summary>Removes every instruction (bits, registers and phase stay).</summary>
    public void Clear() => _data.Clear();

    private void Validate(CircuitInstruction inst)
    {
        foreach (int q in inst.Qubits)
            if (q < 0 || q >= NumQubits) throw new CircuitException($"Index {q} out of range for size {NumQubits}.");
        foreach (int c in inst.Clbits)
            if (c < 0 || c >= NumClbits) throw new CircuitException($"Index {c} out of range for size {NumClbits}.");
        if (inst.Condition is { } cond)
            foreach (int c in cond.Clbits)
                if (c < 0 || c >= NumClbits) throw new CircuitException($"Condition bit {c} out of range for size {NumClbits}.");
    }

    /// <summary>A condition "register == value" on one of this circuit's registers.</summary>
    public ClassicalCondition Condition(ClassicalRegister register, ulong value) =>
        new(register.Clbits.Select(IndexOf).ToArray(), value, register);

    /// <summary>A condition "classical bit == value".</summary>
    public ClassicalCondition Condition(int clbit, bool value) => new([clbit], value ? 1UL : 0UL);

    // ---- parameters -----------------------------------------------------------------------

    /// <summary>The free parameters, sorted as Qiskit does: by name, ParameterVector elements by index.</summary>
    public IReadOnlyList<Parameter> Parameters
    {
        get
        {
            var seen = new HashSet<Parameter>();
            var list = new List<Parameter>();
            foreach (var p in _globalPhase.Parameters) if (seen.Add(p)) list.Add(p);
            foreach (var inst in _data)
                foreach (var v in inst.Operation.Params)
                    foreach (var p in v.Parameters)
                        if (seen.Add(p)) list.Add(p);
            list.Sort();
            return list;
        }
    }

    public int NumParameters => Parameters.Count;

    // ---- drawing --------------------------------------------------------------------------

    /// <summary>What <c>print(qc)</c> prints in Qiskit: the text drawing, folded at 80 columns.</summary>
    public override string ToString() => Drawing.TextCircuitDrawer.Draw(this);

    /// <summary>The text drawing with options.</summary>
    public string Draw(Drawing.TextDrawingOptions? options = null) => Drawing.TextCircuitDrawer.Draw(this, options);

    /// <summary>A self-contained SVG picture of the circuit, for the browser UI.</summary>
    public string DrawSvg() => Drawing.SvgCircuitDrawer.Draw(this);
}

/// <summary>Where a bit sits: its index in the circuit and the registers (with index) containing it.</summary>
public sealed record BitLocation(int Index, IReadOnlyList<(Register Register, int Index)> Registers);
