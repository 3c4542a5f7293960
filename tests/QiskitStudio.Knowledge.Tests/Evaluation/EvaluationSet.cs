using static QiskitStudio.Knowledge.Tests.Evaluation.FrontendPrompt;
using B = QiskitStudio.Knowledge.Tests.Evaluation.NodeBodies;

namespace QiskitStudio.Knowledge.Tests.Evaluation;

/// <summary>One evaluation request with what a correct offline answer looks like.</summary>
/// <param name="Template">For code requests: the template that should be chosen.</param>
/// <param name="ExpectedBody">For parameter updates: the exact body expected back.</param>
public sealed record EvalCase(string Id, string Text, ChatIntent Intent, string? Template = null, string? ExpectedBody = null);

public static class EvaluationSet
{
    private static EvalCase Q(string id, string text) => new(id, text, ChatIntent.Question);
    private static EvalCase C(string id, string text, string template) => new(id, text, ChatIntent.CodeRequest, template);
    private static EvalCase O(string id, string text) => new(id, text, ChatIntent.OutOfScope);
    private static EvalCase N(string id, string text) => new(id, text, ChatIntent.NodeUpdate);
    private static EvalCase P(string id, string label, string code, string parameter, object? value, string expected, bool flags = false) =>
        new(id, Build(label, code, parameter, value, preserveStructure: flags), ChatIntent.ParameterUpdate, null, expected);
    private static ExpectedEdit E(string code) => new(code);

    public static IReadOnlyList<EvalCase> All { get; } = [.. Questions(), .. CodeRequests(), .. ParameterUpdates(), .. Others()];

    private static IEnumerable<EvalCase> Questions() =>
    [
        Q("q01", "What is superposition?"),
        Q("q02", "How does quantum teleportation work?"),
        Q("q03", "Explain entanglement in simple terms"),
        Q("q04", "Why does Grover's algorithm give a quadratic speedup?"),
        Q("q05", "What is the difference between the Sampler and the Estimator primitives?"),
        Q("q06", "What does resilience_level 2 do in the Runtime Estimator?"),
        Q("q07", "How does zero-noise extrapolation work?"),
        Q("q08", "What is PEA and how is it different from gate folding?"),
        Q("q09", "Is PEC better than ZNE?"),
        Q("q10", "What is TREX?"),
        Q("q11", "When should I use a session instead of a batch?"),
        Q("q12", "What are the optimization levels of the transpiler?"),
        Q("q13", "How does the SABRE layout method choose physical qubits?"),
        Q("q14", "What is an ISA circuit?"),
        Q("q15", "why do I need apply_layout for my observables?"),
        Q("q16", "Describe the Bloch sphere"),
        Q("q17", "What is a PUB in Qiskit?"),
        Q("q18", "How do I read counts from SamplerV2 results?"),
        Q("q19", "What is dynamical decoupling?"),
        Q("q20", "Does Pauli twirling cost extra shots?"),
        Q("q21", "What is M3 measurement mitigation?"),
        Q("q22", "How is Shor's algorithm related to phase estimation?"),
        Q("q23", "What does the quantum Fourier transform do?"),
        Q("q24", "How does VQE find the ground state energy?"),
        Q("q25", "Tell me about QAOA for max cut"),
        Q("q26", "What does a CHSH value above 2 mean?"),
        Q("q27", "How do quantum kernels work?"),
        Q("q28", "What is sample-based quantum diagonalization?"),
        Q("q29", "What causes decoherence in qubits?"),
        Q("q30", "What is interference in quantum computing?"),
        Q("q31", "how do I create a Bell state in Qiskit?"),
        Q("q32", "How can I simulate noise with Qiskit Aer?"),
        Q("q33", "Which routing methods exist in Qiskit 2?"),
        Q("q34", "Why does 'from qiskit import execute' fail?"),
        Q("q35", "What is the circuit library?"),
        Q("q36", "Can you explain how Simon's algorithm works?"),
        Q("q37", "What's the Bernstein-Vazirani algorithm?"),
        Q("q38", "How does the Deutsch-Jozsa algorithm decide constant vs balanced?"),
        Q("q39", "Explain superdense coding"),
        Q("q40", "What is a GHZ state used for?"),
        Q("q41", "What is amplitude estimation?"),
        Q("q42", "How does PauliEvolutionGate implement time evolution?"),
        Q("q43", "Show me how parameter binding works with the Estimator"),
        Q("q44", "What is the difference between a Pauli and a SparsePauliOp?"),
        Q("q45", "How do I save my IBM Quantum account?"),
        Q("q46", "What are fake backends used for?"),
        Q("q47", "hello"),
        Q("q48", "What can you do?"),
    ];

