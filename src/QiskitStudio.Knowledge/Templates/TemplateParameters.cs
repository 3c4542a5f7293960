using System.Globalization;
using System.Text.RegularExpressions;

namespace QiskitStudio.Knowledge.Templates;

/// <summary>Values read from a code request ("5-qubit GHZ", "marked state 101", "secret 1011"); null when not given.</summary>
public sealed record TemplateParameters
{
    public int? Qubits { get; init; }
    public IReadOnlyList<string> MarkedStates { get; init; } = [];
    public string? Secret { get; init; }
    public string? Message { get; init; }
    public string? OracleKind { get; init; }
    public int? Shots { get; init; }
    public double? Phase { get; init; }
    public int? Reps { get; init; }
    public int? OptimizationLevel { get; init; }
    public int? Depth { get; init; }
    public double? Angle { get; init; }
    public double? Time { get; init; }
    public string? BellState { get; init; }
    public IReadOnlyList<(int U, int V)> Edges { get; init; } = [];

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["single"] = 1,
    };

    /// <summary>Reads the parameters a request states explicitly.</summary>
    public static TemplateParameters Extract(string request)
    {
        var t = " " + request.ToLowerInvariant().Replace('–', '-').Replace('—', '-') + " ";
        foreach (var (word, n) in NumberWords) t = Regex.Replace(t, @"\b" + word + @"(?=[\s-]*qubits?\b)", n.ToString(CultureInfo.InvariantCulture));

        int? qubits = FirstInt(t, @"(\d+)\s*-?\s*qubits?\b", @"\bn\s*=\s*(\d+)", @"\b(?:ghz|w|qft)\s*\(\s*(\d+)\s*\)", @"\bon\s+(\d+)\s+(?:wires|lines)", @"\bsize\s+(\d+)", @"\bwith\s+(\d+)\s+(?:qubits?|bits)", @"(\d+)\s*-?\s*(?:nodes?|vertices|vertex)\b");
        if (qubits is < 1 or > 24) qubits = null;

        var marked = new List<string>();
        var markedMatch = Regex.Match(t, @"\b(?:marked(?:\s+(?:states?|items?|elements?|bitstrings?))?|mark(?:ing)?|search(?:ing)?\s+for|find(?:ing)?|target(?:\s+states?)?|solutions?|looking\s+for)\s*(?:is|are|=|:|of)?\s*\|?(?<list>[01]{1,16}\>?(?:\s*(?:,|and|&|or)\s*\|?[01]{1,16}\>?)*)");
        if (markedMatch.Success)
            marked.AddRange(Regex.Matches(markedMatch.Groups["list"].Value, "[01]+").Select(m => m.Value));

        string? secret = FirstString(t, @"\bsecret(?:\s+(?:string|bitstring|key|bits|period|s))?\s*(?:is|=|:|of)?\s*([01]{1,16})\b",
            @"\bhidden\s+(?:string|bitstring|period|shift|pattern|key)?\s*(?:is|=|:|of)?\s*([01]{1,16})\b", @"\bs\s*=\s*([01]{1,16})\b", @"\bperiod\s*(?:is|=|:)?\s*([01]{1,16})\b");
        string? message = FirstString(t, @"\b(?:message|send(?:ing)?|bits|encode|encoding|transmit)\s*(?:is|=|:)?\s*['""]?([01]{2})\b");
        string? kind = Regex.IsMatch(t, @"\bbalanced\b") ? "balanced" : Regex.IsMatch(t, @"\bconstant\b") ? "constant" : null;
        int? shots = FirstInt(t, @"(\d[\d_,]*)\s*shots", @"\bshots\s*=\s*(\d[\d_,]*)");
        double? phase = null;
        var ph = Regex.Match(t, @"\bphase\s*(?:of|=|is|:)?\s*(?<num>\d+)\s*/\s*(?<den>\d+)");
        if (ph.Success && double.Parse(ph.Groups["den"].Value, CultureInfo.InvariantCulture) > 0)
            phase = double.Parse(ph.Groups["num"].Value, CultureInfo.InvariantCulture) / double.Parse(ph.Groups["den"].Value, CultureInfo.InvariantCulture);
        else phase = FirstDouble(t, @"\bphase\s*(?:of|=|is|:)?\s*(0?\.\d+|[01](?:\.\d+)?)\b", @"\bphi\s*=\s*(0?\.\d+)");
        int? reps = FirstInt(t, @"(\d+)\s*(?:reps|repetitions|layers)\b", @"\breps\s*=\s*(\d+)", @"\bp\s*=\s*(\d+)", @"\bdepth\s*p\s*=\s*(\d+)");
        int? opt = FirstInt(t, @"optimi[sz]ation[\s_-]*level\s*(?:=|of|:)?\s*([0-3])\b", @"\blevel\s*([0-3])\b");
        int? depth = FirstInt(t, @"\bdepth\s*(?:of|=|:)?\s*(\d+)");
        double? angle = FirstDouble(t, @"\b(?:theta|angle)\s*(?:of|=|:)?\s*(\d+(?:\.\d+)?)");
        double? time = FirstDouble(t, @"\b(?:time|t)\s*(?:of|=|:)\s*(\d+(?:\.\d+)?)", @"\bfor\s+time\s+(\d+(?:\.\d+)?)");
        var bellMatch = Regex.Match(t, @"\b(phi|psi)\s*([+-]|plus|minus)");
        string? bell = bellMatch.Success ? bellMatch.Groups[1].Value + (bellMatch.Groups[2].Value is "+" or "plus" ? "+" : "-") : null;

        var edges = new List<(int, int)>();
        foreach (Match e in Regex.Matches(t, @"\(\s*(\d+)\s*,\s*(\d+)\s*\)"))
            edges.Add((int.Parse(e.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(e.Groups[2].Value, CultureInfo.InvariantCulture)));
        foreach (Match e in Regex.Matches(t, @"\b(\d+)\s*-\s*(\d+)\b(?!\s*-?\s*qubit)"))
            if (Regex.IsMatch(t, @"\bedges?\b")) edges.Add((int.Parse(e.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(e.Groups[2].Value, CultureInfo.InvariantCulture)));

        return new TemplateParameters
        {
            Qubits = qubits, MarkedStates = marked, Secret = secret, Message = message, OracleKind = kind, Shots = shots is > 0 and <= 1_000_000 ? shots : null,
            Phase = phase, Reps = reps is > 0 and <= 20 ? reps : null, OptimizationLevel = opt, Depth = depth is > 0 and <= 100 ? depth : null,
            Angle = angle, Time = time, BellState = bell, Edges = edges.Where(e => e.Item1 != e.Item2).Distinct().ToList(),
        };
    }

    private static int? FirstInt(string t, params string[] patterns)
    {
        foreach (var p in patterns)
        {
            var m = Regex.Match(t, p);
            if (m.Success && int.TryParse(m.Groups[1].Value.Replace("_", "").Replace(",", ""), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)) return v;
        }
        return null;
    }

    private static double? FirstDouble(string t, params string[] patterns)
    {
        foreach (var p in patterns)
        {
            var m = Regex.Match(t, p);
            if (m.Success && double.TryParse(m.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return v;
        }
        return null;
    }

    private static string? FirstString(string t, params string[] patterns)
    {
        foreach (var p in patterns)
        {
            var m = Regex.Match(t, p);
            if (m.Success) return m.Groups[1].Value;
        }
        return null;
    }
}
