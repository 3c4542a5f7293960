using System.Numerics;
using QiskitStudio.Python.Runtime;
using QiskitStudio.Qiskit.Circuit;
using QiskitStudio.Qiskit.Interop;

namespace QiskitStudio.Qiskit.QuantumInfo;

/// <summary>Python's <c>qiskit.quantum_info.DensityMatrix</c>: a dense density matrix over qubits.</summary>
internal sealed class PyDensityMatrix : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    public PyDensityMatrix(Complex[] matrix) : base(TypeObject)
    {
        Matrix = matrix;
        Dimension = (int)Math.Round(Math.Sqrt(matrix.Length));
        if (Dimension * Dimension != matrix.Length || (Dimension & (Dimension - 1)) != 0)
            throw QiskitExceptions.Qiskit("DensityMatrix data must be a square matrix of power-of-two dimension.");
        NumQubits = BitOperations.Log2((uint)Dimension);
    }

    public Complex[] Matrix { get; }

    public int Dimension { get; }

    public int NumQubits { get; }

    public static PyDensityMatrix FromPure(Complex[] psi)
    {
        int d = psi.Length;
        var m = new Complex[d * d];
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++) m[i * d + j] = psi[i] * Complex.Conjugate(psi[j]);
        return new PyDensityMatrix(m);
    }

    private string Dims() => NumQubits == 1 ? "(2,)" : "(" + string.Join(", ", Enumerable.Repeat("2", NumQubits)) + ")";

    public override string Repr()
    {
        const string prefix = "DensityMatrix(";
        return $"{prefix}{new PyNdArray(Matrix, Dimension).Format(", ", prefix.Length)},\n{new string(' ', prefix.Length)}dims={Dims()})";
    }

    public Complex Trace() => Enumerable.Range(0, Dimension).Aggregate(Complex.Zero, (s, i) => s + Matrix[i * Dimension + i]);

    public Complex Purity()
    {
        var sq = Quantum.Linear.Matrix.Multiply(Matrix, Matrix);
        return Enumerable.Range(0, Dimension).Aggregate(Complex.Zero, (s, i) => s + sq[i * Dimension + i]);
    }

    /// <summary>Diagonal probabilities marginalised onto <paramref name="qargs"/> (qargs[0] is the least significant bit).</summary>
    public double[] Probabilities(IReadOnlyList<int>? qargs)
    {
        var diagonal = Enumerable.Range(0, Dimension).Select(i => Matrix[i * Dimension + i].Real).ToArray();
        if (qargs is null) return diagonal;
        var result = new double[1 << qargs.Count];
        for (int i = 0; i < Dimension; i++)
        {
            int key = 0;
            for (int k = 0; k < qargs.Count; k++) key |= (i >> qargs[k] & 1) << k;
            result[key] += diagonal[i];
        }
        return result;
    }

    /// <summary>Tr over the qubits in <paramref name="traced"/>.</summary>
    public PyDensityMatrix PartialTrace(IReadOnlyCollection<int> traced)
    {
        var kept = Enumerable.Range(0, NumQubits).Where(q => !traced.Contains(q)).ToArray();
        var gone = traced.ToArray();
        int dk = 1 << kept.Length, dt = 1 << gone.Length;
        var result = new Complex[dk * dk];
        int Index(int keptBits, int tracedBits)
        {
            int index = 0;
            for (int k = 0; k < kept.Length; k++) index |= (keptBits >> k & 1) << kept[k];
            for (int k = 0; k < gone.Length; k++) index |= (tracedBits >> k & 1) << gone[k];
            return index;
        }
        for (int a = 0; a < dk; a++)
            for (int b = 0; b < dk; b++)
            {
                Complex sum = 0;
                for (int t = 0; t < dt; t++) sum += Matrix[Index(a, t) * Dimension + Index(b, t)];
                result[a * dk + b] = sum;
            }
        return new PyDensityMatrix(result);
    }

    /// <summary>The eigenvalues of this Hermitian matrix, through the real symmetric embedding [[A, -B], [B, A]].</summary>
    public double[] Eigenvalues()
    {
        int n = Dimension, m = 2 * n;
        var a = new double[m, m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                var z = Matrix[i * n + j];
                a[i, j] = z.Real; a[i + n, j + n] = z.Real;
                a[i, j + n] = -z.Imaginary; a[i + n, j] = z.Imaginary;
            }
        for (int sweep = 0; sweep < 100; sweep++)
        {
            double off = 0;
            for (int p = 0; p < m; p++)
                for (int q = p + 1; q < m; q++) off += a[p, q] * a[p, q];
            if (off < 1e-24) break;
            for (int p = 0; p < m; p++)
                for (int q = p + 1; q < m; q++)
                {
                    if (Math.Abs(a[p, q]) < 1e-300) continue;
                    double theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    double t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    double c = 1 / Math.Sqrt(t * t + 1), s = t * c;
                    for (int k = 0; k < m; k++)
                    {
                        double akp = a[k, p], akq = a[k, q];
                        a[k, p] = c * akp - s * akq;
                        a[k, q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < m; k++)
                    {
                        double apk = a[p, k], aqk = a[q, k];
                        a[p, k] = c * apk - s * aqk;
                        a[q, k] = s * apk + c * aqk;
                    }
                }
        }
        var values = Enumerable.Range(0, m).Select(i => a[i, i]).Order().ToArray();
        return Enumerable.Range(0, n).Select(i => values[2 * i]).ToArray();
    }

    public static PyDensityMatrix? From(PyObject value) => value switch
    {
        PyDensityMatrix d => d,
        PyStatevector s => FromPure(s.Amplitudes),
        PyQuantumCircuit c => FromPure(PyStatevector.FromCircuit(c.Circuit).Amplitudes),
        _ => null,
    };

    private static PyDensityMatrix Self(PyObject self) => (PyDensityMatrix)self;

    private static IReadOnlyList<int>? Qargs(PyObject? value) =>
        value is null or PyNone ? null : PyOps.ToArray(value).Select(PyConvert.ToInt32).ToArray();

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("DensityMatrix", module: "qiskit.quantum_info.states.densitymatrix",
            newFunction: QiskitExceptions.GuardNew((_, args, kw) =>
            {
                var a = new ArgReader("DensityMatrix", args, kw, ["data", "dims"], required: 1);
                var data = a.Required(0);
                if (From(data) is { } dm) return new PyDensityMatrix((Complex[])dm.Matrix.Clone());
                var items = PyOps.ToArray(data);
                if (items.Length > 0 && items.All(i => i is PyList or PyTuple or PyNdArray))
                    return new PyDensityMatrix(items.SelectMany(r => PyOps.ToArray(r).Select(PySparsePauliOp.ToComplex)).ToArray());
                return FromPure(items.Select(PySparsePauliOp.ToComplex).ToArray());
            }));
        t.AddClassMethod("from_instruction", QiskitExceptions.Guard((_, args, _) =>
            From(args[0]) ?? throw QiskitExceptions.Qiskit($"Invalid input for from_instruction: '{args[0].Type.Name}'")));
        t.AddClassMethod("from_label", QiskitExceptions.Guard((_, args, _) => FromPure(PyQuantumCircuit.LabelState(PyConvert.ToStr(args[0])))));
        t.AddProperty("data", self => new PyNdArray((Complex[])Self(self).Matrix.Clone(), Self(self).Dimension));
        t.AddProperty("num_qubits", self => PyInt.Create(Self(self).NumQubits));
        t.AddProperty("dim", self => PyInt.Create(Self(self).Dimension));
        t.AddMethod("dims", (self, _, _) => PyTuple.Create(Enumerable.Repeat((PyObject)PyInt.Create(2), Self(self).NumQubits).ToArray()));
        t.AddMethod("trace", (self, _, _) => PyComplex.Create(Self(self).Trace()));
        t.AddMethod("purity", (self, _, _) => PyComplex.Create(Self(self).Purity()));
        t.AddMethod("is_valid", (self, _, _) => PyBool.From(Math.Abs(Self(self).Trace().Real - 1) < 1e-8 && Self(self).Eigenvalues().All(v => v > -1e-8)));
        t.AddMethod("probabilities", (self, args, kw) =>
        {
            var a = new ArgReader("probabilities", args, kw, ["qargs", "decimals"], required: 0);
            var p = Self(self).Probabilities(Qargs(a.Optional(0)));
            if (a.Optional(1) is PyInt d) p = p.Select(x => Math.Round(x, (int)PyConvert.ToLong(d))).ToArray();
            return new PyNdArray(p);
        });
        t.AddMethod("probabilities_dict", (self, args, kw) =>
        {
            var a = new ArgReader("probabilities_dict", args, kw, ["qargs", "decimals"], required: 0);
            var qargs = Qargs(a.Optional(0));
            var p = Self(self).Probabilities(qargs);
            int width = qargs?.Count ?? Self(self).NumQubits;
            var dict = new PyDict();
            for (int i = 0; i < p.Length; i++)
            {
                double v = a.Optional(1) is PyInt d ? Math.Round(p[i], (int)PyConvert.ToLong(d)) : p[i];
                if (v != 0) dict.SetItem(Convert.ToString(i, 2).PadLeft(width, '0'), PyFloat.Create(v));
            }
            return dict;
        });
        t.AddMethod("expectation_value", QiskitExceptions.Guard((self, args, _) =>
        {
            var op = PyOperator.From(args[0]) ?? throw QiskitExceptions.Qiskit("Unsupported operator for expectation_value");
            var product = Quantum.Linear.Matrix.Multiply(Self(self).Matrix, op.Matrix);
            int d = Self(self).Dimension;
            return PyComplex.Create(Enumerable.Range(0, d).Aggregate(Complex.Zero, (s, i) => s + product[i * d + i]));
        }));
        t.AddMethod("evolve", QiskitExceptions.Guard((self, args, _) =>
        {
            var u = PyOperator.From(args[0]) ?? throw QiskitExceptions.Qiskit("Cannot evolve by this object");
            var m = Quantum.Linear.Matrix.Multiply(Quantum.Linear.Matrix.Multiply(u.Matrix, Self(self).Matrix), Quantum.Linear.Matrix.Adjoint(u.Matrix));
            return new PyDensityMatrix(m);
        }));
        t.AddMethod("to_statevector", QiskitExceptions.Guard((self, _, _) =>
        {
            var rho = Self(self);
            if (Math.Abs(rho.Purity().Real - 1) > 1e-8) throw QiskitExceptions.Qiskit("Density matrix is not a pure state");
            int d = rho.Dimension;
            int k = Enumerable.Range(0, d).MaxBy(i => rho.Matrix[i * d + i].Real);
            double norm = Math.Sqrt(rho.Matrix[k * d + k].Real);
            return new PyStatevector(Enumerable.Range(0, d).Select(i => rho.Matrix[i * d + k] / norm).ToArray());
        }));
        return t.Freeze();
    }
}

