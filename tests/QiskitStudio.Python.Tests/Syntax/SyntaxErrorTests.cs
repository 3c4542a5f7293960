using System.Runtime.CompilerServices;
using System.Text.Json;

namespace QiskitStudio.Python.Tests.Syntax;

/// <summary>Invalid programs must fail with CPython's error type, message and line (syntax_errors.json was produced by CPython 3.11's compile()).</summary>
public class SyntaxErrorTests
{
    private sealed record Case(string Source, string? Type, string? Message, int? Line);

    private static string CasesFile([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "syntax_errors.json");

    private static List<Case> LoadCases() =>
        JsonSerializer.Deserialize<List<Case>>(File.ReadAllText(CasesFile()), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

    public static IEnumerable<object[]> Cases() => Enumerable.Range(0, LoadCases().Count).Select(i => new object[] { i });

    private static readonly PythonEngine Engine = new();

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsTheSameErrorAsCPython(int index)
    {
        var c = LoadCases()[index];

        var result = Engine.Run(c.Source);

        Assert.NotNull(result.Error);
        Assert.Equal((c.Type, c.Message, c.Line), (result.Error!.TypeName, result.Error.Message, result.Error.Line));
        Assert.EndsWith($"{c.Type}: {c.Message}\n", result.Error.Traceback);
    }

    [Fact]
    public void SyntaxErrorTracebackShowsTheLineAndCaret()
    {
        var result = Engine.Run("x = 1\ny = (2,\n");

        Assert.Equal("  File \"<string>\", line 2\n    y = (2,\n        ^\nSyntaxError: '(' was never closed\n", result.Error!.Traceback);
    }
}
