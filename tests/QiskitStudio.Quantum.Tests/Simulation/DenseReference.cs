using System.Numerics;
using QiskitStudio.Quantum.Simulation;

namespace QiskitStudio.Quantum.Tests.Simulation;

/// <summary>
/// An independent, deliberately naive reference: each gate becomes its full 2^n × 2^n matrix,
/// built from Kronecker products (G = Σ G[a,b] ⊗_q |a_q⟩⟨b_q| with identities elsewhere), and
/// the state is multiplied by it. Slow, simple, and shares no code with the simulator.
/// </summary>
internal static class DenseReference
{
    public static Complex[,] FullMatrix(int n, IReadOnlyList<int> qubits, Complex[] gate)
    {
        int k = qubits.Count;
        int gdim = 1 << k;
        int dim = 1 << n;
        var full = new Complex[dim, dim];
        for (int a = 0; a < gdim; a++)
        {
            for (int b = 0; b < gdim; b++)
            {
                Complex g = gate[a * gdim + b];
                if (g == Complex.Zero)
                {
                    continue;
                }

                // Kronecker product over qubits n-1 … 0 (qubit n-1 is the most significant factor).
                Complex[,] term = { { 1 } };
                for (int q = n - 1; q >= 0; q--)
                {
                    int t = IndexOf(qubits, q);
                    Complex[,] factor = t < 0
                        ? new Complex[,] { { 1, 0 }, { 0, 1 } }
                        : OuterBasis(a >> t & 1, b >> t & 1);
                    term = Kron(term, factor);
                }

                for (int r = 0; r < dim; r++)
                {
                    for (int c = 0; c < dim; c++)
                    {
                        full[r, c] += g * term[r, c];
                    }
                }
            }
        }

        return full;
    }

    public static Complex[] Apply(Complex[,] m, Complex[] v)
    {
        int dim = v.Length;
        var result = new Complex[dim];
        for (int r = 0; r < dim; r++)
        {
            Complex sum = Complex.Zero;
            for (int c = 0; c < dim; c++)
            {
                sum += m[r, c] * v[c];
            }

            result[r] = sum;
        }

        return result;
    }

    public static Complex[] Run(int n, IEnumerable<GateOp> gates, Complex[]? initial = null)
    {
        Complex[] v = initial is null ? ZeroState(n) : (Complex[])initial.Clone();
        foreach (GateOp gate in gates)
        {
            v = Apply(FullMatrix(n, gate.Qubits, gate.Matrix), v);
        }

        return v;
    }

    public static Complex[] ZeroState(int n)
    {
        var v = new Complex[1 << n];
        v[0] = 1;
        return v;
    }

    /// <summary>The matrix of a Pauli label (rightmost character on qubit 0), by Kronecker products.</summary>
    public static Complex[,] Pauli(string label)
    {
        Complex[,] m = { { 1 } };
        foreach (char c in label)
        {
            m = Kron(m, c switch
            {
                'I' => new Complex[,] { { 1, 0 }, { 0, 1 } },
                'X' => new Complex[,] { { 0, 1 }, { 1, 0 } },
                'Y' => new Complex[,] { { 0, -Complex.ImaginaryOne }, { Complex.ImaginaryOne, 0 } },
                _ => new Complex[,] { { 1, 0 }, { 0, -1 } },
            });
        }

        return m;
    }

    public static Complex Expectation(Complex[,] m, Complex[] v)
    {
        Complex[] mv = Apply(m, v);
        Complex sum = Complex.Zero;
        for (int i = 0; i < v.Length; i++)
        {
            sum += Complex.Conjugate(v[i]) * mv[i];
        }

        return sum;
    }

    public static Complex[,] Kron(Complex[,] a, Complex[,] b)
    {
        int ar = a.GetLength(0), ac = a.GetLength(1), br = b.GetLength(0), bc = b.GetLength(1);
        var result = new Complex[ar * br, ac * bc];
        for (int i = 0; i < ar; i++)
        {
            for (int j = 0; j < ac; j++)
            {
                for (int k = 0; k < br; k++)
                {
                    for (int l = 0; l < bc; l++)
                    {
                        result[i * br + k, j * bc + l] = a[i, j] * b[k, l];
                    }
                }
            }
        }

        return result;
    }

    public static void AssertClose(Complex[] expected, Complex[] actual, double tolerance = 1e-10)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            double error = (expected[i] - actual[i]).Magnitude;
            Assert.True(error <= tolerance, $"amplitude {i}: expected {expected[i]}, got {actual[i]} (error {error:E2})");
        }
    }

    private static Complex[,] OuterBasis(int a, int b)
    {
        var m = new Complex[2, 2];
        m[a, b] = 1;
        return m;
    }

    private static int IndexOf(IReadOnlyList<int> list, int value)
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
