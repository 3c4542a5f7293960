using System.Numerics;
using System.Runtime.CompilerServices;

namespace QiskitStudio.Quantum.Simulation;

/// <summary>A fused block: one unitary over ascending <see cref="Qubits"/>, standing for <see cref="Sources"/> gates.</summary>
internal sealed record FusedGate(int[] Qubits, Complex[] Matrix, IReadOnlyList<GateOp> Sources);

/// <summary>
/// Merges runs of neighbouring gates into blocks of at most <c>maxQubits</c> qubits, so that
/// a block costs one pass over the state instead of one pass per gate (qsim's idea; this
/// greedy is our own). A gate joins the latest block on any of its qubits when the union
/// still fits; that is exact because no block after that one touches the gate's qubits.
/// Earlier blocks that are still the latest on all their qubits are pulled forward into the
/// same block when they fit (they commute with everything in between).
/// A dense block of k qubits costs about 2^k multiply-adds per amplitude, so a block may grow
/// past two qubits only while it stays diagonal (applied by the cheap diagonal kernel) or holds
/// at least one unit of work per qubit, counting non-diagonal gates and one-qubit gates (not
/// multi-qubit diagonal ones such as CZ or CP): a QFT's ladder of controlled phases then becomes
/// diagonal blocks instead of dense 4-qubit blocks, while a layered circuit still fuses fully.
/// </summary>
internal static class GateFuser
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<FusedGate> Fuse(IReadOnlyList<GateOp> gates, int qubitCount, int maxQubits)
    {
        var blocks = new List<Block>();
        var latest = new int[qubitCount];
        Array.Fill(latest, -1);

        foreach (GateOp gate in gates)
        {
            int l = -1;
            foreach (int q in gate.Qubits)
            {
                l = Math.Max(l, latest[q]);
            }

            bool diagonal = IsDiagonal(gate.Matrix);
            int work = !diagonal || gate.Qubits.Count == 1 ? 1 : 0;
            Block target;
            if (l >= 0 && gate.Qubits.Count <= maxQubits && blocks[l].UnionCount(gate.Qubits) <= maxQubits
                && WorthFusing(blocks[l].UnionCount(gate.Qubits), blocks[l].Work + work, blocks[l].Diagonal && diagonal))
            {
                target = blocks[l];
            }
            else
            {
                target = new Block(blocks.Count);
                blocks.Add(target);
                l = target.Index;
            }

            foreach (int q in gate.Qubits)
            {
                int y = latest[q];
                if (y < 0 || y == l || blocks[y].Removed)
                {
                    continue;
                }

                Block earlier = blocks[y];
                bool isLatestEverywhere = earlier.Qubits.All(x => latest[x] == y);
                var union = new HashSet<int>(target.Qubits);
                union.UnionWith(earlier.Qubits);
                union.UnionWith(gate.Qubits);
                if (isLatestEverywhere && union.Count <= maxQubits
                    && WorthFusing(union.Count, target.Work + earlier.Work + work, target.Diagonal && earlier.Diagonal && diagonal))
                {
                    target.Gates.InsertRange(0, earlier.Gates);
                    target.Qubits.UnionWith(earlier.Qubits);
                    target.Work += earlier.Work;
                    target.Diagonal &= earlier.Diagonal;
                    earlier.Removed = true;
                    foreach (int x in earlier.Qubits)
                    {
                        latest[x] = l;
                    }
                }
            }

            target.Gates.Add(gate);
            target.Qubits.UnionWith(gate.Qubits);
            target.Work += work;
            target.Diagonal &= diagonal;
            foreach (int q in gate.Qubits)
            {
                latest[q] = l;
            }
        }

        var result = new List<FusedGate>(blocks.Count);
        foreach (Block block in blocks)
        {
            if (block.Removed)
            {
                continue;
            }

            if (block.Gates.Count == 1)
            {
                GateOp only = block.Gates[0];
                result.Add(new FusedGate([.. only.Qubits], only.Matrix, block.Gates));
                continue;
            }

            int[] qubits = [.. block.Qubits.Order()];
            result.Add(new FusedGate(qubits, Multiply(block.Gates, qubits), block.Gates));
        }

        return result;
    }

    /// <summary>The product of the gates (first gate applied first) over the block's ascending qubits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static Complex[] Multiply(IReadOnlyList<GateOp> gates, int[] qubits)
    {
        int dim = 1 << qubits.Length;
        var m = new Complex[dim * dim];
        for (int j = 0; j < dim; j++)
        {
            m[j * dim + j] = Complex.One;
        }

        if (gates.All(g => IsDiagonal(g.Matrix)))
        {
            // A product of diagonal gates (a QFT's phase ladder): multiply the diagonals.
            foreach (GateOp gate in gates)
            {
                int[] gateBits = [.. gate.Qubits.Select(q => Array.IndexOf(qubits, q))];
                int gateDim = 1 << gateBits.Length;
                for (int j = 0; j < dim; j++)
                {
                    int local = 0;
                    for (int t = 0; t < gateBits.Length; t++)
                    {
                        local |= (j >> gateBits[t] & 1) << t;
                    }

                    m[j * dim + j] *= gate.Matrix[local * gateDim + local];
                }
            }

            return m;
        }

        var column = new Complex[dim];
        foreach (GateOp gate in gates)
        {
            int[] bits = [.. gate.Qubits.Select(q => Array.IndexOf(qubits, q))];
            int gdim = 1 << bits.Length;
            int gateMask = 0;
            foreach (int b in bits)
            {
                gateMask |= 1 << b;
            }

            var local = new Complex[gdim];
            for (int c = 0; c < dim; c++)
            {
                for (int r = 0; r < dim; r++)
                {
                    column[r] = m[r * dim + c];
                }

                // Apply the gate to this column as to a small state vector.
                for (int rest = 0; rest < dim; rest++)
                {
                    if ((rest & gateMask) != 0)
                    {
                        continue;
                    }

                    for (int x = 0; x < gdim; x++)
                    {
                        local[x] = column[rest | Spread(x, bits)];
                    }

                    for (int y = 0; y < gdim; y++)
                    {
                        Complex sum = Complex.Zero;
                        for (int x = 0; x < gdim; x++)
                        {
                            sum += gate.Matrix[y * gdim + x] * local[x];
                        }

                        m[(rest | Spread(y, bits)) * dim + c] = sum;
                    }
                }
            }
        }

        return m;
    }

    /// <summary>Whether a block of this many qubits, holding this much work, is worth one dense pass.</summary>
    private static bool WorthFusing(int qubits, int work, bool diagonal)
        => qubits <= 2 || diagonal || work >= qubits;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsDiagonal(Complex[] matrix)
    {
        int dim = (int)Math.Sqrt(matrix.Length);
        for (int r = 0; r < dim; r++)
        {
            for (int c = 0; c < dim; c++)
            {
                if (r != c && matrix[r * dim + c] != Complex.Zero)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static int Spread(int value, int[] bits)
    {
        int result = 0;
        for (int t = 0; t < bits.Length; t++)
        {
            result |= (value >> t & 1) << bits[t];
        }

        return result;
    }

    private sealed class Block(int index)
    {
        public int Index { get; } = index;

        public HashSet<int> Qubits { get; } = [];

        public List<GateOp> Gates { get; } = [];

        public bool Removed { get; set; }

        /// <summary>Non-diagonal gates and one-qubit gates in the block.</summary>
        public int Work { get; set; }

        /// <summary>True while every gate in the block is diagonal.</summary>
        public bool Diagonal { get; set; } = true;

        public int UnionCount(IReadOnlyList<int> qubits) => Qubits.Count + qubits.Count(q => !Qubits.Contains(q));
    }
}
