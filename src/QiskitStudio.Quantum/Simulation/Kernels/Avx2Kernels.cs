using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QiskitStudio.Quantum.Simulation.Kernels;

/// <summary>
/// AVX2 + FMA kernels. A 256-bit vector holds two interleaved complex amplitudes.
/// <list type="bullet">
/// <item>"High" gates (qubit 0 untouched): the two lanes are the same slot of two neighbouring
/// groups, so a matrix element is broadcast and each group is updated with plain FMAs.</item>
/// <item>"Low" gates (qubit 0 a target): the two lanes are the bit-0 pair of one group, and each
/// matrix element pair is laid out per lane, with a 128-bit lane swap for the cross terms.</item>
/// </list>
/// A complex product x·m is FMA(x, m.re) ± swap(x)·m.im, finished with one add-subtract.
/// </summary>
internal sealed unsafe class Avx2Kernels : IGateKernels
{
    public static bool IsSupported => GateKernels.HardwareAvx2;

    public string Name => "avx2";

    private const byte SwapReIm = 0b0101;
    private const byte SwapHalves = 0b01_00_11_10;

    public void ApplyDense(StateBuffer state, DenseGate gate, ParallelPolicy policy)
    {
        if (state.Qubits < 2 || (gate.ControlMask & 1) != 0)
        {
            if ((gate.ControlMask & 1) != 0 && state.Qubits >= 2)
            {
                ApplyDense(state, (DenseGate)(gate.KernelData ??= gate.ToDense()), policy);
            }
            else
            {
                GateKernels.Portable.ApplyDense(state, gate, policy);
            }

            return;
        }

        if (gate.Targets[0] == 0)
        {
            ApplyDenseLow(state, gate, policy);
        }
        else if (gate.Targets.Length == 1)
        {
            ApplyDenseHigh1(state, gate, policy);
        }
        else
        {
            ApplyDenseHigh(state, gate, policy);
        }

        GC.KeepAlive(state);
    }

    public void ApplyDiagonal(StateBuffer state, DiagonalGate gate, ParallelPolicy policy)
    {
        if (state.Qubits < 2)
        {
            GateKernels.Portable.ApplyDiagonal(state, gate, policy);
            return;
        }

        var table = (DiagonalTable)(gate.KernelData ??= new DiagonalTable(gate));
        int n = state.Qubits;
        int runShift = (table.RestPositions.Length == 0 ? n : table.RestPositions[0]) - 1;
        if (runShift < DiagonalTable.ShortRunShift)
        {
            // Runs of fewer than 2^ShortRunShift vectors: look the index up, do not recompute it per run.
            policy.For(state.Length / 2, n, (start, end) => DiagonalShortRunsRange(state.Data, table, start, end));
        }
        else
        {
            policy.For(state.Length / 2, n, (start, end) => DiagonalRange(state.Data, table, runShift, start, end));
        }

        GC.KeepAlive(state);
    }

    public void ApplyPermutation(StateBuffer state, PermutationGate gate, ParallelPolicy policy)
    {
        if (state.Qubits < 2 || gate.Targets[0] == 0 || (gate.ControlMask & 1) != 0)
        {
            if (state.Qubits < 2)
            {
                GateKernels.Portable.ApplyPermutation(state, gate, policy);
            }
            else
            {
                ApplyDense(state, (DenseGate)(gate.KernelData ??= gate.ToDense()), policy);
            }

            return;
        }

        var shape = new GroupShape(gate);
        policy.For(gate.GroupCount(state.Qubits) / 2, state.Qubits, (start, end) => PermutationRange(state.Data, gate, shape, start, end));
        GC.KeepAlive(state);
    }

    private static void ApplyDenseHigh1(StateBuffer state, DenseGate gate, ParallelPolicy policy)
    {
        var prep = (HighMatrix)(gate.KernelData ??= new HighMatrix(gate));
        var shape = new GroupShape(gate);
        policy.For(gate.GroupCount(state.Qubits) / 2, state.Qubits, (start, end) => DenseHigh1Range(state.Data, prep, shape, 2 * gate.Offsets[1], start, end));
    }

    private static void ApplyDenseHigh(StateBuffer state, DenseGate gate, ParallelPolicy policy)
    {
        var prep = (HighMatrix)(gate.KernelData ??= new HighMatrix(gate));
        var shape = new GroupShape(gate);
        policy.For(gate.GroupCount(state.Qubits) / 2, state.Qubits, (start, end) => DenseHighRange(state.Data, prep, shape, gate.Offsets, start, end));
    }

