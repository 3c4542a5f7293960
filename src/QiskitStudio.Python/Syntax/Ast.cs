using System.Numerics;

namespace QiskitStudio.Python.Syntax;

// The abstract syntax tree, shaped after CPython's `ast` module so that its names are familiar.
// Nodes are plain data; the interpreter compiles them once into executable form.

public abstract class Node
{
    public int Line { get; set; }
    public int Column { get; set; }
}

public abstract class Expr : Node;

public abstract class Stmt : Node;

public enum ExprContext { Load, Store, Del }

public enum BinaryOperator { Add, Sub, Mult, MatMult, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd }

public enum UnaryOperator { Not, Invert, UAdd, USub }

public enum CompareOperator { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }

public enum ConstantKind { None, True, False, Ellipsis, Int, BigInt, Float, Imaginary, Str, Bytes }

// ------------------------------------------------------------------ expressions

public sealed class Constant(ConstantKind kind) : Expr
{
    public ConstantKind Kind { get; } = kind;
    public long Int { get; init; }
    public BigInteger BigInt { get; init; }
    public double Float { get; init; }
    public string Str { get; init; } = "";
}

public sealed class JoinedStr(List<Expr> values) : Expr
{
    /// <summary>Constant strings and <see cref="FormattedValue"/>s, in order.</summary>
    public List<Expr> Values { get; } = values;
}

public sealed class FormattedValue(Expr value, char conversion, JoinedStr? formatSpec) : Expr
{
    public Expr Value { get; } = value;
    public char Conversion { get; } = conversion;
    public JoinedStr? FormatSpec { get; } = formatSpec;
}

public sealed class Name(string id) : Expr
{
    public string Id { get; } = id;
    public ExprContext Context { get; set; }
}

public sealed class BinOp(Expr left, BinaryOperator op, Expr right) : Expr
{
    public Expr Left { get; } = left;
    public BinaryOperator Op { get; } = op;
    public Expr Right { get; } = right;
}

public sealed class UnaryOp(UnaryOperator op, Expr operand) : Expr
{
    public UnaryOperator Op { get; } = op;
    public Expr Operand { get; } = operand;
}

public sealed class BoolOp(bool isAnd, List<Expr> values) : Expr
{
    public bool IsAnd { get; } = isAnd;
    public List<Expr> Values { get; } = values;
}

public sealed class Compare(Expr left, List<CompareOperator> ops, List<Expr> comparators) : Expr
{
    public Expr Left { get; } = left;
    public List<CompareOperator> Ops { get; } = ops;
    public List<Expr> Comparators { get; } = comparators;
}

public sealed class Keyword(string? name, Expr value) : Node
{
    /// <summary>Null for <c>**mapping</c>.</summary>
    public string? Name { get; } = name;
    public Expr Value { get; } = value;
}

public sealed class Call(Expr func, List<Expr> args, List<Keyword> keywords) : Expr
{
    public Expr Func { get; } = func;
    /// <summary>Positional arguments; <see cref="Starred"/> for <c>*iterable</c>.</summary>
    public List<Expr> Args { get; } = args;
    public List<Keyword> Keywords { get; } = keywords;
}

public sealed class AttributeExpr(Expr value, string attr) : Expr
{
    public Expr Value { get; } = value;
    public string Attr { get; } = attr;
    public ExprContext Context { get; set; }
}

public sealed class Subscript(Expr value, Expr index) : Expr
{
    public Expr Value { get; } = value;
    public Expr Index { get; } = index;
    public ExprContext Context { get; set; }
}

public sealed class Slice(Expr? lower, Expr? upper, Expr? step) : Expr
{
    public Expr? Lower { get; } = lower;
    public Expr? Upper { get; } = upper;
    public Expr? Step { get; } = step;
}

public sealed class Starred(Expr value) : Expr
{
    public Expr Value { get; } = value;
    public ExprContext Context { get; set; }
}

public sealed class ListExpr(List<Expr> elements) : Expr
{
    public List<Expr> Elements { get; } = elements;
    public ExprContext Context { get; set; }
}

public sealed class TupleExpr(List<Expr> elements) : Expr
{
    public List<Expr> Elements { get; } = elements;
    public ExprContext Context { get; set; }
    /// <summary>Written with parentheses (matters for error messages only).</summary>
    public bool Parenthesized { get; set; }
}

public sealed class SetExpr(List<Expr> elements) : Expr
{
    public List<Expr> Elements { get; } = elements;
}

public sealed class DictExpr(List<Expr?> keys, List<Expr> values) : Expr
{
    /// <summary>A null key means <c>**mapping</c> in the same position of <see cref="Values"/>.</summary>
    public List<Expr?> Keys { get; } = keys;
    public List<Expr> Values { get; } = values;
}

