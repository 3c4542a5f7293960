using System.Numerics;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Gates;
using QiskitStudio.Quantum.Linear;
using QiskitStudio.Quantum.Parameters;

namespace QiskitStudio.Quantum.Tests.Circuits;

public class QuantumCircuitTests
{
    private static QuantumCircuit Sample()
    {
        var qc = new QuantumCircuit(3);
        qc.H(0).Cx(0, 1).Rz(0.3, 2).Ccx(0, 1, 2).Swap(1, 2).Ry(-0.7, 0).Cp(1.1, 2, 0);
        return qc;
    }

    [Fact]
    public void DefaultRegistersAreNamedLikeQiskit()
    {
        var qc = new QuantumCircuit(2, 3);
        Assert.Equal("q", Assert.Single(qc.QuantumRegisters).Name);
        Assert.Equal("c", Assert.Single(qc.ClassicalRegisters).Name);
        Assert.Equal(2, qc.NumQubits);
        Assert.Equal(3, qc.NumClbits);
        Assert.Equal(5, qc.Width());
    }

    [Fact]
    public void MeasureAllAddsMeasRegisterAndBarrier()
    {
        var qc = new QuantumCircuit(2);
        qc.H(0).Cx(0, 1).MeasureAll();
        var meas = Assert.Single(qc.ClassicalRegisters);
        Assert.Equal("meas", meas.Name);
        Assert.Equal(2, meas.Size);
        Assert.Equal(["h", "cx", "barrier", "measure", "measure"], qc.Data.Select(d => d.Name));
        Assert.Equal([0, 1], qc.Data[2].Qubits);
        Assert.Equal([1], qc.Data[4].Clbits);
    }

    [Fact]
    public void MeasureActiveMeasuresOnlyUsedQubits()
    {
        var qc = new QuantumCircuit(3);
        qc.H(0).X(2).MeasureActive();
        Assert.Equal("measure", qc.ClassicalRegisters[0].Name);
        Assert.Equal(2, qc.NumClbits);
        Assert.Equal([2], qc.Data[^1].Qubits);
    }

    [Fact]
    public void CountOpsIsOrderedByCountThenFirstAppearance()
    {
        var qc = new QuantumCircuit(2, 2);
        qc.Cx(0, 1).H(0).H(1).Measure(0, 0).Measure(1, 1).X(0).X(1).X(0);
        var ops = qc.CountOps();
        Assert.Equal(["x", "h", "measure", "cx"], ops.Select(o => o.Key));
        Assert.Equal([3, 2, 2, 1], ops.Select(o => o.Value));
    }

    [Fact]
    public void DepthIgnoresBarriersButSizeCountsMeasurements()
    {
        var qc = new QuantumCircuit(2, 2);
        qc.H(0).Barrier().H(0).Cx(0, 1).Measure(0, 0).Measure(1, 1);
        Assert.Equal(4, qc.Depth());
        Assert.Equal(5, qc.Size());
        Assert.Equal(1, qc.NumNonlocalGates());
        var parallel = new QuantumCircuit(3).H(0).H(1).H(2);
        Assert.Equal(1, parallel.Depth());
    }

    [Fact]
    public void BarrierLinesUpWiresForDepth()
    {
        var qc = new QuantumCircuit(2);
        qc.H(0).H(0).Barrier().H(1);
        Assert.Equal(3, qc.Depth());
    }

    [Fact]
    public void InverseIsTheAdjoint()
    {
        var qc = Sample();
        qc.GlobalPhase = 0.4;
        var inverse = qc.Inverse();
        Assert.Equal(qc.Name + "_dg", inverse.Name);
        Assert.True(Matrix.ApproximatelyEqual(CircuitOperator.ToMatrix(inverse), Matrix.Adjoint(CircuitOperator.ToMatrix(qc))));
    }

    [Fact]
    public void DecomposeKeepsTheUnitary()
    {
        var qc = Sample();
        var once = qc.Decompose();
        var twice = qc.Decompose(reps: 2);
        Assert.DoesNotContain(once.Data, d => d.Name == "ccx");
        Assert.True(Matrix.ApproximatelyEqual(CircuitOperator.ToMatrix(once), CircuitOperator.ToMatrix(qc), 1e-9));
        Assert.True(Matrix.ApproximatelyEqual(CircuitOperator.ToMatrix(twice), CircuitOperator.ToMatrix(qc), 1e-9));
    }

