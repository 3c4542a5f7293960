using QiskitStudio.Knowledge.Retrieval;

namespace QiskitStudio.Knowledge.Tests;

/// <summary>Loads MiniLM and builds the built-in index once for every test class in the "knowledge" collection.</summary>
public sealed class KnowledgeBaseFixture : IDisposable
{
    public KnowledgeBaseFixture()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "qs-kb-tests-" + Guid.NewGuid().ToString("N")[..8]);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Embedder = new MiniLmEmbedder();
        KnowledgeBase = new KnowledgeBase(new KnowledgeOptions { DataDirectory = DataDirectory }, Embedder);
        FirstBuild = KnowledgeBase.InitializeAsync().GetAwaiter().GetResult();
        BuildSeconds = watch.Elapsed.TotalSeconds;
        // Maintainers refresh the index shipped in the assembly with QS_KB_EXPORT_INDEX=<path to Index/builtin-index.bin>.
        if (Environment.GetEnvironmentVariable("QS_KB_EXPORT_INDEX") is { Length: > 0 } export && FirstBuild.File is { } built)
            File.Copy(built, export, overwrite: true);
        Client = new OfflineChatClient(KnowledgeBase);
    }

    public string DataDirectory { get; }
    public MiniLmEmbedder Embedder { get; }
    public KnowledgeBase KnowledgeBase { get; }
    public KnowledgeIndexInfo FirstBuild { get; }
    public double BuildSeconds { get; }
    public OfflineChatClient Client { get; }

    public void Dispose()
    {
        KnowledgeBase.Dispose();
        Embedder.Dispose();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class KnowledgeCollection : ICollectionFixture<KnowledgeBaseFixture>
{
    public const string Name = "knowledge";
}

/// <summary>Runs python3 when it exists (tests that need it skip their check otherwise).</summary>
internal static class Python
{
    private static readonly Lazy<bool> Exists = new(() =>
    {
        try
        {
            using var p = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("python3", "--version")
            { RedirectStandardOutput = true, RedirectStandardError = true });
            p!.WaitForExit();
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception) { return false; }
    });

    public static bool Available => Exists.Value;

    /// <summary>Parses each source with ast.parse; returns the error text of those that fail (by name).</summary>
    public static Dictionary<string, string> ParseErrors(IReadOnlyDictionary<string, string> sources)
    {
        var dir = Path.Combine(Path.GetTempPath(), "qs-ast-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        try
        {
            foreach (var (name, code) in sources) File.WriteAllText(Path.Combine(dir, name + ".py"), code);
            const string script = "import ast, glob, os, sys\nfor f in sorted(glob.glob(os.path.join(sys.argv[1], '*.py'))):\n    try:\n        ast.parse(open(f, encoding='utf-8').read())\n    except SyntaxError as e:\n        print(os.path.basename(f)[:-3] + '\\t' + str(e))\n";
            var psi = new System.Diagnostics.ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            psi.ArgumentList.Add("-c");
            psi.ArgumentList.Add(script);
            psi.ArgumentList.Add(dir);
            using var p = System.Diagnostics.Process.Start(psi)!;
            var output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => l.Split('\t', 2)).ToDictionary(a => a[0], a => a.Length > 1 ? a[1] : "");
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
