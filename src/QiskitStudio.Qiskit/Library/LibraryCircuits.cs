using System.Numerics;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Gates;
using QiskitStudio.Quantum.Parameters;
using K = QiskitStudio.Quantum.Gates.StandardGateKind;

namespace QiskitStudio.Qiskit.Library;

/// <summary>
/// Builders for the circuits of Qiskit's circuit library, as flat circuits of standard gates:
/// the QFT, the n-local ansätze (TwoLocal, RealAmplitudes, EfficientSU2), the ZZ/Z/Pauli feature maps,
/// Pauli evolution, the QAOA ansatz and the Grover operator.
/// </summary>
internal static class LibraryCircuits
{
    /// <summary>Qiskit's QFT synthesis: Hadamards and controlled phases from the top qubit down, then swaps.</summary>
    public static QuantumCircuit Qft(int numQubits, int approximationDegree = 0, bool doSwaps = true, bool inverse = false,
        bool insertBarriers = false, string name = "QFT")
    {
        var qc = new QuantumCircuit(numQubits, 0, name);
        for (int j = numQubits - 1; j >= 0; j--)
        {
            qc.H(j);
            int entanglements = Math.Max(0, j - Math.Max(0, approximationDegree - (numQubits - j - 1)));
            for (int k = j - 1; k >= j - entanglements; k--) qc.Cp(Math.PI * Math.Pow(2.0, k - j), j, k);
            if (insertBarriers) qc.Barrier();
        }
        if (doSwaps)
            for (int i = 0; i < numQubits / 2; i++) qc.Swap(i, numQubits - i - 1);
        if (!inverse) return qc;
        var inv = qc.Inverse();
        inv.Name = name;
        return inv;
    }

    /// <summary>The qubit pairs an entanglement strategy connects, in Qiskit's order.</summary>
    public static IReadOnlyList<(int, int)> EntanglerMap(string strategy, int numQubits, int repetition = 0)
    {
        var linear = Enumerable.Range(0, Math.Max(0, numQubits - 1)).Select(i => (i, i + 1)).ToList();
        switch (strategy)
        {
            case "full":
                return [.. from i in Enumerable.Range(0, numQubits) from j in Enumerable.Range(i + 1, Math.Max(0, numQubits - i - 1)) select (i, j)];
            case "linear":
                return linear;
            case "reverse_linear":
                return [.. Enumerable.Range(0, Math.Max(0, numQubits - 1)).Reverse().Select(i => (i, i + 1))];
            case "circular":
                return numQubits > 2 ? [(numQubits - 1, 0), .. linear] : linear;
            case "pairwise":
                return [.. linear.Where(p => p.Item1 % 2 == 0), .. linear.Where(p => p.Item1 % 2 == 1)];
            case "sca":
            {
                var circular = numQubits > 2 ? new List<(int, int)> { (numQubits - 1, 0) } : [];
                circular.AddRange(linear);
                int shift = circular.Count == 0 ? 0 : repetition % circular.Count;
                var shifted = circular.Skip(circular.Count - shift).Concat(circular.Take(circular.Count - shift)).ToList();
                return repetition % 2 == 1 ? shifted.Select(p => (p.Item2, p.Item1)).ToList() : shifted;
            }
            default:
                throw new ArgumentException($"Unsupported entanglement type: {strategy}");
        }
    }

    /// <summary>Qiskit's TwoLocal: layers of rotations and entanglers, parameters θ[0], θ[1], … in construction order.</summary>
    public static QuantumCircuit TwoLocal(int numQubits, IReadOnlyList<string> rotationBlocks, IReadOnlyList<string> entanglementBlocks,
        Func<int, IReadOnlyList<(int, int)>> entanglement, int reps, bool skipFinalRotationLayer, bool insertBarriers,
        string parameterPrefix, string name)
    {
        var qc = new QuantumCircuit(numQubits, 0, name);
        int count = 0;
        int rotationParams = rotationBlocks.Sum(b => StandardGate.ParameterCount(Kind(b))) * numQubits;
        var entanglerParams = Enumerable.Range(0, reps).Sum(r => entanglementBlocks.Sum(b => StandardGate.ParameterCount(Kind(b)) * entanglement(r).Count));
        int total = rotationParams * (reps + (skipFinalRotationLayer ? 0 : 1)) + entanglerParams;
        var theta = new ParameterVector(parameterPrefix, total);

        void Rotations()
        {
            foreach (var block in rotationBlocks)
            {
                var kind = Kind(block);
                for (int q = 0; q < numQubits; q++)
                {
                    var p = Enumerable.Range(0, StandardGate.ParameterCount(kind)).Select(_ => (ParameterValue)theta[count++]).ToArray();
                    qc.Append(StandardGate.Create(kind, p), [q]);
                }
            }
        }

        for (int r = 0; r < reps; r++)
        {
            if (r > 0 && insertBarriers) qc.Barrier();
            Rotations();
            if (insertBarriers) qc.Barrier();
            foreach (var block in entanglementBlocks)
            {
                var kind = Kind(block);
                foreach (var (a, b) in entanglement(r))
                {
                    var p = Enumerable.Range(0, StandardGate.ParameterCount(kind)).Select(_ => (ParameterValue)theta[count++]).ToArray();
                    qc.Append(StandardGate.Create(kind, p), [a, b]);
                }
            }
        }
        if (!skipFinalRotationLayer)
        {
            if (insertBarriers && reps > 0) qc.Barrier();
            Rotations();
        }
        return qc;
    }

