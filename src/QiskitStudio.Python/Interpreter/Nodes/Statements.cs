using QiskitStudio.Python.Interpreter.Execution;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Interpreter.Nodes;

/// <summary>A sequence of statements; counts one step per statement and records the current line.</summary>
public sealed class BlockNode(StmtNode[] statements) : StmtNode
{
    public readonly StmtNode[] Statements = statements;

    public override Completion Exec(Frame f)
    {
        var context = f.Context;
        var statements = Statements;
        for (int i = 0; i < statements.Length; i++)
        {
            var s = statements[i];
            f.Line = s.Line;
            context.Step();
            var c = s.Exec(f);
            if (c != Completion.Normal) return c;
        }
        return Completion.Normal;
    }

    public override IEnumerable<PyObject> ExecGenerator(Frame f)
    {
        var context = f.Context;
        foreach (var s in Statements)
        {
            f.Line = s.Line;
            context.Step();
            Completion c;
            if (!s.ContainsYield) c = s.Exec(f);
            else if (s is YieldNode y)
            {
                // A plain `yield` statement is handled here, saving an iterator per yield.
                yield return y.Value(f);
                y.Resume(f);
                c = Completion.Normal;
            }
            else
            {
                foreach (var v in s.ExecGenerator(f)) yield return v;
                c = f.GeneratorCompletion;
            }
            if (c != Completion.Normal)
            {
                f.GeneratorCompletion = c;
                yield break;
            }
        }
        f.GeneratorCompletion = Completion.Normal;
    }
}

public sealed class ExprStmtNode(ExprNode value) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        value.Eval(f);
        return Completion.Normal;
    }
}

public sealed class AssignNode(TargetNode[] targets, ExprNode value) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        var v = value.Eval(f);
        for (int i = 0; i < targets.Length; i++) targets[i].Store(f, v);
        return Completion.Normal;
    }
}

public sealed class AssignLocalNode(int slot, ExprNode value) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        f.Locals[slot] = value.Eval(f);
        return Completion.Normal;
    }
}

internal static class InPlace
{
    public static PyObject Apply(BinaryOperator op, PyObject current, PyObject value)
    {
        // Numbers are immutable, so their in-place form is the binary one (with the fast paths).
        if (current is PyInt or PyFloat && value is PyInt or PyFloat) return Arithmetic.Binary(op, current, value);
        return PyOps.InPlace(op, current, value);
    }
}

/// <summary><c>name op= value</c> for a global or a closure variable.</summary>
public sealed class AugAssignNameNode(ExprNode load, TargetNode store, BinaryOperator op, ExprNode value, Func<Frame, PyObject?>? rawLoad) : StmtNode
{
    private PendingString? _lastPending;

    public override Completion Exec(Frame f)
    {
        // str += str keeps a pending string in the variable (see PendingString); others load normally.
        if (op == BinaryOperator.Add && rawLoad is not null && rawLoad(f) is PendingString or PyStr)
        {
            var raw = rawLoad(f)!;
            store.Store(f, PendingString.AddInPlace(raw, value.Eval(f), ref _lastPending));
            return Completion.Normal;
        }
        var current = load.Eval(f);
        store.Store(f, InPlace.Apply(op, current, value.Eval(f)));
        return Completion.Normal;
    }
}

/// <summary><c>local op= value</c> for a plain local variable (the common loop counter).</summary>
public sealed class AugAssignLocalNode(int slot, string name, BinaryOperator op, ExprNode value) : StmtNode
{
    private PendingString? _lastPending;

    public override Completion Exec(Frame f)
    {
        var current = f.Locals[slot] ?? throw NameErrors.Unbound(name);
        if (op == BinaryOperator.Add && current is PyStr or PendingString)
            f.Locals[slot] = PendingString.AddInPlace(current, value.Eval(f), ref _lastPending);
        else
            f.Locals[slot] = InPlace.Apply(op, current, value.Eval(f));
        return Completion.Normal;
    }
}

/// <summary><c>obj.name op= value</c>: the object is evaluated once.</summary>
public sealed class AugAssignAttributeNode(ExprNode obj, string name, BinaryOperator op, ExprNode value) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        var o = obj.Eval(f);
        var current = PyOps.GetAttr(o, name);
        PyOps.SetAttr(o, name, InPlace.Apply(op, current, value.Eval(f)));
        return Completion.Normal;
    }
}

/// <summary><c>obj[index] op= value</c>: object and index are evaluated once.</summary>
public sealed class AugAssignSubscriptNode(ExprNode obj, ExprNode index, BinaryOperator op, ExprNode value) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        var o = obj.Eval(f);
        var i = index.Eval(f);
        var current = PyOps.GetItem(o, i);
        PyOps.SetItem(o, i, InPlace.Apply(op, current, value.Eval(f)));
        return Completion.Normal;
    }
}

/// <summary>An annotated assignment in a class or module body: records the annotation in <c>__annotations__</c>.</summary>
public sealed class AnnotationNode(string name, ExprNode annotation, ExprNode annotationsDict, TargetNode annotationsTarget) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        PyObject dict;
        try { dict = annotationsDict.Eval(f); }
        catch (PythonException)
        {
            dict = new PyDict();
            annotationsTarget.Store(f, dict);
        }
        PyObject value;
        try { value = annotation.Eval(f); }
        catch (PythonException) { value = PyStr.Create(name); }
        PyOps.SetItem(dict, PyStr.Create(name), value);
        return Completion.Normal;
    }
}

public sealed class DeleteNode(TargetNode[] targets) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        foreach (var t in targets) t.Delete(f);
        return Completion.Normal;
    }
}

public sealed class PassNode : StmtNode
{
    public override Completion Exec(Frame f) => Completion.Normal;
}

public sealed class BreakNode : StmtNode
{
    public override Completion Exec(Frame f) => Completion.Break;
}

public sealed class ContinueNode : StmtNode
{
    public override Completion Exec(Frame f) => Completion.Continue;
}

public sealed class ReturnNode(ExprNode? value) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        f.ReturnValue = value is null ? PyNone.Instance : value.Eval(f);
        return Completion.Return;
    }
}

public sealed class RaiseNode(ExprNode? exception, ExprNode? cause) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        if (exception is null)
        {
            var active = f.Context.HandledException ?? throw PyExc.RuntimeError("No active exception to reraise");
            throw active.ToException();
        }
        var error = Instantiate(exception.Eval(f), "exceptions must derive from BaseException");
        if (cause is not null)
        {
            var c = cause.Eval(f);
            error.Cause = c is PyNone ? null : Instantiate(c, "exception causes must derive from BaseException");
            error.SuppressContext = true;
        }
        var handled = f.Context.HandledException;
        if (handled is not null && !ReferenceEquals(handled, error)) error.Context ??= handled;
        Tracebacks.ForgetFrame(error);
        throw error.ToException();
    }

    internal static PyBaseException Instantiate(PyObject value, string message)
    {
        if (value is PyBaseException e) return e;
        if (value is PyType t && t.IsSubtypeOf(PyExceptionTypes.BaseException))
        {
            var instance = t.Call([], null);
            return instance as PyBaseException ?? throw PyExc.TypeError($"calling {PyOps.Repr(t)} should have returned an instance of BaseException, not {instance.Type.Name}");
        }
        throw PyExc.TypeError(message);
    }
}

public sealed class AssertNode(ExprNode test, ExprNode? message) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        if (test.EvalBool(f)) return Completion.Normal;
        if (message is null) throw PyExc.AssertionError();
        throw PyExc.Create(PyExceptionTypes.AssertionError, PyTuple.Create([message.Eval(f)]));
    }
}
