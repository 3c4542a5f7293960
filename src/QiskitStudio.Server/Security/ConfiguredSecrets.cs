namespace QiskitStudio.Server.Security;

/// <summary>
/// Knows every secret the host was configured with (provider keys, IBM token, studio API keys)
/// and removes them from any text before it is logged or sent back (issue 6, rule 6).
/// </summary>
public sealed class ConfiguredSecrets
{
    public const string Mask = "[redacted]";

    private readonly string[] _secrets;

    public ConfiguredSecrets(IEnumerable<string?> secrets)
    {
        // Longest first, so a key that contains another is removed whole. Very short values
        // ("x") would mangle ordinary text and are not real secrets.
        _secrets = [.. secrets
            .Where(s => !string.IsNullOrWhiteSpace(s) && s.Trim().Length >= 6)
            .Select(s => s!.Trim())
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)];
    }

    /// <summary>Removes the configured secrets, then anything shaped like a key or token (the store's pattern list).</summary>
    public string Redact(string text)
    {
        text = QiskitStudio.Storage.SecretRedactor.Redact(text);
        foreach (var secret in _secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
            }
        }
        return text;
    }

    /// <summary>How a secret appears in the start-up log: whether it is set and how long it is, no characters of it.</summary>
    public static string Describe(string? secret) =>
        string.IsNullOrWhiteSpace(secret) ? "(not set)" : $"(set, {secret.Trim().Length} characters, hidden)";
}
