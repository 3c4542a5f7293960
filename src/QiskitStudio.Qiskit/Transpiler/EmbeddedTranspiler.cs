using QiskitStudio.Python.Runtime;
using QiskitStudio.Qiskit.Circuit;
using QiskitStudio.Qiskit.Interop;

namespace QiskitStudio.Qiskit.Transpiler;

/// <summary>
/// The embedded engine's transpiler: the simulator runs every gate it is given, so transpiling
/// returns an equivalent copy of each circuit on the same qubits. Backend, optimization level,
/// layout, routing and basis-gate arguments are accepted and do not change the circuit.
/// </summary>
internal static class EmbeddedTranspiler
{
    /// <summary>The copy a pass manager or <c>transpile</c> returns, with an identity layout.</summary>
    public static PyObject Run(PyObject circuits, bool withLayout)
    {
        if (circuits is PyQuantumCircuit single) return Copy(single, withLayout);
        return PyList.FromEnumerable(PyOps.ToArray(circuits).Select(c => c is PyQuantumCircuit qc
            ? Copy(qc, withLayout)
            : throw QiskitExceptions.Qiskit($"Transpiler input must be a QuantumCircuit, not '{c.Type.Name}'")));
    }

    private static PyObject Copy(PyQuantumCircuit circuit, bool withLayout) =>
        new PyQuantumCircuit(circuit.Circuit.Copy())
        {
            Layout = withLayout ? new PyTranspileLayout(circuit.Circuit.NumQubits) : circuit.Layout,
            SaveStatevectorAt = circuit.SaveStatevectorAt,
        };

    /// <summary><c>qiskit.transpile(circuits, backend=None, …)</c>.</summary>
    public static PyObject Transpile(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        if (args.Length == 0) throw PyExc.TypeError("transpile() missing 1 required positional argument: 'circuits'");
        var level = kwargs?.Get("optimization_level");
        if (level is PyInt l && PyConvert.ToLong(l) is < 0 or > 3)
            throw QiskitExceptions.TranspilerErrorOf($"Invalid optimization level {PyConvert.ToLong(l)}.");
        return Run(args[0], withLayout: true);
    }

    /// <summary><c>generate_preset_pass_manager(optimization_level=2, backend=None, target=None, …)</c>.</summary>
    public static PyObject GeneratePresetPassManager(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var level = args.Length > 0 ? args[0] : kwargs?.Get("optimization_level");
        if (level is PyInt l && PyConvert.ToLong(l) is < 0 or > 3)
            throw PyExc.ValueError($"Invalid optimization level {PyConvert.ToLong(l)}.");
        return new PyPassManager(PyPassManager.StagedType);
    }
}

/// <summary>
/// A pass manager (<c>PassManager</c>, or the <c>StagedPassManager</c> that
/// <c>generate_preset_pass_manager</c> returns): passes and stages may be set and appended, and
/// <c>run</c> returns the circuit unchanged (copied, with an identity layout).
/// </summary>
internal sealed class PyPassManager : PyNativeObject
{
    public static readonly PyType PassManagerType = CreateType("PassManager", "qiskit.passmanager.passmanager", null);
    public static readonly PyType StagedType = CreateType("StagedPassManager", "qiskit.transpiler.passmanager", PassManagerType);

    private static readonly string[] s_stages =
        ["pre_init", "init", "post_init", "pre_layout", "layout", "post_layout", "pre_routing", "routing", "post_routing",
         "pre_translation", "translation", "post_translation", "pre_optimization", "optimization", "post_optimization",
         "pre_scheduling", "scheduling", "post_scheduling"];

    private readonly PyList _passes = new();

    public PyPassManager(PyType type) : base(type)
    {
        if (type == StagedType)
            foreach (var stage in s_stages) InstanceDict[stage] = PyNone.Instance;
    }

