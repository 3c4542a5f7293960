using System.Globalization;
using System.Numerics;
using System.Text;

namespace QiskitStudio.Python.Syntax;

/// <summary>
/// Turns Python source into tokens: INDENT/DEDENT from leading whitespace, NEWLINE only at the end of
/// logical lines (brackets and backslashes join physical lines), and decoded literals.
/// </summary>
public sealed class Lexer
{
    private static readonly string[] Operators =
    [
        "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}",
        ",", ":", ";", ".", "=",
    ];

    private readonly string _src;
    private readonly int _lineOffset;
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private readonly List<Token> _tokens = [];
    private readonly Stack<int> _indents = new();
    private readonly Stack<(char Bracket, int Line, int Column)> _brackets = new();

    private Lexer(string source, int lineOffset)
    {
        _src = source.Replace("\r\n", "\n").Replace('\r', '\n');
        _lineOffset = lineOffset;
        _indents.Push(0);
    }

    public static List<Token> Tokenize(string source) => new Lexer(source, 0).Run();

    /// <summary>Tokens of an expression embedded in an f-string: no indentation, lines counted from <paramref name="line"/>.</summary>
    internal static List<Token> TokenizeExpression(string source, int line)
    {
        var lexer = new Lexer("(" + source + ")", line - 1);
        lexer._line = 1;
        return lexer.Run();
    }

    private int Line => _line + _lineOffset;
    private int Col => _pos - _lineStart + 1;

    private PythonSyntaxError Error(string message, int? column = null) => new(message, Line, column ?? Col);

