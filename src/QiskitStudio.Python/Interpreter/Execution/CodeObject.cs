using QiskitStudio.Python.Interpreter.Nodes;

namespace QiskitStudio.Python.Interpreter.Execution;

/// <summary>
/// The compiled form of a function, lambda, comprehension, class body or module: its body and the
/// layout of its frame. Parameters occupy the first local slots in order: positional, *args,
/// keyword-only, **kwargs.
/// </summary>
public sealed class CodeObject
{
    public required string Name { get; init; }
    public required string QualName { get; init; }
    public required string FileName { get; init; }
    public int FirstLine { get; init; }

    public StmtNode Body { get; set; } = null!;

    public int LocalCount { get; init; }
    /// <summary>Names of the local slots (for locals() and error hints).</summary>
    public string[] LocalNames { get; init; } = [];
    /// <summary>Cells this frame creates (captured locals), before the free variables.</summary>
    public int OwnCellCount { get; init; }
    public int FreeCount { get; init; }
    /// <summary>Pairs (local slot, cell index) of parameters that live in cells.</summary>
    public (int Slot, int Cell)[] CellParameters { get; init; } = [];

    public string[] ParameterNames { get; init; } = [];
    public int PositionalOnlyCount { get; init; }
    /// <summary>Positional parameters, including positional-only ones.</summary>
    public int PositionalCount { get; init; }
    public int KeywordOnlyCount { get; init; }
    public bool HasVarArgs { get; init; }
    public bool HasVarKeywords { get; init; }

    public bool IsGenerator { get; init; }
    public bool IsLambda { get; init; }

    /// <summary>Only positional parameters, no cells: callers may fill the locals array directly.</summary>
    public bool IsSimple => !HasVarArgs && !HasVarKeywords && KeywordOnlyCount == 0 && CellParameters.Length == 0;

    public int VarArgsSlot => PositionalCount;
    public int KeywordOnlyStart => PositionalCount + (HasVarArgs ? 1 : 0);
    public int VarKeywordsSlot => KeywordOnlyStart + KeywordOnlyCount;
}
