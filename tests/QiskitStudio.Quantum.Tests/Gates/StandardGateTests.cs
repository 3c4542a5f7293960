using System.Numerics;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Gates;
using QiskitStudio.Quantum.Linear;
using QiskitStudio.Quantum.Parameters;

namespace QiskitStudio.Quantum.Tests.Gates;

public class StandardGateTests
{
    public static TheoryData<StandardGateKind, int> AllGates()
    {
        var data = new TheoryData<StandardGateKind, int>();
        foreach (var kind in Enum.GetValues<StandardGateKind>())
        {
            if (kind is StandardGateKind.MCX or StandardGateKind.MCPhase)
                for (int n = 1; n <= 5; n++) data.Add(kind, n);
            else data.Add(kind, 0);
        }
        return data;
    }

    internal static StandardGate Make(StandardGateKind kind, int numControls, int? ctrlState = null)
    {
        int count = StandardGate.ParameterCount(kind);
        var parameters = Enumerable.Range(0, count).Select(i => (ParameterValue)(0.37 + 0.91 * i)).ToArray();
        return StandardGate.Create(kind, parameters, ctrlState, kind is StandardGateKind.MCX or StandardGateKind.MCPhase ? numControls : null);
    }

    [Theory]
    [MemberData(nameof(AllGates))]
    public void MatrixIsUnitary(StandardGateKind kind, int numControls)
    {
        var gate = Make(kind, numControls);
        var m = gate.ToMatrix();
        Assert.Equal(1 << (2 * gate.NumQubits), m.Length);
        Assert.True(Matrix.IsUnitary(m), $"{gate.Name} is not unitary");
    }

    [Theory]
    [MemberData(nameof(AllGates))]
    public void DefinitionMatchesMatrixUpToGlobalPhase(StandardGateKind kind, int numControls)
    {
        var gate = Make(kind, numControls);
        var definition = gate.Definition;
        if (definition is null)
        {
            Assert.Contains(kind, new[] { StandardGateKind.I, StandardGateKind.U, StandardGateKind.CX });
            return;
        }
        Assert.Equal(gate.NumQubits, definition.NumQubits);
        var fromDefinition = CircuitOperator.ToMatrix(definition);
        Assert.True(Matrix.EqualUpToGlobalPhase(fromDefinition, gate.ToMatrix(), 1e-8), $"definition of {gate.Name} differs from its matrix");
    }

    [Theory]
    [MemberData(nameof(AllGates))]
    public void InverseIsAdjoint(StandardGateKind kind, int numControls)
    {
        var gate = Make(kind, numControls);
        var inverse = gate.InverseGate();
        Assert.True(Matrix.ApproximatelyEqual(inverse.ToMatrix(), Matrix.Adjoint(gate.ToMatrix()), 1e-8), $"inverse of {gate.Name}");
    }

    [Theory]
    [InlineData(StandardGateKind.CX, 0)]
    [InlineData(StandardGateKind.CCX, 1)]
    [InlineData(StandardGateKind.CCX, 2)]
    [InlineData(StandardGateKind.CRY, 0)]
    [InlineData(StandardGateKind.CSwap, 0)]
    [InlineData(StandardGateKind.CU, 0)]
    public void OpenControlDefinitionMatchesMatrix(StandardGateKind kind, int ctrlState)
    {
        var gate = Make(kind, 0, ctrlState);
        Assert.True(Matrix.EqualUpToGlobalPhase(CircuitOperator.ToMatrix(gate.Definition!), gate.ToMatrix(), 1e-8));
    }

    [Fact]
    public void CxMatrixIsLittleEndian()
    {
        var m = StandardGate.Create(StandardGateKind.CX).ToMatrix();
        Complex[] expected =
        [
            1, 0, 0, 0,
            0, 0, 0, 1,
            0, 0, 1, 0,
            0, 1, 0, 0,
        ];
        Assert.Equal(expected, m);
    }

