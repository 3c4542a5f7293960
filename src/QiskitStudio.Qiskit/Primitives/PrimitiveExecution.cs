using QiskitStudio.Python.Runtime;
using QiskitStudio.Qiskit.Circuit;
using QiskitStudio.Qiskit.Interop;
using QiskitStudio.Qiskit.QuantumInfo;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Simulation;

namespace QiskitStudio.Qiskit.Primitives;

/// <summary>
/// Runs sampler and estimator pubs on the statevector simulator: the shared work behind
/// <c>StatevectorSampler</c>/<c>StatevectorEstimator</c>, Aer's V2 primitives and the IBM runtime
/// primitives in local mode.
/// </summary>
internal static class PrimitiveExecution
{
    /// <summary>The parameter bindings of a pub: one circuit per binding, and whether the result is a scalar.</summary>
    public static (List<QuantumCircuit> Circuits, bool Scalar) Bindings(QuantumCircuit circuit, PyObject? values)
    {
        if (values is null or PyNone) return ([circuit], true);
        if (values is PyDict) return ([PyQuantumCircuit.Bind(circuit, values)], true);
        var items = PyOps.ToArray(values);
        bool nested = items.Length > 0 && items.All(i => i is PyList or PyTuple or PyNdArray);
        if (!nested)
        {
            if (circuit.NumParameters == 0 && items.Length == 0) return ([circuit], true);
            return ([PyQuantumCircuit.Bind(circuit, values)], true);
        }
        return (items.Select(row => PyQuantumCircuit.Bind(circuit, row)).ToList(), false);
    }

    /// <summary>Splits a pub into its parts: a bare circuit or a tuple (circuit, …).</summary>
    public static (QuantumCircuit Circuit, PyObject[] Parts) SplitPub(PyObject pub)
    {
        if (pub is PyQuantumCircuit c) return (c.Circuit, []);
        if (pub is PyTuple or PyList)
        {
            var parts = PyOps.ToArray(pub);
            if (parts.Length > 0 && parts[0] is PyQuantumCircuit pc) return (pc.Circuit, parts[1..]);
        }
        throw PyExc.ValueError($"A pub must be a QuantumCircuit or a tuple starting with one, not '{pub.Type.Name}'");
    }

    /// <summary>The pubs given to run(): a list of pubs, or one bare circuit.</summary>
    public static PyObject[] Pubs(PyObject pubs) => pubs is PyQuantumCircuit ? [pubs] : PyOps.ToArray(pubs);

    public static PyPrimitiveResult Sample(PyObject pubsArg, PyObject? shotsArg, int defaultShots, int? seed)
    {
        var pubs = Pubs(pubsArg);
        var results = new List<PyObject>();
        var simulator = new StatevectorSimulator();
        for (int p = 0; p < pubs.Length; p++)
        {
            var (circuit, rest) = SplitPub(pubs[p]);
            PyObject? pubShots = rest.Length > 1 && rest[1] is not PyNone ? rest[1] : null;
            int shots = (int)PyConvert.ToLong(pubShots ?? (shotsArg is null or PyNone ? PyInt.Create(defaultShots) : shotsArg));
            if (shots <= 0) throw PyExc.ValueError($"The number of shots must be positive, not {shots}.");
            var (circuits, scalar) = Bindings(circuit, rest.Length > 0 ? rest[0] : null);
            // A seeded sampler gives every (pub, binding) its own reproducible stream.
            var perBinding = circuits.Select((bound, i) =>
                QiskitExceptions.Translate(() => simulator.Run(bound, shots, seed is { } s ? s + p * 7919 + i : null).ShotValues.ToArray())).ToList();
            var fields = new List<(string, PyObject)>();
            foreach (var register in circuit.ClassicalRegisters)
            {
                var indices = register.Clbits.Select(circuit.IndexOf).ToArray();
                var registerShots = perBinding.Select(values => values.Select(v => Extract(v, indices)).ToArray()).ToList();
                fields.Add((register.Name, new PyBitArray(registerShots, register.Size, scalar)));
            }
            var metadata = new PyDict();
            metadata.SetItem("shots", PyInt.Create(shots));
            metadata.SetItem("circuit_metadata", new PyDict());
            results.Add(new PyPubResult(PyPubResult.SamplerPubResultType, new PyDataBin(fields), metadata));
        }
        var resultMetadata = new PyDict();
        resultMetadata.SetItem("version", PyInt.Create(2));
        return new PyPrimitiveResult([.. results], resultMetadata);
    }

    private static ulong Extract(ulong clbits, int[] indices)
    {
        ulong value = 0;
        for (int i = 0; i < indices.Length; i++) value |= (clbits >> indices[i] & 1) << i;
        return value;
    }

