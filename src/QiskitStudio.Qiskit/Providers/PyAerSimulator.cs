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

    private PyAerSimulator(PyType type, string? fixedName = null, int numQubits = MaxQubits) : base(type)
    {
        Options = new PyRuntimeOptions("Options");
        _fixedName = fixedName;
        NumQubits = numQubits;
    }

    private readonly string? _fixedName;

    public PyRuntimeOptions Options { get; }

    /// <summary>Qubits the backend reports (a fake device's size); circuits of up to <see cref="MaxQubits"/> run regardless.</summary>
    public int NumQubits { get; }

    public string Method => Options.InstanceDict.TryGetValue("method", out var m) && m is PyStr s ? s.Value : "automatic";

    public string Name => _fixedName ?? (Method is "automatic" ? "aer_simulator" : "aer_simulator_" + Method);

    public override string Repr() => _fixedName is null ? $"AerSimulator('{Name}')" : $"<{Type.Name}('{Name}')>";

    /// <summary>Qiskit's <c>BasicSimulator</c> (qiskit.providers.basic_provider), which runs like AerSimulator.</summary>
    public static readonly PyType BasicSimulatorType = PyType.CreateBuiltin("BasicSimulator", TypeObject, "qiskit.providers.basic_provider",
        newFunction: (cls, _, _) => new PyAerSimulator(cls, "basic_simulator")).Freeze();

    /// <summary>Sizes of the IBM devices whose fake backends programs commonly use.</summary>
    private static readonly Dictionary<string, int> s_fakeDeviceQubits = new(StringComparer.Ordinal)
    {
        ["Manila"] = 5, ["Lima"] = 5, ["Belem"] = 5, ["Quito"] = 5, ["Athens"] = 5, ["Bogota"] = 5, ["Santiago"] = 5, ["Vigo"] = 5,
        ["Jakarta"] = 7, ["Nairobi"] = 7, ["Perth"] = 7, ["Lagos"] = 7, ["Casablanca"] = 7, ["Oslo"] = 7,
        ["Guadalupe"] = 16, ["Melbourne"] = 15, ["Almaden"] = 20, ["Boeblingen"] = 20, ["Poughkeepsie"] = 20, ["Singapore"] = 20,
        ["Johannesburg"] = 20, ["Paris"] = 27, ["Montreal"] = 27, ["Mumbai"] = 27, ["Toronto"] = 27, ["Kolkata"] = 27,
        ["Auckland"] = 27, ["Cairo"] = 27, ["Hanoi"] = 27, ["Geneva"] = 27, ["Peekskill"] = 27, ["Algiers"] = 27,
        ["Brooklyn"] = 65, ["Manhattan"] = 65, ["Washington"] = 127, ["Brisbane"] = 127, ["Sherbrooke"] = 127, ["Kyoto"] = 127,
        ["Osaka"] = 127, ["Kyiv"] = 127, ["Quebec"] = 127, ["Cusco"] = 127, ["Kawasaki"] = 127, ["Torino"] = 133,
        ["Fez"] = 156, ["Marrakesh"] = 156, ["Kingston"] = 156, ["Aachen"] = 156,
    };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PyType> s_fakeTypes = new(StringComparer.Ordinal);

    /// <summary>
    /// A class of <c>qiskit_ibm_runtime.fake_provider</c> (<c>FakeManilaV2</c>…), or null for other names. Fake
    /// backends run like AerSimulator, without the device's noise, and report the device's name and size.
    /// </summary>
    public static PyType? FakeBackendType(string className)
    {
        if (!className.StartsWith("Fake", StringComparison.Ordinal) || className.Length <= 4) return null;
        string device = className[4..];
        if (device.EndsWith("V2", StringComparison.Ordinal)) device = device[..^2];
        if (device.Length == 0 || !char.IsUpper(device[0])) return null;
        int qubits = s_fakeDeviceQubits.GetValueOrDefault(device, MaxQubits);
        string name = "fake_" + device.ToLowerInvariant();
        return s_fakeTypes.GetOrAdd(className, _ =>
        {
            var t = PyType.CreateBuiltin(className, TypeObject, "qiskit_ibm_runtime.fake_provider",
                newFunction: (cls, _, _) => new PyAerSimulator(cls, name, qubits));
            return t.Freeze();
        });
    }

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
        t.AddProperty("num_qubits", self => PyInt.Create(((PyAerSimulator)self).NumQubits));
        t.AddProperty("version", _ => PyInt.Create(2));
        t.AddProperty("backend_version", _ => PyStr.Create("0.17.1"));
        t.AddProperty("coupling_map", _ => PyNone.Instance);
        t.AddProperty("max_circuits", _ => PyNone.Instance);
        t.AddProperty("target", self => new PyTarget(((PyAerSimulator)self).NumQubits, ((PyAerSimulator)self).Name));
        t.AddProperty("operation_names", _ => PyList.FromEnumerable(
            new[] { "h", "x", "y", "z", "s", "sdg", "t", "tdg", "sx", "rx", "ry", "rz", "p", "u", "cx", "cy", "cz", "swap", "ccx", "measure", "reset", "barrier" }
                .Select(n => (PyObject)PyStr.Create(n))));
        t.AddMethod("set_options", (self, _, kw) =>
        {
            if (kw is not null)
                for (int i = 0; i < kw.Count; i++) ((PyAerSimulator)self).Options.SetAttribute(kw.NameAt(i), kw.ValueAt(i));
            return PyNone.Instance;
        });
        t.AddMethod("configuration", (self, _, _) => new PyTarget(((PyAerSimulator)self).NumQubits, ((PyAerSimulator)self).Name));
        t.AddMethod("status", (self, _, _) => new PyTarget(((PyAerSimulator)self).NumQubits, ((PyAerSimulator)self).Name));
        t.AddClassMethod("from_backend", (cls, _, _) => new PyAerSimulator((PyType)cls));
        t.AddMethod("run", QiskitExceptions.Guard((self, args, kw) => ((PyAerSimulator)self).Run(args, kw)));
        return t.Freeze();
    }

    private PyObject Run(ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var a = new ArgReader("run", args, kw, ["run_input", "shots", "seed_simulator", "memory", "parameter_binds", "validate"], required: 1);
        var input = a.Required(0);
        var wrappers = input is PyQuantumCircuit one ? [one] : PyOps.ToArray(input).Select(c => c as PyQuantumCircuit
            ?? throw PyExc.TypeError($"run() expects QuantumCircuits, not '{c.Type.Name}'")).ToArray();
        var circuits = wrappers.Select(w => w.Circuit).ToArray();
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
        var states = wrappers.Select(w => w.SaveStatevectorAt is { } at ? SavedState(w.Circuit, at) : null).ToArray();
        return new PyJob(PyJob.AerJobType, new PyAerResult(Name, names, experiments, states));
    }

    /// <summary>The state after the first <paramref name="count"/> instructions (where save_statevector was called).</summary>
    private static QiskitStudio.Qiskit.QuantumInfo.PyStatevector SavedState(Quantum.Circuits.QuantumCircuit circuit, int count)
    {
        var prefix = circuit.CopyEmptyLike();
        for (int i = 0; i < count && i < circuit.Data.Count; i++) prefix.Append(circuit.Data[i]);
        return QiskitStudio.Qiskit.QuantumInfo.PyStatevector.FromCircuit(prefix);
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
    private readonly QiskitStudio.Qiskit.QuantumInfo.PyStatevector?[] _states;

    public PyAerResult(string backend, string[] names, List<SimulationResult> experiments, QiskitStudio.Qiskit.QuantumInfo.PyStatevector?[] states) : base(TypeObject)
    {
        _backend = backend;
        _names = names;
        _experiments = experiments;
        _states = states;
    }

    public override string Repr() =>
        $"Result(backend_name='{_backend}', backend_version='0.17.1', job_id='', success=True, results=[{_experiments.Count} experiment(s)])";

    private SimulationResult Experiment(PyObject? key) => _experiments[ExperimentIndex(key)];

    private int ExperimentIndex(PyObject? key)
    {
        switch (key)
        {
            case null or PyNone:
                if (_experiments.Count != 1) throw QiskitExceptions.Qiskit("You have to select a circuit or schedule when there is more than one available");
                return 0;
            case PyInt i:
            {
                long index = PyConvert.ToLong(i);
                if (index < 0 || index >= _experiments.Count) throw QiskitExceptions.Qiskit($"Result for experiment \"{index}\" could not be found.");
                return (int)index;
            }
            case PyStr s:
            {
                int index = Array.IndexOf(_names, s.Value);
                if (index < 0) throw QiskitExceptions.Qiskit($"Data for experiment \"{s.Value}\" could not be found.");
                return index;
            }
            case PyQuantumCircuit c:
            {
                int index = Array.IndexOf(_names, c.Circuit.Name);
                if (index < 0) throw QiskitExceptions.Qiskit($"Data for experiment \"{c.Circuit.Name}\" could not be found.");
                return index;
            }
            default:
                throw QiskitExceptions.Qiskit($"Invalid experiment key: {PyOps.Repr(key)}");
        }
    }

    private PyDict Counts(int index)
    {
        var result = _experiments[index];
        if (result.Program.Clbits == 0) throw QiskitExceptions.Qiskit($"No counts for experiment \"{_names[index]}\"");
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
                return PyList.FromEnumerable(Enumerable.Range(0, r._experiments.Count).Select(i => (PyObject)r.Counts(i)));
            return r.Counts(r.ExperimentIndex(a.Optional(0)));
        }));
        t.AddMethod("get_memory", QiskitExceptions.Guard((self, args, kw) =>
        {
            var r = (PyAerResult)self;
            var a = new ArgReader("get_memory", args, kw, ["experiment"], required: 0);
            var memory = r.Experiment(a.Optional(0)).Memory
                ?? throw QiskitExceptions.Qiskit("No memory for experiment. Run with memory=True.");
            return PyList.FromEnumerable(memory.Select(m => (PyObject)PyStr.Create(m)));
        }));
        t.AddMethod("get_statevector", QiskitExceptions.Guard((self, args, kw) =>
        {
            var r = (PyAerResult)self;
            var a = new ArgReader("get_statevector", args, kw, ["experiment", "decimals"], required: 0);
            int index = r.ExperimentIndex(a.Optional(0));
            return (PyObject?)r._states[index] ?? throw QiskitExceptions.Qiskit($"No statevector for experiment \"{r._names[index]}\"; call save_statevector() on the circuit.");
        }));
        t.AddProperty("success", _ => PyBool.True);
        t.AddProperty("backend_name", self => PyStr.Create(((PyAerResult)self)._backend));
        t.AddProperty("status", _ => PyStr.Create("COMPLETED"));
        return t.Freeze();
    }
}
