using QiskitStudio.Python.Interpreter.Execution;
using QiskitStudio.Python.Interpreter.Nodes;
using QiskitStudio.Python.Runtime;
using QiskitStudio.Python.Syntax;
using AstBinary = QiskitStudio.Python.Syntax.BinaryOperator;
using RtBinary = QiskitStudio.Python.Runtime.BinaryOperator;

namespace QiskitStudio.Python.Interpreter.Compilation;

/// <summary>
/// Turns the AST into prepared nodes, once per run: every name is resolved to a local slot, a cell
/// or a global variable object (see <see cref="ScopeAnalyzer"/>), and common shapes get fast nodes.
/// </summary>
public sealed partial class Compiler
{
    private readonly IReadOnlyDictionary<Node, Scope> _scopes;
    private readonly Globals _globals;
    private readonly string _fileName;
    private Scope _scope;

    private Compiler(IReadOnlyDictionary<Node, Scope> scopes, Scope module, Globals globals, string fileName)
    {
        _scopes = scopes;
        _scope = module;
        _globals = globals;
        _fileName = fileName;
    }

    /// <summary>Compiles a parsed module; names bind to <paramref name="globals"/>.</summary>
    public static CodeObject CompileModule(Module module, Globals globals, string fileName)
    {
        var (top, scopes) = ScopeAnalyzer.Analyze(module);
        var compiler = new Compiler(scopes, top, globals, fileName);
        var code = new CodeObject { Name = "<module>", QualName = "<module>", FileName = fileName, FirstLine = 1 };
        code.Body = compiler.CompileBlock(module.Body);
        return code;
    }

    private static PythonSyntaxError Unsupported(Node node, string what) =>
        new($"{what} is not supported by the embedded Python runtime", node.Line, node.Column);

    // ---------------------------------------------------------------- names

    // Inside a class, names like __x become _Class__x (private name mangling); null elsewhere.
    private string? _privatePrefix;

