using System.Numerics;
using System.Runtime.CompilerServices;

namespace QiskitStudio.Quantum.Simulation.Kernels;

/// <summary>
/// Turns a unitary (qubits, matrix) into the cheapest kernel gate that applies it exactly:
/// diagonal, permutation with phases, or dense; controls are found in the matrix and peeled
/// off, so CX becomes "X where qubit c is 1" and touches only half of the state.
/// </summary>
internal static class GateClassifier
{
    /// <summary>
    /// Classifies a unitary given row-major and little-endian over <paramref name="qubits"/>
    /// (qubits[0] is the least significant bit). Returns null for an exact identity.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static KernelGate? Classify(IReadOnlyList<int> qubits, Complex[] matrix)
    {
        (int[] targets, Complex[] m) = ToAscending(qubits, matrix);
        int dim = 1 << targets.Length;

        if (IsDiagonal(m, dim))
        {
            var diagonal = new Complex[dim];
            bool identity = true;
            for (int j = 0; j < dim; j++)
            {
                diagonal[j] = m[j * dim + j];
                identity &= diagonal[j] == Complex.One;
            }

            return identity ? null : new DiagonalGate(targets, diagonal);
        }

        var controls = new List<int>();
        var controlValues = new List<int>();
        var remaining = targets.ToList();
        for (int t = remaining.Count - 1; t >= 0 && remaining.Count > 1; t--)
        {
            int d = 1 << remaining.Count;
            for (int value = 1; value >= 0; value--)
            {
                if (IsControl(m, d, t, value))
                {
                    m = SubMatrix(m, d, t, value);
                    controls.Add(remaining[t]);
                    controlValues.Add(value);
                    remaining.RemoveAt(t);
                    break;
                }
            }
        }

        int[] order = [.. Enumerable.Range(0, controls.Count).OrderBy(i => controls[i])];
        int[] sortedControls = [.. order.Select(i => controls[i])];
        int[] sortedValues = [.. order.Select(i => controlValues[i])];
        int[] finalTargets = [.. remaining];
        int fd = 1 << finalTargets.Length;

        if (TryPermutation(m, fd, out int[]? destination, out Complex[]? phase))
        {
            return new PermutationGate(finalTargets, destination, phase, sortedControls, sortedValues);
        }

        return new DenseGate(finalTargets, m, sortedControls, sortedValues);
    }

    /// <summary>A controlled dense gate as an uncontrolled dense gate over all its qubits.</summary>
    public static DenseGate ExpandControls(DenseGate gate)
    {
        int[] qubits = gate.Positions;
        int dim = 1 << qubits.Length;
        int sub = gate.Dimension;
        var m = new Complex[dim * dim];
        int[] targetBits = [.. gate.Targets.Select(t => Array.IndexOf(qubits, t))];
        int controlMask = 0;
        int controlValues = 0;
        foreach (int c in gate.Controls)
        {
            int bit = Array.IndexOf(qubits, c);
            controlMask |= 1 << bit;
            if ((gate.ControlValues >> c & 1) != 0)
            {
                controlValues |= 1 << bit;
            }
        }

        for (int col = 0; col < dim; col++)
        {
            if ((col & controlMask) != controlValues)
            {
                m[col * dim + col] = Complex.One;
                continue;
            }

            int rest = col & ~(int)KernelGate.Deposit(sub - 1, targetBits);
            int c = KernelGate.Extract(col, targetBits);
            for (int r = 0; r < sub; r++)
            {
                int row = rest | (int)KernelGate.Deposit(r, targetBits);
                m[row * dim + col] = gate.Matrix[r * sub + c];
            }
        }

        return new DenseGate(qubits, m);
    }

    /// <summary>Reorders a matrix so that its qubit list is ascending.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (int[] Qubits, Complex[] Matrix) ToAscending(IReadOnlyList<int> qubits, Complex[] matrix)
    {
        int k = qubits.Count;
        int dim = 1 << k;
        if (matrix.Length != dim * dim)
        {
            throw new ArgumentException($"a {k}-qubit gate needs a {dim}x{dim} matrix", nameof(matrix));
        }

        if (qubits.Distinct().Count() != k)
        {
            throw new ArgumentException("a gate's qubits must be distinct", nameof(qubits));
        }

        int[] sorted = [.. qubits.Order()];
        if (sorted.SequenceEqual(qubits))
        {
            return (sorted, matrix);
        }

        // oldBit[u]: the bit of the original index that sorted position u corresponds to.
        int[] oldBit = [.. sorted.Select(q => qubits.ToList().IndexOf(q))];
        var map = new int[dim];
        for (int j = 0; j < dim; j++)
        {
            int old = 0;
            for (int u = 0; u < k; u++)
            {
                old |= (j >> u & 1) << oldBit[u];
            }

            map[j] = old;
        }

        var result = new Complex[dim * dim];
        for (int r = 0; r < dim; r++)
        {
            for (int c = 0; c < dim; c++)
            {
                result[r * dim + c] = matrix[map[r] * dim + map[c]];
            }
        }

        return (sorted, result);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsDiagonal(Complex[] m, int dim)
    {
        for (int r = 0; r < dim; r++)
        {
            for (int c = 0; c < dim; c++)
            {
                if (r != c && m[r * dim + c] != Complex.Zero)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>True if bit t is a control with the given value: elsewhere the matrix is the identity and never mixes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsControl(Complex[] m, int dim, int t, int value)
    {
        for (int r = 0; r < dim; r++)
        {
            for (int c = 0; c < dim; c++)
            {
                int rb = r >> t & 1;
                int cb = c >> t & 1;
                if (rb == value && cb == value)
                {
                    continue;
                }

                Complex expected = r == c ? Complex.One : Complex.Zero;
                if (m[r * dim + c] != expected)
                {
                    return false;
                }
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Complex[] SubMatrix(Complex[] m, int dim, int t, int value)
    {
        int sub = dim / 2;
        var result = new Complex[sub * sub];
        for (int r = 0; r < sub; r++)
        {
            int fr = Insert(r, t, value);
            for (int c = 0; c < sub; c++)
            {
                result[r * sub + c] = m[fr * dim + Insert(c, t, value)];
            }
        }

        return result;
    }

    private static int Insert(int x, int t, int bit)
    {
        int low = x & ((1 << t) - 1);
        return ((x - low) << 1) | (bit << t) | low;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryPermutation(Complex[] m, int dim, out int[] destination, out Complex[] phase)
    {
        destination = new int[dim];
        phase = new Complex[dim];
        var rowUsed = new bool[dim];
        for (int c = 0; c < dim; c++)
        {
            int found = -1;
            for (int r = 0; r < dim; r++)
            {
                if (m[r * dim + c] != Complex.Zero)
                {
                    if (found >= 0)
                    {
                        return false;
                    }

                    found = r;
                }
            }

            if (found < 0 || rowUsed[found])
            {
                return false;
            }

            rowUsed[found] = true;
            destination[c] = found;
            phase[c] = m[found * dim + c];
        }

        return true;
    }
}