    /// <param name="dropFinalMeasurements">
    /// True for the backend-style estimators (Aer, IBM runtime), which accept circuits ending in
    /// measurements as the hardware does; the reference StatevectorEstimator refuses them as Qiskit's does.
    /// </param>
    public static PyPrimitiveResult Estimate(PyObject pubsArg, PyObject? precisionArg, double defaultPrecision, int? seed, bool dropFinalMeasurements)
    {
        var pubs = Pubs(pubsArg);
        var results = new List<PyObject>();
        var random = seed is { } s ? new Random(s) : new Random();
        foreach (var pub in pubs)
        {
            var (circuit, rest) = SplitPub(pub);
            if (rest.Length == 0) throw PyExc.ValueError("An estimator pub needs observables: (circuit, observables[, parameter_values[, precision]]).");
            var observables = Observables(rest[0]);
            var (circuits, scalarParams) = Bindings(circuit, rest.Length > 1 ? rest[1] : null);
            double precision = rest.Length > 2 && rest[2] is not PyNone ? PyConvert.ToDouble(rest[2])
                : precisionArg is null or PyNone ? defaultPrecision : PyConvert.ToDouble(precisionArg);

            var states = circuits.Select(c => PyStatevector.FromCircuit(dropFinalMeasurements ? c.RemoveFinalMeasurements(inplace: false) : c)).ToList();
            double Value(PySparsePauliOp op, int binding)
            {
                double ev = QiskitExceptions.Translate(() => states[binding].Expectation(op).Real);
                return precision > 0 ? ev + precision * Gaussian(random) : ev;
            }

            PyObject evs;
            PyObject stds;
            int m = circuits.Count;
            switch (observables.Rank)
            {
                case 0 when scalarParams:
                    evs = PyFloat.Create(Value(observables.Items[0][0], 0));
                    stds = PyFloat.Create(precision);
                    break;
                case 0:
                    evs = new PyNdArray(Enumerable.Range(0, m).Select(b => Value(observables.Items[0][0], b)).ToArray());
                    stds = new PyNdArray(Enumerable.Repeat(precision, m).ToArray());
                    break;
                case 1:
                {
                    var row = observables.Items.Select(r => r[0]).ToArray();
                    int n = Broadcast(row.Length, scalarParams ? 1 : m);
                    evs = new PyNdArray(Enumerable.Range(0, n).Select(i => Value(row[row.Length == 1 ? 0 : i], m == 1 ? 0 : i)).ToArray());
                    stds = new PyNdArray(Enumerable.Repeat(precision, n).ToArray());
                    break;
                }
                default:
                {
                    int rows = observables.Items.Count;
                    int k = observables.Items[0].Length;
                    int columns = Broadcast(k, scalarParams ? 1 : m);
                    var values = new double[rows * columns];
                    for (int r = 0; r < rows; r++)
                        for (int c = 0; c < columns; c++)
                            values[r * columns + c] = Value(observables.Items[r][k == 1 ? 0 : c], m == 1 ? 0 : c);
                    evs = new PyNdArray(values, rows);
                    stds = new PyNdArray(Enumerable.Repeat(precision, values.Length).ToArray(), rows);
                    break;
                }
            }
            var metadata = new PyDict();
            metadata.SetItem("target_precision", PyFloat.Create(precision));
            metadata.SetItem("circuit_metadata", new PyDict());
            string shape = evs is PyNdArray a ? PyOps.Repr(PyOps.GetAttr(a, "shape")) : "()";
            results.Add(new PyPubResult(PyPubResult.PubResultType, new PyDataBin([("evs", evs), ("stds", stds)], shape), metadata));
        }
        var resultMetadata = new PyDict();
        resultMetadata.SetItem("version", PyInt.Create(2));
        return new PyPrimitiveResult([.. results], resultMetadata);
    }

    private static int Broadcast(int a, int b)
    {
        if (a == b || b == 1) return a;
        if (a == 1) return b;
        throw PyExc.ValueError($"shape mismatch: objects cannot be broadcast to a single shape ({a},) and ({b},)");
    }

    private static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private sealed record ObservableArray(int Rank, List<PySparsePauliOp[]> Items);

    private static ObservableArray Observables(PyObject value)
    {
        if (PySparsePauliOp.ToOperator(value) is { } single) return new ObservableArray(0, [[single]]);
        var items = PyOps.ToArray(value);
        if (items.Length > 0 && items.All(i => i is PyList or PyTuple))
            return new ObservableArray(2, items.Select(row => PyOps.ToArray(row).Select(Operator).ToArray()).ToList());
        return new ObservableArray(1, items.Select(i => new[] { Operator(i) }).ToList());
    }

    private static PySparsePauliOp Operator(PyObject value) =>
        PySparsePauliOp.ToOperator(value) ?? throw PyExc.TypeError($"Invalid observable type: '{value.Type.Name}'");
}
