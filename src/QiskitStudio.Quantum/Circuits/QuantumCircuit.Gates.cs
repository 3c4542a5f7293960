using System.Numerics;
using QiskitStudio.Quantum.Gates;
using QiskitStudio.Quantum.Parameters;
using K = QiskitStudio.Quantum.Gates.StandardGateKind;

namespace QiskitStudio.Quantum.Circuits;

/// <summary>The gate methods of Qiskit's QuantumCircuit (h, cx, rz, measure, barrier, …). Each returns the circuit.</summary>
public sealed partial class QuantumCircuit
{
    private QuantumCircuit Std(K kind, ParameterValue[] parameters, params int[] qubits)
    {
        Append(StandardGate.Create(kind, parameters), qubits);
        return this;
    }

    private QuantumCircuit Std(K kind, params int[] qubits) => Std(kind, [], qubits);

    private QuantumCircuit Ctrl(K kind, ParameterValue[] parameters, int? ctrlState, params int[] qubits)
    {
        Append(StandardGate.Create(kind, parameters, ctrlState), qubits);
        return this;
    }

    /// <summary>Appends any standard gate by kind.</summary>
    public QuantumCircuit Gate(StandardGateKind kind, IReadOnlyList<ParameterValue> parameters, params int[] qubits)
    {
        Append(StandardGate.Create(kind, parameters, null, kind is K.MCX or K.MCPhase ? qubits.Length - 1 : null), qubits);
        return this;
    }

    // One-qubit gates.
    public QuantumCircuit Id(int q) => Std(K.I, q);
    public QuantumCircuit H(int q) => Std(K.H, q);
    public QuantumCircuit X(int q) => Std(K.X, q);
    public QuantumCircuit Y(int q) => Std(K.Y, q);
    public QuantumCircuit Z(int q) => Std(K.Z, q);
    public QuantumCircuit S(int q) => Std(K.S, q);
    public QuantumCircuit Sdg(int q) => Std(K.Sdg, q);
    public QuantumCircuit T(int q) => Std(K.T, q);
    public QuantumCircuit Tdg(int q) => Std(K.Tdg, q);
    public QuantumCircuit SX(int q) => Std(K.SX, q);
    public QuantumCircuit SXdg(int q) => Std(K.SXdg, q);
    public QuantumCircuit P(ParameterValue theta, int q) => Std(K.P, [theta], q);
    public QuantumCircuit Rx(ParameterValue theta, int q) => Std(K.RX, [theta], q);
    public QuantumCircuit Ry(ParameterValue theta, int q) => Std(K.RY, [theta], q);
    public QuantumCircuit Rz(ParameterValue phi, int q) => Std(K.RZ, [phi], q);
    public QuantumCircuit R(ParameterValue theta, ParameterValue phi, int q) => Std(K.R, [theta, phi], q);
    public QuantumCircuit U(ParameterValue theta, ParameterValue phi, ParameterValue lam, int q) => Std(K.U, [theta, phi, lam], q);
    public QuantumCircuit U1(ParameterValue lam, int q) => Std(K.U1, [lam], q);
    public QuantumCircuit U2(ParameterValue phi, ParameterValue lam, int q) => Std(K.U2, [phi, lam], q);
    public QuantumCircuit U3(ParameterValue theta, ParameterValue phi, ParameterValue lam, int q) => Std(K.U3, [theta, phi, lam], q);

    // Two-qubit gates.
    public QuantumCircuit Rxx(ParameterValue theta, int q0, int q1) => Std(K.RXX, [theta], q0, q1);
    public QuantumCircuit Ryy(ParameterValue theta, int q0, int q1) => Std(K.RYY, [theta], q0, q1);
    public QuantumCircuit Rzz(ParameterValue theta, int q0, int q1) => Std(K.RZZ, [theta], q0, q1);
    public QuantumCircuit Rzx(ParameterValue theta, int q0, int q1) => Std(K.RZX, [theta], q0, q1);
    public QuantumCircuit XXPlusYY(ParameterValue theta, ParameterValue beta, int q0, int q1) => Std(K.XXPlusYY, [theta, beta], q0, q1);
    public QuantumCircuit XXMinusYY(ParameterValue theta, ParameterValue beta, int q0, int q1) => Std(K.XXMinusYY, [theta, beta], q0, q1);
    public QuantumCircuit Ecr(int q0, int q1) => Std(K.ECR, q0, q1);
    public QuantumCircuit Swap(int q0, int q1) => Std(K.Swap, q0, q1);
    public QuantumCircuit ISwap(int q0, int q1) => Std(K.ISwap, q0, q1);
    public QuantumCircuit Dcx(int q0, int q1) => Std(K.DCX, q0, q1);