    private static IEnumerable<EvalCase> CodeRequests() =>
    [
        C("c01", "Create a Bell state circuit", "bell"),
        C("c02", "Write a 5-qubit GHZ circuit", "ghz"),
        C("c03", "Generate a GHZ state on 7 qubits and sample it", "ghz"),
        C("c04", "Build a W state with 4 qubits", "w-state"),
        C("c05", "Implement the quantum Fourier transform on 4 qubits", "qft"),
        C("c06", "Write code for the inverse QFT", "inverse-qft"),
        C("c07", "Implement Grover's algorithm with marked state 101", "grover"),
        C("c08", "Write a Grover search on 4 qubits for the marked states 0110 and 1001", "grover"),
        C("c09", "Create a Deutsch-Jozsa circuit with a balanced oracle", "deutsch-jozsa"),
        C("c10", "Write Deutsch-Jozsa code for a constant function on 4 qubits", "deutsch-jozsa"),
        C("c11", "Implement Bernstein-Vazirani with secret 1011", "bernstein-vazirani"),
        C("c12", "Write a program that finds the secret string 110101", "bernstein-vazirani"),
        C("c13", "Implement Simon's algorithm with secret 110", "simon"),
        C("c14", "Write a quantum teleportation circuit", "teleportation"),
        C("c15", "Create a superdense coding example sending 11", "superdense-coding"),
        C("c16", "Implement quantum phase estimation for phase 0.375 with 3 counting qubits", "phase-estimation"),
        C("c17", "Write a VQE for the H2 molecule using StatevectorEstimator", "vqe"),
        C("c18", "Build a QAOA circuit for max cut on a 5 node ring", "qaoa-maxcut"),
        C("c19", "Solve Max-Cut with QAOA for edges (0,1), (1,2), (2,3), (3,0)", "qaoa-maxcut"),
        C("c20", "Write code for the CHSH inequality experiment", "chsh"),
        C("c21", "Generate a random circuit with 5 qubits and depth 6", "random-circuit"),
        C("c22", "Create a quantum kernel with ZZFeatureMap", "quantum-kernel"),
        C("c23", "Implement the swap test for two single-qubit states", "swap-test"),
        C("c24", "Write an entanglement swapping circuit", "entanglement-swapping"),
        C("c25", "Give me code for quantum amplitude estimation", "amplitude-estimation"),
        C("c26", "Simulate a Hamiltonian with PauliEvolutionGate for time 1.5", "hamiltonian-simulation"),
        C("c27", "Write a transpile demo comparing optimization levels", "transpile-demo"),
        C("c28", "Show me code that enables ZNE and dynamical decoupling in EstimatorV2", "error-mitigation"),
        C("c29", "Create a circuit that puts one qubit in superposition and measures it", "superposition"),
        C("c30", "Write code to print the Bloch vector of a qubit state", "bloch-sphere"),
        C("c31", "Compute the concurrence of a Bell state", "entanglement-measures"),
        C("c32", "Make a quantum random number generator with 8 bits", "random-numbers"),
        C("c33", "Implement Deutsch's algorithm", "deutsch"),
        C("c34", "Write a parameter sweep of an RY rotation with the Estimator", "parameter-sweep"),
        C("c35", "Give me an example of computing expectation values with EstimatorV2", "estimator-basics"),
        C("c36", "Write code that runs two circuits with the SamplerV2 primitive", "sampler-basics"),
        C("c37", "Build a quantum full adder", "full-adder"),
        C("c38", "Demonstrate phase kickback", "phase-kickback"),
        C("c39", "Write a program that runs a Bell state on real IBM hardware", "run-on-hardware"),
        C("c40", "please write a 3-qubit GHZ state program", "ghz"),
        C("c41", "Can you write Qiskit code for Grover search with marked state 11?", "grover"),
        C("c42", "Generate code for teleporting a qubit with theta 0.8", "teleportation"),
        C("c43", "Build an ansatz-based VQE with TwoLocal and COBYLA", "vqe"),
        C("c44", "Create a 6-qubit GHZ state", "ghz"),
        C("c45", "Implement a Bernstein Vazirani oracle for hidden string 1001", "bernstein-vazirani"),
        C("c46", "Write code to estimate the phase of a T gate with QPE", "phase-estimation"),
        C("c47", "Code a QAOA Max-Cut example with 2 layers", "qaoa-maxcut"),
        C("c48", "Show me code for error mitigation with TREX and resilience level 2", "error-mitigation"),
    ];

