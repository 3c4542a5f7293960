using System.Text;
using System.Text.RegularExpressions;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Gates;
using QiskitStudio.Quantum.Parameters;

namespace QiskitStudio.Quantum.Qasm;

/// <summary>
/// Writes a circuit as OpenQASM 2.0 the way Qiskit's <c>qasm2.dumps</c> does: header, gate
/// definitions for everything outside qelib1.inc, register declarations, then one statement per
/// instruction (<c>cx q[0],q[1];</c>, <c>measure q[0] -> c[0];</c>, <c>if(c==1) x q[0];</c>).
/// </summary>
public static partial class Qasm2Exporter
{
    private static readonly HashSet<string> QelibGates =
    [
        "barrier", "measure", "reset", "u3", "u2", "u1", "cx", "id", "u0", "u", "p", "x", "y", "z", "h", "s", "sdg",
        "t", "tdg", "rx", "ry", "rz", "sx", "sxdg", "cz", "cy", "swap", "ch", "ccx", "cswap", "crx", "cry", "crz",
        "cu1", "cp", "cu3", "csx", "cu", "rxx", "rzz", "rccx", "rc3x", "c3x", "c3sx", "c4x",
    ];

    private static readonly HashSet<string> Reserved =
        ["OPENQASM", "qreg", "creg", "include", "gate", "opaque", "U", "CX", "measure", "reset", "if", "barrier"];

    /// <summary>Standard gates whose definition is written with generic parameters param0, param1, ….</summary>
    private static readonly HashSet<StandardGateKind> GenericallyDefined =
    [
        StandardGateKind.P, StandardGateKind.R, StandardGateKind.RX, StandardGateKind.RXX, StandardGateKind.RY,
        StandardGateKind.RYY, StandardGateKind.RZ, StandardGateKind.RZX, StandardGateKind.RZZ, StandardGateKind.XXMinusYY,
        StandardGateKind.XXPlusYY, StandardGateKind.U, StandardGateKind.U1, StandardGateKind.U2, StandardGateKind.U3,
    ];

    public static string Dumps(QuantumCircuit circuit)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        if (circuit.NumParameters > 0) throw new QasmException("Cannot represent circuits with unbound parameters in OpenQASM 2.");
        var state = new ExportState();

        // Registers (plus dummy registers for bits outside any register).
        var registers = new List<(string Name, bool Quantum, int[] Bits)>();
        var used = new HashSet<string>();
        void AddRegister(string name, bool quantum, int[] bits)
        {
            string escaped = MakeUnique(Escape(name, "reg_"), used);
            used.Add(escaped);
            registers.Add((escaped, quantum, bits));
        }
        foreach (var r in circuit.QuantumRegisters) AddRegister(r.Name, true, r.Qubits.Select(circuit.IndexOf).ToArray());
        foreach (var r in circuit.ClassicalRegisters) AddRegister(r.Name, false, r.Clbits.Select(circuit.IndexOf).ToArray());
        var loneQubits = Enumerable.Range(0, circuit.NumQubits).Where(q => circuit.FindBit(circuit.Qubits[q]).Registers.Count == 0).ToArray();
        var loneClbits = Enumerable.Range(0, circuit.NumClbits).Where(c => circuit.FindBit(circuit.Clbits[c]).Registers.Count == 0).ToArray();
        if (loneQubits.Length > 0) AddRegister("qregless", true, loneQubits);
        if (loneClbits.Length > 0) AddRegister("cregless", false, loneClbits);

        var qubitLabels = new string[circuit.NumQubits];
        var clbitLabels = new string[circuit.NumClbits];
        foreach (var (name, quantum, bits) in registers)
            for (int i = 0; i < bits.Length; i++)
                (quantum ? qubitLabels : clbitLabels)[bits[i]] = $"{name}[{i}]";
        var registerNames = circuit.ClassicalRegisters.Zip(registers.Where(r => !r.Quantum)).ToDictionary(p => p.First, p => p.Second.Name);

        var calls = new List<string>();
        foreach (var inst in circuit.Data)
        {
            string statement = inst.Operation switch
            {
                Measure => $"measure {qubitLabels[inst.Qubits[0]]} -> {clbitLabels[inst.Clbits[0]]};",
                Reset => $"reset {qubitLabels[inst.Qubits[0]]};",
                Gates.Barrier => $"barrier {string.Join(",", inst.Qubits.Select(q => qubitLabels[q]))};",
                _ => OperationStatement(inst, state, q => qubitLabels[q], c => clbitLabels[c]),
            };
            if (inst.Condition is { } condition)
            {
                if (condition.Register is null || !registerNames.TryGetValue(condition.Register, out var reg))
                    throw new QasmException("OpenQASM 2 can only condition on registers.");
                statement = $"if({reg}=={condition.Value}) " + statement;
            }
            calls.Add(statement);
        }

