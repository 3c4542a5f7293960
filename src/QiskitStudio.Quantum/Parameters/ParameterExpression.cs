using System.Numerics;
using QiskitStudio.Quantum.Formatting;

namespace QiskitStudio.Quantum.Parameters;

/// <summary>
/// An immutable symbolic expression over <see cref="Parameter"/>s, as Qiskit's
/// <c>ParameterExpression</c>: + - * / and unary -, powers, and sin/cos/tan/exp/log and friends.
/// Constants are folded as soon as both operands are numbers.
/// </summary>
public abstract class ParameterExpression
{
    private IReadOnlyList<Parameter>? _parameters;

    /// <summary>The free parameters, each once, in order of first appearance.</summary>
    public IReadOnlyList<Parameter> Parameters => _parameters ??= CollectParameters();

    /// <summary>True when the expression has no free parameters.</summary>
    public bool IsNumeric => Parameters.Count == 0;

    /// <summary>Evaluates the expression; every parameter must be given a value in <paramref name="values"/>.</summary>
    public abstract Complex Evaluate(IReadOnlyDictionary<Parameter, Complex>? values = null);

    /// <summary>Replaces parameters by expressions (numbers or other expressions) and folds constants.</summary>
    public abstract ParameterExpression Substitute(IReadOnlyDictionary<Parameter, ParameterExpression> map);

    /// <summary>Binds parameters to values (numbers or expressions).</summary>
    public ParameterExpression Bind(IReadOnlyDictionary<Parameter, ParameterValue> values)
    {
        var map = new Dictionary<Parameter, ParameterExpression>();
        foreach (var (p, v) in values) map[p] = v.AsExpression();
        return Substitute(map);
    }

    /// <summary>Qiskit's printed form, e.g. <c>2*θ</c>, <c>θ + φ</c>, <c>sin(θ)</c>.</summary>
    public override string ToString() => Format(null);

    /// <summary>The printed form, with numbers written by <paramref name="numberFormatter"/> when given.</summary>
    public string Format(Func<double, string>? numberFormatter) => Write(numberFormatter ?? DefaultNumber);

    internal static string DefaultNumber(double v) => PythonNumberFormat.Repr(v);

    internal abstract string Write(Func<double, string> number);

    /// <summary>Binding strength for parenthesising: 1 sum, 2 product, 3 power, 4 atom.</summary>
    internal abstract int Precedence { get; }

    internal abstract void AddParameters(List<Parameter> into, HashSet<Parameter> seen);

    private IReadOnlyList<Parameter> CollectParameters()
    {
        var list = new List<Parameter>();
        AddParameters(list, new HashSet<Parameter>());
        return list;
    }

    /// <summary>The number an expression without free parameters stands for.</summary>
    public Complex NumericValue => IsNumeric ? Evaluate() : throw new InvalidOperationException($"Expression '{this}' has unbound parameters.");

    // ---- construction -------------------------------------------------------------------

    public static ParameterExpression Constant(double value) => new ConstantExpression(value, false);
    public static ParameterExpression Constant(int value) => new ConstantExpression(value, true);

    public static ParameterExpression operator +(ParameterExpression a, ParameterExpression b) => BinaryExpression.Create(BinaryOperator.Add, a, b);
    public static ParameterExpression operator -(ParameterExpression a, ParameterExpression b) => BinaryExpression.Create(BinaryOperator.Subtract, a, b);
    public static ParameterExpression operator *(ParameterExpression a, ParameterExpression b) => BinaryExpression.Create(BinaryOperator.Multiply, a, b);
    public static ParameterExpression operator /(ParameterExpression a, ParameterExpression b) => BinaryExpression.Create(BinaryOperator.Divide, a, b);
    public static ParameterExpression operator -(ParameterExpression a) => NegationExpression.Create(a);

    public static ParameterExpression operator +(ParameterExpression a, double b) => a + Constant(b);
    public static ParameterExpression operator +(double a, ParameterExpression b) => Constant(a) + b;
    public static ParameterExpression operator -(ParameterExpression a, double b) => a - Constant(b);
    public static ParameterExpression operator -(double a, ParameterExpression b) => Constant(a) - b;
    public static ParameterExpression operator *(ParameterExpression a, double b) => a * Constant(b);
    public static ParameterExpression operator *(double a, ParameterExpression b) => Constant(a) * b;
    public static ParameterExpression operator /(ParameterExpression a, double b) => a / Constant(b);
    public static ParameterExpression operator /(double a, ParameterExpression b) => Constant(a) / b;