    [Fact]
    public void DecomposeOfHadamardIsOneLevel()
    {
        var d = new QuantumCircuit(1).H(0).Decompose();
        var op = Assert.Single(d.Data).Operation;
        Assert.Equal("u2", op.Name);
        Assert.Equal([0.0, Math.PI], op.Params.Select(p => p.Value));
    }

    [Fact]
    public void DecomposeOnlySelectedGates()
    {
        var qc = new QuantumCircuit(2).H(0).Cz(0, 1);
        var d = qc.Decompose(["cz"]);
        Assert.Equal(["h", "h", "cx", "h"], d.Data.Select(x => x.Name));
    }

    [Fact]
    public void ComposeMapsQubitsAndCanPrepend()
    {
        var main = new QuantumCircuit(3).X(2);
        var small = new QuantumCircuit(2).H(0).Cx(0, 1);
        var composed = main.Compose(small, qubits: [2, 0]);
        Assert.Equal(["x", "h", "cx"], composed.Data.Select(d => d.Name));
        Assert.Equal([2, 0], composed.Data[2].Qubits);
        Assert.Single(main.Data);

        var front = main.Compose(small, front: true);
        Assert.Equal(["h", "cx", "x"], front.Data.Select(d => d.Name));

        main.Compose(small, inplace: true);
        Assert.Equal(3, main.Data.Count);
        Assert.Throws<CircuitException>(() => small.Compose(new QuantumCircuit(3)));
    }

    [Fact]
    public void ComposeIntoEmptyCircuitAdoptsBits()
    {
        var empty = new QuantumCircuit();
        var composed = empty.Compose(new QuantumCircuit(2, 1).H(0).Measure(0, 0));
        Assert.Equal(2, composed.NumQubits);
        Assert.Equal(1, composed.NumClbits);
    }

    [Fact]
    public void ControlledCircuitHasControlledMatrix()
    {
        var qc = new QuantumCircuit(2).H(0).Cx(0, 1).Rz(0.5, 1);
        var controlled = qc.Control(1);
        Assert.Equal(3, controlled.NumQubits);
        var expected = Matrix.Controlled(CircuitOperator.ToMatrix(qc), 1, 1);
        Assert.True(Matrix.ApproximatelyEqual(CircuitOperator.ToMatrix(controlled), expected, 1e-9));
        Assert.True(Matrix.ApproximatelyEqual(CircuitOperator.ToMatrix(controlled.Decompose()), expected, 1e-9));
    }

    [Fact]
    public void ToGateCarriesParametersAndDefinition()
    {
        var a = new Parameter("a");
        var b = new Parameter("b");
        var inner = new QuantumCircuit(2, 0, "block").Ry(b, 0).Rx(a, 1).Cx(0, 1);
        var gate = inner.ToGate();
        Assert.Equal("block", gate.Name);
        Assert.Equal([a, b], gate.Params.Select(p => (Parameter)p.Expression!));
        var outer = new QuantumCircuit(2);
        outer.Append(gate, [1, 0]);
        var bound = outer.AssignParameters(new Dictionary<Parameter, ParameterValue> { [a] = 0.3, [b] = 0.9 });
        var reference = new QuantumCircuit(2).Ry(0.9, 1).Rx(0.3, 0).Cx(1, 0);
        Assert.True(Matrix.ApproximatelyEqual(CircuitOperator.ToMatrix(bound), CircuitOperator.ToMatrix(reference), 1e-12));
        Assert.Throws<CircuitException>(() => new QuantumCircuit(1, 1).ToGate());
    }

    [Fact]
    public void CopyIsIndependent()
    {
        var qc = new QuantumCircuit(1).H(0);
        var copy = qc.Copy();
        copy.X(0);
        Assert.Single(qc.Data);
        Assert.Equal(2, copy.Data.Count);
    }

    [Fact]
    public void AppendValidatesArguments()
    {
        var qc = new QuantumCircuit(2, 1);
        Assert.Throws<CircuitException>(() => qc.H(2));
        Assert.Throws<CircuitException>(() => qc.Cx(0, 0));
        Assert.Throws<CircuitException>(() => qc.Append(StandardGate.Create(StandardGateKind.CX), [0]));
        Assert.Throws<CircuitException>(() => qc.Measure(0, 1));
    }

