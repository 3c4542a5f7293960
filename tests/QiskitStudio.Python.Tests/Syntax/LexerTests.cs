using QiskitStudio.Python.Syntax;

namespace QiskitStudio.Python.Tests.Syntax;

public class LexerTests
{
    private static List<Token> Lex(string source) => Lexer.Tokenize(source);

    [Fact]
    public void IndentationProducesIndentAndDedent()
    {
        var kinds = Lex("if x:\n    y\nz\n").Select(t => t.Kind).ToList();

        Assert.Equal(
            [TokenKind.Name, TokenKind.Name, TokenKind.Operator, TokenKind.Newline, TokenKind.Indent, TokenKind.Name,
             TokenKind.Newline, TokenKind.Dedent, TokenKind.Name, TokenKind.Newline, TokenKind.EndOfFile],
            kinds);
    }

    [Fact]
    public void BlankAndCommentLinesAtAnyIndentationAreIgnored()
    {
        var tokens = Lex("def f():\n    x = 1\n# col 0\n        # deeper\n    \n\t\n    return x\n# last, no newline");

        Assert.Equal(1, tokens.Count(t => t.Kind == TokenKind.Indent));
        Assert.Equal(7, tokens.Single(t => t.Text == "return").Line);
    }

    [Fact]
    public void BracketsAndBackslashesJoinLines()
    {
        var tokens = Lex("x = (1,\n     2) + \\\n  3\n");

        Assert.Single(tokens, t => t.Kind == TokenKind.Newline);
        Assert.Equal(3, tokens.Single(t => t.Text == "3").Line);
    }

    [Theory]
    [InlineData("1_000_000", 1_000_000L)]
    [InlineData("0x_ff", 255L)]
    [InlineData("0o17", 15L)]
    [InlineData("0b1010", 10L)]
    public void IntegerLiterals(string text, long value)
    {
        var n = (NumberValue)Lex(text)[0].Value!;

        Assert.Equal((NumberKind.Int, value), (n.Kind, n.Int));
    }

    [Theory]
    [InlineData("1.5e3", NumberKind.Float, 1500.0)]
    [InlineData(".5", NumberKind.Float, 0.5)]
    [InlineData("2j", NumberKind.Imaginary, 2.0)]
    [InlineData("1_0.2_5", NumberKind.Float, 10.25)]
    public void FloatAndImaginaryLiterals(string text, NumberKind kind, double value)
    {
        var n = (NumberValue)Lex(text)[0].Value!;

        Assert.Equal((kind, value), (n.Kind, n.Float));
    }

    [Fact]
    public void HugeIntegersBecomeBigIntegers()
    {
        var n = (NumberValue)Lex("123456789012345678901234567890")[0].Value!;

        Assert.Equal(NumberKind.BigInt, n.Kind);
        Assert.Equal(System.Numerics.BigInteger.Parse("123456789012345678901234567890"), n.Big);
    }

    [Theory]
    [InlineData(@"'a\tb\x41\u00e9\N{GREEK SMALL LETTER ALPHA}'", "a\tbAéα")]
    [InlineData(@"r'\n\d'", @"\n\d")]
    [InlineData("'''multi\nline'''", "multi\nline")]
    [InlineData(@"'\101\0'", "A\0")]
    [InlineData(@"'keep \q'", @"keep \q")]
    public void StringEscapes(string source, string expected)
    {
        var literal = (StringLiteral)Lex(source)[0].Value!;

        Assert.Equal(expected, literal.Text);
    }

    [Fact]
    public void BytesLiteralIsMarked()
    {
        var literal = (StringLiteral)Lex(@"b'\x00\xff'")[0].Value!;

        Assert.True(literal.IsBytes);
        Assert.Equal("\0\u00ff", literal.Text);
    }

    [Fact]
    public void FStringSplitsIntoTextAndFields()
    {
        var literal = (StringLiteral)Lex("f'a{x!r:>{w}}b{{c}} {y=}'")[0].Value!;
        var pieces = literal.Pieces!;

        Assert.Equal("a", ((FStringText)pieces[0]).Text);
        var field = (FStringField)pieces[1];
        Assert.Equal(("x", 'r'), (field.ExpressionSource, field.Conversion));
        Assert.Equal(">", ((FStringText)field.Spec![0]).Text);
        Assert.Equal("w", ((FStringField)field.Spec[1]).ExpressionSource);
        Assert.Equal("b{c} ", ((FStringText)pieces[2]).Text);
        Assert.Equal("y=", ((FStringField)pieces[3]).DebugText);
    }

    [Fact]
    public void FStringAllowsNestedQuotesOfPython312()
    {
        var literal = (StringLiteral)Lex("f\"{d[\"k\"]}\"")[0].Value!;

        Assert.Equal("d[\"k\"]", ((FStringField)literal.Pieces![0]).ExpressionSource);
    }
}
