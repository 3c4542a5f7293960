using QiskitStudio.Python.Runtime;
using QiskitStudio.Qiskit.Circuit;
using QiskitStudio.Qiskit.Interop;
using QiskitStudio.Qiskit.QuantumInfo;

namespace QiskitStudio.Qiskit.Visualization;

/// <summary>The functions of <c>qiskit.visualization</c>: each records an SVG figure and returns a <c>Figure</c>.</summary>
internal static class VisualizationFunctions
{
    public static void Populate(PyModule m)
    {
        m.AddFunction("plot_histogram", QiskitExceptions.Guard((args, kw) => Histogram("plot_histogram", args, kw, probabilities: false)));
        m.AddFunction("plot_distribution", QiskitExceptions.Guard((args, kw) => Histogram("plot_distribution", args, kw, probabilities: true)));
        m.AddFunction("plot_bloch_multivector", QiskitExceptions.Guard((args, kw) => Bloch("plot_bloch_multivector", args, kw)));
        foreach (var name in new[] { "plot_state_city", "plot_state_qsphere", "plot_state_hinton", "plot_state_paulivec" })
            m.AddFunction(name, QiskitExceptions.Guard((args, kw) => StateBars(name, args, kw)));
        m.AddFunction("circuit_drawer", QiskitExceptions.Guard((args, kw) =>
        {
            var a = new ArgReader("circuit_drawer", args, kw, ["circuit", "scale", "filename", "style", "output"], required: 1);
            var circuit = PyQuantumCircuit.Unwrap(a.Required(0));
            string output = a.GetStringOrNone(4) ?? "text";
            return output == "text" ? PyOps.CallMethod(a.Required(0), "draw", []) : Figures.Record("circuit", circuit.DrawSvg());
        }));
    }

    private static PyObject Histogram(string name, ReadOnlySpan<PyObject> args, KeywordArguments? kw, bool probabilities)
    {
        var a = new ArgReader(name, args, kw, ["data", "figsize", "color", "number_to_keep", "sort", "target_string", "legend", "bar_labels", "title", "ax", "filename"], required: 1);
        var data = a.Required(0);
        var first = data is PyDict d ? d : PyOps.ToArray(data).FirstOrDefault() as PyDict
            ?? throw PyExc.TypeError($"{name}() expects a dict of counts or a list of them");
        var bars = first.Items().Select(kv => (Key: PyOps.Str(kv.Key), Value: PyConvert.ToDouble(kv.Value))).ToList();
        bool integers = first.Items().All(kv => kv.Value is PyInt);
        if (probabilities && integers)
        {
            double total = bars.Sum(b => b.Value);
            bars = bars.Select(b => (b.Key, total == 0 ? 0 : b.Value / total)).ToList();
            integers = false;
        }
        string sort = a.GetStringOrNone(4) ?? "asc";
        bars = sort switch
        {
            "desc" => bars.OrderByDescending(b => b.Key, StringComparer.Ordinal).ToList(),
            "value" => bars.OrderBy(b => b.Value).ToList(),
            "value_desc" => bars.OrderByDescending(b => b.Value).ToList(),
            _ => bars.OrderBy(b => b.Key, StringComparer.Ordinal).ToList(),
        };
        if (a.Optional(3) is PyInt keep)
        {
            int n = (int)PyConvert.ToLong(keep);
            bars = bars.OrderByDescending(b => b.Value).Take(n).OrderBy(b => b.Key, StringComparer.Ordinal).ToList();
        }
        return Figures.Record("histogram", Figures.Histogram(bars, integers));
    }

    private static PyStatevector State(PyObject value) => value switch
    {
        PyStatevector s => s,
        PyQuantumCircuit c => PyStatevector.FromCircuit(c.Circuit),
        _ => throw PyExc.TypeError($"expected a Statevector or a QuantumCircuit, not '{value.Type.Name}'"),
    };

    private static PyObject Bloch(string name, ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var a = new ArgReader(name, args, kw, ["state", "title", "figsize", "reverse_bits", "filename", "font_size", "title_font_size", "title_pad"], required: 1);
        return Figures.Record("bloch", Figures.BlochSpheres(State(a.Required(0)).BlochVectors()));
    }

    private static PyObject StateBars(string name, ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        if (args.Length == 0) throw PyExc.TypeError($"{name}() missing 1 required positional argument: 'state'");
        var state = State(args[0]);
        var bars = state.Amplitudes.Select((amp, i) => (Convert.ToString(i, 2).PadLeft(state.NumQubits, '0'), amp.Magnitude * amp.Magnitude)).ToList();
        return Figures.Record("state", Figures.Histogram(bars, integers: false));
    }
}
