using System.Text.RegularExpressions;

namespace QiskitStudio.Agents.Agents;

/// <summary>
/// Turns a model's answer into the bare code the frontend splices into a program (CONTRACT §2,
/// §8 item 4): python code blocks are extracted and joined; with no python block, untagged blocks
/// are used; with no block at all, the raw text is kept (the fork's behaviour, §4.5). Reasoning
/// blocks, an echoed <c>###[Label]</c> header and INPUT PYTHON markers are removed.
/// </summary>
public static partial class CodeAnswer
{
    /// <summary>Extracts the code of <paramref name="answer"/>.</summary>
    public static string Extract(string answer)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return "";
        }

        var text = ThinkBlock().Replace(answer.Replace("\r\n", "\n", StringComparison.Ordinal), "");
        var code = JoinBlocks(PythonBlock().Matches(text))
            ?? JoinBlocks(AnyBlock().Matches(text))
            ?? UnterminatedBlock(text)
            ?? text;

        code = LabelLine().Replace(code, "");
        code = InputMarkerLine().Replace(code, "");
        return code.Trim('\n', '\r', ' ', '\t').TrimEnd();
    }

    private static string? JoinBlocks(MatchCollection matches)
    {
        var blocks = matches
            .Select(m => m.Groups["code"].Value.Trim('\n'))
            .Where(b => !string.IsNullOrWhiteSpace(b))
            .ToList();
        return blocks.Count == 0 ? null : string.Join("\n", blocks);
    }

    // A model cut short by its token limit opens a fence and never closes it.
    private static string? UnterminatedBlock(string text)
    {
        var match = OpeningFence().Match(text);
        return match.Success ? text[(match.Index + match.Length)..] : null;
    }

    [GeneratedRegex(@"<think>.*?</think>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThinkBlock();

    [GeneratedRegex(@"```[ \t]*(?:python3?|py)[ \t]*\n(?<code>.*?)\n?[ \t]*```", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PythonBlock();

    [GeneratedRegex(@"```[ \t]*[A-Za-z0-9_+-]*[ \t]*\n(?<code>.*?)\n?[ \t]*```", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex AnyBlock();

    [GeneratedRegex(@"```[ \t]*(?:python3?|py)?[ \t]*\n", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpeningFence();

    [GeneratedRegex(@"\A\s*###\[[^\]\n]*\][ \t]*(?:\n|\z)", RegexOptions.CultureInvariant)]
    private static partial Regex LabelLine();

    [GeneratedRegex(@"^[ \t]*#{4,6}[ \t]*(?:END[ \t]+)?INPUT[ \t]+PYTHON[^\n]*(?:\n|\z)", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InputMarkerLine();
}
