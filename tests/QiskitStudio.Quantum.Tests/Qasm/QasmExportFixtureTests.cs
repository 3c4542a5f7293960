using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Gates;
using QiskitStudio.Quantum.Parameters;
using QiskitStudio.Quantum.Qasm;

namespace QiskitStudio.Quantum.Tests.Qasm;

/// <summary>Exports compared with Qiskit's published expected OpenQASM (Qasm/Fixtures).</summary>
public class QasmExportFixtureTests
{
    private static string Load(string name, out string source)
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Qasm", "Fixtures", name + ".txt")).Replace("\r\n", "\n");
        int sep = text.IndexOf("\n----\n", StringComparison.Ordinal);
        source = text[..sep];
        return text[(sep + 6)..];
    }

    private static QuantumCircuit CompositeMain(bool twice)
    {
        var composite = new QuantumCircuit([new QuantumRegister(2)], "composite_circ");
        composite.H(0).X(1).Cx(0, 1);
        var gate = composite.ToGate();
        var qc = new QuantumCircuit(new QuantumRegister(2, "qr"), new ClassicalRegister(2, "cr"));
        qc.H(0).Cx(0, 1).Barrier();
        qc.Append(gate, [0, 1]);
        if (twice) qc.Append(gate, [0, 1]);
        return qc.Measure([0, 1], [0, 1]);
    }

    private static QuantumCircuit SameNameComposites()
    {
        var g1 = new QuantumCircuit(1, 0, "my_gate").H(0).ToGate();
        var g2 = new QuantumCircuit(1, 0, "my_gate").X(0).ToGate();
        var g3 = new QuantumCircuit(1, 0, "my_gate").X(0).ToGate();
        var qc = new QuantumCircuit([new QuantumRegister(1, "qr")], "circuit");
        qc.Append(g1, [0]);
        qc.Append(g2, [0]);
        qc.Append(g3, [0]);
        return qc;
    }

    internal static readonly Dictionary<string, Func<QuantumCircuit>> Circuits = new()
    {
        ["qasm2_basic_output"] = () =>
        {
            var qc = new QuantumCircuit(new QuantumRegister(1, "qr1"), new QuantumRegister(2, "qr2"), new ClassicalRegister(3, "cr"));
            qc.P(0.3, 0).U(0.3, 0.2, 0.1, 2).S(2).Sdg(2).Cx(0, 2).Barrier(1, 2).Cx(2, 0).H(2).Barrier(0, 1, 2);
            return qc.Measure(0, 0).Measure(1, 1).Measure(2, 2);
        },
        ["qasm2_composite_circuit"] = () => CompositeMain(false),
        ["qasm2_multiple_same_composite"] = () => CompositeMain(true),
        ["qasm2_nested_composite"] = () =>
        {
            var child = new QuantumCircuit(2, 0, "child_circ").H(0).Cx(0, 1);
            var parent = new QuantumCircuit(3, 0, "parent_circ");
            parent.Append(child.ToInstruction(), [0, 1]);
            parent.H(2);
            var grandparent = new QuantumCircuit(4, 0, "grandparent_circ");
            grandparent.Append(parent.ToInstruction(), [0, 1, 2]);
            grandparent.X(3);
            var qc = new QuantumCircuit(4);
            qc.Append(grandparent.ToInstruction(), [0, 1, 2, 3]);
            return qc;
        },
        ["qasm2_ccz"] = () => new QuantumCircuit(3).Ccz(0, 1, 2),
        ["qasm2_cs"] = () => new QuantumCircuit(2).Cs(0, 1),
        ["qasm2_csdg"] = () => new QuantumCircuit(2).Csdg(0, 1),
        ["qasm2_rzx"] = () => new QuantumCircuit(2).Rzx(0, 0, 1).Rzx(Math.PI / 2, 1, 0),
        ["qasm2_ecr"] = () => new QuantumCircuit(2).Ecr(0, 1).Ecr(1, 0),
        ["qasm2_unitary_identity"] = () => new QuantumCircuit(1).Unitary([1, 0, 0, 1], [0]),
        ["qasm2_c3sx"] = () => new QuantumCircuit(4).Gate(StandardGateKind.C3SX, [], 0, 1, 2, 3),
        ["qasm2_mcx"] = () => new QuantumCircuit(4).Mcx([0, 1, 2], 3),
        ["qasm3_composite_circuit"] = () => CompositeMain(false),
        ["qasm3_same_composite"] = () => CompositeMain(true),
        ["qasm3_composites_same_name"] = SameNameComposites,
        ["qasm3_pi_constants"] = () => new QuantumCircuit(2).U(2 * Math.PI, 3 * Math.PI, -5 * Math.PI, 0),
        ["qasm3_custom_gate_unbound_parameter"] = () =>
        {
            var a = new Parameter("a");
            var custom = new QuantumCircuit(1, 0, "custom").Rx(a, 0);
            var qc = new QuantumCircuit(1);
            qc.Append(custom.ToGate(), [0]);
            return qc;
        },
        ["qasm3_custom_gate_bound_parameter"] = () =>
        {
            var a = new Parameter("a");
            var custom = new QuantumCircuit(1, 0, "custom").Rx(a, 0);
            var qc = new QuantumCircuit(1);
            qc.Append(custom.AssignParameters(new Dictionary<Parameter, ParameterValue> { [a] = 0.5 }).ToGate(), [0]);
            return qc;
        },
        ["qasm3_custom_gate_params_bound_in_main"] = () =>
        {
            var p0 = new Parameter("p0");
            var p1 = new Parameter("p1");
            var custom = new QuantumCircuit(2, 0, "custom").Rz(p0, 0).Rz(p1 / 2, 1);
            var qc = new QuantumCircuit(new QuantumRegister(3, "q"), new QuantumRegister(3, "r"));
            qc.Append(custom.ToGate(), [0, 3]);
            qc.AssignParameters(new Dictionary<Parameter, ParameterValue> { [p0] = Math.PI, [p1] = Math.PI / 2 }, inplace: true);
            return qc;
        },
        ["qasm3_open_control"] = () => new QuantumCircuit(2).Ch(0, 1, ctrlState: 0),
        ["qasm3_custom_gate_named_like_stdlib"] = () =>
        {
            var qc = new QuantumCircuit(2);
            qc.Append(new QuantumCircuit(2, 0, "cx").Cx(0, 1).ToGate(), [0, 1]);
            return qc;
        },
        ["qasm3_loose_qubits"] = () =>
        {
            var qc = new QuantumCircuit();
            qc.AddBits([new Qubit(), new Qubit()]);
            qc.AddRegister(new QuantumRegister(2, "qr"));
            qc.AddRegister(new ClassicalRegister(2, "cr"));
            return qc.H(0).H(1).H(2).H(3);
        },
        ["qasm3_unbound_circuit"] = () => new QuantumCircuit(1).Rz(new Parameter("θ"), 0),
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in Circuits.Keys) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ExportMatchesQiskit(string name)
    {
        string expected = Load(name, out string source);
        Assert.Contains("source:", source);
        var qc = Circuits[name]();
        string actual = name.StartsWith("qasm2", StringComparison.Ordinal) ? Qasm2Exporter.Dumps(qc) : Qasm3Exporter.Dumps(qc);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void EveryFixtureHasACircuit()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Qasm", "Fixtures"), "*.txt").Select(Path.GetFileNameWithoutExtension);
        Assert.All(files, f => Assert.True(Circuits.ContainsKey(f!), f));
    }
}