    private static PyType CreateType(string name, string module, PyType? baseType)
    {
        var t = PyType.CreateBuiltin(name, baseType, module, newFunction: (cls, args, kw) =>
        {
            var pm = new PyPassManager(cls);
            var passes = args.Length > 0 ? args[0] : kw?.Get("passes");
            if (passes is not null and not PyNone) pm.Append(passes);
            return pm;
        });
        if (baseType is null)
        {
            t.AddMethod("run", QiskitExceptions.Guard((_, args, kw) =>
            {
                var a = new ArgReader("run", args, kw, ["circuits", "output_name", "callback", "num_processes", "property_set"], required: 1);
                return EmbeddedTranspiler.Run(a.Required(0), withLayout: true);
            }));
            t.AddMethod("append", (self, args, kw) =>
            {
                var a = new ArgReader("append", args, kw, ["tasks"]);
                ((PyPassManager)self).Append(a.Required(0));
                return PyNone.Instance;
            });
            t.AddMethod("passes", (self, _, _) => PyList.FromSpan(((PyPassManager)self)._passes.AsSpan()));
            t.AddMethod("draw", (_, _, _) => PyNone.Instance);
            t.AddMethod("to_flow_controller", (self, _, _) => self);
        }
        return t.Freeze();
    }

    private void Append(PyObject tasks)
    {
        if (tasks is PyList or PyTuple)
            foreach (var task in PyOps.ToArray(tasks)) _passes.Append(task);
        else _passes.Append(tasks);
    }
}

/// <summary>
/// A transpiler pass class of <c>qiskit.transpiler.passes</c>: it accepts its arguments and does
/// nothing to the circuit (the embedded transpiler keeps circuits as they are).
/// </summary>
internal sealed class PyTranspilerPass : PyNativeObject
{
    public static readonly PyType BasePassType = PyType.CreateBuiltin("BasePass", module: "qiskit.transpiler.basepasses").Freeze();

    /// <summary>The passes the Transpiler Pass node offers, plus common layout and routing passes.</summary>
    public static readonly string[] PassNames =
    [
        "Optimize1qGates", "Optimize1qGatesDecomposition", "Optimize1qGatesSimpleCommutation", "CommutationAnalysis",
        "CommutativeCancellation", "CommutativeInverseCancellation", "ConsolidateBlocks", "Collect1qRuns", "Collect2qBlocks",
        "CollectMultiQBlocks", "CollectCliffords", "CollectLinearFunctions", "CollectAndCollapse", "InverseCancellation",
        "ElidePermutations", "HoareOptimizer", "LightCone", "OptimizeAnnotated", "OptimizeCliffords",
        "RemoveDiagonalGatesBeforeMeasure", "RemoveFinalReset", "RemoveIdentityEquivalent", "RemoveResetInZeroState",
        "ResetAfterMeasureSimplification", "Split2QUnitaries", "TemplateOptimization", "ContractIdleWiresInControlFlow",
        "RemoveBarriers", "RemoveFinalMeasurements", "SabreLayout", "SabreSwap", "TrivialLayout", "DenseLayout",
        "SetLayout", "ApplyLayout", "FullAncillaAllocation", "EnlargeWithAncilla", "BasisTranslator", "Unroll3qOrMore",
        "HighLevelSynthesis", "Decompose", "GateDirection", "CheckMap", "Depth", "Size", "CountOps", "ALAPScheduleAnalysis",
        "ASAPScheduleAnalysis", "PadDynamicalDecoupling", "BarrierBeforeFinalMeasurements",
    ];

    /// <summary>One Python class per name of <see cref="PassNames"/>, built once.</summary>
    public static readonly IReadOnlyList<PyType> PassTypes = PassNames.Select(CreatePassType).ToArray();

    private readonly string _arguments;

    private PyTranspilerPass(PyType type, string arguments) : base(type) => _arguments = arguments;

    public override string Repr() => $"{Type.Name}({_arguments})";

    private static PyType CreatePassType(string name) =>
        PyType.CreateBuiltin(name, BasePassType, "qiskit.transpiler.passes", newFunction: (cls, args, kw) =>
        {
            var parts = args.ToArray().Select(PyOps.Repr).ToList();
            if (kw is not null)
                for (int i = 0; i < kw.Count; i++) parts.Add($"{kw.NameAt(i)}={PyOps.Repr(kw.ValueAt(i))}");
            return new PyTranspilerPass(cls, string.Join(", ", parts));
        }).Freeze();
}
