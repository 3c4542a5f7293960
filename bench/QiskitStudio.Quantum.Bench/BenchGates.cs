using System.Numerics;
using QiskitStudio.Quantum.Simulation;

namespace QiskitStudio.Quantum.Bench;

/// <summary>A gate by name, qubits and angles: the neutral form both simulators are given.</summary>
internal sealed record BenchGate(string Name, int[] Qubits, double Angle = 0)
{
    private static readonly Complex I = Complex.ImaginaryOne;
    private static readonly double R = 1 / Math.Sqrt(2);

    public Complex[] Matrix() => Name switch
    {
        "h" => [R, R, R, -R],
        "x" => [0, 1, 1, 0],
        "rx" => [Math.Cos(Angle / 2), -I * Math.Sin(Angle / 2), -I * Math.Sin(Angle / 2), Math.Cos(Angle / 2)],
        "ry" => [Math.Cos(Angle / 2), -Math.Sin(Angle / 2), Math.Sin(Angle / 2), Math.Cos(Angle / 2)],
        "rz" => [Complex.Exp(-I * Angle / 2), 0, 0, Complex.Exp(I * Angle / 2)],
        "cx" => [1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0],
        "cz" => [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, -1],
        "cu1" => [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, Complex.Exp(I * Angle)],
        "swap" => [1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1],
        _ => throw new ArgumentException($"no matrix for {Name}"),
    };
}

/// <summary>The benchmark circuits, built once in a neutral form.</summary>
internal static class BenchCircuits
{
    public static List<BenchGate> Ghz(int n)
    {
        var gates = new List<BenchGate> { new("h", [0]) };
        for (int q = 1; q < n; q++)
        {
            gates.Add(new BenchGate("cx", [q - 1, q]));
        }

        return gates;
    }

    public static List<BenchGate> Qft(int n)
    {
        var gates = new List<BenchGate>();
        for (int j = n - 1; j >= 0; j--)
        {
            gates.Add(new BenchGate("h", [j]));
            for (int k = j - 1; k >= 0; k--)
            {
                gates.Add(new BenchGate("cu1", [k, j], Math.PI / Math.Pow(2, j - k)));
            }
        }

        for (int q = 0; q < n / 2; q++)
        {
            gates.Add(new BenchGate("swap", [q, n - 1 - q]));
        }

        return gates;
    }

    /// <summary>
    /// Depth-<paramref name="depth"/> random circuit: each layer a random rotation (rx, ry or rz,
    /// random angle) on every qubit, then CZ on pairs (q, q+1) starting at 0 on even layers and 1 on odd.
    /// </summary>
    public static List<BenchGate> Random(int n, int depth, int seed = 2024)
    {
        var random = new Random(seed);
        string[] rotations = ["rx", "ry", "rz"];
        var gates = new List<BenchGate>();
        for (int layer = 0; layer < depth; layer++)
        {
            for (int q = 0; q < n; q++)
            {
                gates.Add(new BenchGate(rotations[random.Next(3)], [q], random.NextDouble() * 2 * Math.PI));
            }

            for (int q = layer % 2; q + 1 < n; q += 2)
            {
                gates.Add(new BenchGate("cz", [q, q + 1]));
            }
        }

        return gates;
    }

    public static SimulationProgram ToProgram(int n, IEnumerable<BenchGate> gates)
    {
        var program = new SimulationProgram(n);
        foreach (BenchGate gate in gates)
        {
            program.Gate(gate.Name, gate.Matrix(), gate.Qubits);
        }

        return program;
    }
}
