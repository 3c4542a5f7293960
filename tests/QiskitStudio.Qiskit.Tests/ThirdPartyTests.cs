using System.Globalization;
using static QiskitStudio.Qiskit.Tests.QiskitProgram;

namespace QiskitStudio.Qiskit.Tests;

public sealed class ThirdPartyTests
{
    [Fact]
    public void MaxCutGraphBuildsItsPauliList()
    {
        var output = Run(Lines(
            "import rustworkx as rx",
            "n = 5",
            "graph = rx.PyGraph()",
            "print(graph.add_nodes_from(list(range(n))))",
            "edge_list = [(0, 1, 1.0), (0, 2, 1.0), (0, 4, 1.0), (1, 2, 1.0), (2, 3, 1.0), (3, 4, 1.0)]",
            "graph.add_edges_from(edge_list)",
            "def build_max_cut_paulis(graph):",
            "    pauli_list = []",
            "    for edge in list(graph.edge_list()):",
            "        paulis = ['I'] * len(graph)",
            "        paulis[edge[0]], paulis[edge[1]] = 'Z', 'Z'",
            "        weight = graph.get_edge_data(edge[0], edge[1])",
            "        pauli_list.append((''.join(paulis)[::-1], weight))",
            "    return pauli_list",
            "print(graph.edge_list())",
            "print(build_max_cut_paulis(graph))",
            "print(len(graph), graph.num_nodes(), graph.num_edges(), graph.nodes())",
            "print(graph.add_node('x'), graph.add_edge(5, 0, 2.5), graph.get_edge_data(0, 5), len(graph))"));
        Assert.Equal(
            "NodeIndices[0, 1, 2, 3, 4]\n" +
            "EdgeList[(0, 1), (0, 2), (0, 4), (1, 2), (2, 3), (3, 4)]\n" +
            "[('IIIZZ', 1.0), ('IIZIZ', 1.0), ('ZIIIZ', 1.0), ('IIZZI', 1.0), ('IZZII', 1.0), ('ZZIII', 1.0)]\n" +
            "5 5 6 [0, 1, 2, 3, 4]\n" +
            "5 6 2.5 6\n", output);
    }

    [Fact]
    public void MissingEdgesRaiseNoEdgeBetweenNodes()
    {
        var output = Run(Lines(
            "import rustworkx as rx",
            "g = rx.PyGraph()",
            "g.add_nodes_from(['a', 'b', 'c'])",
            "g.add_edge(0, 1, None)",
            "try:",
            "    g.get_edge_data(0, 2)",
            "except rx.NoEdgeBetweenNodes:",
            "    print('no edge')",
            "print(g.get_edge_data(1, 0), [tuple(e) for e in g.edge_list()])"));
        Assert.Equal("no edge\nNone [(0, 1)]\n", output);
    }

