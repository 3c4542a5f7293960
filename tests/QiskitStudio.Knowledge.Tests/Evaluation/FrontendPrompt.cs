using System.Globalization;

namespace QiskitStudio.Knowledge.Tests.Evaluation;

/// <summary>Builds parameter-update prompts exactly as the frontend does (CONTRACT §2): header, bare fence, code,
/// NEW PARAMETERS block formatted with JavaScript's String(value), optional flags.</summary>
public static class FrontendPrompt
{
    /// <summary>A JavaScript value: string, int, double, bool, null (undefined) or an ordered object.</summary>
    public static string Build(string label, string code, string parameterName, object? value,
        bool preserveStructure = false, bool optimize = false, bool addNoise = false, bool visualize = false)
    {
        var block = parameterName == "molecule" ? Molecule((string)value!) : Format(parameterName, value);
        var flags = new List<string>();
        if (preserveStructure) flags.Add("    preserve_structure: true");
        if (optimize) flags.Add("    optimize: true");
        if (addNoise) flags.Add("    add_noise: true");
        if (visualize) flags.Add("    visualize: true");
        var extra = flags.Count > 0 ? "\n" + string.Join("\n", flags) : "";
        return $"###[{label}]\n\n```\n{code}\n```\n\nNEW PARAMETERS:\n\n{block}{extra}";
    }

    public static string JsString(object? value) => value switch
    {
        null => "undefined",
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        string s => s,
        _ => "[object Object]",
    };

    private static string Format(string name, object? value)
    {
        if (value is IEnumerable<KeyValuePair<string, object?>> obj)
            return string.Join("\n", obj.Select(kv => $"    {kv.Key}: {JsString(kv.Value)}"));
        return $"    {name}: {JsString(value)}";
    }

    /// <summary>The resilience_config object the Runtime node sends (keys in the node's order).</summary>
    public static List<KeyValuePair<string, object?>> Resilience(int level, bool? trex = null, bool? zne = null, bool pec = false, bool pea = false,
        bool dd = false, bool? twirling = null, bool? m3 = false, bool? gateFolding = false) =>
    [
        new("resilience_level", level),
        new("trex", trex ?? level >= 1),
        new("zne", zne ?? level >= 2),
        new("pec", pec),
        new("pea", pea),
        new("dynamical_decoupling", dd),
        new("gate_twirling", twirling ?? level >= 2),
        new("m3", m3),
        new("gate_folding", gateFolding),
    ];

    /// <summary>Molecule definitions in the shape the Chemistry node sends (our own comments and layout).</summary>
    public static readonly Dictionary<string, string> Molecules = new()
    {
        ["H2"] = "# H2: the smallest test molecule\nmol = pyscf.gto.Mole()\nmol.build(\n    atom=[[\"H\", (0.0, 0.0, 0.0)], [\"H\", (0.735, 0.0, 0.0)]],\n    basis=\"sto-3g\",\n    spin=0,\n    charge=0\n)",
        ["LiH"] = "# LiH: lithium hydride\nmol = pyscf.gto.Mole()\nmol.build(\n    atom=[[\"Li\", (0.0, 0.0, 0.0)], [\"H\", (1.6, 0.0, 0.0)]],\n    basis=\"sto-3g\",\n    spin=0,\n    charge=0\n)",
        ["N2"] = "# N2: nitrogen, triple bond\nmol = pyscf.gto.Mole()\nmol.build(\n    atom=[\n        [\"N\", (0.0, 0.0, 0.0)],\n        [\"N\", (1.1, 0.0, 0.0)]\n    ],\n    basis=\"6-31g\",\n    spin=0,\n    charge=0,\n    symmetry=\"Dooh\"\n)",
        ["H2O"] = "# H2O: water\nmol = pyscf.gto.Mole()\nmol.build(\n    atom=[\n        [\"O\", (0.0, 0.0, 0.0)],\n        [\"H\", (0.757, 0.586, 0.0)],\n        [\"H\", (-0.757, 0.586, 0.0)]\n    ],\n    basis=\"sto-3g\",\n    spin=0,\n    charge=0\n)",
        ["CH4"] = "# CH4: methane, tetrahedral\nmol = pyscf.gto.Mole()\nmol.build(\n    atom=[\n        [\"C\", (0.0, 0.0, 0.0)],\n        [\"H\", (0.63, 0.63, 0.63)],\n        [\"H\", (-0.63, -0.63, 0.63)],\n        [\"H\", (-0.63, 0.63, -0.63)],\n        [\"H\", (0.63, -0.63, -0.63)]\n    ],\n    basis=\"sto-3g\",\n    spin=0,\n    charge=0\n)",
    };

    private static string Molecule(string name)
    {
        var code = Molecules.TryGetValue(name, out var c) ? c : Molecules["H2"];
        return $"    Selected molecule: {name}\n    \nREPLACE THE ENTIRE MOLECULAR DEFINITION with this exact code (DO NOT include #### INPUT PYTHON or #### END INPUT PYTHON markers):\n\n{code}";
    }
}

/// <summary>Builds an expected body from the original by explicit line edits; each anchor must occur exactly once.</summary>
public sealed class ExpectedEdit(string code)
{
    private readonly List<string> _lines = code.Split('\n').ToList();

    private int Find(string line)
    {
        var hits = Enumerable.Range(0, _lines.Count).Where(i => _lines[i] == line).ToList();
        if (hits.Count != 1) throw new InvalidOperationException($"anchor line found {hits.Count} times: {line}");
        return hits[0];
    }

    public ExpectedEdit Replace(string oldLine, string newLine) { _lines[Find(oldLine)] = newLine; return this; }

    public ExpectedEdit InsertAfter(string anchor, params string[] lines) { _lines.InsertRange(Find(anchor) + 1, lines); return this; }

    public ExpectedEdit InsertBefore(string anchor, params string[] lines) { _lines.InsertRange(Find(anchor), lines); return this; }

    public ExpectedEdit Delete(string line) { _lines.RemoveAt(Find(line)); return this; }

    public string Body => string.Join("\n", _lines);

    public static implicit operator string(ExpectedEdit e) => e.Body;
}