/// <summary>The state functions of <c>qiskit.quantum_info</c>: partial_trace, state_fidelity, entropy, concurrence…</summary>
internal static class StateFunctions
{
    public static void Populate(PyModule m)
    {
        m.Add("partial_trace", Function("partial_trace", (args, kw) =>
        {
            var a = new ArgReader("partial_trace", args, kw, ["state", "qargs"]);
            var rho = PyDensityMatrix.From(a.Required(0)) ?? throw QiskitExceptions.Qiskit("Input must be a state");
            return rho.PartialTrace(PyOps.ToArray(a.Required(1)).Select(PyConvert.ToInt32).ToArray());
        }));
        m.Add("state_fidelity", Function("state_fidelity", (args, kw) =>
        {
            var a = new ArgReader("state_fidelity", args, kw, ["state1", "state2", "validate"], required: 2);
            var (s1, s2) = (a.Required(0), a.Required(1));
            if (s1 is PyStatevector p1 && s2 is PyStatevector p2)
            {
                var inner = p1.Amplitudes.Zip(p2.Amplitudes).Aggregate(Complex.Zero, (s, x) => s + Complex.Conjugate(x.First) * x.Second);
                return PyFloat.Create(inner.Magnitude * inner.Magnitude);
            }
            if (s1 is PyStatevector || s2 is PyStatevector)
            {
                var psi = (s1 as PyStatevector ?? (PyStatevector)s2).Amplitudes;
                var rho = PyDensityMatrix.From(s1 is PyStatevector ? s2 : s1) ?? throw QiskitExceptions.Qiskit("Input must be a state");
                int d = rho.Dimension;
                Complex sum = 0;
                for (int i = 0; i < d; i++)
                    for (int j = 0; j < d; j++) sum += Complex.Conjugate(psi[i]) * rho.Matrix[i * d + j] * psi[j];
                return PyFloat.Create(sum.Real);
            }
            throw PyExc.NotImplementedError("state_fidelity of two mixed states is not supported by the embedded engine");
        }));
        m.Add("entropy", Function("entropy", (args, kw) =>
        {
            var a = new ArgReader("entropy", args, kw, ["state", "base"], required: 1);
            var rho = PyDensityMatrix.From(a.Required(0)) ?? throw QiskitExceptions.Qiskit("Input must be a state");
            double logBase = Math.Log(a.GetDouble(1, 2));
            return PyFloat.Create(VonNeumann(rho, logBase));
        }));
        m.Add("purity", Function("purity", (args, _) =>
            PyComplex.Create((PyDensityMatrix.From(args[0]) ?? throw QiskitExceptions.Qiskit("Input must be a state")).Purity())));
        m.Add("concurrence", Function("concurrence", (args, _) => PyFloat.Create(Concurrence(args[0]))));
        m.Add("entanglement_of_formation", Function("entanglement_of_formation", (args, _) =>
        {
            double c = Concurrence(args[0]);
            double x = (1 + Math.Sqrt(Math.Max(0, 1 - c * c))) / 2;
            double h = x is <= 0 or >= 1 ? 0 : -x * Math.Log2(x) - (1 - x) * Math.Log2(1 - x);
            return PyFloat.Create(h);
        }));
    }