    /// <summary>A standard gate kind from its Qiskit name ("ry", "cx", "crz"…).</summary>
    public static K Kind(string name) =>
        StandardGate.TryGetKind(name, out var kind) ? kind : throw new ArgumentException($"Unknown gate name for a circuit library block: '{name}'");

    /// <summary>Qiskit's Pauli feature map (ZZFeatureMap when the Paulis are Z and ZZ).</summary>
    public static QuantumCircuit PauliFeatureMap(int featureDimension, int reps, string entanglement, IReadOnlyList<string> paulis,
        double alpha, string parameterPrefix, bool insertBarriers, string name)
    {
        var qc = new QuantumCircuit(featureDimension, 0, name);
        var x = new ParameterVector(parameterPrefix, featureDimension);
        for (int r = 0; r < reps; r++)
        {
            if (r > 0 && insertBarriers) qc.Barrier();
            for (int q = 0; q < featureDimension; q++) qc.H(q);
            if (insertBarriers) qc.Barrier();
            foreach (var pauli in paulis)
            {
                IEnumerable<int[]> groups = pauli.Length == 1
                    ? Enumerable.Range(0, featureDimension).Select(q => new[] { q })
                    : pauli.Length == 2 ? EntanglerMap(entanglement, featureDimension, r).Select(p => new[] { p.Item1, p.Item2 })
                    : throw new ArgumentException("Only one- and two-qubit Paulis are supported in a feature map.");
                foreach (var group in groups)
                {
                    // Qiskit's data map: x_i for one qubit, (π - x_i)(π - x_j) for two.
                    ParameterExpression angle = group.Length == 1
                        ? x[group[0]]
                        : (Math.PI - (ParameterExpression)x[group[0]]) * (Math.PI - (ParameterExpression)x[group[1]]);
                    AppendPauliEvolution(qc, pauli, group, ParameterValue.FromExpression(alpha * angle));
                }
            }
        }
        return qc;
    }

    /// <summary>exp(-i θ/2 P) for a Pauli label (leftmost character on the last qubit of <paramref name="qubits"/>).</summary>
    public static void AppendPauliEvolution(QuantumCircuit qc, string label, IReadOnlyList<int> qubits, ParameterValue angle)
    {
        // label[k] acts on qubits[n - 1 - k]; identities drop out.
        var active = new List<(int Qubit, char Pauli)>();
        for (int k = 0; k < label.Length; k++)
            if (label[k] != 'I') active.Add((qubits[label.Length - 1 - k], label[k]));
        active.Reverse();
        if (active.Count == 0) return;
        if (active.Count == 1)
        {
            var (q, p) = active[0];
            if (p == 'X') qc.Rx(angle, q);
            else if (p == 'Y') qc.Ry(angle, q);
            else qc.P(angle, q);
            return;
        }
        if (active.Count == 2 && active[0].Pauli == active[1].Pauli)
        {
            int a = active[0].Qubit, b = active[1].Qubit;
            switch (active[0].Pauli)
            {
                case 'X': qc.Rxx(angle, a, b); return;
                case 'Y': qc.Ryy(angle, a, b); return;
            }
        }
        foreach (var (q, p) in active)
        {
            if (p == 'X') qc.H(q);
            else if (p == 'Y') qc.Rx(Math.PI / 2, q);
        }
        for (int i = 0; i < active.Count - 1; i++) qc.Cx(active[i].Qubit, active[i + 1].Qubit);
        qc.P(angle, active[^1].Qubit);
        for (int i = active.Count - 2; i >= 0; i--) qc.Cx(active[i].Qubit, active[i + 1].Qubit);
        foreach (var (q, p) in active)
        {
            if (p == 'X') qc.H(q);
            else if (p == 'Y') qc.Rx(-Math.PI / 2, q);
        }
    }