    public static ParameterExpression operator +(ParameterExpression a, int b) => a + Constant(b);
    public static ParameterExpression operator +(int a, ParameterExpression b) => Constant(a) + b;
    public static ParameterExpression operator -(ParameterExpression a, int b) => a - Constant(b);
    public static ParameterExpression operator -(int a, ParameterExpression b) => Constant(a) - b;
    public static ParameterExpression operator *(ParameterExpression a, int b) => a * Constant(b);
    public static ParameterExpression operator *(int a, ParameterExpression b) => Constant(a) * b;
    public static ParameterExpression operator /(ParameterExpression a, int b) => a / Constant(b);
    public static ParameterExpression operator /(int a, ParameterExpression b) => Constant(a) / b;

    public ParameterExpression Power(ParameterExpression exponent) => BinaryExpression.Create(BinaryOperator.Power, this, exponent);

    public ParameterExpression Sin() => FunctionExpression.Create(MathFunction.Sin, this);
    public ParameterExpression Cos() => FunctionExpression.Create(MathFunction.Cos, this);
    public ParameterExpression Tan() => FunctionExpression.Create(MathFunction.Tan, this);
    public ParameterExpression Arcsin() => FunctionExpression.Create(MathFunction.Asin, this);
    public ParameterExpression Arccos() => FunctionExpression.Create(MathFunction.Acos, this);
    public ParameterExpression Arctan() => FunctionExpression.Create(MathFunction.Atan, this);
    public ParameterExpression Exp() => FunctionExpression.Create(MathFunction.Exp, this);
    public ParameterExpression Log() => FunctionExpression.Create(MathFunction.Log, this);
    public ParameterExpression Abs() => FunctionExpression.Create(MathFunction.Abs, this);
    public ParameterExpression Sqrt() => FunctionExpression.Create(MathFunction.Sqrt, this);
    public ParameterExpression Conjugate() => FunctionExpression.Create(MathFunction.Conjugate, this);
}

/// <summary>A number inside an expression. <see cref="IsInteger"/> remembers a Python <c>int</c> so it prints as <c>2</c>, not <c>2.0</c>.</summary>
public sealed class ConstantExpression : ParameterExpression
{
    public ConstantExpression(double value, bool isInteger)
    {
        Value = value;
        IsInteger = isInteger && value == Math.Floor(value) && !double.IsInfinity(value);
    }

    public double Value { get; }
    public bool IsInteger { get; }

    public override Complex Evaluate(IReadOnlyDictionary<Parameter, Complex>? values = null) => Value;
    public override ParameterExpression Substitute(IReadOnlyDictionary<Parameter, ParameterExpression> map) => this;
    internal override string Write(Func<double, string> number) =>
        IsInteger ? PythonNumberFormat.IntOrRepr(Value, true) : number(Value);
    internal override int Precedence => Value < 0 ? 1 : 4;
    internal override void AddParameters(List<Parameter> into, HashSet<Parameter> seen) { }
}

public enum BinaryOperator { Add, Subtract, Multiply, Divide, Power }

/// <summary>A binary operation of two sub-expressions.</summary>
public sealed class BinaryExpression : ParameterExpression
{
    private BinaryExpression(BinaryOperator op, ParameterExpression left, ParameterExpression right)
    {
        Operator = op; Left = left; Right = right;
    }

    public BinaryOperator Operator { get; }
    public ParameterExpression Left { get; }
    public ParameterExpression Right { get; }

