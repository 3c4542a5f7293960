using QiskitStudio.Python.Runtime;
using QiskitStudio.Qiskit.Circuit;
using QiskitStudio.Qiskit.Interop;
using QiskitStudio.Qiskit.QuantumInfo;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Gates;

namespace QiskitStudio.Qiskit.Library;

/// <summary>
/// The circuits of <c>qiskit.circuit.library</c>. The class-style names (<c>QFT</c>, <c>RealAmplitudes</c>,
/// <c>TwoLocal</c>…) give a circuit holding one gate defined by the construction, as Qiskit draws
/// them; the Qiskit 2.x functions (<c>real_amplitudes</c>, <c>zz_feature_map</c>…) give the flat circuit.
/// </summary>
internal static class CircuitLibrary
{
    public static void Populate(PyModule m)
    {
        Both(m, "TwoLocal", "n_local", TwoLocal);
        Both(m, "RealAmplitudes", "real_amplitudes", RealAmplitudes);
        Both(m, "EfficientSU2", "efficient_su2", EfficientSU2);
        Both(m, "ZZFeatureMap", "zz_feature_map", (args, kw, name) => FeatureMap(args, kw, name ?? "ZZFeatureMap", ["Z", "ZZ"]));
        Both(m, "ZFeatureMap", "z_feature_map", (args, kw, name) => FeatureMap(args, kw, name ?? "ZFeatureMap", ["Z"]));
        Both(m, "PauliFeatureMap", "pauli_feature_map", (args, kw, name) => FeatureMap(args, kw, name ?? "PauliFeatureMap", null));
        Both(m, "QAOAAnsatz", "qaoa_ansatz", Qaoa);
        Both(m, "GroverOperator", "grover_operator", Grover);
        m.Add("QFT", Function("QFT", (args, kw) => Wrap(Qft(args, kw))));
        m.Add("QFTGate", Function("QFTGate", (args, kw) =>
        {
            var a = new ArgReader("QFTGate", args, kw, ["num_qubits"]);
            var definition = LibraryCircuits.Qft((int)a.GetLong(0, 1));
            return PyInstruction.Wrap(new Gate("qft", definition.NumQubits, [], null, definition));
        }));
        m.Add("PauliEvolutionGate", Function("PauliEvolutionGate", PauliEvolutionGate));
        m.Add("UnitaryGate", Function("UnitaryGate", (args, kw) =>
        {
            var a = new ArgReader("UnitaryGate", args, kw, ["data", "label", "check_input", "num_qubits"], required: 1);
            var data = a.Required(0);
            var matrix = PyOperator.From(data) ?? throw PyExc.TypeError($"UnitaryGate expects a matrix, not '{data.Type.Name}'");
            return PyInstruction.Wrap(new UnitaryGate(matrix.Matrix, a.GetStringOrNone(1), a.GetBool(2, true)));
        }));
    }

    private delegate QuantumCircuit Builder(ReadOnlySpan<PyObject> args, KeywordArguments? kw, string? defaultName);

    private static PyBuiltinFunction Function(string name, BuiltinFunctionBody body) =>
        new(name, QiskitExceptions.Guard(body)) { ModuleName = "qiskit.circuit.library" };

    private static void Both(PyModule m, string className, string functionName, Builder build)
    {
        m.Add(className, Function(className, (args, kw) => Wrap(build(args, kw, null))));
        m.Add(functionName, Function(functionName, (args, kw) => new PyQuantumCircuit(build(args, kw, null))));
    }

    /// <summary>A circuit of one gate defined by <paramref name="flat"/>, named like it.</summary>
    private static PyQuantumCircuit Wrap(QuantumCircuit flat)
    {
        var outer = new QuantumCircuit(flat.NumQubits, 0, flat.Name);
        outer.Append(flat.ToGate(), Enumerable.Range(0, flat.NumQubits).ToArray());
        return new PyQuantumCircuit(outer);
    }

    private static QuantumCircuit Qft(ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var a = new ArgReader("QFT", args, kw, ["num_qubits", "approximation_degree", "do_swaps", "inverse", "insert_barriers", "name"], required: 1);
        bool inverse = a.GetBool(3, false);
        return LibraryCircuits.Qft((int)a.GetLong(0, 1), (int)a.GetLong(1, 0), a.GetBool(2, true), inverse, a.GetBool(4, false),
            a.GetStringOrNone(5) ?? (inverse ? "IQFT" : "QFT"));
    }

