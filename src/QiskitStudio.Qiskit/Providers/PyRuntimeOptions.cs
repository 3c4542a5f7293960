using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Qiskit.Providers;

/// <summary>
/// The <c>.options</c> of the IBM runtime primitives: any attribute may be set, and the nested
/// groups (<c>dynamical_decoupling</c>, <c>twirling</c>, <c>resilience</c>…) exist on first read, so
/// <c>sampler.options.dynamical_decoupling.enable = True</c> works. Settings are recorded, not acted on,
/// except <c>default_shots</c> and <c>seed_estimator</c>/<c>simulator.seed_simulator</c>.
/// </summary>
internal sealed class PyRuntimeOptions : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    private static readonly HashSet<string> s_groups = new(StringComparer.Ordinal)
    {
        "dynamical_decoupling", "twirling", "resilience", "execution", "environment", "simulator", "experimental",
        "zne", "pec", "layer_noise_learning", "measure_noise_learning", "noise_learner", "transpilation",
    };

    private readonly List<string> _order = [];
    private readonly string _name;

    public PyRuntimeOptions(string name) : base(TypeObject) => _name = name;

    public override PyObject? GetAttributeOrNull(string name)
    {
        if (InstanceDict.TryGetValue(name, out var value)) return value;
        if (s_groups.Contains(name))
        {
            var group = new PyRuntimeOptions(ToClassName(name));
            Set(name, group);
            return group;
        }
        if (name.StartsWith("__", StringComparison.Ordinal)) return base.GetAttributeOrNull(name);
        return base.GetAttributeOrNull(name) ?? PyNone.Instance;
    }

    public override void SetAttribute(string name, PyObject value) => Set(name, value);

    private void Set(string name, PyObject value)
    {
        if (!InstanceDict.ContainsKey(name)) _order.Add(name);
        InstanceDict[name] = value;
    }

    /// <summary>Copies a dict of settings (nested dicts become groups), as <c>options={...}</c> does.</summary>
    public void Update(PyDict settings)
    {
        foreach (var (key, value) in settings.Items())
        {
            string name = PyConvert.ToStr(key);
            if (value is PyDict nested)
            {
                var group = GetAttributeOrNull(name) as PyRuntimeOptions ?? new PyRuntimeOptions(ToClassName(name));
                group.Update(nested);
                Set(name, group);
            }
            else Set(name, value);
        }
    }

    /// <summary>A setting as a number, following dotted groups ("simulator.seed_simulator"); null when unset.</summary>
    public long? GetInteger(string path)
    {
        PyObject current = this;
        foreach (var part in path.Split('.'))
        {
            if (current is not PyRuntimeOptions o || !o.InstanceDict.TryGetValue(part, out var next)) return null;
            current = next;
        }
        return current is PyInt i ? PyConvert.ToLong(i) : null;
    }

    public override string Repr() =>
        $"{_name}({string.Join(", ", _order.Select(n => $"{n}={PyOps.Repr(InstanceDict[n])}"))})";

    private static string ToClassName(string name) =>
        string.Concat(name.Split('_').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..])) + "Options";

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("Options", module: "qiskit_ibm_runtime.options");
        t.AddMethod("update", (self, args, kw) =>
        {
            var options = (PyRuntimeOptions)self;
            if (args.Length == 1 && args[0] is PyDict d) options.Update(d);
            if (kw is not null) options.Update(kw.ToDict());
            return PyNone.Instance;
        });
        return t.Freeze();
    }
}
