using System.Numerics;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Linear;
using QiskitStudio.Quantum.Parameters;

namespace QiskitStudio.Quantum.Gates;

/// <summary>
/// Prepares a state from |0…0⟩ (Qiskit's <c>StatePreparation</c>, name "state_preparation").
/// A gate: its matrix is a unitary whose first column is the state.
/// </summary>
public sealed class StatePreparation : Gate
{
    public StatePreparation(IReadOnlyList<Complex> amplitudes, string? label = null)
        : base("state_preparation", QubitsFor(amplitudes), amplitudes.Select(a => (ParameterValue)a).ToArray(), label)
    {
        Amplitudes = Normalised(amplitudes);
    }

    /// <summary>The target state, least significant qubit = qubit 0 of the gate.</summary>
    public IReadOnlyList<Complex> Amplitudes { get; }

    /// <summary>A basis state given as an integer (bit i = qubit i).</summary>
    public static StatePreparation FromInteger(long value, int numQubits)
    {
        var amps = new Complex[1 << numQubits];
        amps[value] = Complex.One;
        return new StatePreparation(amps);
    }

    /// <summary>A product state from a label like "01+-rl" (leftmost character = highest qubit).</summary>
    public static StatePreparation FromLabel(string label) => new(LabelAmplitudes(label));

    internal static Complex[] LabelAmplitudes(string label)
    {
        Complex[] state = [Complex.One];
        double h = 1 / Math.Sqrt(2);
        for (int i = label.Length - 1; i >= 0; i--)
        {
            Complex[] single = label[i] switch
            {
                '0' => [1, 0],
                '1' => [0, 1],
                '+' => [h, h],
                '-' => [h, -h],
                'r' => [h, new Complex(0, h)],
                'l' => [h, new Complex(0, -h)],
                _ => throw new CircuitException($"Unknown state label character '{label[i]}'."),
            };
            var next = new Complex[state.Length * 2];
            for (int hi = 0; hi < 2; hi++) for (int lo = 0; lo < state.Length; lo++) next[hi * state.Length + lo] = single[hi] * state[lo];
            state = next;
        }
        return state;
    }

    internal static int QubitsFor(IReadOnlyList<Complex> amplitudes)
    {
        int n = amplitudes.Count;
        if (n < 2 || (n & (n - 1)) != 0) throw new CircuitException("The number of amplitudes must be a power of two.");
        return System.Numerics.BitOperations.Log2((uint)n);
    }

    internal static Complex[] Normalised(IReadOnlyList<Complex> amplitudes)
    {
        double norm = Math.Sqrt(amplitudes.Sum(a => a.Magnitude * a.Magnitude));
        if (Math.Abs(norm - 1) > 1e-8) throw new CircuitException($"Sum of amplitudes-squared is not 1, but {norm * norm}.");
        return amplitudes.ToArray();
    }

    /// <summary>A unitary with the state as first column (a Householder reflection, times a phase).</summary>
    public override Complex[] ToMatrix()
    {
        int d = Amplitudes.Count;
        var psi = Amplitudes.ToArray();
        // Reflection mapping e0 to psi (up to the phase of psi[0]).
        Complex phase = psi[0].Magnitude > 1e-15 ? psi[0] / psi[0].Magnitude : Complex.One;
        var v = new Complex[d];
        for (int i = 0; i < d; i++) v[i] = psi[i] / phase;
        v[0] -= 1;
        double vv = v.Sum(x => x.Magnitude * x.Magnitude);
        var m = Matrix.Identity(d);
        if (vv > 1e-24)
            for (int i = 0; i < d; i++)
                for (int j = 0; j < d; j++)
                    m[i * d + j] -= 2 * v[i] * Complex.Conjugate(v[j]) / vv;
        // The reflection sends e0 to -(...); fix sign so column 0 equals psi.
        Complex col0 = m[0];
        Complex fix = psi[0].Magnitude > 1e-15 ? psi[0] / col0 : (psi.First(a => a.Magnitude > 1e-15) / m[Array.FindIndex(psi, a => a.Magnitude > 1e-15) * d]);
        return Matrix.Scale(m, fix);
    }

    protected override QuantumCircuit? BuildDefinition()
    {
        var qc = new QuantumCircuit(NumQubits);
        qc.Append(new UnitaryGate(ToMatrix(), checkUnitary: false), Enumerable.Range(0, NumQubits).ToArray());
        return qc;
    }

    public override Instruction WithParams(IReadOnlyList<ParameterValue> parameters) =>
        new StatePreparation(parameters.Select(p => p.ComplexValue).ToArray(), Label);

    public override Instruction WithLabel(string? label) => new StatePreparation(Amplitudes, label);

    public override Instruction Inverse() => new UnitaryGate(Matrix.Adjoint(ToMatrix()), null, checkUnitary: false);
}

/// <summary>
/// Resets its qubits and prepares a state (Qiskit's <c>Initialize</c>, name "initialize"). Not a
/// gate: it contains resets. Its definition is resets followed by <see cref="StatePreparation"/>.
/// </summary>
public sealed class Initialize : Instruction
{
    public Initialize(IReadOnlyList<Complex> amplitudes)
        : base("initialize", StatePreparation.QubitsFor(amplitudes), 0, amplitudes.Select(a => (ParameterValue)a).ToArray())
    {
        Amplitudes = StatePreparation.Normalised(amplitudes);
    }

    /// <summary>The state the qubits are put in (least significant qubit = qubit 0).</summary>
    public IReadOnlyList<Complex> Amplitudes { get; }

    public static Initialize FromLabel(string label) => new(StatePreparation.LabelAmplitudes(label));

    public static Initialize FromInteger(long value, int numQubits)
    {
        var amps = new Complex[1 << numQubits];
        amps[value] = Complex.One;
        return new Initialize(amps);
    }

    protected override QuantumCircuit? BuildDefinition()
    {
        var qc = new QuantumCircuit(NumQubits);
        for (int q = 0; q < NumQubits; q++) qc.Append(new Reset(), [q]);
        qc.Append(new StatePreparation(Amplitudes), Enumerable.Range(0, NumQubits).ToArray());
        return qc;
    }

    public override Instruction WithParams(IReadOnlyList<ParameterValue> parameters) =>
        new Initialize(parameters.Select(p => p.ComplexValue).ToArray());

    public override Instruction Inverse() => throw new CircuitException("Initialize contains resets and cannot be inverted.");
}