    [Fact]
    public void ConditionsRecordRegisterBitsAndValue()
    {
        var qr = new QuantumRegister(1, "q");
        var c0 = new ClassicalRegister(2, "c0");
        var c1 = new ClassicalRegister(2, "c1");
        var qc = new QuantumCircuit(qr, c0, c1);
        var condition = qc.Condition(c1, 2);
        qc.Append(StandardGate.Create(StandardGateKind.X), [0], null, condition);
        Assert.Equal([2, 3], qc.Data[0].Condition!.Clbits);
        Assert.True(condition.IsSatisfied(c => c == 3));
        Assert.False(condition.IsSatisfied(c => c == 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => qc.Condition(c1, 4));
    }

    [Fact]
    public void FindBitReportsRegisters()
    {
        var qr = new QuantumRegister(2, "r");
        var qc = new QuantumCircuit(qr);
        var location = qc.FindBit(qr[1]);
        Assert.Equal(1, location.Index);
        Assert.Same(qr, location.Registers[0].Register);
        Assert.Equal(1, location.Registers[0].Index);
    }

    [Fact]
    public void McxBuildsNamedGatesByControlCount()
    {
        var qc = new QuantumCircuit(6);
        qc.Mcx([0], 5).Mcx([0, 1], 5).Mcx([0, 1, 2], 5).Mcx([0, 1, 2, 3, 4], 5);
        Assert.Equal(["cx", "ccx", "mcx", "mcx"], qc.Data.Select(d => d.Name));
        var mcx = (Gate)qc.Data[3].Operation;
        Assert.Equal(5, mcx.NumControlQubits);
    }

    [Fact]
    public void OpenControlsAreNamedWithTheirState()
    {
        var qc = new QuantumCircuit(2).Cx(0, 1, ctrlState: 0);
        Assert.Equal("cx_o0", qc.Data[0].Name);
        Complex[] expected = [0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1];
        Assert.True(Matrix.ApproximatelyEqual(((Gate)qc.Data[0].Operation).ToMatrix(), expected));
    }

    [Fact]
    public void InitializeIsResetThenStatePreparation()
    {
        double h = 1 / Math.Sqrt(2);
        var qc = new QuantumCircuit(1).Initialize([h, h], [0]);
        var definition = qc.Data[0].Operation.Definition!;
        Assert.Equal(["reset", "state_preparation"], definition.Data.Select(d => d.Name));
        Assert.Throws<CircuitException>(() => new QuantumCircuit(1).Initialize([1, 1], [0]));
    }

    [Fact]
    public void PrintingTheCircuitIsTheTextDrawing()
    {
        var qc = new QuantumCircuit(1).H(0);
        Assert.Equal(qc.Draw(), qc.ToString());
        Assert.Contains("┤ H ├", qc.ToString());
    }

    [Fact]
    public void SvgDrawingIsSelfContained()
    {
        var qc = new QuantumCircuit(3, 3);
        qc.H(0).Cx(0, 1).Swap(1, 2).Rz(Math.PI / 2, 2).Ccx(0, 1, 2).Barrier().Measure([0, 1, 2], [0, 1, 2]);
        string svg = QiskitStudio.Quantum.Drawing.SvgCircuitDrawer.Draw(qc);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg);
        Assert.EndsWith("</svg>", svg);
        Assert.Contains("Rz(π/2)", svg);
        var doc = System.Xml.Linq.XDocument.Parse(svg);
        Assert.Equal("svg", doc.Root!.Name.LocalName);
    }
}

public class QuantumCircuitMoreTests
{
    [Fact]
    public void RemoveFinalMeasurementsDropsMeasRegisterAndBarrier()
    {
        var qc = new QuantumCircuit(2);
        qc.H(0).Cx(0, 1).MeasureAll();
        qc.RemoveFinalMeasurements();
        Assert.Equal(["h", "cx"], qc.Data.Select(d => d.Name));
        Assert.Equal(0, qc.NumClbits);
        Assert.Empty(qc.ClassicalRegisters);
    }

    [Fact]
    public void RemoveFinalMeasurementsKeepsMidCircuitOnes()
    {
        var qc = new QuantumCircuit(1, 2);
        qc.Measure(0, 0).H(0).Measure(0, 1);
        var copy = qc.RemoveFinalMeasurements(inplace: false);
        Assert.Equal(["measure", "h"], copy.Data.Select(d => d.Name));
        Assert.Equal(3, qc.Data.Count);
        Assert.Equal(2, copy.NumClbits);
    }

