namespace QiskitStudio.Knowledge.Tests.Evaluation;

/// <summary>Node section bodies in the shapes the Qiskit Studio demos and default templates use (written for these tests).</summary>
public static class NodeBodies
{
    public const string TranspilerDict = """
        # Transpiler settings
        from qiskit.transpiler.preset_passmanagers import generate_preset_pass_manager

        transpiler_options = {
            "optimization_level": 1,
            "layout_method": "sabre",
            "routing_method": "sabre",
            "translation_method": "translator",
            "scheduling_method": "none",
            "seed_transpiler": 42
        }

        pass_manager = generate_preset_pass_manager(**transpiler_options)
        """;

    public const string TranspilerTarget = """
        from qiskit.transpiler.preset_passmanagers import generate_preset_pass_manager

        target = backend.target
        pm = generate_preset_pass_manager(target=target, optimization_level=3)

        chsh_isa_circuit = pm.run(chsh_circuit)

        isa_observable1 = observable1.apply_layout(layout=chsh_isa_circuit.layout)
        isa_observable2 = observable2.apply_layout(layout=chsh_isa_circuit.layout)
        """;

    public const string TranspilerBackend = """
        from qiskit.transpiler.preset_passmanagers import generate_preset_pass_manager

        # Build the pass manager for the chosen device
        pm = generate_preset_pass_manager(optimization_level=3, backend=backend)

        candidate_circuit = pm.run(circuit)
        """;

    public const string TranspilerNoLevel = """
        from qiskit.transpiler.preset_passmanagers import generate_preset_pass_manager

        pm = generate_preset_pass_manager(backend=backend)
        isa_circuit = pm.run(qc)
        """;

    public const string TranspilerPositional = """
        from qiskit.transpiler.preset_passmanagers import generate_preset_pass_manager

        pm = generate_preset_pass_manager(3, backend)
        isa_circuit = pm.run(qc)
        """;

    public const string TranspilerMultiline = """
        from qiskit.transpiler.preset_passmanagers import generate_preset_pass_manager

        pm = generate_preset_pass_manager(
            optimization_level=2,
            backend=backend,
        )
        isa_circuit = pm.run(qc)
        """;

    public const string TranspileCall = """
        from qiskit import transpile

        isa = transpile(qc, backend=backend, optimization_level=1)
        print(isa.count_ops())
        """;

    public const string RuntimeDefault = """
        # Runtime settings
        from qiskit_ibm_runtime import EstimatorV2 as Estimator

        estimator = Estimator(mode=backend)

        # Resilience level
        estimator.options.resilience_level = 1

        # Error mitigation options
        options = {
            "resilience_level": 1,
            "optimization_level": 3,
            "dynamical_decoupling": {
                "enable": False,
                "sequence_type": "XY4pm",
                "extra_slack_distribution": "middle",
                "scheduling_method": "alap"
            },
            "resilience": {
                "measure_mitigation": True,
                "zne_mitigation": False,
                "pec_mitigation": False
            },
            "execution": {
                "init_qubits": True,
                "rep_delay": 250e-6
            }
        }
        """;

    public const string RuntimeChsh = """
        from qiskit_ibm_runtime import EstimatorV2 as Estimator

        estimator = Estimator(mode=backend)

        # Resilience level 1: readout mitigation
        estimator.options.resilience_level = 1

        pub = (
            chsh_isa_circuit,  # ISA circuit
            [[isa_observable1], [isa_observable2]],  # ISA observables
            individual_phases,  # parameter values
        )
        """;

    public const string RuntimeSession = """
        from qiskit_ibm_runtime import Session, EstimatorV2 as Estimator
        from scipy.optimize import minimize


        with Session(backend=backend) as session:
            estimator = Estimator(mode=session)
            estimator.options.default_shots = 1000

            # Resilience level 1
            estimator.options.resilience_level = 1

            # Error suppression
            estimator.options.dynamical_decoupling.enable = True
            estimator.options.dynamical_decoupling.sequence_type = "XY4"
            estimator.options.twirling.enable_gates = True
            estimator.options.twirling.num_randomizations = "auto"

            result = minimize(
                cost_func_estimator,
                init_params,
                args=(candidate_circuit, cost_hamiltonian, estimator),
                method="COBYLA",
                tol=1e-2,
            )
            print(result)

        optimized_circuit = candidate_circuit.assign_parameters(result.x)
        """;

