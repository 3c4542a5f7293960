using QiskitStudio.Python.Interpreter.Compilation;
using QiskitStudio.Python.Interpreter.Execution;
using QiskitStudio.Python.Runtime;
using QiskitStudio.Python.Syntax;

namespace QiskitStudio.Python.Modules;

/// <summary>
/// A standard module written in Python: its source is parsed, compiled and executed in a fresh
/// namespace the first time a run imports it, and that namespace becomes the module.
/// </summary>
public static class PythonSourceModule
{
    // Parsed once per process: the syntax tree is plain data that compiling never changes, so runs
    // share it and pay only for compiling and executing the module.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Module> s_parsed = new(StringComparer.Ordinal);

    /// <summary>Registers <paramref name="name"/> as the module that <paramref name="source"/> defines.</summary>
    public static void Register(ModuleRegistry registry, string name, string source) =>
        registry.Register(name, context => Load(context, name, source));

    /// <summary>
    /// Drops blank and comment-only lines: less to lex on every import, and immune to any lexer
    /// trouble with them. The standard sources keep no blank lines inside multi-line strings.
    /// </summary>
    internal static string Compact(string source)
    {
        var sb = new System.Text.StringBuilder(source.Length);
        foreach (var line in source.Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] == '#') continue;
            sb.Append(line).Append('\n');
        }
        return sb.ToString();
    }

    public static PyModule Load(PyContext context, string name, string source)
    {
        var run = context.InterpreterState as RunContext
            ?? throw new InvalidOperationException($"module '{name}' can only be imported while a program runs");
        Module ast;
        try
        {
            ast = s_parsed.TryGetValue(source, out var cached) ? cached : s_parsed.GetOrAdd(source, Parser.ParseModule(Compact(source)));
        }
        catch (PythonSyntaxError e)
        {
            throw PyExc.ImportError($"the standard module '{name}' failed to compile: {e.Message} (line {e.Line})");
        }
        var builtinsModule = context.ImportModule("builtins");
        var globals = new Globals(builtinsModule.Dict);
        globals.Set("__name__", PyStr.Create(name));
        globals.Set("__doc__", PyNone.Instance);
        globals.Set("__builtins__", builtinsModule);
        CodeObject code;
        try
        {
            code = Compiler.CompileModule(ast, globals, $"<{name}>");
        }
        catch (PythonSyntaxError e)
        {
            throw PyExc.ImportError($"the standard module '{name}' failed to compile: {e.Message} (line {e.Line})");
        }
        var frame = new Frame(code, globals, run, [], null);
        code.Body.Exec(frame);
        var module = new PyModule(name) { IsBuiltin = false };
        foreach (var (key, value) in globals.Bound()) module.Dict[key] = value;
        return module;
    }
}
