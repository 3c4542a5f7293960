using System.Numerics;
using QiskitStudio.Python.Runtime;
using static QiskitStudio.Python.Tests.Runtime.Py;

namespace QiskitStudio.Python.Tests.Runtime;

// Expected values were produced by CPython 3.11.
public class NumberTests
{
    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(100.0, "100.0")]
    [InlineData(1.2345678901234567e+25, "1.2345678901234566e+25")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(123456789.123, "123456789.123")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(2.0 / 3.0, "0.6666666666666666")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(1e22, "1e+22")]
    [InlineData(1e23, "1e+23")]
    [InlineData(9007199254740993.0, "9007199254740992.0")]
    [InlineData(-1.5e-7, "-1.5e-07")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(double.NaN, "nan")]
    public void FloatReprMatchesCPython(double value, string expected)
    {
        Assert.Equal(expected, Repr(F(value)));
        Assert.Equal(expected, Str(F(value)));
    }

    [Theory]
    [InlineData(1, 2, "(1+2j)")]
    [InlineData(0, 1, "1j")]
    [InlineData(-0.0, -1, "(-0-1j)")]
    [InlineData(1.5, 0, "(1.5+0j)")]
    [InlineData(0, 0, "0j")]
    [InlineData(1e16, 1, "(1e+16+1j)")]
    public void ComplexReprMatchesCPython(double re, double im, string expected) =>
        Assert.Equal(expected, Repr(PyComplex.Create(re, im)));

    [Fact]
    public void IntegerArithmeticFollowsPythonSigns()
    {
        Assert.Equal("-4", Repr(PyOps.FloorDiv(I(-7), I(2))));
        Assert.Equal("1", Repr(PyOps.Mod(I(-7), I(2))));
        Assert.Equal("-1", Repr(PyOps.Mod(I(7), I(-2))));
        Assert.Equal("-4", Repr(PyOps.FloorDiv(I(7), I(-2))));
        Assert.Equal("0.5", Repr(PyOps.Pow(I(2), I(-1))));
        Assert.Equal("0.3333333333333333", Repr(PyOps.TrueDiv(I(1), I(3))));
        Assert.Equal("(-4, 1)", Repr(Call("divmod", I(-7), I(2))));
        Assert.Equal("(-4.0, -0.5)", Repr(Call("divmod", F(7.5), I(-2))));
    }

    [Fact]
    public void IntegersOverflowIntoBigIntegers()
    {
        Assert.Equal("1267650600228229401496703205376", Repr(PyOps.Pow(I(2), I(100))));
        Assert.Equal("18446744073709551614", Repr(PyOps.Mul(I(long.MaxValue), I(2))));
        Assert.Equal("9223372036854775808", Repr(PyOps.FloorDiv(I(long.MinValue), I(-1))));
        Assert.Equal("1180591620717411303424", Repr(PyOps.Binary(BinaryOperator.LShift, I(1), I(70))));
        var big = PyOps.Pow(I(10), I(20));
        Assert.Equal("14285714285714285714", Repr(PyOps.FloorDiv(big, I(7))));
        Assert.Equal("5", Repr(PyOps.Mod(PyOps.Negative(big), I(7))));
        Assert.Equal("3.333333333333333e+19", Repr(PyOps.TrueDiv(big, I(3))));
        Assert.Equal("2305843009213693952", Repr(PyOps.Binary(BinaryOperator.RShift, PyOps.Pow(I(2), I(64)), I(3))));
        // Results that fit again come back as small ints.
        Assert.False(((PyInt)PyOps.Sub(PyOps.Add(I(long.MaxValue), I(1)), I(1))).IsBig);
    }

    [Fact]
    public void BitwiseOperatorsAndPowMod()
    {
        Assert.Equal("1", Repr(PyOps.Binary(BinaryOperator.And, I(5), I(3))));
        Assert.Equal("-5", Repr(PyOps.Binary(BinaryOperator.Or, I(-5), I(3))));
        Assert.Equal("-8", Repr(PyOps.Binary(BinaryOperator.Xor, I(5), I(-3))));
        Assert.Equal("-6", Repr(PyOps.Invert(I(5))));
        Assert.Equal("-1", Repr(PyOps.Binary(BinaryOperator.RShift, I(-1), I(3))));
        Assert.Equal("5", Repr(Call("pow", I(3), I(-1), I(7))));
        Assert.Equal("24", Repr(Call("pow", I(2), I(10), I(1000))));
        Assert.Equal("2", Repr(Call("pow", I(-2), I(3), I(5))));
    }

    [Fact]
    public void FloatArithmeticFollowsPython()
    {
        Assert.Equal("-4.0", Repr(PyOps.FloorDiv(F(-7.5), I(2))));
        Assert.Equal("0.5", Repr(PyOps.Mod(F(-7.5), I(2))));
        Assert.Equal("-0.5", Repr(PyOps.Mod(F(7.5), I(-2))));
        Assert.Equal("1.4142135623730951", Repr(PyOps.Pow(I(2), F(0.5))));
        Assert.Equal("(1.0000000000000002+1.7320508075688772j)", Repr(PyOps.Pow(I(-8), PyOps.TrueDiv(I(1), I(3)))));
    }

    [Fact]
    public void IntAndFloatCompareExactly()
    {
        var big = PyOps.Add(PyOps.Pow(I(2), I(53)), I(1));
        Assert.False(PyOps.CompareBool(big, F(9007199254740992.0), CompareOp.Eq));
        Assert.True(PyOps.CompareBool(big, F(9007199254740992.0), CompareOp.Gt));
        Assert.True(PyOps.CompareBool(I(1), F(1.0), CompareOp.Eq));
        Assert.Equal(PyOps.Hash(I(1)), PyOps.Hash(F(1.0)));
        Assert.Equal(PyOps.Hash(I(1)), PyOps.Hash(PyComplex.Create(1, 0)));
    }

    [Fact]
    public void DivisionByZeroMessages()
    {
        Raises("ZeroDivisionError", "division by zero", () => PyOps.TrueDiv(I(1), I(0)));
        Raises("ZeroDivisionError", "integer division or modulo by zero", () => PyOps.FloorDiv(I(1), I(0)));
        Raises("ZeroDivisionError", "integer modulo by zero", () => PyOps.Mod(I(1), I(0)));
        Raises("ZeroDivisionError", "float division by zero", () => PyOps.TrueDiv(F(1), I(0)));
        Raises("ZeroDivisionError", "float floor division by zero", () => PyOps.FloorDiv(F(1), I(0)));
        Raises("ZeroDivisionError", "float modulo", () => PyOps.Mod(F(1), I(0)));
        Raises("ZeroDivisionError", "integer division or modulo by zero", () => Call("divmod", I(1), I(0)));
        Raises("ZeroDivisionError", "0.0 cannot be raised to a negative power", () => PyOps.Pow(I(0), I(-1)));
        Raises("ValueError", "negative shift count", () => PyOps.Binary(BinaryOperator.LShift, I(1), I(-1)));
    }

    [Theory]
    [InlineData(2.5, "2")]
    [InlineData(3.5, "4")]
    [InlineData(-2.5, "-2")]
    [InlineData(0.5, "0")]
    [InlineData(1.5, "2")]
    public void RoundIsBankers(double value, string expected) => Assert.Equal(expected, Repr(Call("round", F(value))));

    [Theory]
    [InlineData(2.675, 2, "2.67")]
    [InlineData(1e300, 2, "1e+300")]
    [InlineData(123.456, -1, "120.0")]
    [InlineData(0.125, 2, "0.12")]
    [InlineData(0.375, 2, "0.38")]
    [InlineData(-1.005, 2, "-1.0")]
    public void RoundWithDigitsUsesTheExactValue(double value, int digits, string expected) =>
        Assert.Equal(expected, Repr(Call("round", F(value), I(digits))));

    [Theory]
    [InlineData(1234, -2, "1200")]
    [InlineData(1250, -2, "1200")]
    [InlineData(1350, -2, "1400")]
    public void RoundIntegers(long value, int digits, string expected) =>
        Assert.Equal(expected, Repr(Call("round", I(value), I(digits))));

    [Fact]
    public void ComplexArithmetic()
    {
        var a = PyComplex.Create(1, 2);
        var b = PyComplex.Create(3, -4);
        Assert.Equal("(11+2j)", Repr(PyOps.Mul(a, b)));
        Assert.Equal("(-0.2+0.4j)", Repr(PyOps.TrueDiv(a, b)));
        Assert.Equal("(-1+0j)", Repr(PyOps.Pow(PyComplex.Create(0, 1), I(2))));
        Assert.Equal("(1.0986841134678098+0.45508986056222733j)", Repr(PyOps.Pow(PyComplex.Create(1, 1), F(0.5))));
        Assert.Equal("5.0", Repr(Call("abs", PyComplex.Create(3, 4))));
        Assert.Equal("(-1500-2j)", Repr(Call("complex", S("-1.5e3-2j"))));
        Assert.Equal("(2+0j)", Repr(Call("complex", I(2))));
        Assert.Equal("(-1-2j)", Repr(PyOps.Negative(a)));
    }

    [Fact]
    public void IntConstructorParsesPythonSyntax()
    {
        Assert.Equal("255", Repr(Call("int", S("ff"), I(16))));
        Assert.Equal("255", Repr(Call("int", S("0xff"), I(0))));
        Assert.Equal("-1000", Repr(Call("int", S(" -1_000 "))));
        Assert.Equal("5", Repr(Call("int", S("0b101"), I(0))));
        Assert.Equal("3", Repr(Call("int", F(3.99))));
        Assert.Equal("-3", Repr(Call("int", F(-3.99))));
        Assert.Equal("1", Repr(Call("int", PyBool.True)));
        Raises("ValueError", "invalid literal for int() with base 10: 'abc'", () => Call("int", S("abc")));
        Raises("ValueError", "invalid literal for int() with base 10: '1.5'", () => Call("int", S("1.5")));
        Raises("ValueError", "invalid literal for int() with base 0: '010'", () => Call("int", S("010"), I(0)));
        Raises("TypeError", "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'", () => Call("int", PyNone.Instance));
        Raises("OverflowError", "cannot convert float infinity to integer", () => Call("int", F(double.PositiveInfinity)));
        Raises("ValueError", "cannot convert float NaN to integer", () => Call("int", F(double.NaN)));
    }

    [Fact]
    public void FloatConstructorParsesPythonSyntax()
    {
        Assert.Equal("inf", Repr(Call("float", S("inf"))));
        Assert.Equal("-inf", Repr(Call("float", S("-Infinity"))));
        Assert.Equal("nan", Repr(Call("float", S("nan"))));
        Assert.Equal("1000.5", Repr(Call("float", S(" 1_000.5 "))));
        Assert.Equal("1e-05", Repr(Call("float", S("1e-5"))));
        Assert.Equal("0.0", Repr(Call("float")));
        Raises("ValueError", "could not convert string to float: 'x'", () => Call("float", S("x")));
    }

    [Fact]
    public void BoolIsAnInt()
    {
        Assert.Equal("2", Repr(PyOps.Add(PyBool.True, I(1))));
        Assert.Equal("True", Repr(PyOps.Binary(BinaryOperator.And, PyBool.True, PyBool.True)));
        Assert.Equal("1", Repr(PyOps.Binary(BinaryOperator.And, PyBool.True, I(1))));
        Assert.True(PyOps.IsInstance(PyBool.True, PyTypes.Int));
        Assert.Equal("<class 'bool'>", Repr(PyBool.False.Type));
        Raises("TypeError", "type 'bool' is not an acceptable base type", () => Class("B", [PyTypes.Bool]));
    }

    [Fact]
    public void NumericHashesMatchCPython()
    {
        Assert.Equal(1152921504606846977L, PyOps.Hash(F(1.5)));
        Assert.Equal(-2L, PyOps.Hash(I(-1)));
        Assert.Equal(-3550055125485641917L, PyOps.Hash(T(I(1), I(2))));
        Assert.Equal(-1826646154956904602L, PyOps.Hash(Call("frozenset", L(I(1), I(2)))));
        Assert.Equal(314159L, PyOps.Hash(F(double.PositiveInfinity)));
        Assert.Equal((long)(BigInteger.Pow(2, 100) % ((BigInteger.One << 61) - 1)), PyOps.Hash(PyOps.Pow(I(2), I(100))));
    }

    [Fact]
    public void HugeIntegersRefuseToPrintLikeCPython()
    {
        var huge = PyOps.Pow(I(10), I(5000));
        Raises("ValueError", "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", () => Repr(huge));
    }
}
