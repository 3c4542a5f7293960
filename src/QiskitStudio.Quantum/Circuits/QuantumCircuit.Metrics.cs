namespace QiskitStudio.Quantum.Circuits;

/// <summary>Circuit metrics as Qiskit computes them.</summary>
public sealed partial class QuantumCircuit
{
    /// <summary>Number of operations, barriers excluded.</summary>
    public int Size() => _data.Count(i => !i.Operation.IsDirective);

    /// <summary>Qubits plus classical bits.</summary>
    public int Width() => NumQubits + NumClbits;

    /// <summary>
    /// Length of the critical path. Barriers do not add a level but do line up the wires they
    /// touch; a condition's classical bits count as wires of the instruction.
    /// </summary>
    public int Depth(Func<CircuitInstruction, bool>? filter = null)
    {
        filter ??= i => !i.Operation.IsDirective;
        var levels = new int[NumQubits + NumClbits];
        int depth = 0;
        foreach (var inst in _data)
        {
            var wires = inst.Qubits.Concat(inst.Clbits.Select(c => c + NumQubits));
            if (inst.Condition is { } cond) wires = wires.Concat(cond.Clbits.Select(c => c + NumQubits));
            var list = wires.Distinct().ToArray();
            if (list.Length == 0) continue;
            int level = list.Max(w => levels[w]) + (filter(inst) ? 1 : 0);
            foreach (int w in list) levels[w] = level;
            depth = Math.Max(depth, level);
        }
        return depth;
    }

    /// <summary>Operation counts by name, most frequent first (ties in order of first appearance), as Qiskit's OrderedDict.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> CountOps()
    {
        var counts = new Dictionary<string, int>();
        var order = new List<string>();
        foreach (var inst in _data)
        {
            if (!counts.TryGetValue(inst.Name, out int c)) order.Add(inst.Name);
            counts[inst.Name] = c + 1;
        }
        return order.Select(n => new KeyValuePair<string, int>(n, counts[n]))
            .OrderByDescending(kv => kv.Value) // stable: ties keep first-appearance order
            .ToArray();
    }

    /// <summary>Operations on two or more qubits, barriers excluded.</summary>
    public int NumNonlocalGates() => _data.Count(i => i.Operation.NumQubits > 1 && !i.Operation.IsDirective);

    /// <summary>Number of groups of qubits that never interact (Qiskit's <c>num_tensor_factors</c>).</summary>
    public int NumTensorFactors()
    {
        var parent = Enumerable.Range(0, NumQubits).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        foreach (var inst in _data)
        {
            if (inst.Operation.IsDirective || inst.Qubits.Count < 2) continue;
            for (int k = 1; k < inst.Qubits.Count; k++) parent[Find(inst.Qubits[k])] = Find(inst.Qubits[0]);
        }
        return Enumerable.Range(0, NumQubits).Select(Find).Distinct().Count();
    }
}