    private static readonly string[] s_nLocalNames =
        ["num_qubits", "rotation_blocks", "entanglement_blocks", "entanglement", "reps", "skip_unentangled_qubits",
         "skip_final_rotation_layer", "parameter_prefix", "insert_barriers", "initial_state", "name", "flatten"];

    private static QuantumCircuit TwoLocal(ReadOnlySpan<PyObject> args, KeywordArguments? kw, string? defaultName)
    {
        var a = new ArgReader("TwoLocal", args, kw, s_nLocalNames, required: 1);
        return NLocal(a.Required(0), Blocks(a.Optional(1)), Blocks(a.Optional(2)), a.Optional(3), (int)a.GetLong(4, 3),
            a.GetBool(6, false), a.GetStringOrNone(7) ?? "θ", a.GetBool(8, false), a.Optional(9), a.GetStringOrNone(10) ?? defaultName ?? "TwoLocal", "full");
    }

    private static QuantumCircuit RealAmplitudes(ReadOnlySpan<PyObject> args, KeywordArguments? kw, string? defaultName)
    {
        var a = new ArgReader("RealAmplitudes", args, kw,
            ["num_qubits", "entanglement", "reps", "skip_unentangled_qubits", "skip_final_rotation_layer", "parameter_prefix",
             "insert_barriers", "initial_state", "name", "flatten"], required: 1);
        return NLocal(a.Required(0), ["ry"], ["cx"], a.Optional(1), (int)a.GetLong(2, 3), a.GetBool(4, false),
            a.GetStringOrNone(5) ?? "θ", a.GetBool(6, false), a.Optional(7), a.GetStringOrNone(8) ?? defaultName ?? "RealAmplitudes", "reverse_linear");
    }

    private static QuantumCircuit EfficientSU2(ReadOnlySpan<PyObject> args, KeywordArguments? kw, string? defaultName)
    {
        var a = new ArgReader("EfficientSU2", args, kw,
            ["num_qubits", "su2_gates", "entanglement", "reps", "skip_unentangled_qubits", "skip_final_rotation_layer",
             "parameter_prefix", "insert_barriers", "initial_state", "name", "flatten"], required: 1);
        var gates = a.Optional(1) is { } g and not PyNone ? Blocks(g) : ["ry", "rz"];
        return NLocal(a.Required(0), gates, ["cx"], a.Optional(2), (int)a.GetLong(3, 3), a.GetBool(5, false),
            a.GetStringOrNone(6) ?? "θ", a.GetBool(7, false), a.Optional(8), a.GetStringOrNone(9) ?? defaultName ?? "EfficientSU2", "reverse_linear");
    }

    private static QuantumCircuit NLocal(PyObject numQubitsArg, IReadOnlyList<string> rotation, IReadOnlyList<string> entangling,
        PyObject? entanglement, int reps, bool skipFinal, string prefix, bool barriers, PyObject? initialState, string name, string defaultEntanglement)
    {
        int n = (int)PyConvert.ToLong(numQubitsArg);
        Func<int, IReadOnlyList<(int, int)>> map = entanglement switch
        {
            null or PyNone => r => LibraryCircuits.EntanglerMap(defaultEntanglement, n, r),
            PyStr s => r => LibraryCircuits.EntanglerMap(s.Value, n, r),
            _ => Pairs(entanglement),
        };
        var flat = LibraryCircuits.TwoLocal(n, rotation, entangling, map, reps, skipFinal, barriers, prefix, name);
        if (initialState is PyQuantumCircuit init)
        {
            var withInit = init.Circuit.Compose(flat);
            withInit.Name = name;
            return withInit;
        }
        return flat;
    }

    private static Func<int, IReadOnlyList<(int, int)>> Pairs(PyObject value)
    {
        var pairs = PyOps.ToArray(value).Select(p =>
        {
            var items = PyOps.ToArray(p);
            if (items.Length != 2) throw PyExc.ValueError("Only two-qubit entanglement pairs are supported by the embedded engine.");
            return (PyConvert.ToInt32(items[0]), PyConvert.ToInt32(items[1]));
        }).ToArray();
        return _ => pairs;
    }

