using static QiskitStudio.Knowledge.Tests.Evaluation.FrontendPrompt;

namespace QiskitStudio.Knowledge.Tests.Evaluation;

/// <summary>Cases written after the classifier, templates and editor were tuned on <see cref="EvaluationSet"/>, and
/// scored without further tuning: an honest estimate of how the offline stack generalises.</summary>
public static class HoldoutSet
{
    private static EvalCase Q(string id, string text) => new(id, text, ChatIntent.Question);
    private static EvalCase C(string id, string text, string template) => new(id, text, ChatIntent.CodeRequest, template);
    private static EvalCase O(string id, string text) => new(id, text, ChatIntent.OutOfScope);

    private const string TranspilerSeeded = """
        from qiskit.transpiler.preset_passmanagers import generate_preset_pass_manager

        pass_manager = generate_preset_pass_manager(optimization_level=1, backend=backend, seed_transpiler=1234)
        isa_qc = pass_manager.run(qc)
        """;

    private const string EstimatorTwoSpaces = """
        from qiskit_ibm_runtime import EstimatorV2

        est = EstimatorV2(mode=backend)
        est.options.default_shots = 4000
        est.options.resilience_level = 2
        job = est.run([(isa_qc, isa_obs)])
        """;

    public static IReadOnlyList<EvalCase> All { get; } =
    [
        Q("h-q01", "Why is the CNOT gate important?"),
        Q("h-q02", "What is the difference between T1 and T2?"),
        Q("h-q03", "How does measurement collapse a superposition?"),
        Q("h-q04", "What is a barren plateau?"),
        Q("h-q05", "Explain how the transpiler handles SWAP gates on a heavy-hex device"),
        Q("h-q06", "When is PEC too expensive?"),
        Q("h-q07", "What does StatevectorSampler do?"),
        Q("h-q08", "Is OpenQASM 3 supported by Qiskit?"),
        Q("h-q09", "how do W states differ from GHZ states"),
        Q("h-q10", "What is the role of the oracle in Grover's algorithm?"),
        C("h-c01", "Write a circuit that prepares a GHZ state on 4 qubits", "ghz"),
        C("h-c02", "Generate a Grover oracle program that searches for 111", "grover"),
        C("h-c03", "Implement the Deutsch Jozsa algorithm for 2 qubits", "deutsch-jozsa"),
        C("h-c04", "Create code for teleportation of a qubit from Alice to Bob", "teleportation"),
        C("h-c05", "Build a variational quantum eigensolver for a small Hamiltonian", "vqe"),
        C("h-c06", "Write a program computing expectation values of ZZ and XX for a Bell pair", "estimator-basics"),
        C("h-c07", "Give me a QPE circuit with 4 counting qubits", "phase-estimation"),
        C("h-c08", "Create a random quantum circuit of depth 3", "random-circuit"),
        C("h-c09", "Write code that applies a QFT to 5 qubits", "qft"),
        C("h-c10", "Implement a CHSH Bell test with the Estimator", "chsh"),
        C("h-c11", "Make a circuit for entanglement swapping between two Bell pairs", "entanglement-swapping"),
        C("h-c12", "Write a QAOA program for maxcut on 6 nodes", "qaoa-maxcut"),
        O("h-o01", "Summarise the plot of Hamlet"),
        O("h-o02", "What is the capital of Australia?"),
        new("h-p01", Build("Transpiler", TranspilerSeeded, "seed_transpiler", 99), ChatIntent.ParameterUpdate, null,
            new ExpectedEdit(TranspilerSeeded).Replace("pass_manager = generate_preset_pass_manager(optimization_level=1, backend=backend, seed_transpiler=1234)",
                "pass_manager = generate_preset_pass_manager(optimization_level=1, backend=backend, seed_transpiler=99)")),
        new("h-p02", Build("Transpiler", TranspilerSeeded, "routing_method", "lookahead"), ChatIntent.ParameterUpdate, null,
            new ExpectedEdit(TranspilerSeeded).Replace("pass_manager = generate_preset_pass_manager(optimization_level=1, backend=backend, seed_transpiler=1234)",
                "pass_manager = generate_preset_pass_manager(optimization_level=1, backend=backend, seed_transpiler=1234, routing_method=\"lookahead\")")),
        new("h-p03", Build("Estimator", EstimatorTwoSpaces, "resilience_config", Resilience(1)), ChatIntent.ParameterUpdate, null,
            new ExpectedEdit(EstimatorTwoSpaces).Replace("est.options.resilience_level = 2", "est.options.resilience_level = 1")),
        new("h-p04", Build("Estimator", EstimatorTwoSpaces, "resilience_config", Resilience(2, dd: true, m3: null, gateFolding: null)), ChatIntent.ParameterUpdate, null,
            new ExpectedEdit(EstimatorTwoSpaces).InsertAfter("est.options.resilience_level = 2",
                "est.options.dynamical_decoupling.enable = True", "est.options.dynamical_decoupling.sequence_type = \"XY4\"")),
        new("h-p05", Build("Estimator", EstimatorTwoSpaces, "resilience_config", Resilience(2, pea: true)), ChatIntent.ParameterUpdate, null,
            new ExpectedEdit(EstimatorTwoSpaces).InsertAfter("est.options.resilience_level = 2", "est.options.resilience.zne.amplifier = \"pea\"")),
        new("h-p06", Build("Chemistry", "#### INPUT PYTHON\nmol = None\n#### END INPUT PYTHON", "molecule", "H2"), ChatIntent.ParameterUpdate, null, Molecules["H2"]),
    ];
}
