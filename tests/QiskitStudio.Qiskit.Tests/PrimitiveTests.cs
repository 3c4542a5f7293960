using System.Globalization;
using System.Text.RegularExpressions;
using static QiskitStudio.Qiskit.Tests.QiskitProgram;

namespace QiskitStudio.Qiskit.Tests;

public sealed class PrimitiveTests
{
    private const string BellWithMeasureAll = """
        from qiskit import QuantumCircuit
        qc = QuantumCircuit(2)
        qc.h(0)
        qc.cx(0, 1)
        qc.measure_all()

        """;

    /// <summary>Reads a printed counts dict such as <c>{'00': 507, '11': 517}</c>.</summary>
    private static Dictionary<string, int> ParseCounts(string line)
    {
        Assert.Matches(@"^\{('[01 ]+': \d+(, )?)+\}$", line);
        return Regex.Matches(line, @"'([01 ]+)': (\d+)").ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    private static void AssertBellCounts(Dictionary<string, int> counts, int shots)
    {
        Assert.Equal(["00", "11"], counts.Keys.Order());
        Assert.Equal(shots, counts.Values.Sum());
        Assert.All(counts.Values, c => Assert.InRange(c, shots * 0.4, shots * 0.6));
    }

    [Fact]
    public void StatevectorSamplerGivesBellCountsPerRegister()
    {
        var program = BellWithMeasureAll + Lines(
            "from qiskit.primitives import StatevectorSampler",
            "result = StatevectorSampler(seed=1234).run([qc], shots=2000).result()",
            "counts = result[0].data.meas.get_counts()",
            "print(counts)",
            "print(sum(result[0].data.meas.get_int_counts().values()), result[0].data.meas.num_shots)");
        var output = Run(program);
        var lines = output.Split('\n');
        AssertBellCounts(ParseCounts(lines[0]), 2000);
        Assert.Equal("2000 2000", lines[1]);
        Assert.Equal(output, Run(program));
    }

    [Fact]
    public void SamplerRunsParameterisedPubs()
    {
        var output = Run(Lines(
            "import math",
            "from qiskit import QuantumCircuit",
            "from qiskit.circuit import Parameter",
            "from qiskit.primitives import StatevectorSampler",
            "t = Parameter('t')",
            "qc = QuantumCircuit(1, 1)",
            "qc.rx(t, 0)",
            "qc.measure(0, 0)",
            "result = StatevectorSampler().run([(qc, [math.pi])], shots=100).result()",
            "print(result[0].data.c.get_counts())"));
        Assert.Equal("{'1': 100}\n", output);
    }

    [Fact]
    public void AerSimulatorCountsAreSeededAndPrintAsADict()
    {
        var program = BellWithMeasureAll + Lines(
            "from qiskit import transpile",
            "from qiskit_aer import AerSimulator",
            "backend = AerSimulator()",
            "counts = backend.run(transpile(qc, backend), shots=1024, seed_simulator=42).result().get_counts()",
            "print(counts)",
            "print(backend.name)");
        var output = Run(program);
        var lines = output.Split('\n');
        AssertBellCounts(ParseCounts(lines[0]), 1024);
        Assert.Equal("aer_simulator", lines[1]);
        Assert.Equal(output, Run(program));
    }

    [Fact]
    public void EstimatorGivesZZOfOneOnABellState()
    {
        var output = Run(Lines(
            "from qiskit import QuantumCircuit",
            "from qiskit.quantum_info import SparsePauliOp",
            "from qiskit.primitives import StatevectorEstimator",
            "qc = QuantumCircuit(2)",
            "qc.h(0)",
            "qc.cx(0, 1)",
            "job = StatevectorEstimator().run([(qc, SparsePauliOp('ZZ'))])",
            "print(job.result()[0].data.evs)",
            "many = StatevectorEstimator().run([(qc, [SparsePauliOp('ZZ'), SparsePauliOp('ZI')])]).result()[0].data.evs",
            "print(many, many.shape)"));
        var lines = output.Split('\n');
        Assert.Equal(1.0, double.Parse(lines[0], CultureInfo.InvariantCulture), 12);
        Assert.Equal("[1. 0.] (2,)", lines[1]);
    }

    [Fact]
    public void EstimatorBroadcastsObservablesOverParameterSets()
    {
        var output = Run(Lines(
            "import math",
            "from qiskit import QuantumCircuit",
            "from qiskit.circuit import Parameter",
            "from qiskit.quantum_info import SparsePauliOp",
            "from qiskit.primitives import StatevectorEstimator",
            "theta = Parameter('θ')",
            "qc = QuantumCircuit(1)",
            "qc.ry(theta, 0)",
            "values = [[0.0], [math.pi / 2], [math.pi]]",
            "evs = StatevectorEstimator().run([(qc, [[SparsePauliOp('Z')], [SparsePauliOp('X')]], values)]).result()[0].data.evs",
            "print(evs.shape)",
            "print([[round(v, 9) for v in row] for row in evs.tolist()])"));
        Assert.Equal("(2, 3)\n[[1.0, 0.0, -1.0], [0.0, 1.0, 0.0]]\n", output);
    }

    [Fact]
    public void IbmRuntimeLocalModeRunsOnAerThroughASession()
    {
        var output = Run(BellWithMeasureAll + Lines(
            "from qiskit_aer import AerSimulator",
            "from qiskit_ibm_runtime import SamplerV2 as Sampler, EstimatorV2 as Estimator, Session",
            "from qiskit.quantum_info import SparsePauliOp",
            "backend = AerSimulator()",
            "with Session(backend=backend) as session:",
            "    sampler = Sampler(mode=session)",
            "    sampler.options.default_shots = 500",
            "    sampler.options.dynamical_decoupling.enable = True",
            "    sampler.options.dynamical_decoupling.sequence_type = 'XY4'",
            "    sampler.options.twirling.enable_gates = True",
            "    counts = sampler.run([qc]).result()[0].data.meas.get_counts()",
            "print(sorted(counts), sum(counts.values()), sampler.options.dynamical_decoupling.sequence_type)",
            "estimator = Estimator(mode=backend)",
            "estimator.options.resilience_level = 1",
            "bell = qc.remove_final_measurements(inplace=False)",
            "print(round(float(estimator.run([(bell, SparsePauliOp('ZZ'))]).result()[0].data.evs), 9))"));
        Assert.Equal("['00', '11'] 500 XY4\n1.0\n", output);
    }

    [Fact]
    public void QiskitRuntimeServiceExplainsThatHardwareIsUnreachable()
    {
        var error = RunFailing(Lines(
            "from qiskit_ibm_runtime import QiskitRuntimeService",
            "service = QiskitRuntimeService()"));
        Assert.Equal("IBMRuntimeError", error.TypeName);
        Assert.Contains("embedded engine", error.Message, StringComparison.Ordinal);
        Assert.Contains("QISKIT_ENGINE=python", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AerSavesTheStatevectorWhereAsked()
    {
        var output = Run(Lines(
            "from qiskit import QuantumCircuit",
            "from qiskit_aer import AerSimulator",
            "qc = QuantumCircuit(2)",
            "qc.h(0)",
            "qc.cx(0, 1)",
            "qc.save_statevector()",
            "qc.measure_all()",
            "result = AerSimulator(method='statevector').run(qc, shots=10).result()",
            "print(result.get_statevector().probabilities_dict(decimals=9))",
            "print(sum(result.get_counts().values()))"));
        Assert.Equal("{'00': 0.5, '11': 0.5}\n10\n", output);
    }

    [Fact]
    public void BackendPrimitivesRunOnAnAerBackend()
    {
        var output = Run(BellWithMeasureAll + Lines(
            "from qiskit.primitives import BackendSamplerV2",
            "from qiskit_aer import AerSimulator",
            "sampler = BackendSamplerV2(backend=AerSimulator())",
            "counts = sampler.run([qc], shots=300).result()[0].data.meas.get_counts()",
            "print(sorted(counts), sum(counts.values()))"));
        Assert.Equal("['00', '11'] 300\n", output);
    }

    [Fact]
    public void TheReferenceEstimatorRefusesMeasuredCircuitsButRuntimeEstimatorsIgnoreFinalMeasurements()
    {
        var program = BellWithMeasureAll + Lines(
            "from qiskit.quantum_info import SparsePauliOp",
            "from qiskit_aer import AerSimulator",
            "from qiskit_ibm_runtime import EstimatorV2",
            "print(round(float(EstimatorV2(mode=AerSimulator()).run([(qc, SparsePauliOp('ZZ'))]).result()[0].data.evs), 9))",
            "from qiskit.primitives import StatevectorEstimator",
            "StatevectorEstimator().run([(qc, SparsePauliOp('ZZ'))]).result()");
        var result = RunRaw(program);
        Assert.Equal("1.0\n", result.Stdout);
        Assert.Equal("QiskitError", result.Error?.TypeName);
        Assert.Contains("measure", result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FakeBackendsRunLikeTheSimulatorUnderTheDevicesName()
    {
        var output = Run(BellWithMeasureAll + Lines(
            "from qiskit import transpile",
            "from qiskit_ibm_runtime.fake_provider import FakeManilaV2",
            "from qiskit_ibm_runtime import SamplerV2",
            "backend = FakeManilaV2()",
            "print(backend.name, backend.num_qubits)",
            "counts = SamplerV2(mode=backend).run([transpile(qc, backend)], shots=200).result()[0].data.meas.get_counts()",
            "print(sorted(counts), sum(counts.values()))"));
        Assert.Equal("fake_manila 5\n['00', '11'] 200\n", output);
    }

    [Fact]
    public void BasicSimulatorRunsLikeAer()
    {
        var output = Run(BellWithMeasureAll + Lines(
            "from qiskit.providers.basic_provider import BasicSimulator",
            "backend = BasicSimulator()",
            "counts = backend.run(qc, shots=100).result().get_counts()",
            "print(backend.name, sorted(counts), sum(counts.values()))"));
        Assert.Equal("basic_simulator ['00', '11'] 100\n", output);
    }

    [Fact]
    public void MarginalCountsKeepTheListedBits()
    {
        var output = Run(Lines(
            "from qiskit.result import marginal_counts",
            "print(marginal_counts({'001': 10, '011': 5, '110': 7}, [0]))",
            "print(marginal_counts({'001': 10, '011': 5, '110': 7}, [2, 1]))"));
        Assert.Equal("{'1': 15, '0': 7}\n{'00': 10, '01': 5, '11': 7}\n", output);
    }
}
