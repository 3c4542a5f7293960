using System.Numerics;
using QiskitStudio.Quantum.Formatting;

namespace QiskitStudio.Quantum.Parameters;

/// <summary>
/// One parameter of an instruction: a number (real or complex) or a symbolic expression with
/// free parameters. A fully bound expression becomes a number, as in Qiskit.
/// </summary>
public readonly struct ParameterValue : IEquatable<ParameterValue>
{
    private readonly ParameterExpression? _expression;
    private readonly Complex _number;
    private readonly bool _isInteger;

    private ParameterValue(ParameterExpression? expression, Complex number, bool isInteger)
    {
        _expression = expression;
        _number = number;
        _isInteger = isInteger;
    }

    public static ParameterValue FromNumber(double value) => new(null, value, false);
    public static ParameterValue FromInteger(long value) => new(null, value, true);
    public static ParameterValue FromComplex(Complex value) => new(null, value, false);

    /// <summary>An expression; a numeric one collapses to its number.</summary>
    public static ParameterValue FromExpression(ParameterExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (expression is ConstantExpression c) return new(null, c.Value, c.IsInteger);
        if (expression.IsNumeric) return new(null, expression.Evaluate(), false);
        return new(expression, default, false);
    }

    public static implicit operator ParameterValue(double value) => FromNumber(value);
    public static implicit operator ParameterValue(int value) => FromInteger(value);
    public static implicit operator ParameterValue(Complex value) => FromComplex(value);
    public static implicit operator ParameterValue(ParameterExpression expression) => FromExpression(expression);

    /// <summary>True when this value still has free parameters.</summary>
    public bool IsSymbolic => _expression is not null;
    public bool IsNumeric => _expression is null;
    /// <summary>True for a number that came from an integer (printed <c>1</c>, not <c>1.0</c>).</summary>
    public bool IsInteger => _expression is null && _isInteger;
    public bool IsComplex => _expression is null && _number.Imaginary != 0;

    /// <summary>The symbolic expression, or null for a number.</summary>
    public ParameterExpression? Expression => _expression;

    /// <summary>The real value. Throws for a symbolic value.</summary>
    public double Value => _expression is null
        ? _number.Real
        : throw new InvalidOperationException($"Parameter value '{_expression}' is not bound.");

    /// <summary>The complex value. Throws for a symbolic value.</summary>
    public Complex ComplexValue => _expression is null
        ? _number
        : throw new InvalidOperationException($"Parameter value '{_expression}' is not bound.");

    /// <summary>The free parameters (empty for a number).</summary>
    public IReadOnlyList<Parameter> Parameters => _expression?.Parameters ?? [];

    /// <summary>This value as an expression (a constant for a number).</summary>
    public ParameterExpression AsExpression()
    {
        if (_expression is not null) return _expression;
        if (_number.Imaginary != 0) throw new InvalidOperationException("A complex number cannot be used in a parameter expression.");
        return _isInteger ? new ConstantExpression(_number.Real, true) : ParameterExpression.Constant(_number.Real);
    }

    /// <summary>Substitutes parameters; returns a number when nothing is left free.</summary>
    public ParameterValue Bind(IReadOnlyDictionary<Parameter, ParameterValue> values) =>
        _expression is null ? this : Bound(_expression.Bind(values));

    /// <summary>A fully bound expression becomes a float, as Qiskit's assign_parameters gives.</summary>
    private static ParameterValue Bound(ParameterExpression e) => e.IsNumeric ? FromComplex(e.Evaluate()) : FromExpression(e);

    public ParameterValue Substitute(IReadOnlyDictionary<Parameter, ParameterExpression> map) =>
        _expression is null ? this : FromExpression(_expression.Substitute(map));

    public static ParameterValue operator -(ParameterValue v) =>
        v._expression is null ? new ParameterValue(null, -v._number, v._isInteger) : FromExpression(-v._expression);

    public static ParameterValue operator +(ParameterValue a, ParameterValue b) =>
        a.IsNumeric && b.IsNumeric ? new ParameterValue(null, a._number + b._number, a._isInteger && b._isInteger) : FromExpression(a.AsExpression() + b.AsExpression());

    public static ParameterValue operator -(ParameterValue a, ParameterValue b) =>
        a.IsNumeric && b.IsNumeric ? new ParameterValue(null, a._number - b._number, a._isInteger && b._isInteger) : FromExpression(a.AsExpression() - b.AsExpression());

    public static ParameterValue operator *(ParameterValue a, ParameterValue b) =>
        a.IsNumeric && b.IsNumeric ? new ParameterValue(null, a._number * b._number, a._isInteger && b._isInteger) : FromExpression(a.AsExpression() * b.AsExpression());

    public static ParameterValue operator /(ParameterValue a, ParameterValue b) =>
        a.IsNumeric && b.IsNumeric ? FromComplex(a._number / b._number) : FromExpression(a.AsExpression() / b.AsExpression());

    /// <summary>Python's <c>str</c> of the value: <c>0.5</c>, <c>1</c>, <c>(1+2j)</c>, <c>2*θ</c>.</summary>
    public override string ToString()
    {
        if (_expression is not null) return _expression.ToString();
        if (_number.Imaginary == 0) return PythonNumberFormat.IntOrRepr(_number.Real, _isInteger);
        string im = WithoutPointZero(PythonNumberFormat.Repr(_number.Imaginary));
        if (_number.Real == 0) return im + "j";
        string re = WithoutPointZero(PythonNumberFormat.Repr(_number.Real));
        return $"({re}{(_number.Imaginary < 0 ? "" : "+")}{im}j)";
    }

    private static string WithoutPointZero(string s) => s.EndsWith(".0", StringComparison.Ordinal) ? s[..^2] : s;

    public bool Equals(ParameterValue other) =>
        _expression is null
            ? other._expression is null && _number == other._number
            : ReferenceEquals(_expression, other._expression) || (other._expression is not null && _expression.ToString() == other._expression.ToString() && _expression.Parameters.SequenceEqual(other._expression.Parameters));

    public override bool Equals(object? obj) => obj is ParameterValue v && Equals(v);
    public override int GetHashCode() => _expression is null ? _number.GetHashCode() : _expression.ToString().GetHashCode(StringComparison.Ordinal);
    public static bool operator ==(ParameterValue a, ParameterValue b) => a.Equals(b);
    public static bool operator !=(ParameterValue a, ParameterValue b) => !a.Equals(b);
}
