using QiskitStudio.Python.Runtime;
using static QiskitStudio.Python.Tests.Runtime.Py;

namespace QiskitStudio.Python.Tests.Runtime;

public class ModuleRegistryTests
{
    private static ModuleRegistry Registry()
    {
        var registry = new ModuleRegistry();
        registry.Register("qiskit", m => m.Add("__version__", S("1.0")));
        registry.Register("qiskit.circuit.library", m => m.AddFunction("HGate", () => S("h")));
        registry.Register("mathx", m =>
        {
            m.Add("tau", F(Math.Tau));
            m.AddFunction("square", x => F(PyConvert.ToDouble(x) * PyConvert.ToDouble(x)));
            m.AddFunction("clamp", (args, kw) =>
            {
                var a = new ArgReader("clamp", args, kw, ["x", "lo", "hi"], required: 1);
                return F(Math.Clamp(a.GetDouble(0, 0), a.GetDouble(1, 0), a.GetDouble(2, 1)));
            });
        });
        return registry;
    }

    [Fact]
    public void ModulesAreCreatedPerRunAndCached()
    {
        var registry = Registry();
        PyModule? first = null, again = null, other = null;
        Capture(ctx =>
        {
            first = ctx.ImportModule("mathx");
            again = ctx.ImportModule("mathx");
        }, registry);
        Capture(ctx => other = ctx.ImportModule("mathx"), registry);
        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.Equal("<module 'mathx' (built-in)>", Repr(first!));
        Assert.Equal("6.283185307179586", Repr(PyOps.GetAttr(first!, "tau")));
        Assert.Equal("9.0", Repr(Method(first!, "square", I(3))));
        var kw = new KeywordArguments(["hi"], [I(2)]);
        Assert.Equal("2.0", Repr(PyOps.CallMethod(first!, "clamp", [I(5)], kw)));
        Raises("TypeError", "clamp() missing required argument 'x' (pos 1)", () => Method(first!, "clamp"));
        Raises("TypeError", "square() takes exactly one argument (2 given)", () => Method(first!, "square", I(1), I(2)));
        Raises("AttributeError", "module 'mathx' has no attribute 'nope'", () => PyOps.GetAttr(first!, "nope"));
    }

    [Fact]
    public void PackagesAndSubmodules()
    {
        Capture(ctx =>
        {
            var top = ctx.ImportTopLevel("qiskit.circuit.library");
            Assert.Equal("qiskit", ((PyModule)top).Name);
            var circuit = PyOps.GetAttr(top, "circuit");
            var library = PyOps.GetAttr(circuit, "library");
            Assert.Equal("'h'", Repr(Method(library, "HGate")));
            // from qiskit.circuit import library  /  from qiskit.circuit.library import HGate
            Assert.Same(library, ctx.ImportFrom(ctx.ImportModule("qiskit.circuit"), "library"));
            Assert.Equal("<built-in function HGate>", Repr(ctx.ImportFrom((PyModule)library, "HGate")));
            Raises("ImportError", "cannot import name 'Nope' from 'qiskit' (unknown location)", () => ctx.ImportFrom(ctx.ImportModule("qiskit"), "Nope"));
        }, Registry());
    }

    [Theory]
    [InlineData("os")]
    [InlineData("os.path")]
    [InlineData("subprocess")]
    [InlineData("socket")]
    [InlineData("shutil")]
    [InlineData("pathlib")]
    [InlineData("ctypes")]
    [InlineData("importlib")]
    public void OperatingSystemModulesAreDenied(string name)
    {
        Capture(ctx =>
        {
            string top = name.Split('.')[0];
            var e = Assert.Throws<PythonException>(() => ctx.ImportModule(name));
            Assert.Equal("ModuleNotFoundError", e.Value.Type.Name);
            Assert.Equal($"module '{top}' is not available: the embedded Python runtime has no access to the operating system", Str(e.Value));
            Assert.True(e.Matches(PyExceptionTypes.ImportError));
        });
    }

    [Fact]
    public void UnknownModulesGiveCPythonsMessage() =>
        Capture(ctx => Raises("ModuleNotFoundError", "No module named 'nope'", () => ctx.ImportModule("nope")));

    [Fact]
    public void SysIsMinimalAndWritesToTheRunsOwnOutput()
    {
        string output = Capture(ctx =>
        {
            var sys = ctx.ImportModule("sys");
            Method(PyOps.GetAttr(sys, "stdout"), "write", S("out "));
            Call("print", S("err"));
            CallKw("print", [S("to stderr")], ("file", PyOps.GetAttr(sys, "stderr")));
            Assert.Equal("9223372036854775807", Repr(PyOps.GetAttr(sys, "maxsize")));
            Assert.Equal("3", Repr(PyOps.GetAttr(PyOps.GetAttr(sys, "version_info"), "major")));
            Assert.Equal("(3, 11)", Repr(PyOps.GetItem(PyOps.GetAttr(sys, "version_info"), new PySlice(null, I(2), null))));
            Assert.Equal("['']", Repr(PyOps.GetAttr(sys, "argv")));
            Raises("SystemExit", "2", () => Method(sys, "exit", I(2)));
        });
        Assert.Equal("out err\nto stderr\n", output);
    }

    [Fact]
    public void ConcurrentRunsKeepSeparateOutput()
    {
        var results = new string[8];
        Parallel.For(0, results.Length, i =>
        {
            results[i] = Capture(_ =>
            {
                for (int k = 0; k < 200; k++) Call("print", I(i));
            });
        });
        for (int i = 0; i < results.Length; i++)
            Assert.Equal(string.Concat(Enumerable.Repeat($"{i}\n", 200)), results[i]);
    }

    [Fact]
    public void OutputAndMemoryLimitsThrowUncatchableErrors()
    {
        var output = new StringWriter();
        var ctx = new PyContext(new ModuleRegistry(), output, output) { MaxOutputChars = 10 };
        using (ctx.Enter())
        {
            Call("print", S("12345"));
            var e = Assert.Throws<ResourceLimitExceededException>(() => Call("print", S("123456789")));
            Assert.Equal("output", e.Limit);
        }
        var ctx2 = new PyContext(new ModuleRegistry(), output, output) { MaxMemoryBytes = 1_000_000 };
        using (ctx2.Enter())
        {
            var e = Assert.Throws<ResourceLimitExceededException>(() => PyOps.Mul(L(I(0)), I(10_000_000)));
            Assert.Equal("memory", e.Limit);
            Assert.Throws<ResourceLimitExceededException>(() => PyOps.Mul(S("ab"), I(10_000_000)));
        }
    }
}
