namespace QiskitStudio.Execution.Output;

/// <summary>Replaces secrets (IBM tokens) wherever a program managed to print them.</summary>
public static class SecretMask
{
    public const string Replacement = "[REDACTED]";

    public static string Apply(string text, IReadOnlyList<string>? secrets)
    {
        if (secrets is null)
            return text;
        foreach (var secret in secrets)
        {
            // Very short values would mask ordinary text; the request validation never yields them as tokens.
            if (secret.Length >= 4 && text.Contains(secret, StringComparison.Ordinal))
                text = text.Replace(secret, Replacement, StringComparison.Ordinal);
        }
        return text;
    }
}
