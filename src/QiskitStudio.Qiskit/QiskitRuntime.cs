using QiskitStudio.Python.Runtime;
using QiskitStudio.Qiskit.Circuit;
using QiskitStudio.Qiskit.Interop;
using QiskitStudio.Qiskit.Primitives;
using QiskitStudio.Qiskit.Providers;
using QiskitStudio.Qiskit.QuantumInfo;
using QiskitStudio.Qiskit.Transpiler;
using QiskitStudio.Qiskit.Visualization;

namespace QiskitStudio.Qiskit;

/// <summary>
/// The embedded Qiskit runtime: Python modules mirroring Qiskit 2.x (<c>qiskit</c>,
/// <c>qiskit.circuit</c>, <c>qiskit.circuit.library</c>, <c>qiskit.quantum_info</c>,
/// <c>qiskit.primitives</c>, <c>qiskit.transpiler</c>, <c>qiskit.visualization</c>, <c>qiskit_aer</c>,
/// <c>qiskit_ibm_runtime</c> in local mode) over the Quantum library. A host calls
/// <see cref="Register"/> once on its engine's registry:
/// <code>
/// var engine = new PythonEngine();
/// QiskitRuntime.Register(engine.Modules);
/// </code>
/// Figures (<c>qc.draw("mpl")</c>, <c>plot_histogram</c>) print a marker line; a host that wants their
/// SVG opens a <see cref="FigureCapture"/> around the run.
/// </summary>
public static class QiskitRuntime
{
    /// <summary>The Qiskit version the runtime reports (<c>qiskit.__version__</c>).</summary>
    public const string QiskitVersion = "2.1.0";

    /// <summary>Modules programs import that the embedded engine cannot provide; importing them fails with <see cref="UnavailableReason"/>.</summary>
    public static readonly IReadOnlyList<string> UnavailableModules =
    [
        "pyscf", "ffsim", "qiskit_addon_sqd", "qiskit_addon_cutting", "qiskit_addon_obp", "qiskit_addon_mpf", "qiskit_addon_utils",
        "qiskit_nature", "qiskit_algorithms", "qiskit_machine_learning", "qiskit_optimization", "qiskit_finance",
        "qiskit_dynamics", "qiskit_experiments", "qiskit_serverless", "qiskit_ibm_catalog", "qiskit_ibm_transpiler",
        "qiskit_qasm3_import", "torch", "tensorflow", "jax", "cirq", "pennylane", "openfermion", "qutip", "joblib",
    ];

    /// <summary>Why a module of <see cref="UnavailableModules"/> cannot be imported.</summary>
    public static string UnavailableReason(string module) =>
        $"No module named '{module}': the embedded Qiskit engine does not provide it. " +
        $"Run this program with the python engine (QISKIT_ENGINE=python) on a CPython that has '{module}' installed.";

    /// <summary>Adds the Qiskit modules to <paramref name="registry"/> and denies the ones the embedded engine cannot provide.</summary>
    public static void Register(ModuleRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        RegisterCircuitModules(registry);
        RegisterQuantumInfo(registry);
        RegisterPrimitives(registry);
        RegisterTranspiler(registry);
        RegisterProviders(registry);
        registry.Register("qiskit.visualization", VisualizationFunctions.Populate);
        registry.Register("qiskit.result", m => m.Add("marginal_counts", Function("marginal_counts", "qiskit.result.utils", MarginalCounts)));
        RegisterQasm(registry);
        registry.Register("rustworkx", ThirdParty.Rustworkx.Populate);
        registry.Register("scipy.optimize", ThirdParty.ScipyOptimize.Populate);
        Numpy.NumpyModule.Register(registry);
        foreach (var module in UnavailableModules) registry.Deny(module, UnavailableReason(module));
    }

    private static PyBuiltinFunction Function(string name, string module, BuiltinFunctionBody body) =>
        new(name, QiskitExceptions.Guard(body)) { ModuleName = module };

