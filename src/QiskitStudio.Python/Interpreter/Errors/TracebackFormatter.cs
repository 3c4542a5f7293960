using System.Text;
using QiskitStudio.Python.Runtime;
using QiskitStudio.Python.Syntax;

namespace QiskitStudio.Python.Interpreter.Errors;

/// <summary>Writes tracebacks and syntax errors the way CPython prints them.</summary>
public static class TracebackFormatter
{
    /// <summary>The full traceback of an uncaught exception, including chained causes and contexts.</summary>
    public static string Format(PyBaseException error)
    {
        var sb = new StringBuilder();
        AppendChain(sb, error, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance));
        return sb.ToString();
    }

    private static void AppendChain(StringBuilder sb, PyBaseException error, HashSet<PyBaseException> seen)
    {
        seen.Add(error);
        if (error.Cause is { } cause && !seen.Contains(cause))
        {
            AppendChain(sb, cause, seen);
            sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (!error.SuppressContext && error.Context is { } context && !seen.Contains(context))
        {
            AppendChain(sb, context, seen);
            sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        AppendOne(sb, error);
    }

    private static void AppendOne(StringBuilder sb, PyBaseException error)
    {
        if (error.HasTraceback)
        {
            sb.Append("Traceback (most recent call last):\n");
            AppendEntries(sb, error.Traceback);
        }
        sb.Append(LastLine(error)).Append('\n');
        if (error.InstanceDict.TryGetValue("__notes__", out var notes) && notes is PyList list)
        {
            for (int i = 0; i < list.Count; i++) sb.Append(PyOps.Str(list[i])).Append('\n');
        }
    }

    /// <summary>"Type: message"; a failing <c>__str__</c> is reported the way CPython does.</summary>
    public static string LastLine(PyBaseException error)
    {
        try
        {
            string line = error.FormatLastLine();
            return Suggestions.For(error) is { } hint ? $"{line}. Did you mean: '{hint}'?" : line;
        }
        catch (PythonException)
        {
            return $"{error.Type.Name}: <exception str() failed>";
        }
    }

    /// <summary><c>str(exception)</c>, or CPython's placeholder when it fails.</summary>
    public static string Message(PyBaseException error)
    {
        try
        {
            return PyOps.Str(error);
        }
        catch (PythonException)
        {
            return "<exception str() failed>";
        }
    }

    private static void AppendEntries(StringBuilder sb, List<TracebackEntry> entries)
    {
        // CPython folds long runs of the same frame (deep recursion).
        int i = 0;
        while (i < entries.Count)
        {
            var e = entries[i];
            int run = 1;
            while (i + run < entries.Count && SameFrame(entries[i + run], e)) run++;
            int shown = Math.Min(run, 3);
            for (int k = 0; k < shown; k++) AppendEntry(sb, e);
            if (run > 3)
            {
                int more = run - 3;
                sb.Append($"  [Previous line repeated {more} more time{(more == 1 ? "" : "s")}]\n");
            }
            i += run;
        }
    }

    private static bool SameFrame(TracebackEntry a, TracebackEntry b) =>
        a.Line == b.Line && a.FunctionName == b.FunctionName && a.FileName == b.FileName;

    private static void AppendEntry(StringBuilder sb, TracebackEntry e)
    {
        sb.Append("  File \"").Append(e.FileName).Append("\", line ").Append(e.Line).Append(", in ").Append(e.FunctionName).Append('\n');
        if (e.SourceLine is { Length: > 0 } line) sb.Append("    ").Append(line).Append('\n');
    }

    /// <summary>A syntax error as CPython reports it: location, the offending line with a caret, the message.</summary>
    public static string FormatSyntaxError(PythonSyntaxError error, string fileName, string source)
    {
        var sb = new StringBuilder();
        sb.Append("  File \"").Append(fileName).Append("\", line ").Append(error.Line).Append('\n');
        var lines = source.Replace("\r\n", "\n").Split('\n');
        if (error.Line >= 1 && error.Line <= lines.Length)
        {
            string text = lines[error.Line - 1];
            string trimmed = text.TrimStart();
            int removed = text.Length - trimmed.Length;
            trimmed = trimmed.TrimEnd();
            if (trimmed.Length > 0)
            {
                sb.Append("    ").Append(trimmed).Append('\n');
                int caret = Math.Clamp(error.Column - 1 - removed, 0, trimmed.Length);
                sb.Append("    ").Append(' ', caret).Append("^\n");
            }
        }
        sb.Append(error.TypeName).Append(": ").Append(error.Message).Append('\n');
        return sb.ToString();
    }
}