    private string Mangle(string name)
    {
        if (_privatePrefix is null || !name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal))
            return name;
        return _privatePrefix + name;
    }

    private ExprNode Load(string name, Node at)
    {
        var (kind, index) = _scope.Resolve(name);
        string key = Mangle(name);
        ExprNode node = kind switch
        {
            NameKind.Local => new LocalLoad(index, name),
            NameKind.Cell when _scope.Kind == ScopeKind.Class => new ClassCellLoad(key, index),
            NameKind.Cell => new CellLoad(index, name, index >= _scope.CellNames.Count),
            NameKind.ClassNamespace => new ClassNameLoad(key, _globals.Get(key), _globals.Builtins),
            _ => new GlobalLoad(_globals.Get(key), _globals.Builtins),
        };
        node.Line = at.Line;
        return node;
    }

    private TargetNode StoreName(string name)
    {
        var (kind, index) = _scope.Resolve(name);
        return kind switch
        {
            NameKind.Local => new LocalTarget(index, name),
            NameKind.Cell => new CellTarget(index, name),
            NameKind.ClassNamespace => new ClassNameTarget(Mangle(name)),
            _ => new GlobalTarget(_globals.Get(Mangle(name))),
        };
    }

    /// <summary>Reads a global or cell variable without resolving a pending string (null for other kinds).</summary>
    private Func<Frame, PyObject?>? RawLoad(string name)
    {
        var (kind, index) = _scope.Resolve(name);
        if (kind == NameKind.Cell && _scope.Kind != ScopeKind.Class) return f => f.Cells![index].Value;
        if (kind == NameKind.Global)
        {
            var variable = _globals.Get(name);
            return _ => variable.Value;
        }
        return null;
    }

    /// <summary>Index of <paramref name="name"/> among the cells of <paramref name="scope"/> (own cells, then free).</summary>
    private static int CellIndex(Scope scope, string name)
    {
        int own = scope.CellNames.IndexOf(name);
        if (own >= 0) return own;
        int free = scope.FreeNames.IndexOf(name);
        if (free >= 0) return scope.CellNames.Count + free;
        throw new InvalidOperationException($"no cell for '{name}' in {scope}");
    }

    private int[] ClosureFor(Scope child)
    {
        var cells = new int[child.FreeNames.Count];
        for (int i = 0; i < cells.Length; i++) cells[i] = CellIndex(_scope, child.FreeNames[i]);
        return cells;
    }

    // ---------------------------------------------------------------- statements

    private BlockNode CompileBlock(List<Stmt> body)
    {
        var nodes = new List<StmtNode>(body.Count);
        foreach (var s in body)
        {
            var node = CompileStatement(s);
            node.Line = s.Line;
            nodes.Add(node);
        }
        var block = new BlockNode(nodes.ToArray());
        block.ContainsYield = nodes.Any(n => n.ContainsYield);
        if (body.Count > 0) block.Line = body[0].Line;
        return block;
    }

    private StmtNode? CompileOptionalBlock(List<Stmt> body) => body.Count == 0 ? null : CompileBlock(body);

    private bool InGenerator => _scope.Kind == ScopeKind.Function && _scope.IsGenerator;

    private StmtNode CompileStatement(Stmt stmt)
    {
        if (TryCompileWithHoistedYields(stmt) is { } hoisted) return hoisted;
        switch (stmt)
        {
            case ExprStmt e:
                if (e.Value is Yield y) return WithYield(new YieldNode(y.Value is null ? null : CompileExpr(y.Value), null));
                if (e.Value is YieldFrom yf) return WithYield(new YieldFromNode(CompileExpr(yf.Value), null));
                CheckNoYield(e.Value);
                return new ExprStmtNode(CompileExpr(e.Value));
            case Assign a:
                return CompileAssign(a);
            case AugAssign aug:
                CheckNoYield(aug.Value);
                return CompileAugAssign(aug);
            case AnnAssign ann:
                return CompileAnnAssign(ann);
            case Delete d:
                return new DeleteNode(d.Targets.Select(CompileTarget).ToArray());
            case Pass or Global or Nonlocal:
                return new PassNode();
            case Break:
                return new BreakNode();
            case Continue:
                return new ContinueNode();
            case Return r:
                if (r.Value is not null) CheckNoYield(r.Value);
                return new ReturnNode(r.Value is null ? null : CompileExpr(r.Value));
            case Raise r:
                return new RaiseNode(r.Exception is null ? null : CompileExpr(r.Exception), r.Cause is null ? null : CompileExpr(r.Cause));
            case AssertStmt a:
                return new AssertNode(CompileExpr(a.Test), a.Message is null ? null : CompileExpr(a.Message));
            case Import imp:
                return Sequence(imp.Names.Select(alias => (StmtNode)new ImportNode(
                    alias.Name,
                    StoreName(alias.AsName ?? alias.Name.Split('.')[0]),
                    bindTopLevel: alias.AsName is null) { Line = stmt.Line }).ToList());
            case ImportFrom from:
                return CompileImportFrom(from);
            case If i:
            {
                CheckNoYield(i.Test);
                var node = new IfNode(CompileExpr(i.Test), CompileBlock(i.Body), CompileOptionalBlock(i.OrElse));
                return Propagate(node, i.Body, i.OrElse);
            }
            case While w:
            {
                CheckNoYield(w.Test);
                var node = new WhileNode(CompileExpr(w.Test), CompileBlock(w.Body), CompileOptionalBlock(w.OrElse)) { Line = w.Line };
                return Propagate(node, w.Body, w.OrElse);
            }
            case For f:
            {
                CheckNoYield(f.Iter);
                bool temporary = f.Iter is Call or ComprehensionExpr { Kind: ComprehensionKind.Generator };
                var node = new ForNode(CompileTarget(f.Target), CompileExpr(f.Iter), CompileBlock(f.Body), CompileOptionalBlock(f.OrElse), temporary) { Line = f.Line };
                return Propagate(node, f.Body, f.OrElse);
            }
            case Try t:
                return CompileTry(t);
            case With w:
                return CompileWith(w);
            case FunctionDef fd:
                return new FunctionDefNode(CompileFunction(fd, fd.Name, fd.Args, fd.Body, null, fd.Returns), fd.Decorators.Select(CompileExpr).ToArray(), StoreName(fd.Name));
            case ClassDef cd:
                return CompileClass(cd);
            case Match m:
            {
                CheckNoYield(m.Subject);
                var cases = m.Cases.Select(c => new MatchCaseNode(CompilePattern(c.Pattern), c.Guard is null ? null : CompileExpr(c.Guard), CompileBlock(c.Body), c.Line)).ToArray();
                var node = new MatchNode(CompileExpr(m.Subject), cases);
                if (m.Cases.Any(c => c.Body.Any(ContainsYieldDeep))) throw Unsupported(m, "'yield' inside a match statement");
                return node;
            }
            default:
                throw Unsupported(stmt, stmt.GetType().Name);
        }
    }

    private StmtNode WithYield(StmtNode node)
    {
        node.ContainsYield = true;
        return node;
    }

    private StmtNode Propagate(StmtNode node, params List<Stmt>[] bodies)
    {
        // Set by the compiled child blocks: look at them through the node's own children.
        node.ContainsYield = bodies.Any(b => b.Any(ContainsYieldDeep));
        return node;
    }

    private static StmtNode Sequence(List<StmtNode> nodes)
    {
        if (nodes.Count == 1) return nodes[0];
        return new BlockNode(nodes.ToArray());
    }

    /// <summary>Yields may only appear as whole statements (<c>yield x</c>, <c>y = yield x</c>) in this runtime.</summary>
    private void CheckNoYield(Expr expr)
    {
        if (FindYield(expr) is { } y) throw Unsupported(y, "'yield' inside an expression");
    }

    private static Expr? FindYield(Expr expr)
    {
        switch (expr)
        {
            case Yield or YieldFrom: return expr;
            case Lambda or ComprehensionExpr: return null;
            case BinOp b: return FindYield(b.Left) ?? FindYield(b.Right);
            case UnaryOp u: return FindYield(u.Operand);
            case BoolOp b: return b.Values.Select(FindYield).FirstOrDefault(x => x is not null);
            case Compare c: return FindYield(c.Left) ?? c.Comparators.Select(FindYield).FirstOrDefault(x => x is not null);
            case Call c: return FindYield(c.Func) ?? c.Args.Select(FindYield).FirstOrDefault(x => x is not null) ?? c.Keywords.Select(k => FindYield(k.Value)).FirstOrDefault(x => x is not null);
            case AttributeExpr a: return FindYield(a.Value);
            case Subscript s: return FindYield(s.Value) ?? FindYield(s.Index);
            case TupleExpr t: return t.Elements.Select(FindYield).FirstOrDefault(x => x is not null);
            case ListExpr l: return l.Elements.Select(FindYield).FirstOrDefault(x => x is not null);
            case IfExp i: return FindYield(i.Test) ?? FindYield(i.Body) ?? FindYield(i.OrElse);
            case Starred s: return FindYield(s.Value);
            case NamedExpr n: return FindYield(n.Value);
            case JoinedStr j: return j.Values.Select(FindYield).FirstOrDefault(x => x is not null);
            case FormattedValue fv: return FindYield(fv.Value);
            default: return null;
        }
    }

    private static bool ContainsYieldDeep(Stmt stmt) => stmt switch
    {
        ExprStmt e => FindYield(e.Value) is not null,
        Assign a => FindYield(a.Value) is not null,
        AugAssign a => FindYield(a.Value) is not null,
        AnnAssign a => a.Value is not null && FindYield(a.Value) is not null,
        Return r => r.Value is not null && FindYield(r.Value) is not null,
        If i => i.Body.Any(ContainsYieldDeep) || i.OrElse.Any(ContainsYieldDeep),
        While w => w.Body.Any(ContainsYieldDeep) || w.OrElse.Any(ContainsYieldDeep),
        For f => f.Body.Any(ContainsYieldDeep) || f.OrElse.Any(ContainsYieldDeep),
        Try t => t.Body.Any(ContainsYieldDeep) || t.Handlers.Any(h => h.Body.Any(ContainsYieldDeep)) || t.OrElse.Any(ContainsYieldDeep) || t.FinalBody.Any(ContainsYieldDeep),
        With w => w.Body.Any(ContainsYieldDeep),
        _ => false,
    };

    private StmtNode CompileAssign(Assign a)
    {
        if (a.Value is Yield or YieldFrom && a.Targets.Count == 1)
        {
            var target = CompileTarget(a.Targets[0]);
            return a.Value is Yield y
                ? WithYield(new YieldNode(y.Value is null ? null : CompileExpr(y.Value), target))
                : WithYield(new YieldFromNode(CompileExpr(((YieldFrom)a.Value).Value), target));
        }
        CheckNoYield(a.Value);
        var value = CompileExpr(a.Value);
        if (a.Targets.Count == 1 && CompileTarget(a.Targets[0]) is LocalTarget local)
            return new AssignLocalNode(local.Slot, value);
        return new AssignNode(a.Targets.Select(CompileTarget).ToArray(), value);
    }

    private StmtNode CompileAugAssign(AugAssign aug)
    {
        var op = MapOperator(aug.Op);
        var value = CompileExpr(aug.Value);
        switch (aug.Target)
        {
            case Name n:
                var store = StoreName(n.Id);
                if (store is LocalTarget local) return new AugAssignLocalNode(local.Slot, n.Id, op, value);
                return new AugAssignNameNode(Load(n.Id, n), store, op, value, RawLoad(n.Id));
            case AttributeExpr a:
                return new AugAssignAttributeNode(CompileExpr(a.Value), Mangle(a.Attr), op, value);
            case Subscript s:
                return new AugAssignSubscriptNode(CompileExpr(s.Value), CompileIndex(s.Index), op, value);
            default:
                throw new PythonSyntaxError("illegal expression for augmented assignment", aug.Line, aug.Column);
        }
    }

    private StmtNode CompileAnnAssign(AnnAssign ann)
    {
        var nodes = new List<StmtNode>();
        if (ann.Value is not null)
        {
            CheckNoYield(ann.Value);
            nodes.Add(new AssignNode([CompileTarget(ann.Target)], CompileExpr(ann.Value)) { Line = ann.Line });
        }
        if (_scope.Kind == ScopeKind.Class && ann.Simple && ann.Target is Name n)
        {
            nodes.Add(new AnnotationNode(n.Id, CompileExpr(ann.Annotation), Load("__annotations__", ann), StoreName("__annotations__")) { Line = ann.Line });
        }
        return nodes.Count == 0 ? new PassNode() : Sequence(nodes);
    }

    private StmtNode CompileImportFrom(ImportFrom from)
    {
        if (from.Level > 0)
            return new RaiseNode(new ConstantNode(PyExc.ImportError("attempted relative import with no known parent package").Value), null);
        string module = from.Module!;
        if (from.Names.Count == 1 && from.Names[0].Name == "*") return new ImportStarNode(module);
        return new ImportFromNode(module,
            from.Names.Select(a => a.Name).ToArray(),
            from.Names.Select(a => StoreName(a.AsName ?? a.Name)).ToArray());
    }

    private StmtNode CompileTry(Try t)
    {
        var handlers = t.Handlers.Select(h => new ExceptClause(
            h.Type is null ? null : CompileExpr(h.Type),
            h.Name is null ? null : StoreName(h.Name),
            CompileBlock(h.Body),
            h.Line)).ToArray();
        if (t.FinalBody.Any(ContainsYieldDeep)) throw Unsupported(t, "'yield' inside a finally block");
        var node = new TryNode(CompileBlock(t.Body), handlers, CompileOptionalBlock(t.OrElse), CompileOptionalBlock(t.FinalBody));
        node.ContainsYield = ContainsYieldDeep(t);
        return node;
    }

    private StmtNode CompileWith(With w)
    {
        StmtNode body = CompileBlock(w.Body);
        bool yields = w.Body.Any(ContainsYieldDeep);
        for (int i = w.Items.Count - 1; i >= 0; i--)
        {
            var item = w.Items[i];
            CheckNoYield(item.Context);
            body = new WithNode(CompileExpr(item.Context), item.Target is null ? null : CompileTarget(item.Target), body)
            {
                Line = w.Line,
                ContainsYield = yields,
            };
        }
        return body;
    }

    // ---------------------------------------------------------------- functions and classes

    private MakeFunctionNode CompileFunction(Node node, string name, Arguments args, List<Stmt>? body, Expr? lambdaBody, Expr? returns = null)
    {
        // Defaults and annotations are evaluated in the enclosing scope, when the def runs.
        var defaults = args.Defaults.Select(CompileExpr).ToArray();
        var keywordDefaults = args.KeywordDefaults.Select(d => d is null ? null : CompileExpr(d)).ToArray();
        var annotations = new List<(string, ExprNode)>();
        foreach (var a in ScopeAnalyzer.AllArgs(args))
            if (a.Annotation is not null) annotations.Add((a.Name, CompileExpr(a.Annotation)));
        if (returns is not null) annotations.Add(("return", CompileExpr(returns)));

        var scope = _scopes[node];
        var closure = ClosureFor(scope);
        var outer = _scope;
        _scope = scope;
        try
        {
            string? doc = null;
            StmtNode compiledBody;
            if (lambdaBody is not null)
            {
                CheckNoYield(lambdaBody);
                compiledBody = new BlockNode([new ReturnNode(CompileExpr(lambdaBody)) { Line = lambdaBody.Line }]);
            }
            else
            {
                if (body!.Count > 0 && body[0] is ExprStmt { Value: Constant { Kind: ConstantKind.Str } docConstant }) doc = docConstant.Str;
                compiledBody = CompileBlock(body);
            }
            var code = NewCode(scope, name, node.Line, args);
            code.Body = compiledBody;
            return new MakeFunctionNode(code, defaults, keywordDefaults, closure, doc) { Line = node.Line, Annotations = annotations.ToArray() };
        }
        finally
        {
            _scope = outer;
        }
    }

    private CodeObject NewCode(Scope scope, string name, int line, Arguments? args)
    {
        var parameterNames = new List<string>();
        int positionalOnly = 0, positional = 0, keywordOnly = 0;
        if (args is not null)
        {
            positionalOnly = args.PositionalOnly.Count;
            positional = positionalOnly + args.Args.Count;
            keywordOnly = args.KeywordOnly.Count;
            parameterNames.AddRange(args.PositionalOnly.Select(a => a.Name));
            parameterNames.AddRange(args.Args.Select(a => a.Name));
            parameterNames.AddRange(args.KeywordOnly.Select(a => a.Name));
        }
        else if (scope.IsComprehension)
        {
            positional = 1;
            parameterNames.Add(".0");
        }
        var cellParameters = new List<(int, int)>();
        foreach (var p in scope.Parameters)
        {
            int cell = scope.CellNames.IndexOf(p);
            if (cell >= 0) cellParameters.Add((scope.LocalNames.IndexOf(p), cell));
        }
        return new CodeObject
        {
            Name = name,
            QualName = scope.QualName,
            FileName = _fileName,
            FirstLine = line,
            LocalCount = scope.LocalNames.Count,
            LocalNames = scope.LocalNames.ToArray(),
            OwnCellCount = scope.CellNames.Count,
            FreeCount = scope.FreeNames.Count,
            CellParameters = cellParameters.ToArray(),
            ParameterNames = parameterNames.ToArray(),
            PositionalOnlyCount = positionalOnly,
            PositionalCount = positional,
            KeywordOnlyCount = keywordOnly,
            HasVarArgs = args?.VarArg is not null,
            HasVarKeywords = args?.KwArg is not null,
            IsGenerator = scope.IsGenerator,
            IsLambda = scope.IsLambda,
        };
    }

    private StmtNode CompileClass(ClassDef cd)
    {
        var bases = cd.Bases.Select(b => CompileExpr(b is Starred s ? s.Value : b)).ToArray();
        var starred = cd.Bases.Select(b => b is Starred).ToArray();
        var decorators = cd.Decorators.Select(CompileExpr).ToArray();
        var scope = _scopes[cd];
        var closure = ClosureFor(scope);
        var outer = _scope;
        var outerPrefix = _privatePrefix;
        var targetNode = StoreName(cd.Name);
        string stripped = cd.Name.TrimStart('_');
        _privatePrefix = stripped.Length == 0 ? null : "_" + stripped;
        _scope = scope;
        try
        {
            var body = new List<Stmt>(cd.Body);
            var statements = new List<StmtNode>();
            if (body.Count > 0 && body[0] is ExprStmt { Value: Constant { Kind: ConstantKind.Str } doc })
                statements.Add(new AssignNode([new ClassNameTarget("__doc__")], new ConstantNode(PyStr.Create(doc.Str))) { Line = doc.Line });
            var block = CompileBlock(body);
            statements.AddRange(block.Statements);
            var code = NewCode(scope, cd.Name, cd.Line, null);
            code.Body = new BlockNode(statements.ToArray());
            int classCell = scope.CellNames.IndexOf("__class__");
            return new ClassDefNode(code, cd.Name, scope.QualName, bases, starred, decorators, closure, classCell, targetNode);
        }
        finally
        {
            _scope = outer;
            _privatePrefix = outerPrefix;
        }
    }

    // ---------------------------------------------------------------- patterns

    private PatternNode CompilePattern(Pattern pattern)
    {
        switch (pattern)
        {
            case MatchValue v:
                return new ValuePatternNode(CompileExpr(v.Value));
            case MatchSingleton s:
                return new SingletonPatternNode(s.Kind switch
                {
                    ConstantKind.None => PyNone.Instance,
                    ConstantKind.True => PyBool.True,
                    _ => PyBool.False,
                });
            case MatchAs a:
                return new CapturePatternNode(a.Pattern is null ? null : CompilePattern(a.Pattern), a.Name is null ? null : StoreName(a.Name));
            case MatchOr o:
                return new OrPatternNode(o.Patterns.Select(CompilePattern).ToArray());
            case MatchSequence seq:
            {
                int star = seq.Patterns.FindIndex(p => p is MatchStar);
                var items = seq.Patterns.Select(p => p is MatchStar ms
                    ? new CapturePatternNode(null, ms.Name is null ? null : StoreName(ms.Name))
                    : CompilePattern(p)).ToArray();
                return new SequencePatternNode(items, star);
            }
            case MatchMapping map:
                return new MappingPatternNode(map.Keys.Select(CompileExpr).ToArray(), map.Patterns.Select(CompilePattern).ToArray(),
                    map.Rest is null ? null : StoreName(map.Rest));
            case MatchClass cls:
                return new ClassPatternNode(CompileExpr(cls.Class), cls.Patterns.Select(CompilePattern).ToArray(),
                    cls.KeywordNames.ToArray(), cls.KeywordPatterns.Select(CompilePattern).ToArray());
            default:
                throw Unsupported(pattern, pattern.GetType().Name);
        }
    }

    // ---------------------------------------------------------------- targets

    private TargetNode CompileTarget(Expr target)
    {
        switch (target)
        {
            case Name n:
                return StoreName(n.Id);
            case AttributeExpr a:
                return new AttributeTarget(CompileExpr(a.Value), Mangle(a.Attr)) { Line = a.Line };
            case Subscript s:
                return new SubscriptTarget(CompileExpr(s.Value), CompileIndex(s.Index)) { Line = s.Line };
            case TupleExpr or ListExpr:
            {
                var elements = target is TupleExpr t ? t.Elements : ((ListExpr)target).Elements;
                int star = elements.FindIndex(e => e is Starred);
                var targets = elements.Select(e => CompileTarget(e is Starred s ? s.Value : e)).ToArray();
                return new UnpackTarget(targets, star) { Line = target.Line };
            }
            case Starred s:
                throw new PythonSyntaxError("starred assignment target must be in a list or tuple", s.Line, s.Column);
            default:
                throw new PythonSyntaxError("cannot assign to expression", target.Line, target.Column);
        }
    }
}
