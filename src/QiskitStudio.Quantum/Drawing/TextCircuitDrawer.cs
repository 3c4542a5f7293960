using System.Globalization;
using System.Text;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Gates;

namespace QiskitStudio.Quantum.Drawing;

/// <summary>Options of the text drawer (Qiskit's <c>draw(output="text", …)</c>).</summary>
public sealed record TextDrawingOptions
{
    /// <summary>Fold the drawing at this many columns; -1 for no folding. Qiskit's default terminal width is 80.</summary>
    public int Fold { get; init; } = 80;

    /// <summary>Bundle each classical register into one wire (<c>c: 2/</c>). Forced off when an instruction other than measure uses classical bits.</summary>
    public bool CregBundle { get; init; } = true;

    /// <summary>Draw barriers.</summary>
    public bool PlotBarriers { get; init; } = true;

    /// <summary>Prefix wires with |0> and 0.</summary>
    public bool InitialState { get; init; }

    /// <summary>"left" (default) or "right": which side instructions are pushed to.</summary>
    public string Justify { get; init; } = "left";

    /// <summary>Draw the last qubit (and classical bit) at the top, as Qiskit's <c>reverse_bits=True</c>.</summary>
    public bool ReverseBits { get; init; }

    /// <summary>"high", "medium" (default) or "low": how much the drawing is squeezed vertically.</summary>
    public string VerticalCompression { get; init; } = "medium";
}

/// <summary>
/// Qiskit's text circuit drawer ("text" output of <c>QuantumCircuit.draw</c>): the same layering,
/// the same cells and the same line merging, so drawings match Qiskit character for character.
/// </summary>
public static class TextCircuitDrawer
{
    public static string Draw(QuantumCircuit circuit, TextDrawingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        options ??= new TextDrawingOptions();
        if (options.VerticalCompression is not ("high" or "medium" or "low"))
            throw new ArgumentException("Vertical compression can only be 'high', 'medium', or 'low'");
        if (options.Justify is not ("left" or "right"))
            throw new ArgumentException("Justify can only be 'left' or 'right'");
        if (options.ReverseBits) circuit = ReversedView(circuit);
        bool cregBundle = options.CregBundle &&
            !circuit.Data.Any(i => i.Clbits.Count > 0 && i.Operation is not Measure);
        return string.Join("\n", new Drawing(circuit, options, cregBundle).Lines());
    }

    /// <summary>The same circuit with its bits listed in reverse order (same bit objects and registers).</summary>
    private static QuantumCircuit ReversedView(QuantumCircuit circuit)
    {
        int nq = circuit.NumQubits, nc = circuit.NumClbits;
        var view = new QuantumCircuit(0, 0, circuit.Name) { GlobalPhase = circuit.GlobalPhase };
        view.AddBits(circuit.Qubits.Reverse());
        view.AddBits(circuit.Clbits.Reverse());
        foreach (var r in circuit.QuantumRegisters) view.AddRegister(r);
        foreach (var r in circuit.ClassicalRegisters) view.AddRegister(r);
        foreach (var inst in circuit.Data)
            view.Append(new CircuitInstruction(inst.Operation, inst.Qubits.Select(q => nq - 1 - q).ToArray(),
                inst.Clbits.Select(c => nc - 1 - c).ToArray(), inst.Condition?.Remap(c => nc - 1 - c)));
        return view;
    }

    private sealed class Drawing
    {
        private readonly QuantumCircuit _circuit;
        private readonly TextDrawingOptions _options;
        private readonly bool _cregBundle;
        private readonly int _numQubits;
        /// <summary>Wire row of each classical bit (bundled bits share their register's row).</summary>
        private readonly int[] _clbitWire;
        private readonly int _numWires;
        private readonly List<(Register? Register, int Index)> _clbitRegister;

        public Drawing(QuantumCircuit circuit, TextDrawingOptions options, bool cregBundle)
        {
            _circuit = circuit;
            _options = options;
            _cregBundle = cregBundle;
            _numQubits = circuit.NumQubits;
            _clbitWire = new int[circuit.NumClbits];
            _clbitRegister = circuit.Clbits.Select(circuit.RegisterOf).ToList();
            int wire = _numQubits;
            Register? previous = null;
            for (int c = 0; c < circuit.NumClbits; c++)
            {
                var reg = _clbitRegister[c].Register;
                if (reg is null || !cregBundle) { _clbitWire[c] = wire++; continue; }
                if (!ReferenceEquals(reg, previous)) { previous = reg; _clbitWire[c] = wire++; }
                else _clbitWire[c] = wire - 1;
            }
            _numWires = wire;
        }