    /// <summary>
    /// exp(-i t H) for H = Σ c·P (real coefficients), one Lie-Trotter step: each term as rotations,
    /// rzz/rxx/ryy for two-qubit terms, otherwise a CX ladder around an rz.
    /// </summary>
    public static QuantumCircuit PauliEvolution(IReadOnlyList<(string Label, Complex Coeff)> terms, ParameterValue time, string name = "PauliEvolution")
    {
        int n = terms[0].Label.Length;
        var qc = new QuantumCircuit(n, 0, name);
        var qubits = Enumerable.Range(0, n).ToArray();
        foreach (var (label, coeff) in terms)
        {
            if (Math.Abs(coeff.Imaginary) > 1e-12) throw new ArgumentException("Pauli evolution needs real coefficients.");
            if (label.All(c => c == 'I'))
            {
                qc.GlobalPhase -= time * coeff.Real;
                continue;
            }
            var angle = time * (2 * coeff.Real);
            var active = label.Count(c => c != 'I');
            if (active == 1)
            {
                int k = label.IndexOfAny(['X', 'Y', 'Z']);
                int q = n - 1 - k;
                switch (label[k])
                {
                    case 'X': qc.Rx(angle, q); break;
                    case 'Y': qc.Ry(angle, q); break;
                    default: qc.Rz(angle, q); break;
                }
                continue;
            }
            if (active == 2 && label.Where(c => c != 'I').Distinct().Count() == 1 && label.First(c => c != 'I') == 'Z')
            {
                var positions = Enumerable.Range(0, n).Where(k => label[k] != 'I').Select(k => n - 1 - k).OrderBy(q => q).ToArray();
                qc.Rzz(angle, positions[0], positions[1]);
                continue;
            }
            AppendPauliEvolutionRz(qc, label, qubits, angle);
        }
        return qc;
    }

    private static void AppendPauliEvolutionRz(QuantumCircuit qc, string label, int[] qubits, ParameterValue angle)
    {
        int n = label.Length;
        var active = Enumerable.Range(0, n).Where(k => label[k] != 'I').Select(k => (Qubit: qubits[n - 1 - k], Pauli: label[k])).OrderBy(a => a.Qubit).ToList();
        foreach (var (q, p) in active)
        {
            if (p == 'X') qc.H(q);
            else if (p == 'Y') qc.Rx(Math.PI / 2, q);
        }
        for (int i = 0; i < active.Count - 1; i++) qc.Cx(active[i].Qubit, active[i + 1].Qubit);
        qc.Rz(angle, active[^1].Qubit);
        for (int i = active.Count - 2; i >= 0; i--) qc.Cx(active[i].Qubit, active[i + 1].Qubit);
        foreach (var (q, p) in active)
        {
            if (p == 'X') qc.H(q);
            else if (p == 'Y') qc.Rx(-Math.PI / 2, q);
        }
    }

    /// <summary>Qiskit's QAOA ansatz: H on all qubits, then per repetition exp(-iγH_C) and the X mixer exp(-iβΣX).</summary>
    public static QuantumCircuit QaoaAnsatz(IReadOnlyList<(string Label, Complex Coeff)> cost, int reps, QuantumCircuit? initialState, string name = "QAOA")
    {
        int n = cost[0].Label.Length;
        var beta = new ParameterVector("β", reps);
        var gamma = new ParameterVector("γ", reps);
        var qc = new QuantumCircuit(n, 0, name);
        if (initialState is null)
            for (int q = 0; q < n; q++) qc.H(q);
        else qc.Compose(initialState, inplace: true);
        for (int r = 0; r < reps; r++)
        {
            qc.Compose(PauliEvolution(cost, gamma[r]), inplace: true);
            for (int q = 0; q < n; q++) qc.Rx((ParameterExpression)beta[r] * 2, q);
        }
        return qc;
    }

    /// <summary>Qiskit's Grover operator: oracle, A†, reflection about |0…0⟩, A, with global phase π.</summary>
    public static QuantumCircuit GroverOperator(QuantumCircuit oracle, QuantumCircuit? statePreparation, bool insertBarriers, string name = "Q")
    {
        int n = oracle.NumQubits;
        if (statePreparation is null)
        {
            statePreparation = new QuantumCircuit(n);
            for (int q = 0; q < n; q++) statePreparation.H(q);
        }
        var qc = new QuantumCircuit(n, 0, name);
        qc.Compose(oracle, inplace: true);
        if (insertBarriers) qc.Barrier();
        qc.Compose(statePreparation.Inverse(), inplace: true);
        if (insertBarriers) qc.Barrier();
        for (int q = 0; q < n; q++) qc.X(q);
        if (n == 1) qc.Z(0);
        else
        {
            qc.H(n - 1);
            qc.Mcx(Enumerable.Range(0, n - 1).ToArray(), n - 1);
            qc.H(n - 1);
        }
        for (int q = 0; q < n; q++) qc.X(q);
        if (insertBarriers) qc.Barrier();
        qc.Compose(statePreparation, inplace: true);
        qc.GlobalPhase += Math.PI;
        return qc;
    }
}
