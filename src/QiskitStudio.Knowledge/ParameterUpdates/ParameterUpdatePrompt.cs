namespace QiskitStudio.Knowledge.ParameterUpdates;

/// <summary>A parameter-update prompt as the frontend builds it (CONTRACT §2): <c>###[Label]</c>, a bare fenced code
/// block with the node's current body, then <c>NEW PARAMETERS:</c> and the parameter block.</summary>
public sealed record ParameterUpdatePrompt(
    string Label,
    string Code,
    IReadOnlyList<KeyValuePair<string, string>> Parameters,
    string? Molecule,
    string? MoleculeCode,
    IReadOnlyList<string> Flags)
{
    private const string ParametersMarker = "\n```\n\nNEW PARAMETERS:\n\n";
    private static readonly string[] FlagNames = ["preserve_structure", "optimize", "add_noise", "visualize"];

    /// <summary>True when the text has the shape of a §2 prompt (cheap check, used by the intent classifier).</summary>
    public static bool LooksLikeParameterUpdate(string text)
    {
        var t = text.Replace("\r\n", "\n").TrimStart();
        return t.StartsWith("###[", StringComparison.Ordinal) && t.Contains("NEW PARAMETERS:", StringComparison.Ordinal);
    }

    public static bool TryParse(string prompt, out ParameterUpdatePrompt parsed)
    {
        parsed = null!;
        var text = prompt.Replace("\r\n", "\n");
        int start = text.IndexOf("###[", StringComparison.Ordinal);
        if (start < 0 || text[..start].Trim().Length > 0) return false;
        int headerEnd = text.IndexOf('\n', start);
        if (headerEnd < 0) return false;
        var header = text[start..headerEnd].TrimEnd();
        if (!header.EndsWith(']')) return false;
        var label = header[4..^1];

        int fence = text.IndexOf("```", headerEnd, StringComparison.Ordinal);
        int marker = text.LastIndexOf(ParametersMarker, StringComparison.Ordinal);
        if (fence < 0 || marker < 0 || marker < fence) return false;
        int codeStart = text.IndexOf('\n', fence);
        if (codeStart < 0 || codeStart > marker + 1) return false;
        var code = codeStart + 1 <= marker ? text[(codeStart + 1)..marker] : "";
        var block = text[(marker + ParametersMarker.Length)..];

        var flags = new List<string>();
        var lines = block.Split('\n').ToList();
        while (lines.Count > 0 && lines[^1].Trim().Length == 0) lines.RemoveAt(lines.Count - 1);
        while (lines.Count > 0 && IsFlag(lines[^1], out var flag))
        {
            flags.Insert(0, flag);
            lines.RemoveAt(lines.Count - 1);
        }

        if (lines.Count > 0 && lines[0].TrimStart().StartsWith("Selected molecule:", StringComparison.Ordinal))
        {
            var molecule = lines[0].Trim()["Selected molecule:".Length..].Trim();
            var rest = string.Join("\n", lines.Skip(1));
            int instruction = rest.IndexOf("REPLACE THE ENTIRE", StringComparison.Ordinal);
            int codeAt = instruction < 0 ? -1 : rest.IndexOf(":\n\n", instruction, StringComparison.Ordinal);
            if (codeAt < 0) return false;
            var moleculeCode = rest[(codeAt + 3)..].TrimEnd('\n');
            parsed = new ParameterUpdatePrompt(label, code, [new("molecule", molecule)], molecule, moleculeCode, flags);
            return true;
        }

        var parameters = new List<KeyValuePair<string, string>>();
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0) continue;
            int colon = line.IndexOf(':');
            if (colon <= 0) return false;
            parameters.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }
        if (parameters.Count == 0) return false;
        parsed = new ParameterUpdatePrompt(label, code, parameters, null, null, flags);
        return true;
    }

    private static bool IsFlag(string line, out string flag)
    {
        flag = "";
        var t = line.Trim();
        foreach (var name in FlagNames)
        {
            if (t == name + ": true" && line.StartsWith("    ", StringComparison.Ordinal))
            {
                flag = name;
                return true;
            }
        }
        return false;
    }
}