        // ---- wire names ---------------------------------------------------------------------

        private List<string> WireNames(bool withInitialState)
        {
            var names = new List<string>();
            for (int q = 0; q < _numQubits; q++)
            {
                var (reg, idx) = _circuit.RegisterOf(_circuit.Qubits[q]);
                string label = reg is null ? q.ToString(CultureInfo.InvariantCulture) : reg.Size == 1 ? reg.Name : $"{reg.Name}_{idx}";
                names.Add(label + ": " + (withInitialState ? "|0>" : ""));
            }
            int lastWire = _numQubits - 1;
            for (int c = 0; c < _circuit.NumClbits; c++)
            {
                if (_clbitWire[c] == lastWire) continue;
                lastWire = _clbitWire[c];
                var (reg, idx) = _clbitRegister[c];
                string label = reg is null ? c.ToString(CultureInfo.InvariantCulture)
                    : _cregBundle || reg.Size == 1 ? reg.Name : $"{reg.Name}_{idx}";
                string bundle = _cregBundle && reg is not null ? reg.Size.ToString(CultureInfo.InvariantCulture) + "/" : "";
                names.Add(label + ": " + (withInitialState ? "0 " : "") + bundle);
            }
            return names;
        }

        // ---- lines --------------------------------------------------------------------------

        public List<string> Lines()
        {
            int lineLength = _options.Fold;
            var layers = BuildLayers();
            var groups = new List<List<TextElement[]>> { new() };
            int rest = lineLength;
            foreach (var layer in layers)
            {
                for (int i = 0; i < layer.Length; i++)
                    layer[i] ??= TextElement.EmptyWire(i >= _numQubits ? '═' : '─');
                NormalizeWidth(layer);
                if (lineLength == -1) { groups[^1].Add(layer); continue; }
                int length = layer[0].Length;
                if (length < rest)
                {
                    groups[^1].Add(layer);
                    rest -= length;
                }
                else
                {
                    groups[^1].Add(Fill(layer.Length, () => TextElement.BreakWire('»')));
                    var next = new List<TextElement[]> { Fill(layer.Length, () => TextElement.BreakWire('«')) };
                    groups.Add(next);
                    rest = lineLength - next[^1][0].Length;
                    next.Add(InputLayer(WireNames(false)));
                    rest -= next[^1][0].Length;
                    next.Add(layer);
                    rest -= next[^1][0].Length;
                }
            }

            var lines = new List<string>();
            if (!(_circuit.GlobalPhase.IsNumeric && _circuit.GlobalPhase.Value == 0))
                lines.Add("global phase: " + PiFormatter.Format(_circuit.GlobalPhase));
            foreach (var group in groups)
            {
                if (group.Count == 0) continue;
                int rows = group.Min(l => l.Length);
                var wires = Enumerable.Range(0, rows).Select(r => group.Select(l => l[r]).ToArray()).ToList();
                lines.AddRange(DrawWires(wires));
            }
            return lines;
        }

        private static TextElement[] Fill(int n, Func<TextElement> make) => Enumerable.Range(0, n).Select(_ => make()).ToArray();

        private static TextElement[] InputLayer(List<string> names)
        {
            int longest = names.Max(n => n.Length);
            return names.Select(n => TextElement.InputWire(PyText.RJust(n, longest, ' '))).ToArray();
        }

        private static void NormalizeWidth(TextElement[] layer)
        {
            int longest = layer.Max(e => e.Length);
            foreach (var e in layer) e.LayerWidth = longest;
        }

        private bool ShouldCompress(string top, string bot)
        {
            if (_options.VerticalCompression == "high") return true;
            if (_options.VerticalCompression == "low") return false;
            int n = Math.Min(top.Length, bot.Length);
            for (int i = 0; i < n; i++)
            {
                char t = top[i], b = bot[i];
                if ((t == '┴' || t == '╨') && (b == '┬' || b == '╥')) return false;
                if ((IsAlnum(t) && b != ' ') || (IsAlnum(b) && t != ' ')) return false;
            }
            return true;
        }

        private static bool IsAlnum(char c) => char.IsLetterOrDigit(c) || char.IsNumber(c);

