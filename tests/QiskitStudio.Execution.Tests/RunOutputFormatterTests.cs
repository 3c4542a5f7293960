using QiskitStudio.Execution.Output;

namespace QiskitStudio.Execution.Tests;

/// <summary>CONTRACT §4.4 step 5 and §8 item 5: how a run's output is assembled.</summary>
public class RunOutputFormatterTests
{
    [Fact]
    public void EmptyOutput_SaysTheCodeRanWithNoOutput() =>
        Assert.Equal("Code executed successfully (no output)", RunOutputFormatter.Success("", ""));

    [Fact]
    public void Success_IsStdoutThenStderr() =>
        Assert.Equal("out\nerr\n", RunOutputFormatter.Success("out\n", "err\n"));

    [Fact]
    public void Failure_StartsWithUpstreamPrefix_KeepsEarlierStdout_ThenTraceback()
    {
        var output = RunOutputFormatter.Failure(
            "name 'x' is not defined", "before\n", "",
            "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nNameError: name 'x' is not defined\n");

        Assert.Equal(
            "Error executing code: name 'x' is not defined\nbefore\n" +
            "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nNameError: name 'x' is not defined\n",
            output);
    }

    [Fact]
    public void DoubleEscapedNewlines_BecomeRealNewlines_AsUpstreamDid()
    {
        // Three characters: backslash, backslash, n.
        Assert.Equal("RESULT: {\"a\": \"x\ny\"}", RunOutputFormatter.Success("RESULT: {\"a\": \"x\\\\ny\"}", ""));
        // A single escaped newline (two characters) is left alone.
        Assert.Equal("a\\nb", RunOutputFormatter.Success("a\\nb", ""));
    }

    [Fact]
    public void ResultLines_PassThroughUntouched()
    {
        const string line = "RESULT: {\"type\": \"plot\", \"content\": {\"CHSH1\": [1.0, 2.0]}}\n";
        Assert.Equal(line, RunOutputFormatter.Success(line, ""));
    }
}
