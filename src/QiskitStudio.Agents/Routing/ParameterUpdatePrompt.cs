using System.Text.RegularExpressions;

namespace QiskitStudio.Agents.Routing;

/// <summary>
/// The prompt the composer sends when a node parameter changes (CONTRACT §2):
/// <c>###[Label]</c>, a blank line, a bare fence around the current code, a blank line,
/// <c>NEW PARAMETERS:</c>, a blank line and indented <c>key: value</c> lines (plus, for a
/// molecule, an instruction and a pyscf snippet).
/// </summary>
/// <param name="Label">The node label or type inside <c>###[…]</c>.</param>
/// <param name="Code">The node's current code body, between the fences.</param>
/// <param name="Parameters">The indented <c>key: value</c> lines, in order (<c>Selected molecule</c> included).</param>
/// <param name="ParameterText">Everything after <c>NEW PARAMETERS:</c>, trimmed.</param>
public sealed partial record ParameterUpdatePrompt(
    string Label,
    string Code,
    IReadOnlyList<KeyValuePair<string, string>> Parameters,
    string ParameterText)
{
    /// <summary>The literal that introduces the parameter block.</summary>
    public const string NewParametersMarker = "NEW PARAMETERS:";

    /// <summary>True for the chemistry node's molecule update, whose answer replaces the INPUT PYTHON region.</summary>
    public bool IsMoleculeUpdate => Parameters.Any(p => p.Key.Equals("Selected molecule", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="text"/> has the shape of a parameter-update prompt.</summary>
    public static bool Matches(string text) => TryParse(text, out _);

    /// <summary>Parses a parameter-update prompt; false when <paramref name="text"/> is not one.</summary>
    public static bool TryParse(string text, out ParameterUpdatePrompt prompt)
    {
        prompt = null!;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var match = Shape().Match(normalized);
        if (!match.Success)
        {
            return false;
        }

        var parameterText = match.Groups["params"].Value;
        var parameters = new List<KeyValuePair<string, string>>();
        foreach (Match line in ParameterLine().Matches(parameterText))
        {
            parameters.Add(new(line.Groups["key"].Value.Trim(), line.Groups["value"].Value.Trim()));
        }
        prompt = new ParameterUpdatePrompt(
            match.Groups["label"].Value.Trim(),
            match.Groups["code"].Value,
            parameters,
            parameterText.Trim());
        return true;
    }

    [GeneratedRegex(@"\A\s*###\[(?<label>[^\]\n]*)\][ \t]*\n\s*```[^\n]*\n(?<code>.*?)\n?```[ \t]*\n\s*NEW PARAMETERS:[ \t]*\n(?<params>.*)\z", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    [GeneratedRegex(@"^[ \t]{2,}(?<key>[A-Za-z_][A-Za-z0-9_ ]{0,40}?):[ \t]*(?<value>[^\n]*)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ParameterLine();
}
