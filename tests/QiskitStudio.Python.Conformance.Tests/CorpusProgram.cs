using System.Reflection;

namespace QiskitStudio.Python.Conformance.Tests;

/// <summary>
/// One program of the conformance corpus: <c>Corpus/&lt;group&gt;/&lt;name&gt;.py</c> with the stdout
/// CPython 3.11 printed (<c>.out</c>) and, when it ended in an uncaught exception, the final
/// traceback line (<c>.err</c>). Programs under <c>sandbox/</c> carry hand-written expectations.
/// </summary>
public sealed record CorpusProgram(string Id, string Group, string Source, string ExpectedStdout, string? ExpectedError)
{
    public const string KnownFailuresFileName = "known-failures.txt";

    /// <summary>The corpus folder copied next to the test assembly.</summary>
    public static string OutputCorpusDirectory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>The corpus folder in the source tree (for rewriting known-failures.txt).</summary>
    public static string SourceCorpusDirectory =>
        typeof(CorpusProgram).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "CorpusSourceDirectory")?.Value ?? OutputCorpusDirectory;

    public static IReadOnlyList<CorpusProgram> LoadAll(string? directory = null)
    {
        directory ??= OutputCorpusDirectory;
        var programs = new List<CorpusProgram>();
        foreach (string groupDir in Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            string group = Path.GetFileName(groupDir);
            foreach (string file in Directory.GetFiles(groupDir, "*.py").Order(StringComparer.Ordinal))
            {
                string stem = file[..^3];
                string outPath = stem + ".out";
                string errPath = stem + ".err";
                programs.Add(new CorpusProgram(
                    Id: $"{group}/{Path.GetFileName(file)}",
                    Group: group,
                    Source: File.ReadAllText(file),
                    ExpectedStdout: File.Exists(outPath) ? File.ReadAllText(outPath) : "",
                    ExpectedError: File.Exists(errPath) ? File.ReadAllText(errPath).TrimEnd('\r', '\n') : null));
            }
        }
        return programs;
    }

    /// <summary>Ids listed in known-failures.txt (one per line; '#' starts a comment).</summary>
    public static HashSet<string> LoadKnownFailures(string? directory = null)
    {
        string path = Path.Combine(directory ?? OutputCorpusDirectory, KnownFailuresFileName);
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return set;
        foreach (string raw in File.ReadLines(path))
        {
            int hash = raw.IndexOf('#');
            string line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length > 0) set.Add(line);
        }
        return set;
    }
}