        var parts = new List<string> { "OPENQASM 2.0;", "include \"qelib1.inc\";" };
        if (state.Definitions.Count > 0) parts.Add(string.Join("\n", state.Definitions.Select(d => d.Text)));
        if (registers.Count > 0)
            parts.Add(string.Join("\n", registers.Select(r => $"{(r.Quantum ? "qreg" : "creg")} {r.Name}[{r.Bits.Length}];")));
        if (calls.Count > 0) parts.Add(string.Join("\n", calls));
        return string.Join("\n", parts);
    }

    private sealed class ExportState
    {
        public List<(string Name, string Text, string Source)> Definitions { get; } = [];
        public int Renames;
    }

    private static string OperationStatement(CircuitInstruction inst, ExportState state, Func<int, string> qubit, Func<int, string> clbit)
    {
        string name = DefineOperation(inst.Operation, state);
        var bits = inst.Qubits.Select(qubit).Concat(inst.Clbits.Select(clbit));
        return $"{CallSite(name, inst.Operation)} {string.Join(",", bits)};";
    }

    private static string CallSite(string name, Instruction op)
    {
        if (name == "c3sx") name = "c3sqrtx";
        if (op.Params.Count == 0 || op is UnitaryGate) return name;
        return $"{name}({string.Join(",", op.Params.Select(QasmNumberFormat.Qasm2))})";
    }

    /// <summary>Ensures a definition exists for the operation and returns the name to call it by.</summary>
    private static string DefineOperation(Instruction op, ExportState state)
    {
        if (op is Measure or Reset or Gates.Barrier) return op.Name;
        if (QelibGates.Contains(op.Name)) return op.Name;
        string name = Escape(op.Name, "gate_");

        Instruction source = op;
        int paramCount = op is UnitaryGate ? 0 : op.Params.Count;
        if (op is StandardGate std && GenericallyDefined.Contains(std.Kind))
            source = std.WithParams(Enumerable.Range(0, std.Params.Count).Select(i => (ParameterValue)new Parameter("param" + i)).ToArray());

        if (op.NumQubits == 0) throw new QasmException($"OpenQASM 2 cannot represent '{op.Name}', which acts on zero qubits.");
        if (op.NumClbits != 0) throw new QasmException($"OpenQASM 2 cannot represent '{op.Name}', which acts on {op.NumClbits} classical bits.");

        string parameters = paramCount > 0 ? "(" + string.Join(",", Enumerable.Range(0, paramCount).Select(i => "param" + i)) + ")" : "";
        string qubits = string.Join(",", Enumerable.Range(0, op.NumQubits).Select(i => "q" + i));
        var definition = source.Definition;
        string body;
        if (definition is null) body = "";
        else
        {
            var statements = new List<string>();
            foreach (var inner in definition.Data)
                statements.Add(inner.Operation switch
                {
                    Gates.Barrier => $"barrier {string.Join(",", inner.Qubits.Select(q => "q" + q))};",
                    _ => OperationStatement(inner, state, q => "q" + q, c => "c" + c),
                });
            body = string.Join(" ", statements);
        }
        string signature = $"{parameters} {qubits}";
        string sourceKey = definition is null ? "opaque" + signature : signature + "{" + body + "}";

        var previous = state.Definitions.FirstOrDefault(d => d.Name == name);
        if (previous.Name is not null && previous.Source == sourceKey) return name;
        if (previous.Name is not null || state.Definitions.Any(d => d.Name == name))
            name = $"{name}_{++state.Renames}";
        string text = definition is null
            ? $"opaque {name}{parameters} {qubits};"
            : $"gate {name}{parameters} {qubits} {{ {body} }}";
        state.Definitions.Add((name, text, sourceKey));
        return name;
    }

    [GeneratedRegex(@"[^A-Za-z0-9_]")]
    private static partial Regex NonWord();

    /// <summary>A valid OpenQASM 2 identifier: non-word characters become '_', and a prefix is added when needed.</summary>
    internal static string Escape(string name, string prefix)
    {
        string escaped = NonWord().Replace(name, "_");
        if (escaped.Length == 0 || escaped[0] < 'a' || escaped[0] > 'z' || Reserved.Contains(escaped)) escaped = prefix + escaped;
        return escaped;
    }

    private static string MakeUnique(string name, HashSet<string> used)
    {
        if (!used.Contains(name)) return name;
        const string characters = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        foreach (char c in characters)
            if (!used.Contains(name + c)) return name + c;
        for (int i = 0; ; i++) if (!used.Contains(name + "_" + i)) return name + "_" + i;
    }
}