    internal static ParameterExpression Create(BinaryOperator op, ParameterExpression a, ParameterExpression b)
    {
        if (a is ConstantExpression ca && b is ConstantExpression cb)
        {
            bool ints = ca.IsInteger && cb.IsInteger;
            return op switch
            {
                BinaryOperator.Add => new ConstantExpression(ca.Value + cb.Value, ints),
                BinaryOperator.Subtract => new ConstantExpression(ca.Value - cb.Value, ints),
                BinaryOperator.Multiply => new ConstantExpression(ca.Value * cb.Value, ints),
                BinaryOperator.Divide => new ConstantExpression(ca.Value / cb.Value, ints && cb.Value != 0 && ca.Value % cb.Value == 0),
                _ => new ConstantExpression(Math.Pow(ca.Value, cb.Value), ints && cb.Value >= 0),
            };
        }
        // The identities symbolic engines apply on construction.
        switch (op)
        {
            case BinaryOperator.Add when IsZero(a): return b;
            case BinaryOperator.Add when IsZero(b): return a;
            case BinaryOperator.Subtract when IsZero(b): return a;
            case BinaryOperator.Subtract when IsZero(a): return NegationExpression.Create(b);
            case BinaryOperator.Multiply when IsOne(a): return b;
            case BinaryOperator.Multiply when IsOne(b): return a;
            case BinaryOperator.Multiply when IsZero(a) || IsZero(b): return Constant(0);
            case BinaryOperator.Multiply when IsMinusOne(a): return NegationExpression.Create(b);
            case BinaryOperator.Multiply when IsMinusOne(b): return NegationExpression.Create(a);
            case BinaryOperator.Divide when IsOne(b): return a;
            case BinaryOperator.Power when IsOne(b): return a;
        }
        return new BinaryExpression(op, a, b);
    }

    private static bool IsZero(ParameterExpression e) => e is ConstantExpression c && c.Value == 0;
    private static bool IsOne(ParameterExpression e) => e is ConstantExpression c && c.Value == 1;
    private static bool IsMinusOne(ParameterExpression e) => e is ConstantExpression c && c.Value == -1;

    public override Complex Evaluate(IReadOnlyDictionary<Parameter, Complex>? values = null)
    {
        Complex l = Left.Evaluate(values), r = Right.Evaluate(values);
        return Operator switch
        {
            BinaryOperator.Add => l + r,
            BinaryOperator.Subtract => l - r,
            BinaryOperator.Multiply => l * r,
            BinaryOperator.Divide => l / r,
            _ => l.Imaginary == 0 && r.Imaginary == 0 && l.Real >= 0 ? Math.Pow(l.Real, r.Real) : Complex.Pow(l, r),
        };
    }

    public override ParameterExpression Substitute(IReadOnlyDictionary<Parameter, ParameterExpression> map) =>
        Create(Operator, Left.Substitute(map), Right.Substitute(map));

    internal override int Precedence => Operator switch
    {
        BinaryOperator.Add or BinaryOperator.Subtract => 1,
        BinaryOperator.Multiply or BinaryOperator.Divide => 2,
        _ => 3,
    };

    internal override void AddParameters(List<Parameter> into, HashSet<Parameter> seen)
    {
        Left.AddParameters(into, seen);
        Right.AddParameters(into, seen);
    }

    internal override string Write(Func<double, string> number)
    {
        switch (Operator)
        {
            case BinaryOperator.Add:
                if (Right is ConstantExpression { Value: < 0 } negC)
                    return $"{Left.Write(number)} - {new ConstantExpression(-negC.Value, negC.IsInteger).Write(number)}";
                if (Right is NegationExpression neg)
                    return $"{Left.Write(number)} - {Wrap(neg.Operand, 2, number)}";
                if (Right is BinaryExpression { Operator: BinaryOperator.Multiply } m && NegativeCoefficient(m) is { } positive)
                    return $"{Left.Write(number)} - {positive.Write(number)}";
                return $"{Left.Write(number)} + {Right.Write(number)}";
            case BinaryOperator.Subtract:
                return $"{Left.Write(number)} - {Wrap(Right, 2, number)}";
            case BinaryOperator.Multiply:
                // Numeric coefficients go first, as symbolic engines print them: 2*θ.
                var (first, second) = Right is ConstantExpression && Left is not ConstantExpression ? (Right, Left) : (Left, Right);
                if (first is ConstantExpression { Value: < 0 } c)
                    return "-" + $"{new ConstantExpression(-c.Value, c.IsInteger).Write(number)}*{Wrap(second, 2, number)}";
                return $"{Wrap(first, 2, number)}*{Wrap(second, 2, number)}";
            case BinaryOperator.Divide:
                return $"{Wrap(Left, 2, number)}/{Wrap(Right, 3, number)}";
            default:
                return $"{Wrap(Left, 4, number)}**{Wrap(Right, 4, number)}";
        }
    }

    /// <summary>For c*x with c &lt; 0 (either order), the product |c|*x; otherwise null.</summary>
    private static ParameterExpression? NegativeCoefficient(BinaryExpression m)
    {
        if (m.Left is ConstantExpression { Value: < 0 } l) return new BinaryExpression(BinaryOperator.Multiply, new ConstantExpression(-l.Value, l.IsInteger), m.Right);
        if (m.Right is ConstantExpression { Value: < 0 } r && m.Left is not ConstantExpression)
            return new BinaryExpression(BinaryOperator.Multiply, new ConstantExpression(-r.Value, r.IsInteger), m.Left);
        return null;
    }

