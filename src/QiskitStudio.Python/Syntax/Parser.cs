namespace QiskitStudio.Python.Syntax;

/// <summary>Recursive-descent parser from tokens to the <see cref="Module"/> AST (Python 3.12 grammar, without match/async).</summary>
public sealed partial class Parser
{
    private static readonly HashSet<string> Keywords =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ];

    private readonly List<Token> _tokens;
    private int _pos;
    // Context checks that CPython's compiler does (return outside function, break outside loop).
    private int _functionDepth;
    private int _loopDepth;

    private Parser(List<Token> tokens) => _tokens = tokens;

    public static Module ParseModule(string source)
    {
        var tokens = Lexer.Tokenize(source);
        try
        {
            return ParseTokens(tokens);
        }
        catch (PythonSyntaxError e) when (tokens[^1].Value is ValueTuple<char, int, int> unclosed
            && (e.Message is "invalid syntax" or "unexpected EOF while parsing" || e.Message.StartsWith("invalid syntax.", StringComparison.Ordinal))
            && (e.Line > unclosed.Item2 || e.Message.StartsWith("unexpected EOF", StringComparison.Ordinal)))
        {
            throw new PythonSyntaxError($"'{unclosed.Item1}' was never closed", unclosed.Item2, unclosed.Item3);
        }
    }

    private static Module ParseTokens(List<Token> tokens)
    {
        var parser = new Parser(tokens);
        var body = new List<Stmt>();
        while (parser.Peek.Kind != TokenKind.EndOfFile)
        {
            if (parser.Peek.Kind == TokenKind.Newline) { parser._pos++; continue; }
            if (parser.Peek.Kind == TokenKind.Indent) throw PythonSyntaxError.Indentation("unexpected indent", parser.Peek.Line, parser.Peek.EndColumn);
            parser.ParseStatement(body);
        }
        return new Module(body) { Line = 1, Column = 1 };
    }

    /// <summary>Parses a single expression (used for f-string fields).</summary>
    internal static Expr ParseEmbeddedExpression(string source, int line, int column)
    {
        var parser = new Parser(Lexer.TokenizeExpression(source, line));
        parser.Expect("(");
        var expr = parser.ParseStarExpressions(allowYield: true);
        if (!parser.Peek.Is(")")) throw new PythonSyntaxError("f-string: invalid syntax", line, column);
        return expr;
    }

    // ---------------------------------------------------------------- token helpers

    private Token Peek => _tokens[_pos];
    private Token PeekAt(int offset) => _tokens[Math.Min(_pos + offset, _tokens.Count - 1)];

    private Token Next() => _tokens[_pos++];

    private bool At(string op) => Peek.Is(op);

    private bool AtKeyword(string kw) => Peek.Kind == TokenKind.Name && Peek.Text == kw;

    private bool Accept(string op)
    {
        if (!At(op)) return false;
        _pos++;
        return true;
    }

    private Token Expect(string op)
    {
        if (At(op)) return Next();
        if (op == ":") throw new PythonSyntaxError("expected ':'", Peek.Line, Peek.Column);
        throw SyntaxErrorAt(Peek);
    }

    private PythonSyntaxError SyntaxErrorAt(Token t, string message = "invalid syntax")
    {
        if (t.Kind == TokenKind.Indent) return PythonSyntaxError.Indentation("unexpected indent", t.Line, t.Column);
        if (t.Kind == TokenKind.EndOfFile) return new PythonSyntaxError(message == "invalid syntax" ? "unexpected EOF while parsing" : message, t.Line, t.Column);
        return new PythonSyntaxError(message, t.Line, t.Column);
    }

    private string ExpectName()
    {
        var t = Peek;
        if (t.Kind != TokenKind.Name || Keywords.Contains(t.Text)) throw SyntaxErrorAt(t);
        _pos++;
        return t.Text;
    }

    private static T At<T>(T node, Token t) where T : Node
    {
        node.Line = t.Line;
        node.Column = t.Column;
        return node;
    }

    private static T At<T>(T node, Node from) where T : Node
    {
        node.Line = from.Line;
        node.Column = from.Column;
        return node;
    }

    private void ExpectNewline()
    {
        if (Peek.Kind == TokenKind.Newline) { _pos++; return; }
        if (Peek.Kind == TokenKind.EndOfFile) return;
        throw SyntaxErrorAt(Peek);
    }

    // ---------------------------------------------------------------- statements

    private void ParseStatement(List<Stmt> into)
    {
        var t = Peek;
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Text)
            {
                case "if": into.Add(ParseIf()); return;
                case "while": into.Add(ParseWhile()); return;
                case "for": into.Add(ParseFor()); return;
                case "try": into.Add(ParseTry()); return;
                case "with": into.Add(ParseWith()); return;
                case "def": into.Add(ParseFunctionDef([], t)); return;
                case "class": into.Add(ParseClassDef([], t)); return;
                case "async":
                    throw new PythonSyntaxError("async code is not supported by the embedded Python runtime", t.Line, t.Column);
                case "match" when IsMatchStatement():
                    into.Add(ParseMatch());
                    return;
            }
        }
        if (t.Is("@")) { into.Add(ParseDecorated()); return; }
        ParseSimpleStatements(into);
    }

    private bool IsMatchStatement()
    {
        // "match x:" at the start of a line followed by a newline and an indent.
        int depth = 0;
        for (int i = _pos + 1; i < _tokens.Count; i++)
        {
            var t = _tokens[i];
            if (t.Kind == TokenKind.Newline || t.Kind == TokenKind.EndOfFile) return false;
            if (t.Is("(") || t.Is("[") || t.Is("{")) depth++;
            else if (t.Is(")") || t.Is("]") || t.Is("}")) depth--;
            else if (depth == 0 && t.Is(":")) return i == _pos + 1 ? false : _tokens[i + 1].Kind == TokenKind.Newline;
            else if (depth == 0 && t.Is("=")) return false;
        }
        return false;
    }

    private void ParseSimpleStatements(List<Stmt> into)
    {
        while (true)
        {
            into.Add(ParseSimpleStatement());
            if (!Accept(";")) break;
            if (Peek.Kind == TokenKind.Newline || Peek.Kind == TokenKind.EndOfFile) break;
        }
        ExpectNewline();
    }

    private Stmt ParseSimpleStatement()
    {
        var t = Peek;
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Text)
            {
                case "pass": _pos++; return At(new Pass(), t);
                case "break":
                    _pos++;
                    if (_loopDepth == 0) throw new PythonSyntaxError("'break' outside loop", t.Line, t.Column);
                    return At(new Break(), t);
                case "continue":
                    _pos++;
                    if (_loopDepth == 0) throw new PythonSyntaxError("'continue' not properly in loop", t.Line, t.Column);
                    return At(new Continue(), t);
                case "return":
                {
                    _pos++;
                    if (_functionDepth == 0) throw new PythonSyntaxError("'return' outside function", t.Line, t.Column);
                    Expr? value = AtEndOfSimpleStatement() ? null : ParseStarExpressions(allowYield: false);
                    return At(new Return(value), t);
                }
                case "raise":
                {
                    _pos++;
                    Expr? exc = null, cause = null;
                    if (!AtEndOfSimpleStatement())
                    {
                        exc = ParseTest();
                        if (AtKeyword("from")) { _pos++; cause = ParseTest(); }
                    }
                    return At(new Raise(exc, cause), t);
                }
                case "global":
                case "nonlocal":
                {
                    _pos++;
                    var names = new List<string> { ExpectName() };
                    while (Accept(",")) names.Add(ExpectName());
                    return t.Text == "global" ? At(new Global(names), t) : At(new Nonlocal(names), t);
                }
                case "del":
                {
                    _pos++;
                    var targets = new List<Expr>();
                    do
                    {
                        if (AtEndOfSimpleStatement()) break;
                        var e = ParseBitOr();
                        SetContext(e, ExprContext.Del);
                        targets.Add(e);
                    } while (Accept(","));
                    if (targets.Count == 0) throw SyntaxErrorAt(Peek);
                    return At(new Delete(targets), t);
                }
                case "assert":
                {
                    _pos++;
                    var test = ParseTest();
                    Expr? msg = Accept(",") ? ParseTest() : null;
                    return At(new AssertStmt(test, msg), t);
                }
                case "import": return ParseImport();
                case "from": return ParseFromImport();
                case "print" when PeekAt(1).Kind is TokenKind.String or TokenKind.Number
                    || (PeekAt(1).Kind == TokenKind.Name && !Keywords.Contains(PeekAt(1).Text)):
                    throw new PythonSyntaxError("Missing parentheses in call to 'print'. Did you mean print(...)?", t.Line, t.Column);
            }
        }
        return ParseExpressionStatement();
    }

    private bool AtEndOfSimpleStatement()
        => Peek.Kind is TokenKind.Newline or TokenKind.EndOfFile || At(";");

    private Stmt ParseExpressionStatement()
    {
        var start = Peek;
        var first = ParseStarExpressions(allowYield: true);
        if (At("="))
        {
            var targets = new List<Expr> { first };
            Expr value = first;
            while (Accept("="))
            {
                value = ParseStarExpressions(allowYield: true);
                targets.Add(value);
            }
            targets.RemoveAt(targets.Count - 1);
            foreach (var target in targets) CheckAssignable(target, "assign to");
            return At(new Assign(targets, value), start);
        }
        if (At(":"))
        {
            _pos++;
            CheckAnnotatable(first);
            var annotation = ParseTest();
            Expr? value = Accept("=") ? ParseStarExpressions(allowYield: true) : null;
            SetContext(first, ExprContext.Store);
            bool simple = first is Name && start.Kind == TokenKind.Name;
            return At(new AnnAssign(first, annotation, value, simple), start);
        }
        if (Peek.Kind == TokenKind.Operator && Peek.Text.Length >= 2 && Peek.Text[^1] == '=' && Peek.Text is not ("==" or "!=" or "<=" or ">="))
        {
            var opToken = Next();
            if (first is not (Name or AttributeExpr or Subscript))
                throw new PythonSyntaxError($"'{Describe(first)}' is an illegal expression for augmented assignment", first.Line, first.Column);
            SetContext(first, ExprContext.Store);
            var value = ParseStarExpressions(allowYield: true);
            return At(new AugAssign(first, AugmentedOperator(opToken.Text), value), start);
        }
        if (first is Name && Peek.Kind is TokenKind.Name or TokenKind.Number or TokenKind.String && !Keywords.Contains(Peek.Text))
            throw SyntaxErrorAt(Peek);
        return At(new ExprStmt(first), start);
    }

    private static BinaryOperator AugmentedOperator(string text) => text[..^1] switch
    {
        "+" => BinaryOperator.Add,
        "-" => BinaryOperator.Sub,
        "*" => BinaryOperator.Mult,
        "@" => BinaryOperator.MatMult,
        "/" => BinaryOperator.Div,
        "//" => BinaryOperator.FloorDiv,
        "%" => BinaryOperator.Mod,
        "**" => BinaryOperator.Pow,
        "<<" => BinaryOperator.LShift,
        ">>" => BinaryOperator.RShift,
        "|" => BinaryOperator.BitOr,
        "^" => BinaryOperator.BitXor,
        "&" => BinaryOperator.BitAnd,
        _ => throw new InvalidOperationException(text),
    };

    private void CheckAnnotatable(Expr target)
    {
        if (target is Name or AttributeExpr or Subscript) return;
        string what = target is TupleExpr ? "tuple" : target is ListExpr ? "list" : "expression";
        throw new PythonSyntaxError($"only single target (not {what}) can be annotated", target.Line, target.Column);
    }

    private void CheckAssignable(Expr target, string verb)
    {
        switch (target)
        {
            case Name n:
                n.Context = ExprContext.Store;
                return;
            case AttributeExpr a:
                a.Context = ExprContext.Store;
                return;
            case Subscript s:
                s.Context = ExprContext.Store;
                return;
            case Starred st:
                st.Context = ExprContext.Store;
                CheckAssignable(st.Value, verb);
                return;
            case TupleExpr tu:
                tu.Context = ExprContext.Store;
                CheckStarredCount(tu.Elements);
                foreach (var e in tu.Elements) CheckAssignable(e, verb);
                return;
            case ListExpr li:
                li.Context = ExprContext.Store;
                CheckStarredCount(li.Elements);
                foreach (var e in li.Elements) CheckAssignable(e, verb);
                return;
        }
        string description = Describe(target);
        string hint = target is Call or Compare or BinOp or Constant && verb == "assign to" ? " here. Maybe you meant '==' instead of '='?" : "";
        if (target is Constant c && c.Kind is ConstantKind.None or ConstantKind.True or ConstantKind.False)
            throw new PythonSyntaxError($"cannot {verb} {description}", target.Line, target.Column);
        throw new PythonSyntaxError($"cannot {verb} {description}{hint}", target.Line, target.Column);
    }

    private static void CheckStarredCount(List<Expr> elements)
    {
        int count = 0;
        foreach (var e in elements) if (e is Starred) count++;
        if (count > 1) throw new PythonSyntaxError("multiple starred expressions in assignment", elements[0].Line, elements[0].Column);
    }

    private static string Describe(Expr e) => e switch
    {
        Call => "function call",
        Constant { Kind: ConstantKind.None } => "None",
        Constant { Kind: ConstantKind.True } => "True",
        Constant { Kind: ConstantKind.False } => "False",
        Constant { Kind: ConstantKind.Ellipsis } => "ellipsis",
        Constant => "literal",
        JoinedStr => "f-string expression",
        BinOp or UnaryOp => "expression",
        BoolOp => "expression",
        Compare => "comparison",
        Lambda => "lambda",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        ComprehensionExpr { Kind: ComprehensionKind.List } => "list comprehension",
        ComprehensionExpr { Kind: ComprehensionKind.Set } => "set comprehension",
        ComprehensionExpr { Kind: ComprehensionKind.Dict } => "dict comprehension",
        ComprehensionExpr => "generator expression",
        DictExpr => "dict literal",
        SetExpr => "set display",
        Yield or YieldFrom => "yield expression",
        TupleExpr => "tuple",
        ListExpr => "list",
        _ => "expression",
    };

    private static void SetContext(Expr target, ExprContext ctx)
    {
        switch (target)
        {
            case Name n: n.Context = ctx; break;
            case AttributeExpr a: a.Context = ctx; break;
            case Subscript s: s.Context = ctx; break;
            case Starred st: st.Context = ctx; SetContext(st.Value, ctx); break;
            case TupleExpr tu: tu.Context = ctx; foreach (var e in tu.Elements) SetContext(e, ctx); break;
            case ListExpr li: li.Context = ctx; foreach (var e in li.Elements) SetContext(e, ctx); break;
            default:
                throw new PythonSyntaxError(ctx == ExprContext.Del ? $"cannot delete {Describe(target)}" : $"cannot assign to {Describe(target)}", target.Line, target.Column);
        }
    }

    private Stmt ParseImport()
    {
        var t = Next();
        var names = new List<Alias>();
        do
        {
            var nameToken = Peek;
            string name = ParseDottedName();
            string? asName = AtKeyword("as") ? (_pos++ > -1 ? ExpectName() : null) : null;
            names.Add(At(new Alias(name, asName), nameToken));
        } while (Accept(","));
        return At(new Import(names), t);
    }

    private string ParseDottedName()
    {
        string name = ExpectName();
        while (Accept(".")) name += "." + ExpectName();
        return name;
    }

    private Stmt ParseFromImport()
    {
        var t = Next();
        int level = 0;
        while (At(".") || At("..."))
            level += Next().Text.Length;
        string? module = null;
        if (!AtKeyword("import")) module = ParseDottedName();
        if (!AtKeyword("import")) throw SyntaxErrorAt(Peek);
        _pos++;
        var names = new List<Alias>();
        if (At("*"))
        {
            var star = Next();
            names.Add(At(new Alias("*", null), star));
            return At(new ImportFrom(module, names, level), t);
        }
        bool parens = Accept("(");
        do
        {
            if (parens && At(")")) break;
            var nameToken = Peek;
            string name = ExpectName();
            string? asName = null;
            if (AtKeyword("as")) { _pos++; asName = ExpectName(); }
            names.Add(At(new Alias(name, asName), nameToken));
        } while (Accept(","));
        if (parens) Expect(")");
        else if (names.Count > 0 && _tokens[_pos - 1].Is(","))
            throw new PythonSyntaxError("trailing comma not allowed without surrounding parentheses", _tokens[_pos - 1].Line, _tokens[_pos - 1].Column);
        return At(new ImportFrom(module, names, level), t);
    }

    private List<Stmt> ParseBlock(string what, Token header)
    {
        Expect(":");
        var body = new List<Stmt>();
        if (Peek.Kind != TokenKind.Newline)
        {
            ParseSimpleStatements(body);
            return body;
        }
        _pos++;
        if (Peek.Kind != TokenKind.Indent)
            throw PythonSyntaxError.Indentation($"expected an indented block after {what} on line {header.Line}", Peek.Line, Peek.Column);
        _pos++;
        while (Peek.Kind != TokenKind.Dedent && Peek.Kind != TokenKind.EndOfFile)
        {
            if (Peek.Kind == TokenKind.Indent) throw PythonSyntaxError.Indentation("unexpected indent", Peek.Line, Peek.EndColumn);
            ParseStatement(body);
        }
        if (Peek.Kind == TokenKind.Dedent) _pos++;
        return body;
    }

    private Stmt ParseIf()
    {
        var t = Next();
        var test = ParseNamedExpression();
        var body = ParseBlock("'if' statement", t);
        var orElse = new List<Stmt>();
        if (AtKeyword("elif"))
        {
            var elifToken = Peek;
            // An elif is an if inside the else branch.
            orElse.Add(ParseElif(elifToken));
        }
        else if (AtKeyword("else"))
        {
            var e = Next();
            orElse = ParseBlock("'else' statement", e);
        }
        return At(new If(test, body, orElse), t);
    }

    private Stmt ParseElif(Token t)
    {
        _pos++;
        var test = ParseNamedExpression();
        var body = ParseBlock("'elif' statement", t);
        var orElse = new List<Stmt>();
        if (AtKeyword("elif")) orElse.Add(ParseElif(Peek));
        else if (AtKeyword("else")) { var e = Next(); orElse = ParseBlock("'else' statement", e); }
        return At(new If(test, body, orElse), t);
    }

    private Stmt ParseWhile()
    {
        var t = Next();
        var test = ParseNamedExpression();
        _loopDepth++;
        var body = ParseBlock("'while' statement", t);
        _loopDepth--;
        var orElse = new List<Stmt>();
        if (AtKeyword("else")) { var e = Next(); orElse = ParseBlock("'else' statement", e); }
        return At(new While(test, body, orElse), t);
    }

    private Stmt ParseFor()
    {
        var t = Next();
        var target = ParseTargetList();
        if (!AtKeyword("in")) throw SyntaxErrorAt(Peek);
        _pos++;
        var iter = ParseStarExpressions(allowYield: false);
        _loopDepth++;
        var body = ParseBlock("'for' statement", t);
        _loopDepth--;
        var orElse = new List<Stmt>();
        if (AtKeyword("else")) { var e = Next(); orElse = ParseBlock("'else' statement", e); }
        return At(new For(target, iter, body, orElse), t);
    }

    /// <summary>Targets of for-loops and comprehensions: a comma list of bit-or expressions (stops before 'in').</summary>
    private Expr ParseTargetList()
    {
        var start = Peek;
        var first = ParseTargetElement();
        if (!At(",")) { CheckAssignable(first, "assign to"); return first; }
        var elements = new List<Expr> { first };
        while (Accept(","))
        {
            if (AtKeyword("in") || At("=")) break;
            elements.Add(ParseTargetElement());
        }
        var tuple = At(new TupleExpr(elements), start);
        CheckAssignable(tuple, "assign to");
        return tuple;
    }

    private Expr ParseTargetElement()
    {
        if (At("*"))
        {
            var star = Next();
            return At(new Starred(ParseBitOr()), star);
        }
        return ParseBitOr();
    }

    private Stmt ParseTry()
    {
        var t = Next();
        var body = ParseBlock("'try' statement", t);
        var handlers = new List<ExceptHandler>();
        var orElse = new List<Stmt>();
        var finalBody = new List<Stmt>();
        while (AtKeyword("except"))
        {
            var h = Next();
            if (At("*")) throw new PythonSyntaxError("except* is not supported by the embedded Python runtime", Peek.Line, Peek.Column);
            Expr? type = null;
            string? name = null;
            if (!At(":"))
            {
                type = ParseTest();
                if (At(","))
                {
                    // "except A, B:" is a Python 2 spelling.
                    throw new PythonSyntaxError("multiple exception types must be parenthesized", type.Line, type.Column);
                }
                if (AtKeyword("as")) { _pos++; name = ExpectName(); }
            }
            var handlerBody = ParseBlock("'except' statement", h);
            handlers.Add(At(new ExceptHandler(type, name, handlerBody), h));
        }
        if (AtKeyword("else"))
        {
            var e = Next();
            if (handlers.Count == 0) throw SyntaxErrorAt(e);
            orElse = ParseBlock("'else' statement", e);
        }
        if (AtKeyword("finally"))
        {
            var f = Next();
            finalBody = ParseBlock("'finally' statement", f);
        }
        if (handlers.Count == 0 && finalBody.Count == 0)
        {
            int back = _pos - 1;
            while (back > 0 && _tokens[back].Kind == TokenKind.Dedent) back--;
            var at = Peek.Kind is TokenKind.EndOfFile or TokenKind.Dedent ? _tokens[back] : Peek;
            throw new PythonSyntaxError("expected 'except' or 'finally' block", at.Line, at.Column);
        }
        return At(new Try(body, handlers, orElse, finalBody), t);
    }

    private Stmt ParseWith()
    {
        var t = Next();
        var items = new List<WithItem>();
        // "with (a as b, c as d):" — parenthesised items (3.10+). Detect by looking for 'as' at depth 1.
        bool parenthesized = At("(") && ParenthesizedWithItems();
        if (parenthesized) _pos++;
        do
        {
            if (parenthesized && At(")")) break;
            var ctx = ParseTest();
            Expr? target = null;
            if (AtKeyword("as"))
            {
                _pos++;
                target = ParseTargetElement();
                CheckAssignable(target, "assign to");
            }
            items.Add(At(new WithItem(ctx, target), ctx));
        } while (Accept(","));
        if (parenthesized) Expect(")");
        var body = ParseBlock("'with' statement", t);
        return At(new With(items, body), t);
    }

    private bool ParenthesizedWithItems()
    {
        int depth = 0;
        for (int i = _pos; i < _tokens.Count; i++)
        {
            var tk = _tokens[i];
            if (tk.Is("(") || tk.Is("[") || tk.Is("{")) depth++;
            else if (tk.Is(")") || tk.Is("]") || tk.Is("}"))
            {
                depth--;
                if (depth == 0) return _tokens[i + 1].Is(":");
            }
            else if (depth == 1 && tk.Kind == TokenKind.Name && tk.Text == "as") return true;
            else if (tk.Kind == TokenKind.Newline) return false;
        }
        return false;
    }

    private Stmt ParseDecorated()
    {
        var decorators = new List<Expr>();
        while (At("@"))
        {
            _pos++;
            decorators.Add(ParseNamedExpression());
            ExpectNewline();
        }
        var t = Peek;
        if (AtKeyword("def")) return ParseFunctionDef(decorators, t);
        if (AtKeyword("class")) return ParseClassDef(decorators, t);
        throw SyntaxErrorAt(t);
    }

    private Stmt ParseFunctionDef(List<Expr> decorators, Token t)
    {
        _pos++; // def
        string name = ExpectName();
        Expect("(");
        var args = ParseParameters(")", allowAnnotations: true);
        Expect(")");
        Expr? returns = null;
        if (Accept("->")) returns = ParseTest();
        int savedLoop = _loopDepth;
        _loopDepth = 0;
        _functionDepth++;
        var body = ParseBlock($"function definition", t);
        _functionDepth--;
        _loopDepth = savedLoop;
        var def = At(new FunctionDef(name, args, body, decorators, returns), t);
        if (decorators.Count > 0) def.Line = t.Line;
        return def;
    }

    private Stmt ParseClassDef(List<Expr> decorators, Token t)
    {
        _pos++; // class
        string name = ExpectName();
        var bases = new List<Expr>();
        var keywords = new List<Keyword>();
        if (Accept("("))
        {
            ParseCallArguments(bases, keywords);
            Expect(")");
        }
        int savedLoop = _loopDepth, savedFunction = _functionDepth;
        _loopDepth = 0;
        _functionDepth = 0;
        var body = ParseBlock("class definition", t);
        _loopDepth = savedLoop;
        _functionDepth = savedFunction;
        return At(new ClassDef(name, bases, keywords, body, decorators), t);
    }

    /// <summary>Parameters of a def (closing ')') or a lambda (closing ':').</summary>
    private Arguments ParseParameters(string closing, bool allowAnnotations)
    {
        var args = At(new Arguments(), Peek);
        bool seenStar = false;
        bool seenDefault = false;
        var names = new HashSet<string>();
        while (!At(closing))
        {
            var t = Peek;
            if (Accept("/"))
            {
                if (seenStar || args.Args.Count == 0 || args.PositionalOnly.Count > 0)
                    throw new PythonSyntaxError("/ must be ahead of *", t.Line, t.Column);
                args.PositionalOnly.AddRange(args.Args);
                args.Args.Clear();
            }
            else if (Accept("**"))
            {
                args.KwArg = ParseParameter(allowAnnotations, names);
                Accept(",");
                if (!At(closing)) throw new PythonSyntaxError("arguments cannot follow var-keyword argument", Peek.Line, Peek.Column);
                break;
            }
            else if (Accept("*"))
            {
                if (seenStar) throw new PythonSyntaxError("* argument may appear only once", t.Line, t.Column);
                seenStar = true;
                if (At(",")) { if (PeekAt(1).Is(closing)) throw new PythonSyntaxError("named arguments must follow bare *", t.Line, t.Column); }
                else args.VarArg = ParseParameter(allowAnnotations, names);
            }
            else
            {
                var arg = ParseParameter(allowAnnotations, names);
                Expr? deflt = Accept("=") ? ParseTest() : null;
                if (seenStar)
                {
                    args.KeywordOnly.Add(arg);
                    args.KeywordDefaults.Add(deflt);
                }
                else
                {
                    if (deflt is null && seenDefault)
                        throw new PythonSyntaxError("non-default argument follows default argument", arg.Line, arg.Column);
                    if (deflt is not null) { seenDefault = true; args.Defaults.Add(deflt); }
                    args.Args.Add(arg);
                }
            }
            if (!Accept(",")) break;
        }
        return args;
    }

    private Arg ParseParameter(bool allowAnnotations, HashSet<string> names)
    {
        var t = Peek;
        string name = ExpectName();
        if (!names.Add(name)) throw new PythonSyntaxError($"duplicate argument '{name}' in function definition", t.Line, t.Column);
        Expr? annotation = null;
        if (allowAnnotations && Accept(":")) annotation = ParseTest();
        return At(new Arg(name, annotation), t);
    }

    // ---------------------------------------------------------------- expressions

    /// <summary>star_expressions: a tuple without parentheses when commas are present; yields allowed where given.</summary>
    private Expr ParseStarExpressions(bool allowYield)
    {
        if (allowYield && AtKeyword("yield")) return ParseYield();
        var start = Peek;
        var first = ParseStarOrNamed();
        if (!At(",")) return first;
        var elements = new List<Expr> { first };
        while (Accept(","))
        {
            if (!StartsExpression()) break;
            elements.Add(ParseStarOrNamed());
        }
        return At(new TupleExpr(elements), start);
    }

    private bool StartsExpression()
    {
        var t = Peek;
        return t.Kind switch
        {
            TokenKind.Name => t.Text is not ("in" or "for" or "if" or "else" or "and" or "or" or "is" or "as" or "from" or "import"),
            TokenKind.Number or TokenKind.String => true,
            TokenKind.Operator => t.Text is "(" or "[" or "{" or "-" or "+" or "~" or "*" or "..." or "**",
            _ => false,
        };
    }

    private Expr ParseStarOrNamed()
    {
        if (At("*"))
        {
            var star = Next();
            return At(new Starred(ParseBitOr()), star);
        }
        return ParseNamedExpression();
    }

    private Expr ParseYield()
    {
        var t = Next();
        // 'yield' outside a function is reported by the scope analysis.
        if (AtKeyword("from"))
        {
            _pos++;
            return At(new YieldFrom(ParseTest()), t);
        }
        if (Peek.Kind is TokenKind.Newline or TokenKind.EndOfFile || At(")") || At("]") || At("}") || At("=") || At(";"))
            return At(new Yield(null), t);
        return At(new Yield(ParseStarExpressions(allowYield: false)), t);
    }

    private Expr ParseNamedExpression()
    {
        if (Peek.Kind == TokenKind.Name && PeekAt(1).Is(":="))
        {
            var t = Peek;
            string name = ExpectName();
            _pos++;
            var value = ParseTest();
            return At(new NamedExpr(At(new Name(name) { Context = ExprContext.Store }, t), value), t);
        }
        var expr = ParseTest();
        if (At(":=")) throw new PythonSyntaxError($"cannot use assignment expressions with {Describe(expr)}", expr.Line, expr.Column);
        return expr;
    }

    private Expr ParseTest()
    {
        if (AtKeyword("lambda")) return ParseLambda();
        var body = ParseOr();
        if (AtKeyword("if") )
        {
            var t = Next();
            var test = ParseOr();
            if (!AtKeyword("else")) throw new PythonSyntaxError("expected 'else' after 'if' expression", Peek.Line, Peek.Column);
            _pos++;
            var orElse = ParseTest();
            return At(new IfExp(test, body, orElse), body);
        }
        return body;
    }

    private Expr ParseTestNoCond()
    {
        if (AtKeyword("lambda")) return ParseLambda();
        return ParseOr();
    }

    private Expr ParseLambda()
    {
        var t = Next();
        var args = ParseParameters(":", allowAnnotations: false);
        Expect(":");
        int savedFunction = _functionDepth;
        _functionDepth = 1;
        var body = ParseTest();
        _functionDepth = savedFunction;
        return At(new Lambda(args, body), t);
    }

    private Expr ParseOr()
    {
        var first = ParseAnd();
        if (!AtKeyword("or")) return first;
        var values = new List<Expr> { first };
        while (AtKeyword("or")) { _pos++; values.Add(ParseAnd()); }
        return At(new BoolOp(false, values), first);
    }

    private Expr ParseAnd()
    {
        var first = ParseNot();
        if (!AtKeyword("and")) return first;
        var values = new List<Expr> { first };
        while (AtKeyword("and")) { _pos++; values.Add(ParseNot()); }
        return At(new BoolOp(true, values), first);
    }

    private Expr ParseNot()
    {
        if (AtKeyword("not"))
        {
            var t = Next();
            return At(new UnaryOp(UnaryOperator.Not, ParseNot()), t);
        }
        return ParseComparison();
    }

    private Expr ParseComparison()
    {
        var left = ParseBitOr();
        List<CompareOperator>? ops = null;
        List<Expr>? comparators = null;
        while (true)
        {
            CompareOperator op;
            var t = Peek;
            if (t.Kind == TokenKind.Operator)
            {
                switch (t.Text)
                {
                    case "<": op = CompareOperator.Lt; break;
                    case ">": op = CompareOperator.Gt; break;
                    case "==": op = CompareOperator.Eq; break;
                    case ">=": op = CompareOperator.GtE; break;
                    case "<=": op = CompareOperator.LtE; break;
                    case "!=": op = CompareOperator.NotEq; break;
                    default: goto done;
                }
                _pos++;
            }
            else if (t.Kind == TokenKind.Name && t.Text == "in") { op = CompareOperator.In; _pos++; }
            else if (t.Kind == TokenKind.Name && t.Text == "not" && PeekAt(1).Kind == TokenKind.Name && PeekAt(1).Text == "in") { op = CompareOperator.NotIn; _pos += 2; }
            else if (t.Kind == TokenKind.Name && t.Text == "is")
            {
                _pos++;
                if (AtKeyword("not")) { _pos++; op = CompareOperator.IsNot; }
                else op = CompareOperator.Is;
            }
            else break;
            (ops ??= []).Add(op);
            (comparators ??= []).Add(ParseBitOr());
        }
    done:
        return ops is null ? left : At(new Compare(left, ops, comparators!), left);
    }

    private Expr ParseBitOr()
    {
        var left = ParseBitXor();
        while (At("|")) { _pos++; left = At(new BinOp(left, BinaryOperator.BitOr, ParseBitXor()), left); }
        return left;
    }

    private Expr ParseBitXor()
    {
        var left = ParseBitAnd();
        while (At("^")) { _pos++; left = At(new BinOp(left, BinaryOperator.BitXor, ParseBitAnd()), left); }
        return left;
    }

    private Expr ParseBitAnd()
    {
        var left = ParseShift();
        while (At("&")) { _pos++; left = At(new BinOp(left, BinaryOperator.BitAnd, ParseShift()), left); }
        return left;
    }

    private Expr ParseShift()
    {
        var left = ParseArith();
        while (true)
        {
            if (At("<<")) { _pos++; left = At(new BinOp(left, BinaryOperator.LShift, ParseArith()), left); }
            else if (At(">>")) { _pos++; left = At(new BinOp(left, BinaryOperator.RShift, ParseArith()), left); }
            else return left;
        }
    }

    private Expr ParseArith()
    {
        var left = ParseTerm();
        while (true)
        {
            if (At("+")) { _pos++; left = At(new BinOp(left, BinaryOperator.Add, ParseTerm()), left); }
            else if (At("-")) { _pos++; left = At(new BinOp(left, BinaryOperator.Sub, ParseTerm()), left); }
            else return left;
        }
    }

    private Expr ParseTerm()
    {
        var left = ParseFactor();
        while (true)
        {
            BinaryOperator op;
            if (At("*")) op = BinaryOperator.Mult;
            else if (At("/")) op = BinaryOperator.Div;
            else if (At("//")) op = BinaryOperator.FloorDiv;
            else if (At("%")) op = BinaryOperator.Mod;
            else if (At("@")) op = BinaryOperator.MatMult;
            else return left;
            _pos++;
            left = At(new BinOp(left, op, ParseFactor()), left);
        }
    }

    private Expr ParseFactor()
    {
        var t = Peek;
        if (At("-")) { _pos++; return At(new UnaryOp(UnaryOperator.USub, ParseFactor()), t); }
        if (At("+")) { _pos++; return At(new UnaryOp(UnaryOperator.UAdd, ParseFactor()), t); }
        if (At("~")) { _pos++; return At(new UnaryOp(UnaryOperator.Invert, ParseFactor()), t); }
        return ParsePower();
    }

    private Expr ParsePower()
    {
        Expr left;
        if (AtKeyword("await"))
        {
            var t = Next();
            left = At(new Await(ParsePrimary()), t);
        }
        else left = ParsePrimary();
        if (At("**"))
        {
            _pos++;
            return At(new BinOp(left, BinaryOperator.Pow, ParseFactor()), left);
        }
        return left;
    }

    private Expr ParsePrimary()
    {
        var expr = ParseAtom();
        while (true)
        {
            if (At("."))
            {
                _pos++;
                var nameToken = Peek;
                if (nameToken.Kind != TokenKind.Name) throw SyntaxErrorAt(nameToken);
                _pos++;
                expr = At(new AttributeExpr(expr, nameToken.Text), expr);
            }
            else if (At("("))
            {
                _pos++;
                var args = new List<Expr>();
                var keywords = new List<Keyword>();
                ParseCallArguments(args, keywords);
                Expect(")");
                expr = At(new Call(expr, args, keywords), expr);
            }
            else if (At("["))
            {
                _pos++;
                var index = ParseSubscriptList();
                Expect("]");
                expr = At(new Subscript(expr, index), expr);
            }
            else return expr;
        }
    }

    private void ParseCallArguments(List<Expr> args, List<Keyword> keywords)
    {
        bool seenKeyword = false;
        while (!At(")"))
        {
            var t = Peek;
            if (At("**"))
            {
                _pos++;
                keywords.Add(At(new Keyword(null, ParseTest()), t));
                seenKeyword = true;
            }
            else if (At("*"))
            {
                _pos++;
                args.Add(At(new Starred(ParseTest()), t));
            }
            else if (t.Kind == TokenKind.Name && PeekAt(1).Is("=") && !Keywords.Contains(t.Text))
            {
                _pos += 2;
                keywords.Add(At(new Keyword(t.Text, ParseTest()), t));
                seenKeyword = true;
            }
            else
            {
                var value = ParseNamedExpression();
                if (AtKeyword("for"))
                {
                    value = ParseComprehensionTail(ComprehensionKind.Generator, value, null, t);
                    if (args.Count > 0 || keywords.Count > 0 || At(","))
                    {
                        if (!(At(",") && PeekAt(1).Is(")")) || args.Count > 0 || keywords.Count > 0)
                            throw new PythonSyntaxError("Generator expression must be parenthesized", value.Line, value.Column);
                    }
                }
                else if (At("="))
                {
                    throw new PythonSyntaxError("expression cannot contain assignment, perhaps you meant \"==\"?", value.Line, value.Column);
                }
                if (seenKeyword)
                {
                    bool anyDoubleStar = keywords.Any(k => k.Name is null);
                    throw new PythonSyntaxError(anyDoubleStar ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument", value.Line, value.Column);
                }
                args.Add(value);
            }
            if (!Accept(","))
            {
                if (!At(")") && StartsExpression())
                    throw new PythonSyntaxError("invalid syntax. Perhaps you forgot a comma?", t.Line, t.Column);
                break;
            }
        }
    }

    private Expr ParseSubscriptList()
    {
        var start = Peek;
        var first = ParseSubscriptItem();
        if (!At(",")) return first;
        var elements = new List<Expr> { first };
        while (Accept(","))
        {
            if (At("]")) break;
            elements.Add(ParseSubscriptItem());
        }
        return At(new TupleExpr(elements), start);
    }

    private Expr ParseSubscriptItem()
    {
        var t = Peek;
        Expr? lower = null;
        if (!At(":"))
        {
            if (At("*")) { _pos++; return At(new Starred(ParseBitOr()), t); }
            lower = ParseNamedExpression();
            if (!At(":")) return lower;
        }
        _pos++; // ':'
        Expr? upper = null, step = null;
        if (!At(":") && !At("]") && !At(",")) upper = ParseTest();
        if (Accept(":"))
        {
            if (!At("]") && !At(",")) step = ParseTest();
        }
        return At(new Slice(lower, upper, step), t);
    }

    private Expr ParseAtom()
    {
        var t = Peek;
        switch (t.Kind)
        {
            case TokenKind.Number:
            {
                _pos++;
                var n = (NumberValue)t.Value!;
                return At(n.Kind switch
                {
                    NumberKind.Int => new Constant(ConstantKind.Int) { Int = n.Int },
                    NumberKind.BigInt => new Constant(ConstantKind.BigInt) { BigInt = n.Big },
                    NumberKind.Float => new Constant(ConstantKind.Float) { Float = n.Float },
                    _ => new Constant(ConstantKind.Imaginary) { Float = n.Float },
                }, t);
            }
            case TokenKind.String:
                return ParseStrings();
            case TokenKind.Name:
                switch (t.Text)
                {
                    case "None": _pos++; return At(new Constant(ConstantKind.None), t);
                    case "True": _pos++; return At(new Constant(ConstantKind.True), t);
                    case "False": _pos++; return At(new Constant(ConstantKind.False), t);
                }
                if (Keywords.Contains(t.Text)) throw SyntaxErrorAt(t);
                _pos++;
                return At(new Name(t.Text), t);
            case TokenKind.Operator:
                switch (t.Text)
                {
                    case "(": return ParseParenthesized();
                    case "[": return ParseListDisplay();
                    case "{": return ParseDictOrSetDisplay();
                    case "...": _pos++; return At(new Constant(ConstantKind.Ellipsis), t);
                }
                break;
        }
        throw SyntaxErrorAt(t);
    }

    private Expr ParseStrings()
    {
        var first = Peek;
        var parts = new List<Expr>();
        var text = new System.Text.StringBuilder();
        bool anyFormatted = false;
        bool? bytes = null;
        while (Peek.Kind == TokenKind.String)
        {
            var t = Next();
            var lit = (StringLiteral)t.Value!;
            if (bytes is not null && bytes != lit.IsBytes)
                throw new PythonSyntaxError("cannot mix bytes and nonbytes literals", t.Line, t.Column);
            bytes = lit.IsBytes;
            if (!lit.IsFormatted) { text.Append(lit.Text); continue; }
            anyFormatted = true;
            foreach (var piece in lit.Pieces!)
            {
                if (piece is FStringText ft) text.Append(ft.Text);
                else
                {
                    if (text.Length > 0) { parts.Add(At(new Constant(ConstantKind.Str) { Str = text.ToString() }, t)); text.Clear(); }
                    var field = (FStringField)piece;
                    if (field.DebugText is not null) parts.Add(At(new Constant(ConstantKind.Str) { Str = field.DebugText }, t));
                    parts.Add(BuildFormattedValue(field, t));
                }
            }
        }
        if (!anyFormatted)
            return At(new Constant(bytes == true ? ConstantKind.Bytes : ConstantKind.Str) { Str = text.ToString() }, first);
        if (text.Length > 0) parts.Add(At(new Constant(ConstantKind.Str) { Str = text.ToString() }, first));
        return At(new JoinedStr(parts), first);
    }

    private FormattedValue BuildFormattedValue(FStringField field, Token t)
    {
        var value = ParseEmbeddedExpression(field.ExpressionSource, field.Line, field.Column);
        JoinedStr? spec = null;
        if (field.Spec is not null)
        {
            var specParts = new List<Expr>();
            foreach (var p in field.Spec)
            {
                if (p is FStringText st) specParts.Add(At(new Constant(ConstantKind.Str) { Str = st.Text }, t));
                else specParts.Add(BuildFormattedValue((FStringField)p, t));
            }
            spec = At(new JoinedStr(specParts), t);
        }
        char conversion = field.Conversion;
        // f"{x=}" shows repr(x) unless a conversion or a format spec says otherwise.
        if (field.DebugText is not null && conversion == '\0' && spec is null) conversion = 'r';
        return At(new FormattedValue(value, conversion, spec), t);
    }

    private Expr ParseParenthesized()
    {
        var open = Next();
        if (Accept(")")) return At(new TupleExpr([]) { Parenthesized = true }, open);
        if (AtKeyword("yield"))
        {
            var y = ParseYield();
            Expect(")");
            return y;
        }
        var first = ParseStarOrNamed();
        if (AtKeyword("for"))
        {
            var gen = ParseComprehensionTail(ComprehensionKind.Generator, first, null, open);
            Expect(")");
            return gen;
        }
        if (Accept(")"))
        {
            if (first is Starred) throw new PythonSyntaxError("cannot use starred expression here", first.Line, first.Column);
            return first;
        }
        if (!At(",")) throw UnclosedOrMissingComma(open);
        var elements = new List<Expr> { first };
        while (Accept(","))
        {
            if (At(")")) break;
            elements.Add(ParseStarOrNamed());
        }
        if (!At(")")) throw UnclosedOrMissingComma(open);
        _pos++;
        return At(new TupleExpr(elements) { Parenthesized = true }, open);
    }

    private PythonSyntaxError UnclosedOrMissingComma(Token open)
    {
        // Two expressions on one line want a comma; across lines, the bracket was probably never closed.
        if (StartsExpression() && Peek.Line == _tokens[_pos - 1].Line) return new PythonSyntaxError("invalid syntax. Perhaps you forgot a comma?", open.Line, open.Column + 1);
        return SyntaxErrorAt(Peek);
    }

    private Expr ParseListDisplay()
    {
        var open = Next();
        if (Accept("]")) return At(new ListExpr([]), open);
        var first = ParseStarOrNamed();
        if (AtKeyword("for"))
        {
            var comp = ParseComprehensionTail(ComprehensionKind.List, first, null, open);
            Expect("]");
            return comp;
        }
        var elements = new List<Expr> { first };
        while (Accept(","))
        {
            if (At("]")) break;
            elements.Add(ParseStarOrNamed());
        }
        if (!At("]")) throw UnclosedOrMissingComma(open);
        _pos++;
        return At(new ListExpr(elements), open);
    }

    private Expr ParseDictOrSetDisplay()
    {
        var open = Next();
        if (Accept("}")) return At(new DictExpr([], []), open);
        if (At("**"))
        {
            return ParseDictRest(open, null, null);
        }
        var first = ParseStarOrNamed();
        if (Accept(":"))
        {
            var value = ParseTest();
            if (AtKeyword("for"))
            {
                var comp = ParseComprehensionTail(ComprehensionKind.Dict, first, value, open);
                Expect("}");
                return comp;
            }
            return ParseDictRest(open, first, value);
        }
        if (AtKeyword("for"))
        {
            var comp = ParseComprehensionTail(ComprehensionKind.Set, first, null, open);
            Expect("}");
            return comp;
        }
        var elements = new List<Expr> { first };
        while (Accept(","))
        {
            if (At("}")) break;
            elements.Add(ParseStarOrNamed());
        }
        if (!At("}")) throw UnclosedOrMissingComma(open);
        _pos++;
        return At(new SetExpr(elements), open);
    }

    private Expr ParseDictRest(Token open, Expr? firstKey, Expr? firstValue)
    {
        var keys = new List<Expr?>();
        var values = new List<Expr>();
        if (firstValue is not null) { keys.Add(firstKey); values.Add(firstValue); }
        else
        {
            _pos++; // **
            keys.Add(null);
            values.Add(ParseBitOr());
        }
        while (Accept(","))
        {
            if (At("}")) break;
            if (Accept("**")) { keys.Add(null); values.Add(ParseBitOr()); continue; }
            var key = ParseTest();
            if (!At(":")) throw new PythonSyntaxError("':' expected after dictionary key", key.Line, key.Column);
            _pos++;
            keys.Add(key);
            values.Add(ParseTest());
        }
        if (!At("}")) throw UnclosedOrMissingComma(open);
        _pos++;
        return At(new DictExpr(keys, values), open);
    }

    private Expr ParseComprehensionTail(ComprehensionKind kind, Expr element, Expr? value, Token start)
    {
        if (element is Starred)
            throw new PythonSyntaxError("iterable unpacking cannot be used in comprehension", element.Line, element.Column);
        var generators = new List<Comprehension>();
        while (AtKeyword("for") || (AtKeyword("async") && PeekAt(1).Text == "for"))
        {
            var forToken = Next();
            var target = ParseTargetList();
            if (!AtKeyword("in")) throw SyntaxErrorAt(Peek);
            _pos++;
            var iter = ParseOr();
            var ifs = new List<Expr>();
            while (AtKeyword("if"))
            {
                _pos++;
                ifs.Add(ParseTestNoCond());
            }
            generators.Add(At(new Comprehension(target, iter, ifs), forToken));
        }
        return At(new ComprehensionExpr(kind, element, value, generators), start);
    }
}
