using System.Numerics;
using QiskitStudio.Python.Runtime;
using QiskitStudio.Qiskit.Circuit;
using QiskitStudio.Qiskit.Interop;
using QiskitStudio.Qiskit.Transpiler;

namespace QiskitStudio.Qiskit.QuantumInfo;

/// <summary>Python's <c>Pauli</c>: one Pauli string with a phase (<c>Pauli("-iXZ")</c>).</summary>
internal sealed class PyPauli : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    public PyPauli(string label, Complex phase) : base(TypeObject)
    {
        Label = label;
        Phase = phase;
    }

    public string Label { get; }

    public Complex Phase { get; }

    public string FullLabel => PauliAlgebra.PhasePrefix(Phase) + Label;

    public override string Repr() => $"Pauli('{FullLabel}')";

    public override string Str() => FullLabel;

    public override long Length() => Label.Length;

    public override long Hash() => FullLabel.GetHashCode(StringComparison.Ordinal);

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne)) return PyNotImplemented.Instance;
        bool equal = other is PyPauli p && p.FullLabel == FullLabel;
        return PyBool.From(op == CompareOp.Eq ? equal : !equal);
    }

    public override PyObject GetItem(PyObject key)
    {
        long index = PyConvert.ToLongIndex(key);
        if (index < 0) index += Label.Length;
        if (index < 0 || index >= Label.Length) throw PyExc.IndexError("Pauli index out of range");
        return new PyPauli(Label[Label.Length - 1 - (int)index].ToString(), 1);
    }

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.MatMul && other is PyPauli p)
        {
            var (label, phase) = QiskitExceptions.Translate(() => PauliAlgebra.Multiply(Label, p.Label));
            return new PyPauli(label, phase * Phase * p.Phase);
        }
        if (op is BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mul or BinaryOperator.MatMul)
            return PySparsePauliOp.FromPauli(this).BinaryOp(op, other);
        return PyNotImplemented.Instance;
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        op == BinaryOperator.Mul ? PySparsePauliOp.FromPauli(this).ReflectedBinaryOp(op, other) : PyNotImplemented.Instance;

    public override PyObject? UnaryOp(UnaryOperator op) => op == UnaryOperator.Negative ? new PyPauli(Label, -Phase) : null;

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("Pauli", module: "qiskit.quantum_info.operators.symplectic.pauli",
            newFunction: QiskitExceptions.GuardNew((_, args, kw) =>
            {
                var a = new ArgReader("Pauli", args, kw, ["data"]);
                return a.Required(0) switch
                {
                    PyStr s => FromLabel(s.Value),
                    PyPauli p => new PyPauli(p.Label, p.Phase),
                    var v => throw QiskitExceptions.Qiskit($"Invalid input data for Pauli: {PyOps.Repr(v)}"),
                };
            }));
        t.AddProperty("num_qubits", self => PyInt.Create(((PyPauli)self).Label.Length));
        t.AddProperty("phase", self => PyInt.Create(PhaseExponent(((PyPauli)self).Phase)));
        t.AddMethod("to_label", (self, _, _) => PyStr.Create(((PyPauli)self).FullLabel));
        t.AddMethod("copy", (self, _, _) => new PyPauli(((PyPauli)self).Label, ((PyPauli)self).Phase));
        t.AddMethod("adjoint", (self, _, _) => new PyPauli(((PyPauli)self).Label, Complex.Conjugate(((PyPauli)self).Phase)));
        t.AddMethod("compose", QiskitExceptions.Guard((self, args, _) => PyOps.Binary(BinaryOperator.MatMul, args[0], self)));
        t.AddMethod("dot", QiskitExceptions.Guard((self, args, _) => PyOps.Binary(BinaryOperator.MatMul, self, args[0])));
        t.AddMethod("tensor", QiskitExceptions.Guard((self, args, _) =>
        {
            var p = (PyPauli)self;
            if (args.Length != 1 || args[0] is not PyPauli o) throw PyExc.TypeError("tensor() expects a Pauli");
            return new PyPauli(p.Label + o.Label, p.Phase * o.Phase);
        }));
        t.AddMethod("commutes", (self, args, _) =>
        {
            var p = (PyPauli)self;
            if (args.Length != 1 || args[0] is not PyPauli o) throw PyExc.TypeError("commutes() expects a Pauli");
            int anti = p.Label.Zip(o.Label).Count(c => c.First != 'I' && c.Second != 'I' && c.First != c.Second);
            return PyBool.From(anti % 2 == 0);
        });
        t.AddMethod("equiv", (self, args, _) => PyBool.From(args.Length == 1 && args[0] is PyPauli o && o.Label == ((PyPauli)self).Label));
        return t.Freeze();
    }

    public static PyPauli FromLabel(string text)
    {
        var (label, phase) = QiskitExceptions.Translate(() => PauliAlgebra.Parse(text));
        return new PyPauli(label, phase);
    }

    private static int PhaseExponent(Complex phase)
    {
        // Qiskit's group phase q in (-i)^q.
        if ((phase - 1).Magnitude < 1e-12) return 0;
        if ((phase + Complex.ImaginaryOne).Magnitude < 1e-12) return 1;
        if ((phase + 1).Magnitude < 1e-12) return 2;
        return 3;
    }
}

