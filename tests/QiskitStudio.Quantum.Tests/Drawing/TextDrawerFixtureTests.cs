using System.Numerics;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Gates;
using QiskitStudio.Quantum.Parameters;

namespace QiskitStudio.Quantum.Tests.Drawing;

/// <summary>Each fixture drawing (published Qiskit output) is reproduced character for character.</summary>
public class TextDrawerFixtureTests
{
    private static QuantumCircuit Regs(params Register[] registers) => new(registers);
    private static QuantumRegister Q(int n, string name = "q") => new(n, name);
    private static ClassicalRegister C(int n, string name = "c") => new(n, name);

    private static QuantumCircuit NameInstruction(int nq, int nc, int[] qubits, int[] clbits)
    {
        var qc = Regs(Q(4), C(3), C(2, "c1"));
        qc.Append(new QuantumCircuit(nq, nc, "Name").ToInstruction(), qubits, clbits);
        return qc;
    }

    /// <summary>The open-control series of Qiskit's test_open_controlled_* tests: states "0", "00", "10", "010" (and "0101").</summary>
    private static QuantumCircuit OpenControlled(Gate baseGate, int targets, bool includeFour = true)
    {
        var qc = Regs(Q(5, "qr"));
        int[] T(int start) => Enumerable.Range(start, targets).ToArray();
        qc.Append(baseGate.Control(1, ctrlState: 0), [0, .. T(1)]);
        qc.Append(baseGate.Control(2, ctrlState: 0b00), [0, 1, .. T(2)]);
        qc.Append(baseGate.Control(2, ctrlState: 0b10), [0, 1, .. T(2)]);
        qc.Append(baseGate.Control(3, ctrlState: 0b010), [0, 1, 2, .. T(3)]);
        if (includeFour) qc.Append(baseGate.Control(4, ctrlState: 0b0101), [0, 1, 4, 2, 3]);
        return qc;
    }

    private static StandardGate H() => StandardGate.Create(StandardGateKind.H);

    private static Gate Ghz(string name) => new QuantumCircuit(3, 0, name).H(0).Cx(0, 1).Cx(1, 2).ToGate();

    private static QuantumCircuit With(QuantumCircuit qc, Instruction op, params int[] qubits)
    {
        qc.Append(op, qubits);
        return qc;
    }

