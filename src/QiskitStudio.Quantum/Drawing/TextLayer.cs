using System.Globalization;

namespace QiskitStudio.Quantum.Drawing;

/// <summary>
/// One column of the text drawing: a cell per wire (qubits first, then classical wires) and
/// the groups of cells to be joined by vertical connectors.
/// </summary>
internal sealed class TextLayer(int numQubits, int numWires, int[] clbitWire)
{
    public TextElement?[] Cells { get; } = new TextElement?[numWires];
    public List<(string? Label, List<TextElement> Elements)> Connections { get; } = [];

    public void SetQubit(int qubit, TextElement element) => Cells[qubit] = element;
    public void SetClbit(int clbit, TextElement element) => Cells[clbitWire[clbit]] = element;
    public void SetWire(int wire, TextElement element) => Cells[wire] = element;

    /// <summary>A box over several qubits, labelled with each qubit's position in the operation.</summary>
    public List<int> SetQuMultibox(int[] qargs, string label, bool conditional, IReadOnlyList<(int Qubit, char State)> controlledEdge,
        string? topConnect, string? botConnect)
    {
        var bitIndices = qargs.OrderBy(q => q).ToList();
        int wireLabelLength = (qargs.Length - 1).ToString(CultureInfo.InvariantCulture).Length;
        var labels = new Queue<string>(bitIndices.Select(q =>
            PyText.LJust(Array.IndexOf(qargs, q).ToString(CultureInfo.InvariantCulture), wireLabelLength, ' ')));
        var bits = new Queue<int>(bitIndices);
        var controlIndex = controlledEdge.ToDictionary(e => e.Qubit, e => e.State == '1' ? "■" : "o");
        if (bitIndices.Count == 1)
        {
            SetQubit(bits.Dequeue(), TextElement.BoxOnQuWire(label, topConnect));
            return bitIndices;
        }
        int min = bitIndices[0], max = bitIndices[^1];
        int boxHeight = max - min + 1;
        SetQubit(bits.Dequeue(), TextElement.BoxOnQuWireTop(label, topConnect, labels.Dequeue()));
        int order = 0;
        for (int bit = min + 1; bit < max; bit++, order++)
        {
            int named;
            string wireLabel;
            if (bitIndices.Contains(bit)) { named = bits.Dequeue(); wireLabel = labels.Dequeue(); }
            else { named = bit; wireLabel = new string(' ', wireLabelLength); }
            SetQubit(named, TextElement.BoxOnQuWireMid(label, boxHeight, order, wireLabel, controlIndex.GetValueOrDefault(bit)));
        }
        SetQubit(bits.Dequeue(), TextElement.BoxOnQuWireBot(label, boxHeight, botConnect, labels.Dequeue(), conditional));
        return bitIndices;
    }

    /// <summary>A box over qubits and classical bits (an instruction with classical arguments; registers unbundled).</summary>
    public void SetQuClMultibox(int[] qargs, int[] cargs, string label)
    {
        var qIndices = qargs.OrderBy(q => q).ToList();
        var cIndices = cargs.OrderBy(c => c).ToList();
        int wireLabelLength = Math.Max((qargs.Length - 1).ToString(CultureInfo.InvariantCulture).Length,
            (cargs.Length - 1).ToString(CultureInfo.InvariantCulture).Length);
        var qLabels = new Queue<string>(qIndices.Select(q => PyText.LJust(Array.IndexOf(qargs, q).ToString(CultureInfo.InvariantCulture), wireLabelLength, ' ')));
        var cLabels = new Queue<string>(cIndices.Select(c => PyText.LJust(Array.IndexOf(cargs, c).ToString(CultureInfo.InvariantCulture), wireLabelLength, ' ')));
        var qBits = new Queue<int>(qIndices);
        var cBits = new Queue<int>(cIndices);
        int boxHeight = numQubits - qIndices[0] + cIndices[^1] + 1;
        SetQubit(qBits.Dequeue(), TextElement.BoxOnQuWireTop(label, null, qLabels.Dequeue()));
        int order = 0;
        for (int bit = qIndices[0] + 1; bit < numQubits; bit++)
        {
            order = bit - (qIndices[0] + 1);
            if (qIndices.Contains(bit)) SetQubit(qBits.Dequeue(), TextElement.BoxOnQuWireMid(label, boxHeight, order, qLabels.Dequeue()));
            else SetQubit(bit, TextElement.BoxOnQuWireMid(label, boxHeight, order, new string(' ', wireLabelLength)));
        }
        int clOrder = order + 1;
        for (int bit = 0; bit < cIndices[^1]; bit++, clOrder++)
        {
            if (cIndices.Contains(bit)) SetClbit(cBits.Dequeue(), TextElement.BoxOnClWireMid(label, boxHeight, clOrder, cLabels.Dequeue()));
            else SetClbit(bit, TextElement.BoxOnClWireMid(label, boxHeight, clOrder, new string(' ', wireLabelLength)));
        }
        SetClbit(cBits.Dequeue(), TextElement.BoxOnClWireBot(label, boxHeight, null, cLabels.Dequeue()));
    }

    /// <summary>Joins each connection group with vertical connectors, as Qiskit's Layer.connect_with.</summary>
    public void ConnectWith(char wireChar)
    {
        foreach (var (label, affected) in Connections)
        {
            if (affected.Count == 0) continue;
            for (int index = 0; index < affected.Count; index++)
            {
                var bit = affected[index];
                if (bit.Kind is ElementKind.ClBullet or ElementKind.ClOpenBullet)
                {
                    wireChar = '║';
                    if (index == 0 && affected.Count > 1) bit.Connect(wireChar, false, true);
                    else if (index == affected.Count - 1) bit.Connect(wireChar, true, false);
                    else bit.Connect(wireChar, true, true);
                }
                else
                {
                    if (index == 0) bit.Connect(wireChar, false, true);
                    else if (index == affected.Count - 1) bit.Connect(wireChar, true, false, label);
                    else bit.Connect(wireChar, true, true);
                }
            }
            if (!string.IsNullOrEmpty(label))
            {
                foreach (var bit in affected)
                {
                    bit.RightFill = label.Length + bit.Mid.Length;
                    if (bit.Kind is ElementKind.Bullet or ElementKind.OpenBullet && bit.Conditional)
                        bit.LeftFill = label.Length + bit.Mid.Length;
                }
            }
        }
    }
}
