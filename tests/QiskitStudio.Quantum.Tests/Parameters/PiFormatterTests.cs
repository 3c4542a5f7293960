using QiskitStudio.Quantum.Drawing;

namespace QiskitStudio.Quantum.Tests.Parameters;

public class PiFormatterTests
{
    [Theory]
    [InlineData(Math.PI, "π")]
    [InlineData(-Math.PI, "-π")]
    [InlineData(2 * Math.PI, "2π")]
    [InlineData(Math.PI / 2, "π/2")]
    [InlineData(-Math.PI / 4, "-π/4")]
    [InlineData(3 * Math.PI / 4, "3π/4")]
    [InlineData(2 / Math.PI, "2/π")]
    [InlineData(Math.PI * Math.PI, "π**2")]
    [InlineData(0.5, "0.5")]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(17 * Math.PI / 20, "17π/20")]
    [InlineData(1e-10, "0")]
    public void TextStyle(double value, string expected) => Assert.Equal(expected, PiFormatter.Format(value));

    [Theory]
    [InlineData(Math.PI / 2, "pi/2")]
    [InlineData(3 * Math.PI / 4, "3*pi/4")]
    [InlineData(2 * Math.PI, "2*pi")]
    [InlineData(1 / (2 * Math.PI), "1/(2*pi)")]
    [InlineData(0.3, "0.3")]
    [InlineData(1.0, "1.0")]
    [InlineData(0.123456789012, "0.123456789012")]
    [InlineData(1e-05, "1.e-05")]
    public void QasmStyle(double value, string expected) => Assert.Equal(expected, PiFormatter.Format(value, PiStyle.Qasm, null, 1e-12));
}
