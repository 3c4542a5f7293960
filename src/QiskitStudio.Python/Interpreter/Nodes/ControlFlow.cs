using QiskitStudio.Python.Interpreter.Execution;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Interpreter.Nodes;

public sealed class IfNode(ExprNode test, StmtNode body, StmtNode? orElse) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        if (test.EvalBool(f)) return body.Exec(f);
        return orElse is null ? Completion.Normal : orElse.Exec(f);
    }

    public override IEnumerable<PyObject> ExecGenerator(Frame f)
    {
        var branch = test.EvalBool(f) ? body : orElse;
        if (branch is null)
        {
            f.GeneratorCompletion = Completion.Normal;
            return [];
        }
        return Generators.Run(branch, f);
    }
}

public sealed class WhileNode(ExprNode test, StmtNode body, StmtNode? orElse) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        int line = Line;
        while (true)
        {
            f.Line = line;
            if (!test.EvalBool(f)) break;
            var c = body.Exec(f);
            if (c == Completion.Break) return Completion.Normal;
            if (c == Completion.Return) return c;
        }
        return orElse is null ? Completion.Normal : orElse.Exec(f);
    }

    public override IEnumerable<PyObject> ExecGenerator(Frame f) =>
        Generators.Loop(f, Line, frame => test.EvalBool(frame), (BlockNode)body, orElse);
}

public sealed class ForNode(TargetNode target, ExprNode iterable, StmtNode body, StmtNode? orElse, bool iteratesTemporary) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        var iterator = PyOps.GetIter(iterable.Eval(f));
        if (iteratesTemporary && iterator is PyGenerator generator) return ExecClosing(f, generator);
        return Loop(f, iterator);
    }

    /// <summary>
    /// A generator created just for this loop (<c>for x in gen():</c>) is closed when the loop ends
    /// early, as CPython does the moment its last reference goes, so its finally blocks run at once.
    /// </summary>
    private Completion ExecClosing(Frame f, PyGenerator generator)
    {
        try
        {
            return Loop(f, generator);
        }
        finally
        {
            generator.Close();
        }
    }

    private Completion Loop(Frame f, PyObject iterator)
    {
        int line = Line;
        var context = f.Context;
        // Assigning a local slot directly is the common case.
        int slot = target is LocalTarget local ? local.Slot : -1;
        while (true)
        {
            f.Line = line;
            var item = PyOps.Next(iterator);
            if (item is null) break;
            context.Step();
            if (slot >= 0) f.Locals[slot] = item;
            else target.Store(f, item);
            var c = body.Exec(f);
            if (c == Completion.Break) return Completion.Normal;
            if (c == Completion.Return) return c;
        }
        return orElse is null ? Completion.Normal : orElse.Exec(f);
    }

    public override IEnumerable<PyObject> ExecGenerator(Frame f)
    {
        var iterator = PyOps.GetIter(iterable.Eval(f));
        return Generators.Loop(f, Line, frame =>
        {
            var item = PyOps.Next(iterator);
            if (item is null) return false;
            frame.Context.Step();
            target.Store(frame, item);
            return true;
        }, (BlockNode)body, orElse);
    }
}

/// <summary>One <c>except Type as name:</c> clause.</summary>
public sealed class ExceptClause(ExprNode? type, TargetNode? name, StmtNode body, int line)
{
    public readonly ExprNode? Type = type;
    public readonly TargetNode? Name = name;
    public readonly StmtNode Body = body;
    public readonly int Line = line;

    public bool Matches(Frame f, PyBaseException error)
    {
        if (Type is null) return true;
        var t = Type.Eval(f);
        return MatchesType(error, t);
    }

    private static bool MatchesType(PyBaseException error, PyObject t)
    {
        if (t is PyType type)
        {
            if (!type.IsSubtypeOf(PyExceptionTypes.BaseException))
                throw PyExc.TypeError("catching classes that do not inherit from BaseException is not allowed");
            return error.Type.IsSubtypeOf(type);
        }
        if (t is PyTuple tuple)
        {
            for (int i = 0; i < tuple.Count; i++)
                if (MatchesType(error, tuple[i])) return true;
            return false;
        }
        throw PyExc.TypeError("catching classes that do not inherit from BaseException is not allowed");
    }
}

