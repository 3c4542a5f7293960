using System.Text.RegularExpressions;

namespace QiskitStudio.Storage;

/// <summary>
/// Replaces secrets that a user pasted into a prompt with <c>[REDACTED]</c> before the text is
/// stored: Anthropic and OpenAI-style keys (<c>sk-ant-…</c>, <c>sk-…</c>), <c>Bearer</c> tokens,
/// IBM Cloud API keys (44 characters of letters, digits, <c>-</c> and <c>_</c>), legacy IBM Quantum
/// tokens (128 hex digits), a few other well-known key shapes, and the value of any assignment to a
/// name such as <c>token</c>, <c>api_key</c> or <c>password</c>.
/// </summary>
public static partial class SecretRedactor
{
    /// <summary>The text that replaces a secret.</summary>
    public const string Marker = "[REDACTED]";

    /// <summary>Returns <paramref name="text"/> with every recognised secret replaced by <see cref="Marker"/>.</summary>
    public static string Redact(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var result = QuotedAssignment().Replace(text, m => m.Groups["value"].Value == Marker
            ? m.Value
            : string.Concat(m.Groups["head"].Value, Marker, m.Groups["quote"].Value));
        result = EnvironmentAssignment().Replace(result, m => string.Concat(m.Groups["head"].Value, Marker));
        result = BearerToken().Replace(result, "Bearer " + Marker);
        result = AnthropicKey().Replace(result, Marker);
        result = OpenAiStyleKey().Replace(result, Marker);
        result = WellKnownTokens().Replace(result, Marker);
        result = LegacyIbmQuantumToken().Replace(result, Marker);
        result = IbmCloudApiKey().Replace(result, m => LooksRandom(m.Value) ? Marker : m.Value);
        return result;
    }

    /// <summary>True when <paramref name="text"/> holds something <see cref="Redact"/> would replace.</summary>
    public static bool ContainsSecret(string text) => !string.IsNullOrEmpty(text) && Redact(text) != text;

    // A 44-character run is only a key if it mixes upper case, lower case and digits, the way
    // generated keys do; long identifiers in code rarely do all three.
    private static bool LooksRandom(string candidate) =>
        candidate.Any(char.IsAsciiLetterUpper) && candidate.Any(char.IsAsciiLetterLower) && candidate.Any(char.IsAsciiDigit);

    [GeneratedRegex("""(?<head>\b(?:[A-Za-z_]*(?:token|api[_-]?key|apikey|secret|password|passwd))\s*[:=]\s*(?<quote>["']))(?<value>[^"'\r\n]{6,}?)\k<quote>""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuotedAssignment();

    [GeneratedRegex("""(?<head>\b[A-Z][A-Z0-9_]*(?:TOKEN|API_KEY|APIKEY|SECRET|PASSWORD)\s*=\s*)(?!\[REDACTED\])[^\s"'`]{6,}""", RegexOptions.CultureInvariant)]
    private static partial Regex EnvironmentAssignment();

    [GeneratedRegex("""\bBearer\s+(?!\[REDACTED\])[A-Za-z0-9._~+/\-]{8,}=*""", RegexOptions.CultureInvariant)]
    private static partial Regex BearerToken();

    [GeneratedRegex("""\bsk-ant-[A-Za-z0-9_\-]{8,}""", RegexOptions.CultureInvariant)]
    private static partial Regex AnthropicKey();

    [GeneratedRegex("""\bsk-[A-Za-z0-9_\-]{16,}""", RegexOptions.CultureInvariant)]
    private static partial Regex OpenAiStyleKey();

    [GeneratedRegex("""\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_\-]{35}|hf_[A-Za-z0-9]{30,}|xox[abprs]-[A-Za-z0-9\-]{10,})""", RegexOptions.CultureInvariant)]
    private static partial Regex WellKnownTokens();

    [GeneratedRegex("""(?<![0-9A-Fa-f])[0-9a-fA-F]{128}(?![0-9A-Fa-f])""", RegexOptions.CultureInvariant)]
    private static partial Regex LegacyIbmQuantumToken();

    [GeneratedRegex("""(?<![A-Za-z0-9_\-])[A-Za-z0-9_\-]{44}(?![A-Za-z0-9_\-])""", RegexOptions.CultureInvariant)]
    private static partial Regex IbmCloudApiKey();
}
