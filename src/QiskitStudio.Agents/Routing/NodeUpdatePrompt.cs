using System.Text.RegularExpressions;

namespace QiskitStudio.Agents.Routing;

/// <summary>
/// The prompt of a Python or Post-process node's "Update with AI" button (CONTRACT §1.4): an
/// instruction, the node's surrounding code in a python fence, the user's current INPUT section in
/// a second fence, and a demand for only the replacement code of that section.
/// </summary>
/// <param name="SurroundingCode">The node's code around the INPUT region (first fence), or empty.</param>
/// <param name="InputCode">The user's INPUT section (second fence), or empty.</param>
public sealed partial record NodeUpdatePrompt(string SurroundingCode, string InputCode)
{
    /// <summary>True when <paramref name="text"/> reads like a node-update instruction.</summary>
    public static bool Matches(string text) =>
        !string.IsNullOrEmpty(text)
        && text.Contains("INPUT PYTHON", StringComparison.Ordinal)
        && (text.Contains("ONLY the Python code", StringComparison.OrdinalIgnoreCase)
            || text.Contains("section between", StringComparison.OrdinalIgnoreCase));

    /// <summary>Extracts the two code blocks of a node-update prompt; false when it is not one.</summary>
    public static bool TryParse(string text, out NodeUpdatePrompt prompt)
    {
        prompt = null!;
        if (!Matches(text))
        {
            return false;
        }
        var blocks = FencedBlock().Matches(text.Replace("\r\n", "\n", StringComparison.Ordinal))
            .Select(m => m.Groups["code"].Value.Trim('\n'))
            .ToList();
        prompt = new NodeUpdatePrompt(
            blocks.Count > 0 ? blocks[0] : "",
            blocks.Count > 1 ? blocks[1] : "");
        return true;
    }

    [GeneratedRegex(@"```(?:python|py)?[ \t]*\n(?<code>.*?)```", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex FencedBlock();
}
