using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Interpreter.Execution;

/// <summary>How a statement finished: normally, or by a jump the enclosing statements must honour.</summary>
public enum Completion : byte { Normal, Break, Continue, Return }

/// <summary>The activation of one module, class body, function or comprehension.</summary>
public sealed class Frame
{
    public readonly PyObject?[] Locals;
    public readonly Cell[]? Cells;
    public readonly CodeObject Code;
    public readonly Globals Globals;
    public readonly RunContext Context;
    /// <summary>The namespace of a class body being executed; null elsewhere.</summary>
    public readonly Dictionary<string, PyObject>? ClassNamespace;

    /// <summary>Line of the statement being executed (for tracebacks).</summary>
    public int Line;

    public PyObject? ReturnValue;

    /// <summary>The value passed to <c>send()</c> when a generator resumes.</summary>
    public PyObject? SentValue;

    /// <summary>An exception passed to <c>throw()</c>, raised where the generator is suspended.</summary>
    public PythonException? PendingThrow;

    /// <summary>Completion of the last statement run by a generator body (iterators cannot return one).</summary>
    public Completion GeneratorCompletion;

    public Frame(CodeObject code, Globals globals, RunContext context, PyObject?[] locals, Cell[]? cells,
        Dictionary<string, PyObject>? classNamespace = null)
    {
        Code = code;
        Globals = globals;
        Context = context;
        Locals = locals;
        Cells = cells;
        ClassNamespace = classNamespace;
    }
}
