namespace QiskitStudio.Python.Tests.Interpreter;

/// <summary>
/// Each Errors/*.py fails; its .expected file holds CPython's stdout and traceback (from running the
/// program as "&lt;string&gt;", where CPython shows no source lines).
/// </summary>
public class TracebackTests
{
    private static readonly PythonEngine Engine = new();

    public static IEnumerable<object[]> Programs() => ProgramFiles.In("Errors");

    [Theory]
    [MemberData(nameof(Programs))]
    public void FailsLikeCPython(string name)
    {
        string source = ProgramFiles.Read("Errors", name + ".py");
        string[] expected = ProgramFiles.Read("Errors", name + ".expected").Split("---STDERR---\n");

        var result = Engine.Run(source);

        Assert.False(result.Succeeded);
        Assert.Equal(expected[0], result.Stdout);
        Assert.Equal(expected[1], result.Error!.Traceback);
        Assert.Equal(expected[1], result.Stderr);
        Assert.False(result.Error.IsLimit);
    }

    [Fact]
    public void ErrorCarriesTypeMessageAndLine()
    {
        var result = Engine.Run("x = 1\ny = x + undefined_thing\n");

        Assert.Equal("NameError", result.Error!.TypeName);
        Assert.Equal("name 'undefined_thing' is not defined", result.Error.Message);
        Assert.Equal(2, result.Error.Line);
    }
}
