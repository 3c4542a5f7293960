using QiskitStudio.Quantum.Gates;
using QiskitStudio.Quantum.Parameters;

namespace QiskitStudio.Quantum.Circuits;

/// <summary>Circuit transformations: copy, compose, inverse, control, to_gate, decompose, assign_parameters.</summary>
public sealed partial class QuantumCircuit
{
    /// <summary>A copy sharing bits and registers (instructions are immutable and shared).</summary>
    public QuantumCircuit Copy(string? name = null)
    {
        var qc = CopyEmptyLike(name);
        qc._data.AddRange(_data);
        return qc;
    }

    /// <summary>Same bits, registers, phase and name, no instructions (Qiskit's <c>copy_empty_like</c>).</summary>
    public QuantumCircuit CopyEmptyLike(string? name = null)
    {
        var qc = new QuantumCircuit(0, 0, name ?? Name) { _globalPhase = _globalPhase, Metadata = new(Metadata) };
        qc.CopyBitsFrom(this);
        return qc;
    }

    private void CopyBitsFrom(QuantumCircuit other)
    {
        foreach (var q in other._qubits) AddBit(q);
        foreach (var c in other._clbits) AddBit(c);
        _qregs.AddRange(other._qregs);
        _cregs.AddRange(other._cregs);
    }

    /// <summary>
    /// Qiskit's <c>compose</c>: appends (or with <paramref name="front"/> prepends) <paramref name="other"/>,
    /// mapping its qubit i to <c>qubits[i]</c> (default: i) and clbit j to <c>clbits[j]</c>. Returns a new
    /// circuit unless <paramref name="inplace"/>, in which case this circuit is changed and returned.
    /// </summary>
    public QuantumCircuit Compose(QuantumCircuit other, IReadOnlyList<int>? qubits = null, IReadOnlyList<int>? clbits = null,
        bool front = false, bool inplace = false)
    {
        ArgumentNullException.ThrowIfNull(other);
        var dest = inplace ? this : Copy();
        if (dest.NumQubits == 0 && dest.NumClbits == 0 && qubits is null && clbits is null)
        {
            dest.CopyBitsFrom(other);
        }
        if (other.NumQubits > dest.NumQubits || other.NumClbits > dest.NumClbits)
            throw new CircuitException("Trying to compose with another QuantumCircuit which has more 'in' edges.");
        var qmap = qubits?.ToArray() ?? Enumerable.Range(0, other.NumQubits).ToArray();
        var cmap = clbits?.ToArray() ?? Enumerable.Range(0, other.NumClbits).ToArray();
        if (qmap.Length != other.NumQubits)
            throw new CircuitException($"Number of items in qubits parameter ({qmap.Length}) does not match number of qubits in the circuit ({other.NumQubits}).");
        if (cmap.Length != other.NumClbits)
            throw new CircuitException($"Number of items in clbits parameter ({cmap.Length}) does not match number of clbits in the circuit ({other.NumClbits}).");
        var mapped = other._data.Select(i => new CircuitInstruction(i.Operation,
            i.Qubits.Select(q => qmap[q]).ToArray(), i.Clbits.Select(c => cmap[c]).ToArray(),
            i.Condition?.Remap(c => cmap[c]))).ToList();
        foreach (var inst in mapped) dest.Validate(inst);
        if (front) dest._data.InsertRange(0, mapped);
        else dest._data.AddRange(mapped);
        dest.GlobalPhase = dest._globalPhase + other._globalPhase;
        return dest;
    }

    /// <summary>Composes a single operation (as Qiskit's compose with an Instruction).</summary>
    public QuantumCircuit Compose(Instruction operation, IReadOnlyList<int>? qubits = null, IReadOnlyList<int>? clbits = null,
        bool front = false, bool inplace = false)
    {
        var dest = inplace ? this : Copy();
        var inst = new CircuitInstruction(operation, qubits ?? Enumerable.Range(0, operation.NumQubits).ToArray(),
            clbits ?? Enumerable.Range(0, operation.NumClbits).ToArray());
        dest.Validate(inst);
        if (front) dest._data.Insert(0, inst); else dest._data.Add(inst);
        return dest;
    }

