using System.Numerics;
using QiskitStudio.Python.Runtime;
using QiskitStudio.Qiskit.Circuit;
using QiskitStudio.Qiskit.Interop;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Gates;
using QiskitStudio.Quantum.Linear;

namespace QiskitStudio.Qiskit.QuantumInfo;

/// <summary>Python's <c>qiskit.quantum_info.Operator</c>: a dense unitary (or any square) matrix over qubits.</summary>
internal sealed class PyOperator : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    public PyOperator(Complex[] matrix) : base(TypeObject)
    {
        Matrix = matrix;
        Dimension = (int)Math.Round(Math.Sqrt(matrix.Length));
        if (Dimension * Dimension != matrix.Length || (Dimension & (Dimension - 1)) != 0)
            throw QiskitExceptions.Qiskit("Operator data must be a square matrix of power-of-two dimension.");
        NumQubits = System.Numerics.BitOperations.Log2((uint)Dimension);
    }

    public Complex[] Matrix { get; }

    public int Dimension { get; }

    public int NumQubits { get; }

    private string Dims() => NumQubits == 1 ? "(2,)" : "(" + string.Join(", ", Enumerable.Repeat("2", NumQubits)) + ")";

    public override string Repr()
    {
        const string prefix = "Operator(";
        string data = new PyNdArray(Matrix, Dimension).Format(", ", prefix.Length);
        return $"{prefix}{data},\n{new string(' ', prefix.Length)}input_dims={Dims()}, output_dims={Dims()})";
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne)) return PyNotImplemented.Instance;
        bool equal = other is PyOperator o && o.Dimension == Dimension && Quantum.Linear.Matrix.ApproximatelyEqual(o.Matrix, Matrix, 1e-8);
        return PyBool.From(op == CompareOp.Eq ? equal : !equal);
    }

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.MatMul && From(other) is { } o) return Dot(o);
        if (op == BinaryOperator.Mul && other is PyInt or PyFloat or PyComplex) return new PyOperator(Quantum.Linear.Matrix.Scale(Matrix, PySparsePauliOp.ToComplex(other)));
        return PyNotImplemented.Instance;
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        op == BinaryOperator.Mul && other is PyInt or PyFloat or PyComplex
            ? new PyOperator(Quantum.Linear.Matrix.Scale(Matrix, PySparsePauliOp.ToComplex(other)))
            : PyNotImplemented.Instance;

    private PyOperator Dot(PyOperator other)
    {
        if (other.Dimension != Dimension) throw QiskitExceptions.Qiskit("Operator dimensions do not match.");
        return new PyOperator(Quantum.Linear.Matrix.Multiply(Matrix, other.Matrix));
    }

    /// <summary>An operator from a circuit, a gate, a Pauli, a SparsePauliOp, another Operator or a nested list.</summary>
    public static PyOperator? From(PyObject value)
    {
        switch (value)
        {
            case PyOperator o: return o;
            case PyQuantumCircuit c: return new PyOperator(QiskitExceptions.Translate(() => CircuitOperator.ToMatrix(c.Circuit)));
            case PyInstruction { Operation: Gate g }: return new PyOperator(QiskitExceptions.Translate(g.ToMatrix));
            case PyPauli or PySparsePauliOp or PyStr:
            {
                var op = PySparsePauliOp.ToOperator(value)!;
                int n = op.NumQubits, dim = 1 << n;
                var total = new Complex[dim * dim];
                foreach (var (label, coeff) in op.Terms)
                {
                    var m = PauliMatrix(label);
                    for (int i = 0; i < total.Length; i++) total[i] += coeff * m[i];
                }
                return new PyOperator(total);
            }
        }
        if (PyOps.TryGetIter(value) is null) return null;
        var rows = PyOps.ToArray(value).Select(r => PyOps.ToArray(r).Select(PySparsePauliOp.ToComplex).ToArray()).ToArray();
        if (rows.Length == 0 || rows.Any(r => r.Length != rows.Length)) throw QiskitExceptions.Qiskit("Operator data must be a square matrix.");
        return new PyOperator(rows.SelectMany(r => r).ToArray());
    }

    private static Complex[] PauliMatrix(string label)
    {
        Complex[] result = [1];
        foreach (char c in label)
        {
            Complex[] single = c switch
            {
                'X' => [0, 1, 1, 0],
                'Y' => [0, -Complex.ImaginaryOne, Complex.ImaginaryOne, 0],
                'Z' => [1, 0, 0, -1],
                _ => [1, 0, 0, 1],
            };
            result = Quantum.Linear.Matrix.Kron(result, single);
        }
        return result;
    }

    private static PyOperator Self(PyObject self) => (PyOperator)self;

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("Operator", module: "qiskit.quantum_info.operators.operator",
            newFunction: QiskitExceptions.GuardNew((_, args, kw) =>
            {
                var a = new ArgReader("Operator", args, kw, ["data", "input_dims", "output_dims"], required: 1);
                return From(a.Required(0)) ?? throw QiskitExceptions.Qiskit($"Invalid input data format for Operator: '{a.Required(0).Type.Name}'");
            }));
        t.AddClassMethod("from_label", QiskitExceptions.Guard((_, args, _) =>
            From(PyStr.Create(PyConvert.ToStr(args[0])))!));
        t.AddProperty("data", self => new PyNdArray((Complex[])Self(self).Matrix.Clone(), Self(self).Dimension));
        t.AddProperty("num_qubits", self => PyInt.Create(Self(self).NumQubits));
        t.AddProperty("dim", self => PyTuple.Create([PyInt.Create(Self(self).Dimension), PyInt.Create(Self(self).Dimension)]));
        t.AddMethod("equiv", (self, args, _) =>
            PyBool.From(args.Length > 0 && From(args[0]) is { } o && o.Dimension == Self(self).Dimension
                && Quantum.Linear.Matrix.EqualUpToGlobalPhase(Self(self).Matrix, o.Matrix, 1e-8)));
        t.AddMethod("is_unitary", (self, _, _) => PyBool.From(Quantum.Linear.Matrix.IsUnitary(Self(self).Matrix, 1e-8)));
        t.AddMethod("adjoint", (self, _, _) => new PyOperator(Quantum.Linear.Matrix.Adjoint(Self(self).Matrix)));
        t.AddMethod("conjugate", (self, _, _) => new PyOperator(Self(self).Matrix.Select(Complex.Conjugate).ToArray()));
        t.AddMethod("transpose", (self, _, _) =>
        {
            var m = Self(self).Matrix;
            int d = Self(self).Dimension;
            var r = new Complex[m.Length];
            for (int i = 0; i < d; i++)
                for (int j = 0; j < d; j++) r[j * d + i] = m[i * d + j];
            return new PyOperator(r);
        });
        t.AddMethod("dot", QiskitExceptions.Guard((self, args, _) => Self(self).Dot(From(args[0]) ?? throw PyExc.TypeError("dot() expects an operator"))));
        t.AddMethod("compose", QiskitExceptions.Guard((self, args, _) => (From(args[0]) ?? throw PyExc.TypeError("compose() expects an operator")).Dot(Self(self))));
        t.AddMethod("tensor", QiskitExceptions.Guard((self, args, _) =>
            new PyOperator(Quantum.Linear.Matrix.Kron(Self(self).Matrix, (From(args[0]) ?? throw PyExc.TypeError("tensor() expects an operator")).Matrix))));
        t.AddMethod("to_instruction", QiskitExceptions.Guard((self, _, _) => PyInstruction.Wrap(new UnitaryGate(Self(self).Matrix))));
        t.AddMethod("to_matrix", (self, _, _) => new PyNdArray((Complex[])Self(self).Matrix.Clone(), Self(self).Dimension));
        return t.Freeze();
    }
}
