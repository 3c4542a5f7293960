using System.Numerics;

namespace QiskitStudio.Qiskit.QuantumInfo;

/// <summary>
/// Pauli strings with a phase: labels of I, X, Y, Z with the rightmost character on qubit 0, as
/// Qiskit writes them, and their products.
/// </summary>
internal static class PauliAlgebra
{
    /// <summary>Reads a label such as "XZ", "-iYY" or "+Z" into its Pauli characters and phase factor.</summary>
    public static (string Label, Complex Phase) Parse(string text)
    {
        Complex phase = 1;
        int i = 0;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            if (text[i] == '-') phase = -1;
            i++;
        }
        if (i < text.Length && (text[i] == 'i' || text[i] == 'j'))
        {
            phase *= Complex.ImaginaryOne;
            i++;
        }
        string label = text[i..];
        foreach (char c in label)
            if (c is not ('I' or 'X' or 'Y' or 'Z'))
                throw new ArgumentException($"Invalid Pauli string: '{text}'");
        if (label.Length == 0) throw new ArgumentException($"Invalid Pauli string: '{text}'");
        return (label, phase);
    }

    /// <summary>The product a·b of two Pauli strings (a applied after b, as matrices a @ b).</summary>
    public static (string Label, Complex Phase) Multiply(string a, string b)
    {
        if (a.Length != b.Length) throw new ArgumentException("Pauli strings act on different numbers of qubits.");
        var chars = new char[a.Length];
        Complex phase = 1;
        for (int k = 0; k < a.Length; k++)
        {
            var (c, p) = MultiplyOne(a[k], b[k]);
            chars[k] = c;
            phase *= p;
        }
        return (new string(chars), phase);
    }

    private static (char, Complex) MultiplyOne(char a, char b)
    {
        var i = Complex.ImaginaryOne;
        if (a == 'I') return (b, 1);
        if (b == 'I') return (a, 1);
        if (a == b) return ('I', 1);
        return (a, b) switch
        {
            ('X', 'Y') => ('Z', i),
            ('Y', 'X') => ('Z', -i),
            ('Y', 'Z') => ('X', i),
            ('Z', 'Y') => ('X', -i),
            ('Z', 'X') => ('Y', i),
            ('X', 'Z') => ('Y', -i),
            _ => throw new ArgumentException("Invalid Pauli character."),
        };
    }

    /// <summary>Qiskit's printed phase prefix: "", "-i", "-", "i".</summary>
    public static string PhasePrefix(Complex phase)
    {
        if (Near(phase, 1)) return "";
        if (Near(phase, -1)) return "-";
        if (Near(phase, Complex.ImaginaryOne)) return "i";
        if (Near(phase, -Complex.ImaginaryOne)) return "-i";
        throw new ArgumentException("A Pauli phase must be 1, -1, i or -i.");
    }

    private static bool Near(Complex a, Complex b) => (a - b).Magnitude < 1e-12;

    /// <summary>Places each qubit i of <paramref name="label"/> at position layout[i] of a wider label.</summary>
    public static string ApplyLayout(string label, IReadOnlyList<int> layout, int numQubits)
    {
        int n = label.Length;
        if (layout.Count != n) throw new ArgumentException($"Layout has {layout.Count} qubits but the operator has {n}.");
        var chars = Enumerable.Repeat('I', numQubits).ToArray();
        for (int q = 0; q < n; q++)
        {
            int target = layout[q];
            if (target < 0 || target >= numQubits) throw new ArgumentException($"Layout position {target} is out of range for {numQubits} qubits.");
            chars[numQubits - 1 - target] = label[n - 1 - q];
        }
        return new string(chars);
    }
}
