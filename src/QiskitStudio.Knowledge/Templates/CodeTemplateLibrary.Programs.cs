using System.Globalization;

namespace QiskitStudio.Knowledge.Templates;

public sealed partial class CodeTemplateLibrary
{
    private static string Bell(TemplateParameters p)
    {
        var variant = p.BellState ?? "phi+";
        var (name, extra) = variant switch
        {
            "phi-" => ("|Φ-> = (|00> - |11>)/√2", "qc.z(0)\n"),
            "psi+" => ("|Ψ+> = (|01> + |10>)/√2", "qc.x(1)\n"),
            "psi-" => ("|Ψ-> = (|01> - |10>)/√2", "qc.x(1)\nqc.z(0)\n"),
            _ => ("|Φ+> = (|00> + |11>)/√2", ""),
        };
        return $$"""
            from qiskit import QuantumCircuit
            from qiskit.primitives import StatevectorSampler

            # Bell state {{name}}
            shots = {{Shots(p)}}
            qc = QuantumCircuit(2)
            qc.h(0)
            qc.cx(0, 1)
            {{extra}}qc.measure_all()
            print(qc.draw(output="text"))

            {{SamplerRun}}
            print("Only correlated outcomes appear: the two qubits always agree (or always differ).")
            """;
    }

    private static string Ghz(TemplateParameters p) => $$"""
        from qiskit import QuantumCircuit
        from qiskit.primitives import StatevectorSampler

        # {{Q(p, 3, 2, 20)}}-qubit GHZ state: (|00...0> + |11...1>)/√2
        n = {{Q(p, 3, 2, 20)}}
        shots = {{Shots(p)}}
        qc = QuantumCircuit(n)
        qc.h(0)
        for i in range(n - 1):
            qc.cx(i, i + 1)
        qc.measure_all()
        print(qc.draw(output="text"))

        {{SamplerRun}}
        print("Expected: only", "0" * n, "and", "1" * n, "with about half the shots each.")
        """;

    private static string WState(TemplateParameters p) => $$"""
        import math
        from qiskit import QuantumCircuit
        from qiskit.quantum_info import Statevector
        from qiskit.primitives import StatevectorSampler

        # {{Q(p, 3, 2, 12)}}-qubit W state: one excitation shared equally by every qubit
        n = {{Q(p, 3, 2, 12)}}
        shots = {{Shots(p)}}
        qc = QuantumCircuit(n)
        qc.x(0)
        for k in range(n - 1):
            # keep amplitude sqrt(1/(n-k)) on qubit k, pass the rest on to qubit k+1
            theta = 2 * math.acos(math.sqrt(1 / (n - k)))
            qc.cry(theta, k, k + 1)
            qc.cx(k + 1, k)

        state = Statevector.from_instruction(qc)
        print("Probabilities:", state.probabilities_dict())

        qc.measure_all()
        {{SamplerRun}}
        """;

    private const string QftFunction = """
        def qft(n):
            circuit = QuantumCircuit(n, name="QFT")
            for j in reversed(range(n)):
                circuit.h(j)
                for k in reversed(range(j)):
                    circuit.cp(math.pi / 2 ** (j - k), k, j)
            for i in range(n // 2):
                circuit.swap(i, n - 1 - i)
            return circuit
        """;

    private static string Qft(TemplateParameters p)
    {
        int n = Q(p, 3, 1, 10);
        return $$"""
            import math
            from qiskit import QuantumCircuit
            from qiskit.quantum_info import Statevector

            # Quantum Fourier transform on {{n}} qubits, built from H, controlled-phase and swap gates
            n = {{n}}
            x = {{Math.Min((1 << n) / 2 + 1, (1 << n) - 1)}}  # input basis state |x>

            {{QftFunction}}

            qc = QuantumCircuit(n)
            for q in range(n):
                if (x >> q) & 1:
                    qc.x(q)
            qc.compose(qft(n), inplace=True)
            print(qc.draw(output="text"))

            state = Statevector.from_instruction(qc)
            print("Amplitudes of QFT|x>:")
            for index, amplitude in enumerate(state.data):
                print(index, round(abs(amplitude), 4), round(math.atan2(amplitude.imag, amplitude.real), 4))
            print("Every amplitude has size 1/sqrt(2^n); the phases grow by 2*pi*x/2^n from one basis state to the next.")
            """;
    }

    private static string InverseQft(TemplateParameters p)
    {
        int n = Q(p, 3, 1, 10);
        return $$"""
            import math
            from qiskit import QuantumCircuit
            from qiskit.primitives import StatevectorSampler

            # QFT followed by the inverse QFT gives back the input state
            n = {{n}}
            x = {{Math.Max(1, (1 << n) - 2)}}
            shots = {{Shots(p)}}

            {{QftFunction}}

            qc = QuantumCircuit(n)
            for q in range(n):
                if (x >> q) & 1:
                    qc.x(q)
            qc.compose(qft(n), inplace=True)
            qc.compose(qft(n).inverse(), inplace=True)
            qc.measure_all()

            {{SamplerRun}}
            print("Expected outcome:", format(x, "0" + str(n) + "b"))
            """;
    }

