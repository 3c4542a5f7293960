using QiskitStudio.Python.Syntax;

namespace QiskitStudio.Python.Interpreter.Compilation;

public enum ScopeKind { Module, Class, Function }

/// <summary>Where a name lives at run time, decided once by <see cref="ScopeAnalyzer"/>.</summary>
public enum NameKind
{
    /// <summary>A slot in the frame's locals array.</summary>
    Local,
    /// <summary>A cell of this frame (a local captured by an inner function) or a free variable from the closure.</summary>
    Cell,
    /// <summary>A module global (declared or implicit), then builtins.</summary>
    Global,
    /// <summary>A class body's namespace, then globals, then builtins.</summary>
    ClassNamespace,
}

/// <summary>One function, class or module body and the names it binds and uses.</summary>
public sealed class Scope(ScopeKind kind, string name, Scope? parent, Node node)
{
    public ScopeKind Kind { get; } = kind;
    public string Name { get; } = name;
    public Scope? Parent { get; } = parent;
    public Node Node { get; } = node;
    public List<Scope> Children { get; } = [];

    /// <summary>Qualified name as shown by <c>__qualname__</c>.</summary>
    public string QualName { get; set; } = name;

    public bool IsComprehension { get; init; }
    public bool IsGenerator { get; set; }
    public bool IsLambda { get; init; }

    internal readonly HashSet<string> Bound = [];
    internal readonly HashSet<string> Used = [];
    internal readonly HashSet<string> DeclaredGlobal = [];
    internal readonly HashSet<string> DeclaredNonlocal = [];
    /// <summary>Line of each nonlocal declaration (for error messages).</summary>
    internal readonly Dictionary<string, int> NonlocalLines = [];
    internal readonly List<string> Parameters = [];
    /// <summary>Uses <c>super()</c> or <c>__class__</c>: needs the implicit <c>__class__</c> cell.</summary>
    internal bool NeedsClassCell;

    // ---- results of analysis ----

    /// <summary>Plain locals, by slot (parameters first, in order).</summary>
    public List<string> LocalNames { get; } = [];
    /// <summary>Cells owned by this frame (captured locals), then free variables received from the closure.</summary>
    public List<string> CellNames { get; } = [];
    public List<string> FreeNames { get; } = [];
    internal readonly HashSet<string> CellSet = [];
    internal readonly HashSet<string> FreeSet = [];
    internal readonly Dictionary<string, (NameKind Kind, int Index)> Resolved = [];

    public int CellCount => CellNames.Count + FreeNames.Count;

    /// <summary>Where <paramref name="name"/> lives when this scope's code refers to it.</summary>
    public (NameKind Kind, int Index) Resolve(string name)
    {
        if (Resolved.TryGetValue(name, out var r)) return r;
        // A name introduced only by the compiler (should not happen): treat as global.
        return Kind == ScopeKind.Class ? (NameKind.ClassNamespace, -1) : (NameKind.Global, -1);
    }

    public override string ToString() => $"{Kind} {QualName}";
}
