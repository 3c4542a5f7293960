namespace QiskitStudio.Knowledge.Templates;

public sealed partial class CodeTemplateLibrary
{
    private const string SamplerRun = """
        sampler = StatevectorSampler()
        result = sampler.run([qc], shots=shots).result()
        counts = result[0].data.meas.get_counts()
        print("Counts:", counts)
        """;

    private static int Q(TemplateParameters p, int fallback, int min = 1, int max = 12) => Math.Clamp(p.Qubits ?? fallback, min, max);

    private static int Shots(TemplateParameters p) => p.Shots ?? 1024;

    private static string BitsOr(string? bits, string fallback) => string.IsNullOrEmpty(bits) ? fallback : bits;

    private static List<CodeTemplate> BuildTemplates() =>
    [
        new("bell", "Bell state", "Two entangled qubits in a Bell state, sampled.",
            K(("bell", 3), ("bell state", 1), ("bell pair", 1), ("entangled pair", 2), ("entangle two qubits", 3), ("epr", 3), ("entanglement", 1), ("phi+", 1), ("psi+", 1)), Bell),
        new("ghz", "GHZ state", "An n-qubit GHZ state (|0...0> + |1...1>)/sqrt(2).",
            K(("ghz", 4), ("greenberger", 4), ("cat state", 3)), Ghz),
        new("w-state", "W state", "An n-qubit W state: one excitation shared equally by all qubits.",
            K(("w state", 4), ("w states", 4), ("dicke", 2)), WState),
        new("qft", "Quantum Fourier transform", "The QFT built from H, controlled-phase and swap gates.",
            K(("qft", 3), ("fourier", 3), ("quantum fourier transform", 1)), Qft),
        new("inverse-qft", "Inverse QFT", "QFT followed by its inverse recovers the input basis state.",
            K(("inverse qft", 5), ("inverse fourier", 5), ("qft inverse", 5), ("iqft", 5), ("qft dagger", 5)), InverseQft),
        new("grover", "Grover search", "Grover's algorithm with a phase oracle for the marked states.",
            K(("grover", 4), ("amplitude amplification", 3), ("unstructured search", 3), ("marked", 2), ("search algorithm", 2), ("oracle search", 2), ("database search", 2)), Grover),
        new("deutsch-jozsa", "Deutsch-Jozsa", "Decides whether a function is constant or balanced with one query.",
            K(("deutsch jozsa", 5), ("jozsa", 5), ("constant or balanced", 3), ("balanced", 1), ("constant", 0.5)), DeutschJozsa),
        new("bernstein-vazirani", "Bernstein-Vazirani", "Recovers a secret bit string with one oracle query.",
            K(("bernstein", 5), ("vazirani", 5), ("secret", 1.5), ("hidden string", 1.5), ("hidden bitstring", 1.5)), BernsteinVazirani),
        new("simon", "Simon's algorithm", "Finds the hidden period s of a two-to-one function.",
            K(("simon", 5), ("simons", 5), ("hidden period", 3), ("period", 1)), Simon),
        new("teleportation", "Quantum teleportation", "Moves a qubit state with a Bell pair and two corrections.",
            K(("teleport", 5), ("teleportation", 5), ("teleporting", 5), ("teleports", 5)), Teleportation),
        new("superdense-coding", "Superdense coding", "Sends two classical bits with one qubit of a Bell pair.",
            K(("superdense", 5), ("super dense", 5), ("dense coding", 5)), SuperdenseCoding),
        new("phase-estimation", "Quantum phase estimation", "Estimates the eigenphase of a phase gate with counting qubits.",
            K(("phase estimation", 5), ("qpe", 5), ("estimate the phase", 4), ("estimate a phase", 4), ("eigenphase", 3), ("eigenvalue", 1)), PhaseEstimation),
        new("vqe", "VQE", "Variational quantum eigensolver with StatevectorEstimator and scipy minimize.",
            K(("vqe", 5), ("variational quantum eigensolver", 5), ("variational eigensolver", 5), ("ground state energy", 3), ("ground state", 1.5), ("h2 molecule", 2), ("energy of h2", 2), ("variational", 1)), Vqe),
        new("qaoa-maxcut", "QAOA Max-Cut", "QAOA for Max-Cut on a small graph, optimised then sampled.",
            K(("qaoa", 5), ("maxcut", 4), ("max cut", 4), ("graph partition", 2), ("approximate optimization", 3), ("combinatorial optimization", 2)), QaoaMaxCut),
        new("chsh", "CHSH inequality", "CHSH correlators of an entangled pair versus measurement angle.",
            K(("chsh", 5), ("bell inequality", 5), ("bell test", 4), ("bells inequality", 5), ("local realism", 3), ("clauser", 5)), Chsh),
        new("random-circuit", "Random circuit", "A seeded random circuit of rotations and CNOT layers.",
            K(("random circuit", 5), ("random circuits", 5), ("randomly generated circuit", 5), ("random quantum circuit", 5)), RandomCircuit),
        new("quantum-kernel", "Quantum kernel", "A fidelity kernel matrix from a ZZFeatureMap (compute-uncompute).",
            K(("kernel", 4), ("feature map", 3), ("zzfeaturemap", 4), ("qsvm", 4), ("quantum machine learning", 2), ("classification", 1), ("classifier", 1)), QuantumKernel),
        new("swap-test", "Swap test", "Estimates the overlap of two states with an ancilla and a controlled swap.",
            K(("swap test", 5), ("overlap", 2), ("fidelity between", 2), ("compare two states", 3), ("cswap", 3), ("fredkin", 3)), SwapTest),
        new("entanglement-swapping", "Entanglement swapping", "Entangles two qubits that never interacted through a Bell measurement.",
            K(("entanglement swapping", 6), ("swap entanglement", 6), ("swapping entanglement", 6), ("entanglement swap", 6), ("quantum repeater", 4)), EntanglementSwapping),
        new("amplitude-estimation", "Amplitude estimation", "Phase estimation of a Grover-type rotation to estimate a probability.",
            K(("amplitude estimation", 6), ("estimate an amplitude", 5), ("estimate a probability", 4), ("quantum monte carlo", 4), ("qae", 5)), AmplitudeEstimation),
        new("hamiltonian-simulation", "Hamiltonian simulation", "Time evolution under an Ising Hamiltonian with PauliEvolutionGate.",
            K(("hamiltonian simulation", 5), ("time evolution", 4), ("pauli evolution", 4), ("paulievolutiongate", 5), ("trotter", 4), ("simulate a hamiltonian", 5), ("ising", 2), ("evolve", 2), ("dynamics", 2)), HamiltonianSimulation),
        new("transpile-demo", "Transpilation demo", "Compares optimization levels 0-3 on the same circuit.",
            K(("transpile", 3), ("transpiler", 3), ("transpilation", 3), ("optimization level", 3), ("optimization levels", 3), ("pass manager", 3), ("isa circuit", 2), ("basis gates", 2), ("coupling map", 2)), TranspileDemo),
        new("error-mitigation", "Error mitigation options", "EstimatorV2 with resilience, ZNE, TREX, twirling and dynamical decoupling options.",
            K(("error mitigation", 4), ("mitigation", 2), ("zne", 4), ("zero noise extrapolation", 4), ("trex", 4), ("resilience level", 4), ("resilience", 2), ("dynamical decoupling", 3), ("twirling", 3), ("error suppression", 3), ("pec", 3), ("pea", 3)), ErrorMitigation),
        new("superposition", "Superposition", "One qubit in equal superposition, measured many times.",
            K(("superposition", 3), ("hadamard", 2), ("coin flip", 3), ("plus state", 2), ("single qubit", 1)), Superposition),
        new("bloch-sphere", "Statevector and Bloch vector", "Prepares a single-qubit state and prints its amplitudes and Bloch vector.",
            K(("bloch", 4), ("bloch sphere", 1), ("bloch vector", 1), ("statevector", 2), ("state vector", 2), ("amplitudes", 2)), BlochSphere),
        new("entanglement-measures", "Entanglement measures", "Density matrix, purity, concurrence and entanglement of formation of a Bell state.",
            K(("concurrence", 5), ("density matrix", 4), ("purity", 3), ("entanglement of formation", 5), ("measure entanglement", 4), ("how entangled", 3)), EntanglementMeasures),
        new("random-numbers", "Quantum random numbers", "Random bits from measuring qubits in superposition.",
            K(("random number", 5), ("random numbers", 5), ("random bits", 5), ("qrng", 5), ("dice", 3), ("random bit", 5)), RandomNumbers),
        new("deutsch", "Deutsch's algorithm", "One query decides whether a one-bit function is constant or balanced.",
            K(("deutsch", 4), ("deutschs", 4)), Deutsch),
        new("parameter-sweep", "Parameter sweep", "A parameterised circuit evaluated for many angles in one PUB.",
            K(("parameter sweep", 5), ("sweep", 3), ("parameterized circuit", 4), ("parameterised circuit", 4), ("parametrized circuit", 4), ("parameter binding", 3), ("parameter values", 2), ("rotation angle", 1)), ParameterSweep),
        new("estimator-basics", "Estimator primitive", "Expectation values of several observables with EstimatorV2 and a PUB.",
            K(("estimator", 3), ("expectation value", 4), ("expectation values", 4), ("observable", 2), ("observables", 2)), EstimatorBasics),
        new("sampler-basics", "Sampler primitive", "Counts from several circuits with SamplerV2 and PUBs.",
            K(("sampler", 3), ("samplerv2", 3), ("pub", 1), ("pubs", 1), ("counts", 1), ("bitstrings", 1)), SamplerBasics),
        new("full-adder", "Quantum full adder", "Adds two bits and a carry with Toffoli and CNOT gates.",
            K(("adder", 5), ("addition", 3), ("add two", 3), ("half adder", 5), ("full adder", 5), ("toffoli", 2), ("arithmetic", 2)), FullAdder),
        new("phase-kickback", "Phase kickback", "A controlled phase gate on an eigenstate kicks its phase back to the control.",
            K(("kickback", 5), ("phase kickback", 5), ("kick back", 5)), PhaseKickback),
        new("run-on-hardware", "Run on IBM hardware", "The Qiskit pattern on a real backend: service, ISA circuit, SamplerV2.",
            K(("real hardware", 4), ("ibm hardware", 4), ("on hardware", 2), ("real quantum computer", 4), ("ibm quantum", 2), ("ibm backend", 3), ("real backend", 4), ("real device", 4), ("least busy", 4), ("qiskitruntimeservice", 4), ("hardware", 2), ("on ibm", 2)), RunOnHardware),
    ];
}