    private static string Grover(TemplateParameters p)
    {
        var marked = p.MarkedStates.Count > 0 ? p.MarkedStates.ToList() : [new string('1', Q(p, 3, 2, 10))];
        int n = Math.Max(Math.Max(2, p.Qubits ?? 0), marked.Max(m => m.Length));
        n = Math.Min(n, 12);
        marked = marked.Select(m => m.PadLeft(n, '0')).Distinct().ToList();
        var list = string.Join(", ", marked.Select(m => $"\"{m}\""));
        return $$"""
            import math
            from qiskit import QuantumCircuit
            from qiskit.circuit.library import MCXGate
            from qiskit.primitives import StatevectorSampler

            # Grover search over {{n}} qubits for the marked state(s) {{string.Join(", ", marked)}}
            n = {{n}}
            marked = [{{list}}]
            shots = {{Shots(p)}}


            def flip_phase_of(circuit, bits):
                # phase -1 on |bits>: X on the zero positions, multi-controlled Z, undo the X gates
                zeros = [q for q in range(n) if bits[::-1][q] == "0"]
                for q in zeros:
                    circuit.x(q)
                circuit.h(n - 1)
                circuit.append(MCXGate(n - 1), list(range(n)))
                circuit.h(n - 1)
                for q in zeros:
                    circuit.x(q)


            oracle = QuantumCircuit(n, name="oracle")
            for bits in marked:
                flip_phase_of(oracle, bits)

            diffuser = QuantumCircuit(n, name="diffuser")
            for q in range(n):
                diffuser.h(q)
            flip_phase_of(diffuser, "0" * n)
            for q in range(n):
                diffuser.h(q)

            iterations = max(1, math.floor(math.pi / 4 * math.sqrt(2 ** n / len(marked))))
            qc = QuantumCircuit(n)
            for q in range(n):
                qc.h(q)
            for _ in range(iterations):
                qc.compose(oracle, inplace=True)
                qc.compose(diffuser, inplace=True)
            qc.measure_all()

            {{SamplerRun}}
            top = sorted(counts, key=counts.get, reverse=True)[:len(marked)]
            print("Grover iterations:", iterations)
            print("Most frequent:", top, "marked:", marked)
            """;
    }

    private static string DeutschJozsa(TemplateParameters p)
    {
        int n = Q(p, 3, 1, 10);
        var kind = p.OracleKind ?? "balanced";
        var oracle = kind == "constant"
            ? "# constant oracle: f(x) = 1 for every x\noracle.x(n)"
            : "# balanced oracle: f(x) = parity of x (half the inputs give 0, half give 1)\nfor q in range(n):\n    oracle.cx(q, n)";
        return $$"""
            from qiskit import QuantumCircuit
            from qiskit.primitives import StatevectorSampler

            # Deutsch-Jozsa on {{n}} input qubits with a {{kind}} oracle
            n = {{n}}
            shots = {{Shots(p)}}

            oracle = QuantumCircuit(n + 1, name="oracle")
            {{oracle}}

            qc = QuantumCircuit(n + 1, n)
            qc.x(n)
            qc.h(n)
            for q in range(n):
                qc.h(q)
            qc.compose(oracle, inplace=True)
            for q in range(n):
                qc.h(q)
            qc.measure(list(range(n)), list(range(n)))

            sampler = StatevectorSampler()
            counts = sampler.run([qc], shots=shots).result()[0].data.c.get_counts()
            print("Counts:", counts)
            if set(counts) == {"0" * n}:
                print("The function is constant")
            else:
                print("The function is balanced")
            """;
    }

    private static string BernsteinVazirani(TemplateParameters p)
    {
        var secret = BitsOr(p.Secret, p.Qubits is int q and > 0 and <= 12 ? string.Concat(Enumerable.Range(0, q).Select(i => i % 2 == 0 ? '1' : '0')) : "1011");
        return $$"""
            from qiskit import QuantumCircuit
            from qiskit.primitives import StatevectorSampler

            # Bernstein-Vazirani: one query to f(x) = s·x mod 2 reveals the secret s
            secret = "{{secret}}"
            n = len(secret)
            shots = {{Shots(p)}}

            qc = QuantumCircuit(n + 1, n)
            qc.x(n)
            qc.h(n)
            for q in range(n):
                qc.h(q)
            # oracle: a CNOT from every qubit whose secret bit is 1 (qubit 0 is the rightmost bit)
            for q, bit in enumerate(reversed(secret)):
                if bit == "1":
                    qc.cx(q, n)
            for q in range(n):
                qc.h(q)
            qc.measure(list(range(n)), list(range(n)))

            sampler = StatevectorSampler()
            counts = sampler.run([qc], shots=shots).result()[0].data.c.get_counts()
            print("Counts:", counts)
            print("Recovered secret:", max(counts, key=counts.get), "expected:", secret)
            """;
    }