    private static void RegisterCircuitModules(ModuleRegistry registry)
    {
        registry.Register("qiskit", m =>
        {
            m.AddType(PyQuantumCircuit.TypeObject);
            m.AddType(PyRegister.QuantumRegisterType);
            m.AddType(PyRegister.ClassicalRegisterType);
            m.Add("QiskitError", QiskitExceptions.QiskitError);
            m.Add("transpile", Function("transpile", "qiskit.compiler.transpiler", EmbeddedTranspiler.Transpile));
            m.Add("generate_preset_pass_manager", Function("generate_preset_pass_manager", "qiskit.transpiler.preset_passmanagers", EmbeddedTranspiler.GeneratePresetPassManager));
            m.Add("__version__", PyStr.Create(QiskitVersion));
        });
        registry.Register("qiskit.compiler", m => m.Add("transpile", Function("transpile", "qiskit.compiler.transpiler", EmbeddedTranspiler.Transpile)));
        registry.Register("qiskit.exceptions", m => m.Add("QiskitError", QiskitExceptions.QiskitError));
        registry.Register("qiskit.circuit.exceptions", m => m.Add("CircuitError", QiskitExceptions.CircuitError));
        registry.Register("qiskit.circuit", m =>
        {
            m.AddType(PyQuantumCircuit.TypeObject);
            m.AddType(PyRegister.QuantumRegisterType);
            m.AddType(PyRegister.ClassicalRegisterType);
            m.AddType(PyBit.QubitType);
            m.AddType(PyBit.ClbitType);
            m.AddType(PyParameterExpression.ParameterType);
            m.AddType(PyParameterExpression.ExpressionType);
            m.AddType(PyParameterVector.TypeObject);
            m.AddType(PyInstruction.InstructionType);
            m.AddType(PyInstruction.GateType);
            m.AddType(PyInstruction.ControlledGateType);
            m.AddType(PyInstruction.MeasureType);
            m.AddType(PyInstruction.ResetType);
            m.AddType(PyInstruction.BarrierType);
            m.AddType(PyCircuitInstruction.TypeObject);
            m.Add("CircuitError", QiskitExceptions.CircuitError);
        });
        registry.Register("qiskit.circuit.library.standard_gates", m =>
        {
            foreach (var type in PyInstruction.StandardGateTypes) m.AddType(type);
        });
        registry.Register("qiskit.circuit.library", m =>
        {
            foreach (var type in PyInstruction.StandardGateTypes) m.AddType(type);
            m.Add("CnotGate", PyInstruction.StandardGateTypes.First(t => t.Name == "CXGate"));
            m.AddType(PyInstruction.MeasureType);
            m.AddType(PyInstruction.ResetType);
            m.AddType(PyInstruction.BarrierType);
            Library.CircuitLibrary.Populate(m);
        });
    }

    /// <summary>
    /// <c>marginal_counts(counts, indices)</c>: counts over the listed classical bits only (bit 0 is the
    /// rightmost character; register spaces are ignored), keys in first-appearance order.
    /// </summary>
    private static PyObject MarginalCounts(ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var a = new ArgReader("marginal_counts", args, kw, ["result", "indices", "inplace", "format_marginal", "marginalize_memory"], required: 1);
        if (a.Required(0) is not PyDict counts) throw PyExc.TypeError("marginal_counts in the embedded engine takes a counts dict");
        int[]? indices = a.Optional(1) is { } i and not PyNone ? PyOps.ToArray(i).Select(PyConvert.ToInt32).ToArray() : null;
        var result = new PyDict();
        foreach (var (key, value) in counts.Items())
        {
            string bits = PyConvert.ToStr(key).Replace(" ", "", StringComparison.Ordinal);
            string marginal = indices is null ? bits
                : new string(indices.OrderByDescending(x => x).Select(x => x < bits.Length ? bits[bits.Length - 1 - x] : throw PyExc.ValueError($"Bit index {x} is out of range")).ToArray());
            var k = PyStr.Create(marginal);
            long previous = result.GetOrNull(k) is { } p ? PyConvert.ToLong(p) : 0;
            result.SetItem(k, PyInt.Create(previous + PyConvert.ToLong(value)));
        }
        return result;
    }

    private static void RegisterQasm(ModuleRegistry registry)
    {
        registry.Register("qiskit.qasm2", m =>
        {
            m.Add("dumps", Function("dumps", "qiskit.qasm2", (args, kw) =>
            {
                var a = new ArgReader("dumps", args, kw, ["circuit"]);
                return PyStr.Create(Quantum.Qasm.Qasm2Exporter.Dumps(PyQuantumCircuit.Unwrap(a.Required(0))));
            }));
            m.Add("loads", Function("loads", "qiskit.qasm2", (args, kw) =>
            {
                var a = new ArgReader("loads", args, kw, ["program", "include_path", "include_input_directory", "custom_instructions", "custom_classical", "strict"], required: 1);
                return new PyQuantumCircuit(Quantum.Qasm.Qasm2Parser.Loads(a.GetString(0, "")));
            }));
        });
        registry.Register("qiskit.qasm3", m =>
            m.Add("dumps", Function("dumps", "qiskit.qasm3", (args, kw) =>
            {
                var a = new ArgReader("dumps", args, kw, ["circuit"], required: 1);
                return PyStr.Create(Quantum.Qasm.Qasm3Exporter.Dumps(PyQuantumCircuit.Unwrap(a.Required(0))));
            })));
    }

