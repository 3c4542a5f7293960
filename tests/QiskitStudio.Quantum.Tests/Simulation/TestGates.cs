using System.Numerics;
using QiskitStudio.Quantum.Simulation;

namespace QiskitStudio.Quantum.Tests.Simulation;

/// <summary>Gate matrices written out from their textbook definitions (row-major, little-endian over the qubit list).</summary>
internal static class TestGates
{
    private static readonly Complex I = Complex.ImaginaryOne;
    private static readonly double R = 1 / Math.Sqrt(2);

    public static Complex[] H => [R, R, R, -R];

    public static Complex[] X => [0, 1, 1, 0];

    public static Complex[] Y => [0, -I, I, 0];

    public static Complex[] Z => [1, 0, 0, -1];

    public static Complex[] S => [1, 0, 0, I];

    public static Complex[] T => [1, 0, 0, Complex.FromPolarCoordinates(1, Math.PI / 4)];

    public static Complex[] Rx(double t) => [Math.Cos(t / 2), -I * Math.Sin(t / 2), -I * Math.Sin(t / 2), Math.Cos(t / 2)];

    public static Complex[] Ry(double t) => [Math.Cos(t / 2), -Math.Sin(t / 2), Math.Sin(t / 2), Math.Cos(t / 2)];

    public static Complex[] Rz(double t) => [Complex.Exp(-I * t / 2), 0, 0, Complex.Exp(I * t / 2)];

    public static Complex[] P(double t) => [1, 0, 0, Complex.Exp(I * t)];

    public static Complex[] U(double theta, double phi, double lambda) =>
    [
        Math.Cos(theta / 2), -Complex.Exp(I * lambda) * Math.Sin(theta / 2),
        Complex.Exp(I * phi) * Math.Sin(theta / 2), Complex.Exp(I * (phi + lambda)) * Math.Cos(theta / 2),
    ];

    /// <summary>Controlled version of a one-qubit gate over [control, target].</summary>
    public static Complex[] Controlled(Complex[] u)
    {
        // index = control + 2·target; the gate acts on target where control = 1 (indices 1 and 3).
        var m = new Complex[16];
        m[0 * 4 + 0] = 1;
        m[2 * 4 + 2] = 1;
        m[1 * 4 + 1] = u[0];
        m[1 * 4 + 3] = u[1];
        m[3 * 4 + 1] = u[2];
        m[3 * 4 + 3] = u[3];
        return m;
    }

    public static Complex[] CX => Controlled(X);

    public static Complex[] CZ => Controlled(Z);

    public static Complex[] Swap => [1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1];

    /// <summary>Toffoli over [c0, c1, target]: flips bit 2 where bits 0 and 1 are set.</summary>
    public static Complex[] Ccx
    {
        get
        {
            var m = new Complex[64];
            for (int c = 0; c < 8; c++)
            {
                int r = (c & 3) == 3 ? c ^ 4 : c;
                m[r * 8 + c] = 1;
            }

            return m;
        }
    }

    /// <summary>A Haar-ish random unitary: Gram–Schmidt on a matrix of Gaussian entries.</summary>
    public static Complex[] RandomUnitary(int qubits, Random random)
    {
        int dim = 1 << qubits;
        var columns = new Complex[dim][];
        for (int c = 0; c < dim; c++)
        {
            var v = new Complex[dim];
            for (int r = 0; r < dim; r++)
            {
                v[r] = new Complex(Gaussian(random), Gaussian(random));
            }

            for (int p = 0; p < c; p++)
            {
                Complex dot = Complex.Zero;
                for (int r = 0; r < dim; r++)
                {
                    dot += Complex.Conjugate(columns[p][r]) * v[r];
                }

                for (int r = 0; r < dim; r++)
                {
                    v[r] -= dot * columns[p][r];
                }
            }

            double norm = Math.Sqrt(v.Sum(x => x.Magnitude * x.Magnitude));
            columns[c] = [.. v.Select(x => x / norm)];
        }

        var m = new Complex[dim * dim];
        for (int r = 0; r < dim; r++)
        {
            for (int c = 0; c < dim; c++)
            {
                m[r * dim + c] = columns[c][r];
            }
        }

        return m;
    }

    public static Complex[] RandomState(int qubits, Random random)
    {
        var v = new Complex[1 << qubits];
        for (int i = 0; i < v.Length; i++)
        {
            v[i] = new Complex(Gaussian(random), Gaussian(random));
        }

        double norm = Math.Sqrt(v.Sum(x => x.Magnitude * x.Magnitude));
        return [.. v.Select(x => x / norm)];
    }

    public static Complex[] Adjoint(Complex[] m)
    {
        int dim = (int)Math.Sqrt(m.Length);
        var a = new Complex[m.Length];
        for (int r = 0; r < dim; r++)
        {
            for (int c = 0; c < dim; c++)
            {
                a[c * dim + r] = Complex.Conjugate(m[r * dim + c]);
            }
        }

        return a;
    }

    public static double Gaussian(Random random)
        => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>A random gate from a varied set (1-, 2- and 3-qubit; diagonal, permutation, controlled, dense).</summary>
    public static GateOp RandomGate(int n, Random random)
    {
        int[] Pick(int k) => [.. Enumerable.Range(0, n).OrderBy(_ => random.Next()).Take(k)];
        double angle = random.NextDouble() * 2 * Math.PI;
        int kind = random.Next(n >= 3 ? 16 : n >= 2 ? 13 : 8);
        return kind switch
        {
            0 => new GateOp("h", Pick(1), H),
            1 => new GateOp("x", Pick(1), X),
            2 => new GateOp("y", Pick(1), Y),
            3 => new GateOp("t", Pick(1), T),
            4 => new GateOp("rx", Pick(1), Rx(angle)),
            5 => new GateOp("ry", Pick(1), Ry(angle)),
            6 => new GateOp("rz", Pick(1), Rz(angle)),
            7 => new GateOp("u", Pick(1), U(angle, random.NextDouble(), random.NextDouble())),
            8 => new GateOp("cx", Pick(2), CX),
            9 => new GateOp("cz", Pick(2), CZ),
            10 => new GateOp("swap", Pick(2), Swap),
            11 => new GateOp("crx", Pick(2), Controlled(Rx(angle))),
            12 => new GateOp("unitary", Pick(2), RandomUnitary(2, random)),
            13 => new GateOp("ccx", Pick(3), Ccx),
            14 => new GateOp("unitary", Pick(3), RandomUnitary(3, random)),
            _ => new GateOp("cp", Pick(2), Controlled(P(angle))),
        };
    }
}