    private static string Simon(TemplateParameters p)
    {
        var secret = BitsOr(p.Secret, "110");
        return $$"""
            from qiskit import QuantumCircuit
            from qiskit.primitives import StatevectorSampler

            # Simon's algorithm: f(x) = f(x XOR s); every measured y satisfies y·s = 0 (mod 2)
            secret = "{{secret}}"
            n = len(secret)
            shots = {{Shots(p)}}

            qc = QuantumCircuit(2 * n, n)
            for q in range(n):
                qc.h(q)
            # oracle: copy x into the second register, then XOR s in when the pivot bit of x is 1
            for q in range(n):
                qc.cx(q, n + q)
            bits = secret[::-1]
            if "1" in bits:
                pivot = bits.index("1")
                for q in range(n):
                    if bits[q] == "1":
                        qc.cx(pivot, n + q)
            for q in range(n):
                qc.h(q)
            qc.measure(list(range(n)), list(range(n)))

            sampler = StatevectorSampler()
            counts = sampler.run([qc], shots=shots).result()[0].data.c.get_counts()
            print("Counts:", counts)
            for y in sorted(counts):
                dot = sum(int(a) * int(b) for a, b in zip(y, secret)) % 2
                print(y, "· s =", dot)
            print("Solving these equations over GF(2) gives s =", secret)
            """;
    }

    private static string Teleportation(TemplateParameters p)
    {
        var theta = p.Angle ?? 1.2;
        return $$"""
            import math
            from qiskit import QuantumCircuit
            from qiskit.primitives import StatevectorSampler

            # Teleport Ry(theta)|0> from qubit 0 (Alice) to qubit 2 (Bob)
            theta = {{F(theta)}}
            shots = {{Shots(p)}}

            qc = QuantumCircuit(3, 1)
            qc.ry(theta, 0)
            qc.barrier()
            # shared Bell pair: qubit 1 stays with Alice, qubit 2 goes to Bob
            qc.h(1)
            qc.cx(1, 2)
            qc.barrier()
            # Alice rotates into the Bell basis
            qc.cx(0, 1)
            qc.h(0)
            qc.barrier()
            # Bob's corrections, with Alice's measurements deferred: X if qubit 1 is 1, Z if qubit 0 is 1
            qc.cx(1, 2)
            qc.cz(0, 2)
            qc.measure(2, 0)
            print(qc.draw(output="text"))

            sampler = StatevectorSampler()
            counts = sampler.run([qc], shots=shots).result()[0].data.c.get_counts()
            print("Bob's counts:", counts)
            print("Measured P(1):", round(counts.get("1", 0) / shots, 3))
            print("Expected P(1):", round(math.sin(theta / 2) ** 2, 3))
            """;
    }

    private static string SuperdenseCoding(TemplateParameters p)
    {
        var message = BitsOr(p.Message ?? (p.Secret is { Length: 2 } ? p.Secret : null), "10");
        return $$"""
            from qiskit import QuantumCircuit
            from qiskit.primitives import StatevectorSampler

            # Superdense coding: two classical bits travel on one qubit of a Bell pair
            message = "{{message}}"
            shots = {{Shots(p)}}

            qc = QuantumCircuit(2, 2)
            qc.h(0)
            qc.cx(0, 1)
            qc.barrier()
            # Alice encodes on her qubit (qubit 0)
            if message[0] == "1":
                qc.x(0)
            if message[1] == "1":
                qc.z(0)
            qc.barrier()
            # Bob decodes with a reverse Bell circuit
            qc.cx(0, 1)
            qc.h(0)
            qc.measure([0, 1], [0, 1])

            sampler = StatevectorSampler()
            counts = sampler.run([qc], shots=shots).result()[0].data.c.get_counts()
            print("Counts:", counts)
            print("Bob decoded:", max(counts, key=counts.get), "sent:", message)
            """;
    }

    private static string PhaseEstimation(TemplateParameters p)
    {
        var phase = p.Phase is > 0 and < 1 ? p.Phase.Value : 0.25;
        int m = Q(p, 3, 1, 10);
        return $$"""
            import math
            from qiskit import QuantumCircuit
            from qiskit.primitives import StatevectorSampler

            # Quantum phase estimation of the phase gate P(2*pi*phase) on its eigenstate |1>
            phase = {{F(phase)}}
            m = {{m}}  # counting qubits
            shots = {{Shots(p)}}

            {{QftFunction}}

            qc = QuantumCircuit(m + 1, m)
            qc.x(m)
            for q in range(m):
                qc.h(q)
            for q in range(m):
                # controlled-U^(2^q)
                qc.cp(2 * math.pi * phase * 2 ** q, q, m)
            qc.compose(qft(m).inverse(), qubits=list(range(m)), inplace=True)
            qc.measure(list(range(m)), list(range(m)))

            sampler = StatevectorSampler()
            counts = sampler.run([qc], shots=shots).result()[0].data.c.get_counts()
            best = max(counts, key=counts.get)
            print("Counts:", counts)
            print("Estimated phase:", int(best, 2) / 2 ** m, "true phase:", phase)
            """;
    }

