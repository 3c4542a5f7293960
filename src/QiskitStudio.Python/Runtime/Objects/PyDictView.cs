using System.Text;

namespace QiskitStudio.Python.Runtime;

/// <summary>The live views <c>dict.keys()</c>, <c>values()</c> and <c>items()</c>.</summary>
public sealed class PyDictView : PyObject
{
    public PyDict Dict { get; }

    public DictIterKind Kind { get; }

    public PyDictView(PyDict dict, DictIterKind kind)
    {
        Dict = dict;
        Kind = kind;
    }

    public override PyType Type => Kind switch
    {
        DictIterKind.Keys => PyTypes.DictKeys,
        DictIterKind.Values => PyTypes.DictValues,
        _ => PyTypes.DictItems,
    };

    public override long Length() => Dict.Count;

    public override bool IsTrue() => Dict.Count != 0;

    public override PyObject? GetIterator() => new PyDictIterator(Dict, Kind, reversed: false);

    public override bool? Contains(PyObject item)
    {
        switch (Kind)
        {
            case DictIterKind.Keys:
                return Dict.ContainsKey(item);
            case DictIterKind.Items:
                if (item is not PyTuple t || t.Count != 2) return false;
                return Dict.TryGetValue(t[0], out var v) && PyOps.EqualsBool(v, t[1]);
            default:
                foreach (var value in Dict.Values())
                    if (PyOps.EqualsBool(value, item)) return true;
                return false;
        }
    }

    public override string Repr()
    {
        var sb = new StringBuilder(Type.Name).Append('(');
        var list = PyList.FromIterable(this);
        list.AppendRepr(sb, ReprGuard.ForThread());
        return sb.Append(')').ToString();
    }

    private PySet ToSet() => PySet.FromIterable(this);

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (Kind == DictIterKind.Values) return base.RichCompare(other, op);
        if (other is PyDictView ov && ov.Kind != DictIterKind.Values) return ToSet().RichCompare(ov.ToSet(), op);
        if (other is PySet os) return ToSet().RichCompare(os, op);
        return PyNotImplemented.Instance;
    }

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (Kind == DictIterKind.Values) return PyNotImplemented.Instance;
        var o = other is PySet s ? s : PySet.FromIterable(other);
        return ToSet().BinaryOp(op, o);
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other)
    {
        if (Kind == DictIterKind.Values) return PyNotImplemented.Instance;
        var o = other is PySet s ? s : PySet.FromIterable(other);
        return o.BinaryOp(op, ToSet());
    }

    internal static void Populate(PyType keys, PyType values, PyType items)
    {
        foreach (var t in new[] { keys, values, items })
        {
            t.AddMethod("__reversed__", (self, _, _) =>
            {
                var v = (PyDictView)self;
                return new PyDictIterator(v.Dict, v.Kind, reversed: true);
            });
            t.AddMethod("__len__", (self, _, _) => PyInt.Create(((PyDictView)self).Dict.Count));
            t.AddMethod("__iter__", (self, _, _) => self.GetIterator()!);
        }
        keys.AddMethod("isdisjoint", (self, args, _) => PyBool.From(((PyDictView)self).ToSet().Intersection(args[0]).Count == 0));
        items.AddMethod("isdisjoint", (self, args, _) => PyBool.From(((PyDictView)self).ToSet().Intersection(args[0]).Count == 0));
    }
}
