using static QiskitStudio.Qiskit.Tests.QiskitProgram;

namespace QiskitStudio.Qiskit.Tests;

public sealed class CircuitTests
{
    // Qiskit 2.x's text drawing of the Bell circuit below.
    private const string QiskitBellDrawing =
        "     ┌───┐     ┌─┐   \n" +
        "q_0: ┤ H ├──■──┤M├───\n" +
        "     └───┘┌─┴─┐└╥┘┌─┐\n" +
        "q_1: ─────┤ X ├─╫─┤M├\n" +
        "          └───┘ ║ └╥┘\n" +
        "c: 2/═══════════╩══╩═\n" +
        "                0  1 \n";

    [Fact]
    public void PrintingABellCircuitGivesQiskitsDrawing()
    {
        var output = Run(Lines(
            "from qiskit import QuantumCircuit",
            "qc = QuantumCircuit(2, 2)",
            "qc.h(0)",
            "qc.cx(0, 1)",
            "qc.measure([0, 1], [0, 1])",
            "print(qc)"));
        Assert.Equal(QiskitBellDrawing, output);
    }

    [Fact]
    public void DrawReturnsTheSameTextDrawing()
    {
        var output = Run(Lines(
            "from qiskit import QuantumCircuit",
            "qc = QuantumCircuit(2, 2)",
            "qc.h(0)",
            "qc.cx(0, 1)",
            "qc.measure([0, 1], [0, 1])",
            "print(qc.draw())",
            "print(qc.draw(output='text') == qc.draw())"));
        Assert.StartsWith(QiskitBellDrawing, output, StringComparison.Ordinal);
    }

    [Fact]
    public void RegistersNameTheWiresAndBroadcastOverBits()
    {
        var output = Run(Lines(
            "from qiskit import QuantumCircuit, QuantumRegister, ClassicalRegister",
            "qr = QuantumRegister(3, 'q')",
            "cr = ClassicalRegister(3, 'c')",
            "qc = QuantumCircuit(qr, cr, name='ghz')",
            "qc.h(qr[0])",
            "qc.cx(qr[0], qr[1:])",
            "qc.measure(qr, cr)",
            "print(qc.name, qr, qr[0])",
            "print(qc.count_ops())",
            "print(qc.depth(), qc.size(), qc.width(), qc.num_qubits, qc.num_clbits)"));
        var lines = output.Split('\n');
        Assert.Equal("ghz QuantumRegister(3, 'q') Qubit(QuantumRegister(3, 'q'), 0)", lines[0]);
        Assert.Contains("('measure', 3), ('cx', 2), ('h', 1)", lines[1], StringComparison.Ordinal);
        Assert.Equal("4 6 6 3 3", lines[2]);
    }

    [Fact]
    public void MeasureAllAddsAMeasRegisterAndABarrier()
    {
        var output = Run(Lines(
            "from qiskit import QuantumCircuit",
            "qc = QuantumCircuit(2)",
            "qc.h(0)",
            "qc.measure_all()",
            "print([r.name for r in qc.cregs], qc.num_clbits)",
            "print([inst.operation.name for inst in qc.data])"));
        Assert.Equal("['meas'] 2\n['h', 'barrier', 'measure', 'measure']\n", output);
    }

    [Fact]
    public void AParameterisedCircuitIsBoundByAssignParameters()
    {
        var output = Run(Lines(
            "import math",
            "from qiskit import QuantumCircuit",
            "from qiskit.circuit import Parameter",
            "theta = Parameter('θ')",
            "qc = QuantumCircuit(1)",
            "qc.ry(theta, 0)",
            "print(qc.parameters, qc.num_parameters)",
            "bound = qc.assign_parameters({theta: math.pi / 2})",
            "print(bound.num_parameters, qc.num_parameters)",
            "print(bound)"));
        var lines = output.Split('\n');
        Assert.Equal("ParameterView([Parameter(θ)]) 1", lines[0]);
        Assert.Equal("0 1", lines[1]);
        Assert.Contains("Ry(π/2)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ParameterVectorsBindInOrderFromAList()
    {
        var output = Run(Lines(
            "from qiskit import QuantumCircuit",
            "from qiskit.circuit import ParameterVector",
            "x = ParameterVector('x', 2)",
            "qc = QuantumCircuit(2)",
            "qc.rx(2 * x[0], 0)",
            "qc.rz(x[1] + 1, 1)",
            "print(repr(x), [str(p) for p in qc.parameters])",
            "bound = qc.assign_parameters([0.25, 0.5])",
            "print([inst.operation.params for inst in bound.data])"));
        Assert.Equal("ParameterVector(name='x', length=2) ['x[0]', 'x[1]']\n[[0.5], [1.5]]\n", output);
    }

    [Fact]
    public void UnknownMethodsRaiseQiskitsAttributeError()
    {
        var error = RunFailing(Lines(
            "from qiskit import QuantumCircuit",
            "qc = QuantumCircuit(2)",
            "qc.invalid_gate(0)"));
        Assert.Equal("AttributeError", error.TypeName);
        Assert.Equal("'QuantumCircuit' object has no attribute 'invalid_gate'", error.Message);
    }

    [Fact]
    public void AQubitOutOfRangeIsACircuitError()
    {
        var error = RunFailing(Lines(
            "from qiskit import QuantumCircuit",
            "qc = QuantumCircuit(2)",
            "qc.h(5)"));
        Assert.Equal("CircuitError", error.TypeName);
        Assert.Contains("Index 5 out of range for size 2.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CircuitErrorsCanBeCaughtAsQiskitErrors()
    {
        var output = Run(Lines(
            "from qiskit import QuantumCircuit, QiskitError",
            "qc = QuantumCircuit(1)",
            "try:",
            "    qc.cx(0, 3)",
            "except QiskitError as e:",
            "    print(type(e).__name__)"));
        Assert.Equal("CircuitError\n", output);
    }

    [Fact]
    public void ComposeInverseAndAppendBuildTheExpectedInstructions()
    {
        var output = Run(Lines(
            "from qiskit import QuantumCircuit",
            "from qiskit.circuit.library import HGate, CXGate, RZGate",
            "a = QuantumCircuit(2)",
            "a.append(HGate(), [0])",
            "a.append(CXGate(), [0, 1])",
            "a.append(RZGate(0.5), [1])",
            "b = a.compose(a.inverse())",
            "print([(i.operation.name, [a.find_bit(q).index for q in i.qubits]) for i in b.data])",
            "print(b.data[3].operation.params, a.inverse().name.endswith('_dg'))"));
        Assert.Equal("[('h', [0]), ('cx', [0, 1]), ('rz', [1]), ('rz', [1]), ('cx', [0, 1]), ('h', [0])]\n[-0.5] True\n", output);
    }

    [Fact]
    public void TranspileReturnsAnEquivalentCopy()
    {
        var output = Run(Lines(
            "from qiskit import QuantumCircuit, transpile",
            "from qiskit_aer import AerSimulator",
            "qc = QuantumCircuit(2)",
            "qc.h(0)",
            "qc.cx(0, 1)",
            "t = transpile(qc, backend=AerSimulator(), optimization_level=3, seed_transpiler=1)",
            "print(t is qc, t.count_ops() == qc.count_ops(), t.num_qubits)"));
        Assert.Equal("False True 2\n", output);
    }
}