    private static void RegisterQuantumInfo(ModuleRegistry registry) =>
        registry.Register("qiskit.quantum_info", m =>
        {
            m.AddType(PyStatevector.TypeObject);
            m.AddType(PySparsePauliOp.TypeObject);
            m.AddType(PyPauli.TypeObject);
            m.AddType(PyOperator.TypeObject);
            m.AddType(PyDensityMatrix.TypeObject);
            StateFunctions.Populate(m);
        });

    private static void RegisterPrimitives(ModuleRegistry registry) =>
        registry.Register("qiskit.primitives", m =>
        {
            m.AddType(PyPrimitive.StatevectorSamplerType);
            m.AddType(PyPrimitive.StatevectorEstimatorType);
            m.AddType(PyPrimitive.BackendSamplerType);
            m.AddType(PyPrimitive.BackendEstimatorType);
            m.AddType(PyPrimitiveResult.TypeObject);
            m.AddType(PyBitArray.TypeObject);
            m.AddType(PyDataBin.TypeObject);
            m.AddType(PyJob.PrimitiveJobType);
        });

    private static void RegisterTranspiler(ModuleRegistry registry)
    {
        var generate = Function("generate_preset_pass_manager", "qiskit.transpiler.preset_passmanagers", EmbeddedTranspiler.GeneratePresetPassManager);
        registry.Register("qiskit.transpiler", m =>
        {
            m.Add("generate_preset_pass_manager", generate);
            m.AddType(PyPassManager.PassManagerType);
            m.AddType(PyPassManager.StagedType);
            m.AddType(PyTranspileLayout.TypeObject);
            m.AddType(PyTarget.TypeObject);
            m.Add("TranspilerError", QiskitExceptions.TranspilerError);
        });
        registry.Register("qiskit.transpiler.preset_passmanagers", m => m.Add("generate_preset_pass_manager", generate));
        registry.Register("qiskit.transpiler.exceptions", m => m.Add("TranspilerError", QiskitExceptions.TranspilerError));
        registry.Register("qiskit.transpiler.passes", m =>
        {
            foreach (var type in PyTranspilerPass.PassTypes) m.AddType(type);
        });
        registry.Register("qiskit.transpiler.basepasses", m => m.AddType(PyTranspilerPass.BasePassType));
        registry.Register("qiskit.passmanager", m => m.AddType(PyPassManager.PassManagerType));
    }

    private static void RegisterProviders(ModuleRegistry registry)
    {
        registry.Register("qiskit_aer", m =>
        {
            m.AddType(PyAerSimulator.TypeObject);
            m.Add("__version__", PyStr.Create("0.17.1"));
        });
        registry.Register("qiskit_aer.primitives", m =>
        {
            m.AddType(PyPrimitive.AerSamplerType);
            m.AddType(PyPrimitive.AerEstimatorType);
        });
        registry.Register("qiskit_ibm_runtime", m =>
        {
            m.AddType(IbmRuntimeAccess.ServiceType);
            m.AddType(PyPrimitive.RuntimeSamplerType);
            m.AddType(PyPrimitive.RuntimeEstimatorType);
            m.Add("Sampler", PyPrimitive.RuntimeSamplerType);
            m.Add("Estimator", PyPrimitive.RuntimeEstimatorType);
            m.AddType(PyRuntimeSession.SessionType);
            m.AddType(PyRuntimeSession.BatchType);
            m.Add("__version__", PyStr.Create("0.41.0"));
        });
        registry.Register("qiskit.providers.basic_provider", m => m.AddType(PyAerSimulator.BasicSimulatorType));
        registry.Register("qiskit_ibm_runtime.exceptions", m => m.Add("IBMRuntimeError", IbmRuntimeAccess.RuntimeError));
        registry.Register("qiskit_ibm_runtime.fake_provider", m => m.LazyAttribute = PyAerSimulator.FakeBackendType);
    }
}
