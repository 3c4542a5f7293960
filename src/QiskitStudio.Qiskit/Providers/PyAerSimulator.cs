using QiskitStudio.Python.Runtime;
using QiskitStudio.Qiskit.Circuit;
using QiskitStudio.Qiskit.Interop;
using QiskitStudio.Qiskit.Primitives;
using QiskitStudio.Quantum.Simulation;

namespace QiskitStudio.Qiskit.Providers;

/// <summary>
/// Python's <c>qiskit_aer.AerSimulator</c> on the statevector simulator: <c>run(circuits, shots=,
/// seed_simulator=, memory=)</c> gives a job whose <c>result().get_counts()</c> is keyed as Aer keys it.
/// </summary>
internal sealed class PyAerSimulator : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    /// <summary>The largest circuit the embedded simulator runs (the Quantum library's limit).</summary>
    public const int MaxQubits = 28;

    private PyAerSimulator(PyType type) : base(type) => Options = new PyRuntimeOptions("Options");

    public PyRuntimeOptions Options { get; }

    public string Method => Options.InstanceDict.TryGetValue("method", out var m) && m is PyStr s ? s.Value : "automatic";

    public string Name => Method is "automatic" ? "aer_simulator" : "aer_simulator_" + Method;

    public override string Repr() => $"AerSimulator('{Name}')";

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("AerSimulator", module: "qiskit_aer.backends.aer_simulator", newFunction: (cls, args, kw) =>
        {
            var simulator = new PyAerSimulator(cls);
            if (kw is not null)
                for (int i = 0; i < kw.Count; i++)
                    if (kw.NameAt(i) is not ("configuration" or "properties" or "provider" or "target"))
                        simulator.Options.SetAttribute(kw.NameAt(i), kw.ValueAt(i));
            return simulator;
        });
        t.AddProperty("name", self => PyStr.Create(((PyAerSimulator)self).Name));
        t.AddProperty("options", self => ((PyAerSimulator)self).Options);
        t.AddProperty("num_qubits", _ => PyInt.Create(MaxQubits));
        t.AddProperty("version", _ => PyInt.Create(2));
        t.AddProperty("backend_version", _ => PyStr.Create("0.17.1"));
        t.AddProperty("coupling_map", _ => PyNone.Instance);
        t.AddProperty("max_circuits", _ => PyNone.Instance);
        t.AddProperty("target", self => new PyTarget(MaxQubits));
        t.AddProperty("operation_names", _ => PyList.FromEnumerable(
            new[] { "h", "x", "y", "z", "s", "sdg", "t", "tdg", "sx", "rx", "ry", "rz", "p", "u", "cx", "cy", "cz", "swap", "ccx", "measure", "reset", "barrier" }
                .Select(n => (PyObject)PyStr.Create(n))));
        t.AddMethod("set_options", (self, _, kw) =>
        {
            if (kw is not null)
                for (int i = 0; i < kw.Count; i++) ((PyAerSimulator)self).Options.SetAttribute(kw.NameAt(i), kw.ValueAt(i));
            return PyNone.Instance;
        });
        t.AddMethod("configuration", (self, _, _) => new PyTarget(MaxQubits, ((PyAerSimulator)self).Name));
        t.AddMethod("status", (self, _, _) => new PyTarget(MaxQubits, ((PyAerSimulator)self).Name));
        t.AddClassMethod("from_backend", (cls, _, _) => new PyAerSimulator((PyType)cls));
        t.AddMethod("run", QiskitExceptions.Guard((self, args, kw) => ((PyAerSimulator)self).Run(args, kw)));
        return t.Freeze();
    }

    private PyObject Run(ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var a = new ArgReader("run", args, kw, ["run_input", "shots", "seed_simulator", "memory", "parameter_binds", "validate"], required: 1);
        var input = a.Required(0);
        bool single = input is PyQuantumCircuit;
        var circuits = single ? [PyQuantumCircuit.Unwrap(input)] : PyOps.ToArray(input).Select(c => PyQuantumCircuit.Unwrap(c)).ToArray();
        int shots = (int)(a.Optional(1) is { } s and not PyNone ? PyConvert.ToLong(s) : Options.GetInteger("shots") ?? 1024);
        long? seed = a.Optional(2) is { } sd and not PyNone ? PyConvert.ToLong(sd) : Options.GetInteger("seed_simulator");
        bool memory = a.GetBool(3, false);
        var simulator = new StatevectorSimulator();
        var experiments = new List<SimulationResult>();
        for (int i = 0; i < circuits.Length; i++)
        {
            var circuit = circuits[i];
            if (circuit.NumParameters > 0)
                throw QiskitExceptions.Qiskit($"Circuit {circuit.Name} has unbound parameters; bind them with assign_parameters or parameter_binds.");
            experiments.Add(simulator.Run(circuit, shots, seed is { } v ? (int)(v + i) : null, memory));
        }
        var names = circuits.Select(c => c.Name).ToArray();
        return new PyJob(PyJob.AerJobType, new PyAerResult(Name, names, experiments));
    }
}