    [Theory]
    [InlineData("Nelder-Mead")]
    [InlineData("COBYLA")]
    public void MinimizeFindsTheBottomOfAQuadraticBowl(string method)
    {
        var output = Run(Lines(
            "from scipy.optimize import minimize",
            "calls = []",
            "def cost(x, a, b):",
            "    calls.append(1)",
            "    return (x[0] - a) ** 2 + (x[1] - b) ** 2",
            $"res = minimize(cost, [0, 0], args=(1.0, -2.0), method='{method}', tol=1e-8, options={{'maxiter': 2000}})",
            "print(res.x[0])",
            "print(res.x[1])",
            "print(res.fun)",
            "print(res.success, res.status, res.nfev == len(calls), res.nit > 0)",
            "print(res)",
            "print(type(res.x).__name__, res.x.tolist() == [res.x[0], res.x[1]])"));
        Assert.EndsWith("\nndarray True\n", output, StringComparison.Ordinal);
        var lines = output.Split('\n');
        double x0 = double.Parse(lines[0], CultureInfo.InvariantCulture), x1 = double.Parse(lines[1], CultureInfo.InvariantCulture);
        Assert.InRange(x0, 1 - 1e-3, 1 + 1e-3);
        Assert.InRange(x1, -2 - 1e-3, -2 + 1e-3);
        Assert.InRange(double.Parse(lines[2], CultureInfo.InvariantCulture), 0, 1e-6);
        Assert.Equal("True 0 True True", lines[3]);
        // scipy right-aligns the keys one column past the longest: Nelder-Mead's has final_simplex.
        string Key(string name) => name.PadLeft(method == "COBYLA" ? 8 : 14) + ": ";
        Assert.Equal(Key("message") + "Optimization terminated successfully.", lines[4]);
        Assert.Equal(Key("success") + "True", lines[5]);
        Assert.Equal(Key("status") + "0", lines[6]);
        Assert.StartsWith(Key("fun"), lines[7], StringComparison.Ordinal);
        Assert.Equal(Key("x") + "[ 1.000e+00 -2.000e+00]", lines[8]);
        if (method == "COBYLA")
        {
            Assert.StartsWith(Key("nfev"), lines[9], StringComparison.Ordinal);
            Assert.Equal(Key("maxcv") + "0.0", lines[10]);
        }
        else
        {
            Assert.StartsWith(Key("nit"), lines[9], StringComparison.Ordinal);
            Assert.StartsWith(Key("nfev"), lines[10], StringComparison.Ordinal);
            Assert.Equal(Key("final_simplex") + "(array([[ 1.000e+00, -2.000e+00],", lines[11]);
            Assert.Equal(new string(' ', 23) + "[ 1.000e+00, -2.000e+00],", lines[12]);
            Assert.StartsWith(new string(' ', 23) + "[ 1.000e+00, -2.000e+00]]), array([ ", lines[13], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NelderMeadStopsAtMaxiterAndSaysSo()
    {
        var output = Run(Lines(
            "from scipy.optimize import minimize",
            "res = minimize(lambda x: (x[0] - 3) ** 2 + 10 * (x[1] + 1) ** 2, [0.0, 0.0], method='Nelder-Mead', options={'maxiter': 5})",
            "print(res.success, res.status, res.nit, res.message)"));
        Assert.Equal("False 2 5 Maximum number of iterations has been exceeded.\n", output);
    }

    [Fact]
    public void MaxCutDemoOptimisesItsQaoaCircuitWithCobyla()
    {
        var output = Run(Lines(
            "import rustworkx as rx",
            "import numpy as np",
            "from scipy.optimize import minimize",
            "from qiskit.circuit.library import QAOAAnsatz",
            "from qiskit.quantum_info import SparsePauliOp",
            "from qiskit_aer import AerSimulator",
            "from qiskit.transpiler.preset_passmanagers import generate_preset_pass_manager",
            "from qiskit_ibm_runtime import Session, EstimatorV2 as Estimator, SamplerV2 as Sampler",
            "n = 5",
            "graph = rx.PyGraph()",
            "graph.add_nodes_from(np.arange(0, n, 1))",
            "graph.add_edges_from([(0, 1, 1.0), (0, 2, 1.0), (0, 4, 1.0), (1, 2, 1.0), (2, 3, 1.0), (3, 4, 1.0)])",
            "paulis = []",
            "for edge in list(graph.edge_list()):",
            "    p = ['I'] * len(graph)",
            "    p[edge[0]], p[edge[1]] = 'Z', 'Z'",
            "    paulis.append((''.join(p)[::-1], graph.get_edge_data(edge[0], edge[1])))",
            "cost_hamiltonian = SparsePauliOp.from_list(paulis)",
            "circuit = QAOAAnsatz(cost_operator=cost_hamiltonian, reps=2)",
            "circuit.measure_all()",
            "backend = AerSimulator()",
            "candidate_circuit = generate_preset_pass_manager(optimization_level=3, backend=backend).run(circuit)",
            "def cost_func_estimator(params, ansatz, hamiltonian, estimator):",
            "    pub = (ansatz, hamiltonian.apply_layout(ansatz.layout), params)",
            "    return estimator.run([pub]).result()[0].data.evs",
            "with Session(backend=backend) as session:",
            "    estimator = Estimator(mode=session)",
            "    result = minimize(cost_func_estimator, [np.pi, np.pi / 2, np.pi, np.pi / 2], args=(candidate_circuit, cost_hamiltonian, estimator), method='COBYLA', tol=1e-2)",
            "    print(result)",
            "print(result.fun)",
            "print(graph.nodes())"));
        var lines = output.Split('\n');
        Assert.Equal(" message: Optimization terminated successfully.", lines[0]);
        Assert.Equal(" success: True", lines[1]);
        Assert.Matches(@"^       x: \[[ -]\d\.\d{3}e[+-]\d\d( [ -]\d\.\d{3}e[+-]\d\d){3}\]$", lines[4]);
        Assert.Equal("   maxcv: 0.0", lines[6]);
        // The cost is the expected sum of ZZ over the six edges: 0 for the uniform start, -6 at best.
        Assert.InRange(double.Parse(lines[7], CultureInfo.InvariantCulture), -6, -2);
        Assert.Equal("[0, 1, 2, 3, 4]", lines[8]);
    }
}