    [Fact]
    public void TensorPutsTheArgumentOnTheLowQubits()
    {
        var top = new QuantumCircuit(1).X(0);
        var bottom = new QuantumCircuit(2).H(0).Cx(0, 1);
        var t = top.Tensor(bottom);
        Assert.Equal(3, t.NumQubits);
        Assert.Equal([2], t.Data[^1].Qubits);
        var expected = QiskitStudio.Quantum.Linear.Matrix.Kron(
            QiskitStudio.Quantum.Linear.CircuitOperator.ToMatrix(top), QiskitStudio.Quantum.Linear.CircuitOperator.ToMatrix(bottom));
        Assert.True(QiskitStudio.Quantum.Linear.Matrix.ApproximatelyEqual(QiskitStudio.Quantum.Linear.CircuitOperator.ToMatrix(t), expected));
    }

    [Fact]
    public void ConditionedGateIsDrawnWithTheRegisterValue()
    {
        var qr = new QuantumRegister(1, "q");
        var cr = new ClassicalRegister(2, "c");
        var qc = new QuantumCircuit(qr, cr);
        qc.Measure(0, 0);
        qc.Append(StandardGate.Create(StandardGateKind.X), [0], null, qc.Condition(cr, 2));
        string drawing = qc.Draw();
        Assert.Contains("0x2", drawing);
        Assert.Contains("╨", drawing);
        Assert.Contains("╥", drawing);
        string bits = qc.Draw(new QiskitStudio.Quantum.Drawing.TextDrawingOptions { CregBundle = false });
        Assert.Contains("o", bits.Split('\n').First(l => l.StartsWith("c_0", StringComparison.Ordinal)));
        Assert.Contains("■", bits.Split('\n').First(l => l.StartsWith("c_1", StringComparison.Ordinal)));
    }

    [Fact]
    public void ConditionsAreExported()
    {
        var qr = new QuantumRegister(1, "q");
        var cr = new ClassicalRegister(1, "c");
        var qc = new QuantumCircuit(qr, cr);
        qc.Measure(0, 0);
        qc.Append(StandardGate.Create(StandardGateKind.X), [0], null, qc.Condition(cr, 1));
        Assert.EndsWith("if(c==1) x q[0];", QiskitStudio.Quantum.Qasm.Qasm2Exporter.Dumps(qc));
        Assert.Contains("if (c == 1) {\n  x q[0];\n}\n", QiskitStudio.Quantum.Qasm.Qasm3Exporter.Dumps(qc));
    }
}

public class CustomGateInverseTests
{
    [Fact]
    public void InverseOfParameterisedCustomGateStaysBindable()
    {
        var a = new Parameter("a");
        var gate = new QuantumCircuit(2, 0, "block").Ry(a, 0).Cx(0, 1).ToGate();
        var qc = new QuantumCircuit(2);
        qc.Append(gate, [0, 1]);
        qc.Append(gate.InverseGate(), [0, 1]);
        Assert.Equal("block_dg", qc.Data[1].Name);
        Assert.Equal([a], qc.Parameters);
        var bound = qc.AssignParameters(new Dictionary<Parameter, ParameterValue> { [a] = 0.8 });
        Assert.True(Matrix.ApproximatelyEqual(CircuitOperator.ToMatrix(bound), Matrix.Identity(4), 1e-12));
    }
}

public class IfTestTests
{
    [Fact]
    public void InstructionsInTheBlockCarryTheCondition()
    {
        var cr = new ClassicalRegister(1, "c");
        var qc = new QuantumCircuit(new QuantumRegister(2, "q"), cr);
        qc.H(0).Measure(0, 0);
        qc.IfTest(qc.Condition(cr, 1), b => b.X(1).Z(0));
        qc.H(1);
        Assert.Null(qc.Data[1].Condition);
        Assert.Equal(1UL, qc.Data[2].Condition!.Value);
        Assert.Same(qc.Data[2].Condition, qc.Data[3].Condition);
        Assert.Null(qc.Data[4].Condition);
        Assert.Throws<CircuitException>(() => qc.IfTest(qc.Condition(0, true), b => b.IfTest(b.Condition(0, false), c => c.X(0))));
    }
}