    // Controlled gates (control first).
    public QuantumCircuit Cx(int control, int target, int? ctrlState = null) => Ctrl(K.CX, [], ctrlState, control, target);
    public QuantumCircuit Cy(int control, int target, int? ctrlState = null) => Ctrl(K.CY, [], ctrlState, control, target);
    public QuantumCircuit Cz(int control, int target, int? ctrlState = null) => Ctrl(K.CZ, [], ctrlState, control, target);
    public QuantumCircuit Ch(int control, int target, int? ctrlState = null) => Ctrl(K.CH, [], ctrlState, control, target);
    public QuantumCircuit Cs(int control, int target, int? ctrlState = null) => Ctrl(K.CS, [], ctrlState, control, target);
    public QuantumCircuit Csdg(int control, int target, int? ctrlState = null) => Ctrl(K.CSdg, [], ctrlState, control, target);
    public QuantumCircuit Csx(int control, int target, int? ctrlState = null) => Ctrl(K.CSX, [], ctrlState, control, target);
    public QuantumCircuit Cp(ParameterValue theta, int control, int target, int? ctrlState = null) => Ctrl(K.CP, [theta], ctrlState, control, target);
    public QuantumCircuit Crx(ParameterValue theta, int control, int target, int? ctrlState = null) => Ctrl(K.CRX, [theta], ctrlState, control, target);
    public QuantumCircuit Cry(ParameterValue theta, int control, int target, int? ctrlState = null) => Ctrl(K.CRY, [theta], ctrlState, control, target);
    public QuantumCircuit Crz(ParameterValue theta, int control, int target, int? ctrlState = null) => Ctrl(K.CRZ, [theta], ctrlState, control, target);
    public QuantumCircuit Cu(ParameterValue theta, ParameterValue phi, ParameterValue lam, ParameterValue gamma, int control, int target, int? ctrlState = null) =>
        Ctrl(K.CU, [theta, phi, lam, gamma], ctrlState, control, target);
    public QuantumCircuit Cu1(ParameterValue lam, int control, int target, int? ctrlState = null) => Ctrl(K.CU1, [lam], ctrlState, control, target);
    public QuantumCircuit Cu3(ParameterValue theta, ParameterValue phi, ParameterValue lam, int control, int target, int? ctrlState = null) =>
        Ctrl(K.CU3, [theta, phi, lam], ctrlState, control, target);
    public QuantumCircuit Ccx(int control1, int control2, int target, int? ctrlState = null) => Ctrl(K.CCX, [], ctrlState, control1, control2, target);
    public QuantumCircuit Ccz(int control1, int control2, int target, int? ctrlState = null) => Ctrl(K.CCZ, [], ctrlState, control1, control2, target);
    public QuantumCircuit CSwap(int control, int target1, int target2, int? ctrlState = null) => Ctrl(K.CSwap, [], ctrlState, control, target1, target2);
    public QuantumCircuit Rccx(int control1, int control2, int target) => Std(K.RCCX, control1, control2, target);
    public QuantumCircuit Rcccx(int control1, int control2, int control3, int target) => Std(K.RC3X, control1, control2, control3, target);

    /// <summary>Multi-controlled X (cx, ccx, or mcx for three controls and more, as Qiskit's <c>mcx</c>).</summary>
    public QuantumCircuit Mcx(IReadOnlyList<int> controls, int target, int? ctrlState = null)
    {
        var gate = StandardGate.Create(K.X).Control(controls.Count, null, ctrlState);
        Append(gate, [.. controls, target]);
        return this;
    }

    /// <summary>Multi-controlled phase (cp for one control, mcphase otherwise).</summary>
    public QuantumCircuit Mcp(ParameterValue lam, IReadOnlyList<int> controls, int target, int? ctrlState = null)
    {
        var gate = StandardGate.Create(K.P, lam).Control(controls.Count, null, ctrlState);
        Append(gate, [.. controls, target]);
        return this;
    }

    /// <summary>Multi-controlled rotations, as controlled rx/ry/rz gates.</summary>
    public QuantumCircuit Mcrx(ParameterValue theta, IReadOnlyList<int> controls, int target) =>
        AppendGate(StandardGate.Create(K.RX, theta).Control(controls.Count), [.. controls, target]);
    public QuantumCircuit Mcry(ParameterValue theta, IReadOnlyList<int> controls, int target) =>
        AppendGate(StandardGate.Create(K.RY, theta).Control(controls.Count), [.. controls, target]);
    public QuantumCircuit Mcrz(ParameterValue lam, IReadOnlyList<int> controls, int target) =>
        AppendGate(StandardGate.Create(K.RZ, lam).Control(controls.Count), [.. controls, target]);

