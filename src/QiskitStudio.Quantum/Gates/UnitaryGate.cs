using System.Numerics;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Linear;
using QiskitStudio.Quantum.Parameters;

namespace QiskitStudio.Quantum.Gates;

/// <summary>
/// A gate given by an arbitrary unitary matrix (Qiskit's <c>UnitaryGate</c>, name "unitary"),
/// row-major, little-endian over its qubits. A one-qubit unitary is defined by a U gate.
/// </summary>
public sealed class UnitaryGate : Gate
{
    private readonly Complex[] _matrix;

    public UnitaryGate(Complex[] matrix, string? label = null, bool checkUnitary = true)
        : base("unitary", QubitsOf(matrix), null, label)
    {
        if (checkUnitary && !Matrix.IsUnitary(matrix, 1e-8)) throw new CircuitException("Input matrix is not unitary.");
        _matrix = (Complex[])matrix.Clone();
    }

    /// <summary>From a 2-D array <c>m[row, column]</c>.</summary>
    public UnitaryGate(Complex[,] matrix, string? label = null) : this(Flatten(matrix), label) { }

    private static Complex[] Flatten(Complex[,] m)
    {
        int rows = m.GetLength(0), cols = m.GetLength(1);
        var flat = new Complex[rows * cols];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) flat[i * cols + j] = m[i, j];
        return flat;
    }

    private static int QubitsOf(Complex[] matrix)
    {
        int d = Matrix.Dimension(matrix);
        if (d < 2 || (d & (d - 1)) != 0) throw new CircuitException("A unitary's dimension must be a power of two.");
        return System.Numerics.BitOperations.Log2((uint)d);
    }

    public override Complex[] ToMatrix() => (Complex[])_matrix.Clone();

    protected override QuantumCircuit? BuildDefinition()
    {
        if (NumQubits != 1) return null;
        var (theta, phi, lambda, phase) = OneQubitEuler.ZyzAngles(_matrix);
        var qc = new QuantumCircuit(1) { GlobalPhase = phase };
        qc.Append(StandardGate.Create(StandardGateKind.U, theta, phi, lambda), [0]);
        return qc;
    }

    public override Instruction WithParams(IReadOnlyList<ParameterValue> parameters) =>
        parameters.Count == 0 ? this : throw new CircuitException("A unitary gate has no parameters.");

    public override Instruction WithLabel(string? label) => new UnitaryGate(_matrix, label, checkUnitary: false);

    public override Instruction Inverse() => new UnitaryGate(Matrix.Adjoint(_matrix), null, checkUnitary: false);
}

/// <summary>Euler angles of a one-qubit unitary: U = e^{iγ} U(θ, φ, λ).</summary>
public static class OneQubitEuler
{
    public static (double Theta, double Phi, double Lambda, double GlobalPhase) ZyzAngles(Complex[] u)
    {
        if (u.Length != 4) throw new ArgumentException("Not a one-qubit matrix.", nameof(u));
        // Remove the determinant phase to reach SU(2).
        Complex det = u[0] * u[3] - u[1] * u[2];
        double detPhase = det.Phase / 2;
        Complex f = Complex.FromPolarCoordinates(1, -detPhase);
        Complex a = u[0] * f, c = u[2] * f, d = u[3] * f;
        double theta = 2 * Math.Atan2(c.Magnitude, a.Magnitude);
        double phiPlusLambda = 2 * d.Phase;
        double phiMinusLambda = 2 * c.Phase;
        if (c.Magnitude < 1e-12) phiMinusLambda = 0;
        if (a.Magnitude < 1e-12) phiPlusLambda = 0;
        double phi = (phiPlusLambda + phiMinusLambda) / 2;
        double lambda = (phiPlusLambda - phiMinusLambda) / 2;
        // U(θ,φ,λ)[0,0] = cos(θ/2); choose the global phase that matches u[0,0] (or u[1,0]).
        var candidate = StandardGate.Create(StandardGateKind.U, theta, phi, lambda).ToMatrix();
        int pivot = Enumerable.Range(0, 4).MaxBy(i => u[i].Magnitude);
        double phase = (u[pivot] / candidate[pivot]).Phase;
        return (theta, phi, lambda, phase);
    }
}