    private static string Vqe(TemplateParameters p) => $$"""
        import numpy as np
        from scipy.optimize import minimize
        from qiskit.circuit.library import TwoLocal
        from qiskit.quantum_info import SparsePauliOp
        from qiskit.primitives import StatevectorEstimator

        # VQE for the H2 molecule (2-qubit reduced Hamiltonian near the equilibrium bond length)
        hamiltonian = SparsePauliOp.from_list([
            ("II", -1.052373245772859),
            ("IZ", 0.39793742484318045),
            ("ZI", -0.39793742484318045),
            ("ZZ", -0.01128010425623538),
            ("XX", 0.18093119978423156),
        ])
        ansatz = TwoLocal(2, "ry", "cz", reps={{p.Reps ?? 2}})
        estimator = StatevectorEstimator()
        history = []


        def energy(params):
            result = estimator.run([(ansatz, hamiltonian, params)]).result()
            value = float(result[0].data.evs)
            history.append(value)
            return value


        x0 = np.zeros(ansatz.num_parameters) + 0.1
        result = minimize(energy, x0, method="COBYLA", tol=1e-6)
        print(result)
        print("VQE ground-state energy (Hartree):", round(result.fun, 6))
        print("Exact value for comparison: -1.857275")
        print("Energy evaluations:", len(history))
        """;

    private static string QaoaMaxCut(TemplateParameters p)
    {
        var edges = p.Edges.Count > 0 ? p.Edges.ToList() : null;
        int n;
        if (edges is null)
        {
            n = Q(p, 4, 3, 10);
            edges = Enumerable.Range(0, n).Select(i => (i, (i + 1) % n)).ToList();
            if (n >= 4) edges.Add((0, 2));
        }
        else n = Math.Max(p.Qubits ?? 0, edges.Max(e => Math.Max(e.U, e.V)) + 1);
        var edgeList = string.Join(", ", edges.Select(e => $"({e.U}, {e.V})"));
        int reps = p.Reps ?? 2;
        return $$"""
            import numpy as np
            from scipy.optimize import minimize
            from qiskit.circuit.library import QAOAAnsatz
            from qiskit.quantum_info import SparsePauliOp
            from qiskit.primitives import StatevectorEstimator, StatevectorSampler

            # QAOA for Max-Cut on a {{n}}-node graph
            n = {{n}}
            edges = [{{edgeList}}]
            reps = {{reps}}
            shots = {{Shots(p)}}

            terms = []
            for u, v in edges:
                label = ["I"] * n
                label[u] = "Z"
                label[v] = "Z"
                terms.append(("".join(label)[::-1], 1.0))
            cost_hamiltonian = SparsePauliOp.from_list(terms)
            print("Cost Hamiltonian:", cost_hamiltonian)

            ansatz = QAOAAnsatz(cost_operator=cost_hamiltonian, reps=reps)
            estimator = StatevectorEstimator()


            def cost(params):
                return float(estimator.run([(ansatz, cost_hamiltonian, params)]).result()[0].data.evs)


            init_params = [np.pi / 2, np.pi / 4] * reps
            result = minimize(cost, init_params, method="COBYLA", tol=1e-3)
            print(result)

            final = ansatz.assign_parameters(result.x)
            final.measure_all()
            counts = StatevectorSampler().run([final], shots=shots).result()[0].data.meas.get_counts()
            best = max(counts, key=counts.get)
            bits = best[::-1]
            cut = sum(1 for u, v in edges if bits[u] != bits[v])
            print("Most likely partition:", best, "cut size:", cut, "of", len(edges), "edges")
            """;
    }

    private static string Chsh(TemplateParameters p) => """
        import json
        import numpy as np
        from qiskit import QuantumCircuit
        from qiskit.circuit import Parameter
        from qiskit.quantum_info import SparsePauliOp
        from qiskit.primitives import StatevectorEstimator

        # CHSH: an entangled pair measured at rotating angles; |S| > 2 breaks every local hidden-variable model
        theta = Parameter("θ")
        qc = QuantumCircuit(2)
        qc.h(0)
        qc.cx(0, 1)
        qc.ry(theta, 0)

        angles = np.linspace(0, 2 * np.pi, 21)
        parameter_values = [[a] for a in angles]

        # S1 = <ZZ> - <ZX> + <XZ> + <XX>,  S2 = <ZZ> + <ZX> - <XZ> + <XX>
        chsh1 = SparsePauliOp.from_list([("ZZ", 1), ("ZX", -1), ("XZ", 1), ("XX", 1)])
        chsh2 = SparsePauliOp.from_list([("ZZ", 1), ("ZX", 1), ("XZ", -1), ("XX", 1)])

        estimator = StatevectorEstimator()
        pub = (qc, [[chsh1], [chsh2]], parameter_values)
        evs = estimator.run([pub]).result()[0].data.evs

        s1 = evs[0].tolist()
        s2 = evs[1].tolist()
        print("max |S1| =", round(max(abs(v) for v in s1), 3), "(classical bound 2, quantum bound 2.828)")
        print(f'RESULT: {json.dumps({"type": "plot", "content": {"CHSH1": s1, "CHSH2": s2}})}')
        """;

    private static string RandomCircuit(TemplateParameters p) => $$"""
        import numpy as np
        from qiskit import QuantumCircuit
        from qiskit.primitives import StatevectorSampler

        # A seeded random circuit: layers of random rotations and alternating CNOT bricks
        n = {{Q(p, 4, 1, 12)}}
        depth = {{p.Depth ?? 5}}
        shots = {{Shots(p)}}
        rng = np.random.default_rng(1234)

        qc = QuantumCircuit(n)
        for layer in range(depth):
            for q in range(n):
                choice = int(rng.integers(0, 3))
                angle = float(rng.random()) * 2 * np.pi
                if choice == 0:
                    qc.rx(angle, q)
                elif choice == 1:
                    qc.ry(angle, q)
                else:
                    qc.rz(angle, q)
            for q in range(layer % 2, n - 1, 2):
                qc.cx(q, q + 1)
        qc.measure_all()
        print(qc.draw(output="text"))
        print("Depth:", qc.depth(), "operations:", dict(qc.count_ops()))

        {{SamplerRun}}
        """;

