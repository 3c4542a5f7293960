using QiskitStudio.Quantum.Drawing;
using QiskitStudio.Quantum.Formatting;
using QiskitStudio.Quantum.Parameters;

namespace QiskitStudio.Quantum.Qasm;

/// <summary>How the exporters write parameters: π forms when exact to 1e-12, otherwise plain numbers.</summary>
internal static class QasmNumberFormat
{
    /// <summary>OpenQASM 2 (Qiskit's <c>pi_check(output="qasm", eps=1e-12)</c>): <c>pi/2</c>, <c>3*pi/4</c>, <c>0.3</c>, full precision.</summary>
    public static string Qasm2(ParameterValue value) => value.IsSymbolic
        ? PiFormatter.FormatExpression(value.Expression!, PiStyle.Qasm, null, 1e-12)
        : PiFormatter.Format(value.ComplexValue, PiStyle.Qasm, null, 1e-12);

    /// <summary>OpenQASM 3: π forms as in OpenQASM 2, other numbers at full precision (<c>0.5</c>, <c>1.0</c>).</summary>
    public static string Qasm3(ParameterValue value, Func<Parameter, string> parameterName)
    {
        if (value.IsSymbolic)
        {
            var renamed = value.Expression!.Substitute(value.Parameters.ToDictionary(p => p, p => (ParameterExpression)new Parameter(parameterName(p))));
            return PiFormatter.FormatExpression(renamed, PiStyle.Qasm, null, 1e-12);
        }
        double v = value.Value;
        string pi = PiFormatter.Format(v, PiStyle.Qasm, null, 1e-12);
        return pi.Contains("pi", StringComparison.Ordinal) ? pi : value.IsInteger ? PythonNumberFormat.IntOrRepr(v, true) : PythonNumberFormat.Repr(v);
    }
}

/// <summary>A circuit that OpenQASM cannot represent, or OpenQASM text that cannot be read.</summary>
public sealed class QasmException(string message) : Exception(message);
