using System.Text;
using System.Text.RegularExpressions;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Gates;
using QiskitStudio.Quantum.Parameters;

namespace QiskitStudio.Quantum.Qasm;

/// <summary>
/// Writes a circuit as OpenQASM 3.0 in the layout of Qiskit's <c>qasm3.dumps</c>: header,
/// <c>input float[64]</c> for free parameters, gate definitions for gates outside stdgates.inc,
/// <c>bit[n]</c> then <c>qubit[n]</c> declarations, then statements (<c>c[0] = measure q[0];</c>).
/// </summary>
public static partial class Qasm3Exporter
{
    private static readonly HashSet<string> StdGates =
    [
        "p", "x", "y", "z", "h", "s", "sdg", "t", "tdg", "sx", "rx", "ry", "rz", "cx", "cy", "cz", "cp", "crx", "cry", "crz",
        "ch", "swap", "ccx", "cswap", "cu", "CX", "phase", "cphase", "id", "u1", "u2", "u3",
    ];

    public static string Dumps(QuantumCircuit circuit)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        var state = new ExportState();
        var sb = new StringBuilder();
        sb.Append("OPENQASM 3.0;\n");
        sb.Append("include \"stdgates.inc\";\n");
        foreach (var p in circuit.Parameters) sb.Append($"input float[64] {Identifier(p.Name)};\n");

        var qubitLabels = new string[circuit.NumQubits];
        var clbitLabels = new string[circuit.NumClbits];
        var declarations = new List<string>();
        var regNames = new Dictionary<Register, string>();
        for (int c = 0; c < circuit.NumClbits; c++)
            if (circuit.FindBit(circuit.Clbits[c]).Registers.Count == 0) { clbitLabels[c] = $"_bit{c}"; declarations.Add($"bit _bit{c};"); }
        foreach (var r in circuit.ClassicalRegisters)
        {
            string name = Identifier(r.Name);
            regNames[r] = name;
            declarations.Add($"bit[{r.Size}] {name};");
            for (int i = 0; i < r.Size; i++) clbitLabels[circuit.IndexOf(r.Clbits[i])] ??= $"{name}[{i}]";
        }
        for (int q = 0; q < circuit.NumQubits; q++)
            if (circuit.FindBit(circuit.Qubits[q]).Registers.Count == 0) { qubitLabels[q] = $"_qubit{q}"; declarations.Add($"qubit _qubit{q};"); }
        foreach (var r in circuit.QuantumRegisters)
        {
            string name = Identifier(r.Name);
            declarations.Add($"qubit[{r.Size}] {name};");
            for (int i = 0; i < r.Size; i++) qubitLabels[circuit.IndexOf(r.Qubits[i])] ??= $"{name}[{i}]";
        }

        var body = new StringBuilder();
        foreach (var inst in circuit.Data)
        {
            string statement = Statement(inst, state, q => qubitLabels[q], c => clbitLabels[c]);
            if (inst.Condition is { } condition)
            {
                string test = condition.Register is { } reg && regNames.TryGetValue(reg, out var rn)
                    ? $"{rn} == {condition.Value}"
                    : condition.Value == 1 ? clbitLabels[condition.Clbits[0]] : "!" + clbitLabels[condition.Clbits[0]];
                body.Append($"if ({test}) {{\n  {statement}\n}}\n");
            }
            else body.Append(statement).Append('\n');
        }

        foreach (var d in state.Definitions) sb.Append(d.Text);
        foreach (var d in declarations) sb.Append(d).Append('\n');
        sb.Append(body);
        return sb.ToString();
    }

    private sealed class ExportState
    {
        public List<(string Name, string Text, string Key, Instruction Source)> Definitions { get; } = [];
    }

    private static string Statement(CircuitInstruction inst, ExportState state, Func<int, string> qubit, Func<int, string> clbit)
    {
        var qubits = string.Join(", ", inst.Qubits.Select(qubit));
        switch (inst.Operation)
        {
            case Measure: return $"{clbit(inst.Clbits[0])} = measure {qubit(inst.Qubits[0])};";
            case Reset: return $"reset {qubits};";
            case Gates.Barrier: return $"barrier {qubits};";
        }
        var op = inst.Operation;
        string name = Define(op, state);
        if (op.Params.Count == 0 || op is UnitaryGate) return $"{name} {qubits};";
        var args = op.Params.Select(p => QasmNumberFormat.Qasm3(p, prm => Identifier(prm.Name)));
        return $"{name}({string.Join(", ", args)}) {qubits};";
    }

    private static string Define(Instruction op, ExportState state)
    {
        if (op is StandardGate { Name: "u" }) return "U";
        if (op is StandardGate && StdGates.Contains(op.Name)) return op.Name;
        string name = Identifier(op.Name);

        // The signature: a standard gate gets generic parameters; a custom gate keeps its parameters' names.
        Instruction source = op;
        string[] parameterNames;
        int paramCount = op is UnitaryGate ? 0 : op.Params.Count;
        if (op is StandardGate std)
        {
            parameterNames = Enumerable.Range(0, paramCount).Select(i => "p" + i).ToArray();
            source = std.WithParams(parameterNames.Select(n => (ParameterValue)new Parameter(n)).ToArray());
        }
        else
        {
            parameterNames = Enumerable.Range(0, paramCount)
                .Select(i => op.Params[i].Expression is Parameter p ? Identifier(p.Name) : $"_gate_p_{i}").ToArray();
        }

        var definition = source.Definition;
        var lines = new StringBuilder();
        if (definition is not null)
            foreach (var inner in definition.Data)
                lines.Append("  ").Append(Statement(inner, state, q => $"_gate_q_{q}", c => $"_gate_c_{c}")).Append('\n');
        string signature = (paramCount > 0 ? "(" + string.Join(", ", parameterNames) + ")" : "")
            + " " + string.Join(", ", Enumerable.Range(0, op.NumQubits).Select(q => $"_gate_q_{q}"));
        string key = signature + "{" + lines + "}";

        // Standard gates are shared by signature; a custom gate object gets its own definition, as in Qiskit.
        var same = state.Definitions.FirstOrDefault(d => op is StandardGate
            ? d.Key == key && d.Source.Name == op.Name
            : ReferenceEquals(d.Source, op));
        if (same.Name is not null) return same.Name;
        string unique = name;
        // A custom gate may not take a name stdgates.inc (or the language) already uses.
        bool Taken(string n) => StdGates.Contains(n) || n is "U" or "gphase" || state.Definitions.Any(d => d.Name == n);
        for (int i = 0; Taken(unique); i++) unique = $"{name}_{i}";
        string text = definition is null
            ? $"opaque {unique}{signature};\n"
            : $"gate {unique}{signature} {{\n{lines}}}\n";
        state.Definitions.Add((unique, text, key, op));
        return unique;
    }

    [GeneratedRegex(@"^[\p{L}_][\p{L}\p{N}_]*$")]
    private static partial Regex ValidIdentifier();

    [GeneratedRegex(@"[^\p{L}\p{N}_]")]
    private static partial Regex InvalidCharacter();

    /// <summary>Names that are not OpenQASM 3 identifiers get a leading '_' and '_' for each bad character (t[0] → _t_0_).</summary>
    internal static string Identifier(string name) =>
        ValidIdentifier().IsMatch(name) ? name : "_" + InvalidCharacter().Replace(name, "_");
}
