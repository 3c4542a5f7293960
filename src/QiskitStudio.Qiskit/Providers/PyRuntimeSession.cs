using QiskitStudio.Python.Runtime;
using QiskitStudio.Qiskit.Interop;

namespace QiskitStudio.Qiskit.Providers;

/// <summary>
/// <c>qiskit_ibm_runtime.Session</c> and <c>Batch</c> in local mode: a context manager holding a
/// backend (an <c>AerSimulator</c>) that primitives accept as their <c>mode</c>.
/// </summary>
internal sealed class PyRuntimeSession : PyNativeObject
{
    public static readonly PyType SessionType = CreateType("Session", "qiskit_ibm_runtime.session");
    public static readonly PyType BatchType = CreateType("Batch", "qiskit_ibm_runtime.batch");

    private PyRuntimeSession(PyType type, PyObject backend) : base(type) => Backend = backend;

    public PyObject Backend { get; }

    private static PyType CreateType(string name, string module)
    {
        var t = PyType.CreateBuiltin(name, module: module, newFunction: (cls, args, kw) =>
        {
            var a = new ArgReader(name, args, kw, ["backend", "max_time", "service", "create_new"], required: 0);
            return new PyRuntimeSession(cls, a.Optional(0) ?? PyNone.Instance);
        });
        t.AddMethod("__enter__", (self, _, _) => self);
        t.AddMethod("__exit__", (_, _, _) => PyBool.False);
        t.AddMethod("close", (_, _, _) => PyNone.Instance);
        t.AddMethod("cancel", (_, _, _) => PyNone.Instance);
        t.AddMethod("details", (_, _, _) => PyNone.Instance);
        t.AddMethod("status", (_, _, _) => PyStr.Create("Closed"));
        t.AddMethod("backend", (self, _, _) =>
            ((PyRuntimeSession)self).Backend is PyAerSimulator aer ? PyStr.Create(aer.Name) : ((PyRuntimeSession)self).Backend);
        t.AddProperty("session_id", _ => PyNone.Instance);
        return t.Freeze();
    }
}

/// <summary>IBM Quantum access, which the embedded engine does not have.</summary>
internal static class IbmRuntimeAccess
{
    public static readonly PyType RuntimeError = PyType.CreateBuiltin("IBMRuntimeError", QiskitExceptions.QiskitError, "qiskit_ibm_runtime.exceptions",
        newFunction: (cls, args, _) => new PyBaseException(cls, PyTuple.Create(args))).Freeze();

    public const string Message =
        "IBM hardware is not reachable from the embedded engine; set QISKIT_ENGINE=python with a CPython that has " +
        "qiskit-ibm-runtime installed, or run locally with mode=AerSimulator().";

    /// <summary><c>QiskitRuntimeService(...)</c> and its <c>save_account</c>: always refused with <see cref="Message"/>.</summary>
    public static readonly PyType ServiceType = CreateServiceType();

    private static PythonException Refuse() => PyExc.Create(RuntimeError, PyTuple.Create([PyStr.Create(Message)]));

    private static PyType CreateServiceType()
    {
        var t = PyType.CreateBuiltin("QiskitRuntimeService", module: "qiskit_ibm_runtime.qiskit_runtime_service",
            newFunction: (_, _, _) => throw Refuse());
        t.AddStaticMethod("save_account", (_, _) => throw Refuse());
        t.AddStaticMethod("saved_accounts", (_, _) => new PyDict());
        return t.Freeze();
    }
}
