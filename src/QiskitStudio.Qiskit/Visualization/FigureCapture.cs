namespace QiskitStudio.Qiskit.Visualization;

/// <summary>One figure a program made: a kind ("circuit", "histogram", "bloch") and an SVG picture.</summary>
public sealed record RuntimeFigure(int Number, string Kind, string Svg);

/// <summary>
/// Collects the figures of the runs started inside it (<c>qc.draw("mpl")</c>, <c>plot_histogram</c>…).
/// The capture flows with the execution context, so a host opens one around <c>engine.Run</c>:
/// <code>
/// using var figures = FigureCapture.Begin();
/// var result = engine.Run(source);
/// foreach (var figure in figures.Figures) { … figure.Svg … }
/// </code>
/// Without a capture, figure calls only print their marker line.
/// </summary>
public sealed class FigureCapture : IDisposable
{
    private static readonly AsyncLocal<FigureCapture?> s_current = new();

    private readonly FigureCapture? _previous;
    private readonly List<RuntimeFigure> _figures = [];
    private readonly Lock _gate = new();

    private FigureCapture(FigureCapture? previous) => _previous = previous;

    /// <summary>Starts collecting figures for the code run from here until disposal.</summary>
    public static FigureCapture Begin()
    {
        var capture = new FigureCapture(s_current.Value);
        s_current.Value = capture;
        return capture;
    }

    /// <summary>The figures recorded so far, in order.</summary>
    public IReadOnlyList<RuntimeFigure> Figures
    {
        get
        {
            lock (_gate) return [.. _figures];
        }
    }

    internal static FigureCapture? Current => s_current.Value;

    internal RuntimeFigure Add(string kind, string svg)
    {
        lock (_gate)
        {
            var figure = new RuntimeFigure(_figures.Count + 1, kind, svg);
            _figures.Add(figure);
            return figure;
        }
    }

    public void Dispose() => s_current.Value = _previous;
}
