using QiskitStudio.Python.Syntax;

namespace QiskitStudio.Python.Tests.Syntax;

public class ParserTests
{
    private static Expr ParseExpression(string source) => ((ExprStmt)Parser.ParseModule(source).Body[0]).Value;

    [Fact]
    public void PowerBindsTighterThanUnaryMinusOnTheLeft()
    {
        var e = ParseExpression("-2 ** 2");

        var unary = Assert.IsType<UnaryOp>(e);
        Assert.Equal(UnaryOperator.USub, unary.Op);
        Assert.Equal(BinaryOperator.Pow, Assert.IsType<BinOp>(unary.Operand).Op);
    }

    [Fact]
    public void PowerIsRightAssociative()
    {
        var e = Assert.IsType<BinOp>(ParseExpression("2 ** 3 ** 2"));

        Assert.IsType<Constant>(e.Left);
        Assert.Equal(BinaryOperator.Pow, Assert.IsType<BinOp>(e.Right).Op);
    }

    [Fact]
    public void ComparisonsChain()
    {
        var e = Assert.IsType<Compare>(ParseExpression("a < b <= c is not d not in e"));

        Assert.Equal([CompareOperator.Lt, CompareOperator.LtE, CompareOperator.IsNot, CompareOperator.NotIn], e.Ops);
    }

    [Fact]
    public void BooleanOperatorsHaveLowerPrecedenceThanNot()
    {
        var e = Assert.IsType<BoolOp>(ParseExpression("not a or b and c"));

        Assert.False(e.IsAnd);
        Assert.IsType<UnaryOp>(e.Values[0]);
        Assert.True(Assert.IsType<BoolOp>(e.Values[1]).IsAnd);
    }

    [Fact]
    public void AssignmentWithMultipleTargetsAndStarredUnpacking()
    {
        var assign = Assert.IsType<Assign>(Parser.ParseModule("a = b, *c = x").Body[0]);

        Assert.Equal(2, assign.Targets.Count);
        var tuple = Assert.IsType<TupleExpr>(assign.Targets[1]);
        Assert.IsType<Starred>(tuple.Elements[1]);
    }

    [Fact]
    public void FunctionSignatureWithEveryParameterKind()
    {
        var def = Assert.IsType<FunctionDef>(Parser.ParseModule("def f(a, /, b=1, *args, c, d=2, **kw) -> int:\n    pass\n").Body[0]);

        Assert.Equal(["a"], def.Args.PositionalOnly.Select(a => a.Name));
        Assert.Equal(["b"], def.Args.Args.Select(a => a.Name));
        Assert.Equal("args", def.Args.VarArg!.Name);
        Assert.Equal(["c", "d"], def.Args.KeywordOnly.Select(a => a.Name));
        Assert.Null(def.Args.KeywordDefaults[0]);
        Assert.Equal("kw", def.Args.KwArg!.Name);
        Assert.NotNull(def.Returns);
    }

    [Fact]
    public void SlicesWithStepsAndTuples()
    {
        var sub = Assert.IsType<Subscript>(ParseExpression("a[1:, ::-1]"));
        var tuple = Assert.IsType<TupleExpr>(sub.Index);

        Assert.Null(Assert.IsType<Slice>(tuple.Elements[0]).Upper);
        Assert.IsType<UnaryOp>(Assert.IsType<Slice>(tuple.Elements[1]).Step);
    }

    [Fact]
    public void ComprehensionsNestWithConditions()
    {
        var comp = Assert.IsType<ComprehensionExpr>(ParseExpression("{k: v for k in a if k for v in b}"));

        Assert.Equal(ComprehensionKind.Dict, comp.Kind);
        Assert.Equal(2, comp.Generators.Count);
        Assert.Single(comp.Generators[0].Ifs);
    }

    [Fact]
    public void ElifBecomesNestedIf()
    {
        var stmt = Assert.IsType<If>(Parser.ParseModule("if a:\n    x\nelif b:\n    y\nelse:\n    z\n").Body[0]);

        var inner = Assert.IsType<If>(Assert.Single(stmt.OrElse));
        Assert.Single(inner.OrElse);
    }

    [Fact]
    public void ImplicitStringConcatenationMixesFStrings()
    {
        var joined = Assert.IsType<JoinedStr>(ParseExpression("'a' f'{x}' 'b'"));

        Assert.Equal(3, joined.Values.Count);
    }

    [Fact]
    public void TryWithEveryClause()
    {
        var t = Assert.IsType<Try>(Parser.ParseModule("try:\n    a\nexcept (A, B) as e:\n    b\nexcept:\n    c\nelse:\n    d\nfinally:\n    e\n").Body[0]);

        Assert.Equal(2, t.Handlers.Count);
        Assert.Equal("e", t.Handlers[0].Name);
        Assert.Null(t.Handlers[1].Type);
        Assert.Single(t.OrElse);
        Assert.Single(t.FinalBody);
    }

    [Fact]
    public void LineNumbersAreRecorded()
    {
        var module = Parser.ParseModule("\n\nx = 1\n\ndef f():\n    return 2\n");

        Assert.Equal(3, module.Body[0].Line);
        Assert.Equal(5, module.Body[1].Line);
        Assert.Equal(6, ((FunctionDef)module.Body[1]).Body[0].Line);
    }
}