public sealed class TryNode(StmtNode body, ExceptClause[] handlers, StmtNode? orElse, StmtNode? finalBody) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        if (finalBody is null) return ExecBodyAndHandlers(f);
        Completion c;
        PythonException? pending = null;
        var returnValue = f.ReturnValue;
        try
        {
            c = ExecBodyAndHandlers(f);
            returnValue = f.ReturnValue;
        }
        catch (PythonException e)
        {
            Tracebacks.Record(e, f);
            pending = e;
            c = Completion.Normal;
        }
        // Limits and internal errors are not PythonExceptions: they skip finally blocks on purpose.
        var fc = finalBody.Exec(f);
        if (fc != Completion.Normal) return fc; // return/break in finally discards the pending exception
        if (pending is not null) throw pending;
        f.ReturnValue = returnValue;
        return c;
    }

    private Completion ExecBodyAndHandlers(Frame f)
    {
        Completion c;
        ExceptClause? handler = null;
        PythonException? caught = null;
        try
        {
            c = body.Exec(f);
        }
        catch (PythonException e)
        {
            Tracebacks.Record(e, f);
            var error = e.Value;
            foreach (var h in handlers)
            {
                f.Line = h.Line;
                if (h.Matches(f, error)) { handler = h; caught = e; break; }
            }
            if (handler is null) throw;
            c = Completion.Normal;
        }
        // The handler runs after the .NET catch block has ended: code running inside a catch block
        // makes every exception it raises a nested one, and .NET unwinds nested exceptions through
        // deep stacks of such blocks very slowly (a program catching RecursionError and recursing
        // again would outlive its time limit by many seconds).
        if (handler is not null) return RunHandler(f, handler, caught!);
        if (c == Completion.Normal && orElse is not null) return orElse.Exec(f);
        return c;
    }

    private static Completion RunHandler(Frame f, ExceptClause h, PythonException e)
    {
        var context = f.Context;
        var saved = context.HandledException;
        context.HandledException = e.Value;
        h.Name?.Store(f, e.Value);
        try
        {
            return h.Body.Exec(f);
        }
        catch (PythonException inner) when (SetContext(inner, e))
        {
            throw;
        }
        finally
        {
            context.HandledException = saved;
            if (h.Name is not null) Unbind(f, h.Name);
        }
    }

    /// <summary>An exception raised while handling another one remembers it (<c>__context__</c>).</summary>
    private static bool SetContext(PythonException inner, PythonException handled)
    {
        if (!ReferenceEquals(inner.Value, handled.Value) && inner.Value.Context is null && !WouldCycle(inner.Value, handled.Value))
            inner.Value.Context = handled.Value;
        return false;
    }

    private static bool WouldCycle(PyBaseException inner, PyBaseException handled)
    {
        for (var c = handled.Context; c is not null; c = c.Context)
            if (ReferenceEquals(c, inner)) return true;
        return false;
    }

    private static void Unbind(Frame f, TargetNode name)
    {
        try { name.Delete(f); }
        catch (PythonException) { }
    }

    public override IEnumerable<PyObject> ExecGenerator(Frame f)
    {
        try
        {
            PythonException? error = null;
            using (var body1 = Generators.Run(body, f).GetEnumerator())
            {
                while (true)
                {
                    bool has;
                    try { has = body1.MoveNext(); }
                    catch (PythonException e) { Tracebacks.Record(e, f); error = e; break; }
                    if (!has) break;
                    yield return body1.Current;
                }
            }
            if (error is null)
            {
                if (f.GeneratorCompletion == Completion.Normal && orElse is not null)
                    foreach (var v in Generators.Run(orElse, f)) yield return v;
                yield break;
            }
            ExceptClause? handler = null;
            foreach (var h in handlers)
            {
                f.Line = h.Line;
                if (h.Matches(f, error.Value)) { handler = h; break; }
            }
            if (handler is null) throw error;
            var context = f.Context;
            var saved = context.HandledException;
            context.HandledException = error.Value;
            handler.Name?.Store(f, error.Value);
            using (var handlerBody = Generators.Run(handler.Body, f).GetEnumerator())
            {
                while (true)
                {
                    bool has;
                    try { has = handlerBody.MoveNext(); }
                    catch (PythonException inner)
                    {
                        SetContext(inner, error);
                        context.HandledException = saved;
                        throw;
                    }
                    if (!has) break;
                    yield return handlerBody.Current;
                }
            }
            context.HandledException = saved;
            if (handler.Name is not null) Unbind(f, handler.Name);
        }
        finally
        {
            if (finalBody is not null)
            {
                var c = f.GeneratorCompletion;
                var r = f.ReturnValue;
                finalBody.Exec(f);
                f.GeneratorCompletion = c;
                f.ReturnValue = r;
            }
        }
    }
}