    private static string QuantumKernel(TemplateParameters p) => $$"""
        from qiskit.circuit.library import ZZFeatureMap
        from qiskit.primitives import StatevectorSampler

        # Fidelity quantum kernel: K(x, y) = |<phi(x)|phi(y)>|^2, estimated by compute-uncompute
        feature_map = ZZFeatureMap(feature_dimension=2, reps={{p.Reps ?? 2}})
        points = [[0.1, 0.7], [0.8, 0.2], [0.4, 0.9], [1.2, 0.3]]
        shots = {{p.Shots ?? 2048}}
        sampler = StatevectorSampler()


        def kernel_entry(x, y):
            qc = feature_map.assign_parameters(x)
            qc.compose(feature_map.assign_parameters(y).inverse(), inplace=True)
            qc.measure_all()
            counts = sampler.run([qc], shots=shots).result()[0].data.meas.get_counts()
            return counts.get("0" * feature_map.num_qubits, 0) / shots


        matrix = [[round(kernel_entry(x, y), 3) for y in points] for x in points]
        print("Kernel matrix:")
        for row in matrix:
            print(row)
        print("The diagonal is 1: every point overlaps fully with itself.")
        """;

    private static string SwapTest(TemplateParameters p) => $$"""
        import math
        from qiskit import QuantumCircuit
        from qiskit.primitives import StatevectorSampler

        # Swap test: P(ancilla = 0) = (1 + |<a|b>|^2) / 2
        a = 0.6  # |a> = Ry(a)|0>
        b = {{F(p.Angle ?? 1.9)}}  # |b> = Ry(b)|0>
        shots = {{p.Shots ?? 4096}}

        qc = QuantumCircuit(3, 1)
        qc.ry(a, 1)
        qc.ry(b, 2)
        qc.h(0)
        qc.cswap(0, 1, 2)
        qc.h(0)
        qc.measure(0, 0)

        sampler = StatevectorSampler()
        counts = sampler.run([qc], shots=shots).result()[0].data.c.get_counts()
        p0 = counts.get("0", 0) / shots
        print("Counts:", counts)
        print("Estimated overlap |<a|b>|^2:", round(2 * p0 - 1, 3))
        print("Exact overlap:", round(math.cos((a - b) / 2) ** 2, 3))
        """;

    private static string EntanglementSwapping(TemplateParameters p) => $$"""
        from qiskit import QuantumCircuit
        from qiskit.primitives import StatevectorSampler

        # Entanglement swapping: pairs (0,1) and (2,3); a Bell measurement on 1 and 2 entangles 0 and 3
        shots = {{Shots(p)}}
        qc = QuantumCircuit(4, 2)
        qc.h(0)
        qc.cx(0, 1)
        qc.h(2)
        qc.cx(2, 3)
        qc.barrier()
        # Bell measurement of qubits 1 and 2 (rotation into the Bell basis)
        qc.cx(1, 2)
        qc.h(1)
        qc.barrier()
        # corrections on qubit 3, with the measurements deferred
        qc.cx(2, 3)
        qc.cz(1, 3)
        qc.measure(0, 0)
        qc.measure(3, 1)
        print(qc.draw(output="text"))

        sampler = StatevectorSampler()
        counts = sampler.run([qc], shots=shots).result()[0].data.c.get_counts()
        print("Counts of qubits 0 and 3:", counts)
        print("Only 00 and 11: qubits 0 and 3 now share a Bell pair although they never met.")
        """;

    private static string AmplitudeEstimation(TemplateParameters p)
    {
        var prob = p.Phase is > 0 and < 1 ? p.Phase.Value : 0.3;
        int m = Q(p, 4, 2, 8);
        return $$"""
            import math
            from qiskit import QuantumCircuit
            from qiskit.primitives import StatevectorSampler

            # Amplitude estimation (outline): estimate a = sin^2(theta) where A|0> = cos(theta)|0> + sin(theta)|1>
            a = {{F(prob)}}
            theta = math.asin(math.sqrt(a))
            m = {{m}}  # evaluation qubits
            shots = {{Shots(p)}}

            {{QftFunction}}

            qc = QuantumCircuit(m + 1, m)
            qc.ry(2 * theta, m)  # A on the target qubit
            for q in range(m):
                qc.h(q)
            for q in range(m):
                # the Grover operator of A is a rotation by 2*theta: controlled Q^(2^q)
                qc.cry(4 * theta * 2 ** q, q, m)
            qc.compose(qft(m).inverse(), qubits=list(range(m)), inplace=True)
            qc.measure(list(range(m)), list(range(m)))

            sampler = StatevectorSampler()
            counts = sampler.run([qc], shots=shots).result()[0].data.c.get_counts()
            best = max(counts, key=counts.get)
            estimate = math.sin(math.pi * int(best, 2) / 2 ** m) ** 2
            print("Counts:", counts)
            print("Estimated a:", round(estimate, 4), "true a:", a)
            """;
    }

