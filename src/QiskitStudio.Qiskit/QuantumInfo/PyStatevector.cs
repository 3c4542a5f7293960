using System.Numerics;
using QiskitStudio.Python.Runtime;
using QiskitStudio.Qiskit.Circuit;
using QiskitStudio.Qiskit.Interop;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Gates;
using Statevector = QiskitStudio.Quantum.Simulation.Statevector;

namespace QiskitStudio.Qiskit.QuantumInfo;

/// <summary>Python's <c>qiskit.quantum_info.Statevector</c> over the simulator's statevector.</summary>
internal sealed class PyStatevector : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    private PyStatevector(PyType type, Complex[] amplitudes) : base(type)
    {
        int n = 0;
        while ((1L << n) < amplitudes.Length) n++;
        if (1L << n != amplitudes.Length) throw QiskitExceptions.Qiskit($"Input dimension {amplitudes.Length} is not a power of two; only qubit states are supported.");
        Amplitudes = amplitudes;
        NumQubits = n;
    }

    public PyStatevector(Complex[] amplitudes) : this(TypeObject, amplitudes) { }

    public Complex[] Amplitudes { get; }

    public int NumQubits { get; }

    private Statevector State() => new(Amplitudes);

    public static PyStatevector FromCircuit(QuantumCircuit circuit)
    {
        using var state = QiskitExceptions.Translate(() => Statevector.FromCircuit(circuit));
        return new PyStatevector(state.ToArray());
    }

    private string Dims() => NumQubits == 1 ? "(2,)" : "(" + string.Join(", ", Enumerable.Repeat("2", NumQubits)) + ")";

    public override string Repr()
    {
        const string prefix = "Statevector(";
        return $"{prefix}{NumpyFormat.Array(Amplitudes, ", ", prefix.Length)},\n{new string(' ', prefix.Length)}dims={Dims()})";
    }

    public override long Length() => Amplitudes.Length;

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne)) return PyNotImplemented.Instance;
        bool equal = other is PyStatevector s && s.Amplitudes.Length == Amplitudes.Length
            && s.Amplitudes.Zip(Amplitudes).All(p => (p.First - p.Second).Magnitude < 1e-8);
        return PyBool.From(op == CompareOp.Eq ? equal : !equal);
    }

    private static PyStatevector Self(PyObject self) => (PyStatevector)self;

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("Statevector", module: "qiskit.quantum_info.states.statevector",
            newFunction: QiskitExceptions.GuardNew((cls, args, kw) =>
            {
                var a = new ArgReader("Statevector", args, kw, ["data", "dims"], required: 1);
                return a.Required(0) switch
                {
                    PyQuantumCircuit c => new PyStatevector(cls, FromCircuit(c.Circuit).Amplitudes),
                    PyInstruction i => new PyStatevector(cls, FromInstruction(i.Operation).Amplitudes),
                    PyStatevector s => new PyStatevector(cls, (Complex[])s.Amplitudes.Clone()),
                    var data => new PyStatevector(cls, PyOps.ToArray(data).Select(PySparsePauliOp.ToComplex).ToArray()),
                };
            }));
        t.AddClassMethod("from_instruction", QiskitExceptions.Guard((_, args, kw) =>
        {
            var a = new ArgReader("from_instruction", args, kw, ["instruction"]);
            return a.Required(0) switch
            {
                PyQuantumCircuit c => FromCircuit(c.Circuit),
                PyInstruction i => FromInstruction(i.Operation),
                var v => throw QiskitExceptions.Qiskit($"Invalid input for from_instruction: '{v.Type.Name}'"),
            };
        }));
        t.AddClassMethod("from_label", QiskitExceptions.Guard((_, args, kw) =>
        {
            var a = new ArgReader("from_label", args, kw, ["label"]);
            return new PyStatevector(PyQuantumCircuit.LabelState(a.GetString(0, "")));
        }));
        t.AddClassMethod("from_int", QiskitExceptions.Guard((_, args, kw) =>
        {
            var a = new ArgReader("from_int", args, kw, ["i", "dims"]);
            long i = a.GetLong(0, 0);
            var dimsArg = a.Required(1);
            long dim = dimsArg is PyInt d ? PyConvert.ToLong(d) : PyOps.ToArray(dimsArg).Aggregate(1L, (x, y) => x * PyConvert.ToLong(y));
            var amplitudes = new Complex[dim];
            if (i < 0 || i >= dim) throw QiskitExceptions.Qiskit($"Index {i} is out of range for dimension {dim}.");
            amplitudes[i] = 1;
            return new PyStatevector(amplitudes);
        }));
        t.AddProperty("data", self => new PyNdArray((Complex[])Self(self).Amplitudes.Clone()));
        t.AddProperty("num_qubits", self => PyInt.Create(Self(self).NumQubits));
        t.AddProperty("dim", self => PyInt.Create(Self(self).Amplitudes.Length));
        t.AddMethod("dims", (self, _, _) => PyTuple.Create(Enumerable.Repeat((PyObject)PyInt.Create(2), Self(self).NumQubits).ToArray()));
        t.AddMethod("__getitem__", (self, args, _) =>
        {
            var amplitudes = Self(self).Amplitudes;
            if (args[0] is PyStr s) return PyComplex.Create(amplitudes[Convert.ToInt64(s.Value, 2)]);
            long i = PyConvert.ToLongIndex(args[0]);
            if (i < 0) i += amplitudes.Length;
            if (i < 0 || i >= amplitudes.Length) throw QiskitExceptions.Qiskit($"Key {i} is greater than Statevector dimension {amplitudes.Length}.");
            return PyComplex.Create(amplitudes[i]);
        });
        t.AddMethod("probabilities", QiskitExceptions.Guard((self, args, kw) =>
        {
            var a = new ArgReader("probabilities", args, kw, ["qargs", "decimals"], required: 0);
            using var state = Self(self).State();
            var probabilities = state.Probabilities(Qargs(a.Optional(0)));
            if (a.Optional(1) is { } d and not PyNone)
                probabilities = probabilities.Select(p => Math.Round(p, (int)PyConvert.ToLong(d), MidpointRounding.ToEven)).ToArray();
            return new PyNdArray(probabilities);
        }));
        t.AddMethod("probabilities_dict", QiskitExceptions.Guard((self, args, kw) =>
        {
            var a = new ArgReader("probabilities_dict", args, kw, ["qargs", "decimals"], required: 0);
            using var state = Self(self).State();
            int? decimals = a.Optional(1) is { } d and not PyNone ? (int)PyConvert.ToLong(d) : null;
            var dict = new PyDict();
            foreach (var (key, value) in state.ProbabilitiesDictionary(Qargs(a.Optional(0)), decimals)) dict.SetItem(key, PyFloat.Create(value));
            return dict;
        }));
        t.AddMethod("sample_counts", QiskitExceptions.Guard((self, args, kw) =>
        {
            var a = new ArgReader("sample_counts", args, kw, ["shots", "qargs"], required: 1);
            using var state = Self(self).State();
            var dict = new PyDict();
            foreach (var (key, value) in state.SampleCounts((int)a.GetLong(0, 1024), null, Qargs(a.Optional(1)))) dict.SetItem(key, PyInt.Create(value));
            return dict;
        }));
        t.AddMethod("seed", (_, _, _) => PyNone.Instance);
        t.AddMethod("expectation_value", QiskitExceptions.Guard((self, args, kw) =>
        {
            var a = new ArgReader("expectation_value", args, kw, ["oper", "qargs"], required: 1);
            var op = PySparsePauliOp.ToOperator(a.Required(0)) ?? throw QiskitExceptions.Qiskit($"Unsupported operator for expectation_value: '{a.Required(0).Type.Name}'");
            return PyComplex.Create(Self(self).Expectation(op, Qargs(a.Optional(1))));
        }));
        t.AddMethod("evolve", QiskitExceptions.Guard((self, args, kw) =>
        {
            var a = new ArgReader("evolve", args, kw, ["other", "qargs"], required: 1);
            QuantumCircuit circuit = a.Required(0) switch
            {
                PyQuantumCircuit c => c.Circuit,
                PyInstruction i => SingleInstructionCircuit(i.Operation),
                var v => throw QiskitExceptions.Qiskit($"Cannot evolve a Statevector by '{v.Type.Name}'"),
            };
            if (a.Optional(1) is { } q and not PyNone)
            {
                var wide = new QuantumCircuit(Self(self).NumQubits);
                wide.Compose(circuit, Qargs(q), null, inplace: true);
                circuit = wide;
            }
            using var state = Self(self).State();
            using var evolved = state.Evolve(circuit);
            return new PyStatevector(evolved.ToArray());
        }));
        t.AddMethod("equiv", QiskitExceptions.Guard((self, args, kw) =>
        {
            var a = new ArgReader("equiv", args, kw, ["other", "rtol", "atol"], required: 1);
            if (a.Required(0) is not PyStatevector other) return PyBool.False;
            using var s1 = Self(self).State();
            using var s2 = other.State();
            return PyBool.From(s1.Equivalent(s2));
        }));
        t.AddMethod("inner", QiskitExceptions.Guard((self, args, _) =>
        {
            if (args.Length != 1 || args[0] is not PyStatevector other) throw PyExc.TypeError("inner() expects a Statevector");
            using var s1 = Self(self).State();
            using var s2 = other.State();
            return PyComplex.Create(s1.InnerProduct(s2));
        }));
        t.AddMethod("is_valid", (self, _, _) => PyBool.From(Math.Abs(Self(self).Amplitudes.Sum(c => c.Magnitude * c.Magnitude) - 1) < 1e-8));
        t.AddMethod("conjugate", (self, _, _) => new PyStatevector(Self(self).Amplitudes.Select(Complex.Conjugate).ToArray()));
        t.AddMethod("copy", (self, _, _) => new PyStatevector((Complex[])Self(self).Amplitudes.Clone()));
        t.AddMethod("to_dict", (self, args, kw) =>
        {
            var a = new ArgReader("to_dict", args, kw, ["decimals"], required: 0);
            var dict = new PyDict();
            var amplitudes = Self(self).Amplitudes;
            int n = Self(self).NumQubits;
            for (int i = 0; i < amplitudes.Length; i++)
            {
                var v = amplitudes[i];
                if (a.Optional(0) is { } d and not PyNone)
                {
                    int places = (int)PyConvert.ToLong(d);
                    v = new Complex(Math.Round(v.Real, places), Math.Round(v.Imaginary, places));
                }
                if (v != Complex.Zero) dict.SetItem(Convert.ToString(i, 2).PadLeft(n, '0'), PyComplex.Create(v));
            }
            return dict;
        });
        t.AddMethod("draw", (self, args, kw) =>
        {
            var a = new ArgReader("draw", args, kw, ["output"], required: 0);
            string output = a.GetStringOrNone(0) ?? "repr";
            if (output is "repr" or "text") return PyStr.Create(self.Repr());
            var vectors = Self(self).BlochVectors();
            return Visualization.Figures.Record("bloch", Visualization.Figures.BlochSpheres(vectors));
        });
        return t.Freeze();
    }

    /// <summary>⟨ψ|O|ψ⟩, with O acting on <paramref name="qargs"/> when given.</summary>
    public Complex Expectation(PySparsePauliOp op, IReadOnlyList<int>? qargs = null)
    {
        var terms = op.Terms;
        if (qargs is not null)
            terms = terms.Select(x => (PauliAlgebra.ApplyLayout(x.Label, qargs, NumQubits), x.Coeff)).ToArray();
        if (terms[0].Label.Length != NumQubits)
            throw QiskitExceptions.Qiskit($"Number of qubits of the operator ({terms[0].Label.Length}) does not match the state ({NumQubits}).");
        using var state = State();
        return state.ExpectationValue(terms.Select(x => (x.Label, x.Coeff)));
    }

    /// <summary>The Bloch vector (⟨X⟩, ⟨Y⟩, ⟨Z⟩) of each qubit's reduced state.</summary>
    public IReadOnlyList<(double X, double Y, double Z)> BlochVectors()
    {
        using var state = State();
        var result = new List<(double, double, double)>();
        for (int q = 0; q < NumQubits; q++)
        {
            string Label(char c) => new string(Enumerable.Range(0, NumQubits).Select(k => NumQubits - 1 - k == q ? c : 'I').ToArray());
            result.Add((state.ExpectationValue(Label('X')).Real, state.ExpectationValue(Label('Y')).Real, state.ExpectationValue(Label('Z')).Real));
        }
        return result;
    }

    private static PyStatevector FromInstruction(Instruction operation) => FromCircuit(SingleInstructionCircuit(operation));

    private static QuantumCircuit SingleInstructionCircuit(Instruction operation)
    {
        var qc = new QuantumCircuit(operation.NumQubits);
        qc.Append(operation, Enumerable.Range(0, operation.NumQubits).ToArray());
        return qc;
    }

    private static IReadOnlyList<int>? Qargs(PyObject? value) =>
        value is null or PyNone ? null : PyOps.ToArray(value).Select(PyConvert.ToInt32).ToArray();
}