    private QuantumCircuit AppendGate(Instruction op, int[] qubits)
    {
        Append(op, qubits);
        return this;
    }

    /// <summary>An arbitrary unitary matrix (row-major, little-endian over <paramref name="qubits"/>).</summary>
    public QuantumCircuit Unitary(Complex[] matrix, IReadOnlyList<int> qubits, string? label = null) =>
        AppendGate(new UnitaryGate(matrix, label), qubits.ToArray());

    /// <summary>Resets the qubits and prepares the given state (Qiskit's <c>initialize</c>).</summary>
    public QuantumCircuit Initialize(IReadOnlyList<Complex> amplitudes, IReadOnlyList<int> qubits) =>
        AppendGate(new Gates.Initialize(amplitudes), qubits.ToArray());

    /// <summary>Prepares the given state from |0…0⟩ (Qiskit's <c>prepare_state</c>).</summary>
    public QuantumCircuit PrepareState(IReadOnlyList<Complex> amplitudes, IReadOnlyList<int> qubits) =>
        AppendGate(new StatePreparation(amplitudes), qubits.ToArray());

    // Non-unitary operations.
    public QuantumCircuit Measure(int qubit, int clbit)
    {
        Append(new Measure(), [qubit], [clbit]);
        return this;
    }

    /// <summary>Measures qubits[i] into clbits[i].</summary>
    public QuantumCircuit Measure(IReadOnlyList<int> qubits, IReadOnlyList<int> clbits)
    {
        if (qubits.Count != clbits.Count) throw new CircuitException($"register size error: {qubits.Count} qubits, {clbits.Count} clbits");
        for (int i = 0; i < qubits.Count; i++) Measure(qubits[i], clbits[i]);
        return this;
    }

    public QuantumCircuit Reset(int qubit)
    {
        Append(new Reset(), [qubit]);
        return this;
    }

    /// <summary>A barrier on the given qubits, or on every qubit when none are given.</summary>
    public QuantumCircuit Barrier(params int[] qubits) => Barrier(qubits, null);

    public QuantumCircuit Barrier(IReadOnlyList<int> qubits, string? label)
    {
        var targets = qubits.Count == 0 ? Enumerable.Range(0, NumQubits).ToArray() : qubits.Distinct().ToArray();
        if (targets.Length == 0) return this;
        Append(new Gates.Barrier(targets.Length, label), targets);
        return this;
    }

    /// <summary>
    /// Qiskit's <c>measure_all</c>: with <paramref name="addBits"/>, adds a register <c>meas</c>,
    /// a barrier over all qubits (when <paramref name="addBarrier"/>) and measures qubit i into meas[i].
    /// Without, measures qubit i into the existing classical bit i.
    /// </summary>
    public QuantumCircuit MeasureAll(bool addBits = true, bool addBarrier = true)
    {
        var qubits = Enumerable.Range(0, NumQubits).ToArray();
        int[] clbits;
        if (addBits)
        {
            var creg = new ClassicalRegister(NumQubits, UniqueRegisterName("meas"));
            AddRegister(creg);
            clbits = creg.Clbits.Select(IndexOf).ToArray();
        }
        else
        {
            if (NumClbits < NumQubits) throw new CircuitException("The number of classical bits must be equal or greater than the number of qubits.");
            clbits = Enumerable.Range(0, NumQubits).ToArray();
        }
        if (addBarrier) Barrier();
        return Measure(qubits, clbits);
    }

    /// <summary>Qiskit's <c>measure_active</c>: measures only qubits that have operations, into a new register <c>measure</c>.</summary>
    public QuantumCircuit MeasureActive(bool addBits = true)
    {
        var active = Enumerable.Range(0, NumQubits)
            .Where(q => _data.Any(i => !i.Operation.IsDirective && i.Qubits.Contains(q))).ToArray();
        int[] clbits;
        if (addBits)
        {
            var creg = new ClassicalRegister(active.Length, UniqueRegisterName("measure"));
            AddRegister(creg);
            clbits = creg.Clbits.Select(IndexOf).ToArray();
        }
        else clbits = Enumerable.Range(0, active.Length).ToArray();
        Barrier();
        return Measure(active, clbits);
    }

    private string UniqueRegisterName(string name)
    {
        if (_qregs.All(r => r.Name != name) && _cregs.All(r => r.Name != name)) return name;
        for (int i = 0; ; i++)
        {
            string candidate = name + i;
            if (_qregs.All(r => r.Name != candidate) && _cregs.All(r => r.Name != candidate)) return candidate;
        }
    }
}