        private List<string> DrawWires(List<TextElement[]> wires)
        {
            var lines = new List<string>();
            string? botLine = null;
            foreach (var wire in wires)
            {
                string topLine = string.Concat(wire.Select(e => e.Top));
                if (botLine is null) lines.Add(topLine);
                else if (ShouldCompress(topLine, botLine))
                {
                    string last = lines[^1];
                    lines.RemoveAt(lines.Count - 1);
                    lines.Add(MergeLines(last, topLine, top: true));
                }
                else lines.Add(MergeLines(lines[^1], topLine, top: false));
                string midLine = string.Concat(wire.Select(e => e.Mid));
                lines.Add(MergeLines(lines[^1], midLine, top: false));
                botLine = string.Concat(wire.Select(e => e.Bot));
                lines.Add(MergeLines(lines[^1], botLine, top: false));
            }
            return lines;
        }

        /// <summary>Merges two overlapping lines; <paramref name="top"/> says which wins when in doubt.</summary>
        private static string MergeLines(string topText, string botText, bool top)
        {
            int n = Math.Min(topText.Length, botText.Length);
            var sb = new StringBuilder(n);
            for (int i = 0; i < n; i++)
            {
                char t = topText[i], b = botText[i];
                char r;
                if (t == b) r = t;
                else if ("┼╪".Contains(t) && b == ' ') r = '│';
                else if (t == ' ') r = b;
                else if ("┬╥".Contains(t) && " ║│".Contains(b) && top) r = t;
                else if (t == '┬' && b == ' ' && !top) r = '│';
                else if (t == '╥' && b == ' ' && !top) r = '║';
                else if ("┬│".Contains(t) && b == '═') r = '╪';
                else if ("┬│".Contains(t) && b == '─') r = '┼';
                else if ("└┘║│░".Contains(t) && b == ' ' && top) r = t;
                else if ("─═".Contains(t) && b == ' ' && top) r = t;
                else if ("─═".Contains(t) && b == ' ' && !top) r = b;
                else if ("║╥".Contains(t) && b == '═') r = '╬';
                else if ("║╥".Contains(t) && b == '─') r = '╫';
                else if ("║╫╬".Contains(t) && b == ' ') r = '║';
                else if ("│┼╪".Contains(t) && b == ' ') r = '│';
                else if (t == '└' && b == '┌' && top) r = '├';
                else if (t == '┘' && b == '┐' && top) r = '┤';
                else if ("┐┌".Contains(b) && top) r = '┬';
                else if ("┘└".Contains(t) && b == '─' && top) r = '┴';
                else if (b == ' ' && top) r = t;
                else r = b;
                sb.Append(r);
            }
            return sb.ToString();
        }

        // ---- layers -------------------------------------------------------------------------

        private List<TextElement[]> BuildLayers()
        {
            var names = WireNames(_options.InitialState);
            var layers = new List<TextElement[]>();
            if (names.Count == 0) return layers;
            layers.Add(InputLayer(names));
            foreach (var nodeLayer in TextLayering.Layers(_circuit, _options.Justify == "right"))
            {
                var layer = new TextLayer(_numQubits, _numWires, _clbitWire);
                foreach (var inst in nodeLayer)
                {
                    var (cons, condCons, connectionLabel) = NodeToElements(inst, layer);
                    layer.Connections.Add((connectionLabel, cons));
                    layer.Connections.Add((null, condCons));
                }
                layer.ConnectWith('│');
                layers.Add(layer.Cells!);
            }
            return layers;
        }

