using QiskitStudio.Python.Interpreter.Execution;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Interpreter.Nodes;

/// <summary><c>import a.b.c</c> binds <c>a</c>; <c>import a.b.c as x</c> binds the submodule.</summary>
public sealed class ImportNode(string moduleName, TargetNode target, bool bindTopLevel) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        var importer = f.Context.Importer;
        var parts = moduleName.Split('.');
        PyObject top = importer(parts[0]);
        PyObject current = top;
        string path = parts[0];
        for (int i = 1; i < parts.Length; i++)
        {
            path += "." + parts[i];
            current = importer(path);
        }
        target.Store(f, bindTopLevel ? top : current);
        return Completion.Normal;
    }
}

/// <summary><c>from module import a as b, c</c>.</summary>
public sealed class ImportFromNode(string moduleName, string[] names, TargetNode[] targets) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        var importer = f.Context.Importer;
        var module = importer(moduleName);
        for (int i = 0; i < names.Length; i++)
        {
            var value = PyOps.TryGetAttr(module, names[i]);
            if (value is null)
            {
                try { value = importer(moduleName + "." + names[i]); }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.ImportError))
                {
                    var error = PyExc.ImportError($"cannot import name '{names[i]}' from '{moduleName}' (unknown location)");
                    error.Value.InstanceDict["name"] = PyStr.Create(moduleName);
                    throw error;
                }
            }
            targets[i].Store(f, value);
        }
        return Completion.Normal;
    }
}

/// <summary><c>from module import *</c> (module level only): public names, or those in <c>__all__</c>.</summary>
public sealed class ImportStarNode(string moduleName) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        var module = f.Context.Importer(moduleName);
        var names = new List<string>();
        if (PyOps.TryGetAttr(module, "__all__") is { } all)
        {
            var it = PyOps.GetIter(all);
            while (PyOps.Next(it) is { } n) names.Add(PyOps.Str(n));
        }
        else
        {
            foreach (var n in module.ExtraAttributeNames())
                if (!n.StartsWith('_')) names.Add(n);
        }
        foreach (var n in names)
        {
            var value = PyOps.TryGetAttr(module, n);
            if (value is not null) f.Globals.Set(n, value);
        }
        return Completion.Normal;
    }
}