/// <summary>What a backend's <c>target</c> and <c>configuration()</c> give: a qubit count and a name.</summary>
internal sealed class PyTarget : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    public PyTarget(int numQubits, string name = "aer_simulator") : base(TypeObject)
    {
        NumQubits = numQubits;
        BackendName = name;
    }

    public int NumQubits { get; }

    public string BackendName { get; }

    public override string Repr() => $"Target: {BackendName}\nNumber of qubits: {NumQubits}";

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("Target", module: "qiskit.transpiler.target");
        t.AddProperty("num_qubits", self => PyInt.Create(((PyTarget)self).NumQubits));
        t.AddProperty("n_qubits", self => PyInt.Create(((PyTarget)self).NumQubits));
        t.AddProperty("backend_name", self => PyStr.Create(((PyTarget)self).BackendName));
        t.AddProperty("simulator", _ => PyBool.True);
        t.AddProperty("coupling_map", _ => PyNone.Instance);
        t.AddProperty("operational", _ => PyBool.True);
        t.AddProperty("pending_jobs", _ => PyInt.Create(0));
        t.AddProperty("status_msg", _ => PyStr.Create("active"));
        return t.Freeze();
    }
}

/// <summary>Aer's <c>Result</c>: counts (and memory) per experiment.</summary>
internal sealed class PyAerResult : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly string _backend;
    private readonly string[] _names;
    private readonly List<SimulationResult> _experiments;

    public PyAerResult(string backend, string[] names, List<SimulationResult> experiments) : base(TypeObject)
    {
        _backend = backend;
        _names = names;
        _experiments = experiments;
    }

    public override string Repr() =>
        $"Result(backend_name='{_backend}', backend_version='0.17.1', job_id='', success=True, results=[{_experiments.Count} experiment(s)])";

    private SimulationResult Experiment(PyObject? key)
    {
        switch (key)
        {
            case null or PyNone:
                if (_experiments.Count != 1) throw QiskitExceptions.Qiskit("You have to select a circuit or schedule when there is more than one available");
                return _experiments[0];
            case PyInt i:
            {
                long index = PyConvert.ToLong(i);
                if (index < 0 || index >= _experiments.Count) throw QiskitExceptions.Qiskit($"Result for experiment \"{index}\" could not be found.");
                return _experiments[(int)index];
            }
            case PyStr s:
            {
                int index = Array.IndexOf(_names, s.Value);
                if (index < 0) throw QiskitExceptions.Qiskit($"Data for experiment \"{s.Value}\" could not be found.");
                return _experiments[index];
            }
            case PyQuantumCircuit c:
            {
                int index = Array.IndexOf(_names, c.Circuit.Name);
                if (index < 0) throw QiskitExceptions.Qiskit($"Data for experiment \"{c.Circuit.Name}\" could not be found.");
                return _experiments[index];
            }
            default:
                throw QiskitExceptions.Qiskit($"Invalid experiment key: {PyOps.Repr(key)}");
        }
    }

    private static PyDict Counts(SimulationResult result)
    {
        var dict = new PyDict();
        foreach (var (key, value) in result.Counts) dict.SetItem(key, PyInt.Create(value));
        return dict;
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("Result", module: "qiskit.result.result");
        t.AddMethod("get_counts", QiskitExceptions.Guard((self, args, kw) =>
        {
            var r = (PyAerResult)self;
            var a = new ArgReader("get_counts", args, kw, ["experiment"], required: 0);
            if (a.Optional(0) is null or PyNone && r._experiments.Count > 1)
                return PyList.FromEnumerable(r._experiments.Select(e => (PyObject)Counts(e)));
            return Counts(r.Experiment(a.Optional(0)));
        }));
        t.AddMethod("get_memory", QiskitExceptions.Guard((self, args, kw) =>
        {
            var r = (PyAerResult)self;
            var a = new ArgReader("get_memory", args, kw, ["experiment"], required: 0);
            var memory = r.Experiment(a.Optional(0)).Memory
                ?? throw QiskitExceptions.Qiskit("No memory for experiment. Run with memory=True.");
            return PyList.FromEnumerable(memory.Select(m => (PyObject)PyStr.Create(m)));
        }));
        t.AddProperty("success", _ => PyBool.True);
        t.AddProperty("backend_name", self => PyStr.Create(((PyAerResult)self)._backend));
        t.AddProperty("status", _ => PyStr.Create("COMPLETED"));
        return t.Freeze();
    }
}