    /// <summary>The inverse circuit: reversed, each operation inverted, phase negated, named <c>name_dg</c>.</summary>
    public QuantumCircuit Inverse()
    {
        var qc = CopyEmptyLike(Name + "_dg");
        qc.GlobalPhase = -_globalPhase;
        for (int i = _data.Count - 1; i >= 0; i--)
        {
            var inst = _data[i];
            qc._data.Add(new CircuitInstruction(inst.Operation.Inverse(), inst.Qubits, inst.Clbits, inst.Condition));
        }
        return qc;
    }

    /// <summary>Qiskit's <c>control</c>: a circuit of the controlled version of this circuit's gate, controls first.</summary>
    public QuantumCircuit Control(int numControls = 1, string? label = null, int? ctrlState = null)
    {
        var gate = ToGate().Control(numControls, label, ctrlState);
        // Qiskit uses an unnamed register (q0, q1, …) for the controls.
        var controlRegister = new QuantumRegister(numControls);
        while (_qregs.Any(r => r.Name == controlRegister.Name)) controlRegister = new QuantumRegister(numControls);
        var qc = new QuantumCircuit([controlRegister], "c_" + Name);
        qc.AddBits(_qubits.Where(q => q.Register is null));
        foreach (var r in _qregs) qc.AddRegister(r);
        qc.Append(gate, Enumerable.Range(0, qc.NumQubits).ToArray());
        return qc;
    }

    /// <summary>Qiskit's <c>to_gate</c>: a gate named after the circuit, defined by it, with its parameters.</summary>
    public Gate ToGate(string? label = null)
    {
        if (NumClbits > 0) throw new CircuitException("Circuit with classical bits cannot be converted to gate.");
        foreach (var inst in _data)
            if (inst.Operation is not Gates.Gate && !inst.Operation.IsDirective)
                throw new CircuitException($"One or more instructions cannot be converted to a gate. \"{inst.Name}\" is not a gate instruction");
        var definition = FlatCopy();
        return new Gate(Name, NumQubits, Parameters.Select(p => (ParameterValue)p).ToArray(), label, definition);
    }

    /// <summary>Qiskit's <c>to_instruction</c>: an instruction named after the circuit, defined by it.</summary>
    public Instruction ToInstruction(string? label = null)
    {
        var definition = FlatCopy();
        return new Instruction(Name, NumQubits, NumClbits, Parameters.Select(p => (ParameterValue)p).ToArray(), label, definition);
    }

    /// <summary>A copy over plain registers <c>q</c> and <c>c</c>, as definitions of gates have.</summary>
    private QuantumCircuit FlatCopy()
    {
        var qc = new QuantumCircuit(NumQubits, NumClbits, Name) { _globalPhase = _globalPhase };
        qc._data.AddRange(_data);
        return qc;
    }

    /// <summary>
    /// Qiskit's <c>decompose</c>: replaces each operation that has a definition by that definition
    /// (one level per repetition). With <paramref name="gatesToDecompose"/>, only operations whose
    /// name or label is listed are decomposed.
    /// </summary>
    public QuantumCircuit Decompose(IReadOnlyCollection<string>? gatesToDecompose = null, int reps = 1)
    {
        var current = this;
        for (int r = 0; r < reps; r++) current = current.DecomposeOnce(gatesToDecompose);
        return current;
    }

    private QuantumCircuit DecomposeOnce(IReadOnlyCollection<string>? names)
    {
        var qc = CopyEmptyLike();
        foreach (var inst in _data)
        {
            bool selected = names is null || names.Contains(inst.Name) || (inst.Operation.Label is { } l && names.Contains(l));
            var definition = selected ? inst.Operation.Definition : null;
            if (definition is null)
            {
                qc._data.Add(inst);
                continue;
            }
            foreach (var sub in definition._data)
            {
                var condition = sub.Condition?.Remap(c => inst.Clbits[c]) ?? inst.Condition;
                qc._data.Add(new CircuitInstruction(sub.Operation,
                    sub.Qubits.Select(q => inst.Qubits[q]).ToArray(), sub.Clbits.Select(c => inst.Clbits[c]).ToArray(), condition));
            }
            qc.GlobalPhase = qc._globalPhase + definition._globalPhase;
        }
        return qc;
    }

