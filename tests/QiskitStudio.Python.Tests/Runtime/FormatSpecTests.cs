using QiskitStudio.Python.Runtime;
using static QiskitStudio.Python.Tests.Runtime.Py;

namespace QiskitStudio.Python.Tests.Runtime;

// Expected values were produced by CPython 3.11 (format(value, spec)).
public class FormatSpecTests
{
    private static void Check(PyObject value, string spec, string expected)
    {
        Assert.Equal(expected, PyOps.Format(value, spec));
        Assert.Equal(expected, Str(Call("format", value, S(spec))));
    }

    [Fact]
    public void FormatSpecMiniLanguageMatchesCPython()
    {
        Check(I(1234), "010,", "00,001,234");
        Check(I(1234), "06,", "01,234");
        Check(I(1234), "x<10,", "1,234xxxxx");
        Check(I(-1234), "010,", "-0,001,234");
        Check(I(255), "#x", "0xff");
        Check(I(255), "#010x", "0x000000ff");
        Check(I(255), "_b", "1111_1111");
        Check(I(255), "#_b", "0b1111_1111");
        Check(I(-255), "X", "-FF");
        Check(I(1234567), "n", "1234567");
        Check(F(1e20), ",", "1e+20");
        Check(F(1234.5), ",.2f", "1,234.50");
        Check(F(double.PositiveInfinity), "010", "0000000inf");
        Check(F(double.NaN), "+f", "+nan");
        Check(F(double.NegativeInfinity), "=+10", "-      inf");
        Check(F(-0.0), "z.1f", "0.0");
        Check(F(-0.001), "z.1f", "0.0");
        Check(F(0.5), "%", "50.000000%");
        Check(F(0.5), ".1%", "50.0%");
        Check(F(1.0), "", "1.0");
        Check(F(1e16), "", "1e+16");
        Check(F(1.5), "10", "       1.5");
        Check(F(1.0), ".3", "1.0");
        Check(F(1e5), ".3", "1e+05");
        Check(F(123.456), ".3", "1.23e+02");
        Check(PyComplex.Create(1, 2), "", "(1+2j)");
        Check(PyComplex.Create(1, 2), ".2f", "1.00+2.00j");
        Check(PyComplex.Create(1, 2), "10", "    (1+2j)");
        Check(PyComplex.Create(0, 2), "", "2j");
        Check(PyComplex.Create(0, 2), ".1f", "0.0+2.0j");
        Check(PyComplex.Create(1, -2), "+.1e", "+1.0e+00-2.0e+00j");
        Check(F(1e16), "g", "1e+16");
        Check(F(1e-5), "g", "1e-05");
        Check(I(123456789), "e", "1.234568e+08");
        Check(F(12345.6789), "#.0f", "12346.");
        Check(F(12345.6789), "#g", "12345.7");
        Check(F(0.0), "g", "0");
        Check(F(0.0), "e", "0.000000e+00");
        Check(I(100), ".2e", "1.00e+02");
        Check(I(100), "g", "100");
        Check(PyBool.True, "", "True");
        Check(PyBool.True, "d", "1");
        Check(PyBool.True, ">5", "    1");
        Check(I(65), "c", "A");
        Check(S("abc"), "^9", "   abc   ");
        Check(S("abc"), "*>9.2", "*******ab");
        Check(F(3.14159), "+.3", "+3.14");
        Check(I(1234), " ", " 1234");
        Check(I(12), "=5", "   12");
        Check(F(1e100), "f", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000");
        Check(F(2.5), ".0f", "2");
        Check(F(3.5), ".0f", "4");
        Check(F(0.125), ".2f", "0.12");
        Check(F(1.0 / 3.0), ".20f", "0.33333333333333331483");
        Check(F(1234567.0), "_", "1_234_567.0");
        Check(PyOps.Pow(I(10), I(20)), ",", "100,000,000,000,000,000,000");
        Check(F(123.456), "E", "1.234560E+02");
        Check(F(double.PositiveInfinity), "F", "INF");
        Check(F(1e-7), ".2G", "1E-07");
        Check(F(0.0001), "", "0.0001");
        Check(F(1234.5678), ">+12,.2f", "   +1,234.57");
        Check(I(42), "+08d", "+0000042");
        Check(I(-42), "^9", "   -42   ");
        Check(F(-1.5), "08.2f", "-0001.50");
        Check(F(99.99), ".1f", "100.0");
        Check(F(9.995), ".2f", "9.99");
        Check(F(1e-10), ".3", "1e-10");
    }

    [Fact]
    public void InvalidSpecsRaiseCPythonErrors()
    {
        Raises("ValueError", "Precision not allowed in integer format specifier", () => PyOps.Format(I(1), ".2d"));
        Raises("ValueError", "Negative zero coercion (z) not allowed in integer format specifier", () => PyOps.Format(I(1), "z"));
        Raises("ValueError", "Sign not allowed with integer format specifier 'c'", () => PyOps.Format(I(65), "+c"));
        Raises("ValueError", "Sign not allowed in string format specifier", () => PyOps.Format(S("a"), "+"));
        Raises("ValueError", "'=' alignment not allowed in string format specifier", () => PyOps.Format(S("a"), "="));
        Raises("ValueError", "Alternate form (#) not allowed in string format specifier", () => PyOps.Format(S("a"), "#"));
        Raises("ValueError", "Unknown format code 'd' for object of type 'str'", () => PyOps.Format(S("a"), "d"));
        Raises("ValueError", "Cannot specify ',' with 's'.", () => PyOps.Format(S("a"), ","));
        Raises("ValueError", "Cannot specify ',' with 'x'.", () => PyOps.Format(I(1), ",x"));
        Raises("ValueError", "Zero padding is not allowed in complex format specifier", () => PyOps.Format(PyComplex.Create(1, 2), "010"));
        Raises("ValueError", "'=' alignment flag is not allowed in complex format specifier", () => PyOps.Format(PyComplex.Create(1, 2), "=10"));
        Raises("ValueError", "Unknown format code 'd' for object of type 'float'", () => PyOps.Format(F(1), "d"));
        Raises("ValueError", "Unknown format code 's' for object of type 'int'", () => PyOps.Format(I(1), "s"));
        Raises("ValueError", "Cannot specify both ',' and '_'.", () => PyOps.Format(F(1), ",_"));
        Raises("TypeError", "unsupported format string passed to object.__format__", () => PyOps.Format(Call("object"), "10"));
    }
}