    private static string HamiltonianSimulation(TemplateParameters p)
    {
        int n = Q(p, 3, 2, 10);
        return $$"""
            import numpy as np
            from qiskit import QuantumCircuit
            from qiskit.circuit.library import PauliEvolutionGate
            from qiskit.quantum_info import SparsePauliOp
            from qiskit.primitives import StatevectorEstimator

            # Transverse-field Ising chain: H = -J sum Z_i Z_(i+1) - h sum X_i, evolved with PauliEvolutionGate
            n = {{n}}
            J = 1.0
            h = 0.5
            t_max = {{F(p.Time ?? 2.0)}}

            terms = []
            for i in range(n - 1):
                label = ["I"] * n
                label[i] = "Z"
                label[i + 1] = "Z"
                terms.append(("".join(label)[::-1], -J))
            for i in range(n):
                label = ["I"] * n
                label[i] = "X"
                terms.append(("".join(label)[::-1], -h))
            hamiltonian = SparsePauliOp.from_list(terms)

            magnetization = SparsePauliOp.from_list([("I" * (n - 1 - i) + "Z" + "I" * i, 1 / n) for i in range(n)])
            estimator = StatevectorEstimator()

            for t in np.linspace(0, t_max, 6):
                qc = QuantumCircuit(n)
                qc.append(PauliEvolutionGate(hamiltonian, time=float(t)), list(range(n)))
                value = float(estimator.run([(qc, magnetization)]).result()[0].data.evs)
                print(f"t = {t:.2f}  <Z> = {value:.4f}")
            """;
    }

    private static string TranspileDemo(TemplateParameters p)
    {
        int n = Q(p, 4, 2, 10);
        return $$"""
            from qiskit import QuantumCircuit, transpile
            from qiskit.transpiler.preset_passmanagers import generate_preset_pass_manager
            from qiskit_aer import AerSimulator

            # How the optimization level changes the compiled circuit
            n = {{n}}
            qc = QuantumCircuit(n)
            qc.h(0)
            for i in range(n - 1):
                qc.cx(0, i + 1)
            qc.ccx(0, 1, 2) if n >= 3 else qc.cz(0, 1)
            qc.measure_all()
            print("Original depth:", qc.depth(), "operations:", dict(qc.count_ops()))

            # A linear device with a small basis, so routing and translation have work to do
            basis = ["rz", "sx", "x", "cx"]
            coupling = [[i, i + 1] for i in range(n - 1)] + [[i + 1, i] for i in range(n - 1)]
            for level in range(4):
                compiled = transpile(qc, basis_gates=basis, coupling_map=coupling, optimization_level=level, seed_transpiler=42)
                print(f"level {level}: depth {compiled.depth()}, operations {dict(compiled.count_ops())}")

            # The same with a preset pass manager for a backend
            backend = AerSimulator()
            pm = generate_preset_pass_manager(optimization_level={{p.OptimizationLevel ?? 2}}, backend=backend)
            isa_circuit = pm.run(qc)
            counts = backend.run(isa_circuit, shots=1024).result().get_counts()
            print("Counts on AerSimulator:", counts)
            """;
    }

    private static string ErrorMitigation(TemplateParameters p) => $$"""
        from qiskit import QuantumCircuit
        from qiskit.quantum_info import SparsePauliOp
        from qiskit.transpiler.preset_passmanagers import generate_preset_pass_manager
        from qiskit_aer import AerSimulator
        from qiskit_ibm_runtime import EstimatorV2 as Estimator

        # Error suppression and mitigation switches of EstimatorV2.
        # On a local simulator they are accepted but only change results on real hardware.
        backend = AerSimulator()

        qc = QuantumCircuit(3)
        qc.h(0)
        qc.cx(0, 1)
        qc.cx(1, 2)
        observables = [SparsePauliOp("ZZI"), SparsePauliOp("IZZ"), SparsePauliOp("XXX")]

        pm = generate_preset_pass_manager(optimization_level=1, backend=backend)
        isa_circuit = pm.run(qc)
        isa_observables = [obs.apply_layout(isa_circuit.layout) for obs in observables]

        estimator = Estimator(mode=backend)
        estimator.options.default_shots = {{p.Shots ?? 4000}}
        estimator.options.resilience_level = 1
        # TREX: twirled readout error extinction
        estimator.options.resilience.measure_mitigation = True
        # ZNE: run at amplified noise and extrapolate to zero noise
        estimator.options.resilience.zne_mitigation = True
        estimator.options.resilience.zne.noise_factors = (1, 3, 5)
        estimator.options.resilience.zne.extrapolator = "exponential"
        # Error suppression: dynamical decoupling and Pauli twirling
        estimator.options.dynamical_decoupling.enable = True
        estimator.options.dynamical_decoupling.sequence_type = "XY4"
        estimator.options.twirling.enable_gates = True
        estimator.options.twirling.num_randomizations = "auto"

        result = estimator.run([(isa_circuit, isa_observables)]).result()
        print("Expectation values <ZZI>, <IZZ>, <XXX>:", result[0].data.evs)
        print("Standard errors:", result[0].data.stds)
        print("Ideal values: [1, 1, 1]")
        """;