    private static string Wrap(ParameterExpression e, int minimum, Func<double, string> number) =>
        e.Precedence < minimum ? $"({e.Write(number)})" : e.Write(number);
}

/// <summary>Unary minus.</summary>
public sealed class NegationExpression : ParameterExpression
{
    private NegationExpression(ParameterExpression operand) => Operand = operand;

    public ParameterExpression Operand { get; }

    internal static ParameterExpression Create(ParameterExpression operand) => operand switch
    {
        ConstantExpression c => new ConstantExpression(-c.Value, c.IsInteger),
        NegationExpression n => n.Operand,
        _ => new NegationExpression(operand),
    };

    public override Complex Evaluate(IReadOnlyDictionary<Parameter, Complex>? values = null) => -Operand.Evaluate(values);
    public override ParameterExpression Substitute(IReadOnlyDictionary<Parameter, ParameterExpression> map) => Create(Operand.Substitute(map));
    internal override int Precedence => 1;
    internal override void AddParameters(List<Parameter> into, HashSet<Parameter> seen) => Operand.AddParameters(into, seen);
    internal override string Write(Func<double, string> number) =>
        Operand.Precedence < 2 ? $"-({Operand.Write(number)})" : "-" + Operand.Write(number);
}

public enum MathFunction { Sin, Cos, Tan, Asin, Acos, Atan, Exp, Log, Abs, Sqrt, Conjugate }

/// <summary>An elementary function applied to a sub-expression, e.g. <c>sin(θ)</c>.</summary>
public sealed class FunctionExpression : ParameterExpression
{
    private FunctionExpression(MathFunction function, ParameterExpression argument)
    {
        Function = function; Argument = argument;
    }

    public MathFunction Function { get; }
    public ParameterExpression Argument { get; }

    internal static ParameterExpression Create(MathFunction function, ParameterExpression argument)
    {
        if (argument is ConstantExpression c)
        {
            Complex v = Apply(function, c.Value);
            if (v.Imaginary == 0) return new ConstantExpression(v.Real, false);
        }
        return new FunctionExpression(function, argument);
    }

    private static Complex Apply(MathFunction f, Complex x) => f switch
    {
        MathFunction.Sin => Complex.Sin(x),
        MathFunction.Cos => Complex.Cos(x),
        MathFunction.Tan => Complex.Tan(x),
        MathFunction.Asin => x.Imaginary == 0 && Math.Abs(x.Real) <= 1 ? Math.Asin(x.Real) : Complex.Asin(x),
        MathFunction.Acos => x.Imaginary == 0 && Math.Abs(x.Real) <= 1 ? Math.Acos(x.Real) : Complex.Acos(x),
        MathFunction.Atan => x.Imaginary == 0 ? Math.Atan(x.Real) : Complex.Atan(x),
        MathFunction.Exp => Complex.Exp(x),
        MathFunction.Log => x.Imaginary == 0 && x.Real > 0 ? Math.Log(x.Real) : Complex.Log(x),
        MathFunction.Abs => Complex.Abs(x),
        MathFunction.Sqrt => x.Imaginary == 0 && x.Real >= 0 ? Math.Sqrt(x.Real) : Complex.Sqrt(x),
        _ => Complex.Conjugate(x),
    };

    public override Complex Evaluate(IReadOnlyDictionary<Parameter, Complex>? values = null) => Apply(Function, Argument.Evaluate(values));
    public override ParameterExpression Substitute(IReadOnlyDictionary<Parameter, ParameterExpression> map) => Create(Function, Argument.Substitute(map));
    internal override int Precedence => 4;
    internal override void AddParameters(List<Parameter> into, HashSet<Parameter> seen) => Argument.AddParameters(into, seen);
    internal override string Write(Func<double, string> number)
    {
        string name = Function switch
        {
            MathFunction.Asin => "asin",
            MathFunction.Acos => "acos",
            MathFunction.Atan => "atan",
            MathFunction.Conjugate => "conjugate",
            _ => Function.ToString().ToLowerInvariant(),
        };
        return $"{name}({Argument.Write(number)})";
    }
}
