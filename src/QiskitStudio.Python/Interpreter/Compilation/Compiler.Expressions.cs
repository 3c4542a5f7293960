using QiskitStudio.Python.Interpreter.Execution;
using QiskitStudio.Python.Interpreter.Nodes;
using QiskitStudio.Python.Runtime;
using QiskitStudio.Python.Syntax;
using AstBinary = QiskitStudio.Python.Syntax.BinaryOperator;
using AstUnary = QiskitStudio.Python.Syntax.UnaryOperator;
using RtBinary = QiskitStudio.Python.Runtime.BinaryOperator;
using RtUnary = QiskitStudio.Python.Runtime.UnaryOperator;

namespace QiskitStudio.Python.Interpreter.Compilation;

public sealed partial class Compiler
{
    private ExprNode CompileExpr(Expr expr)
    {
        var node = CompileExprCore(expr);
        if (node.Line == 0) node.Line = expr.Line;
        return node;
    }

    private ExprNode CompileExprCore(Expr expr)
    {
        switch (expr)
        {
            case Constant c:
                return new ConstantNode(ConstantValue(c));
            case Name n:
                return Load(n.Id, n);
            case BinOp b:
            {
                var op = MapOperator(b.Op);
                var left = CompileExpr(b.Left);
                if (b.Right is Constant { Kind: ConstantKind.Int } rc && op is RtBinary.Add or RtBinary.Sub)
                    return new BinaryConstIntNode(op, left, PyInt.Create(rc.Int));
                return new BinaryNode(op, left, CompileExpr(b.Right));
            }
            case UnaryOp u:
                return CompileUnary(u);
            case BoolOp b:
                return new BoolOpNode(b.IsAnd, b.Values.Select(CompileExpr).ToArray());
            case Compare c:
                return CompileCompare(c);
            case IfExp i:
                return new IfExpNode(CompileExpr(i.Test), CompileExpr(i.Body), CompileExpr(i.OrElse));
            case Call c:
                return CompileCall(c);
            case AttributeExpr a:
                return new AttributeNode(CompileExpr(a.Value), Mangle(a.Attr));
            case Subscript s:
                return new SubscriptNode(CompileExpr(s.Value), CompileIndex(s.Index));
            case Slice s:
                return CompileSlice(s);
            case ListExpr l:
                return l.Elements.Any(e => e is Starred)
                    ? new StarredDisplayNode(DisplayItems(l.Elements), 'l')
                    : new ListNode(l.Elements.Select(CompileExpr).ToArray());
            case TupleExpr t:
                if (t.Elements.Any(e => e is Starred)) return new StarredDisplayNode(DisplayItems(t.Elements), 't');
                if (t.Elements.All(e => e is Constant))
                    return new ConstantNode(PyTuple.Create(t.Elements.Select(e => ConstantValue((Constant)e)).ToArray()));
                return new TupleNode(t.Elements.Select(CompileExpr).ToArray());
            case SetExpr s:
                return s.Elements.Any(e => e is Starred)
                    ? new StarredDisplayNode(DisplayItems(s.Elements), 's')
                    : new SetNode(s.Elements.Select(CompileExpr).ToArray());
            case DictExpr d:
                return new DictNode(d.Keys.Select(k => k is null ? null : CompileExpr(k)).ToArray(), d.Values.Select(CompileExpr).ToArray());
            case ComprehensionExpr c:
                return CompileComprehension(c);
            case Lambda l:
                return CompileFunction(l, "<lambda>", l.Args, null, l.Body);
            case NamedExpr ne:
                return new NamedExprNode(StoreName(ne.Target.Id), CompileExpr(ne.Value));
            case JoinedStr j:
                return CompileJoinedStr(j);
            case FormattedValue fv:
                return CompileFormattedValue(fv);
            case Starred s:
                throw new PythonSyntaxError("can't use starred expression here", s.Line, s.Column);
            case Yield or YieldFrom:
                throw Unsupported(expr, "'yield' inside an expression");
            default:
                throw Unsupported(expr, expr.GetType().Name);
        }
    }

