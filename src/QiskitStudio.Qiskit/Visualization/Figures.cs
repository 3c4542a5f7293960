using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Qiskit.Visualization;

/// <summary>
/// Figures made by a program (<c>draw("mpl")</c>, <c>plot_histogram</c>, <c>plot_bloch_multivector</c>):
/// each is recorded in the current <see cref="FigureCapture"/> (if any) and announced with a
/// marker line <c>[figure N: kind]</c> on standard output.
/// </summary>
internal static class Figures
{
    private static readonly ConditionalWeakTable<PyContext, StrongBox<int>> s_counters = new();

    /// <summary>Records a figure and returns the Python <c>Figure</c> object standing for it.</summary>
    public static PyObject Record(string kind, string svg)
    {
        int number;
        if (FigureCapture.Current is { } capture) number = capture.Add(kind, svg).Number;
        else number = ++s_counters.GetOrCreateValue(PyContext.Current).Value;
        PyContext.Current.WriteStdout($"[figure {number}: {kind}]\n");
        return new PyFigure(number, kind);
    }

    /// <summary>A plain SVG bar chart of counts or probabilities, keys in the order given.</summary>
    public static string Histogram(IReadOnlyList<(string Key, double Value)> bars, bool integers)
    {
        const int width = 640, height = 360, left = 60, bottom = 60, top = 20;
        double max = bars.Count == 0 ? 1 : Math.Max(bars.Max(b => b.Value), 1e-12);
        double slot = bars.Count == 0 ? 0 : (width - left - 20) / (double)bars.Count;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{width - 10}\" y2=\"{height - bottom}\" stroke=\"black\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{height - bottom}\" stroke=\"black\"/>");
        for (int i = 0; i < bars.Count; i++)
        {
            var (key, value) = bars[i];
            double h = (height - bottom - top) * value / max;
            double x = left + i * slot + slot * 0.15;
            double w = slot * 0.7;
            double y = height - bottom - h;
            string label = integers ? ((long)value).ToString(CultureInfo.InvariantCulture) : value.ToString("0.###", CultureInfo.InvariantCulture);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.##}\" y=\"{y:0.##}\" width=\"{w:0.##}\" height=\"{h:0.##}\" fill=\"#648fff\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + w / 2:0.##}\" y=\"{y - 4:0.##}\" font-size=\"12\" text-anchor=\"middle\" font-family=\"sans-serif\">{label}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + w / 2:0.##}\" y=\"{height - bottom + 18}\" font-size=\"12\" text-anchor=\"middle\" font-family=\"monospace\">{Escape(key)}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"16\" y=\"{(height - bottom + top) / 2}\" font-size=\"13\" font-family=\"sans-serif\" transform=\"rotate(-90 16 {(height - bottom + top) / 2})\" text-anchor=\"middle\">{(integers ? "Count" : "Probability")}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>One circle per qubit with its Bloch vector projected on the x-z plane.</summary>
    public static string BlochSpheres(IReadOnlyList<(double X, double Y, double Z)> vectors)
    {
        const int size = 180;
        var svg = new StringBuilder();
        int width = Math.Max(1, vectors.Count) * size;
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{size + 20}\" viewBox=\"0 0 {width} {size + 20}\">");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
        for (int q = 0; q < vectors.Count; q++)
        {
            double cx = q * size + size / 2.0, cy = size / 2.0, r = size * 0.38;
            var (x, y, z) = vectors[q];
            double px = cx + r * (x * 0.9 - y * 0.35), py = cy - r * (z * 0.9 - y * 0.2);
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{cx:0.##}\" cy=\"{cy:0.##}\" r=\"{r:0.##}\" fill=\"none\" stroke=\"#888\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<ellipse cx=\"{cx:0.##}\" cy=\"{cy:0.##}\" rx=\"{r:0.##}\" ry=\"{r * 0.3:0.##}\" fill=\"none\" stroke=\"#ccc\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{cx:0.##}\" y1=\"{cy:0.##}\" x2=\"{px:0.##}\" y2=\"{py:0.##}\" stroke=\"#dc267f\" stroke-width=\"3\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{cx:0.##}\" y=\"{size + 12}\" font-size=\"13\" text-anchor=\"middle\" font-family=\"sans-serif\">qubit {q}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}

/// <summary>The object figure functions return (a stand-in for matplotlib's <c>Figure</c>).</summary>
internal sealed class PyFigure : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    public PyFigure(int number, string kind) : base(TypeObject)
    {
        Number = number;
        Kind = kind;
    }

    public int Number { get; }

    public string Kind { get; }

    public override string Repr() => $"<Figure {Number}: {Kind}>";

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("Figure", module: "matplotlib.figure");
        t.AddMethod("savefig", (_, _, _) => PyNone.Instance);
        t.AddMethod("show", (_, _, _) => PyNone.Instance);
        t.AddMethod("tight_layout", (_, _, _) => PyNone.Instance);
        t.AddMethod("set_size_inches", (_, _, _) => PyNone.Instance);
        return t.Freeze();
    }
}
