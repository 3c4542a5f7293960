using System.Runtime.CompilerServices;
using System.Text;

namespace QiskitStudio.Python.Runtime;

/// <summary>
/// Object identities for <c>id()</c>, default hashes and reprs such as <c>&lt;Foo object at 0x7f...&gt;</c>.
/// An identity is handed out on first request and stays with the object for its life.
/// </summary>
public static class PyIdentity
{
    private static readonly ConditionalWeakTable<PyObject, StrongBox<long>> s_ids = new();
    private static long s_next = 0x7f3a_1c00_0000;

    public static long Id(PyObject obj)
    {
        var box = s_ids.GetValue(obj, static _ => new StrongBox<long>(Interlocked.Add(ref s_next, 48)));
        return box.Value;
    }

    /// <summary>CPython's default hash is the address shifted right by 4.</summary>
    public static long IdentityHash(PyObject obj) => Id(obj) >> 4;

    public static string HexAddress(PyObject obj) => "0x" + Id(obj).ToString("x12");
}

/// <summary>Tracks the containers being printed so that recursive ones print as <c>[...]</c>.</summary>
public sealed class ReprGuard
{
    [ThreadStatic] private static ReprGuard? t_guard;

    private readonly List<PyObject> _active = new();

    /// <summary>The guard of this thread: recursion is detected even through user <c>__repr__</c> methods.</summary>
    public static ReprGuard ForThread() => t_guard ??= new ReprGuard();

    public bool Enter(PyObject container)
    {
        foreach (var o in _active)
            if (ReferenceEquals(o, container)) return false;
        _active.Add(container);
        return true;
    }

    public void Exit(PyObject container)
    {
        for (int i = _active.Count - 1; i >= 0; i--)
        {
            if (ReferenceEquals(_active[i], container))
            {
                _active.RemoveAt(i);
                return;
            }
        }
    }

    /// <summary>Appends the repr of <paramref name="item"/>, recursing through containers with this guard.</summary>
    public void Append(StringBuilder sb, PyObject item)
    {
        switch (item)
        {
            case PyStr s: PyStr.AppendRepr(sb, s.Value); break;
            case PyInt i when i.Type == PyTypes.Int: i.AppendDigits(sb); break;
            default:
                if (item.Type.DispatchesDunders) sb.Append(PyOps.Repr(item));
                else item.AppendRepr(sb, this);
                break;
        }
    }
}
