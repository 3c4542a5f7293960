using QiskitStudio.Python.Interpreter.Nodes;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Interpreter.Execution;

/// <summary>
/// A generator object. Its body runs as a C# iterator built from the compiled statements (see
/// <see cref="StmtNode.ExecGenerator"/>), so a generator needs no thread and suspends at each yield.
/// </summary>
public sealed class PyGenerator : PyIterator
{
    private readonly Frame _frame;
    private IEnumerator<PyObject>? _body;
    private bool _running;
    private bool _finished;

    public PyGenerator(Frame frame) => _frame = frame;

    public override PyType Type => PyTypes.Generator;

    /// <summary>The value of the generator's <c>return</c> statement, once finished.</summary>
    public PyObject ReturnValue { get; private set; } = PyNone.Instance;

    public bool IsFinished => _finished;

    public override PyObject? IterNext() => Resume(PyNone.Instance);

    /// <summary>Runs to the next yield; null when the generator finished.</summary>
    public PyObject? Resume(PyObject sent, PythonException? toThrow = null)
    {
        if (_finished)
        {
            if (toThrow is not null) throw toThrow;
            return null;
        }
        if (_running) throw PyExc.ValueError("generator already executing");
        if (_body is null)
        {
            if (sent is not PyNone) throw PyExc.TypeError("can't send non-None value to a just-started generator");
            if (toThrow is not null) { _finished = true; throw toThrow; }
            _body = Generators.Run(_frame.Code.Body, _frame).GetEnumerator();
        }
        _frame.SentValue = sent;
        _frame.PendingThrow = toThrow;
        var context = _frame.Context;
        _running = true;
        context.EnterCall();
        try
        {
            if (_body.MoveNext()) return _body.Current;
            _finished = true;
            ReturnValue = _frame.GeneratorCompletion == Completion.Return ? _frame.ReturnValue ?? PyNone.Instance : PyNone.Instance;
            return null;
        }
        catch (PythonException e) when (Tracebacks.Record(e, _frame))
        {
            throw;
        }
        catch (PythonException e)
        {
            _finished = true;
            if (e.Matches(PyExceptionTypes.StopIteration))
            {
                var error = PyExc.RuntimeError("generator raised StopIteration");
                error.Value.Cause = e.Value;
                error.Value.Context = e.Value;
                throw error;
            }
            throw;
        }
        finally
        {
            _running = false;
            context.LeaveCall();
        }
    }

    private PyObject Send(PyObject value) =>
        Resume(value) ?? throw PyExc.StopIteration(ReturnValue is PyNone ? null : ReturnValue);

    private PyObject Throw(ReadOnlySpan<PyObject> args)
    {
        if (args.Length == 0) throw PyExc.TypeError("throw expected at least 1 argument, got 0");
        var exception = args[0] switch
        {
            PyType t when t.IsSubtypeOf(PyExceptionTypes.BaseException) => (PyBaseException)t.Call(args.Length > 1 && args[1] is not PyNone ? args[1..2] : [], null),
            PyBaseException e => e,
            _ => throw PyExc.TypeError("exceptions must be classes or instances deriving from BaseException, not " + args[0].Type.Name),
        };
        return Resume(PyNone.Instance, exception.ToException())
            ?? throw PyExc.StopIteration(ReturnValue is PyNone ? null : ReturnValue);
    }

    public void Close()
    {
        if (_finished) return;
        _finished = true;
        _body?.Dispose();
    }

    public override PyObject? GetAttributeOrNull(string name) => name switch
    {
        "send" => PyBuiltinFunction.Create("send", v => Send(v)),
        "throw" => new PyBuiltinFunction("throw", (args, _) => Throw(args)),
        "close" => PyBuiltinFunction.Create("close", () => { Close(); return PyNone.Instance; }),
        "__name__" => PyStr.Create(_frame.Code.Name),
        "__qualname__" => PyStr.Create(_frame.Code.QualName),
        "gi_running" => PyBool.From(_running),
        _ => base.GetAttributeOrNull(name),
    };

    public override string Repr() => $"<generator object {_frame.Code.QualName} at {PyIdentity.HexAddress(this)}>";
}
