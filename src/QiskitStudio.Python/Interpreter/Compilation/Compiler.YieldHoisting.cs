using QiskitStudio.Python.Interpreter.Nodes;
using QiskitStudio.Python.Syntax;

namespace QiskitStudio.Python.Interpreter.Compilation;

// Generators run as C# iterators, which can suspend only between statements. A yield nested in an
// expression (print((yield)), total += yield x) is therefore hoisted: "tmp = yield x" runs first,
// then the statement with tmp in its place. Yields under and/or/if-else are refused, since
// hoisting would change which of them run.
public sealed partial class Compiler
{
    private int _yieldTemporaries;

    private StmtNode? TryCompileWithHoistedYields(Stmt stmt)
    {
        if (!InGenerator) return null;
        Expr? root = stmt switch
        {
            ExprStmt { Value: not (Yield or YieldFrom) } e => e.Value,
            Assign { Value: not (Yield or YieldFrom) } a => a.Value,
            Assign a when a.Targets.Count > 1 => a.Value,
            AugAssign aug => aug.Value,
            Return { Value: not null } r => r.Value,
            _ => null,
        };
        if (root is null || FindYield(root) is null) return null;

        var hoisted = new List<StmtNode>();
        var value = Hoist(root, hoisted);
        Stmt rewritten = stmt switch
        {
            ExprStmt => new ExprStmt(value),
            Assign a => new Assign(a.Targets, value),
            AugAssign aug => new AugAssign(aug.Target, aug.Op, value),
            _ => new Return(value),
        };
        rewritten.Line = stmt.Line;
        rewritten.Column = stmt.Column;
        var last = CompileStatement(rewritten);
        last.Line = stmt.Line;
        hoisted.Add(last);
        var block = new BlockNode(hoisted.ToArray()) { Line = stmt.Line, ContainsYield = true };
        return block;
    }

    private Expr Hoist(Expr expr, List<StmtNode> hoisted)
    {
        switch (expr)
        {
            case Yield or YieldFrom:
            {
                var inner = expr is Yield y ? y.Value : ((YieldFrom)expr).Value;
                var innerValue = inner is null ? null : Hoist(inner, hoisted);
                string temp = NewYieldTemporary();
                var target = StoreName(temp);
                StmtNode node = expr is Yield
                    ? new YieldNode(innerValue is null ? null : CompileExpr(innerValue), target)
                    : new YieldFromNode(CompileExpr(innerValue!), target);
                node.Line = expr.Line;
                node.ContainsYield = true;
                hoisted.Add(node);
                return Copy(new Name(temp) { Context = ExprContext.Load }, expr);
            }
            case BinOp b: return Copy(new BinOp(Hoist(b.Left, hoisted), b.Op, Hoist(b.Right, hoisted)), b);
            case UnaryOp u: return Copy(new UnaryOp(u.Op, Hoist(u.Operand, hoisted)), u);
            case Compare c: return Copy(new Compare(Hoist(c.Left, hoisted), c.Ops, c.Comparators.Select(x => Hoist(x, hoisted)).ToList()), c);
            case Call c:
                return Copy(new Call(Hoist(c.Func, hoisted), c.Args.Select(x => Hoist(x, hoisted)).ToList(),
                    c.Keywords.Select(k => Copy(new Keyword(k.Name, Hoist(k.Value, hoisted)), k)).ToList()), c);
            case AttributeExpr a: return Copy(new AttributeExpr(Hoist(a.Value, hoisted), a.Attr), a);
            case Subscript s: return Copy(new Subscript(Hoist(s.Value, hoisted), Hoist(s.Index, hoisted)), s);
            case TupleExpr t: return Copy(new TupleExpr(t.Elements.Select(x => Hoist(x, hoisted)).ToList()), t);
            case ListExpr l: return Copy(new ListExpr(l.Elements.Select(x => Hoist(x, hoisted)).ToList()), l);
            case Starred s: return Copy(new Starred(Hoist(s.Value, hoisted)), s);
            case JoinedStr j: return Copy(new JoinedStr(j.Values.Select(x => Hoist(x, hoisted)).ToList()), j);
            case FormattedValue fv: return Copy(new FormattedValue(Hoist(fv.Value, hoisted), fv.Conversion, fv.FormatSpec), fv);
            default:
                if (FindYield(expr) is { } y2) throw Unsupported(y2, "'yield' inside a conditional or boolean expression");
                return expr;
        }
    }

    private static T Copy<T>(T node, Node from) where T : Node
    {
        node.Line = from.Line;
        node.Column = from.Column;
        return node;
    }

    /// <summary>A hidden local of the current generator, added after scope analysis.</summary>
    private string NewYieldTemporary()
    {
        string name = $".yield{_yieldTemporaries++}";
        _scope.Resolved[name] = (NameKind.Local, _scope.LocalNames.Count);
        _scope.LocalNames.Add(name);
        return name;
    }
}
