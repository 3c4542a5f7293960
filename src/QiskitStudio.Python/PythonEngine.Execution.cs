using System.Text;
using QiskitStudio.Python.Interpreter.Compilation;
using QiskitStudio.Python.Interpreter.Errors;
using QiskitStudio.Python.Interpreter.Execution;
using QiskitStudio.Python.Interpreter.Limits;
using QiskitStudio.Python.Runtime;
using QiskitStudio.Python.Syntax;

namespace QiskitStudio.Python;

public sealed partial class PythonEngine
{
    // Deep Python recursion must hit RecursionError long before the .NET stack runs out.
    private const int ThreadStackSize = 256 * 1024 * 1024;

    /// <summary>
    /// Checks that <paramref name="source"/> parses and compiles, without running it: returns the
    /// SyntaxError (or IndentationError) CPython would report, or null when the code is valid.
    /// </summary>
    public static PythonError? CheckSyntax(string source, string fileName = "<string>")
    {
        try
        {
            var module = Parser.ParseModule(source);
            Compiler.CompileModule(module, new Globals(new Dictionary<string, PyObject>()), fileName);
            return null;
        }
        catch (PythonSyntaxError e)
        {
            string text = TracebackFormatter.FormatSyntaxError(e, fileName, source);
            return new PythonError(e.TypeName, e.Message, text, e.Line, false);
        }
    }

    private PythonRunResult RunOnCurrentThread(string source, string fileName, CancellationToken cancellationToken)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var pyContext = new PyContext(Modules, stdout, stderr)
        {
            MaxOutputChars = Options.MaxOutputChars ?? 0,
            MaxMemoryBytes = Options.MaxMemoryBytes ?? 0,
        };
        using var scope = pyContext.Enter();
        PythonError? error;
        try
        {
            error = Execute(source, fileName, pyContext, cancellationToken, stderr);
        }
        catch (Exception e)
        {
            // The last line of defence: report an interpreter fault as a Python error, never crash the host.
            error = Fail(stderr, "SystemError", $"internal error in the embedded Python runtime: {e.GetType().Name}: {e.Message}", null, false);
            System.Diagnostics.Trace.TraceError($"embedded Python runtime fault: {e}");
        }
        return new PythonRunResult(stdout.ToString(), stderr.ToString(), error);
    }

    private PythonError? Execute(string source, string fileName, PyContext pyContext, CancellationToken cancellationToken, StringWriter stderr)
    {
        Module module;
        try
        {
            module = Parser.ParseModule(source);
        }
        catch (PythonSyntaxError e)
        {
            return SyntaxFailure(e, fileName, source, stderr);
        }

        var builtins = pyContext.ImportModule("builtins").Dict;
        var globals = new Globals(new BuiltinsOverlay(builtins));
        globals.Set("__name__", PyStr.Create("__main__"));
        globals.Set("__doc__", PyNone.Instance);
        globals.Set("__builtins__", pyContext.ImportModule("builtins"));

        CodeObject code;
        try
        {
            code = Compiler.CompileModule(module, globals, fileName);
        }
        catch (PythonSyntaxError e)
        {
            return SyntaxFailure(e, fileName, source, stderr);
        }

        var run = new RunContext(fileName, Options.MaxSteps, Options.MaxRecursionDepth, BuildConstraints(cancellationToken))
        {
            Importer = name => pyContext.ImportModule(name),
        };
        // Builtins that loop in C# (sorted, sum, list(range(...))) poll the same limits.
        pyContext.LimitCheck = run.CheckLimitsNow;
        pyContext.InterpreterState = run;
        var frame = new Frame(code, globals, run, [], null);
        try
        {
            RunModule(frame);
            return null;
        }
        catch (PythonException e)
        {
            if (e.Matches(PyExceptionTypes.SystemExit)) return SystemExitResult(e.Value, stderr);
            string traceback = TracebackFormatter.Format(e.Value);
            stderr.Write(traceback);
            return new PythonError(e.Value.Type.Name, TracebackFormatter.Message(e.Value), traceback, LastLine(e.Value), false);
        }
        catch (LimitExceededException e)
        {
            return Fail(stderr, e.TypeName, e.Message, frame.Line, true);
        }
        catch (ResourceLimitExceededException e)
        {
            string typeName = e.Limit == "memory" ? "MemoryError" : "OutputLimitExceeded";
            return Fail(stderr, typeName, e.Message, frame.Line, true);
        }
        catch (InsufficientExecutionStackException)
        {
            return Fail(stderr, "RecursionError", "maximum recursion depth exceeded", frame.Line, false);
        }
    }

    private static void RunModule(Frame frame)
    {
        // The module's frame counts towards the recursion limit, as in CPython.
        frame.Context.EnterCall();
        try
        {
            frame.Code.Body.Exec(frame);
        }
        catch (PythonException e) when (Tracebacks.Record(e, frame))
        {
            throw;
        }
        finally
        {
            frame.Context.LeaveCall();
        }
    }

    private Constraint[] BuildConstraints(CancellationToken cancellationToken)
    {
        var constraints = new List<Constraint>();
        if (Options.TimeLimit is { } time) constraints.Add(new TimeConstraint(time));
        if (cancellationToken.CanBeCanceled) constraints.Add(new CancellationConstraint(cancellationToken));
        return constraints.ToArray();
    }

    private static int? LastLine(PyBaseException error) => error.HasTraceback ? error.Traceback[^1].Line : null;

    private static PythonError SyntaxFailure(PythonSyntaxError e, string fileName, string source, StringWriter stderr)
    {
        string text = TracebackFormatter.FormatSyntaxError(e, fileName, source);
        stderr.Write(text);
        return new PythonError(e.TypeName, e.Message, text, e.Line, false);
    }

    private static PythonError? SystemExitResult(PyBaseException exit, StringWriter stderr)
    {
        var code = exit.Args.Count == 0 ? PyNone.Instance : exit.Args[0];
        if (code is PyNone || (code is PyInt i && !i.IsBig && i.Value == 0)) return null;
        string message = PyOps.Str(code);
        if (code is not PyInt) stderr.Write(message + "\n");
        return new PythonError("SystemExit", message, "SystemExit: " + message, LastLine(exit), false);
    }

    private static PythonError Fail(StringWriter stderr, string typeName, string message, int? line, bool isLimit)
    {
        string text = $"{typeName}: {message}";
        stderr.Write(text + "\n");
        return new PythonError(typeName, message, text, line, isLimit);
    }
}