/// <summary><c>with manager as target:</c> (several items compile to nested nodes).</summary>
public sealed class WithNode(ExprNode manager, TargetNode? target, StmtNode body) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        var (exit, value) = Enter(manager.Eval(f));
        target?.Store(f, value);
        Completion c;
        PythonException? error = null;
        try
        {
            c = body.Exec(f);
        }
        catch (PythonException e)
        {
            Tracebacks.Record(e, f);
            error = e;
            c = Completion.Normal;
        }
        // __exit__ runs outside the catch block (see TryNode.ExecBodyAndHandlers).
        if (error is not null)
        {
            var suppress = exit.Call([error.Value.Type, error.Value, Errors.PyTraceback.Of(error.Value, f.Line)], null);
            if (PyOps.IsTrue(suppress)) return Completion.Normal;
            throw error;
        }
        exit.Call([PyNone.Instance, PyNone.Instance, PyNone.Instance], null);
        return c;
    }

    private static (PyObject Exit, PyObject Value) Enter(PyObject manager)
    {
        var enter = PyOps.TryGetAttr(manager, "__enter__");
        var exit = PyOps.TryGetAttr(manager, "__exit__");
        if (enter is null || exit is null)
            throw PyExc.TypeError($"'{manager.Type.Name}' object does not support the context manager protocol");
        return (exit, enter.Call([], null));
    }

    public override IEnumerable<PyObject> ExecGenerator(Frame f)
    {
        var (exit, value) = Enter(manager.Eval(f));
        target?.Store(f, value);
        PythonException? error = null;
        using (var inner = Generators.Run(body, f).GetEnumerator())
        {
            while (true)
            {
                bool has;
                try { has = inner.MoveNext(); }
                catch (PythonException e) { Tracebacks.Record(e, f); error = e; break; }
                if (!has) break;
                yield return inner.Current;
            }
        }
        if (error is not null)
        {
            var suppress = exit.Call([error.Value.Type, error.Value, Errors.PyTraceback.Of(error.Value, f.Line)], null);
            if (PyOps.IsTrue(suppress)) { f.GeneratorCompletion = Completion.Normal; yield break; }
            throw error;
        }
        var c = f.GeneratorCompletion;
        exit.Call([PyNone.Instance, PyNone.Instance, PyNone.Instance], null);
        f.GeneratorCompletion = c;
    }
}

/// <summary><c>yield value</c> as a statement, or <c>target = yield value</c>.</summary>
public sealed class YieldNode(ExprNode? value, TargetNode? target) : StmtNode
{
    public override Completion Exec(Frame f) =>
        throw PyExc.RuntimeError("yield outside of a generator");

    public override IEnumerable<PyObject> ExecGenerator(Frame f)
    {
        yield return Value(f);
        Resume(f);
        f.GeneratorCompletion = Completion.Normal;
    }

    /// <summary>The value to yield.</summary>
    public PyObject Value(Frame f) => value is null ? PyNone.Instance : value.Eval(f);

    /// <summary>After resuming: raise what <c>throw()</c> passed in, or store what <c>send()</c> passed in.</summary>
    public void Resume(Frame f)
    {
        if (f.PendingThrow is { } toThrow)
        {
            f.PendingThrow = null;
            throw toThrow;
        }
        target?.Store(f, f.SentValue ?? PyNone.Instance);
    }
}

/// <summary><c>yield from iterable</c> as a statement, or <c>target = yield from iterable</c>.</summary>
public sealed class YieldFromNode(ExprNode iterable, TargetNode? target) : StmtNode
{
    public override Completion Exec(Frame f) =>
        throw PyExc.RuntimeError("yield outside of a generator");

    public override IEnumerable<PyObject> ExecGenerator(Frame f)
    {
        var source = iterable.Eval(f);
        var iterator = PyOps.GetIter(source);
        var generator = iterator as PyGenerator;
        PyObject sent = PyNone.Instance;
        while (true)
        {
            PyObject? item;
            if (generator is not null)
            {
                var toThrow = f.PendingThrow;
                f.PendingThrow = null;
                item = generator.Resume(sent, toThrow);
            }
            else
            {
                if (f.PendingThrow is { } t) { f.PendingThrow = null; throw t; }
                item = PyOps.Next(iterator);
            }
            if (item is null) break;
            yield return item;
            sent = f.SentValue ?? PyNone.Instance;
        }
        target?.Store(f, generator?.ReturnValue ?? PyNone.Instance);
        f.GeneratorCompletion = Completion.Normal;
    }
}

/// <summary><c>return value</c> inside a generator (value becomes StopIteration.value).</summary>
public sealed class GeneratorReturnNode(ExprNode? value) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        f.ReturnValue = value is null ? PyNone.Instance : value.Eval(f);
        return Completion.Return;
    }
}
