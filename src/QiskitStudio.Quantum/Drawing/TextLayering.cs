using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Gates;

namespace QiskitStudio.Quantum.Drawing;

/// <summary>
/// Places instructions into drawing columns the way Qiskit's text drawer does ("left" justify):
/// take the circuit's dependency layers in order and slide each instruction as far left as it
/// fits without its vertical span crossing another instruction's.
/// </summary>
internal static class TextLayering
{
    public static List<List<CircuitInstruction>> Layers(QuantumCircuit circuit, bool justifyRight = false)
    {
        int nq = circuit.NumQubits;
        var spool = new List<List<CircuitInstruction>>();
        var measureMap = new int[circuit.NumClbits];
        Array.Fill(measureMap, -1);

        var dagLayers = DependencyLayers(circuit);
        if (justifyRight)
        {
            // Right justification walks the dependency layers backwards, sliding each node right.
            dagLayers.Reverse();
            foreach (var dagLayer in dagLayers)
                foreach (var node in dagLayer) SlideFromRight(spool, node, 0, nq);
        }
        else
        {
            foreach (var dagLayer in dagLayers)
            {
                int start = spool.Count - 1;
                foreach (var node in dagLayer) SlideFromLeft(spool, node, start, measureMap, nq);
            }
        }
        return spool.Select(l => l.Where(n => n.Qubits.Count > 0).ToList()).ToList();
    }

    private static void SlideFromRight(List<List<CircuitInstruction>> spool, CircuitInstruction node, int index, int nq)
    {
        if (spool.Count == 0)
        {
            spool.Insert(0, [node]);
            return;
        }
        int current = index;
        int lastInsertable = 0;
        while (current < spool.Count)
        {
            if (SharesQubit(node, spool[current])) break;
            if (Insertable(node, spool[current], nq)) lastInsertable = current;
            current++;
        }
        // Qiskit tests this index for truth, so a fit in column 0 counts as no fit here.
        if (lastInsertable != 0)
        {
            spool[lastInsertable].Add(node);
            return;
        }
        for (current = index; current > -1; current--)
        {
            if (Insertable(node, spool[current], nq))
            {
                spool[current].Add(node);
                return;
            }
        }
        spool.Insert(0, [node]);
    }

    /// <summary>Longest-path layers of the circuit's DAG (wires: qubits, classical bits, condition bits).</summary>
    private static List<List<CircuitInstruction>> DependencyLayers(QuantumCircuit circuit)
    {
        var last = new int[circuit.NumQubits + circuit.NumClbits];
        var result = new List<List<CircuitInstruction>>();
        foreach (var inst in circuit.Data)
        {
            var wires = Wires(inst, circuit.NumQubits).ToArray();
            int layer = wires.Length == 0 ? 0 : wires.Max(w => last[w]);
            foreach (int w in wires) last[w] = layer + 1;
            while (result.Count <= layer) result.Add([]);
            result[layer].Add(inst);
        }
        return result;
    }

    private static IEnumerable<int> Wires(CircuitInstruction inst, int nq)
    {
        var wires = inst.Qubits.Concat(inst.Clbits.Select(c => c + nq));
        if (inst.Condition is { } cond) wires = wires.Concat(cond.Clbits.Select(c => c + nq));
        return wires.Distinct();
    }

    private static (int Min, int Max) Span(CircuitInstruction node, int nq)
    {
        int min = node.Qubits.Min(), max = node.Qubits.Max();
        if (node.Clbits.Count > 0 || node.Condition is not null) max = nq - 1;
        return (min, max);
    }

    private static bool Insertable(CircuitInstruction node, List<CircuitInstruction> layer, int nq)
    {
        var (min, max) = Span(node, nq);
        foreach (var other in layer)
        {
            if (ReferenceEquals(other, node)) continue;
            var (omin, omax) = Span(other, nq);
            if (omin <= max && min <= omax) return false;
        }
        return true;
    }

    private static bool SharesQubit(CircuitInstruction node, List<CircuitInstruction> layer) =>
        layer.Any(other => other.Qubits.Any(node.Qubits.Contains));

    private static void SlideFromLeft(List<List<CircuitInstruction>> spool, CircuitInstruction node, int index, int[] measureMap, int nq)
    {
        int? measureLayer = null;
        bool inserted;
        if (spool.Count == 0)
        {
            spool.Add([node]);
            inserted = true;
        }
        else
        {
            inserted = false;
            int current = index;
            int lastInsertable = -1;
            int indexStop = -1;
            if (node.Condition is { } cond)
                indexStop = Math.Max(indexStop, cond.Clbits.Select(c => measureMap[c]).DefaultIfEmpty(-1).Max());
            foreach (int c in node.Clbits)
                if (measureMap[c] > indexStop) indexStop = measureMap[c];
            while (current > indexStop)
            {
                if (SharesQubit(node, spool[current])) break;
                if (Insertable(node, spool[current], nq)) lastInsertable = current;
                current--;
            }
            if (lastInsertable >= 0)
            {
                inserted = true;
                spool[lastInsertable].Add(node);
                measureLayer = lastInsertable;
            }
            else
            {
                current = index;
                while (current < spool.Count)
                {
                    // A start index of -1 reads the last column first, as Python's list[-1] does.
                    var column = spool[current < 0 ? current + spool.Count : current];
                    if (Insertable(node, column, nq))
                    {
                        column.Add(node);
                        measureLayer = current;
                        inserted = true;
                        break;
                    }
                    current++;
                }
            }
        }
        if (!inserted) spool.Add([node]);
        if (node.Operation is Measure)
        {
            // Qiskit treats a measure placed in column 0 like one in the last column.
            int layer = measureLayer is null or 0 ? spool.Count - 1 : measureLayer.Value;
            int bit = node.Clbits[0];
            if (layer > measureMap[bit]) measureMap[bit] = layer;
        }
    }
}