/// <summary>Python's <c>SparsePauliOp</c>: a sum of Pauli strings with complex coefficients.</summary>
internal sealed class PySparsePauliOp : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    public PySparsePauliOp(IReadOnlyList<(string Label, Complex Coeff)> terms) : base(TypeObject)
    {
        if (terms.Count == 0) throw QiskitExceptions.Qiskit("Input Pauli list is empty.");
        int n = terms[0].Label.Length;
        if (terms.Any(t => t.Label.Length != n)) throw QiskitExceptions.Qiskit("Pauli strings of a SparsePauliOp must act on the same number of qubits.");
        Terms = terms.ToArray();
    }

    public IReadOnlyList<(string Label, Complex Coeff)> Terms { get; }

    public int NumQubits => Terms[0].Label.Length;

    public static PySparsePauliOp FromPauli(PyPauli p) => new([(p.Label, p.Phase)]);

    public override string Repr() =>
        $"SparsePauliOp([{string.Join(", ", Terms.Select(t => "'" + t.Label + "'"))}],\n              coeffs={NumpyFormat.Array(Terms.Select(t => t.Coeff).ToArray(), ", ", 0)})";

    public override long Length() => Terms.Count;

    public override PyObject GetItem(PyObject key)
    {
        long index = PyConvert.ToLongIndex(key);
        if (index < 0) index += Terms.Count;
        if (index < 0 || index >= Terms.Count) throw PyExc.IndexError("index out of range");
        return new PySparsePauliOp([Terms[(int)index]]);
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne)) return PyNotImplemented.Instance;
        bool equal = other is PySparsePauliOp o && o.Terms.Count == Terms.Count
            && o.Terms.Zip(Terms).All(p => p.First.Label == p.Second.Label && (p.First.Coeff - p.Second.Coeff).Magnitude < 1e-12);
        return PyBool.From(op == CompareOp.Eq ? equal : !equal);
    }

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        switch (op)
        {
            case BinaryOperator.Add or BinaryOperator.Sub:
            {
                if (other is PyInt { } zero && PyConvert.ToLong(zero) == 0) return this;
                if (ToOperator(other) is not { } o) return PyNotImplemented.Instance;
                if (o.NumQubits != NumQubits) throw QiskitExceptions.Qiskit($"Number of qubits of the operators do not match: {NumQubits} != {o.NumQubits}.");
                var sign = op == BinaryOperator.Add ? 1 : -1;
                return new PySparsePauliOp([.. Terms, .. o.Terms.Select(t => (t.Label, t.Coeff * sign))]);
            }
            case BinaryOperator.Mul or BinaryOperator.TrueDiv:
            {
                if (Scalar(other) is not { } s) return PyNotImplemented.Instance;
                if (op == BinaryOperator.TrueDiv) s = 1 / s;
                return new PySparsePauliOp(Terms.Select(t => (t.Label, t.Coeff * s)).ToArray());
            }
            case BinaryOperator.MatMul:
                return ToOperator(other) is { } m ? Dot(m) : PyNotImplemented.Instance;
            case BinaryOperator.Xor:
                return ToOperator(other) is { } x ? Tensor(x) : PyNotImplemented.Instance;
        }
        return PyNotImplemented.Instance;
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Mul && Scalar(other) is { } s) return new PySparsePauliOp(Terms.Select(t => (t.Label, t.Coeff * s)).ToArray());
        if (op == BinaryOperator.Add && other is PyInt z && PyConvert.ToLong(z) == 0) return this;
        return PyNotImplemented.Instance;
    }

    public override PyObject? UnaryOp(UnaryOperator op) =>
        op == UnaryOperator.Negative ? new PySparsePauliOp(Terms.Select(t => (t.Label, -t.Coeff)).ToArray()) : null;

    private static Complex? Scalar(PyObject value) => value switch
    {
        PyComplex c => c.Value,
        PyInt or PyFloat => PyConvert.ToDouble(value),
        _ => null,
    };

    private PySparsePauliOp Dot(PySparsePauliOp other)
    {
        var terms = new List<(string, Complex)>();
        foreach (var a in Terms)
            foreach (var b in other.Terms)
            {
                var (label, phase) = QiskitExceptions.Translate(() => PauliAlgebra.Multiply(a.Label, b.Label));
                terms.Add((label, a.Coeff * b.Coeff * phase));
            }
        return new PySparsePauliOp(terms);
    }

    private PySparsePauliOp Tensor(PySparsePauliOp other) =>
        new(Terms.SelectMany(a => other.Terms.Select(b => (a.Label + b.Label, a.Coeff * b.Coeff))).ToArray());

    public PySparsePauliOp Simplify(double atol = 1e-8)
    {
        var order = new List<string>();
        var sums = new Dictionary<string, Complex>();
        foreach (var (label, coeff) in Terms)
        {
            if (!sums.ContainsKey(label)) order.Add(label);
            sums[label] = sums.GetValueOrDefault(label) + coeff;
        }
        var kept = order.Where(l => sums[l].Magnitude > atol).Select(l => (l, sums[l])).ToArray();
        return kept.Length == 0 ? new PySparsePauliOp([(new string('I', NumQubits), Complex.Zero)]) : new PySparsePauliOp(kept);
    }

    /// <summary>An operator from anything Qiskit's estimator accepts as an observable.</summary>
    public static PySparsePauliOp? ToOperator(PyObject value) => value switch
    {
        PySparsePauliOp op => op,
        PyPauli p => FromPauli(p),
        PyStr s => FromPauli(PyPauli.FromLabel(s.Value)),
        PyDict d => new PySparsePauliOp(d.Items().Select(kv => (PyPauli.FromLabel(PyConvert.ToStr(kv.Key)).Label, ToComplex(kv.Value))).ToArray()),
        _ => null,
    };

    internal static Complex ToComplex(PyObject value) => value switch
    {
        PyComplex c => c.Value,
        _ => new Complex(PyConvert.ToDouble(value), 0),
    };

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("SparsePauliOp", module: "qiskit.quantum_info.operators.symplectic.sparse_pauli_op",
            newFunction: QiskitExceptions.GuardNew((_, args, kw) =>
            {
                var a = new ArgReader("SparsePauliOp", args, kw, ["data", "coeffs", "ignore_pauli_phase", "copy"], required: 1);
                var data = a.Required(0);
                List<(string Label, Complex Coeff)> terms = data switch
                {
                    PySparsePauliOp op => [.. op.Terms],
                    PyPauli p => [(p.Label, p.Phase)],
                    PyStr s => [ParseTerm(s.Value)],
                    _ => PyOps.ToArray(data).Select(item => item switch
                    {
                        PyStr s => ParseTerm(s.Value),
                        PyPauli p => (p.Label, p.Phase),
                        _ => throw QiskitExceptions.Qiskit($"Invalid input data for SparsePauliOp: {PyOps.Repr(item)}"),
                    }).ToList(),
                };
                if (a.Optional(1) is { } coeffs and not PyNone)
                {
                    var values = PyOps.ToArray(coeffs).Select(ToComplex).ToArray();
                    if (values.Length != terms.Count) throw QiskitExceptions.Qiskit($"coeffs vector must be the same length as the number of Paulis ({terms.Count}).");
                    terms = terms.Select((term, i) => (term.Label, term.Coeff * values[i])).ToList();
                }
                return new PySparsePauliOp(terms);
            }));
        t.AddStaticMethod("from_list", QiskitExceptions.Guard((args, kw) =>
        {
            var a = new ArgReader("from_list", args, kw, ["obj", "num_qubits", "dtype"], required: 1);
            var terms = PyOps.ToArray(a.Required(0)).Select(item =>
            {
                var pair = PyOps.ToArray(item);
                if (pair.Length != 2) throw QiskitExceptions.Qiskit("from_list expects (label, coefficient) pairs.");
                var (label, phase) = ParseTerm(PyConvert.ToStr(pair[0]));
                return (label, phase * ToComplex(pair[1]));
            }).ToList();
            if (terms.Count == 0)
            {
                long n = a.GetLongOrNone(1, -1);
                if (n < 0) throw QiskitExceptions.Qiskit("Input Pauli list is empty.");
                terms.Add((new string('I', (int)n), Complex.Zero));
            }
            return new PySparsePauliOp(terms);
        }));
        t.AddStaticMethod("from_sparse_list", QiskitExceptions.Guard((args, kw) =>
        {
            var a = new ArgReader("from_sparse_list", args, kw, ["obj", "num_qubits", "do_checks", "dtype"], required: 2);
            int n = (int)a.GetLong(1, 0);
            var terms = PyOps.ToArray(a.Required(0)).Select(item =>
            {
                var triple = PyOps.ToArray(item);
                if (triple.Length != 3) throw QiskitExceptions.Qiskit("from_sparse_list expects (paulis, indices, coefficient) triples.");
                string paulis = PyConvert.ToStr(triple[0]);
                var indices = PyOps.ToArray(triple[1]).Select(PyConvert.ToInt32).ToArray();
                if (indices.Length != paulis.Length) throw QiskitExceptions.Qiskit("The number of Paulis and indices must match.");
                var chars = Enumerable.Repeat('I', n).ToArray();
                for (int k = 0; k < indices.Length; k++)
                {
                    if (indices[k] < 0 || indices[k] >= n) throw QiskitExceptions.Qiskit($"The number of qubits ({n}) is smaller than a required index {indices[k]}.");
                    chars[n - 1 - indices[k]] = paulis[k];
                }
                return (new string(chars), ToComplex(triple[2]));
            }).ToList();
            if (terms.Count == 0) terms.Add((new string('I', n), Complex.Zero));
            return new PySparsePauliOp(terms);
        }));
        t.AddProperty("num_qubits", self => PyInt.Create(((PySparsePauliOp)self).NumQubits));
        t.AddProperty("size", self => PyInt.Create(((PySparsePauliOp)self).Terms.Count));
        t.AddProperty("coeffs", self => new PyNdArray(((PySparsePauliOp)self).Terms.Select(x => x.Coeff).ToArray()));
        t.AddProperty("paulis", self => new PySequenceView(PySequenceView.PauliListType,
            ((PySparsePauliOp)self).Terms.Select(x => (PyObject)new PyPauli(x.Label, 1)).ToArray()));
        t.AddMethod("to_list", (self, _, _) => PyList.FromEnumerable(((PySparsePauliOp)self).Terms
            .Select(x => (PyObject)PyTuple.Create([PyStr.Create(x.Label), PyComplex.Create(x.Coeff)]))));
        t.AddMethod("simplify", (self, args, kw) =>
        {
            var a = new ArgReader("simplify", args, kw, ["atol", "rtol"], required: 0);
            return ((PySparsePauliOp)self).Simplify(a.GetDouble(0, 1e-8));
        });
        t.AddMethod("copy", (self, _, _) => new PySparsePauliOp(((PySparsePauliOp)self).Terms));
        t.AddMethod("adjoint", (self, _, _) => new PySparsePauliOp(((PySparsePauliOp)self).Terms.Select(x => (x.Label, Complex.Conjugate(x.Coeff))).ToArray()));
        t.AddMethod("conjugate", (self, _, _) => new PySparsePauliOp(((PySparsePauliOp)self).Terms.Select(x => (x.Label, Complex.Conjugate(x.Coeff))).ToArray()));
        t.AddMethod("compose", QiskitExceptions.Guard((self, args, _) => ToOperator(args[0]) is { } o ? o.Dot((PySparsePauliOp)self) : throw PyExc.TypeError("compose() expects an operator")));
        t.AddMethod("dot", QiskitExceptions.Guard((self, args, _) => ToOperator(args[0]) is { } o ? ((PySparsePauliOp)self).Dot(o) : throw PyExc.TypeError("dot() expects an operator")));
        t.AddMethod("tensor", QiskitExceptions.Guard((self, args, _) => ToOperator(args[0]) is { } o ? ((PySparsePauliOp)self).Tensor(o) : throw PyExc.TypeError("tensor() expects an operator")));
        t.AddMethod("expand", QiskitExceptions.Guard((self, args, _) => ToOperator(args[0]) is { } o ? o.Tensor((PySparsePauliOp)self) : throw PyExc.TypeError("expand() expects an operator")));
        t.AddMethod("equiv", (self, args, _) =>
        {
            if (args.Length == 0 || ToOperator(args[0]) is not { } o) return PyBool.False;
            var difference = new PySparsePauliOp([.. ((PySparsePauliOp)self).Terms, .. o.Terms.Select(x => (x.Label, -x.Coeff))]).Simplify();
            return PyBool.From(difference.Terms.All(x => x.Coeff.Magnitude < 1e-8));
        });
        t.AddMethod("apply_layout", QiskitExceptions.Guard(ApplyLayout));
        return t.Freeze();
    }

    private static (string Label, Complex Coeff) ParseTerm(string text) => PauliAlgebra.Parse(text);

    private static PyObject ApplyLayout(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var op = (PySparsePauliOp)self;
        var a = new ArgReader("apply_layout", args, kw, ["layout", "num_qubits"], required: 1);
        var layoutArg = a.Required(0);
        int? numQubits = a.Optional(1) is { } n and not PyNone ? (int)PyConvert.ToLong(n) : null;
        IReadOnlyList<int>? positions = layoutArg switch
        {
            PyNone => null,
            PyTranspileLayout layout => layout.InitialPositions(op.NumQubits),
            _ => PyOps.ToArray(layoutArg).Select(PyConvert.ToInt32).ToArray(),
        };
        if (layoutArg is PyTranspileLayout tl) numQubits ??= tl.NumPhysicalQubits;
        if (positions is null && numQubits is null) return new PySparsePauliOp(op.Terms);
        positions ??= Enumerable.Range(0, op.NumQubits).ToArray();
        int width = numQubits ?? Math.Max(op.NumQubits, positions.Count == 0 ? 0 : positions.Max() + 1);
        if (width < op.NumQubits) throw QiskitExceptions.Qiskit($"The number of qubits ({width}) is smaller than the operator's ({op.NumQubits}).");
        return new PySparsePauliOp(op.Terms.Select(x => (PauliAlgebra.ApplyLayout(x.Label, positions, width), x.Coeff)).ToArray());
    }
}
