using static QiskitStudio.Qiskit.Tests.QiskitProgram;

namespace QiskitStudio.Qiskit.Tests;

public sealed class LibraryTests
{
    [Fact]
    public void QftIsOneBoxThatDecomposesIntoHadamardsPhasesAndSwaps()
    {
        var output = Run(Lines(
            "from qiskit.circuit.library import QFT",
            "qft = QFT(3)",
            "print(qft.name, qft.size(), [i.operation.name for i in qft.data])",
            "print(dict(qft.decompose().count_ops()))"));
        Assert.Equal("QFT 1 ['QFT']\n{'h': 3, 'cp': 3, 'swap': 1}\n", output);
    }

    [Fact]
    public void QftOfABasisStateGivesUniformProbabilities()
    {
        var output = Run(Lines(
            "from qiskit import QuantumCircuit",
            "from qiskit.circuit.library import QFT",
            "from qiskit.quantum_info import Statevector",
            "qc = QuantumCircuit(3)",
            "qc.x(0)",
            "qc.compose(QFT(3), inplace=True)",
            "probs = Statevector(qc).probabilities()",
            "print(len(probs), all(abs(p - 0.125) < 1e-12 for p in probs))",
            "back = qc.compose(QFT(3, inverse=True))",
            "print(Statevector(back).probabilities_dict(decimals=9))"));
        Assert.Equal("8 True\n{'001': 1.0}\n", output);
    }

    [Fact]
    public void RealAmplitudesHasQiskitsParameterCountAndOrder()
    {
        var output = Run(Lines(
            "from qiskit.circuit.library import RealAmplitudes, EfficientSU2, TwoLocal",
            "ra = RealAmplitudes(3, reps=2)",
            "print(ra.num_parameters, [str(p) for p in ra.parameters][:3])",
            "print(EfficientSU2(2, reps=1).num_parameters)",
            "print(dict(TwoLocal(3, 'ry', 'cz', reps=2, entanglement='linear').decompose().count_ops()))",
            "bound = ra.assign_parameters([0.0] * ra.num_parameters)",
            "print(bound.num_parameters)"));
        Assert.Equal("9 ['θ[0]', 'θ[1]', 'θ[2]']\n8\n{'ry': 9, 'cz': 4}\n0\n", output);
    }

    [Fact]
    public void QaoaAnsatzOverACostOperatorRunsOnTheEstimator()
    {
        var output = Run(Lines(
            "from qiskit.circuit.library import QAOAAnsatz",
            "from qiskit.quantum_info import SparsePauliOp",
            "from qiskit.primitives import StatevectorEstimator",
            "cost = SparsePauliOp.from_list([('ZZI', 1.0), ('IZZ', 1.0)])",
            "ansatz = QAOAAnsatz(cost_operator=cost, reps=2)",
            "print([str(p) for p in ansatz.parameters])",
            "ev = StatevectorEstimator().run([(ansatz, cost, [0.0, 0.0, 0.0, 0.0])]).result()[0].data.evs",
            "print(round(float(ev), 9))"));
        // With all angles zero the state is |+++>, where ⟨ZZ⟩ = 0.
        Assert.Equal("['β[0]', 'β[1]', 'γ[0]', 'γ[1]']\n0.0\n", output);
    }

    [Fact]
    public void GroverOperatorAmplifiesTheMarkedState()
    {
        var output = Run(Lines(
            "from qiskit import QuantumCircuit",
            "from qiskit.circuit.library import GroverOperator",
            "from qiskit.quantum_info import Statevector",
            "oracle = QuantumCircuit(2)",
            "oracle.cz(0, 1)",
            "qc = QuantumCircuit(2)",
            "qc.h([0, 1])",
            "qc.compose(GroverOperator(oracle), inplace=True)",
            "print(Statevector(qc).probabilities_dict(decimals=6))"));
        Assert.Equal("{'11': 1.0}\n", output);
    }

    [Fact]
    public void PauliEvolutionGateEvolvesUnderTheOperator()
    {
        var output = Run(Lines(
            "import math",
            "from qiskit import QuantumCircuit",
            "from qiskit.circuit.library import PauliEvolutionGate",
            "from qiskit.quantum_info import SparsePauliOp, Statevector",
            "qc = QuantumCircuit(1)",
            "qc.append(PauliEvolutionGate(SparsePauliOp('X'), time=math.pi / 2), [0])",
            "print(Statevector(qc).probabilities_dict(decimals=9))"));
        Assert.Equal("{'1': 1.0}\n", output);
    }

    [Fact]
    public void Qasm2RoundTripsACircuit()
    {
        var output = Run(Lines(
            "from qiskit import QuantumCircuit, qasm2",
            "qc = QuantumCircuit(2, 2)",
            "qc.h(0)",
            "qc.cx(0, 1)",
            "qc.measure([0, 1], [0, 1])",
            "text = qasm2.dumps(qc)",
            "print(text)",
            "again = QuantumCircuit.from_qasm_str(text)",
            "print(dict(again.count_ops()))"));
        Assert.Equal(
            "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[2];\ncreg c[2];\nh q[0];\ncx q[0],q[1];\nmeasure q[0] -> c[0];\nmeasure q[1] -> c[1];\n" +
            "{'measure': 2, 'h': 1, 'cx': 1}\n", output);
    }

    [Fact]
    public void UnitaryGatesFromMatricesSimulate()
    {
        var output = Run(Lines(
            "from qiskit import QuantumCircuit",
            "from qiskit.circuit.library import UnitaryGate",
            "from qiskit.quantum_info import Statevector",
            "qc = QuantumCircuit(1)",
            "qc.append(UnitaryGate([[0, 1], [1, 0]], label='flip'), [0])",
            "print(qc.data[0].operation.name, Statevector(qc).probabilities_dict())"));
        Assert.Equal("unitary {'1': 1.0}\n", output);
    }

    [Fact]
    public void ANonUnitaryMatrixIsRefused()
    {
        var error = RunFailing(Lines(
            "from qiskit.circuit.library import UnitaryGate",
            "UnitaryGate([[1, 1], [0, 1]])"));
        Assert.Equal("CircuitError", error.TypeName);
        Assert.Contains("not unitary", error.Message, StringComparison.Ordinal);
    }
}
