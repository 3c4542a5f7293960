using QiskitStudio.Python.Syntax;

namespace QiskitStudio.Python.Interpreter.Compilation;

/// <summary>
/// Decides, for every name in every scope, whether it is a local slot, a cell, a free variable or a
/// global (CPython's symtable). Comprehensions and lambdas are function scopes, as in CPython 3.11.
/// </summary>
public sealed class ScopeAnalyzer
{
    private readonly Dictionary<Node, Scope> _scopes = new(ReferenceEqualityComparer.Instance);
    private Scope _current = null!;

    public static (Scope Module, IReadOnlyDictionary<Node, Scope> Scopes) Analyze(Module module)
    {
        var analyzer = new ScopeAnalyzer();
        var top = new Scope(ScopeKind.Module, "<module>", null, module);
        analyzer._scopes[module] = top;
        analyzer._current = top;
        analyzer.VisitBody(module.Body);
        Resolve(top, new HashSet<string>());
        return (top, analyzer._scopes);
    }

    // ---------------------------------------------------------------- pass 1: collect

    private Scope Enter(ScopeKind kind, string name, Node node, bool comprehension = false, bool lambda = false)
    {
        var scope = new Scope(kind, name, _current, node) { IsComprehension = comprehension, IsLambda = lambda };
        // Qualified names: functions nest as "f.<locals>.g", classes as "C.m".
        scope.QualName = _current.Kind switch
        {
            ScopeKind.Module => name,
            ScopeKind.Class => $"{_current.QualName}.{name}",
            _ => $"{_current.QualName}.<locals>.{name}",
        };
        _current.Children.Add(scope);
        _scopes[node] = scope;
        _current = scope;
        return scope;
    }

    private void Leave() => _current = _current.Parent!;

    private void Bind(string name)
    {
        _current.Bound.Add(name);
    }

    private void Use(string name) => _current.Used.Add(name);

