using QiskitStudio.Python.Runtime;
using QiskitStudio.Qiskit.Circuit;
using QiskitStudio.Qiskit.Interop;

namespace QiskitStudio.Qiskit;

/// <summary>
/// The embedded Qiskit runtime: Python modules mirroring Qiskit 2.x (<c>qiskit</c>,
/// <c>qiskit.quantum_info</c>, <c>qiskit.primitives</c>, <c>qiskit_aer</c>, <c>qiskit_ibm_runtime</c>…)
/// over the Quantum library. A host calls <see cref="Register"/> once on its engine's registry:
/// <code>
/// var engine = new PythonEngine();
/// QiskitRuntime.Register(engine.Modules);
/// </code>
/// </summary>
public static partial class QiskitRuntime
{
    /// <summary>Adds the Qiskit modules to <paramref name="registry"/> and denies the ones the embedded engine cannot provide.</summary>
    public static void Register(ModuleRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        RegisterCircuitModules(registry);
    }

    private static void RegisterCircuitModules(ModuleRegistry registry)
    {
        registry.Register("qiskit", m =>
        {
            m.AddType(PyQuantumCircuit.TypeObject);
            m.AddType(PyRegister.QuantumRegisterType);
            m.AddType(PyRegister.ClassicalRegisterType);
            m.Add("QiskitError", QiskitExceptions.QiskitError);
            m.Add("__version__", PyStr.Create("2.1.0"));
        });
    }
}
