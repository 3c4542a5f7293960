namespace QiskitStudio.Python.Syntax;

// The match statement (PEP 634): "match subject:" followed by "case pattern [if guard]:" blocks.
public sealed partial class Parser
{
    private Stmt ParseMatch()
    {
        var t = Next(); // 'match' (a soft keyword)
        var subject = ParseStarExpressions(allowYield: false);
        Expect(":");
        if (Peek.Kind != TokenKind.Newline) throw SyntaxErrorAt(Peek);
        _pos++;
        if (Peek.Kind != TokenKind.Indent)
            throw PythonSyntaxError.Indentation($"expected an indented block after 'match' statement on line {t.Line}", Peek.Line, Peek.Column);
        _pos++;
        var cases = new List<MatchCase>();
        while (Peek.Kind == TokenKind.Name && Peek.Text == "case")
        {
            var c = Next();
            var pattern = ParseCasePatterns();
            Expr? guard = null;
            if (AtKeyword("if")) { _pos++; guard = ParseNamedExpression(); }
            var body = ParseBlock("'case' statement", c);
            cases.Add(At(new MatchCase(pattern, guard, body), c));
        }
        if (cases.Count == 0) throw SyntaxErrorAt(Peek);
        if (Peek.Kind == TokenKind.Dedent) _pos++;
        else if (Peek.Kind != TokenKind.EndOfFile) throw SyntaxErrorAt(Peek);
        return At(new Match(subject, cases), t);
    }

    /// <summary>Top-level patterns: a bare comma list is a sequence pattern.</summary>
    private Pattern ParseCasePatterns()
    {
        var start = Peek;
        var first = ParseMaybeStarPattern();
        if (!At(",")) return first is MatchStar ? throw SyntaxErrorAt(start) : first;
        var items = new List<Pattern> { first };
        while (Accept(","))
        {
            if (At(":") || AtKeyword("if")) break;
            items.Add(ParseMaybeStarPattern());
        }
        return At(new MatchSequence(items), start);
    }

    private Pattern ParseMaybeStarPattern()
    {
        if (At("*"))
        {
            var star = Next();
            string name = ExpectName();
            return At(new MatchStar(name == "_" ? null : name), star);
        }
        return ParsePattern();
    }

    private Pattern ParsePattern()
    {
        var start = Peek;
        var pattern = ParseOrPattern();
        if (AtKeyword("as"))
        {
            _pos++;
            string name = ExpectName();
            if (name == "_") throw new PythonSyntaxError("cannot use '_' as a target", start.Line, start.Column);
            return At(new MatchAs(pattern, name), start);
        }
        return pattern;
    }

    private Pattern ParseOrPattern()
    {
        var start = Peek;
        var first = ParseClosedPattern();
        if (!At("|")) return first;
        var alternatives = new List<Pattern> { first };
        while (Accept("|")) alternatives.Add(ParseClosedPattern());
        return At(new MatchOr(alternatives), start);
    }

    private Pattern ParseClosedPattern()
    {
        var t = Peek;
        switch (t.Kind)
        {
            case TokenKind.Number:
            case TokenKind.String:
                return At(new MatchValue(ParseLiteralForPattern()), t);
            case TokenKind.Operator when t.Text == "-":
                return At(new MatchValue(ParseLiteralForPattern()), t);
            case TokenKind.Operator when t.Text == "(":
            {
                _pos++;
                if (Accept(")")) return At(new MatchSequence([]), t);
                var first = ParseMaybeStarPattern();
                if (Accept(")"))
                {
                    if (first is MatchStar) return At(new MatchSequence([first]), t);
                    return first;
                }
                var items = new List<Pattern> { first };
                while (Accept(","))
                {
                    if (At(")")) break;
                    items.Add(ParseMaybeStarPattern());
                }
                Expect(")");
                return At(new MatchSequence(items), t);
            }
            case TokenKind.Operator when t.Text == "[":
            {
                _pos++;
                var items = new List<Pattern>();
                while (!At("]"))
                {
                    items.Add(ParseMaybeStarPattern());
                    if (!Accept(",")) break;
                }
                Expect("]");
                return At(new MatchSequence(items), t);
            }
            case TokenKind.Operator when t.Text == "{":
                return ParseMappingPattern();
            case TokenKind.Name:
                switch (t.Text)
                {
                    case "None": _pos++; return At(new MatchSingleton(ConstantKind.None), t);
                    case "True": _pos++; return At(new MatchSingleton(ConstantKind.True), t);
                    case "False": _pos++; return At(new MatchSingleton(ConstantKind.False), t);
                }
                string name = ExpectName();
                Expr? dotted = null;
                while (At("."))
                {
                    _pos++;
                    dotted = At(new AttributeExpr(dotted ?? At(new Name(name), t), ExpectName()), t);
                }
                if (At("(")) return ParseClassPattern(dotted ?? At(new Name(name), t), t);
                if (dotted is not null) return At(new MatchValue(dotted), t);
                return At(new MatchAs(null, name == "_" ? null : name), t);
        }
        throw SyntaxErrorAt(t);
    }

    private Expr ParseLiteralForPattern()
    {
        // Numbers (optionally negative, optionally complex like 1+2j) and strings.
        var expr = ParseArith();
        if (expr is Constant or UnaryOp { Operand: Constant } or BinOp or JoinedStr) return expr;
        throw new PythonSyntaxError("patterns may only match literals and attribute lookups", expr.Line, expr.Column);
    }

    private Pattern ParseMappingPattern()
    {
        var t = Next(); // '{'
        var keys = new List<Expr>();
        var patterns = new List<Pattern>();
        string? rest = null;
        while (!At("}"))
        {
            if (Accept("**"))
            {
                rest = ExpectName();
                Accept(",");
                break;
            }
            var keyToken = Peek;
            Expr key = keyToken.Kind == TokenKind.Name && keyToken.Text is not ("None" or "True" or "False")
                ? ParseDottedValue()
                : ParseLiteralOrSingletonKey();
            Expect(":");
            keys.Add(key);
            patterns.Add(ParsePattern());
            if (!Accept(",")) break;
        }
        Expect("}");
        return At(new MatchMapping(keys, patterns, rest), t);
    }

    private Expr ParseDottedValue()
    {
        var t = Peek;
        Expr e = At(new Name(ExpectName()), t);
        while (Accept(".")) e = At(new AttributeExpr(e, ExpectName()), t);
        return e;
    }

    private Expr ParseLiteralOrSingletonKey()
    {
        var t = Peek;
        if (t.Kind == TokenKind.Name)
        {
            _pos++;
            return At(new Constant(t.Text switch { "None" => ConstantKind.None, "True" => ConstantKind.True, _ => ConstantKind.False }), t);
        }
        return ParseLiteralForPattern();
    }

    private Pattern ParseClassPattern(Expr cls, Token t)
    {
        _pos++; // '('
        var positional = new List<Pattern>();
        var names = new List<string>();
        var keywordPatterns = new List<Pattern>();
        while (!At(")"))
        {
            if (Peek.Kind == TokenKind.Name && PeekAt(1).Is("="))
            {
                names.Add(Next().Text);
                _pos++;
                keywordPatterns.Add(ParsePattern());
            }
            else
            {
                if (names.Count > 0) throw new PythonSyntaxError("positional patterns follow keyword patterns", Peek.Line, Peek.Column);
                positional.Add(ParsePattern());
            }
            if (!Accept(",")) break;
        }
        Expect(")");
        return At(new MatchClass(cls, positional, names, keywordPatterns), t);
    }
}