    public const string RuntimeSampler = """
        from qiskit_ibm_runtime import SamplerV2 as Sampler

        sampler = Sampler(mode=backend)
        sampler.options.default_shots = 10000

        # Error suppression
        sampler.options.dynamical_decoupling.enable = True
        sampler.options.dynamical_decoupling.sequence_type = "XY4"
        sampler.options.twirling.enable_gates = True
        sampler.options.twirling.num_randomizations = "auto"

        pub = (optimized_circuit,)
        job = sampler.run([pub], shots=int(1e4))
        counts_int = job.result()[0].data.meas.get_int_counts()
        """;

    public const string RuntimeLoop = """
        from qiskit_ibm_runtime import EstimatorV2 as Estimator

        estimator = Estimator(mode=backend)
        estimator.options.resilience_level = 1

        energies = []
        for step in range(10):
            job = estimator.run([(ansatz, hamiltonian, params[step])])
            energies.append(job.result()[0].data.evs)
        print(energies)
        """;

    public const string RuntimeLoopVariable = """
        from qiskit_ibm_runtime import SamplerV2 as Sampler

        sampler = Sampler(mode=backend)
        loop_count = 10
        results = []
        for i in range(loop_count):
            results.append(sampler.run([isa_circuit]).result()[0].data.meas.get_counts())
        """;

    public const string CircuitDefault = """
        # Circuit settings
        from qiskit import QuantumCircuit
        from qiskit.circuit.library import TwoLocal

        circuit_type = "TwoLocal"
        circuit = TwoLocal(num_qubits=2, rotation_blocks='ry', entanglement_blocks='cz')
        """;

    public const string CircuitPauliTwoDesign = """
        from qiskit.circuit.library import PauliTwoDesign

        circuit = PauliTwoDesign(4, reps=2, seed=7, insert_barriers=True)
        circuit.measure_all()
        """;

    public const string CircuitQaoa = """
        from qiskit.circuit.library import QAOAAnsatz

        circuit = QAOAAnsatz(cost_operator=cost_hamiltonian, reps=2)
        circuit.measure_all()
        """;

    public const string QuantumInfoDefault = """
        # Quantum information settings
        from qiskit.quantum_info import Pauli

        quantum_info_type = "Pauli"
        pauli = Pauli("XYZ")
        """;

    public const string QuantumInfoChsh = """
        # <CHSH1> = <ZZ> - <ZX> + <XZ> + <XX>
        observable1 = SparsePauliOp.from_list([("ZZ", 1), ("ZX", -1), ("XZ", 1), ("XX", 1)])

        # <CHSH2> = <ZZ> + <ZX> - <XZ> + <XX>
        observable2 = SparsePauliOp.from_list([("ZZ", 1), ("ZX", 1), ("XZ", -1), ("XX", 1)])
        """;

    public const string VisualizationDefault = """
        # Visualization settings
        from qiskit.visualization import plot_histogram

        visualization_type = "Histogram"
        plot_histogram(counts)
        """;

    public const string OutputChsh = """
        chsh1_est = job_result[0].data.evs[0]
        chsh2_est = job_result[0].data.evs[1]

        output_plot = {"CHSH1": chsh1_est.tolist(), "CHSH2": chsh2_est.tolist()}

        print(f'RESULT: {json.dumps({"type":"plot","content":output_plot})}')
        """;

    public const string OutputMaxCut = """
        keys = list(final_distribution_int.keys())
        values = list(final_distribution_int.values())
        most_likely = keys[np.argmax(np.abs(values))]

        output_graph = {"nodes": n, "edges": edge_list, "bitstring": to_bitstring(most_likely, n)}

        print(f'RESULT: {json.dumps({"type":"graph","content":output_graph})}')
        """;

    public const string Chemistry = """
        #### INPUT PYTHON
        # H2: the smallest test molecule
        mol = pyscf.gto.Mole()
        mol.build(
            atom=[["H", (0.0, 0.0, 0.0)], ["H", (0.735, 0.0, 0.0)]],
            basis="sto-3g",
            spin=0,
            charge=0
        )
        #### END INPUT PYTHON
        """;
}
