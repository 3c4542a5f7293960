using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Interpreter.Execution;

/// <summary>A function defined in Python (<c>def</c> or <c>lambda</c>) with its defaults and closure.</summary>
public sealed class PyFunction : PyFunctionBase
{
    public PyFunction(CodeObject code, Globals globals, RunContext context, PyObject[] defaults,
        PyObject?[]? keywordDefaults, Cell[]? closure)
    {
        Code = code;
        Globals = globals;
        Context = context;
        Defaults = defaults;
        KeywordDefaults = keywordDefaults;
        Closure = closure;
        Name = code.Name;
        QualName = code.QualName;
    }

    public CodeObject Code { get; }
    public Globals Globals { get; }
    public RunContext Context { get; }
    /// <summary>Defaults of the last positional parameters.</summary>
    public PyObject[] Defaults { get; set; }
    /// <summary>Defaults of keyword-only parameters, by position; null entries are required.</summary>
    public PyObject?[]? KeywordDefaults { get; set; }
    public Cell[]? Closure { get; }

    public override string Name { get; set; }
    public override string QualName { get; set; }

    public override string ModuleName => Globals.GetValue("__name__") is PyStr s ? s.Value : "__main__";

    public override PyObject Call(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var locals = new PyObject?[Code.LocalCount];
        ArgumentBinder.Bind(this, null, args, kwargs, locals);
        return Invoke(locals);
    }

    public override PyObject CallWithSelf(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var locals = new PyObject?[Code.LocalCount];
        ArgumentBinder.Bind(this, self, args, kwargs, locals);
        return Invoke(locals);
    }

    /// <summary>Runs the body with parameters already bound in <paramref name="locals"/>.</summary>
    public PyObject Invoke(PyObject?[] locals)
    {
        var code = Code;
        Cell[]? cells = null;
        int cellCount = code.OwnCellCount + code.FreeCount;
        if (cellCount > 0)
        {
            cells = new Cell[cellCount];
            for (int i = 0; i < code.OwnCellCount; i++) cells[i] = new Cell();
            foreach (var (slot, cell) in code.CellParameters) cells[cell].Value = locals[slot];
            if (Closure is not null) Array.Copy(Closure, 0, cells, code.OwnCellCount, code.FreeCount);
        }
        var frame = new Frame(code, Globals, Context, locals, cells);
        if (code.IsGenerator) return new PyGenerator(frame);
        var context = Context;
        context.EnterCall();
        try
        {
            var completion = code.Body.Exec(frame);
            return completion == Completion.Return ? frame.ReturnValue! : PyNone.Instance;
        }
        catch (PythonException e) when (Tracebacks.Record(e, frame))
        {
            throw; // never reached: the filter only records the frame
        }
        finally
        {
            context.LeaveCall();
        }
    }

    public override PyObject? GetAttributeOrNull(string name)
    {
        switch (name)
        {
            case "__defaults__": return Defaults.Length == 0 ? PyNone.Instance : PyTuple.Create(Defaults);
            case "__code__": return PyNone.Instance;
            case "__closure__": return PyNone.Instance;
            case "__globals__": return PyNone.Instance;
            case "__annotations__":
                // Created on first use, like CPython.
                var dict = InstanceDict!;
                if (!dict.TryGetValue(name, out var annotations)) dict[name] = annotations = new PyDict();
                return annotations;
            case "__kwdefaults__":
                if (KeywordDefaults is null) return PyNone.Instance;
                var kw = new PyDict();
                for (int i = 0; i < KeywordDefaults.Length; i++)
                    if (KeywordDefaults[i] is { } d) kw.SetItem(PyStr.Create(Code.ParameterNames[Code.PositionalCount + i]), d);
                return kw;
        }
        return base.GetAttributeOrNull(name);
    }
}

/// <summary>
/// Adds frames to a Python exception's traceback as it unwinds: once per frame it passes through,
/// whether the frame catches it (try/except, with) or it leaves the frame (called from exception
/// filters, so recording costs no rethrow). A bare <c>raise</c> does not add its frame again.
/// </summary>
public static class Tracebacks
{
    public static bool Record(PythonException e, Frame frame)
    {
        var value = e.Value;
        if (ReferenceEquals(value.LastTracebackFrame, frame)) return false;
        value.LastTracebackFrame = frame;
        value.Traceback.Insert(0, new TracebackEntry(frame.Code.FileName, frame.Line, frame.Code.Name));
        return false;
    }

    /// <summary>An explicit <c>raise exc</c> starts a new propagation: its frame is recorded again.</summary>
    public static void ForgetFrame(PyBaseException e) => e.LastTracebackFrame = null;
}
