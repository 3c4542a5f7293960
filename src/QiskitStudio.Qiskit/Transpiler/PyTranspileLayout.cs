using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Qiskit.Transpiler;

/// <summary>
/// Python's <c>TranspileLayout</c> for circuits the embedded transpiler returns. That transpiler
/// keeps every circuit on its own qubits in their own order, so the layout is the identity: virtual
/// qubit i is physical qubit i, and <c>SparsePauliOp.apply_layout</c> leaves observables unchanged.
/// </summary>
internal sealed class PyTranspileLayout : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    public PyTranspileLayout(int numQubits) : base(TypeObject) => NumPhysicalQubits = numQubits;

    public int NumPhysicalQubits { get; }

    /// <summary>Physical position of each of the first <paramref name="numQubits"/> virtual qubits.</summary>
    public IReadOnlyList<int> InitialPositions(int numQubits) => Enumerable.Range(0, numQubits).ToArray();

    public override string Repr() => $"TranspileLayout(initial_layout=Layout({{{string.Join(", ", Enumerable.Range(0, NumPhysicalQubits).Select(i => $"{i}: {i}"))}}}), final_layout=None)";

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("TranspileLayout", module: "qiskit.transpiler.layout");
        PyObject Identity(PyObject self) =>
            PyList.FromEnumerable(Enumerable.Range(0, ((PyTranspileLayout)self).NumPhysicalQubits).Select(i => (PyObject)PyInt.Create(i)));
        t.AddMethod("initial_index_layout", (self, _, _) => Identity(self));
        t.AddMethod("final_index_layout", (self, _, _) => Identity(self));
        t.AddMethod("routing_permutation", (self, _, _) => Identity(self));
        t.AddProperty("final_layout", _ => PyNone.Instance);
        t.AddProperty("input_qubit_count", self => PyInt.Create(((PyTranspileLayout)self).NumPhysicalQubits));
        t.AddProperty("_output_qubit_list", self => Identity(self));
        return t.Freeze();
    }
}