    /// <summary>
    /// Binds parameters to values (numbers or expressions). Unless <paramref name="strict"/> is false,
    /// every parameter named must be in the circuit. Returns a new circuit, or this one when <paramref name="inplace"/>.
    /// </summary>
    public QuantumCircuit AssignParameters(IReadOnlyDictionary<Parameter, ParameterValue> values, bool inplace = false, bool strict = true)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (strict)
        {
            var present = new HashSet<Parameter>(Parameters);
            var missing = values.Keys.Where(p => !present.Contains(p)).Select(p => p.Name).ToArray();
            if (missing.Length > 0)
                throw new CircuitException($"Cannot bind parameters ({string.Join(", ", missing)}) not present in the circuit.");
        }
        var qc = inplace ? this : Copy();
        for (int i = 0; i < qc._data.Count; i++)
        {
            var inst = qc._data[i];
            if (inst.Operation.IsParameterized) qc._data[i] = inst.WithOperation(inst.Operation.AssignParameters(values));
        }
        qc.GlobalPhase = qc._globalPhase.Bind(values);
        return qc;
    }

    /// <summary>Binds values in the order of <see cref="Parameters"/> (sorted by name, vectors by index).</summary>
    public QuantumCircuit AssignParameters(IReadOnlyList<ParameterValue> values, bool inplace = false)
    {
        var parameters = Parameters;
        if (values.Count != parameters.Count)
            throw new CircuitException($"Mismatching number of values and parameters. For partial binding please pass a dictionary of {{parameter: value}} pairs.");
        var map = new Dictionary<Parameter, ParameterValue>();
        for (int i = 0; i < values.Count; i++) map[parameters[i]] = values[i];
        return AssignParameters(map, inplace);
    }

    /// <summary>Binds numbers in the order of <see cref="Parameters"/>.</summary>
    public QuantumCircuit AssignParameters(IReadOnlyList<double> values, bool inplace = false) =>
        AssignParameters(values.Select(v => (ParameterValue)v).ToArray(), inplace);

    /// <summary>The circuit repeated <paramref name="reps"/> times (Qiskit's <c>repeat</c>, flattened).</summary>
    public QuantumCircuit Repeat(int reps)
    {
        var qc = CopyEmptyLike(Name + "**" + reps);
        qc.GlobalPhase = 0.0;
        for (int r = 0; r < reps; r++) qc.Compose(this, inplace: true);
        return qc;
    }

    /// <summary>The circuit with its bit order reversed (Qiskit's <c>reverse_bits</c>), on plain registers.</summary>
    public QuantumCircuit ReverseBits()
    {
        var qc = CopyEmptyLike();
        qc._data.Clear();
        int nq = NumQubits, nc = NumClbits;
        foreach (var inst in _data)
            qc._data.Add(new CircuitInstruction(inst.Operation, inst.Qubits.Select(q => nq - 1 - q).ToArray(),
                inst.Clbits.Select(c => nc - 1 - c).ToArray(), inst.Condition?.Remap(c => nc - 1 - c)));
        return qc;
    }
}

/// <summary>More transformations: tensor product and removal of final measurements.</summary>
public sealed partial class QuantumCircuit
{
    /// <summary>
    /// Qiskit's <c>tensor</c>: a circuit on <c>other.NumQubits + NumQubits</c> qubits with
    /// <paramref name="other"/> on the low qubits and this circuit on the high ones.
    /// </summary>
    public QuantumCircuit Tensor(QuantumCircuit other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var qc = new QuantumCircuit(other.NumQubits + NumQubits, other.NumClbits + NumClbits, Name);
        qc.Compose(other, Enumerable.Range(0, other.NumQubits).ToArray(), Enumerable.Range(0, other.NumClbits).ToArray(), inplace: true);
        qc.Compose(this, Enumerable.Range(other.NumQubits, NumQubits).ToArray(), Enumerable.Range(other.NumClbits, NumClbits).ToArray(), inplace: true);
        return qc;
    }