    private static string Superposition(TemplateParameters p) => $$"""
        from qiskit import QuantumCircuit
        from qiskit.primitives import StatevectorSampler

        # One qubit in equal superposition: H|0> = (|0> + |1>)/√2
        shots = {{Shots(p)}}
        qc = QuantumCircuit(1)
        qc.h(0)
        qc.measure_all()
        print(qc.draw(output="text"))

        {{SamplerRun}}
        print("About half 0 and half 1: each shot is a fair quantum coin.")
        """;

    private static string BlochSphere(TemplateParameters p) => $$"""
        import math
        from qiskit import QuantumCircuit
        from qiskit.quantum_info import Statevector, SparsePauliOp

        # A single-qubit state Rz(phi) Ry(theta)|0> and its point on the Bloch sphere
        theta = {{F(p.Angle ?? Math.Round(Math.PI / 3, 6))}}
        phi = {{F(Math.Round(Math.PI / 4, 6))}}

        qc = QuantumCircuit(1)
        qc.ry(theta, 0)
        qc.rz(phi, 0)

        state = Statevector.from_instruction(qc)
        print("Amplitudes:", state.data)
        print("Probabilities:", state.probabilities())

        x = state.expectation_value(SparsePauliOp("X")).real
        y = state.expectation_value(SparsePauliOp("Y")).real
        z = state.expectation_value(SparsePauliOp("Z")).real
        print(f"Bloch vector: ({x:.3f}, {y:.3f}, {z:.3f})")
        print(f"Expected:     ({math.sin(theta) * math.cos(phi):.3f}, {math.sin(theta) * math.sin(phi):.3f}, {math.cos(theta):.3f})")
        """;

    private static string EntanglementMeasures(TemplateParameters p) => """
        from qiskit import QuantumCircuit
        from qiskit.quantum_info import DensityMatrix, concurrence, entanglement_of_formation

        # How entangled is a state? Compare a Bell state with a product state.
        bell = QuantumCircuit(2)
        bell.h(0)
        bell.cx(0, 1)

        product = QuantumCircuit(2)
        product.h(0)
        product.h(1)

        for name, circuit in [("Bell", bell), ("product", product)]:
            rho = DensityMatrix.from_instruction(circuit)
            print(name, "state")
            print("  trace:", round(rho.trace().real, 6))
            print("  purity:", round(rho.purity().real, 6))
            print("  concurrence:", round(concurrence(rho), 6))
            print("  entanglement of formation:", round(entanglement_of_formation(rho), 6))
        """;

    private static string RandomNumbers(TemplateParameters p) => $$"""
        from qiskit import QuantumCircuit
        from qiskit.primitives import StatevectorSampler

        # Quantum random numbers: measure qubits prepared in equal superposition
        n_bits = {{Q(p, 8, 1, 16)}}
        how_many = 5

        qc = QuantumCircuit(n_bits)
        for q in range(n_bits):
            qc.h(q)
        qc.measure_all()

        sampler = StatevectorSampler()
        for _ in range(how_many):
            counts = sampler.run([qc], shots=1).result()[0].data.meas.get_counts()
            bits = list(counts)[0]
            print(bits, "->", int(bits, 2))
        """;

    private static string Deutsch(TemplateParameters p)
    {
        var kind = p.OracleKind ?? "balanced";
        var oracle = kind == "constant" ? "# constant: f(x) = 0, nothing to do\npass" : "# balanced: f(x) = x\nqc.cx(0, 1)";
        return $$"""
            from qiskit import QuantumCircuit
            from qiskit.primitives import StatevectorSampler

            # Deutsch's algorithm: one query tells whether f: {0,1} -> {0,1} is constant or balanced
            shots = {{Shots(p)}}
            qc = QuantumCircuit(2, 1)
            qc.x(1)
            qc.h(0)
            qc.h(1)
            {{oracle}}
            qc.h(0)
            qc.measure(0, 0)

            sampler = StatevectorSampler()
            counts = sampler.run([qc], shots=shots).result()[0].data.c.get_counts()
            print("Counts:", counts)
            print("constant" if counts.get("0", 0) == shots else "balanced")
            """;
    }

    private static string ParameterSweep(TemplateParameters p) => $$"""
        import numpy as np
        from qiskit import QuantumCircuit
        from qiskit.circuit import Parameter
        from qiskit.quantum_info import SparsePauliOp
        from qiskit.primitives import StatevectorEstimator

        # One PUB evaluates a parameterised circuit for many angles at once
        theta = Parameter("θ")
        qc = QuantumCircuit(1)
        qc.ry(theta, 0)

        angles = np.linspace(0, 2 * np.pi, {{(p.Qubits is > 2 and < 100 ? p.Qubits : 9)}})
        parameter_values = [[a] for a in angles]
        observable = SparsePauliOp("Z")

        estimator = StatevectorEstimator()
        evs = estimator.run([(qc, observable, parameter_values)]).result()[0].data.evs
        for a, value in zip(angles, evs.tolist()):
            print(f"theta = {a:.3f}  <Z> = {value:.4f}")
        print("<Z> follows cos(theta).")
        """;