    private void VisitBody(List<Stmt> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private void VisitStmt(Stmt stmt)
    {
        switch (stmt)
        {
            case ExprStmt e: VisitExpr(e.Value); break;
            case Assign a:
                VisitExpr(a.Value);
                foreach (var t in a.Targets) VisitTarget(t);
                break;
            case AugAssign aa:
                VisitExpr(aa.Value);
                if (aa.Target is Name an) { Use(an.Id); Bind(an.Id); }
                else VisitTarget(aa.Target);
                break;
            case AnnAssign ann:
                if (ann.Value is not null) VisitExpr(ann.Value);
                if (ann.Target is Name n)
                {
                    if (ann.Value is not null || _current.Kind != ScopeKind.Module) Bind(n.Id);
                    if (ann.Value is null && _current.Kind == ScopeKind.Function) Bind(n.Id);
                }
                else VisitTarget(ann.Target);
                // Annotations of simple names are evaluated at module and class level only.
                if (_current.Kind != ScopeKind.Function) VisitExpr(ann.Annotation);
                break;
            case Delete d:
                foreach (var t in d.Targets) VisitTarget(t);
                break;
            case Return r:
                if (r.Value is not null) VisitExpr(r.Value);
                break;
            case Raise r:
                if (r.Exception is not null) VisitExpr(r.Exception);
                if (r.Cause is not null) VisitExpr(r.Cause);
                break;
            case Global g:
                foreach (var name in g.Names)
                {
                    if (_current.Bound.Contains(name) || _current.Used.Contains(name))
                        throw new PythonSyntaxError(_current.Parameters.Contains(name)
                            ? $"name '{name}' is parameter and global"
                            : $"name '{name}' is {(_current.Used.Contains(name) && !_current.Bound.Contains(name) ? "used" : "assigned to")} prior to global declaration", g.Line, g.Column);
                    _current.DeclaredGlobal.Add(name);
                }
                break;
            case Nonlocal nl:
                if (_current.Kind == ScopeKind.Module)
                    throw new PythonSyntaxError("nonlocal declaration not allowed at module level", nl.Line, nl.Column);
                foreach (var name in nl.Names)
                {
                    if (_current.Parameters.Contains(name))
                        throw new PythonSyntaxError($"name '{name}' is parameter and nonlocal", nl.Line, nl.Column);
                    if (_current.Bound.Contains(name) || _current.Used.Contains(name))
                        throw new PythonSyntaxError($"name '{name}' is {(_current.Bound.Contains(name) ? "assigned to" : "used")} prior to nonlocal declaration", nl.Line, nl.Column);
                    _current.DeclaredNonlocal.Add(name);
                    _current.NonlocalLines[name] = nl.Line;
                    _current.Bound.Add(name);
                }
                break;
            case AssertStmt a:
                VisitExpr(a.Test);
                if (a.Message is not null) VisitExpr(a.Message);
                break;
            case Import imp:
                foreach (var alias in imp.Names)
                    Bind(alias.AsName ?? alias.Name.Split('.')[0]);
                break;
            case ImportFrom from:
                foreach (var alias in from.Names)
                {
                    if (alias.Name == "*")
                    {
                        if (_current.Kind != ScopeKind.Module)
                            throw new PythonSyntaxError("import * only allowed at module level", from.Line, from.Column);
                        continue;
                    }
                    Bind(alias.AsName ?? alias.Name);
                }
                break;
            case If i:
                VisitExpr(i.Test);
                VisitBody(i.Body);
                VisitBody(i.OrElse);
                break;
            case While w:
                VisitExpr(w.Test);
                VisitBody(w.Body);
                VisitBody(w.OrElse);
                break;
            case For f:
                VisitExpr(f.Iter);
                VisitTarget(f.Target);
                VisitBody(f.Body);
                VisitBody(f.OrElse);
                break;
            case Try t:
                VisitBody(t.Body);
                foreach (var h in t.Handlers)
                {
                    if (h.Type is not null) VisitExpr(h.Type);
                    if (h.Name is not null) Bind(h.Name);
                    VisitBody(h.Body);
                }
                VisitBody(t.OrElse);
                VisitBody(t.FinalBody);
                break;
            case With w:
                foreach (var item in w.Items)
                {
                    VisitExpr(item.Context);
                    if (item.Target is not null) VisitTarget(item.Target);
                }
                VisitBody(w.Body);
                break;
            case FunctionDef fd:
                foreach (var d in fd.Decorators) VisitExpr(d);
                VisitArgumentDefaults(fd.Args);
                VisitAnnotations(fd.Args, fd.Returns);
                Bind(fd.Name);
                Enter(ScopeKind.Function, fd.Name, fd);
                DeclareParameters(fd.Args);
                VisitBody(fd.Body);
                Leave();
                break;
            case ClassDef cd:
                foreach (var d in cd.Decorators) VisitExpr(d);
                foreach (var b in cd.Bases) VisitExpr(b);
                foreach (var k in cd.Keywords) VisitExpr(k.Value);
                Bind(cd.Name);
                Enter(ScopeKind.Class, cd.Name, cd);
                VisitBody(cd.Body);
                Leave();
                break;
            case Match m:
                VisitExpr(m.Subject);
                foreach (var c in m.Cases)
                {
                    VisitPattern(c.Pattern);
                    if (c.Guard is not null) VisitExpr(c.Guard);
                    VisitBody(c.Body);
                }
                break;
            case Pass or Break or Continue:
                break;
            default:
                throw new PythonSyntaxError($"unsupported statement {stmt.GetType().Name}", stmt.Line, stmt.Column);
        }
    }

    private void VisitPattern(Pattern pattern)
    {
        switch (pattern)
        {
            case MatchValue v: VisitExpr(v.Value); break;
            case MatchAs a:
                if (a.Pattern is not null) VisitPattern(a.Pattern);
                if (a.Name is not null) Bind(a.Name);
                break;
            case MatchOr o: foreach (var p in o.Patterns) VisitPattern(p); break;
            case MatchSequence seq: foreach (var p in seq.Patterns) VisitPattern(p); break;
            case MatchStar star: if (star.Name is not null) Bind(star.Name); break;
            case MatchMapping map:
                foreach (var k in map.Keys) VisitExpr(k);
                foreach (var p in map.Patterns) VisitPattern(p);
                if (map.Rest is not null) Bind(map.Rest);
                break;
            case MatchClass cls:
                VisitExpr(cls.Class);
                foreach (var p in cls.Patterns) VisitPattern(p);
                foreach (var p in cls.KeywordPatterns) VisitPattern(p);
                break;
        }
    }

    private void VisitArgumentDefaults(Arguments args)
    {
        foreach (var d in args.Defaults) VisitExpr(d);
        foreach (var d in args.KeywordDefaults) if (d is not null) VisitExpr(d);
    }

    private void VisitAnnotations(Arguments args, Expr? returns)
    {
        foreach (var a in AllArgs(args)) if (a.Annotation is not null) VisitExpr(a.Annotation);
        if (returns is not null) VisitExpr(returns);
    }

    internal static IEnumerable<Arg> AllArgs(Arguments args)
    {
        foreach (var a in args.PositionalOnly) yield return a;
        foreach (var a in args.Args) yield return a;
        if (args.VarArg is not null) yield return args.VarArg;
        foreach (var a in args.KeywordOnly) yield return a;
        if (args.KwArg is not null) yield return args.KwArg;
    }

    private void DeclareParameters(Arguments args)
    {
        foreach (var a in AllArgs(args))
        {
            _current.Parameters.Add(a.Name);
            _current.Bound.Add(a.Name);
        }
    }

    private void VisitTarget(Expr target)
    {
        switch (target)
        {
            case Name n: Bind(n.Id); break;
            case TupleExpr t: foreach (var e in t.Elements) VisitTarget(e); break;
            case ListExpr l: foreach (var e in l.Elements) VisitTarget(e); break;
            case Starred s: VisitTarget(s.Value); break;
            case AttributeExpr a: VisitExpr(a.Value); break;
            case Subscript s: VisitExpr(s.Value); VisitExpr(s.Index); break;
            default: VisitExpr(target); break;
        }
    }

    private void VisitExpr(Expr expr)
    {
        switch (expr)
        {
            case Constant: break;
            case Name n:
                if (n.Context == ExprContext.Load) Use(n.Id);
                else Bind(n.Id);
                if (n.Id == "super" && _current.Kind == ScopeKind.Function) MarkNeedsClassCell();
                if (n.Id == "__class__") MarkNeedsClassCell();
                break;
            case JoinedStr j: foreach (var v in j.Values) VisitExpr(v); break;
            case FormattedValue f:
                VisitExpr(f.Value);
                if (f.FormatSpec is not null) VisitExpr(f.FormatSpec);
                break;
            case BinOp b: VisitExpr(b.Left); VisitExpr(b.Right); break;
            case UnaryOp u: VisitExpr(u.Operand); break;
            case BoolOp b: foreach (var v in b.Values) VisitExpr(v); break;
            case Compare c:
                VisitExpr(c.Left);
                foreach (var v in c.Comparators) VisitExpr(v);
                break;
            case Call c:
                VisitExpr(c.Func);
                foreach (var a in c.Args) VisitExpr(a);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                break;
            case AttributeExpr a: VisitExpr(a.Value); break;
            case Subscript s: VisitExpr(s.Value); VisitExpr(s.Index); break;
            case Slice s:
                if (s.Lower is not null) VisitExpr(s.Lower);
                if (s.Upper is not null) VisitExpr(s.Upper);
                if (s.Step is not null) VisitExpr(s.Step);
                break;
            case Starred s: VisitExpr(s.Value); break;
            case ListExpr l: foreach (var e in l.Elements) VisitExpr(e); break;
            case TupleExpr t: foreach (var e in t.Elements) VisitExpr(e); break;
            case SetExpr s: foreach (var e in s.Elements) VisitExpr(e); break;
            case DictExpr d:
                for (int i = 0; i < d.Values.Count; i++)
                {
                    if (d.Keys[i] is { } k) VisitExpr(k);
                    VisitExpr(d.Values[i]);
                }
                break;
            case ComprehensionExpr c: VisitComprehension(c); break;
            case Lambda l:
                VisitArgumentDefaults(l.Args);
                Enter(ScopeKind.Function, "<lambda>", l, lambda: true);
                DeclareParameters(l.Args);
                VisitExpr(l.Body);
                Leave();
                break;
            case IfExp i: VisitExpr(i.Test); VisitExpr(i.Body); VisitExpr(i.OrElse); break;
            case NamedExpr ne:
                VisitExpr(ne.Value);
                BindWalrusTarget(ne.Target.Id, ne);
                break;
            case Yield y:
                MarkGenerator(expr);
                if (y.Value is not null) VisitExpr(y.Value);
                break;
            case YieldFrom yf:
                MarkGenerator(expr);
                VisitExpr(yf.Value);
                break;
            case Await a:
                throw new PythonSyntaxError("'await' is not supported by the embedded Python runtime", a.Line, a.Column);
            default:
                throw new PythonSyntaxError($"unsupported expression {expr.GetType().Name}", expr.Line, expr.Column);
        }
    }

    private void MarkGenerator(Expr expr)
    {
        if (_current.Kind != ScopeKind.Function)
            throw new PythonSyntaxError("'yield' outside function", expr.Line, expr.Column);
        if (_current.IsComprehension)
            throw new PythonSyntaxError("'yield' inside " + DescribeComprehension(_current), expr.Line, expr.Column);
        _current.IsGenerator = true;
    }

    private static string DescribeComprehension(Scope s) => s.Node is ComprehensionExpr c
        ? c.Kind switch
        {
            ComprehensionKind.List => "list comprehension",
            ComprehensionKind.Set => "set comprehension",
            ComprehensionKind.Dict => "dict comprehension",
            _ => "generator expression",
        }
        : "comprehension";

    private void MarkNeedsClassCell()
    {
        // super() and __class__ refer to the class whose body defines the enclosing function.
        for (var s = _current; s is not null; s = s.Parent)
        {
            if (s.Kind == ScopeKind.Function && !s.IsComprehension && !s.IsLambda)
            {
                if (s.Parent?.Kind == ScopeKind.Class) s.NeedsClassCell = true;
                s.Used.Add("__class__");
                return;
            }
        }
    }

    private void BindWalrusTarget(string name, NamedExpr ne)
    {
        if (!_current.IsComprehension) { Bind(name); return; }
        // In a comprehension, := binds in the nearest enclosing non-comprehension scope.
        var target = _current;
        while (target.IsComprehension) target = target.Parent!;
        if (target.Kind == ScopeKind.Class)
            throw new PythonSyntaxError("assignment expression within a comprehension cannot be used in a class body", ne.Line, ne.Column);
        target.Bound.Add(name);
        for (var s = _current; s != target; s = s.Parent!)
        {
            if (target.Kind == ScopeKind.Module) s.DeclaredGlobal.Add(name);
            else { s.DeclaredNonlocal.Add(name); s.Bound.Add(name); }
        }
    }

    private void VisitComprehension(ComprehensionExpr c)
    {
        // The first iterable is evaluated in the enclosing scope; everything else in the new scope.
        VisitExpr(c.Generators[0].Iter);
        string name = c.Kind switch
        {
            ComprehensionKind.List => "<listcomp>",
            ComprehensionKind.Set => "<setcomp>",
            ComprehensionKind.Dict => "<dictcomp>",
            _ => "<genexpr>",
        };
        var scope = Enter(ScopeKind.Function, name, c, comprehension: true);
        scope.Parameters.Add(".0");
        scope.Bound.Add(".0");
        if (c.Kind == ComprehensionKind.Generator) scope.IsGenerator = true;
        for (int i = 0; i < c.Generators.Count; i++)
        {
            var g = c.Generators[i];
            if (i > 0) VisitExpr(g.Iter);
            VisitTarget(g.Target);
            foreach (var cond in g.Ifs) VisitExpr(cond);
        }
        VisitExpr(c.Element);
        if (c.Value is not null) VisitExpr(c.Value);
        Leave();
    }

    // ---------------------------------------------------------------- pass 2: resolve

    /// <summary>
    /// Resolves the names of <paramref name="scope"/> given the names bound by enclosing function scopes,
    /// and returns the free names it (or its children) needs from outside.
    /// </summary>
    private static HashSet<string> Resolve(Scope scope, HashSet<string> enclosingBound)
    {
        // Local bindings of a function scope (excluding global/nonlocal declarations).
        var locals = new HashSet<string>();
        if (scope.Kind == ScopeKind.Function)
        {
            foreach (var name in scope.Bound)
                if (!scope.DeclaredGlobal.Contains(name) && !scope.DeclaredNonlocal.Contains(name)) locals.Add(name);
        }
        foreach (var name in scope.DeclaredNonlocal)
        {
            if (!enclosingBound.Contains(name))
            {
                int line = scope.NonlocalLines.TryGetValue(name, out var l) ? l : scope.Node.Line;
                throw new PythonSyntaxError($"no binding for nonlocal '{name}' found", line, 1);
            }
        }

        // What children can see: enclosing function names plus ours (class scopes add nothing).
        var childBound = enclosingBound;
        if (scope.Kind == ScopeKind.Function)
        {
            childBound = new HashSet<string>(enclosingBound);
            childBound.UnionWith(locals);
            foreach (var g in scope.DeclaredGlobal) childBound.Remove(g);
        }
        else if (scope.Kind == ScopeKind.Module)
        {
            childBound = new HashSet<string>();
        }
        else if (scope.Kind == ScopeKind.Class)
        {
            // Methods see the implicit __class__ cell of their class.
            childBound = new HashSet<string>(enclosingBound) { "__class__" };
        }

        var free = new HashSet<string>();
        foreach (var child in scope.Children)
        {
            var childFree = Resolve(child, childBound);
            foreach (var name in childFree)
            {
                if (scope.Kind == ScopeKind.Function && locals.Contains(name)) scope.CellSet.Add(name);
                else if (scope.Kind == ScopeKind.Class && name == "__class__") scope.CellSet.Add(name);
                else free.Add(name);
            }
        }

        // Our own uses.
        foreach (var name in scope.Used)
        {
            if (scope.DeclaredGlobal.Contains(name)) continue;
            if (scope.Kind == ScopeKind.Function)
            {
                if (locals.Contains(name)) continue;
                if (scope.DeclaredNonlocal.Contains(name) || enclosingBound.Contains(name)) free.Add(name);
            }
            else if (scope.Kind == ScopeKind.Class)
            {
                if (!scope.Bound.Contains(name) && enclosingBound.Contains(name)) free.Add(name);
            }
        }
        foreach (var name in scope.DeclaredNonlocal) free.Add(name);
        if (scope.NeedsClassCell) free.Add("__class__");

        // Assign slots: parameters first, in order.
        if (scope.Kind == ScopeKind.Function)
        {
            // Parameters always get the first slots (a captured one is copied into its cell on entry).
            foreach (var p in scope.Parameters) AddLocal(scope, p);
            foreach (var name in locals.OrderBy(n => n, StringComparer.Ordinal))
                if (!scope.CellSet.Contains(name) && !scope.Resolved.ContainsKey(name)) AddLocal(scope, name);
        }
        foreach (var name in scope.CellSet.OrderBy(n => scope.Parameters.IndexOf(n) is var i && i >= 0 ? i : int.MaxValue).ThenBy(n => n, StringComparer.Ordinal))
        {
            scope.Resolved[name] = (NameKind.Cell, scope.CellNames.Count);
            scope.CellNames.Add(name);
        }
        foreach (var name in free.OrderBy(n => n, StringComparer.Ordinal))
        {
            scope.FreeSet.Add(name);
            scope.FreeNames.Add(name);
            // In a class body a free name is still looked up in the namespace first (LOAD_CLASSDEREF).
            if (scope.Kind == ScopeKind.Function || !scope.Bound.Contains(name))
                scope.Resolved[name] = (NameKind.Cell, scope.CellNames.Count + scope.FreeNames.Count - 1);
        }

        // Everything else.
        foreach (var name in scope.Bound.Concat(scope.Used))
        {
            if (scope.Resolved.ContainsKey(name)) continue;
            if (scope.DeclaredGlobal.Contains(name)) scope.Resolved[name] = (NameKind.Global, -1);
            else if (scope.Kind == ScopeKind.Class) scope.Resolved[name] = (NameKind.ClassNamespace, -1);
            else scope.Resolved[name] = (NameKind.Global, -1);
        }
        return free;
    }

    private static void AddLocal(Scope scope, string name)
    {
        if (scope.Resolved.ContainsKey(name)) return;
        scope.Resolved[name] = (NameKind.Local, scope.LocalNames.Count);
        scope.LocalNames.Add(name);
    }

    public static Scope ScopeOf(IReadOnlyDictionary<Node, Scope> scopes, Node node) => scopes[node];
}
