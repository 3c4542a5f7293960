using QiskitStudio.Quantum.Drawing;

namespace QiskitStudio.Quantum.Tests.Drawing;

/// <summary>
/// A drawing published by Qiskit, kept in Drawing/Fixtures/NAME.txt: a "# source:" line saying
/// where it was taken from, a "# options:" line with the draw options used, "----", then the drawing.
/// </summary>
internal sealed record DrawingFixture(string Name, string Source, TextDrawingOptions Options, string Expected, bool TrimTrailingWhitespace)
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Drawing", "Fixtures");

    public static IEnumerable<string> Names() =>
        System.IO.Directory.GetFiles(Directory, "*.txt").Select(Path.GetFileNameWithoutExtension).Order()!;

    public static DrawingFixture Load(string name)
    {
        string text = File.ReadAllText(Path.Combine(Directory, name + ".txt")).Replace("\r\n", "\n");
        int separator = text.IndexOf("\n----\n", StringComparison.Ordinal);
        string header = text[..separator];
        string expected = text[(separator + 6)..];
        string source = "", options = "";
        foreach (var line in header.Split('\n'))
        {
            if (line.StartsWith("# source:", StringComparison.Ordinal)) source = line[9..].Trim();
            if (line.StartsWith("# options:", StringComparison.Ordinal)) options = line[10..].Trim();
        }
        bool trim = options.Contains("trim_trailing_whitespace=true", StringComparison.Ordinal);
        options = options.Replace("trim_trailing_whitespace=true", "", StringComparison.Ordinal);
        return new DrawingFixture(name, source, ParseOptions(options), expected, trim);
    }

    /// <summary>The drawing as published; for sources that lost trailing spaces, compare without them.</summary>
    public string Normalise(string drawing) =>
        TrimTrailingWhitespace ? string.Join("\n", drawing.Split('\n').Select(l => l.TrimEnd())) : drawing;

    private static TextDrawingOptions ParseOptions(string text)
    {
        var o = new TextDrawingOptions();
        foreach (var item in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split('=');
            string value = parts.Length > 1 ? parts[1] : "true";
            o = parts[0] switch
            {
                "initial_state" => o with { InitialState = bool.Parse(value) },
                "cregbundle" => o with { CregBundle = bool.Parse(value) },
                "justify" => o with { Justify = value },
                "reverse_bits" => o with { ReverseBits = bool.Parse(value) },
                "plot_barriers" => o with { PlotBarriers = bool.Parse(value) },
                "fold" => o with { Fold = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "vertical_compression" => o with { VerticalCompression = value },
                _ => throw new InvalidOperationException($"Unknown drawing option '{parts[0]}'."),
            };
        }
        return o;
    }
}