public sealed class Comprehension(Expr target, Expr iter, List<Expr> ifs) : Node
{
    public Expr Target { get; } = target;
    public Expr Iter { get; } = iter;
    public List<Expr> Ifs { get; } = ifs;
}

public enum ComprehensionKind { List, Set, Dict, Generator }

/// <summary>List/set/dict comprehensions and generator expressions (one node, told apart by <see cref="Kind"/>).</summary>
public sealed class ComprehensionExpr(ComprehensionKind kind, Expr element, Expr? value, List<Comprehension> generators) : Expr
{
    public ComprehensionKind Kind { get; } = kind;
    /// <summary>The element, or the key for a dict comprehension.</summary>
    public Expr Element { get; } = element;
    /// <summary>The value of a dict comprehension.</summary>
    public Expr? Value { get; } = value;
    public List<Comprehension> Generators { get; } = generators;
}

public sealed class Lambda(Arguments args, Expr body) : Expr
{
    public Arguments Args { get; } = args;
    public Expr Body { get; } = body;
}

public sealed class IfExp(Expr test, Expr body, Expr orElse) : Expr
{
    public Expr Test { get; } = test;
    public Expr Body { get; } = body;
    public Expr OrElse { get; } = orElse;
}

public sealed class NamedExpr(Name target, Expr value) : Expr
{
    public Name Target { get; } = target;
    public Expr Value { get; } = value;
}

public sealed class Yield(Expr? value) : Expr
{
    public Expr? Value { get; } = value;
}

public sealed class YieldFrom(Expr value) : Expr
{
    public Expr Value { get; } = value;
}

public sealed class Await(Expr value) : Expr
{
    public Expr Value { get; } = value;
}

// ------------------------------------------------------------------ function signatures

public sealed class Arg(string name, Expr? annotation) : Node
{
    public string Name { get; } = name;
    public Expr? Annotation { get; } = annotation;
}

public sealed class Arguments : Node
{
    public List<Arg> PositionalOnly { get; } = [];
    public List<Arg> Args { get; } = [];
    /// <summary>Defaults for the last positional (-only or not) parameters.</summary>
    public List<Expr> Defaults { get; } = [];
    public Arg? VarArg { get; set; }
    public List<Arg> KeywordOnly { get; } = [];
    /// <summary>Same length as <see cref="KeywordOnly"/>; null where there is no default.</summary>
    public List<Expr?> KeywordDefaults { get; } = [];
    public Arg? KwArg { get; set; }
}

// ------------------------------------------------------------------ statements

public sealed class ExprStmt(Expr value) : Stmt
{
    public Expr Value { get; } = value;
}

public sealed class Assign(List<Expr> targets, Expr value) : Stmt
{
    public List<Expr> Targets { get; } = targets;
    public Expr Value { get; } = value;
}

public sealed class AugAssign(Expr target, BinaryOperator op, Expr value) : Stmt
{
    public Expr Target { get; } = target;
    public BinaryOperator Op { get; } = op;
    public Expr Value { get; } = value;
}

public sealed class AnnAssign(Expr target, Expr annotation, Expr? value, bool simple) : Stmt
{
    public Expr Target { get; } = target;
    public Expr Annotation { get; } = annotation;
    public Expr? Value { get; } = value;
    /// <summary>The target is a bare name (not parenthesised).</summary>
    public bool Simple { get; } = simple;
}

public sealed class Delete(List<Expr> targets) : Stmt
{
    public List<Expr> Targets { get; } = targets;
}

public sealed class Pass : Stmt;

public sealed class Break : Stmt;

public sealed class Continue : Stmt;

public sealed class Return(Expr? value) : Stmt
{
    public Expr? Value { get; } = value;
}

public sealed class Raise(Expr? exception, Expr? cause) : Stmt
{
    public Expr? Exception { get; } = exception;
    public Expr? Cause { get; } = cause;
}

public sealed class Global(List<string> names) : Stmt
{
    public List<string> Names { get; } = names;
}

public sealed class Nonlocal(List<string> names) : Stmt
{
    public List<string> Names { get; } = names;
}

public sealed class AssertStmt(Expr test, Expr? message) : Stmt
{
    public Expr Test { get; } = test;
    public Expr? Message { get; } = message;
}

public sealed class Alias(string name, string? asName) : Node
{
    /// <summary>Dotted module name (import) or imported name ("*" for star imports).</summary>
    public string Name { get; } = name;
    public string? AsName { get; } = asName;
}

public sealed class Import(List<Alias> names) : Stmt
{
    public List<Alias> Names { get; } = names;
}

public sealed class ImportFrom(string? module, List<Alias> names, int level) : Stmt
{
    public string? Module { get; } = module;
    public List<Alias> Names { get; } = names;
    public int Level { get; } = level;
}

