using QiskitStudio.Quantum.Gates;
using QiskitStudio.Quantum.Linear;
using QiskitStudio.Quantum.Parameters;

namespace QiskitStudio.Quantum.Tests.Gates;

public class ControlAndPhaseTests
{
    public static TheoryData<StandardGateKind> UncontrolledKinds()
    {
        var data = new TheoryData<StandardGateKind>();
        foreach (var kind in Enum.GetValues<StandardGateKind>())
        {
            var gate = StandardGateTests.Make(kind, 2);
            if (gate.NumControlQubits == 0 && gate.NumQubits <= 2) data.Add(kind);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(UncontrolledKinds))]
    public void ControlledVersionsHaveTheControlledMatrix(StandardGateKind kind)
    {
        var gate = StandardGateTests.Make(kind, 0);
        for (int n = 1; n <= 2; n++)
            for (int state = 0; state < 1 << n; state++)
            {
                var controlled = gate.Control(n, ctrlState: state);
                var expected = Matrix.Controlled(gate.ToMatrix(), n, state);
                Assert.True(Matrix.ApproximatelyEqual(controlled.ToMatrix(), expected, 1e-9), $"{controlled.Name} matrix");
                if (controlled.Definition is { } definition)
                    Assert.True(Matrix.ApproximatelyEqual(CircuitOperator.ToMatrix(definition), expected, 1e-8), $"{controlled.Name} definition");
            }
    }

    [Theory]
    [MemberData(nameof(StandardGateTests.AllGates), MemberType = typeof(StandardGateTests))]
    public void DefinitionsKeepTheGlobalPhase(StandardGateKind kind, int numControls)
    {
        var gate = StandardGateTests.Make(kind, numControls);
        if (gate.Definition is not { } definition) return;
        Assert.True(Matrix.ApproximatelyEqual(CircuitOperator.ToMatrix(definition), gate.ToMatrix(), 1e-8), $"{gate.Name}");
    }

    [Fact]
    public void SymbolicDefinitionsBindToTheNumericOnes()
    {
        var theta = new Parameter("θ");
        var gate = StandardGate.Create(StandardGateKind.CU3, theta, 0.2, theta / 2);
        var bound = gate.AssignParameters(new Dictionary<Parameter, ParameterValue> { [theta] = 0.7 });
        var boundDefinition = gate.Definition!.AssignParameters(new Dictionary<Parameter, ParameterValue> { [theta] = 0.7 });
        Assert.True(Matrix.ApproximatelyEqual(CircuitOperator.ToMatrix(boundDefinition), ((Gate)bound).ToMatrix(), 1e-12));
    }
}