    private List<Token> Run()
    {
        bool atLineStart = true;
        while (true)
        {
            if (atLineStart)
            {
                if (HandleIndentation()) continue; // blank or comment-only line: the next one starts a line too
                atLineStart = false;
                if (_pos >= _src.Length) break;
            }
            if (_pos >= _src.Length) break;
            char c = _src[_pos];
            if (c == ' ' || c == '\t' || c == '\f') { _pos++; continue; }
            if (c == '#') { SkipComment(); continue; }
            if (c == '\\')
            {
                if (_pos + 1 < _src.Length && _src[_pos + 1] == '\n') { _pos += 2; NewPhysicalLine(); continue; }
                if (_pos + 1 >= _src.Length) throw Error("unexpected EOF while parsing");
                throw Error("unexpected character after line continuation character", Col + 1);
            }
            if (c == '\n')
            {
                _pos++;
                if (_brackets.Count == 0)
                {
                    Add(TokenKind.Newline, "\n", Col - 1, Col);
                    NewPhysicalLine();
                    atLineStart = true;
                }
                else NewPhysicalLine();
                continue;
            }
            if (IsIdentifierStart(c))
            {
                if (TryStringPrefix()) continue;
                int start = _pos;
                while (_pos < _src.Length && IsIdentifierPart(_src[_pos])) _pos++;
                string name = _src[start.._pos];
                Add(TokenKind.Name, name, start - _lineStart + 1, Col);
                continue;
            }
            if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < _src.Length && char.IsAsciiDigit(_src[_pos + 1])))
            {
                ReadNumber();
                continue;
            }
            if (c == '"' || c == '\'')
            {
                ReadString(_pos, "");
                continue;
            }
            ReadOperator();
        }
        // An unclosed bracket is reported by the parser, which knows whether it explains the error.
        object? unclosed = _brackets.Count > 0 ? _brackets.Peek() : null;
        if (_tokens.Count > 0 && _tokens[^1].Kind != TokenKind.Newline && _tokens[^1].Kind != TokenKind.Dedent)
            Add(TokenKind.Newline, "", Col, Col);
        while (_indents.Count > 1) { _indents.Pop(); Add(TokenKind.Dedent, "", Col, Col); }
        Add(TokenKind.EndOfFile, "", Col, Col, unclosed);
        return _tokens;
    }

    private void Add(TokenKind kind, string text, int column, int endColumn, object? value = null)
        => _tokens.Add(new Token(kind, text, Line, column, endColumn, value));

    private void NewPhysicalLine()
    {
        _line++;
        _lineStart = _pos;
    }

    private void SkipComment()
    {
        while (_pos < _src.Length && _src[_pos] != '\n') _pos++;
    }

    /// <summary>Measures the indentation of a new logical line; returns true when the line is blank (nothing emitted).</summary>
    private bool HandleIndentation()
    {
        int width = 0;
        while (_pos < _src.Length)
        {
            char c = _src[_pos];
            if (c == ' ') width++;
            else if (c == '\t') width = (width / 8 + 1) * 8;
            else if (c == '\f') width = 0;
            else break;
            _pos++;
        }
        if (_pos >= _src.Length) return false;
        char next = _src[_pos];
        if (next == '#' || next == '\n' || (next == '\\' && _pos + 1 < _src.Length && _src[_pos + 1] == '\n'))
        {
            if (next == '#') SkipComment();
            if (_pos < _src.Length && _src[_pos] == '\n') { _pos++; NewPhysicalLine(); }
            else if (_pos < _src.Length) { _pos += 2; NewPhysicalLine(); }
            return true;
        }
        int current = _indents.Peek();
        if (width > current)
        {
            _indents.Push(width);
            Add(TokenKind.Indent, "", 1, Col);
        }
        else if (width < current)
        {
            while (_indents.Peek() > width)
            {
                _indents.Pop();
                Add(TokenKind.Dedent, "", Col, Col);
            }
            if (_indents.Peek() != width)
                throw PythonSyntaxError.Indentation("unindent does not match any outer indentation level", Line, Col);
        }
        return false;
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_' || c > 127 && char.IsLetterOrDigit(c);
    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    private bool TryStringPrefix()
    {
        int start = _pos;
        int end = start;
        while (end < _src.Length && end - start < 3 && char.IsAsciiLetter(_src[end])) end++;
        for (int len = Math.Min(2, end - start); len >= 1; len--)
        {
            if (start + len < _src.Length && (_src[start + len] == '"' || _src[start + len] == '\''))
            {
                string prefix = _src.Substring(start, len).ToLowerInvariant();
                if (prefix is "r" or "u" or "b" or "f" or "br" or "rb" or "fr" or "rf")
                {
                    _pos = start + len;
                    ReadString(start, prefix);
                    return true;
                }
                return false;
            }
        }
        return false;
    }

    private void ReadNumber()
    {
        int start = _pos;
        int startCol = Col;
        char c = _src[_pos];
        if (c == '0' && _pos + 1 < _src.Length && "xXoObB".Contains(_src[_pos + 1]))
        {
            char kind = char.ToLowerInvariant(_src[_pos + 1]);
            int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
            _pos += 2;
            var digits = new StringBuilder();
            while (_pos < _src.Length && (IsIdentifierPart(_src[_pos])))
            {
                char d = _src[_pos];
                if (d == '_') { _pos++; continue; }
                int v = HexValue(d);
                if (v < 0 || v >= radix)
                {
                    string what = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
                    throw Error($"invalid digit '{d}' in {what} literal");
                }
                digits.Append(d);
                _pos++;
            }
            if (digits.Length == 0) throw Error($"invalid {(radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary")} literal");
            BigInteger value = BigInteger.Zero;
            foreach (char d in digits.ToString()) value = value * radix + HexValue(d);
            AddInt(value, start, startCol);
            return;
        }
        bool isFloat = false;
        ReadDigits();
        if (_pos < _src.Length && _src[_pos] == '.')
        {
            isFloat = true;
            _pos++;
            ReadDigits();
        }
        if (_pos < _src.Length && (_src[_pos] == 'e' || _src[_pos] == 'E'))
        {
            int save = _pos;
            _pos++;
            if (_pos < _src.Length && (_src[_pos] == '+' || _src[_pos] == '-')) _pos++;
            if (_pos < _src.Length && char.IsAsciiDigit(_src[_pos])) { isFloat = true; ReadDigits(); }
            else _pos = save;
        }
        string text = _src[start.._pos].Replace("_", "");
        if (_pos < _src.Length && (_src[_pos] == 'j' || _src[_pos] == 'J'))
        {
            _pos++;
            double im = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            Add(TokenKind.Number, _src[start.._pos], startCol, Col, new NumberValue(NumberKind.Imaginary, 0, default, im));
            CheckAfterNumber();
            return;
        }
        if (isFloat)
        {
            double d = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            Add(TokenKind.Number, _src[start.._pos], startCol, Col, new NumberValue(NumberKind.Float, 0, default, d));
            CheckAfterNumber();
            return;
        }
        if (text.Length > 1 && text[0] == '0' && text.Any(ch => ch != '0'))
            throw new PythonSyntaxError("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", Line, startCol);
        AddInt(BigInteger.Parse(text, CultureInfo.InvariantCulture), start, startCol);
    }

    private void AddInt(BigInteger value, int start, int startCol)
    {
        var number = value >= long.MinValue && value <= long.MaxValue
            ? new NumberValue(NumberKind.Int, (long)value, default, 0)
            : new NumberValue(NumberKind.BigInt, 0, value, 0);
        Add(TokenKind.Number, _src[start.._pos], startCol, Col, number);
        CheckAfterNumber();
    }

    private void CheckAfterNumber()
    {
        if (_pos < _src.Length && IsIdentifierStart(_src[_pos]))
        {
            // "1if x else y" is legal Python (with a warning); anything else glued to a number is not.
            foreach (var kw in new[] { "if", "else", "and", "or", "in", "is", "not", "for" })
                if (string.CompareOrdinal(_src, _pos, kw, 0, kw.Length) == 0) return;
            throw Error("invalid decimal literal", Col - 1);
        }
    }

    private void ReadDigits()
    {
        while (_pos < _src.Length && (char.IsAsciiDigit(_src[_pos]) || (_src[_pos] == '_' && _pos + 1 < _src.Length && char.IsAsciiDigit(_src[_pos + 1]))))
            _pos++;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private void ReadOperator()
    {
        int startCol = Col;
        foreach (var op in Operators)
        {
            if (string.CompareOrdinal(_src, _pos, op, 0, op.Length) != 0) continue;
            _pos += op.Length;
            if (op is "(" or "[" or "{") _brackets.Push((op[0], Line, startCol));
            else if (op is ")" or "]" or "}")
            {
                if (_brackets.Count == 0) throw new PythonSyntaxError($"unmatched '{op}'", Line, startCol);
                var (open, openLine, _) = _brackets.Pop();
                char expected = open == '(' ? ')' : open == '[' ? ']' : '}';
                if (expected != op[0])
                {
                    string where = openLine != Line ? $" on line {openLine}" : "";
                    throw new PythonSyntaxError($"closing parenthesis '{op}' does not match opening parenthesis '{open}'{where}", Line, startCol);
                }
            }
            Add(TokenKind.Operator, op, startCol, Col);
            return;
        }
        char c = _src[_pos];
        if (c == '!') throw Error("invalid syntax");
        if (c == '$' || c == '?' || c == '`') throw Error("invalid syntax");
        throw Error($"invalid character '{c}' (U+{(int)c:X4})");
    }

    // ---------------------------------------------------------------- strings

    private void ReadString(int tokenStart, string prefix)
    {
        int startLine = Line;
        int startCol = tokenStart - _lineStart + 1;
        bool raw = prefix.Contains('r');
        bool bytes = prefix.Contains('b');
        bool formatted = prefix.Contains('f');
        char quote = _src[_pos];
        bool triple = _pos + 2 < _src.Length && _src[_pos + 1] == quote && _src[_pos + 2] == quote;
        _pos += triple ? 3 : 1;
        StringLiteral literal;
        if (formatted)
        {
            var pieces = ReadFStringPieces(quote, triple, raw, startLine, startCol, inSpec: false);
            literal = new StringLiteral { IsFormatted = true, Pieces = pieces };
        }
        else
        {
            string body = ReadStringBody(quote, triple, startLine, startCol);
            string text = raw ? body : DecodeEscapes(body, bytes, startLine);
            if (bytes && text.Any(ch => ch > 127) && raw) throw new PythonSyntaxError("bytes can only contain ASCII literal characters", startLine, startCol);
            literal = new StringLiteral { IsBytes = bytes, Text = text };
        }
        _tokens.Add(new Token(TokenKind.String, _src[tokenStart.._pos], startLine, startCol, Col, literal));
    }

    /// <summary>Reads up to the closing quote and returns the raw body (escapes not yet decoded).</summary>
    private string ReadStringBody(char quote, bool triple, int startLine, int startCol)
    {
        int start = _pos;
        while (true)
        {
            if (_pos >= _src.Length) throw Unterminated(triple, startLine, startCol);
            char c = _src[_pos];
            if (c == '\\')
            {
                if (_pos + 1 < _src.Length && _src[_pos + 1] == '\n') { _pos += 2; NewPhysicalLine(); continue; }
                _pos += 2;
                continue;
            }
            if (c == '\n')
            {
                if (!triple) throw Unterminated(false, startLine, startCol);
                _pos++;
                NewPhysicalLine();
                continue;
            }
            if (c == quote && (!triple || (_pos + 2 < _src.Length && _src[_pos + 1] == quote && _src[_pos + 2] == quote)))
            {
                string body = _src[start.._pos];
                _pos += triple ? 3 : 1;
                return body;
            }
            _pos++;
        }
    }

    private PythonSyntaxError Unterminated(bool triple, int startLine, int startCol)
        => triple
            ? new PythonSyntaxError($"unterminated triple-quoted string literal (detected at line {(_src.EndsWith('\n') ? Line - 1 : Line)})", startLine, startCol)
            : new PythonSyntaxError($"unterminated string literal (detected at line {startLine})", startLine, startCol);

    /// <summary>
    /// Reads an f-string body (or a format spec inside one) into literal text and replacement fields.
    /// Stops after the closing quote, or (for a spec) before the '}' that closes the field.
    /// </summary>
    private List<FStringPiece> ReadFStringPieces(char quote, bool triple, bool raw, int startLine, int startCol, bool inSpec)
    {
        var pieces = new List<FStringPiece>();
        var text = new StringBuilder();
        void FlushText()
        {
            if (text.Length == 0) return;
            pieces.Add(new FStringText(raw ? text.ToString() : DecodeEscapes(text.ToString(), false, Line)));
            text.Clear();
        }
        while (true)
        {
            if (_pos >= _src.Length) throw Unterminated(triple, startLine, startCol);
            char c = _src[_pos];
            if (inSpec && c == '}') { FlushText(); return pieces; }
            if (c == '\\')
            {
                if (_pos + 1 < _src.Length && _src[_pos + 1] == '\n') { if (raw) text.Append("\\\n"); _pos += 2; NewPhysicalLine(); continue; }
                // A "\{" or "\N{...}" must not be read as a field.
                if (!raw && _pos + 1 < _src.Length && _src[_pos + 1] == 'N' && _pos + 2 < _src.Length && _src[_pos + 2] == '{')
                {
                    int close = _src.IndexOf('}', _pos);
                    if (close < 0) throw Error("malformed \\N character escape");
                    text.Append(_src, _pos, close - _pos + 1);
                    _pos = close + 1;
                    continue;
                }
                text.Append(c);
                if (_pos + 1 < _src.Length && _src[_pos + 1] != '{' && _src[_pos + 1] != '}') { text.Append(_src[_pos + 1]); _pos += 2; }
                else _pos++;
                continue;
            }
            if (c == '\n')
            {
                if (!triple) throw Unterminated(false, startLine, startCol);
                text.Append(c);
                _pos++;
                NewPhysicalLine();
                continue;
            }
            if (!inSpec && c == quote && (!triple || (_pos + 2 < _src.Length && _src[_pos + 1] == quote && _src[_pos + 2] == quote)))
            {
                FlushText();
                _pos += triple ? 3 : 1;
                return pieces;
            }
            if (c == '{')
            {
                if (!inSpec && _pos + 1 < _src.Length && _src[_pos + 1] == '{') { text.Append('{'); _pos += 2; continue; }
                FlushText();
                pieces.Add(ReadFStringField(quote, triple, raw, startLine, startCol));
                continue;
            }
            if (c == '}')
            {
                if (_pos + 1 < _src.Length && _src[_pos + 1] == '}') { text.Append('}'); _pos += 2; continue; }
                throw Error("f-string: single '}' is not allowed");
            }
            text.Append(c);
            _pos++;
        }
    }

    private FStringField ReadFStringField(char quote, bool triple, bool raw, int startLine, int startCol)
    {
        _pos++; // '{'
        int exprStart = _pos;
        int exprLine = Line;
        int exprCol = Col;
        int depth = 0;
        int exprEnd = -1;
        string? debugText = null;
        while (true)
        {
            if (_pos >= _src.Length) throw Unterminated(triple, startLine, startCol);
            char c = _src[_pos];
            if (c == '\n')
            {
                if (!triple) throw Error("f-string: expecting '}'");
                _pos++;
                NewPhysicalLine();
                continue;
            }
            if (c == quote && depth == 0 && (!triple || (_pos + 2 < _src.Length && _src[_pos + 1] == quote && _src[_pos + 2] == quote)) && !NestedQuoteAllowed())
                throw Error("f-string: expecting '}'");
            if (c == '"' || c == '\'')
            {
                SkipNestedString();
                continue;
            }
            if (c is '(' or '[' or '{') { depth++; _pos++; continue; }
            if (c is ')' or ']') { depth--; _pos++; continue; }
            if (c == '}')
            {
                if (depth > 0) { depth--; _pos++; continue; }
                exprEnd = _pos;
                break;
            }
            if (depth == 0)
            {
                if (c == '!' && _pos + 1 < _src.Length && _src[_pos + 1] != '=') { exprEnd = _pos; break; }
                if (c == ':') { exprEnd = _pos; break; }
                if (c == '=' && _pos + 1 < _src.Length && _src[_pos + 1] != '=' && _pos > exprStart && !"=!<>".Contains(_src[_pos - 1]))
                {
                    _pos++;
                    while (_pos < _src.Length && _src[_pos] == ' ') _pos++;
                    debugText = _src[exprStart.._pos];
                    exprEnd = _pos - (debugText.Length - debugText.TrimEnd(' ').Length) - 1;
                    break;
                }
            }
            if (c == '#') throw Error("f-string expression part cannot include '#'");
            _pos++;
        }
        string expression = _src[exprStart..exprEnd];
        if (string.IsNullOrWhiteSpace(expression)) throw Error("f-string: valid expression required before '}'");
        char conversion = '\0';
        if (_pos < _src.Length && _src[_pos] == '!')
        {
            if (_pos + 1 >= _src.Length || !"rsa".Contains(_src[_pos + 1]))
                throw Error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            conversion = _src[_pos + 1];
            _pos += 2;
        }
        List<FStringPiece>? spec = null;
        if (_pos < _src.Length && _src[_pos] == ':')
        {
            _pos++;
            spec = ReadFStringPieces(quote, triple, raw, startLine, startCol, inSpec: true);
        }
        if (_pos >= _src.Length || _src[_pos] != '}') throw Error("f-string: expecting '}'");
        _pos++;
        return new FStringField(expression, exprLine, exprCol, conversion, spec, debugText);
    }

    /// <summary>Python 3.12 allows an f-string's own quote inside its fields; we accept it when a matching quote follows before the field ends.</summary>
    private bool NestedQuoteAllowed()
    {
        char q = _src[_pos];
        int next = _src.IndexOf(q, _pos + 1);
        int brace = _src.IndexOf('}', _pos + 1);
        return next >= 0 && (brace < 0 || next < brace);
    }

    private void SkipNestedString()
    {
        char q = _src[_pos];
        bool triple = _pos + 2 < _src.Length && _src[_pos + 1] == q && _src[_pos + 2] == q;
        _pos += triple ? 3 : 1;
        ReadStringBody(q, triple, Line, Col);
    }

    internal static string DecodeEscapes(string body, bool bytes, int line)
    {
        if (body.IndexOf('\\') < 0) return body;
        var sb = new StringBuilder(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c != '\\' || i + 1 >= body.Length) { sb.Append(c); continue; }
            char e = body[++i];
            switch (e)
            {
                case '\n': break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i + 1 < body.Length && body[i + 1] is >= '0' and <= '7'; k++)
                        value = value * 8 + (body[++i] - '0');
                    sb.Append((char)value);
                    break;
                }
                case 'x':
                    sb.Append((char)ReadHex(body, ref i, 2, line, bytes ? "bytes" : "unicode", "\\xXX"));
                    break;
                case 'u' when !bytes:
                    sb.Append((char)ReadHex(body, ref i, 4, line, "unicode", "\\uXXXX"));
                    break;
                case 'U' when !bytes:
                    sb.Append(char.ConvertFromUtf32(ReadHex(body, ref i, 8, line, "unicode", "\\UXXXXXXXX")));
                    break;
                case 'N' when !bytes && i + 1 < body.Length && body[i + 1] == '{':
                {
                    int close = body.IndexOf('}', i);
                    string name = body.Substring(i + 2, close - i - 2);
                    sb.Append(UnicodeName(name, line));
                    i = close;
                    break;
                }
                default:
                    sb.Append('\\').Append(e);
                    break;
            }
        }
        return sb.ToString();
    }

    private static int ReadHex(string body, ref int i, int count, int line, string codec, string form)
    {
        int value = 0;
        for (int k = 0; k < count; k++)
        {
            int d = i + 1 < body.Length ? HexValue(body[i + 1]) : -1;
            if (d < 0)
                throw new PythonSyntaxError($"({codec} error) '{(codec == "bytes" ? "unicodeescape" : "unicodeescape")}' codec can't decode bytes in position {Math.Max(0, i - k - 1)}-{i}: truncated {form} escape", line, 1);
            value = value * 16 + d;
            i++;
        }
        return value;
    }

    private static string UnicodeName(string name, int line) =>
        UnicodeNames.TryGet(name, out int codePoint)
            ? char.ConvertFromUtf32(codePoint)
            : throw new PythonSyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name", line, 1);
}
