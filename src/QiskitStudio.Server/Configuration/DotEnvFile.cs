using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.EnvironmentVariables;

namespace QiskitStudio.Server.Configuration;

/// <summary>
/// Reads a <c>.env</c> file: <c>NAME=value</c> lines, <c>#</c> comments, an optional leading
/// <c>export </c>, values optionally in single quotes (taken literally) or double quotes
/// (<c>\n</c>, <c>\t</c>, <c>\"</c> and <c>\\</c> escapes). An unquoted value ends at <c> #</c>.
/// Lines that are not assignments are skipped; the parser never throws on content.
/// </summary>
public static class DotEnvFile
{
    /// <summary>How many parent folders are searched for <c>.env</c> (<c>dotnet run --project src/X</c> runs in src/X).</summary>
    public const int ParentLevels = 3;

    /// <summary>
    /// The <c>.env</c> of <paramref name="directory"/>, else of the nearest of its first
    /// <see cref="ParentLevels"/> parents that has one, else <paramref name="directory"/>/.env (absent).
    /// </summary>
    public static string FindNearest(string directory)
    {
        var current = new DirectoryInfo(directory);
        for (var level = 0; current is not null && level <= ParentLevels; level++, current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, ".env");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return Path.Combine(directory, ".env");
    }

    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r').Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            if (line.StartsWith("export ", StringComparison.Ordinal))
            {
                line = line["export ".Length..].TrimStart();
            }
            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }
            var name = line[..equals].Trim();
            if (!IsValidName(name))
            {
                continue;
            }
            values[name] = ParseValue(line[(equals + 1)..].Trim());
        }
        return values;
    }

    private static bool IsValidName(string name) =>
        name.Length > 0 && !char.IsDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '.' || c == ':');

    private static string ParseValue(string value)
    {
        if (value.Length >= 1 && value[0] == '\'')
        {
            var end = value.IndexOf('\'', 1);
            return end < 0 ? value[1..] : value[1..end];
        }
        if (value.Length >= 1 && value[0] == '"')
        {
            var result = new StringBuilder();
            for (var i = 1; i < value.Length; i++)
            {
                var c = value[i];
                if (c == '"')
                {
                    break;
                }
                if (c == '\\' && i + 1 < value.Length)
                {
                    i++;
                    result.Append(value[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', var other => other });
                    continue;
                }
                result.Append(c);
            }
            return result.ToString();
        }
        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return (comment >= 0 ? value[..comment] : value).Trim();
    }
}

/// <summary>Configuration provider over the values of a <c>.env</c> file.</summary>
public sealed class DotEnvConfigurationProvider(string path) : ConfigurationProvider
{
    public string FilePath { get; } = path;

    public override void Load()
    {
        Data = File.Exists(FilePath)
            ? DotEnvFile.Parse(File.ReadAllText(FilePath)).ToDictionary(p => p.Key, p => (string?)p.Value, StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
    }
}

public sealed class DotEnvConfigurationSource(string path) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new DotEnvConfigurationProvider(path);
}

public static class DotEnvConfigurationExtensions
{
    /// <summary>Setting that names the <c>.env</c> file to read; <c>none</c> reads no file.</summary>
    public const string FileSetting = "DOTENV_FILE";

    /// <summary>
    /// Adds the <c>.env</c> file (<c>DOTENV_FILE</c>, default the nearest <c>.env</c>, see <see cref="DotEnvFile.FindNearest"/>)
    /// just below the environment variables, so appsettings.json &lt; .env &lt; real environment &lt; command line.
    /// </summary>
    public static IConfigurationManager AddDotEnvFile(this IConfigurationManager configuration)
    {
        var setting = configuration[FileSetting];
        if (string.Equals(setting, "none", StringComparison.OrdinalIgnoreCase))
        {
            return configuration;
        }
        var path = string.IsNullOrWhiteSpace(setting) ? DotEnvFile.FindNearest(Directory.GetCurrentDirectory()) : Path.GetFullPath(setting);
        var source = new DotEnvConfigurationSource(path);
        var index = configuration.Sources
            .Select((s, i) => (s, i))
            .FirstOrDefault(x => x.s is EnvironmentVariablesConfigurationSource { Prefix: null or "" }).i;
        var hasEnvironment = configuration.Sources.Any(s => s is EnvironmentVariablesConfigurationSource { Prefix: null or "" });
        if (hasEnvironment)
        {
            configuration.Sources.Insert(index, source);
        }
        else
        {
            configuration.Sources.Add(source);
        }
        return configuration;
    }
}
