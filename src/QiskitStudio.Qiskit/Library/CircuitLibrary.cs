using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Qiskit.Library;

/// <summary>The circuits of <c>qiskit.circuit.library</c> (QFT, RealAmplitudes, EfficientSU2, TwoLocal…).</summary>
internal static class CircuitLibrary
{
    public static void Populate(PyModule module)
    {
    }
}
