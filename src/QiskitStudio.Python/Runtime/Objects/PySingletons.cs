namespace QiskitStudio.Python.Runtime;

/// <summary><c>None</c>.</summary>
public sealed class PyNone : PyObject
{
    public static readonly PyNone Instance = new();

    private PyNone() { }

    public override PyType Type => PyTypes.NoneType;

    public override string Repr() => "None";

    public override bool IsTrue() => false;

    public override long Hash() => 0xFCFCFCFC;
}

/// <summary><c>NotImplemented</c>: returned by binary dunders to let the other operand try.</summary>
public sealed class PyNotImplemented : PyObject
{
    public static readonly PyNotImplemented Instance = new();

    private PyNotImplemented() { }

    public override PyType Type => PyTypes.NotImplementedType;

    public override string Repr() => "NotImplemented";
}

/// <summary><c>Ellipsis</c> (<c>...</c>).</summary>
public sealed class PyEllipsis : PyObject
{
    public static readonly PyEllipsis Instance = new();

    private PyEllipsis() { }

    public override PyType Type => PyTypes.Ellipsis;

    public override string Repr() => "Ellipsis";
}
