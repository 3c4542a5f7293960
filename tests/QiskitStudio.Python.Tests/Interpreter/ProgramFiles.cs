using System.Runtime.CompilerServices;

namespace QiskitStudio.Python.Tests.Interpreter;

/// <summary>Finds the test programs next to this source file (their expected output was produced by CPython 3.11).</summary>
internal static class ProgramFiles
{
    public static string Directory([CallerFilePath] string sourceFile = "") => Path.GetDirectoryName(sourceFile)!;

    public static IEnumerable<object[]> In(string folder, string pattern = "*.py") =>
        System.IO.Directory.GetFiles(Path.Combine(Directory(), folder), pattern)
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .Select(name => new object[] { name! });

    public static string Read(string folder, string file) => File.ReadAllText(Path.Combine(Directory(), folder, file));
}