    [Fact]
    public void SingleQubitMatricesFollowQiskitConventions()
    {
        var rx = StandardGate.Create(StandardGateKind.RX, Math.PI).ToMatrix();
        Assert.True(Matrix.ApproximatelyEqual(rx, [0, -Complex.ImaginaryOne, -Complex.ImaginaryOne, 0]));
        var rz = StandardGate.Create(StandardGateKind.RZ, Math.PI).ToMatrix();
        Assert.True(Matrix.ApproximatelyEqual(rz, [-Complex.ImaginaryOne, 0, 0, Complex.ImaginaryOne]));
        var u = StandardGate.Create(StandardGateKind.U, Math.PI / 2, 0, Math.PI).ToMatrix();
        var h = StandardGate.Create(StandardGateKind.H).ToMatrix();
        Assert.True(Matrix.ApproximatelyEqual(u, h));
    }

    [Fact]
    public void ControlOfStandardGatesGivesNamedGates()
    {
        var x = StandardGate.Create(StandardGateKind.X);
        Assert.Equal("cx", x.Control().Name);
        Assert.Equal("ccx", x.Control(2).Name);
        Assert.Equal("mcx", x.Control(3).Name);
        Assert.Equal("mcx", x.Control(6).Name);
        Assert.Equal("ccx", x.Control().Control().Name);
        Assert.Equal("cp", StandardGate.Create(StandardGateKind.P, 0.3).Control().Name);
        Assert.Equal("mcphase", StandardGate.Create(StandardGateKind.P, 0.3).Control(3).Name);
        Assert.Equal("cswap", StandardGate.Create(StandardGateKind.Swap).Control().Name);
    }

    [Fact]
    public void ControlOfCustomGateIsNamedLikeQiskitAndHasMatchingDefinition()
    {
        var inner = new QuantumCircuit(2, name: "bell");
        inner.H(0).Cx(0, 1).Rz(0.4, 1);
        var gate = inner.ToGate();
        var c1 = gate.Control();
        var c3 = gate.Control(3, ctrlState: 5);
        Assert.Equal("cbell", c1.Name);
        Assert.Equal("c3bell_o5", c3.Name);
        foreach (var g in new[] { c1, c3 })
        {
            Assert.True(Matrix.IsUnitary(g.ToMatrix()));
            Assert.True(Matrix.ApproximatelyEqual(CircuitOperator.ToMatrix(g.Definition!), g.ToMatrix(), 1e-8));
        }
    }

    [Fact]
    public void ControlledCustomGateMatrixHasBaseBlockOnControlState()
    {
        var inner = new QuantumCircuit(1, name: "r");
        inner.Ry(0.8, 0);
        var c = inner.ToGate().Control(1);
        var m = c.ToMatrix();
        var ry = StandardGate.Create(StandardGateKind.RY, 0.8).ToMatrix();
        // control = qubit 0 (low bit): indices 1 and 3 carry the base gate.
        Assert.Equal(ry[0], m[1 * 4 + 1]);
        Assert.Equal(ry[1], m[1 * 4 + 3]);
        Assert.Equal(Complex.One, m[0]);
        Assert.Equal(Complex.One, m[2 * 4 + 2]);
    }

    [Fact]
    public void UnitaryGateOneQubitDefinitionReproducesMatrix()
    {
        var m = StandardGate.Create(StandardGateKind.U, 1.1, -0.4, 2.3).ToMatrix();
        var scaled = Matrix.Scale(m, Complex.FromPolarCoordinates(1, 0.7));
        var gate = new UnitaryGate(scaled);
        Assert.True(Matrix.ApproximatelyEqual(CircuitOperator.ToMatrix(gate.Definition!), scaled, 1e-9));
    }

    [Fact]
    public void NonUnitaryMatrixIsRejected()
    {
        Assert.Throws<CircuitException>(() => new UnitaryGate(new Complex[] { 1, 1, 0, 1 }));
    }

    [Fact]
    public void StatePreparationMatrixHasStateAsFirstColumn()
    {
        double h = 1 / Math.Sqrt(2);
        Complex[] state = [h, 0, 0, new Complex(0, h)];
        var prep = new StatePreparation(state);
        var m = prep.ToMatrix();
        Assert.True(Matrix.IsUnitary(m));
        for (int i = 0; i < 4; i++) Assert.True(Complex.Abs(m[i * 4] - state[i]) < 1e-12);
    }
}
