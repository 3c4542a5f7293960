using System.Numerics;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Parameters;

namespace QiskitStudio.Quantum.Tests.Parameters;

public class ParameterExpressionTests
{
    private readonly Parameter _theta = new("θ");
    private readonly Parameter _phi = new("φ");

    [Fact]
    public void ExpressionsPrintAsQiskitDoes()
    {
        Assert.Equal("2*θ", (2 * _theta).ToString());
        Assert.Equal("2*θ", (_theta * 2).ToString());
        Assert.Equal("θ + φ", (_theta + _phi).ToString());
        Assert.Equal("θ - φ", (_theta - _phi).ToString());
        Assert.Equal("-θ", (-_theta).ToString());
        Assert.Equal("θ/2", (_theta / 2).ToString());
        Assert.Equal("sin(θ)", _theta.Sin().ToString());
        Assert.Equal("cos(θ)", _theta.Cos().ToString());
        Assert.Equal("exp(θ)", _theta.Exp().ToString());
        Assert.Equal("2*(θ + φ)", ((_theta + _phi) * 2).ToString());
        Assert.Equal("0.5*θ", (_theta * 0.5).ToString());
        Assert.Equal("θ - 1", (_theta - 1).ToString());
        Assert.Equal("θ/(θ + φ)", (_theta / (_theta + _phi)).ToString());
        Assert.Equal("θ - 2*φ", (_theta + -2 * _phi).ToString());
        Assert.Equal("-2*φ", (-2 * _phi).ToString());
    }

    [Fact]
    public void BindingFoldsToANumber()
    {
        var expr = (2 * _theta + _phi).Sin();
        var bound = expr.Bind(new Dictionary<Parameter, ParameterValue> { [_theta] = 0.25, [_phi] = 1.0 });
        Assert.True(bound.IsNumeric);
        Assert.Equal(Math.Sin(1.5), bound.NumericValue.Real, 12);
    }

    [Fact]
    public void PartialBindingKeepsTheRest()
    {
        var bound = (_theta + _phi).Bind(new Dictionary<Parameter, ParameterValue> { [_theta] = 2 });
        Assert.False(bound.IsNumeric);
        Assert.Equal([_phi], bound.Parameters);
        Assert.Equal(5.0, bound.Evaluate(new Dictionary<Parameter, Complex> { [_phi] = 3 }).Real);
    }

    [Fact]
    public void ParametersWithTheSameNameAreDistinct()
    {
        var other = new Parameter("θ");
        Assert.NotEqual(_theta, other);
        Assert.Equal(2, (_theta + other).Parameters.Count);
    }

    [Fact]
    public void VectorElementsAreNamedWithIndex()
    {
        var v = new ParameterVector("θ", 3);
        Assert.Equal("θ[0]", v[0].Name);
        Assert.Equal("θ[2]", v[2].Name);
        Assert.Same(v[1], v[1]);
        Assert.Equal(3, v.Count);
    }

    [Fact]
    public void CircuitParametersAreSortedByNameAndVectorIndex()
    {
        var v = new ParameterVector("x", 12);
        var a = new Parameter("a");
        var b = new Parameter("b");
        var qc = new QuantumCircuit(1);
        qc.Rx(b, 0).Ry(a, 0);
        for (int i = 11; i >= 0; i--) qc.Rz(v[i], 0);
        var names = qc.Parameters.Select(p => p.Name).ToArray();
        Assert.Equal(["a", "b", .. Enumerable.Range(0, 12).Select(i => $"x[{i}]")], names);
        Assert.Equal(14, qc.NumParameters);
    }

    [Fact]
    public void AssignBySequenceFollowsParameterOrder()
    {
        var a = new Parameter("a");
        var b = new Parameter("b");
        var qc = new QuantumCircuit(1);
        qc.Rx(b, 0).Ry(a, 0);
        var bound = qc.AssignParameters([0.1, 0.2]);
        Assert.Equal(0.2, bound.Data[0].Operation.Params[0].Value);
        Assert.Equal(0.1, bound.Data[1].Operation.Params[0].Value);
        Assert.Equal(2, qc.NumParameters);
        Assert.Equal(0, bound.NumParameters);
    }

    [Fact]
    public void AssignRejectsUnknownParametersAndWrongCounts()
    {
        var qc = new QuantumCircuit(1).Rx(_theta, 0);
        Assert.Throws<CircuitException>(() => qc.AssignParameters(new Dictionary<Parameter, ParameterValue> { [_phi] = 1.0 }));
        Assert.Throws<CircuitException>(() => qc.AssignParameters([1.0, 2.0]));
    }

    [Fact]
    public void AssignInPlaceChangesTheCircuit()
    {
        var qc = new QuantumCircuit(1).Rx(2 * _theta, 0);
        var same = qc.AssignParameters(new Dictionary<Parameter, ParameterValue> { [_theta] = 0.5 }, inplace: true);
        Assert.Same(qc, same);
        Assert.Equal(1.0, qc.Data[0].Operation.Params[0].Value);
    }

    [Fact]
    public void GlobalPhaseCanBeSymbolic()
    {
        var qc = new QuantumCircuit(1) { GlobalPhase = _theta / 2 };
        Assert.Equal([_theta], qc.Parameters);
        var bound = qc.AssignParameters(new Dictionary<Parameter, ParameterValue> { [_theta] = Math.PI });
        Assert.Equal(Math.PI / 2, bound.GlobalPhase.Value, 12);
    }

    [Fact]
    public void NumericGlobalPhaseIsKeptModuloTwoPi()
    {
        var qc = new QuantumCircuit(1) { GlobalPhase = -Math.PI / 2 };
        Assert.Equal(3 * Math.PI / 2, qc.GlobalPhase.Value, 12);
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1.0, "1.0")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1e16, "1e+16")]
    [InlineData(123456789012345.0, "123456789012345.0")]
    [InlineData(-2.5, "-2.5")]
    public void NumbersPrintLikePythonRepr(double value, string expected) =>
        Assert.Equal(expected, QiskitStudio.Quantum.Formatting.PythonNumberFormat.Repr(value));

    [Theory]
    [InlineData(0.123456789, 5, "0.12346")]
    [InlineData(1.0, 5, "1")]
    [InlineData(1e-07, 5, "1e-07")]
    [InlineData(123456.0, 5, "1.2346e+05")]
    [InlineData(11111.0, 5, "11111")]
    public void GeneralFormatMatchesPython(double value, int precision, string expected) =>
        Assert.Equal(expected, QiskitStudio.Quantum.Formatting.PythonNumberFormat.General(value, precision));
}