    private static PyObject ConstantValue(Constant c) => c.Kind switch
    {
        ConstantKind.None => PyNone.Instance,
        ConstantKind.True => PyBool.True,
        ConstantKind.False => PyBool.False,
        ConstantKind.Ellipsis => PyEllipsis.Instance,
        ConstantKind.Int => PyInt.Create(c.Int),
        ConstantKind.BigInt => PyInt.Create(c.BigInt),
        ConstantKind.Float => PyFloat.Create(c.Float),
        ConstantKind.Imaginary => PyComplex.Create(0, c.Float),
        ConstantKind.Bytes => new PyBytes(System.Text.Encoding.Latin1.GetBytes(c.Str)),
        _ => PyStr.Create(c.Str),
    };

    internal static RtBinary MapOperator(AstBinary op) => op switch
    {
        AstBinary.Add => RtBinary.Add,
        AstBinary.Sub => RtBinary.Sub,
        AstBinary.Mult => RtBinary.Mul,
        AstBinary.MatMult => RtBinary.MatMul,
        AstBinary.Div => RtBinary.TrueDiv,
        AstBinary.FloorDiv => RtBinary.FloorDiv,
        AstBinary.Mod => RtBinary.Mod,
        AstBinary.Pow => RtBinary.Pow,
        AstBinary.LShift => RtBinary.LShift,
        AstBinary.RShift => RtBinary.RShift,
        AstBinary.BitOr => RtBinary.Or,
        AstBinary.BitXor => RtBinary.Xor,
        _ => RtBinary.And,
    };

    private ExprNode CompileUnary(UnaryOp u)
    {
        if (u.Op == AstUnary.Not) return new NotNode(CompileExpr(u.Operand));
        // Fold negative literals: -1, -2.5.
        if (u.Op == AstUnary.USub && u.Operand is Constant c)
        {
            if (c.Kind == ConstantKind.Int && c.Int != long.MinValue) return new ConstantNode(PyInt.Create(-c.Int));
            if (c.Kind == ConstantKind.Float) return new ConstantNode(PyFloat.Create(-c.Float));
        }
        var op = u.Op switch
        {
            AstUnary.USub => RtUnary.Negative,
            AstUnary.UAdd => RtUnary.Positive,
            _ => RtUnary.Invert,
        };
        return new UnaryNode(op, CompileExpr(u.Operand));
    }

    private static ComparisonKind MapComparison(CompareOperator op) => op switch
    {
        CompareOperator.Lt => ComparisonKind.Lt,
        CompareOperator.LtE => ComparisonKind.Le,
        CompareOperator.Eq => ComparisonKind.Eq,
        CompareOperator.NotEq => ComparisonKind.Ne,
        CompareOperator.Gt => ComparisonKind.Gt,
        CompareOperator.GtE => ComparisonKind.Ge,
        CompareOperator.Is => ComparisonKind.Is,
        CompareOperator.IsNot => ComparisonKind.IsNot,
        CompareOperator.In => ComparisonKind.In,
        _ => ComparisonKind.NotIn,
    };

    private ExprNode CompileCompare(Compare c)
    {
        if (c.Ops.Count == 1)
            return new CompareNode(CompileExpr(c.Left), MapComparison(c.Ops[0]), CompileExpr(c.Comparators[0]));
        var operands = new List<ExprNode> { CompileExpr(c.Left) };
        operands.AddRange(c.Comparators.Select(CompileExpr));
        return new ChainedCompareNode(operands.ToArray(), c.Ops.Select(MapComparison).ToArray());
    }

    private ExprNode CompileIndex(Expr index) => index switch
    {
        Slice s => CompileSlice(s),
        _ => CompileExpr(index),
    };

    private ExprNode CompileSlice(Slice s) => new SliceNode(
        s.Lower is null ? null : CompileExpr(s.Lower),
        s.Upper is null ? null : CompileExpr(s.Upper),
        s.Step is null ? null : CompileExpr(s.Step)) { Line = s.Line };

    private DisplayItem[] DisplayItems(List<Expr> elements) =>
        elements.Select(e => e is Starred s ? new DisplayItem(CompileExpr(s.Value), true) : new DisplayItem(CompileExpr(e), false)).ToArray();