    private static string EstimatorBasics(TemplateParameters p) => """
        from qiskit import QuantumCircuit
        from qiskit.quantum_info import SparsePauliOp
        from qiskit.primitives import StatevectorEstimator

        # EstimatorV2: a PUB (circuit, observables) returns one expectation value per observable
        qc = QuantumCircuit(2)
        qc.h(0)
        qc.cx(0, 1)

        labels = ["ZZ", "XX", "YY", "ZI", "IZ"]
        observables = [SparsePauliOp(label) for label in labels]

        estimator = StatevectorEstimator()
        result = estimator.run([(qc, observables)]).result()
        for label, value in zip(labels, result[0].data.evs.tolist()):
            print(f"<{label}> = {value:.4f}")
        """;

    private static string SamplerBasics(TemplateParameters p) => $$"""
        from qiskit import QuantumCircuit
        from qiskit.primitives import StatevectorSampler

        # SamplerV2: several PUBs in one call; each result holds the counts of its circuit
        shots = {{Shots(p)}}

        bell = QuantumCircuit(2)
        bell.h(0)
        bell.cx(0, 1)
        bell.measure_all()

        uniform = QuantumCircuit(3)
        for q in range(3):
            uniform.h(q)
        uniform.measure_all()

        sampler = StatevectorSampler()
        result = sampler.run([(bell,), (uniform,)], shots=shots).result()
        print("Bell counts:", result[0].data.meas.get_counts())
        print("Uniform counts:", result[1].data.meas.get_counts())
        """;

    private static string FullAdder(TemplateParameters p)
    {
        var bits = p.Secret is { Length: 2 or 3 } s ? s : p.Message ?? "11";
        var a = bits[0];
        var b = bits.Length > 1 ? bits[1] : '1';
        var cin = bits.Length > 2 ? bits[2] : '0';
        return $$"""
            from qiskit import QuantumCircuit
            from qiskit.primitives import StatevectorSampler

            # Full adder: qubits 0, 1, 2 hold a, b, carry-in; qubit 3 gets the sum, qubit 4 the carry-out
            a, b, carry_in = {{a}}, {{b}}, {{cin}}
            shots = {{p.Shots ?? 100}}

            qc = QuantumCircuit(5, 2)
            if a:
                qc.x(0)
            if b:
                qc.x(1)
            if carry_in:
                qc.x(2)
            # carry-out = majority(a, b, carry_in)
            qc.ccx(0, 1, 4)
            qc.ccx(0, 2, 4)
            qc.ccx(1, 2, 4)
            # sum = a XOR b XOR carry_in
            qc.cx(0, 3)
            qc.cx(1, 3)
            qc.cx(2, 3)
            qc.measure(3, 0)
            qc.measure(4, 1)

            sampler = StatevectorSampler()
            counts = sampler.run([qc], shots=shots).result()[0].data.c.get_counts()
            result = max(counts, key=counts.get)
            print("carry-out, sum =", result, "->", int(result, 2), "expected", a + b + carry_in)
            """;
    }

    private static string PhaseKickback(TemplateParameters p) => $$"""
        import math
        from qiskit import QuantumCircuit
        from qiskit.quantum_info import Statevector, SparsePauliOp

        # Phase kickback: the target |1> is an eigenstate of P(phi), so the phase lands on the control
        phi = {{F(p.Angle ?? Math.Round(Math.PI / 2, 6))}}

        qc = QuantumCircuit(2)
        qc.h(0)
        qc.x(1)
        qc.cp(phi, 0, 1)

        state = Statevector.from_instruction(qc)
        print("State:", state.data)
        x = state.expectation_value(SparsePauliOp("IX")).real
        y = state.expectation_value(SparsePauliOp("IY")).real
        print(f"Control qubit <X> = {x:.3f} (cos phi = {math.cos(phi):.3f}), <Y> = {y:.3f} (sin phi = {math.sin(phi):.3f})")
        """;

    private static string RunOnHardware(TemplateParameters p) => $$"""
        ## STEP 0 : IBM Quantum Config
        from qiskit_ibm_runtime import QiskitRuntimeService

        service = QiskitRuntimeService()
        backend = service.least_busy(operational=True, simulator=False)

        ## STEP 1 : Mapping the problem
        from qiskit import QuantumCircuit

        qc = QuantumCircuit(2)
        qc.h(0)
        qc.cx(0, 1)
        qc.measure_all()

        ## STEP 2 : Optimize Circuit
        from qiskit.transpiler.preset_passmanagers import generate_preset_pass_manager

        pm = generate_preset_pass_manager(optimization_level={{p.OptimizationLevel ?? 3}}, backend=backend)
        isa_circuit = pm.run(qc)

        ## STEP 3 : Execute
        from qiskit_ibm_runtime import SamplerV2 as Sampler

        sampler = Sampler(mode=backend)
        sampler.options.default_shots = {{p.Shots ?? 4000}}
        job = sampler.run([isa_circuit])
        counts = job.result()[0].data.meas.get_counts()

        ## STEP 4 : Post-process
        print("Backend:", backend.name)
        print("Counts:", counts)
        """;
}