    private static void ApplyDenseLow(StateBuffer state, DenseGate gate, ParallelPolicy policy)
    {
        var prep = (LowMatrix)(gate.KernelData ??= new LowMatrix(gate));
        var shape = new GroupShape(gate, low: true, state.Qubits);
        policy.For(gate.GroupCount(state.Qubits), state.Qubits, (start, end) =>
        {
            if (gate.Dimension == 2)
            {
                DenseLow1Range(state.Data, prep, shape, start, end);
            }
            else
            {
                DenseLowRange(state.Data, prep, shape, gate.Offsets, start, end);
            }
        });
    }

    /// <summary>
    /// Where the groups of a gate lie: group g starts at Base(g). High kernels step over pairs
    /// of groups (index 2t), which inside a run of 2^RunShift steps lie one vector (2 amplitudes)
    /// apart. Low kernels step over single groups; when the gate's lowest L qubits are exactly
    /// 0…L−1, consecutive groups inside a run lie 2^L amplitudes apart (Stride).
    /// </summary>
    private readonly struct GroupShape
    {
        public GroupShape(KernelGate gate, bool low = false, int qubits = 0)
        {
            Positions = gate.Positions;
            ControlValues = gate.ControlValues;
            if (low)
            {
                int l = 0;
                while (l < Positions.Length && Positions[l] == l)
                {
                    l++;
                }

                Stride = 1L << l;
                RunShift = (l < Positions.Length ? Positions[l] : qubits) - l;
            }
            else
            {
                Stride = 2;
                RunShift = Positions[0] - 1;
            }
        }

        public int[] Positions { get; }

        public long ControlValues { get; }

        public int RunShift { get; }

        /// <summary>Amplitudes between the starts of consecutive steps inside a run.</summary>
        public long Stride { get; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public long Base(long g)
        {
            foreach (int p in Positions)
            {
                long low = g & ((1L << p) - 1);
                g = ((g - low) << 1) | low;
            }

            return g | ControlValues;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DiagonalRange(double* data, DiagonalTable table, int runShift, long start, long end)
    {
        fixed (Vector256<double>* re = table.Re, im = table.Im)
        {
            int[] rest = table.RestPositions;
            for (long t = start; t < end;)
            {
                int key = KernelGate.Extract(2 * t, rest);
                Vector256<double> cr = re[key];
                Vector256<double> ci = im[key];
                long runEnd = Math.Min(end, ((t >> runShift) + 1) << runShift);
                double* p = data + 4 * t;
                double* stop = data + 4 * runEnd;
                for (; p < stop; p += 4)
                {
                    Vector256<double> v = Avx.LoadVector256(p);
                    Avx.Store(p, Avx.AddSubtract(Avx.Multiply(v, cr), Avx.Multiply(Avx.Permute(v, SwapReIm), ci)));
                }

                t = runEnd;
            }
        }
    }

    /// <summary>
    /// The diagonal when a target lies just above qubit 0 (a QFT's phase ladders: runs of one or
    /// two vectors). The table index of vector t is the low part, looked up from the low
    /// <see cref="DiagonalTable.LowBits"/> bits of t, joined to the high part, which is computed
    /// once per block of 2^LowBits vectors.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DiagonalShortRunsRange(double* data, DiagonalTable table, long start, long end)
    {
        const int bits = DiagonalTable.LowBits;
        const long lowMask = (1L << bits) - 1;
        int[] high = table.HighPositions;
        int highShift = table.LowCount;
        fixed (Vector256<double>* re = table.Re, im = table.Im)
        fixed (int* lowKey = table.LowKey)
        {
            for (long t = start; t < end;)
            {
                int highKey = KernelGate.Extract(2 * t, high) << highShift;
                long blockEnd = Math.Min(end, ((t >> bits) + 1) << bits);
                double* p = data + 4 * t;
                for (; t < blockEnd; t++, p += 4)
                {
                    int key = highKey | lowKey[t & lowMask];
                    Vector256<double> v = Avx.LoadVector256(p);
                    Avx.Store(p, Avx.AddSubtract(Avx.Multiply(v, re[key]), Avx.Multiply(Avx.Permute(v, SwapReIm), im[key])));
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PermutationRange(double* data, PermutationGate gate, GroupShape shape, long start, long end)
    {
        int dim = gate.Dimension;
        bool phases = gate.HasPhases;
        Vector256<double>* v = stackalloc Vector256<double>[dim];
        Vector256<double>* pr = stackalloc Vector256<double>[dim];
        Vector256<double>* pi = stackalloc Vector256<double>[dim];
        long* from = stackalloc long[dim];
        long* to = stackalloc long[dim];
        for (int j = 0; j < dim; j++)
        {
            from[j] = 2 * gate.Offsets[j];
            to[j] = 2 * gate.Offsets[gate.Destination[j]];
            pr[j] = Vector256.Create(gate.Phase[j].Real);
            pi[j] = Vector256.Create(gate.Phase[j].Imaginary);
        }

        int runShift = shape.RunShift;
        if (dim == 2 && !phases)
        {
            // X-like: swap two vectors (CX, X on a qubit above 0).
            long a = from[0], b = from[1];
            for (long t = start; t < end;)
            {
                long runEnd = Math.Min(end, ((t >> runShift) + 1) << runShift);
                double* p = data + 2 * shape.Base(2 * t);
                for (; t < runEnd; t++, p += 4)
                {
                    Vector256<double> x = Avx.LoadVector256(p + a);
                    Vector256<double> y = Avx.LoadVector256(p + b);
                    Avx.Store(p + a, y);
                    Avx.Store(p + b, x);
                }
            }

            return;
        }

        for (long t = start; t < end;)
        {
            long runEnd = Math.Min(end, ((t >> runShift) + 1) << runShift);
            double* p = data + 2 * shape.Base(2 * t);
            for (; t < runEnd; t++, p += 4)
            {
                for (int j = 0; j < dim; j++)
                {
                    v[j] = Avx.LoadVector256(p + from[j]);
                }

                for (int j = 0; j < dim; j++)
                {
                    Vector256<double> x = v[j];
                    if (phases)
                    {
                        x = Avx.AddSubtract(Avx.Multiply(x, pr[j]), Avx.Multiply(Avx.Permute(x, SwapReIm), pi[j]));
                    }

                    Avx.Store(p + to[j], x);
                }
            }
        }
    }

    /// <summary>One-qubit gate on a qubit above 0: two loads, eight FMAs, two stores per two groups.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DenseHigh1Range(double* data, HighMatrix prep, GroupShape shape, long offset, long start, long end)
    {
        Vector256<double> m00r = prep.Re[0], m01r = prep.Re[1], m10r = prep.Re[2], m11r = prep.Re[3];
        Vector256<double> m00i = prep.Im[0], m01i = prep.Im[1], m10i = prep.Im[2], m11i = prep.Im[3];
        int runShift = shape.RunShift;
        for (long t = start; t < end;)
        {
            long runEnd = Math.Min(end, ((t >> runShift) + 1) << runShift);
            double* p = data + 2 * shape.Base(2 * t);
            double* stop = p + 4 * (runEnd - t);
            for (; p < stop; p += 4)
            {
                Vector256<double> v0 = Avx.LoadVector256(p);
                Vector256<double> v1 = Avx.LoadVector256(p + offset);
                Vector256<double> s0 = Avx.Permute(v0, SwapReIm);
                Vector256<double> s1 = Avx.Permute(v1, SwapReIm);
                Vector256<double> r0 = Fma.MultiplyAdd(v1, m01r, Avx.Multiply(v0, m00r));
                Vector256<double> i0 = Fma.MultiplyAdd(s1, m01i, Avx.Multiply(s0, m00i));
                Vector256<double> r1 = Fma.MultiplyAdd(v1, m11r, Avx.Multiply(v0, m10r));
                Vector256<double> i1 = Fma.MultiplyAdd(s1, m11i, Avx.Multiply(s0, m10i));
                Avx.Store(p, Avx.AddSubtract(r0, i0));
                Avx.Store(p + offset, Avx.AddSubtract(r1, i1));
            }

            t = runEnd;
        }
    }

    /// <summary>
    /// k-qubit gate (k ≥ 2) on qubits above 0 (fused blocks, 2-qubit and controlled gates).
    /// The inputs are read once; then four output rows at a time are accumulated in eight
    /// registers (Σ x·re and Σ x·im per row), so every FMA has one matrix operand from memory
    /// and the inputs are reused across the four rows.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DenseHighRange(double* data, HighMatrix prep, GroupShape shape, long[] offsets, long start, long end)
    {
        int dim = offsets.Length;
        Vector256<double>* input = stackalloc Vector256<double>[dim];
        long* offs = stackalloc long[dim];
        for (int j = 0; j < dim; j++)
        {
            offs[j] = 2 * offsets[j];
        }

        int runShift = shape.RunShift;
        fixed (Vector256<double>* matrix = prep.Blocked)
        {
            for (long t = start; t < end;)
            {
                long runEnd = Math.Min(end, ((t >> runShift) + 1) << runShift);
                double* p = data + 2 * shape.Base(2 * t);
                double* stop = p + 4 * (runEnd - t);
                for (; p < stop; p += 4)
                {
                    for (int c = 0; c < dim; c++)
                    {
                        input[c] = Avx.LoadVector256(p + offs[c]);
                    }

                    Vector256<double>* m = matrix;
                    for (int r = 0; r < dim; r += 4)
                    {
                        Vector256<double> a0 = Vector256<double>.Zero, a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
                        for (int c = 0; c < dim; c++, m += 8)
                        {
                            Vector256<double> x = input[c];
                            a0 = Fma.MultiplyAdd(x, m[0], a0);
                            a1 = Fma.MultiplyAdd(x, m[1], a1);
                            a2 = Fma.MultiplyAdd(x, m[2], a2);
                            a3 = Fma.MultiplyAdd(x, m[3], a3);
                            a4 = Fma.MultiplyAdd(x, m[4], a4);
                            a5 = Fma.MultiplyAdd(x, m[5], a5);
                            a6 = Fma.MultiplyAdd(x, m[6], a6);
                            a7 = Fma.MultiplyAdd(x, m[7], a7);
                        }

                        Avx.Store(p + offs[r], Avx.AddSubtract(a0, Avx.Permute(a1, SwapReIm)));
                        Avx.Store(p + offs[r + 1], Avx.AddSubtract(a2, Avx.Permute(a3, SwapReIm)));
                        Avx.Store(p + offs[r + 2], Avx.AddSubtract(a4, Avx.Permute(a5, SwapReIm)));
                        Avx.Store(p + offs[r + 3], Avx.AddSubtract(a6, Avx.Permute(a7, SwapReIm)));
                    }
                }

                t = runEnd;
            }
        }
    }

    /// <summary>One-qubit gate on qubit 0: each vector is one whole group.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DenseLow1Range(double* data, LowMatrix prep, GroupShape shape, long start, long end)
    {
        Vector256<double> are = prep.ARe[0], aim = prep.AIm[0], bre = prep.BRe[0], bim = prep.BIm[0];
        int runShift = shape.RunShift;
        long stride = shape.Stride;
        for (long g = start; g < end;)
        {
            long runEnd = Math.Min(end, ((g >> runShift) + 1) << runShift);
            double* p = data + 2 * shape.Base(g);
            double* stop = p + 2 * stride * (runEnd - g);
            for (; p < stop; p += 2 * stride)
            {
                Vector256<double> x = Avx.LoadVector256(p);
                Vector256<double> y = Avx2.Permute4x64(x, SwapHalves);
                Vector256<double> accR = Fma.MultiplyAdd(y, bre, Avx.Multiply(x, are));
                Vector256<double> accI = Fma.MultiplyAdd(Avx.Permute(y, SwapReIm), bim, Avx.Multiply(Avx.Permute(x, SwapReIm), aim));
                Avx.Store(p, Avx.AddSubtract(accR, accI));
            }

            g = runEnd;
        }
    }

    /// <summary>
    /// k-qubit gate (k ≥ 2) whose lowest target is qubit 0: each vector is a bit-0 pair of one
    /// group, x; y is x with its halves swapped. Row pairs are accumulated two or four at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DenseLowRange(double* data, LowMatrix prep, GroupShape shape, long[] offsets, long start, long end)
    {
        int half = offsets.Length / 2;
        long stride = shape.Stride;
        Vector256<double>* input = stackalloc Vector256<double>[2 * half];
        long* offs = stackalloc long[half];
        for (int j = 0; j < half; j++)
        {
            offs[j] = 2 * offsets[2 * j];
        }

        int runShift = shape.RunShift;
        fixed (Vector256<double>* matrix = prep.Blocked)
        {
            for (long g = start; g < end;)
            {
                long runEnd = Math.Min(end, ((g >> runShift) + 1) << runShift);
                double* p = data + 2 * shape.Base(g);
                double* stop = p + 2 * stride * (runEnd - g);
                for (; p < stop; p += 2 * stride)
                {
                    for (int c = 0; c < half; c++)
                    {
                        Vector256<double> x = Avx.LoadVector256(p + offs[c]);
                        input[2 * c] = x;
                        input[2 * c + 1] = Avx2.Permute4x64(x, SwapHalves);
                    }

                    Vector256<double>* m = matrix;
                    if (half == 2)
                    {
                        Vector256<double> a0 = Vector256<double>.Zero, a1 = a0, a2 = a0, a3 = a0;
                        for (int c = 0; c < 2; c++, m += 8)
                        {
                            Vector256<double> x = input[2 * c], y = input[2 * c + 1];
                            a0 = Fma.MultiplyAdd(y, m[1], Fma.MultiplyAdd(x, m[0], a0));
                            a1 = Fma.MultiplyAdd(y, m[3], Fma.MultiplyAdd(x, m[2], a1));
                            a2 = Fma.MultiplyAdd(y, m[5], Fma.MultiplyAdd(x, m[4], a2));
                            a3 = Fma.MultiplyAdd(y, m[7], Fma.MultiplyAdd(x, m[6], a3));
                        }

                        Avx.Store(p + offs[0], Avx.AddSubtract(a0, Avx.Permute(a1, SwapReIm)));
                        Avx.Store(p + offs[1], Avx.AddSubtract(a2, Avx.Permute(a3, SwapReIm)));
                        continue;
                    }

                    for (int r = 0; r < half; r += 4)
                    {
                        Vector256<double> a0 = Vector256<double>.Zero, a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
                        for (int c = 0; c < half; c++, m += 16)
                        {
                            Vector256<double> x = input[2 * c], y = input[2 * c + 1];
                            a0 = Fma.MultiplyAdd(y, m[1], Fma.MultiplyAdd(x, m[0], a0));
                            a1 = Fma.MultiplyAdd(y, m[3], Fma.MultiplyAdd(x, m[2], a1));
                            a2 = Fma.MultiplyAdd(y, m[5], Fma.MultiplyAdd(x, m[4], a2));
                            a3 = Fma.MultiplyAdd(y, m[7], Fma.MultiplyAdd(x, m[6], a3));
                            a4 = Fma.MultiplyAdd(y, m[9], Fma.MultiplyAdd(x, m[8], a4));
                            a5 = Fma.MultiplyAdd(y, m[11], Fma.MultiplyAdd(x, m[10], a5));
                            a6 = Fma.MultiplyAdd(y, m[13], Fma.MultiplyAdd(x, m[12], a6));
                            a7 = Fma.MultiplyAdd(y, m[15], Fma.MultiplyAdd(x, m[14], a7));
                        }

                        Avx.Store(p + offs[r], Avx.AddSubtract(a0, Avx.Permute(a1, SwapReIm)));
                        Avx.Store(p + offs[r + 1], Avx.AddSubtract(a2, Avx.Permute(a3, SwapReIm)));
                        Avx.Store(p + offs[r + 2], Avx.AddSubtract(a4, Avx.Permute(a5, SwapReIm)));
                        Avx.Store(p + offs[r + 3], Avx.AddSubtract(a6, Avx.Permute(a7, SwapReIm)));
                    }
                }

                g = runEnd;
            }
        }
    }

    /// <summary>Each matrix element broadcast to all four lanes.</summary>
    private sealed class HighMatrix
    {
        public HighMatrix(DenseGate gate)
        {
            Re = [.. gate.Matrix.Select(m => Vector256.Create(m.Real))];
            Im = [.. gate.Matrix.Select(m => Vector256.Create(m.Imaginary))];

            // Blocked: for each block of four rows, for each column, (re, im) of the four rows.
            int dim = gate.Dimension;
            Blocked = new Vector256<double>[dim < 4 ? 0 : 2 * dim * dim];
            int i = 0;
            for (int r0 = 0; dim >= 4 && r0 < dim; r0 += 4)
            {
                for (int c = 0; c < dim; c++)
                {
                    for (int r = r0; r < r0 + 4; r++)
                    {
                        Blocked[i++] = Re[r * dim + c];
                        Blocked[i++] = Im[r * dim + c];
                    }
                }
            }
        }

        public Vector256<double>[] Blocked { get; }

        public Vector256<double>[] Re { get; }

        public Vector256<double>[] Im { get; }
    }

    /// <summary>
    /// Per (output pair, input pair): A holds (M[2r][2c], M[2r+1][2c+1]) for the straight terms and
    /// B holds (M[2r][2c+1], M[2r+1][2c]) for the terms that cross the bit-0 pair.
    /// </summary>
    private sealed class LowMatrix
    {
        public LowMatrix(DenseGate gate)
        {
            int dim = gate.Dimension;
            int half = dim / 2;
            ARe = new Vector256<double>[half * half];
            AIm = new Vector256<double>[half * half];
            BRe = new Vector256<double>[half * half];
            BIm = new Vector256<double>[half * half];
            Complex[] m = gate.Matrix;
            for (int r = 0; r < half; r++)
            {
                for (int c = 0; c < half; c++)
                {
                    int e = r * half + c;
                    Complex a0 = m[2 * r * dim + 2 * c], a1 = m[(2 * r + 1) * dim + 2 * c + 1];
                    Complex b0 = m[2 * r * dim + 2 * c + 1], b1 = m[(2 * r + 1) * dim + 2 * c];
                    ARe[e] = Pair(a0.Real, a1.Real);
                    AIm[e] = Pair(a0.Imaginary, a1.Imaginary);
                    BRe[e] = Pair(b0.Real, b1.Real);
                    BIm[e] = Pair(b0.Imaginary, b1.Imaginary);
                }
            }

            // Blocked: for each block of (up to) four row pairs, for each column pair, per row pair
            // (A.re, B.re, A.im, B.im): t1 += x·A.re + y·B.re and t2 += x·A.im + y·B.im.
            int block = Math.Min(4, half);
            Blocked = new Vector256<double>[half < 2 ? 0 : 4 * half * half];
            int i = 0;
            for (int r0 = 0; half >= 2 && r0 < half; r0 += block)
            {
                for (int c = 0; c < half; c++)
                {
                    for (int r = r0; r < r0 + block; r++)
                    {
                        int e = r * half + c;
                        Blocked[i++] = ARe[e];
                        Blocked[i++] = BRe[e];
                        Blocked[i++] = AIm[e];
                        Blocked[i++] = BIm[e];
                    }
                }
            }
        }

        public Vector256<double>[] Blocked { get; }

        public Vector256<double>[] ARe { get; }

        public Vector256<double>[] AIm { get; }

        public Vector256<double>[] BRe { get; }

        public Vector256<double>[] BIm { get; }
    }

    /// <summary>
    /// The diagonal as per-lane coefficient pairs, indexed by the target bits above qubit 0
    /// (when qubit 0 is a target its two values fill the two lanes).
    /// </summary>
    private sealed class DiagonalTable
    {
        public DiagonalTable(DiagonalGate gate)
        {
            bool low = gate.Targets[0] == 0;
            RestPositions = low ? gate.Targets[1..] : gate.Targets;
            int size = 1 << RestPositions.Length;
            Re = new Vector256<double>[size];
            Im = new Vector256<double>[size];
            for (int h = 0; h < size; h++)
            {
                Complex d0 = low ? gate.Diagonal[2 * h] : gate.Diagonal[h];
                Complex d1 = low ? gate.Diagonal[2 * h + 1] : gate.Diagonal[h];
                Re[h] = Pair(d0.Real, d1.Real);
                Im[h] = Pair(d0.Imaginary, d1.Imaginary);
            }

            // Vector t holds amplitudes 2t and 2t+1: bit i of t is qubit i+1.
            int[] lowPositions = [.. RestPositions.Where(p => p <= LowBits)];
            LowCount = lowPositions.Length;
            HighPositions = RestPositions[LowCount..];
            LowKey = new int[1 << LowBits];
            for (int t = 0; t < LowKey.Length; t++)
            {
                LowKey[t] = KernelGate.Extract(2L * t, lowPositions);
            }
        }

        /// <summary>Below runs of 2^ShortRunShift vectors the short-run kernel is used.</summary>
        public const int ShortRunShift = 3;

        /// <summary>Bits of the vector index covered by <see cref="LowKey"/>.</summary>
        public const int LowBits = 6;

        public int[] RestPositions { get; }

        /// <summary>Number of rest positions at qubits 1…LowBits.</summary>
        public int LowCount { get; }

        /// <summary>The rest positions above qubit LowBits.</summary>
        public int[] HighPositions { get; }

        /// <summary>The table index bits of the low rest positions, for each value of the vector index's low LowBits bits.</summary>
        public int[] LowKey { get; }

        public Vector256<double>[] Re { get; }

        public Vector256<double>[] Im { get; }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Pair(double lane01, double lane23) => Vector256.Create(lane01, lane01, lane23, lane23);
}
