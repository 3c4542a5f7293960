using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Interpreter.Errors;

/// <summary>
/// A minimal traceback object, as passed to <c>__exit__</c>: the innermost recorded frame's line,
/// linked to the next ones. Frames themselves are not exposed.
/// </summary>
public sealed class PyTraceback : PyObject
{
    private static readonly PyType s_type = CreateType();

    private readonly List<TracebackEntry> _entries;
    private readonly int _index;

    private PyTraceback(List<TracebackEntry> entries, int index)
    {
        _entries = entries;
        _index = index;
    }

    /// <summary>The traceback of <paramref name="error"/> so far (a placeholder entry when none is recorded yet).</summary>
    public static PyTraceback Of(PyBaseException error, int currentLine)
    {
        var entries = error.HasTraceback ? error.Traceback : [new TracebackEntry("<string>", currentLine, "<module>")];
        return new PyTraceback(entries, 0);
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("traceback", subclassable: false);
        return t.Freeze();
    }

    public override PyType Type => s_type;

    public override PyObject? GetAttributeOrNull(string name) => name switch
    {
        "tb_lineno" => PyInt.Create(_entries[_index].Line),
        "tb_next" => _index + 1 < _entries.Count ? new PyTraceback(_entries, _index + 1) : PyNone.Instance,
        "tb_frame" => PyNone.Instance,
        "tb_lasti" => PyInt.Create(-1),
        _ => base.GetAttributeOrNull(name),
    };

    public override string Repr() => $"<traceback object at {PyIdentity.HexAddress(this)}>";
}
