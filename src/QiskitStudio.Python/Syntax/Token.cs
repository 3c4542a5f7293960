namespace QiskitStudio.Python.Syntax;

public enum TokenKind
{
    Name,
    Number,
    String,
    Operator,
    Newline,
    Indent,
    Dedent,
    EndOfFile,
}

/// <summary>The value of a number literal: exactly one of the fields is meaningful, by <see cref="Kind"/>.</summary>
public enum NumberKind { Int, BigInt, Float, Imaginary }

public readonly record struct NumberValue(NumberKind Kind, long Int, System.Numerics.BigInteger Big, double Float);

/// <summary>A string literal's decoded content. For f-strings, <see cref="Pieces"/> holds the literal text and replacement fields.</summary>
public sealed class StringLiteral
{
    public bool IsBytes { get; init; }
    public bool IsFormatted { get; init; }
    /// <summary>Decoded text (str literals) or Latin-1 text of the bytes (bytes literals).</summary>
    public string Text { get; init; } = "";
    public List<FStringPiece>? Pieces { get; init; }
}

public abstract class FStringPiece;

public sealed class FStringText(string text) : FStringPiece
{
    public string Text { get; } = text;
}

/// <summary>A replacement field <c>{expression!c:spec}</c>; the expression is parsed later by the parser.</summary>
public sealed class FStringField(string expressionSource, int line, int column, char conversion, List<FStringPiece>? spec, string? debugText) : FStringPiece
{
    public string ExpressionSource { get; } = expressionSource;
    public int Line { get; } = line;
    public int Column { get; } = column;
    /// <summary>'r', 's', 'a', or '\0' for none.</summary>
    public char Conversion { get; } = conversion;
    public List<FStringPiece>? Spec { get; } = spec;
    /// <summary>For <c>{x=}</c>: the text "x=" printed before the value.</summary>
    public string? DebugText { get; } = debugText;
}

public readonly record struct Token(TokenKind Kind, string Text, int Line, int Column, int EndColumn, object? Value = null)
{
    public bool Is(string op) => (Kind == TokenKind.Operator || Kind == TokenKind.Name) && Text == op;
    public override string ToString() => $"{Kind} '{Text}' at {Line}:{Column}";
}