        private (List<TextElement> Cons, List<TextElement> CondCons, string? Label) NodeToElements(CircuitInstruction node, TextLayer layer)
        {
            var op = node.Operation;
            var current = new List<(int Wire, TextElement Element)>();
            var currentCond = new List<(int Wire, TextElement Element)>();
            string? connectionLabel = null;
            bool conditional = false;
            string parameters = ParamString(op);
            string gateText = "";
            string? ctrlText = null;
            if (op is not (Measure or Reset) && !op.IsDirective && !(op is StandardGate { Kind: StandardGateKind.Swap }))
            {
                (gateText, ctrlText) = GateCtrlText(op);
                gateText = SpecialLabel(op) ?? gateText;
                gateText += parameters;
            }

            if (node.Condition is { } condition)
            {
                currentCond.AddRange(SetClMultibox(layer, condition));
                conditional = true;
            }

            void AddConnected(IReadOnlyList<TextElement> gates)
            {
                for (int i = 0; i < gates.Count; i++)
                {
                    int wire = node.Qubits[i];
                    if (current.Any(c => c.Wire == wire)) continue;
                    layer.SetQubit(wire, gates[i]);
                    current.Add((wire, gates[i]));
                }
            }

            if (op is Measure)
            {
                layer.SetQubit(node.Qubits[0], TextElement.MeasureFrom());
                var (reg, regIndex) = _clbitRegister[node.Clbits[0]];
                layer.SetClbit(node.Clbits[0], _cregBundle && reg is not null
                    ? TextElement.MeasureTo(regIndex.ToString(CultureInfo.InvariantCulture))
                    : TextElement.MeasureTo());
            }
            else if (op.IsDirective)
            {
                if (_options.PlotBarriers)
                {
                    // The label sits on the barrier's top wire.
                    int top = node.Qubits.Min();
                    foreach (int q in node.Qubits)
                        layer.SetQubit(q, TextElement.Barrier(q == top ? op.Label : ""));
                }
            }
            else if (op is StandardGate { Kind: StandardGateKind.Swap })
            {
                AddConnected(node.Qubits.Select(_ => TextElement.Ex(conditional)).ToArray());
            }
            else if (op is Reset)
            {
                layer.SetQubit(node.Qubits[0], TextElement.ResetDisplay(conditional));
            }
            else if (op is StandardGate { Kind: StandardGateKind.RZZ })
            {
                connectionLabel = "ZZ" + parameters;
                AddConnected([TextElement.Bullet(false, conditional), TextElement.Bullet(false, conditional)]);
            }
            else if (node.Qubits.Count == 1 && node.Clbits.Count == 0)
            {
                layer.SetQubit(node.Qubits[0], TextElement.BoxOnQuWire(gateText, conditional: conditional));
            }
            else if (op is Gate { NumControlQubits: > 0 } controlled)
            {
                int n = controlled.NumControlQubits;
                var controls = node.Qubits.Take(n).ToArray();
                var rest = node.Qubits.Skip(n).ToArray();
                string state = PyText.RJust(Convert.ToString(controlled.CtrlState, 2), n, '0');
                state = new string(state.Reverse().ToArray());
                int minRest = rest.Min(), maxRest = rest.Max();
                var topBox = new List<int>();
                var botBox = new List<int>();
                var inBox = new List<(int Qubit, char State)>();
                for (int i = 0; i < n; i++)
                {
                    if (minRest > controls[i]) topBox.Add(controls[i]);
                    else if (maxRest < controls[i]) botBox.Add(controls[i]);
                    else inBox.Add((controls[i], state[i]));
                }
                var gates = new List<TextElement>();
                for (int i = 0; i < n; i++)
                    gates.Add(TextElement.Bullet(state[i] != '1', conditional, ctrlText, botBox.Count > 0));
                string baseName = controlled.BaseGate?.Name ?? "";
                if (baseName == "z")
                {
                    gates.Add(TextElement.Bullet(false, conditional));
                }
                else if (baseName is "u1" or "p")
                {
                    connectionLabel = baseName.ToUpperInvariant() + parameters;
                    gates.Add(TextElement.Bullet(false, conditional));
                }
                else if (baseName == "swap")
                {
                    gates.Add(TextElement.Ex(conditional));
                    gates.Add(TextElement.Ex(conditional));
                    AddConnected(gates);
                }
                else if (baseName == "rzz")
                {
                    connectionLabel = "ZZ" + parameters;
                    gates.Add(TextElement.Bullet(false, conditional));
                    gates.Add(TextElement.Bullet(false, conditional));
                }
                else if (rest.Length > 1)
                {
                    var indexes = layer.SetQuMultibox(rest, gateText, conditional, inBox,
                        topBox.Count > 0 ? "┴" : null, botBox.Count > 0 ? "┬" : null);
                    for (int i = indexes.Min(); i <= indexes.Max(); i++) current.Add((i, TextElement.Dummy()));
                }
                else
                {
                    gates.Add(TextElement.BoxOnQuWire(gateText, conditional: conditional));
                }
                AddConnected(gates);
            }
            else if (node.Qubits.Count >= 2 && node.Clbits.Count == 0)
            {
                layer.SetQuMultibox(node.Qubits.ToArray(), gateText, conditional, [], null, null);
            }
            else if (node.Qubits.Count > 0 && node.Clbits.Count > 0)
            {
                layer.SetQuClMultibox(node.Qubits.ToArray(), node.Clbits.ToArray(), gateText);
            }

            var cons = current.OrderBy(c => c.Wire).Select(c => c.Element).ToList();
            var condCons = currentCond.OrderBy(c => c.Wire).Select(c => c.Element).ToList();
            return (cons, condCons, connectionLabel);
        }

