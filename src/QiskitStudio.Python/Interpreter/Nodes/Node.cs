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

    /// <summary>
    /// A <c>while</c> or <c>for</c> loop inside a generator body: <paramref name="advance"/> tests the
    /// condition or binds the next item (false ends the loop). The body's statements run inline, so
    /// an iteration costs no nested iterator; <c>break</c>, <c>return</c> and <c>else</c> behave as in Python.
    /// </summary>
    public static IEnumerable<PyObject> Loop(Frame f, int line, Func<Frame, bool> advance, BlockNode body, StmtNode? orElse)
    {
        while (true)
        {
            f.Line = line;
            if (!advance(f)) break;
            var c = Completion.Normal;
            foreach (var s in body.Statements)
            {
                f.Line = s.Line;
                f.Context.Step();
                if (!s.ContainsYield) c = s.Exec(f);
                else if (s is YieldNode y)
                {
                    yield return y.Value(f);
                    y.Resume(f);
                    c = Completion.Normal;
                }
                else
                {
                    foreach (var v in s.ExecGenerator(f)) yield return v;
                    c = f.GeneratorCompletion;
                }
                if (c != Completion.Normal) break;
            }
            if (c == Completion.Break) { f.GeneratorCompletion = Completion.Normal; yield break; }
            if (c == Completion.Return) { f.GeneratorCompletion = Completion.Return; yield break; }
        }
        if (orElse is null) { f.GeneratorCompletion = Completion.Normal; yield break; }
        foreach (var v in Run(orElse, f)) yield return v;
    }
}