    /// <summary>Block names from a string, a gate class, or a list of them.</summary>
    private static string[] Blocks(PyObject? value) => value switch
    {
        null or PyNone => [],
        PyStr s => [s.Value],
        PyType t => [GateName(t)],
        PyInstruction i => [i.Operation.Name],
        _ => PyOps.ToArray(value).SelectMany(Blocks).ToArray(),
    };

    private static string GateName(PyType type)
    {
        string name = type.Name.EndsWith("Gate", StringComparison.Ordinal) ? type.Name[..^4] : type.Name;
        return name switch
        {
            "Phase" => "p",
            "CPhase" => "cp",
            _ => name.ToLowerInvariant(),
        };
    }

    private static QuantumCircuit FeatureMap(ReadOnlySpan<PyObject> args, KeywordArguments? kw, string name, string[]? fixedPaulis)
    {
        var a = new ArgReader(name, args, kw,
            ["feature_dimension", "reps", "entanglement", "alpha", "paulis", "data_map_func", "parameter_prefix", "insert_barriers", "name"], required: 1);
        var paulis = fixedPaulis ?? (a.Optional(4) is { } p and not PyNone ? PyOps.ToArray(p).Select(x => PyConvert.ToStr(x)).ToArray() : ["Z", "ZZ"]);
        return LibraryCircuits.PauliFeatureMap((int)a.GetLong(0, 1), (int)a.GetLong(1, 2), a.Optional(2) is PyStr e ? e.Value : "full",
            paulis, a.GetDouble(3, 2.0), a.GetStringOrNone(6) ?? "x", a.GetBool(7, false), a.GetStringOrNone(8) ?? name);
    }

    private static QuantumCircuit Qaoa(ReadOnlySpan<PyObject> args, KeywordArguments? kw, string? defaultName)
    {
        var a = new ArgReader("QAOAAnsatz", args, kw, ["cost_operator", "reps", "initial_state", "mixer_operator", "name", "flatten"], required: 1);
        var cost = PySparsePauliOp.ToOperator(a.Required(0)) ?? throw PyExc.TypeError("cost_operator must be a SparsePauliOp");
        if (a.Optional(3) is { } mixer and not PyNone)
            throw PyExc.NotImplementedError("a custom mixer_operator is not supported by the embedded engine");
        var initial = a.Optional(2) is PyQuantumCircuit c ? c.Circuit : null;
        return LibraryCircuits.QaoaAnsatz(cost.Terms, (int)a.GetLong(1, 1), initial, a.GetStringOrNone(4) ?? defaultName ?? "QAOA");
    }

    private static QuantumCircuit Grover(ReadOnlySpan<PyObject> args, KeywordArguments? kw, string? defaultName)
    {
        var a = new ArgReader("GroverOperator", args, kw,
            ["oracle", "state_preparation", "zero_reflection", "reflection_qubits", "insert_barriers", "mcx_mode", "name"], required: 1);
        var oracle = a.Required(0) switch
        {
            PyQuantumCircuit c => c.Circuit,
            var v => throw PyExc.TypeError($"the oracle must be a QuantumCircuit in the embedded engine, not '{v.Type.Name}'"),
        };
        var preparation = a.Optional(1) is PyQuantumCircuit p ? p.Circuit : null;
        return LibraryCircuits.GroverOperator(oracle, preparation, a.GetBool(4, false), a.GetStringOrNone(6) ?? defaultName ?? "Q");
    }

    private static PyObject PauliEvolutionGate(ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var a = new ArgReader("PauliEvolutionGate", args, kw, ["operator", "time", "label", "synthesis"], required: 1);
        var op = PySparsePauliOp.ToOperator(a.Required(0)) ?? throw PyExc.TypeError("operator must be a SparsePauliOp or Pauli");
        var time = a.Optional(1) is { } t and not PyNone ? PyParameterExpression.ToValue(t, "time") : 1.0;
        var definition = LibraryCircuits.PauliEvolution(op.Terms, time);
        var free = definition.Parameters;
        var parameters = time.IsSymbolic ? free.Select(p => (Quantum.Parameters.ParameterValue)p).ToArray() : [time];
        return PyInstruction.Wrap(new Gate("PauliEvolution", definition.NumQubits, parameters, a.GetStringOrNone(2), definition,
            time.IsSymbolic ? free : []));
    }
}
