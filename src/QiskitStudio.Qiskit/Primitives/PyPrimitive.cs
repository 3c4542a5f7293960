using QiskitStudio.Python.Runtime;
using QiskitStudio.Qiskit.Interop;
using QiskitStudio.Qiskit.Providers;

namespace QiskitStudio.Qiskit.Primitives;

/// <summary>
/// A V2 sampler or estimator. The same C# class stands behind Qiskit's reference primitives
/// (<c>StatevectorSampler</c>, <c>StatevectorEstimator</c>), Aer's (<c>qiskit_aer.primitives.SamplerV2</c>…)
/// and the IBM runtime's in local mode (<c>qiskit_ibm_runtime.SamplerV2(mode=AerSimulator())</c>):
/// all run on the statevector simulator.
/// </summary>
internal sealed class PyPrimitive : PyNativeObject
{
    public static readonly PyType StatevectorSamplerType = CreateType("StatevectorSampler", "qiskit.primitives.statevector_sampler", sampler: true, flavour: Flavour.Reference);
    public static readonly PyType StatevectorEstimatorType = CreateType("StatevectorEstimator", "qiskit.primitives.statevector_estimator", sampler: false, flavour: Flavour.Reference);
    public static readonly PyType AerSamplerType = CreateType("SamplerV2", "qiskit_aer.primitives.sampler_v2", sampler: true, flavour: Flavour.Aer);
    public static readonly PyType AerEstimatorType = CreateType("EstimatorV2", "qiskit_aer.primitives.estimator_v2", sampler: false, flavour: Flavour.Aer);
    public static readonly PyType RuntimeSamplerType = CreateType("SamplerV2", "qiskit_ibm_runtime.sampler", sampler: true, flavour: Flavour.Runtime);
    public static readonly PyType RuntimeEstimatorType = CreateType("EstimatorV2", "qiskit_ibm_runtime.estimator", sampler: false, flavour: Flavour.Runtime);

    public static readonly PyType BackendSamplerType = CreateType("BackendSamplerV2", "qiskit.primitives.backend_sampler_v2", sampler: true, flavour: Flavour.Backend);
    public static readonly PyType BackendEstimatorType = CreateType("BackendEstimatorV2", "qiskit.primitives.backend_estimator_v2", sampler: false, flavour: Flavour.Backend);

    private enum Flavour { Reference, Aer, Runtime, Backend }

    private PyPrimitive(PyType type, bool sampler, Flavour flavour) : base(type)
    {
        IsSampler = sampler;
        Kind = flavour;
        Options = new PyRuntimeOptions(sampler ? "SamplerOptions" : "EstimatorOptions");
    }

    private bool IsSampler { get; }

    private Flavour Kind { get; }

    private int DefaultShots { get; set; } = 1024;

    private double DefaultPrecision { get; set; }

    private int? Seed { get; set; }

    private PyObject Mode { get; set; } = PyNone.Instance;

    public PyRuntimeOptions Options { get; }

    private int Shots() => Kind == Flavour.Runtime && Options.GetInteger("default_shots") is { } s ? (int)s : DefaultShots;

    private int? EffectiveSeed() =>
        Seed ?? (int?)(Options.GetInteger("simulator.seed_simulator") ?? Options.GetInteger("seed_estimator") ?? Options.GetInteger("run_options.seed_simulator"));

    private static PyType CreateType(string name, string module, bool sampler, Flavour flavour)
    {
        var t = PyType.CreateBuiltin(name, module: module, newFunction: (cls, args, kw) =>
        {
            var p = new PyPrimitive(cls, sampler, flavour);
            p.Configure(args, kw);
            return p;
        });
        t.AddMethod("run", QiskitExceptions.Guard((self, args, kw) => ((PyPrimitive)self).Run(args, kw)));
        t.AddProperty("options", self => ((PyPrimitive)self).Options);
        t.AddProperty("mode", self => ((PyPrimitive)self).Mode);
        t.AddProperty("default_shots", self => PyInt.Create(((PyPrimitive)self).Shots()));
        t.AddProperty("default_precision", self => PyFloat.Create(((PyPrimitive)self).DefaultPrecision));
        t.AddProperty("seed", self => ((PyPrimitive)self).Seed is { } s ? PyInt.Create(s) : PyNone.Instance);
        t.AddMethod("backend", (self, _, _) => ((PyPrimitive)self).Mode is PyAerSimulator b ? b : PyNone.Instance);
        return t.Freeze();
    }

    private void Configure(ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        switch (Kind)
        {
            case Flavour.Reference:
            {
                var a = new ArgReader(Type.Name, args, kw, IsSampler ? ["default_shots", "seed"] : ["default_precision", "seed"], required: 0, positionalOnly: 0);
                if (args.Length > 0) throw PyExc.TypeError($"{Type.Name}.__init__() takes 1 positional argument but {args.Length + 1} were given");
                if (IsSampler) DefaultShots = (int)a.GetLongOrNone(0, 1024);
                else DefaultPrecision = a.GetDouble(0, 0.0);
                Seed = a.Optional(1) is PyInt s ? (int)PyConvert.ToLong(s) : null;
                break;
            }
            case Flavour.Aer:
            {
                var a = new ArgReader(Type.Name, args, kw, IsSampler ? ["default_shots", "seed", "options"] : ["options"], required: 0);
                if (IsSampler)
                {
                    DefaultShots = (int)a.GetLongOrNone(0, 1024);
                    Seed = a.Optional(1) is PyInt s ? (int)PyConvert.ToLong(s) : null;
                }
                if (a.Optional(IsSampler ? 2 : 0) is PyDict d) Options.Update(d);
                break;
            }
            case Flavour.Backend:
            {
                var a = new ArgReader(Type.Name, args, kw, ["backend", "options"], required: 1);
                Mode = a.Required(0);
                if (a.Optional(1) is PyDict d) Options.Update(d);
                DefaultShots = (int)(Options.GetInteger("default_shots") ?? 1024);
                Seed = Options.GetInteger("seed_simulator") is { } seed ? (int)seed : null;
                break;
            }
            case Flavour.Runtime:
            {
                var a = new ArgReader(Type.Name, args, kw, ["mode", "options", "backend", "session"], required: 0);
                Mode = a.Optional(0) ?? a.Optional(2) ?? a.Optional(3) ?? PyNone.Instance;
                if (Mode is PyRuntimeSession session) Mode = session;
                DefaultShots = 4096;
                if (a.Optional(1) is PyDict d) Options.Update(d);
                break;
            }
        }
    }

    private PyObject Run(ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var a = new ArgReader("run", args, kw, ["pubs", IsSampler ? "shots" : "precision"], required: 1);
        var result = IsSampler
            ? PrimitiveExecution.Sample(a.Required(0), a.Optional(1), Shots(), EffectiveSeed())
            : PrimitiveExecution.Estimate(a.Required(0), a.Optional(1), DefaultPrecision, EffectiveSeed(), dropFinalMeasurements: Kind != Flavour.Reference);
        return new PyJob(PyJob.PrimitiveJobType, result);
    }
}
