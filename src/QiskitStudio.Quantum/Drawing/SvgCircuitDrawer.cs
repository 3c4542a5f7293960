using System.Globalization;
using System.Net;
using System.Text;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Gates;

namespace QiskitStudio.Quantum.Drawing;

/// <summary>
/// A clean, self-contained SVG picture of a circuit for the browser UI: one horizontal line per
/// qubit, a double line per classical register, gates in the same columns the text drawer uses.
/// Not meant to match Qiskit's matplotlib output.
/// </summary>
public static class SvgCircuitDrawer
{
    private const double RowHeight = 48, LeftMargin = 70, TopMargin = 20, BoxHeight = 32, CharWidth = 8, MinBoxWidth = 36, ColumnGap = 14;

    public static string Draw(QuantumCircuit circuit)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        var columns = TextLayering.Layers(circuit);
        int nq = circuit.NumQubits;
        var cregRow = new Dictionary<int, int>();
        int row = nq;
        var classicalLabels = new List<(int Row, string Label)>();
        foreach (var creg in circuit.ClassicalRegisters)
        {
            classicalLabels.Add((row, $"{creg.Name}: {creg.Size}"));
            foreach (var bit in creg.Clbits) cregRow.TryAdd(circuit.IndexOf(bit), row);
            row++;
        }
        for (int c = 0; c < circuit.NumClbits; c++)
            if (!cregRow.ContainsKey(c)) { cregRow[c] = row; classicalLabels.Add((row, $"c{c}")); row++; }
        int rows = row;