        private List<(int Wire, TextElement Element)> SetClMultibox(TextLayer layer, ClassicalCondition condition)
        {
            string hex = "0x" + condition.Value.ToString("x", CultureInfo.InvariantCulture);
            if (condition.Register is { } register)
            {
                if (_cregBundle)
                {
                    layer.SetClbit(condition.Clbits[0], TextElement.BoxOnClWire(hex, "╨"));
                    return [];
                }
                string bits = PyText.RJust(Convert.ToString((long)condition.Value, 2), register.Size, '0');
                var valBits = bits.Reverse().ToArray();
                return SetCondBullets(layer, hex, valBits, condition.Clbits);
            }
            int clbit = condition.Clbits[0];
            var (reg, regIndex) = _clbitRegister[clbit];
            var val = condition.Value.ToString(CultureInfo.InvariantCulture).ToCharArray();
            if (_cregBundle && reg is not null)
            {
                layer.SetClbit(clbit, TextElement.BoxOnClWire($"{reg.Name}_{regIndex}={hex}", "╨"));
                return [];
            }
            return SetCondBullets(layer, "", val, [clbit]);
        }

        private List<(int Wire, TextElement Element)> SetCondBullets(TextLayer layer, string label, char[] valBits, IReadOnlyList<int> clbits)
        {
            var result = new List<(int Wire, TextElement Element)>();
            int wireMax = clbits.Max(c => _clbitWire[c]);
            for (int i = 0; i < clbits.Count; i++)
            {
                int wire = _clbitWire[clbits[i]];
                string bot = wire == wireMax ? label : " ";
                TextElement? element = valBits[i] switch
                {
                    '1' => TextElement.ClBullet(false, "║", bot),
                    '0' => TextElement.ClBullet(true, "║", bot),
                    _ => null,
                };
                if (element is not null) layer.SetWire(wire, element);
                if (result.All(r => r.Wire != wire)) result.Add((wire, layer.Cells[wire]!));
            }
            return result;
        }

        // ---- labels -------------------------------------------------------------------------

        private static bool IsGenericClass(Instruction op) => op.GetType() == typeof(Gate) || op.GetType() == typeof(Instruction);

        /// <summary>Qiskit's get_gate_ctrl_text: the box text and the control label.</summary>
        private static (string GateText, string? CtrlText) GateCtrlText(Instruction op)
        {
            var baseGate = (op as Gate)?.BaseGate;
            string? baseName = baseGate?.Name;
            string? baseLabel = baseGate?.Label;
            string? ctrlText = null;
            string gateText;
            if (!string.IsNullOrEmpty(baseLabel)) { gateText = baseLabel; ctrlText = op.Label; }
            else if (!string.IsNullOrEmpty(op.Label) && op is Gate { NumControlQubits: > 0 }) { gateText = baseName!; ctrlText = op.Label; }
            else if (!string.IsNullOrEmpty(op.Label)) gateText = op.Label;
            else if (baseName is not null) gateText = baseName;
            else gateText = op.Name;

            if ((gateText == op.Name && !IsGenericClass(op)) || (baseGate is not null && gateText == baseName && !IsGenericClass(baseGate)))
                gateText = Capitalize(gateText);
            return (gateText, ctrlText);
        }

        private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant();

        private static string? SpecialLabel(Instruction op) => op switch
        {
            StandardGate { Kind: StandardGateKind.I } => "I",
            StandardGate { Kind: StandardGateKind.SX } => "√X",
            StandardGate { Kind: StandardGateKind.SXdg } => "√Xdg",
            _ => null,
        };

        /// <summary>Qiskit's get_param_str for the text drawer: <c>(π/2,0.5)</c>, empty when there are none.</summary>
        private static string ParamString(Instruction op)
        {
            if (op.Params.Count == 0) return "";
            return "(" + string.Join(",", op.Params.Select(p => PiFormatter.Format(p))) + ")";
        }
    }
}
