using System.Text.Json;
using static QiskitStudio.Qiskit.Tests.QiskitProgram;

namespace QiskitStudio.Qiskit.Tests;

/// <summary>Programs shaped like the Qiskit Studio demos in local mode (the Aer rewrite of STEP 0).</summary>
public sealed class EndToEndTests
{
    [Fact]
    public void MaxCutStyleQaoaRunsInLocalMode()
    {
        var output = Run("""
            ## STEP 0 : IBM Quantum Config
            from qiskit_aer import AerSimulator
            backend = AerSimulator()
            print("Using local simulator...")

            ## STEP 1 : Mapping the problem
            import json
            from qiskit.quantum_info import SparsePauliOp
            from qiskit.circuit.library import QAOAAnsatz
            edges = [(0, 1), (1, 2), (2, 3), (3, 0)]
            n = 4
            pauli_list = []
            for (u, v) in edges:
                label = ["I"] * n
                label[n - 1 - u] = "Z"
                label[n - 1 - v] = "Z"
                pauli_list.append(("".join(label), 1.0))
            cost_hamiltonian = SparsePauliOp.from_list(pauli_list)
            print(cost_hamiltonian)
            circuit = QAOAAnsatz(cost_operator=cost_hamiltonian, reps=2)
            circuit.measure_all()

            ## STEP 2 : Optimize Circuit
            from qiskit.transpiler.preset_passmanagers import generate_preset_pass_manager
            pm = generate_preset_pass_manager(optimization_level=3, backend=backend)
            candidate_circuit = pm.run(circuit)

            ## STEP 3 : Execute
            from qiskit_ibm_runtime import EstimatorV2 as Estimator, SamplerV2 as Sampler, Session
            initial_gamma = 3.141592653589793
            initial_beta = 3.141592653589793 / 2
            init_params = [initial_beta, initial_beta, initial_gamma, initial_gamma]
            with Session(backend=backend) as session:
                estimator = Estimator(mode=session)
                estimator.options.default_shots = 1000
                isa_hamiltonian = cost_hamiltonian.apply_layout(candidate_circuit.layout)
                job = estimator.run([(candidate_circuit, isa_hamiltonian, init_params)])
                cost = job.result()[0].data.evs
            print(f"cost: {round(float(cost), 6)}")
            optimized = candidate_circuit.assign_parameters(init_params)
            sampler = Sampler(mode=backend)
            sampler.options.default_shots = 10000
            counts = sampler.run([optimized]).result()[0].data.meas.get_int_counts()
            shots = sum(counts.values())

            ## STEP 4 : Post-process
            best = max(counts, key=counts.get)
            print("RESULT: " + json.dumps({"shots": shots, "distinct": len(counts), "best_in_range": 0 <= best < 16}))
            """);
        var lines = output.Split('\n');
        Assert.Equal("Using local simulator...", lines[0]);
        Assert.Equal("SparsePauliOp(['IIZZ', 'IZZI', 'ZZII', 'ZIIZ'],", lines[1]);
        Assert.Equal("              coeffs=[1.+0.j, 1.+0.j, 1.+0.j, 1.+0.j])", lines[2]);
        Assert.StartsWith("cost: ", lines[3], StringComparison.Ordinal);
        double cost = double.Parse(lines[3]["cost: ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(cost, -4.0, 4.0);
        var result = JsonDocument.Parse(lines[4]["RESULT: ".Length..]).RootElement;
        Assert.Equal(10000, result.GetProperty("shots").GetInt32());
        Assert.True(result.GetProperty("best_in_range").GetBoolean());
        Assert.InRange(result.GetProperty("distinct").GetInt32(), 1, 16);
    }

    [Fact]
    public void ChshStyleEstimatorBroadcastsAPhaseSweep()
    {
        var output = Run("""
            import math
            from qiskit import QuantumCircuit
            from qiskit.circuit import Parameter
            from qiskit.quantum_info import SparsePauliOp
            from qiskit_aer import AerSimulator
            from qiskit_ibm_runtime import EstimatorV2 as Estimator
            from qiskit.transpiler.preset_passmanagers import generate_preset_pass_manager
            theta = Parameter("$\\theta$")
            chsh = QuantumCircuit(2)
            chsh.h(0)
            chsh.cx(0, 1)
            chsh.ry(theta, 0)
            phases = [[2 * math.pi * k / 20] for k in range(21)]
            obs1 = SparsePauliOp.from_list([("ZZ", 1), ("ZX", -1), ("XZ", 1), ("XX", 1)])
            obs2 = SparsePauliOp.from_list([("ZZ", 1), ("ZX", 1), ("XZ", -1), ("XX", 1)])
            backend = AerSimulator()
            pm = generate_preset_pass_manager(target=backend.target, optimization_level=3)
            isa = pm.run(chsh)
            layout_obs = [[o.apply_layout(isa.layout)] for o in [obs1, obs2]]
            evs = Estimator(mode=backend).run(pubs=[(isa, layout_obs, phases)]).result()[0].data.evs
            values = evs.tolist()
            print(evs.shape, len(values), len(values[0]))
            print(round(max(values[0]), 6), round(min(values[1]), 6))
            """);
        var lines = output.Split('\n');
        Assert.Equal("(2, 21) 2 21", lines[0]);
        // The CHSH witnesses are ±2√2·cos(θ − π/4); the sweep's nearest points to π/4 are π/20 away.
        var extremes = lines[1].Split(' ').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        double best = 2 * Math.Sqrt(2) * Math.Cos(Math.PI / 20);
        Assert.Equal(best, extremes[0], 5);
        Assert.Equal(-best, extremes[1], 5);
    }

    [Fact]
    public void TeleportationWithIfTestDeliversTheState()
    {
        var output = Run("""
            from qiskit import QuantumCircuit, QuantumRegister, ClassicalRegister
            from qiskit_aer import AerSimulator
            qr = QuantumRegister(3, "q")
            crz, crx, out = ClassicalRegister(1, "crz"), ClassicalRegister(1, "crx"), ClassicalRegister(1, "out")
            qc = QuantumCircuit(qr, crz, crx, out)
            qc.x(0)
            qc.h(1)
            qc.cx(1, 2)
            qc.cx(0, 1)
            qc.h(0)
            qc.measure(0, crz[0])
            qc.measure(1, crx[0])
            with qc.if_test((crx, 1)):
                qc.x(2)
            with qc.if_test((crz, 1)):
                qc.z(2)
            qc.measure(2, out[0])
            counts = AerSimulator().run(qc, shots=400, seed_simulator=11).result().get_counts()
            print(sorted({key.split(" ")[0] for key in counts}), len(counts), sum(counts.values()))
            """);
        // The "out" register is printed first: every shot received |1>, whatever the two corrections were.
        Assert.Equal("['1'] 4 400\n", output);
    }
}