public sealed class If(Expr test, List<Stmt> body, List<Stmt> orElse) : Stmt
{
    public Expr Test { get; } = test;
    public List<Stmt> Body { get; } = body;
    public List<Stmt> OrElse { get; } = orElse;
}

public sealed class While(Expr test, List<Stmt> body, List<Stmt> orElse) : Stmt
{
    public Expr Test { get; } = test;
    public List<Stmt> Body { get; } = body;
    public List<Stmt> OrElse { get; } = orElse;
}

public sealed class For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse) : Stmt
{
    public Expr Target { get; } = target;
    public Expr Iter { get; } = iter;
    public List<Stmt> Body { get; } = body;
    public List<Stmt> OrElse { get; } = orElse;
}

public sealed class ExceptHandler(Expr? type, string? name, List<Stmt> body) : Node
{
    public Expr? Type { get; } = type;
    public string? Name { get; } = name;
    public List<Stmt> Body { get; } = body;
}

public sealed class Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orElse, List<Stmt> finalBody) : Stmt
{
    public List<Stmt> Body { get; } = body;
    public List<ExceptHandler> Handlers { get; } = handlers;
    public List<Stmt> OrElse { get; } = orElse;
    public List<Stmt> FinalBody { get; } = finalBody;
}

public sealed class WithItem(Expr context, Expr? target) : Node
{
    public Expr Context { get; } = context;
    public Expr? Target { get; } = target;
}

public sealed class With(List<WithItem> items, List<Stmt> body) : Stmt
{
    public List<WithItem> Items { get; } = items;
    public List<Stmt> Body { get; } = body;
}

public sealed class FunctionDef(string name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr? returns) : Stmt
{
    public string Name { get; } = name;
    public Arguments Args { get; } = args;
    public List<Stmt> Body { get; } = body;
    public List<Expr> Decorators { get; } = decorators;
    public Expr? Returns { get; } = returns;
    public bool IsAsync { get; init; }
}

public sealed class ClassDef(string name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decorators) : Stmt
{
    public string Name { get; } = name;
    public List<Expr> Bases { get; } = bases;
    public List<Keyword> Keywords { get; } = keywords;
    public List<Stmt> Body { get; } = body;
    public List<Expr> Decorators { get; } = decorators;
}

public sealed class Module(List<Stmt> body) : Node
{
    public List<Stmt> Body { get; } = body;
}

// ------------------------------------------------------------------ match statement (structural pattern matching)

public abstract class Pattern : Node;

/// <summary>A literal or dotted-name value compared with ==.</summary>
public sealed class MatchValue(Expr value) : Pattern
{
    public Expr Value { get; } = value;
}

/// <summary><c>None</c>, <c>True</c> or <c>False</c>, compared by identity.</summary>
public sealed class MatchSingleton(ConstantKind kind) : Pattern
{
    public ConstantKind Kind { get; } = kind;
}

/// <summary>A capture (<c>x</c>), a wildcard (<c>_</c>, no name), or <c>pattern as x</c>.</summary>
public sealed class MatchAs(Pattern? pattern, string? name) : Pattern
{
    public Pattern? Pattern { get; } = pattern;
    public string? Name { get; } = name;
}

public sealed class MatchOr(List<Pattern> patterns) : Pattern
{
    public List<Pattern> Patterns { get; } = patterns;
}

/// <summary><c>[a, *rest, b]</c> or <c>(a, b)</c>.</summary>
public sealed class MatchSequence(List<Pattern> patterns) : Pattern
{
    public List<Pattern> Patterns { get; } = patterns;
}

/// <summary><c>*name</c> or <c>*_</c> inside a sequence pattern.</summary>
public sealed class MatchStar(string? name) : Pattern
{
    public string? Name { get; } = name;
}

public sealed class MatchMapping(List<Expr> keys, List<Pattern> patterns, string? rest) : Pattern
{
    public List<Expr> Keys { get; } = keys;
    public List<Pattern> Patterns { get; } = patterns;
    public string? Rest { get; } = rest;
}

public sealed class MatchClass(Expr cls, List<Pattern> patterns, List<string> keywordNames, List<Pattern> keywordPatterns) : Pattern
{
    public Expr Class { get; } = cls;
    public List<Pattern> Patterns { get; } = patterns;
    public List<string> KeywordNames { get; } = keywordNames;
    public List<Pattern> KeywordPatterns { get; } = keywordPatterns;
}

public sealed class MatchCase(Pattern pattern, Expr? guard, List<Stmt> body) : Node
{
    public Pattern Pattern { get; } = pattern;
    public Expr? Guard { get; } = guard;
    public List<Stmt> Body { get; } = body;
}

public sealed class Match(Expr subject, List<MatchCase> cases) : Stmt
{
    public Expr Subject { get; } = subject;
    public List<MatchCase> Cases { get; } = cases;
}