    private static IEnumerable<EvalCase> ParameterUpdates()
    {
        // ---- transpiler: dictionary of options spread into the call
        yield return P("p01", "Transpiler", B.TranspilerDict, "optimization_level", 3,
            E(B.TranspilerDict).Replace("    \"optimization_level\": 1,", "    \"optimization_level\": 3,"));
        yield return P("p02", "Transpiler", B.TranspilerDict, "layout_method", "dense",
            E(B.TranspilerDict).Replace("    \"layout_method\": \"sabre\",", "    \"layout_method\": \"dense\","));
        yield return P("p03", "Transpiler", B.TranspilerDict, "routing_method", "basic",
            E(B.TranspilerDict).Replace("    \"routing_method\": \"sabre\",", "    \"routing_method\": \"basic\","));
        yield return P("p04", "Transpiler", B.TranspilerDict, "routing_method", "lookahead",
            E(B.TranspilerDict).Replace("    \"routing_method\": \"sabre\",", "    \"routing_method\": \"lookahead\","));
        yield return P("p05", "Transpiler", B.TranspilerDict, "translation_method", "synthesis",
            E(B.TranspilerDict).Replace("    \"translation_method\": \"translator\",", "    \"translation_method\": \"synthesis\","));
        yield return P("p06", "Transpiler", B.TranspilerDict, "scheduling_method", "asap",
            E(B.TranspilerDict).Replace("    \"scheduling_method\": \"none\",", "    \"scheduling_method\": \"asap\","));
        yield return P("p07", "Transpiler AI Passes", B.TranspilerDict, "seed_transpiler", 7,
            E(B.TranspilerDict).Replace("    \"seed_transpiler\": 42", "    \"seed_transpiler\": 7"));
        yield return P("p08", "Transpiler", B.TranspilerDict, "optimization_level", 1, B.TranspilerDict);
        // ---- transpiler: keyword arguments
        yield return P("p09", "Transpiler", B.TranspilerTarget, "optimization_level", 0,
            E(B.TranspilerTarget).Replace("pm = generate_preset_pass_manager(target=target, optimization_level=3)", "pm = generate_preset_pass_manager(target=target, optimization_level=0)"));
        yield return P("p10", "Transpiler", B.TranspilerTarget, "optimization_level", 2,
            E(B.TranspilerTarget).Replace("pm = generate_preset_pass_manager(target=target, optimization_level=3)", "pm = generate_preset_pass_manager(target=target, optimization_level=2)"));
        yield return P("p11", "Transpiler", B.TranspilerTarget, "layout_method", "trivial",
            E(B.TranspilerTarget).Replace("pm = generate_preset_pass_manager(target=target, optimization_level=3)", "pm = generate_preset_pass_manager(target=target, optimization_level=3, layout_method=\"trivial\")"));
        yield return P("p12", "Transpiler", B.TranspilerTarget, "routing_method", "sabre",
            E(B.TranspilerTarget).Replace("pm = generate_preset_pass_manager(target=target, optimization_level=3)", "pm = generate_preset_pass_manager(target=target, optimization_level=3, routing_method=\"sabre\")"));
        yield return P("p13", "Transpiler AI Passes", B.TranspilerTarget, "seed_transpiler", 11,
            E(B.TranspilerTarget).Replace("pm = generate_preset_pass_manager(target=target, optimization_level=3)", "pm = generate_preset_pass_manager(target=target, optimization_level=3, seed_transpiler=11)"));
        yield return P("p14", "Transpiler", B.TranspilerTarget, "scheduling_method", "none", B.TranspilerTarget);
        yield return P("p15", "Transpiler", B.TranspilerBackend, "optimization_level", 2,
            E(B.TranspilerBackend).Replace("pm = generate_preset_pass_manager(optimization_level=3, backend=backend)", "pm = generate_preset_pass_manager(optimization_level=2, backend=backend)"));
        yield return P("p16", "Transpiler", B.TranspilerBackend, "translation_method", "synthesis",
            E(B.TranspilerBackend).Replace("pm = generate_preset_pass_manager(optimization_level=3, backend=backend)", "pm = generate_preset_pass_manager(optimization_level=3, backend=backend, translation_method=\"synthesis\")"));
        yield return P("p17", "Transpiler", B.TranspilerBackend, "scheduling_method", "alap",
            E(B.TranspilerBackend).Replace("pm = generate_preset_pass_manager(optimization_level=3, backend=backend)", "pm = generate_preset_pass_manager(optimization_level=3, backend=backend, scheduling_method=\"alap\")"));
        yield return P("p18", "Transpiler", B.TranspilerNoLevel, "optimization_level", 1,
            E(B.TranspilerNoLevel).Replace("pm = generate_preset_pass_manager(backend=backend)", "pm = generate_preset_pass_manager(backend=backend, optimization_level=1)"));
        yield return P("p19", "Transpiler", B.TranspilerPositional, "optimization_level", 1,
            E(B.TranspilerPositional).Replace("pm = generate_preset_pass_manager(3, backend)", "pm = generate_preset_pass_manager(1, backend)"));
        yield return P("p20", "Transpiler", B.TranspilerMultiline, "layout_method", "sabre",
            E(B.TranspilerMultiline).InsertAfter("    backend=backend,", "    layout_method=\"sabre\","));
        yield return P("p21", "Transpiler", B.TranspilerMultiline, "optimization_level", 0,
            E(B.TranspilerMultiline).Replace("    optimization_level=2,", "    optimization_level=0,"));
        yield return P("p22", "Transpiler", B.TranspileCall, "optimization_level", 3,
            E(B.TranspileCall).Replace("isa = transpile(qc, backend=backend, optimization_level=1)", "isa = transpile(qc, backend=backend, optimization_level=3)"));
        yield return P("p23", "Transpiler AI Passes", B.TranspileCall, "seed_transpiler", 5,
            E(B.TranspileCall).Replace("isa = transpile(qc, backend=backend, optimization_level=1)", "isa = transpile(qc, backend=backend, optimization_level=1, seed_transpiler=5)"));
        yield return P("p24", "Transpiler", B.TranspilerBackend, "optimization_level", 1,
            E(B.TranspilerBackend).Replace("pm = generate_preset_pass_manager(optimization_level=3, backend=backend)", "pm = generate_preset_pass_manager(optimization_level=1, backend=backend)"), flags: true);

        // ---- runtime: resilience_config on the default template (attribute line + options dictionary)
        yield return P("p25", "Runtime", B.RuntimeDefault, "resilience_config", Resilience(2, m3: null, gateFolding: null),
            E(B.RuntimeDefault).Replace("estimator.options.resilience_level = 1", "estimator.options.resilience_level = 2")
                .Replace("    \"resilience_level\": 1,", "    \"resilience_level\": 2,")
                .Replace("        \"zne_mitigation\": False,", "        \"zne_mitigation\": True,"));
        yield return P("p26", "Runtime", B.RuntimeDefault, "resilience_config", Resilience(0, m3: null, gateFolding: null),
            E(B.RuntimeDefault).Replace("estimator.options.resilience_level = 1", "estimator.options.resilience_level = 0")
                .Replace("    \"resilience_level\": 1,", "    \"resilience_level\": 0,")
                .Replace("        \"measure_mitigation\": True,", "        \"measure_mitigation\": False,"));
        yield return P("p27", "Runtime", B.RuntimeDefault, "resilience_config", Resilience(1, dd: true),
            E(B.RuntimeDefault).Replace("        \"enable\": False,", "        \"enable\": True,"));
        yield return P("p28", "Runtime", B.RuntimeDefault, "resilience_config", Resilience(1, pec: true),
            E(B.RuntimeDefault).Replace("        \"pec_mitigation\": False", "        \"pec_mitigation\": True"));
        yield return P("p29", "Runtime", B.RuntimeDefault, "resilience_config", Resilience(1, twirling: true),
            E(B.RuntimeDefault).InsertAfter("estimator.options.resilience_level = 1",
                "estimator.options.twirling.enable_gates = True", "estimator.options.twirling.num_randomizations = \"auto\""));
        yield return P("p30", "Runtime", B.RuntimeDefault, "resilience_config", Resilience(1, pea: true),
            E(B.RuntimeDefault).InsertAfter("estimator.options.resilience_level = 1", "estimator.options.resilience.zne.amplifier = \"pea\""));
        yield return P("p31", "Runtime", B.RuntimeDefault, "resilience_config", Resilience(1, m3: true),
            E(B.RuntimeDefault).InsertAfter("estimator.options.resilience_level = 1", "use_m3 = True  # M3 readout mitigation (mthree) on the measured counts"));
        yield return P("p32", "Runtime", B.RuntimeDefault, "resilience_config", Resilience(1), B.RuntimeDefault);
        // ---- runtime: the CHSH estimator node (one option line)
        yield return P("p33", "Estimator", B.RuntimeChsh, "resilience_config", Resilience(2, m3: null, gateFolding: null),
            E(B.RuntimeChsh).Replace("estimator.options.resilience_level = 1", "estimator.options.resilience_level = 2"));
        yield return P("p34", "Estimator", B.RuntimeChsh, "resilience_config", Resilience(0, m3: null, gateFolding: null),
            E(B.RuntimeChsh).Replace("estimator.options.resilience_level = 1", "estimator.options.resilience_level = 0"));
        yield return P("p35", "Estimator", B.RuntimeChsh, "resilience_config", Resilience(1, dd: true),
            E(B.RuntimeChsh).InsertAfter("estimator.options.resilience_level = 1",
                "estimator.options.dynamical_decoupling.enable = True", "estimator.options.dynamical_decoupling.sequence_type = \"XY4\""));
        yield return P("p36", "Estimator", B.RuntimeChsh, "resilience_config", Resilience(1, zne: true),
            E(B.RuntimeChsh).InsertAfter("estimator.options.resilience_level = 1", "estimator.options.resilience.zne_mitigation = True"));
        yield return P("p37", "Estimator", B.RuntimeChsh, "resilience_config", Resilience(1, zne: true, pea: true),
            E(B.RuntimeChsh).InsertAfter("estimator.options.resilience_level = 1",
                "estimator.options.resilience.zne_mitigation = True", "estimator.options.resilience.zne.amplifier = \"pea\""));
        yield return P("p38", "Estimator", B.RuntimeChsh, "resilience_config", Resilience(1, zne: true, gateFolding: true),
            E(B.RuntimeChsh).InsertAfter("estimator.options.resilience_level = 1",
                "estimator.options.resilience.zne_mitigation = True", "estimator.options.resilience.zne.amplifier = \"gate_folding\""));
        yield return P("p39", "Estimator", B.RuntimeChsh, "resilience_config", Resilience(2, trex: false),
            E(B.RuntimeChsh).Replace("estimator.options.resilience_level = 1", "estimator.options.resilience_level = 2")
                .InsertAfter("estimator.options.resilience_level = 2", "estimator.options.resilience.measure_mitigation = False"));
        yield return P("p40", "Estimator", B.RuntimeChsh, "resilience_config", Resilience(1, dd: true, twirling: true),
            E(B.RuntimeChsh).InsertAfter("estimator.options.resilience_level = 1",
                "estimator.options.dynamical_decoupling.enable = True", "estimator.options.dynamical_decoupling.sequence_type = \"XY4\"",
                "estimator.options.twirling.enable_gates = True", "estimator.options.twirling.num_randomizations = \"auto\""));
        yield return P("p41", "Estimator", B.RuntimeChsh, "resilience_config", Resilience(1, pec: true),
            E(B.RuntimeChsh).InsertAfter("estimator.options.resilience_level = 1", "estimator.options.resilience.pec_mitigation = True"));
        // ---- runtime: estimator in a session, indented, with suppression lines present
        yield return P("p42", "Estimator", B.RuntimeSession, "resilience_config", Resilience(1),
            E(B.RuntimeSession).Replace("    estimator.options.dynamical_decoupling.enable = True", "    estimator.options.dynamical_decoupling.enable = False")
                .Replace("    estimator.options.twirling.enable_gates = True", "    estimator.options.twirling.enable_gates = False"));
        yield return P("p43", "Estimator", B.RuntimeSession, "resilience_config", Resilience(2, dd: true, m3: null, gateFolding: null),
            E(B.RuntimeSession).Replace("    estimator.options.resilience_level = 1", "    estimator.options.resilience_level = 2"));
        yield return P("p44", "Estimator", B.RuntimeSession, "resilience_config", Resilience(1, zne: true, dd: true, twirling: true),
            E(B.RuntimeSession).InsertAfter("    estimator.options.twirling.num_randomizations = \"auto\"", "    estimator.options.resilience.zne_mitigation = True"));
        yield return P("p45", "Runtime", B.RuntimeSession, "loopCount", 25,
            E(B.RuntimeSession).InsertAfter("        tol=1e-2,", "        options={\"maxiter\": 25},"));
        // ---- runtime: sampler
        yield return P("p46", "Sampler", B.RuntimeSampler, "resilience_config", Resilience(1),
            E(B.RuntimeSampler).Replace("sampler.options.dynamical_decoupling.enable = True", "sampler.options.dynamical_decoupling.enable = False")
                .Replace("sampler.options.twirling.enable_gates = True", "sampler.options.twirling.enable_gates = False"));
        yield return P("p47", "Sampler", B.RuntimeSampler, "resilience_config", Resilience(1, dd: true, twirling: true, m3: true),
            E(B.RuntimeSampler).InsertAfter("sampler.options.twirling.num_randomizations = \"auto\"", "use_m3 = True  # M3 readout mitigation (mthree) on the measured counts"));
        // ---- runtime: loops
        yield return P("p48", "Runtime", B.RuntimeLoop, "loopCount", 5,
            E(B.RuntimeLoop).Replace("for step in range(10):", "for step in range(5):"));
        yield return P("p49", "Runtime", B.RuntimeLoop, "loopCount", 10, B.RuntimeLoop);
        yield return P("p50", "Runtime", B.RuntimeLoopVariable, "loopCount", 3,
            E(B.RuntimeLoopVariable).Replace("loop_count = 10", "loop_count = 3"));

        // ---- circuit library
        yield return P("p51", "Circuit", B.CircuitDefault, "circuit_type", "PauliTwoDesign",
            E(B.CircuitDefault).Replace("from qiskit.circuit.library import TwoLocal", "from qiskit.circuit.library import PauliTwoDesign")
                .Replace("circuit_type = \"TwoLocal\"", "circuit_type = \"PauliTwoDesign\"")
                .Replace("circuit = TwoLocal(num_qubits=2, rotation_blocks='ry', entanglement_blocks='cz')", "circuit = PauliTwoDesign(num_qubits=2)"));
        yield return P("p52", "Circuit", B.CircuitDefault, "circuit_type", "Ansatz",
            E(B.CircuitDefault).Replace("from qiskit.circuit.library import TwoLocal", "from qiskit.circuit.library import RealAmplitudes")
                .Replace("circuit_type = \"TwoLocal\"", "circuit_type = \"Ansatz\"")
                .Replace("circuit = TwoLocal(num_qubits=2, rotation_blocks='ry', entanglement_blocks='cz')", "circuit = RealAmplitudes(num_qubits=2)"));
        yield return P("p53", "Circuit", B.CircuitDefault, "circuit_type", "NLocal",
            E(B.CircuitDefault).Replace("from qiskit.circuit.library import TwoLocal", "from qiskit.circuit.library import NLocal, RYGate, CZGate")
                .InsertAfter("from qiskit.circuit.library import NLocal, RYGate, CZGate", "from qiskit.circuit import Parameter")
                .Replace("circuit_type = \"TwoLocal\"", "circuit_type = \"NLocal\"")
                .Replace("circuit = TwoLocal(num_qubits=2, rotation_blocks='ry', entanglement_blocks='cz')", "circuit = NLocal(num_qubits=2, rotation_blocks=RYGate(Parameter(\"θ\")), entanglement_blocks=CZGate())"));
        yield return P("p54", "Circuit", B.CircuitDefault, "circuit_type", "TwoLocal", B.CircuitDefault);
        yield return P("p55", "Circuit Library", B.CircuitPauliTwoDesign, "circuit_library_type", "TwoLocal",
            E(B.CircuitPauliTwoDesign).Replace("from qiskit.circuit.library import PauliTwoDesign", "from qiskit.circuit.library import TwoLocal")
                .Replace("circuit = PauliTwoDesign(4, reps=2, seed=7, insert_barriers=True)", "circuit = TwoLocal(num_qubits=4, rotation_blocks='ry', entanglement_blocks='cz', reps=2)"));
        yield return P("p56", "Circuit Library", B.CircuitPauliTwoDesign, "circuit_library_type", "Ansatz",
            E(B.CircuitPauliTwoDesign).Replace("from qiskit.circuit.library import PauliTwoDesign", "from qiskit.circuit.library import RealAmplitudes")
                .Replace("circuit = PauliTwoDesign(4, reps=2, seed=7, insert_barriers=True)", "circuit = RealAmplitudes(num_qubits=4, reps=2)"));
        yield return P("p57", "QAOA Circuit", B.CircuitQaoa, "circuit_library_type", "TwoLocal",
            E(B.CircuitQaoa).Replace("from qiskit.circuit.library import QAOAAnsatz", "from qiskit.circuit.library import TwoLocal")
                .Replace("circuit = QAOAAnsatz(cost_operator=cost_hamiltonian, reps=2)", "circuit = TwoLocal(num_qubits=cost_hamiltonian.num_qubits, rotation_blocks='ry', entanglement_blocks='cz', reps=2)"));

        // ---- quantum info
        yield return P("p58", "Quantum Info", B.QuantumInfoDefault, "quantum_info_type", "SparsePauliOp",
            E(B.QuantumInfoDefault).Replace("from qiskit.quantum_info import Pauli", "from qiskit.quantum_info import SparsePauliOp")
                .Replace("quantum_info_type = \"Pauli\"", "quantum_info_type = \"SparsePauliOp\"")
                .Replace("pauli = Pauli(\"XYZ\")", "pauli = SparsePauliOp(\"XYZ\")"));
        yield return P("p59", "Quantum Info", B.QuantumInfoDefault, "quantum_info_type", "Operator",
            E(B.QuantumInfoDefault).Replace("from qiskit.quantum_info import Pauli", "from qiskit.quantum_info import Pauli, Operator")
                .Replace("quantum_info_type = \"Pauli\"", "quantum_info_type = \"Operator\"")
                .Replace("pauli = Pauli(\"XYZ\")", "pauli = Operator(Pauli(\"XYZ\"))"));
        yield return P("p60", "Quantum Info", B.QuantumInfoDefault, "quantum_info_type", "Hamiltonian",
            E(B.QuantumInfoDefault).Replace("from qiskit.quantum_info import Pauli", "from qiskit.quantum_info import SparsePauliOp")
                .Replace("quantum_info_type = \"Pauli\"", "quantum_info_type = \"Hamiltonian\"")
                .Replace("pauli = Pauli(\"XYZ\")", "pauli = SparsePauliOp.from_list([(\"XYZ\", 1.0)])"));
        yield return P("p61", "CHSH Observables", B.QuantumInfoChsh, "quantum_info_type", "SparsePauliOp", B.QuantumInfoChsh);
        yield return P("p62", "CHSH Observables", B.QuantumInfoChsh, "quantum_info_type", "Operator",
            E(B.QuantumInfoChsh).InsertBefore("# <CHSH1> = <ZZ> - <ZX> + <XZ> + <XX>", "from qiskit.quantum_info import Operator")
                .Replace("observable1 = SparsePauliOp.from_list([(\"ZZ\", 1), (\"ZX\", -1), (\"XZ\", 1), (\"XX\", 1)])", "observable1 = Operator(SparsePauliOp.from_list([(\"ZZ\", 1), (\"ZX\", -1), (\"XZ\", 1), (\"XX\", 1)]))")
                .Replace("observable2 = SparsePauliOp.from_list([(\"ZZ\", 1), (\"ZX\", 1), (\"XZ\", -1), (\"XX\", 1)])", "observable2 = Operator(SparsePauliOp.from_list([(\"ZZ\", 1), (\"ZX\", 1), (\"XZ\", -1), (\"XX\", 1)]))"));

        // ---- visualization
        yield return P("p63", "Visualization", B.VisualizationDefault, "visualization_type", "Plot",
            E(B.VisualizationDefault).Replace("from qiskit.visualization import plot_histogram", "import json")
                .Replace("visualization_type = \"Histogram\"", "visualization_type = \"Plot\"")
                .Replace("plot_histogram(counts)", "print(f'RESULT: {json.dumps({\"type\": \"plot\", \"content\": counts})}')"));
        yield return P("p64", "Visualization", B.VisualizationDefault, "visualization_type", "Raw",
            E(B.VisualizationDefault).Replace("from qiskit.visualization import plot_histogram", "import json")
                .Replace("visualization_type = \"Histogram\"", "visualization_type = \"Raw\"")
                .Replace("plot_histogram(counts)", "print(f'RESULT: {json.dumps({\"type\": \"text\", \"content\": str(counts)})}')"));
        yield return P("p65", "Visualization", B.VisualizationDefault, "visualization_type", "Graph",
            E(B.VisualizationDefault).Replace("from qiskit.visualization import plot_histogram", "import json")
                .Replace("visualization_type = \"Histogram\"", "visualization_type = \"Graph\"")
                .Replace("plot_histogram(counts)", "print(f'RESULT: {json.dumps({\"type\": \"graph\", \"content\": counts})}')"));
        yield return P("p66", "Visualization", B.VisualizationDefault, "visualization_type", "Histogram", B.VisualizationDefault);
        yield return P("p67", "Output Node", B.OutputChsh, "visualization_type", "Raw",
            E(B.OutputChsh).Replace("print(f'RESULT: {json.dumps({\"type\":\"plot\",\"content\":output_plot})}')", "print(f'RESULT: {json.dumps({\"type\":\"text\",\"content\":output_plot})}')"));
        yield return P("p68", "Output Node", B.OutputMaxCut, "visualization_type", "Plot",
            E(B.OutputMaxCut).Replace("print(f'RESULT: {json.dumps({\"type\":\"graph\",\"content\":output_graph})}')", "print(f'RESULT: {json.dumps({\"type\":\"plot\",\"content\":output_graph})}')"));
        yield return P("p69", "Output Node", B.OutputChsh, "visualization_type", "Plot", B.OutputChsh);

        // ---- chemistry molecule: the reply is exactly the given pyscf code, without markers
        foreach (var (id, molecule, expected) in new[] { ("p70", "N2", "N2"), ("p71", "LiH", "LiH"), ("p72", "H2O", "H2O"), ("p73", "CH4", "CH4"), ("p74", "Fe3O4", "H2") })
            yield return P(id, "Chemistry", B.Chemistry, "molecule", molecule, Molecules[expected]);
        yield return P("p75", "Chemistry", B.Chemistry, "molecule", "N2", Molecules["N2"], flags: true);
    }

    private static IEnumerable<EvalCase> Others() =>
    [
        O("o01", "Write a poem about the sea"),
        O("o02", "What's the weather like in Paris tomorrow?"),
        O("o03", "Build me a React login page"),
        O("o04", "Who won the 2018 football world cup?"),
        O("o05", "Give me a recipe for banana bread"),
        O("o06", "Translate 'good morning' into Spanish"),
        N("n01", "Update the following code so that it uses 4 qubits instead of 2. Return only the code.\n\n```python\nqc = QuantumCircuit(2)\nqc.h(0)\nqc.cx(0, 1)\n```"),
        N("n02", "You are editing a Qiskit Studio Python node.\n#### INPUT PYTHON\ngraph.add_nodes_from(np.arange(0, n, 1))\nedge_list = [(0, 1, 1.0), (1, 2, 1.0)]\ngraph.add_edges_from(edge_list)\n#### END INPUT PYTHON\nAdd an edge between nodes 2 and 0 with weight 2.0 and return only the replacement code."),
        N("n03", "Modify this post-processing so it prints the energy with 6 decimals. A `results` variable is available.\n```\nprint(results)\n```"),
    ];
}