        var widths = columns.Select(col => col.Select(i => BoxWidth(Label(i.Operation))).DefaultIfEmpty(MinBoxWidth).Max()).ToList();
        double width = LeftMargin + widths.Sum(w => w + ColumnGap) + 30;
        double height = TopMargin * 2 + Math.Max(rows, 1) * RowHeight;
        double Y(int r) => TopMargin + r * RowHeight + RowHeight / 2;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:0}\" height=\"{height:0}\" viewBox=\"0 0 {width:0} {height:0}\" font-family=\"monospace\" font-size=\"13\">");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        for (int q = 0; q < nq; q++)
        {
            var (reg, idx) = circuit.RegisterOf(circuit.Qubits[q]);
            string name = reg is null ? $"q{q}" : reg.Size == 1 ? reg.Name : $"{reg.Name}_{idx}";
            Text(svg, 8, Y(q) + 4, name, "start");
            Line(svg, LeftMargin - 10, Y(q), width - 10, Y(q), "#444", 1.2);
        }
        foreach (var (r, label) in classicalLabels)
        {
            Text(svg, 8, Y(r) + 4, label, "start");
            Line(svg, LeftMargin - 10, Y(r) - 1.5, width - 10, Y(r) - 1.5, "#888", 1);
            Line(svg, LeftMargin - 10, Y(r) + 1.5, width - 10, Y(r) + 1.5, "#888", 1);
        }

        double x = LeftMargin;
        for (int ci = 0; ci < columns.Count; ci++)
        {
            double w = widths[ci];
            double cx = x + w / 2;
            foreach (var inst in columns[ci]) DrawInstruction(svg, inst, cx, w, Y, cregRow);
            x += w + ColumnGap;
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void DrawInstruction(StringBuilder svg, CircuitInstruction inst, double cx, double w, Func<int, double> y, Dictionary<int, int> cregRow)
    {
        var op = inst.Operation;
        var qubits = inst.Qubits;
        if (inst.Condition is { } cond)
        {
            int crow = cregRow[cond.Clbits[0]];
            Line(svg, cx, y(qubits.Max()), cx, y(crow), "#888", 1, dashed: true);
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{cx:0.#}\" cy=\"{y(crow):0.#}\" r=\"4\" fill=\"#888\"/>");
            Text(svg, cx + 6, y(crow) + 16, $"=={cond.Value}", "start", "#666", 11);
        }
        switch (op)
        {
            case Measure:
                {
                    int crow = cregRow[inst.Clbits[0]];
                    Line(svg, cx - 1.5, y(qubits[0]), cx - 1.5, y(crow), "#888", 1);
                    Line(svg, cx + 1.5, y(qubits[0]), cx + 1.5, y(crow), "#888", 1);
                    Box(svg, cx, y(qubits[0]), MinBoxWidth, BoxHeight, "#e0e0e0");
                    svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M {cx - 10:0.#} {y(qubits[0]) + 6:0.#} A 10 10 0 0 1 {cx + 10:0.#} {y(qubits[0]) + 6:0.#}\" fill=\"none\" stroke=\"#222\"/>");
                    Line(svg, cx, y(qubits[0]) + 6, cx + 7, y(qubits[0]) - 8, "#222", 1);
                    return;
                }
            case Gates.Barrier:
                foreach (int q in qubits)
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{cx - 6:0.#}\" y=\"{y(q) - RowHeight / 2:0.#}\" width=\"12\" height=\"{RowHeight:0.#}\" fill=\"#cccccc\" opacity=\"0.6\"/>");
                return;
            case Reset:
                Box(svg, cx, y(qubits[0]), MinBoxWidth, BoxHeight, "#e0e0e0");
                Text(svg, cx, y(qubits[0]) + 4, "|0⟩", "middle");
                return;
        }
        if (op is Gate { NumControlQubits: > 0 } cg && cg.BaseGate is { } baseGate)
        {
            int n = cg.NumControlQubits;
            Line(svg, cx, y(qubits.Min()), cx, y(qubits.Max()), "#1f4e8c", 1.5);
            for (int i = 0; i < n; i++)
            {
                bool closed = (cg.CtrlState >> i & 1) == 1;
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{cx:0.#}\" cy=\"{y(qubits[i]):0.#}\" r=\"5\" fill=\"{(closed ? "#1f4e8c" : "#ffffff")}\" stroke=\"#1f4e8c\"/>");
            }
            var targets = qubits.Skip(n).ToArray();
            if (baseGate.Name == "x" && targets.Length == 1)
            {
                double ty = y(targets[0]);
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{cx:0.#}\" cy=\"{ty:0.#}\" r=\"11\" fill=\"#ffffff\" stroke=\"#1f4e8c\" stroke-width=\"1.5\"/>");
                Line(svg, cx - 11, ty, cx + 11, ty, "#1f4e8c", 1.5);
                Line(svg, cx, ty - 11, cx, ty + 11, "#1f4e8c", 1.5);
                return;
            }
            if (baseGate.Name is "z" or "p" or "u1")
            {
                foreach (int t in targets) svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{cx:0.#}\" cy=\"{y(t):0.#}\" r=\"5\" fill=\"#1f4e8c\"/>");
                if (baseGate.Name != "z") Text(svg, cx + 8, y(targets[0]) - 10, Label(op), "start", "#1f4e8c", 11);
                return;
            }
            if (baseGate.Name == "swap") { foreach (int t in targets) Cross(svg, cx, y(t)); return; }
            MultiBox(svg, targets, cx, w, y, Label(baseGate, op.Params));
            return;
        }
        if (op is StandardGate { Kind: StandardGateKind.Swap })
        {
            Line(svg, cx, y(qubits.Min()), cx, y(qubits.Max()), "#1f4e8c", 1.5);
            foreach (int q in qubits) Cross(svg, cx, y(q));
            return;
        }
        MultiBox(svg, qubits.ToArray(), cx, w, y, Label(op));
    }

    private static void MultiBox(StringBuilder svg, IReadOnlyList<int> qubits, double cx, double w, Func<int, double> y, string label)
    {
        double top = y(qubits.Min()) - BoxHeight / 2, bottom = y(qubits.Max()) + BoxHeight / 2;
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{cx - w / 2:0.#}\" y=\"{top:0.#}\" width=\"{w:0.#}\" height=\"{bottom - top:0.#}\" rx=\"4\" fill=\"#dbe8fb\" stroke=\"#1f4e8c\"/>");
        Text(svg, cx, (top + bottom) / 2 + 4, label, "middle");
        if (qubits.Count > 1)
            for (int i = 0; i < qubits.Count; i++)
                Text(svg, cx - w / 2 + 4, y(qubits[i]) + 4, i.ToString(CultureInfo.InvariantCulture), "start", "#1f4e8c", 10);
    }

    private static string Label(Instruction op) => Label(op, op.Params);

    private static string Label(Instruction op, IReadOnlyList<Parameters.ParameterValue> parameters)
    {
        string name = op.Label ?? op switch
        {
            StandardGate { Kind: StandardGateKind.SX } => "√X",
            StandardGate { Kind: StandardGateKind.SXdg } => "√X†",
            StandardGate { Kind: StandardGateKind.Sdg } => "S†",
            StandardGate { Kind: StandardGateKind.Tdg } => "T†",
            StandardGate { Kind: StandardGateKind.I } => "I",
            StandardGate or UnitaryGate or Initialize or StatePreparation => char.ToUpperInvariant(op.Name[0]) + op.Name[1..],
            _ => op.Name,
        };
        if (parameters.Count == 0 || op is UnitaryGate || op is Initialize || op is StatePreparation) return name;
        return name + "(" + string.Join(",", parameters.Select(p => PiFormatter.Format(p, PiStyle.Text, 3))) + ")";
    }

    private static double BoxWidth(string label) => Math.Max(MinBoxWidth, label.Length * CharWidth + 16);

    private static void Box(StringBuilder svg, double cx, double cy, double w, double h, string fill) =>
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{cx - w / 2:0.#}\" y=\"{cy - h / 2:0.#}\" width=\"{w:0.#}\" height=\"{h:0.#}\" rx=\"4\" fill=\"{fill}\" stroke=\"#333\"/>");

    private static void Cross(StringBuilder svg, double cx, double cy)
    {
        Line(svg, cx - 7, cy - 7, cx + 7, cy + 7, "#1f4e8c", 2);
        Line(svg, cx - 7, cy + 7, cx + 7, cy - 7, "#1f4e8c", 2);
    }

    private static void Line(StringBuilder svg, double x1, double y1, double x2, double y2, string stroke, double width, bool dashed = false) =>
        svg.Append(CultureInfo.InvariantCulture,
            $"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" stroke=\"{stroke}\" stroke-width=\"{width:0.#}\"{(dashed ? " stroke-dasharray=\"4 3\"" : "")}/>");

    private static void Text(StringBuilder svg, double x, double y, string text, string anchor, string fill = "#111", int size = 13) =>
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\" fill=\"{fill}\" font-size=\"{size}\">{WebUtility.HtmlEncode(text)}</text>");
}
