using System.Text;

namespace QiskitStudio.Execution.Output;

/// <summary>
/// Turns what a program printed into the <c>output</c> string of a <c>/run</c> reply
/// (CONTRACT §4.4 step 5, §8 item 5).
/// </summary>
public static class RunOutputFormatter
{
    public const string NoOutputMessage = "Code executed successfully (no output)";
    public const string ErrorPrefix = "Error executing code: ";

    /// <summary>A run that finished: stdout then stderr, or the no-output message.</summary>
    public static string Success(string stdout, string stderr)
    {
        var output = stdout + stderr;
        return FixEscapedNewlines(output.Length == 0 ? NoOutputMessage : output);
    }

    /// <summary>
    /// A run that raised: the first line keeps upstream's prefix with the message CPython's
    /// <c>str(exc)</c> gives; then, unlike upstream, what the program printed before it failed,
    /// then the traceback.
    /// </summary>
    public static string Failure(string message, string stdout, string stderr, string? traceback)
    {
        var output = new StringBuilder(ErrorPrefix.Length + message.Length + stdout.Length + stderr.Length + (traceback?.Length ?? 0) + 2);
        output.Append(ErrorPrefix).Append(message).Append('\n');
        output.Append(stdout);
        if (stdout.Length > 0 && stdout[^1] != '\n')
            output.Append('\n');
        output.Append(stderr);
        if (!string.IsNullOrEmpty(traceback))
        {
            if (stderr.Length > 0 && stderr[^1] != '\n')
                output.Append('\n');
            output.Append(traceback);
        }
        return FixEscapedNewlines(output.ToString());
    }

    /// <summary>
    /// Upstream replaces every backslash-backslash-n (three characters) with a real newline, which
    /// spreads the chemistry demo's RESULT over lines the frontend joins again (§3.2, §4.4).
    /// </summary>
    public static string FixEscapedNewlines(string output) =>
        output.Contains("\\\\n", StringComparison.Ordinal) ? output.Replace("\\\\n", "\n", StringComparison.Ordinal) : output;
}
