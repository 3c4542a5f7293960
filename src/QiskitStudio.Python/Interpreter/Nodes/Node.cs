using QiskitStudio.Python.Interpreter.Execution;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Interpreter.Nodes;

// Compiled ("prepared") nodes: the compiler builds them once from the AST with every name already
// resolved to a slot, cell or global variable, so evaluation does no lookups of its own.

/// <summary>An expression ready to evaluate.</summary>
public abstract class ExprNode
{
    public int Line;

    public abstract PyObject Eval(Frame f);

    /// <summary>Evaluates as a condition; comparisons override this to skip building a bool object.</summary>
    public virtual bool EvalBool(Frame f) => PyOps.IsTrue(Eval(f));
}

/// <summary>Something that can be assigned to or deleted: a name, attribute, subscript or unpacking pattern.</summary>
public abstract class TargetNode
{
    public int Line;

    public abstract void Store(Frame f, PyObject value);

    public abstract void Delete(Frame f);
}

/// <summary>A statement ready to execute.</summary>
public abstract class StmtNode
{
    public int Line;

    /// <summary>True when a <c>yield</c> occurs in this statement (it then runs through <see cref="ExecGenerator"/> in generators).</summary>
    public bool ContainsYield;

    public abstract Completion Exec(Frame f);

    /// <summary>
    /// Runs a statement containing <c>yield</c> as a C# iterator: each yielded item is a value the
    /// generator produces; the statement's completion is left in <see cref="Frame.GeneratorCompletion"/>.
    /// </summary>
    public virtual IEnumerable<PyObject> ExecGenerator(Frame f) =>
        throw PyExc.Create(PyExceptionTypes.SyntaxError, "'yield' is not supported in this position by the embedded Python runtime");
}

internal static class Generators
{
    /// <summary>Runs <paramref name="stmt"/> inside a generator body, as an iterator whether or not it yields.</summary>
    public static IEnumerable<PyObject> Run(StmtNode stmt, Frame f)
    {
        if (stmt.ContainsYield) return stmt.ExecGenerator(f);
        f.GeneratorCompletion = stmt.Exec(f);
        return [];
    }
}
