namespace QiskitStudio.Python.Syntax;

/// <summary>A SyntaxError (or IndentationError / TabError) found while reading source text.</summary>
public sealed class PythonSyntaxError(string message, int line, int column, string typeName = "SyntaxError") : Exception(message)
{
    public int Line { get; } = line;
    /// <summary>1-based column of the caret, as CPython shows it.</summary>
    public int Column { get; } = column;
    public string TypeName { get; } = typeName;

    public static PythonSyntaxError Indentation(string message, int line, int column)
        => new(message, line, column, "IndentationError");
}
