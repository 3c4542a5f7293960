using QiskitStudio.Python.Runtime;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Qasm;
using QiskitStudio.Quantum.Simulation;

namespace QiskitStudio.Qiskit.Interop;

/// <summary>
/// Qiskit's exception classes (<c>QiskitError</c>, <c>CircuitError</c>) as Python types, and the
/// translation of the Quantum library's C# exceptions into them.
/// </summary>
internal static class QiskitExceptions
{
    public static readonly PyType QiskitError = CreateExceptionType("QiskitError", "qiskit.exceptions", PyExceptionTypes.Exception);

    public static readonly PyType CircuitError = CreateExceptionType("CircuitError", "qiskit.circuit.exceptions", QiskitError);

    public static readonly PyType TranspilerError = CreateExceptionType("TranspilerError", "qiskit.transpiler.exceptions", QiskitError);

    private static PyType CreateExceptionType(string name, string module, PyType baseType)
    {
        var type = PyType.CreateBuiltin(name, baseType, module,
            newFunction: (cls, args, _) => new PyBaseException(cls, PyTuple.Create(args)));
        return type.Freeze();
    }

    /// <summary>Qiskit quotes the message of its errors: <c>CircuitError: 'Index 5 out of range for size 2.'</c></summary>
    public static PythonException Circuit(string message) =>
        PyExc.Create(CircuitError, PyTuple.Create([PyStr.Create(message)]));

    public static PythonException TranspilerErrorOf(string message) =>
        PyExc.Create(TranspilerError, PyTuple.Create([PyStr.Create(message)]));

    public static PythonException Qiskit(string message) =>
        PyExc.Create(QiskitError, PyTuple.Create([PyStr.Create(message)]));

    /// <summary>The Python error for an exception of the Quantum library, or null for any other exception.</summary>
    private static PythonException? ToPython(Exception e) => e switch
    {
        CircuitException => Circuit(e.Message),
        SimulationException or QasmException or InvalidOperationException => Qiskit(e.Message),
        ArgumentException => PyExc.ValueError(e.Message),
        _ => null,
    };

    /// <summary>Runs <paramref name="action"/>, turning the Quantum library's exceptions into Qiskit's Python errors.</summary>
    public static T Translate<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (ToPython(e) is { } python)
        {
            throw python;
        }
    }

    /// <summary>A type member body whose C# exceptions become Python errors.</summary>
    public static BuiltinMethodBody Guard(BuiltinMethodBody body) => (self, args, kwargs) =>
    {
        try
        {
            return body(self, args, kwargs);
        }
        catch (Exception e) when (ToPython(e) is { } python)
        {
            throw python;
        }
    };

    /// <summary>A function body whose C# exceptions become Python errors.</summary>
    public static BuiltinFunctionBody Guard(BuiltinFunctionBody body) => (args, kwargs) =>
    {
        try
        {
            return body(args, kwargs);
        }
        catch (Exception e) when (ToPython(e) is { } python)
        {
            throw python;
        }
    };

    /// <summary>A constructor whose C# exceptions become Python errors.</summary>
    public static TypeNewFunction GuardNew(TypeNewFunction body) => (cls, args, kwargs) =>
    {
        try
        {
            return body(cls, args, kwargs);
        }
        catch (Exception e) when (ToPython(e) is { } python)
        {
            throw python;
        }
    };
}