    /// <summary>The circuits, written as in the Python snippet next to each published drawing.</summary>
    internal static readonly Dictionary<string, Func<QuantumCircuit>> Circuits = new()
    {
        ["guide_visualize_circuits"] = () =>
        {
            var qc = new QuantumCircuit(3, 3);
            qc.X(1).H(0).H(1).H(2).Cx(0, 1);
            return qc.Measure([0, 1, 2], [0, 1, 2]);
        },
        ["text_pager"] = () =>
        {
            var qc = Regs(Q(2), C(1));
            qc.Cx(1, 0).Cx(0, 1).Measure(0, 0).Cx(1, 0).Cx(0, 1).Measure(0, 0).Cx(1, 0).Cx(0, 1);
            return qc;
        },
        ["measure_cregbundle"] = () => Regs(Q(3), C(3)).Measure([0, 1, 2], [0, 1, 2]),
        ["measure_1"] = () => Regs(Q(3), C(3)).Measure([0, 1, 2], [0, 1, 2]),
        ["measure_cregbundle_2"] = () => Regs(Q(2), C(1, "cA"), C(1, "cB")).Measure(0, 0).Measure(1, 1),
        ["measure_2"] = () => Regs(Q(2, "q1"), Q(2, "q2"), C(2, "c1"), C(2, "c2")).Measure([2, 3], [2, 3]),
        ["measure_repr"] = () => Regs(Q(1), C(1)).Measure(0, 0),
        ["swap"] = () => Regs(Q(2, "q1"), Q(2, "q2")).Swap(0, 2).Swap(1, 3),
        ["cswap"] = () => Regs(Q(3)).CSwap(0, 1, 2).CSwap(1, 0, 2).CSwap(2, 1, 0),
        ["cu3"] = () => Regs(Q(3)).Cu3(Math.PI / 2, Math.PI / 2, Math.PI / 2, 0, 1).Cu3(Math.PI / 2, Math.PI / 2, Math.PI / 2, 2, 0),
        ["crz"] = () => Regs(Q(3)).Crz(Math.PI / 2, 0, 1).Crz(Math.PI / 2, 2, 0),
        ["cry"] = () => Regs(Q(3)).Cry(Math.PI / 2, 0, 1).Cry(Math.PI / 2, 2, 0),
        ["crx"] = () => Regs(Q(3)).Crx(Math.PI / 2, 0, 1).Crx(Math.PI / 2, 2, 0),
        ["cx"] = () => Regs(Q(3)).Cx(0, 1).Cx(2, 0),
        ["cy"] = () => Regs(Q(3)).Cy(0, 1).Cy(2, 0),
        ["ch"] = () => Regs(Q(3)).Ch(0, 1).Ch(2, 0),
        ["cz"] = () => Regs(Q(3)).Cz(0, 1).Cz(2, 0),
        ["rzz"] = () => Regs(Q(3)).Rzz(0, 0, 1).Rzz(Math.PI / 2, 2, 1),
        ["cu1"] = () => Regs(Q(3)).Cu1(Math.PI / 2, 0, 1).Cu1(Math.PI / 2, 2, 0),
        ["cp"] = () => Regs(Q(3)).Cp(Math.PI / 2, 0, 1).Cp(Math.PI / 2, 2, 0),
        ["ccx"] = () => Regs(Q(3)).Ccx(0, 1, 2).Ccx(2, 0, 1).Ccx(2, 1, 0),
        ["reset"] = () => Regs(Q(2, "q1"), Q(2, "q2")).Reset(0).Reset(1).Reset(3),
        ["single_gate"] = () => Regs(Q(2, "q1"), Q(2, "q2")).H(0).H(1).H(3),
        ["id"] = () => Regs(Q(2, "q1"), Q(2, "q2")).Id(0).Id(1).Id(3),
        ["barrier"] = () => Regs(Q(2, "q1"), Q(2, "q2")).Barrier(0, 1).Barrier(3),
        ["no_barriers"] = () => Regs(Q(2, "q1"), Q(2, "q2")).H(0).H(1).Barrier(0, 1).Barrier(3).H(2).H(3),
        ["justify_left"] = () => Regs(Q(2, "q1"), C(2, "c1")).X(0).H(1).Measure(1, 1),
        ["barrier_label"] = () => Regs(Q(2)).X(0).Y(1).Barrier().Y(0).X(1).Barrier([], "End Y/X"),
        ["overlap_cx"] = () => Regs(Q(4, "q1")).Cx(0, 3).Cx(1, 2),
        ["overlap_measure"] = () => Regs(Q(2, "q1"), C(2, "c1")).Measure(0, 0).X(1),
        ["box_length"] = () => Regs(Q(3, "q1")).H(0).H(0).Rz(0.0000001, 2),
        ["spacing_2378"] = () => Regs(Q(3)).Swap(0, 1).Rz(11111, 2),
        ["label"] = () => With(new QuantumCircuit(1), StandardGate.Create(StandardGateKind.H, label: "an H gate"), 0),
        ["controlled_gate_with_label"] = () => With(new QuantumCircuit(2), StandardGate.Create(StandardGateKind.H, label: "an H gate").Control(1), 0, 1),
        ["label_on_controlled_gate"] = () => With(new QuantumCircuit(2), StandardGate.Create(StandardGateKind.H).Control(1, "a controlled H gate"), 0, 1),
        ["rzz_on_wide_layer"] = () => With(new QuantumCircuit(3).Rzz(Math.PI / 2, 0, 1), StandardGate.Create(StandardGateKind.X, label: "This is a really long long long box"), 2),
        ["cu1_on_wide_layer"] = () => With(new QuantumCircuit(3).Cu1(Math.PI / 2, 0, 1), StandardGate.Create(StandardGateKind.X, label: "This is a really long long long box"), 2),
        ["label_over_name_2286"] = () =>
        {
            var qc = Regs(Q(2)).X(0);
            qc.Append(StandardGate.Create(StandardGateKind.X, label: "alt-X"), [0]);
            qc.Append(new UnitaryGate(QiskitStudio.Quantum.Linear.Matrix.Identity(4), "iswap"), [0, 1]);
            return qc;
        },
        ["label_turns_to_box_2286"] = () => With(Regs(Q(2)).Cz(0, 1), StandardGate.Create(StandardGateKind.CZ, label: "cz label"), 0, 1),
        ["control_gate_with_base_label_4361"] = () =>
        {
            var h = StandardGate.Create(StandardGateKind.H, label: "my h");
            var ch = h.Control(1, "my ch");
            var qc = Regs(Q(2));
            qc.Append(h, [0]);
            qc.Append(ch, [0, 1]);
            qc.Append(ch, [1, 0]);
            return qc;
        },
        ["no_parameters"] = () => Regs(Q(1)).X(0),
        ["parameters_mix"] = () => Regs(Q(2)).Cu(Math.PI / 2, new Parameter("theta"), Math.PI, 0, 0, 1),
        ["bound_parameters"] = () =>
        {
            var phi = new Parameter("phi");
            var lam = new Parameter("lambda");
            var myU2 = new QuantumCircuit(1, 0, "my_u2").U(3.141592653589793, phi, lam, 0).ToGate();
            var qc = new QuantumCircuit([Q(1, "qr")], "circuit");
            qc.Append(myU2, [0]);
            return qc.AssignParameters(new Dictionary<Parameter, ParameterValue> { [phi] = 3.141592653589793, [lam] = 3.141592653589793 });
        },
        ["pi_param_expr"] = () =>
        {
            Parameter x = new("x"), y = new("y");
            return new QuantumCircuit(1).Rx((Math.PI - x) * (Math.PI - y), 0);
        },
        ["utf8"] = () => new QuantumCircuit(1).U(0, new Parameter("φ"), new Parameter("λ"), 0),
        ["ndarray_parameters"] = () => Regs(Q(1)).Unitary([0, 1, 1, 0], [0]),
        ["barrier_med_compress_1"] = () => new QuantumCircuit(4).Cx(1, 3).X(1).Barrier([2, 3], "Bar 1"),
        ["barrier_med_compress_2"] = () => new QuantumCircuit(4).Barrier([0, 1, 2], "a").Cx(1, 3).X(1).Barrier([2, 3], "Bar 1"),
        ["pifrac"] = () => Regs(Q(1)).U(Math.PI, -5 * Math.PI / 8, 0, 0),
        ["complex"] = () => new QuantumCircuit(2).Initialize([new Complex(0.5, 0.1), 0, 0, new Complex(0, 0.8602325267042626)], [0, 1]),
        ["complex_pireal"] = () => new QuantumCircuit(2).Initialize([0.1 * Math.PI, 0, 0, new Complex(0, 0.9493702944526474)], [0, 1]),
        ["complex_piimaginary"] = () => new QuantumCircuit(2).Initialize([0.9493702944526474, 0, 0, new Complex(0, 0.1 * Math.PI)], [0, 1]),
        ["all_1q_1c"] = () =>
        {
            var qr = Q(1, "qr");
            var cr = C(1, "cr");
            var inst = new QuantumCircuit([qr, cr], "name").ToInstruction();
            var qc = Regs(qr, cr);
            qc.Append(inst, [0], [0]);
            return qc;
        },
        ["all_2q_2c"] = () =>
        {
            var qr = Q(2, "qr");
            var cr = C(2, "cr");
            var inst = new QuantumCircuit([qr, cr], "name").ToInstruction();
            var qc = Regs(qr, cr);
            qc.Append(inst, [0, 1], [0, 1]);
            return qc;
        },
        ["4q_2c"] = () =>
        {
            var inst = new QuantumCircuit([new QuantumRegister(4), new ClassicalRegister(2)], "name").ToInstruction();
            var qc = Regs(Q(6), C(6));
            qc.Append(inst, [1, 2, 3, 4], [1, 2]);
            return qc;
        },
        ["cch_mid"] = () => With(Regs(Q(3)), H().Control(2), 0, 2, 1),
        ["cch_top"] = () => With(Regs(Q(3)), H().Control(2), 2, 1, 0),
        ["c3h"] = () => With(Regs(Q(4)), H().Control(3), 0, 1, 2, 3),
        ["c3h_middle"] = () => With(Regs(Q(4)), H().Control(3), 0, 3, 2, 1),
        ["c3u2"] = () => With(Regs(Q(4)), StandardGate.Create(StandardGateKind.U2, Math.PI, -5 * Math.PI / 8).Control(3), 0, 3, 2, 1),
        ["controlled_composite_edge"] = () => With(new QuantumCircuit(4), Ghz("ghz").Control(1), 1, 0, 2, 3),
        ["controlled_composite_top"] = () => With(new QuantumCircuit(4), Ghz("ghz").Control(1), 0, 1, 3, 2),
        ["controlled_composite_bot"] = () => With(new QuantumCircuit(4), Ghz("ghz").Control(1), 3, 1, 0, 2),
        ["controlled_composite_top_bot"] = () => With(new QuantumCircuit(5), Ghz("ghz").Control(2), 4, 0, 1, 2, 3),
        ["controlled_composite_all"] = () => With(new QuantumCircuit(6), Ghz("ghz").Control(3), 0, 2, 5, 1, 3, 4),
        ["controlled_composite_even_label"] = () => With(new QuantumCircuit(5), Ghz("cghz").Control(2), 4, 0, 1, 2, 3),
        ["open_ch_bot"] = () => With(Regs(Q(2)), H().Control(1, ctrlState: 0), 0, 1),
        ["open_cz_bot"] = () => With(Regs(Q(2)), StandardGate.Create(StandardGateKind.Z).Control(1, ctrlState: 0), 0, 1),
        ["open_ccz_bot"] = () => With(Regs(Q(3)), StandardGate.Create(StandardGateKind.Z).Control(2, ctrlState: 0b01), 0, 1, 2),
        ["open_cch_bot"] = () => With(Regs(Q(3)), H().Control(2, ctrlState: 0b10), 0, 1, 2),
        ["open_cch_mid"] = () => With(Regs(Q(3)), H().Control(2, ctrlState: 0b10), 0, 2, 1),
        ["open_cch_top"] = () => With(Regs(Q(3)), H().Control(2, ctrlState: 0b10), 1, 2, 0),
        ["open_c3h"] = () => With(Regs(Q(4)), H().Control(3, ctrlState: 0b100), 0, 1, 2, 3),
        ["open_c3h_middle"] = () => With(Regs(Q(4)), H().Control(3, ctrlState: 0b010), 0, 3, 2, 1),
        ["open_c3u2"] = () => With(Regs(Q(4)), StandardGate.Create(StandardGateKind.U2, Math.PI, -5 * Math.PI / 8).Control(3, ctrlState: 0b100), 0, 3, 2, 1),
        ["open_controlled_composite_edge"] = () => With(new QuantumCircuit(4), Ghz("ghz").Control(1, ctrlState: 0), 1, 0, 2, 3),
        ["3q_3c_qlabels_inverted"] = () => NameInstruction(3, 3, [3, 0, 1], [0, 1, 3]),
        ["3q_3c_clabels_inverted"] = () => NameInstruction(3, 3, [0, 1, 3], [4, 0, 3]),
        ["3q_3c_qclabels_inverted"] = () => NameInstruction(3, 3, [3, 1, 2], [4, 0, 3]),
        ["11q"] = () =>
        {
            var qc = Regs(Q(11));
            qc.Append(new QuantumCircuit(11, 0, "Name").ToInstruction(), Enumerable.Range(0, 11).ToArray());
            return qc;
        },
        ["phase_bell"] = () => new QuantumCircuit(2) { GlobalPhase = 3.141592653589793 / 2 }.H(0).Cx(0, 1),
        ["phase_empty"] = () => new QuantumCircuit(2) { GlobalPhase = 3 },
        ["phase_empty_noregs"] = () => new QuantumCircuit { GlobalPhase = 4.21 },
        ["registerless_one_bit"] = () =>
        {
            var qc = new QuantumCircuit();
            qc.AddRegister(Q(2, "qrx"));
            qc.AddBits([new Qubit(), new Qubit()]);
            qc.AddRegister(Q(1, "qry"));
            qc.AddBits([new Clbit(), new Clbit()]);
            qc.AddRegister(C(2, "crx"));
            return qc;
        },
        ["initial_value_default"] = () => Regs(Q(2), C(2)).Measure([0, 1], [0, 1]),
        ["initial_value_false"] = () => Regs(Q(2), C(2)).Measure([0, 1], [0, 1]),
        ["reference_utf8"] = () =>
        {
            double pi = Math.PI;
            var qc = Regs(Q(3), C(3));
            qc.X(0).Y(0).Z(0).Barrier(0).Barrier(1).Barrier(2).H(0).S(0).Sdg(0).T(0).Tdg(0).SX(0).SXdg(0).Id(0).Reset(0)
              .Rx(pi, 0).Ry(pi, 0).Rz(pi, 0).U1(pi, 0).U2(pi, pi, 0).U3(pi, pi, pi, 0)
              .Swap(0, 1).Cx(0, 1).Cy(0, 1).Cz(0, 1).Ch(0, 1).Cu1(pi, 0, 1).Cu3(pi, pi, pi, 0, 1)
              .Crz(pi, 0, 1).Cry(pi, 0, 1).Crx(pi, 0, 1).Ccx(0, 1, 2).CSwap(0, 1, 2);
            return qc.Measure([0, 1, 2], [0, 1, 2]);
        },
        ["open_controlled_z"] = () => OpenControlled(StandardGate.Create(StandardGateKind.Z), 1),
        ["open_controlled_u1"] = () =>
        {
            var qc = Regs(Q(5, "qr"));
            qc.Append(StandardGate.Create(StandardGateKind.U1, 0.1).Control(1, ctrlState: 0), [0, 1]);
            qc.Append(StandardGate.Create(StandardGateKind.U1, 0.2).Control(2, ctrlState: 0b00), [0, 1, 2]);
            qc.Append(StandardGate.Create(StandardGateKind.U1, 0.3).Control(2, ctrlState: 0b10), [0, 1, 2]);
            qc.Append(StandardGate.Create(StandardGateKind.U1, 0.4).Control(3, ctrlState: 0b010), [0, 1, 2, 3]);
            qc.Append(StandardGate.Create(StandardGateKind.U1, 0.5).Control(4, ctrlState: 0b0101), [0, 1, 4, 2, 3]);
            return qc;
        },
        ["open_controlled_swap"] = () => OpenControlled(StandardGate.Create(StandardGateKind.Swap), 2, includeFour: false),
        ["open_controlled_rzz"] = () => OpenControlled(StandardGate.Create(StandardGateKind.RZZ, 1), 2, includeFour: false),
        ["open_out_of_order"] = () => With(Regs(Q(5)), StandardGate.Create(StandardGateKind.X).Control(3, ctrlState: 0b101), 0, 3, 1, 2),
        ["measure_1_reverse_bits"] = () => Regs(Q(3), C(3)).Measure([0, 1, 2], [0, 1, 2]),
        ["measure_2_reverse_bits"] = () => Regs(Q(2, "q1"), Q(2, "q2"), C(2, "c1"), C(2, "c2")).Measure([2, 3], [2, 3]),
        ["swap_reverse_bits"] = () => Regs(Q(2, "q1"), Q(2, "q2")).Swap(0, 2).Swap(1, 3),
        ["cswap_reverse_bits"] = () => Regs(Q(3)).CSwap(0, 1, 2).CSwap(1, 0, 2).CSwap(2, 1, 0),
        ["cu3_reverse_bits"] = () => Regs(Q(3)).Cu3(Math.PI / 2, Math.PI / 2, Math.PI / 2, 0, 1).Cu3(Math.PI / 2, Math.PI / 2, Math.PI / 2, 2, 0),
        ["cu1_reverse_bits"] = () => Regs(Q(3)).Cu1(Math.PI / 2, 0, 1).Cu1(Math.PI / 2, 2, 0),
        ["barrier_label_reversed_bits"] = () => Regs(Q(3)).X(0).Y(1).Barrier().Y(1).X(2).Barrier([1, 2], "End Y/X"),
        ["2Qgate"] = () => With(Regs(Q(2)), new Gate("twoQ", 2, null, "twoQ"), 0, 1),
        ["2Qgate_cross_wires"] = () => With(Regs(Q(2)), new Gate("twoQ", 2, null, "twoQ"), 1, 0),
        ["3Qgate_cross_wires"] = () => With(Regs(Q(3)), new Gate("threeQ", 3, null, "threeQ"), 1, 2, 0),
        ["2Qgate_nottogether"] = () => With(Regs(Q(3)), new Gate("twoQ", 2, null, "twoQ"), 0, 2),
        ["2Qgate_nottogether_across_4"] = () => With(Regs(Q(4)), new Gate("twoQ", 2, null, "twoQ"), 0, 3),
        ["sampler_parameterized_measure_all"] = () => new QuantumCircuit(2).Ry(new Parameter("θ"), 0).Cx(0, 1).MeasureAll(),
        ["iqm_conditional_measure_all"] = () =>
        {
            var cr = C(1);
            var qc = Regs(Q(2), cr);
            qc.H(0).Measure(0, 0);
            qc.Append(StandardGate.Create(StandardGateKind.X), [1], null, qc.Condition(cr, 1));
            return qc.MeasureAll();
        },
        ["iqm_reset"] = () => new QuantumCircuit(1, 1).H(0).Reset(0).Measure(0, 0),
        ["justify_right"] = () => Regs(Q(2, "q1"), C(2, "c1")).X(0).H(1).Measure(1, 1),
        ["justify_right_barrier"] = () => Regs(Q(2, "q1")).H(0).Barrier(0, 1).H(1),
        ["justify_right_measure_resize"] = () => Regs(Q(2, "q1"), C(2, "c1")).X(0).Measure(1, 1),
        ["vertical_compression_low_justify_right"] = () => Regs(Q(2, "q1"), C(2, "c1")).X(0).H(1).Measure(1, 1),
        ["justify_left_barrier"] = () => Regs(Q(2, "q1")).H(0).Barrier(0, 1).H(1),
    };

    public static TheoryData<string> FixtureNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in DrawingFixture.Names()) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void DrawingMatchesQiskit(string name)
    {
        var fixture = DrawingFixture.Load(name);
        Assert.False(string.IsNullOrWhiteSpace(fixture.Source));
        Assert.True(Circuits.TryGetValue(name, out var build), $"No circuit for fixture '{name}'.");
        var drawing = build!().Draw(fixture.Options);
        Assert.Equal(fixture.Normalise(fixture.Expected), fixture.Normalise(drawing));
    }

    [Fact]
    public void EveryCircuitHasAFixture()
    {
        var names = DrawingFixture.Names().ToHashSet();
        Assert.All(Circuits.Keys, k => Assert.Contains(k, names));
    }
}