    private static PyBuiltinFunction Function(string name, BuiltinFunctionBody body) =>
        new(name, QiskitExceptions.Guard(body)) { ModuleName = "qiskit.quantum_info" };

    private static double VonNeumann(PyDensityMatrix rho, double logBase) =>
        rho.Eigenvalues().Where(v => v > 1e-12).Sum(v => -v * Math.Log(v) / logBase);

    /// <summary>Concurrence of a two-qubit pure state, 2|ad - bc|.</summary>
    private static double Concurrence(PyObject state)
    {
        Complex[] psi;
        if (state is PyStatevector s) psi = s.Amplitudes;
        else if (PyDensityMatrix.From(state) is { } rho && Math.Abs(rho.Purity().Real - 1) < 1e-8)
        {
            int d = rho.Dimension;
            int k = Enumerable.Range(0, d).MaxBy(i => rho.Matrix[i * d + i].Real);
            double norm = Math.Sqrt(rho.Matrix[k * d + k].Real);
            psi = Enumerable.Range(0, d).Select(i => rho.Matrix[i * d + k] / norm).ToArray();
        }
        else throw PyExc.NotImplementedError("concurrence of a mixed state is not supported by the embedded engine");
        if (psi.Length != 4) throw QiskitExceptions.Qiskit("Input is not a bipartite quantum state of two qubits.");
        return 2 * (psi[0] * psi[3] - psi[1] * psi[2]).Magnitude;
    }
}
