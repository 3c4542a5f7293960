using QiskitStudio.Python.Interpreter.Execution;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Interpreter.Nodes;

/// <summary><c>def</c>: builds the function, applies decorators (innermost first) and binds the name.</summary>
public sealed class FunctionDefNode(MakeFunctionNode make, ExprNode[] decorators, TargetNode target) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        // Decorators are evaluated before the function is created, applied after.
        var decoratorValues = new PyObject[decorators.Length];
        for (int i = 0; i < decorators.Length; i++) decoratorValues[i] = decorators[i].Eval(f);
        var value = make.Eval(f);
        for (int i = decoratorValues.Length - 1; i >= 0; i--) value = decoratorValues[i].Call([value], null);
        target.Store(f, value);
        return Completion.Normal;
    }
}

/// <summary><c>class</c>: runs the body in a fresh namespace, then asks the runtime to create the type.</summary>
public sealed class ClassDefNode(
    CodeObject body, string name, string qualName, ExprNode[] bases, bool[] starredBases, ExprNode[] decorators,
    int[] closureCells, int classCellIndex, TargetNode target) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        var decoratorValues = new PyObject[decorators.Length];
        for (int i = 0; i < decorators.Length; i++) decoratorValues[i] = decorators[i].Eval(f);
        var baseTypes = new List<PyType>();
        for (int i = 0; i < bases.Length; i++)
        {
            var b = bases[i].Eval(f);
            if (starredBases[i])
            {
                var it = PyOps.GetIter(b);
                while (PyOps.Next(it) is { } item) baseTypes.Add(AsBase(item));
            }
            else baseTypes.Add(AsBase(b));
        }

        // Classes belong to the module whose code defines them (__main__, or a standard module written in Python).
        string module = f.Globals.GetValue("__name__") is PyStr moduleName ? moduleName.Value : "__main__";
        var ns = new Dictionary<string, PyObject>
        {
            ["__module__"] = PyStr.Create(module),
            ["__qualname__"] = PyStr.Create(qualName),
        };
        var cells = new Cell[body.OwnCellCount + body.FreeCount];
        for (int i = 0; i < body.OwnCellCount; i++) cells[i] = new Cell();
        for (int i = 0; i < closureCells.Length; i++) cells[body.OwnCellCount + i] = f.Cells![closureCells[i]];
        var frame = new Frame(body, f.Globals, f.Context, [], cells, ns);
        RunBody(frame);

        PyObject type = PyType.CreateUserType(name, baseTypes, ns, module);
        if (classCellIndex >= 0) cells[classCellIndex].Value = type;
        for (int i = decoratorValues.Length - 1; i >= 0; i--) type = decoratorValues[i].Call([type], null);
        target.Store(f, type);
        return Completion.Normal;
    }

    private static void RunBody(Frame frame)
    {
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

    private static PyType AsBase(PyObject value) =>
        value as PyType ?? throw PyExc.TypeError(value is PyFunction
            ? "function() argument 'code' must be code, not str"
            : $"metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
}

/// <summary>The body of a list/set/dict comprehension or generator expression, run in its own frame.</summary>
public sealed class ComprehensionBodyNode : StmtNode
{
    public sealed class Loop(ExprNode? iterable, TargetNode target, ExprNode[] conditions)
    {
        /// <summary>Null for the outermost loop, whose iterator is the frame's first local.</summary>
        public readonly ExprNode? Iterable = iterable;
        public readonly TargetNode Target = target;
        public readonly ExprNode[] Conditions = conditions;
    }

    private readonly char _kind;
    private readonly Loop[] _loops;
    private readonly ExprNode _element;
    private readonly ExprNode? _value;

    public ComprehensionBodyNode(char kind, Loop[] loops, ExprNode element, ExprNode? value)
    {
        _kind = kind;
        _loops = loops;
        _element = element;
        _value = value;
        ContainsYield = kind == 'g';
    }

    public override Completion Exec(Frame f)
    {
        PyObject result = _kind switch
        {
            'l' => new PyList(),
            's' => new PySet(),
            _ => new PyDict(),
        };
        Run(f, 0, result);
        f.ReturnValue = result;
        return Completion.Return;
    }

    private void Run(Frame f, int level, PyObject result)
    {
        var loop = _loops[level];
        var iterator = level == 0 ? f.Locals[0]! : PyOps.GetIter(loop.Iterable!.Eval(f));
        var context = f.Context;
        bool last = level == _loops.Length - 1;
        int slot = loop.Target is LocalTarget local ? local.Slot : -1;
        while (PyOps.Next(iterator) is { } item)
        {
            context.Step();
            if (slot >= 0) f.Locals[slot] = item;
            else loop.Target.Store(f, item);
            if (!Passes(f, loop)) continue;
            if (!last) { Run(f, level + 1, result); continue; }
            switch (_kind)
            {
                case 'l': ((PyList)result).Append(_element.Eval(f)); break;
                case 's': ((PySet)result).Add(_element.Eval(f)); break;
                default:
                {
                    var key = _element.Eval(f);
                    result.SetItem(key, _value!.Eval(f));
                    break;
                }
            }
        }
    }

    private static bool Passes(Frame f, Loop loop)
    {
        foreach (var c in loop.Conditions)
            if (!c.EvalBool(f)) return false;
        return true;
    }

    public override IEnumerable<PyObject> ExecGenerator(Frame f)
    {
        foreach (var v in Generate(f, 0)) yield return v;
        f.GeneratorCompletion = Completion.Normal;
    }

    private IEnumerable<PyObject> Generate(Frame f, int level)
    {
        var loop = _loops[level];
        var iterator = level == 0 ? f.Locals[0]! : PyOps.GetIter(loop.Iterable!.Eval(f));
        bool last = level == _loops.Length - 1;
        while (PyOps.Next(iterator) is { } item)
        {
            f.Context.Step();
            loop.Target.Store(f, item);
            if (!Passes(f, loop)) continue;
            if (last) yield return _element.Eval(f);
            else foreach (var v in Generate(f, level + 1)) yield return v;
        }
    }
}
