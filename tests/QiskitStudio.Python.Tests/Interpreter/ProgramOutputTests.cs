namespace QiskitStudio.Python.Tests.Interpreter;

/// <summary>Each Programs/*.py must print exactly what CPython printed into the matching .out file.</summary>
public class ProgramOutputTests
{
    private static readonly PythonEngine Engine = new();

    public static IEnumerable<object[]> Programs() => ProgramFiles.In("Programs");

    [Theory]
    [MemberData(nameof(Programs))]
    public void PrintsWhatCPythonPrints(string name)
    {
        string source = ProgramFiles.Read("Programs", name + ".py");
        string expected = ProgramFiles.Read("Programs", name + ".out");

        var result = Engine.Run(source);

        Assert.True(result.Succeeded, result.Error?.Traceback);
        Assert.Equal(expected, result.Stdout);
    }
}
