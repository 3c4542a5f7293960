using System.Numerics;

namespace QiskitStudio.Quantum.Linear;

/// <summary>
/// Square complex matrices stored row-major in a flat <see cref="Complex"/> array, the form every
/// gate reports its unitary in. Qiskit's convention: the first qubit of a gate is the least
/// significant bit of the row/column index.
/// </summary>
public static class Matrix
{
    public static int Dimension(Complex[] m)
    {
        int d = (int)Math.Round(Math.Sqrt(m.Length));
        if (d * d != m.Length) throw new ArgumentException("Matrix is not square.");
        return d;
    }

    public static int QubitCount(Complex[] m) => System.Numerics.BitOperations.Log2((uint)Dimension(m));

    public static Complex[] Identity(int dimension)
    {
        var m = new Complex[dimension * dimension];
        for (int i = 0; i < dimension; i++) m[i * dimension + i] = Complex.One;
        return m;
    }

    public static Complex[] Diagonal(params Complex[] diagonal)
    {
        int d = diagonal.Length;
        var m = new Complex[d * d];
        for (int i = 0; i < d; i++) m[i * d + i] = diagonal[i];
        return m;
    }

    /// <summary>a · b (apply b first, then a).</summary>
    public static Complex[] Multiply(Complex[] a, Complex[] b)
    {
        int d = Dimension(a);
        if (b.Length != a.Length) throw new ArgumentException("Dimension mismatch.");
        var r = new Complex[d * d];
        for (int i = 0; i < d; i++)
            for (int k = 0; k < d; k++)
            {
                Complex aik = a[i * d + k];
                if (aik == Complex.Zero) continue;
                for (int j = 0; j < d; j++) r[i * d + j] += aik * b[k * d + j];
            }
        return r;
    }

    public static Complex[] Scale(Complex[] a, Complex factor)
    {
        var r = new Complex[a.Length];
        for (int i = 0; i < a.Length; i++) r[i] = a[i] * factor;
        return r;
    }

    public static Complex[] Adjoint(Complex[] a)
    {
        int d = Dimension(a);
        var r = new Complex[a.Length];
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++) r[j * d + i] = Complex.Conjugate(a[i * d + j]);
        return r;
    }

    /// <summary>Kronecker product a ⊗ b: b acts on the low (first) qubits, a on the high ones.</summary>
    public static Complex[] Kron(Complex[] a, Complex[] b)
    {
        int da = Dimension(a), db = Dimension(b), d = da * db;
        var r = new Complex[d * d];
        for (int i = 0; i < da; i++)
            for (int j = 0; j < da; j++)
            {
                Complex aij = a[i * da + j];
                if (aij == Complex.Zero) continue;
                for (int k = 0; k < db; k++)
                    for (int l = 0; l < db; l++)
                        r[(i * db + k) * d + j * db + l] = aij * b[k * db + l];
            }
        return r;
    }

    /// <summary>
    /// Embeds a gate matrix acting on <paramref name="qubits"/> (its first qubit = least
    /// significant bit of the gate's index) into the full <paramref name="numQubits"/>-qubit space.
    /// </summary>
    public static Complex[] Embed(Complex[] gate, IReadOnlyList<int> qubits, int numQubits)
    {
        int k = qubits.Count;
        int gd = 1 << k, d = 1 << numQubits;
        if (gate.Length != gd * gd) throw new ArgumentException("Gate matrix does not match its qubit count.");
        var r = new Complex[(long)d * d];
        int mask = 0;
        foreach (int q in qubits) mask |= 1 << q;
        for (int col = 0; col < d; col++)
        {
            int rest = col & ~mask;
            int gcol = 0;
            for (int b = 0; b < k; b++) if ((col >> qubits[b] & 1) != 0) gcol |= 1 << b;
            for (int grow = 0; grow < gd; grow++)
            {
                Complex v = gate[grow * gd + gcol];
                if (v == Complex.Zero) continue;
                int row = rest;
                for (int b = 0; b < k; b++) if ((grow >> b & 1) != 0) row |= 1 << qubits[b];
                r[(long)row * d + col] = v;
            }
        }
        return r;
    }

    /// <summary>
    /// The matrix of a controlled operation: the base acts on the qubits after the first
    /// <paramref name="numControls"/> ones when the controls read <paramref name="ctrlState"/>
    /// (bit i of ctrlState is the state of control i).
    /// </summary>
    public static Complex[] Controlled(Complex[] baseMatrix, int numControls, int ctrlState)
    {
        int bd = Dimension(baseMatrix);
        int cd = 1 << numControls, d = bd * cd;
        var r = Identity(d);
        for (int i = 0; i < bd; i++)
            for (int j = 0; j < bd; j++)
            {
                int row = i * cd + ctrlState, col = j * cd + ctrlState;
                r[row * d + col] = baseMatrix[i * bd + j];
            }
        return r;
    }

    public static bool IsUnitary(Complex[] m, double tolerance = 1e-9) =>
        ApproximatelyEqual(Multiply(m, Adjoint(m)), Identity(Dimension(m)), tolerance);

    public static bool ApproximatelyEqual(Complex[] a, Complex[] b, double tolerance = 1e-9)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++) if (Complex.Abs(a[i] - b[i]) > tolerance) return false;
        return true;
    }

    /// <summary>True when a = e^{iφ} b for some global phase φ.</summary>
    public static bool EqualUpToGlobalPhase(Complex[] a, Complex[] b, double tolerance = 1e-9)
    {
        if (a.Length != b.Length) return false;
        int pivot = 0;
        for (int i = 1; i < b.Length; i++) if (Complex.Abs(b[i]) > Complex.Abs(b[pivot])) pivot = i;
        if (Complex.Abs(b[pivot]) < tolerance) return ApproximatelyEqual(a, b, tolerance);
        Complex phase = a[pivot] / b[pivot];
        if (Math.Abs(Complex.Abs(phase) - 1) > tolerance) return false;
        return ApproximatelyEqual(a, Scale(b, phase), tolerance);
    }
}
