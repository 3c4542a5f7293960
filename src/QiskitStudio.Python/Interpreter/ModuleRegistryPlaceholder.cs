namespace QiskitStudio.Python.Interpreter;

/// <summary>Stand-in until the runtime's module registry exists.</summary>
public sealed class ModuleRegistry
{
}