    /// <summary>
    /// Qiskit's <c>remove_final_measurements</c>: drops measurements with nothing after them on
    /// their qubit, the barriers that only precede them, and classical registers left unused.
    /// </summary>
    public QuantumCircuit RemoveFinalMeasurements(bool inplace = true)
    {
        var qc = inplace ? this : Copy();
        var removed = new HashSet<int>();
        var qubitDone = new bool[qc.NumQubits];
        for (int i = qc._data.Count - 1; i >= 0; i--)
        {
            var inst = qc._data[i];
            if (inst.Operation is Gates.Measure && !qubitDone[inst.Qubits[0]] && inst.Condition is null)
            {
                removed.Add(i);
                continue;
            }
            if (inst.Operation is Gates.Barrier && inst.Qubits.All(q => !qubitDone[q]))
            {
                removed.Add(i);
                continue;
            }
            foreach (int q in inst.Qubits) qubitDone[q] = true;
        }
        var kept = qc._data.Where((_, i) => !removed.Contains(i)).ToList();
        qc._data.Clear();
        qc._data.AddRange(kept);

        // Drop classical registers and bits nothing refers to any more.
        var usedClbits = new HashSet<int>(kept.SelectMany(d => d.Clbits.Concat(d.Condition?.Clbits ?? [])));
        if (usedClbits.Count < qc.NumClbits)
        {
            var keepBits = Enumerable.Range(0, qc.NumClbits).Where(c => usedClbits.Contains(c) || qc._cregs.Any(r => r.Clbits.Any(b => qc._clbitIndex[b] == c) && r.Clbits.Any(b => usedClbits.Contains(qc._clbitIndex[b])))).ToList();
            var newIndex = new Dictionary<int, int>();
            for (int i = 0; i < keepBits.Count; i++) newIndex[keepBits[i]] = i;
            var oldClbits = qc._clbits.ToArray();
            var oldRegs = qc._cregs.ToArray();
            qc._clbits.Clear();
            qc._clbitIndex.Clear();
            qc._cregs.Clear();
            foreach (int c in keepBits) qc.AddBit(oldClbits[c]);
            foreach (var r in oldRegs) if (r.Clbits.All(qc._clbitIndex.ContainsKey)) qc._cregs.Add(r);
            for (int i = 0; i < qc._data.Count; i++)
            {
                var d = qc._data[i];
                if (d.Clbits.Count == 0 && d.Condition is null) continue;
                qc._data[i] = new CircuitInstruction(d.Operation, d.Qubits, d.Clbits.Select(c => newIndex[c]).ToArray(), d.Condition?.Remap(c => newIndex[c]));
            }
        }
        return qc;
    }
}

/// <summary>Classically controlled blocks.</summary>
public sealed partial class QuantumCircuit
{
    /// <summary>
    /// A simple form of Qiskit's <c>with qc.if_test(condition):</c> block: every instruction
    /// <paramref name="body"/> appends runs only when <paramref name="condition"/> holds (it is
    /// stored as each instruction's <see cref="CircuitInstruction.Condition"/>). No else branch;
    /// instructions that already carry a condition cannot be nested.
    /// </summary>
    public QuantumCircuit IfTest(ClassicalCondition condition, Action<QuantumCircuit> body)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(body);
        Validate(new CircuitInstruction(new Gates.Barrier(0), [], null, condition));
        int start = _data.Count;
        body(this);
        for (int i = start; i < _data.Count; i++)
        {
            if (_data[i].Condition is not null) throw new CircuitException("Nested classical conditions are not supported.");
            _data[i] = _data[i].WithCondition(condition);
        }
        return this;
    }
}