    private ExprNode CompileCall(Call c)
    {
        bool plain = c.Keywords.Count == 0 && c.Args.All(a => a is not Starred);

        // Zero-argument super() in a method becomes super(__class__, <first argument>).
        if (plain && c.Args.Count == 0 && c.Func is Name { Id: "super" } superName
            && _scope.Resolve("super").Kind == NameKind.Global
            && _scope.Kind == ScopeKind.Function && _scope.Parameters.Count > 0
            && _scope.Resolve("__class__").Kind == NameKind.Cell)
        {
            return new ImplicitSuperNode(Load("super", superName), Load("__class__", c), Load(_scope.Parameters[0], c));
        }

        // globals(), locals(), vars(), dir() without arguments look at the calling frame.
        if (plain && c.Args.Count == 0 && c.Func is Name { Id: "globals" or "locals" or "vars" or "dir" } introspect
            && _scope.Resolve(introspect.Id).Kind == NameKind.Global)
        {
            return new FrameIntrospectionNode(introspect.Id, _globals.Get(introspect.Id), _globals.Builtins, _scope);
        }

        if (plain)
        {
            var args = c.Args.Select(CompileExpr).ToArray();
            if (c.Func is AttributeExpr a) return new MethodCallNode(CompileExpr(a.Value), Mangle(a.Attr), args);
            return new SimpleCallNode(CompileExpr(c.Func), args);
        }
        var arguments = new List<CallArgument>();
        foreach (var a in c.Args)
        {
            arguments.Add(a is Starred s
                ? new CallArgument(CompileExpr(s.Value), null, true, false)
                : new CallArgument(CompileExpr(a), null, false, false));
        }
        foreach (var k in c.Keywords)
            arguments.Add(new CallArgument(CompileExpr(k.Value), k.Name, false, k.Name is null));
        return new GeneralCallNode(CompileExpr(c.Func), arguments.ToArray());
    }

    private ExprNode CompileComprehension(ComprehensionExpr c)
    {
        // The first iterable belongs to the enclosing scope.
        var firstIterable = CompileExpr(c.Generators[0].Iter);
        var scope = _scopes[c];
        var closure = ClosureFor(scope);
        var outer = _scope;
        _scope = scope;
        try
        {
            var loops = new List<ComprehensionBodyNode.Loop>();
            for (int i = 0; i < c.Generators.Count; i++)
            {
                var g = c.Generators[i];
                loops.Add(new ComprehensionBodyNode.Loop(
                    i == 0 ? null : CompileExpr(g.Iter),
                    CompileTarget(g.Target),
                    g.Ifs.Select(CompileExpr).ToArray()));
            }
            char kind = c.Kind switch
            {
                ComprehensionKind.List => 'l',
                ComprehensionKind.Set => 's',
                ComprehensionKind.Dict => 'd',
                _ => 'g',
            };
            CheckNoYield(c.Element);
            var body = new ComprehensionBodyNode(kind, loops.ToArray(), CompileExpr(c.Element), c.Value is null ? null : CompileExpr(c.Value)) { Line = c.Line };
            var code = NewCode(scope, scope.Name, c.Line, null);
            code.Body = body;
            var make = new MakeFunctionNode(code, [], [], closure, null) { Line = c.Line };
            return new ComprehensionNode(make, firstIterable);
        }
        finally
        {
            _scope = outer;
        }
    }

    private ExprNode CompileJoinedStr(JoinedStr j)
    {
        var parts = j.Values.Select(v => v is Constant c ? new ConstantNode(PyStr.Create(c.Str)) : CompileExpr(v)).ToArray();
        if (parts.Length == 1 && parts[0] is FormattedValueNode) return parts[0];
        return new JoinedStrNode(parts);
    }

    private ExprNode CompileFormattedValue(FormattedValue fv) =>
        new FormattedValueNode(CompileExpr(fv.Value), fv.Conversion, fv.FormatSpec is null ? null : CompileJoinedStr(fv.FormatSpec));
}
