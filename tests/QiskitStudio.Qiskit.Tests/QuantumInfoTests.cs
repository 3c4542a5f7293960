using System.Globalization;
using System.Text.RegularExpressions;
using static QiskitStudio.Qiskit.Tests.QiskitProgram;

namespace QiskitStudio.Qiskit.Tests;

public sealed class QuantumInfoTests
{
    [Fact]
    public void GhzProbabilitiesDictHasTheTwoHalves()
    {
        var output = Run(Lines(
            "from qiskit import QuantumCircuit",
            "from qiskit.quantum_info import Statevector",
            "qc = QuantumCircuit(3)",
            "qc.h(0)",
            "qc.cx(0, 1)",
            "qc.cx(1, 2)",
            "probs = Statevector.from_instruction(qc).probabilities_dict()",
            "print(list(probs))",
            "print(probs)"));
        var lines = output.Split('\n');
        Assert.Equal("['000', '111']", lines[0]);
        var values = Regex.Matches(lines[1], @"'\d{3}': ([0-9.e-]+)").Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(2, values.Length);
        Assert.All(values, v => Assert.Equal(0.5, v, 12));
    }

    [Fact]
    public void StatevectorPrintsLikeQiskit()
    {
        var output = Run(Lines(
            "from qiskit import QuantumCircuit",
            "from qiskit.quantum_info import Statevector",
            "qc = QuantumCircuit(2)",
            "qc.h(0)",
            "qc.cx(0, 1)",
            "print(Statevector(qc))"));
        Assert.Equal(
            "Statevector([0.70710678+0.j, 0.        +0.j, 0.        +0.j,\n" +
            "             0.70710678+0.j],\n" +
            "            dims=(2, 2))\n", output);
    }

    [Fact]
    public void ProbabilitiesPrintAsANumpyArray()
    {
        var output = Run(Lines(
            "from qiskit.quantum_info import Statevector",
            "sv = Statevector.from_label('10')",
            "print(sv.probabilities())",
            "print(sv.probabilities([0]), sv.probabilities([1]))",
            "print(sv.data.tolist())"));
        Assert.Equal("[0. 0. 1. 0.]\n[1. 0.] [0. 1.]\n[0j, 0j, (1+0j), 0j]\n", output);
    }

    [Fact]
    public void LargeStatesPrintSummarisedAsNumpyDoes()
    {
        var output = Run(Lines(
            "from qiskit import QuantumCircuit",
            "from qiskit.quantum_info import Statevector",
            "qc = QuantumCircuit(11)",
            "qc.x(0)",
            "print(Statevector(qc).probabilities())"));
        Assert.Equal("[0. 1. 0. ... 0. 0. 0.]\n", output);
    }

    [Fact]
    public void SparsePauliOpPrintsLikeQiskit()
    {
        var output = Run(Lines(
            "from qiskit.quantum_info import SparsePauliOp",
            "print(SparsePauliOp.from_list([('ZZ', 1), ('IX', 0.5)]))",
            "print(SparsePauliOp(['XX', 'YY', 'ZZ']))",
            "print(SparsePauliOp('ZI').to_list())"));
        Assert.Equal(
            "SparsePauliOp(['ZZ', 'IX'],\n" +
            "              coeffs=[1. +0.j, 0.5+0.j])\n" +
            "SparsePauliOp(['XX', 'YY', 'ZZ'],\n" +
            "              coeffs=[1.+0.j, 1.+0.j, 1.+0.j])\n" +
            "[('ZI', (1+0j))]\n", output);
    }

    [Fact]
    public void PauliAlgebraFollowsThePhases()
    {
        var output = Run(Lines(
            "from qiskit.quantum_info import Pauli, SparsePauliOp",
            "print(Pauli('X') @ Pauli('Y'), repr(Pauli('-iXZ')))",
            "op = (SparsePauliOp('XX') + SparsePauliOp('ZZ')) * 2",
            "print(op.simplify().to_list())",
            "print((SparsePauliOp('X') @ SparsePauliOp('X')).simplify().to_list())"));
        Assert.Equal("iZ Pauli('-iXZ')\n[('XX', (2+0j)), ('ZZ', (2+0j))]\n[('I', (1+0j))]\n", output);
    }

    [Fact]
    public void ExpectationValuesComeFromTheState()
    {
        var output = Run(Lines(
            "from qiskit import QuantumCircuit",
            "from qiskit.quantum_info import Statevector, SparsePauliOp",
            "qc = QuantumCircuit(2)",
            "qc.h(0)",
            "qc.cx(0, 1)",
            "sv = Statevector(qc)",
            "for label in ['ZZ', 'XX', 'YY', 'ZI']:",
            "    print(label, round(sv.expectation_value(SparsePauliOp(label)).real, 10))"));
        Assert.Equal("ZZ 1.0\nXX 1.0\nYY -1.0\nZI 0.0\n", output);
    }

    [Fact]
    public void ApplyLayoutOfATranspiledCircuitKeepsTheObservable()
    {
        var output = Run(Lines(
            "from qiskit import QuantumCircuit",
            "from qiskit.quantum_info import SparsePauliOp",
            "from qiskit.transpiler.preset_passmanagers import generate_preset_pass_manager",
            "from qiskit_aer import AerSimulator",
            "qc = QuantumCircuit(3)",
            "qc.h(0)",
            "pm = generate_preset_pass_manager(optimization_level=3, backend=AerSimulator())",
            "pm.pre_init = None",
            "isa = pm.run(qc)",
            "obs = SparsePauliOp.from_list([('ZZI', 1.0), ('IIX', 2.0)])",
            "print(obs.apply_layout(isa.layout).to_list())",
            "print(obs.apply_layout(layout=isa.layout) == obs)"));
        Assert.Equal("[('ZZI', (1+0j)), ('IIX', (2+0j))]\nTrue\n", output);
    }
}

public sealed class OperatorAndDensityMatrixTests
{
    [Fact]
    public void OperatorOfAHadamardPrintsLikeQiskit()
    {
        var output = Run(Lines(
            "from qiskit import QuantumCircuit",
            "from qiskit.quantum_info import Operator",
            "qc = QuantumCircuit(1)",
            "qc.h(0)",
            "print(Operator(qc))",
            "print(Operator(qc).equiv(Operator.from_label('X')), Operator(qc).is_unitary())"));
        Assert.Equal(
            "Operator([[ 0.70710678+0.j,  0.70710678+0.j],\n" +
            "          [ 0.70710678+0.j, -0.70710678+0.j]],\n" +
            "         input_dims=(2,), output_dims=(2,))\n" +
            "False True\n", output);
    }

    [Fact]
    public void ABellPairIsMaximallyEntangled()
    {
        var output = Run(Lines(
            "from qiskit import QuantumCircuit",
            "from qiskit.quantum_info import DensityMatrix, Statevector, partial_trace, entropy, concurrence, entanglement_of_formation",
            "qc = QuantumCircuit(2)",
            "qc.h(0)",
            "qc.cx(0, 1)",
            "rho = DensityMatrix.from_instruction(qc)",
            "reduced = partial_trace(rho, [1])",
            "print(round(rho.purity().real, 9), round(reduced.purity().real, 9))",
            "print(round(entropy(reduced), 9), round(concurrence(Statevector(qc)), 9), round(entanglement_of_formation(rho), 9))",
            "print(reduced.probabilities_dict(decimals=9))"));
        Assert.Equal("1.0 0.5\n1.0 1.0 1.0\n{'0': 0.5, '1': 0.5}\n", output);
    }
}
