using QiskitStudio.Python.Modules.Json;
using QiskitStudio.Python.Modules.Numeric;
using QiskitStudio.Python.Modules.Random;
using QiskitStudio.Python.Modules.Re;
using QiskitStudio.Python.Modules.Source;
using QiskitStudio.Python.Modules.Time;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Modules;

/// <summary>
/// The standard-library modules of the embedded interpreter. Those where speed or host access
/// matters are written in C# (math, cmath, random, json, re, time); the others are Python source
/// run by the interpreter itself on first import (collections, functools, itertools, ...).
/// </summary>
public static class StandardLibrary
{
    /// <summary>Every module this class provides, C# and Python-source ones.</summary>
    public static IReadOnlyList<string> ModuleNames { get; } =
    [
        "math", "cmath", "random", "json", "re", "time",
        "operator", "string", "itertools", "functools", "collections", "copy", "typing", "dataclasses",
        "fractions", "statistics", "decimal",
    ];

    /// <summary>Registers all standard modules in <paramref name="registry"/>.</summary>
    public static void RegisterAll(ModuleRegistry registry)
    {
        registry.Register("math", MathModule.Populate, "Mathematical functions over floats and exact integers.");
        registry.Register("cmath", CMathModule.Populate, "Mathematical functions over complex numbers.");
        registry.Register("random", RandomModule.Populate, "Pseudo-random numbers (Mersenne Twister, CPython-compatible).");
        registry.Register("json", JsonModule.Populate, "JSON encoding and decoding.");
        registry.Register("re", ReModule.Populate, "Regular expressions with Python syntax.");
        registry.Register("time", TimeModule.Populate, "Clocks and sleep within the run's limits.");

        PythonSourceModule.Register(registry, "operator", OperatorSource.Text);
        PythonSourceModule.Register(registry, "string", StringSource.Text);
        PythonSourceModule.Register(registry, "itertools", ItertoolsSource.Text);
        PythonSourceModule.Register(registry, "functools", FunctoolsSource.Text);
        PythonSourceModule.Register(registry, "collections", CollectionsSource.Text);
        PythonSourceModule.Register(registry, "copy", CopySource.Text);
        PythonSourceModule.Register(registry, "typing", TypingSource.Text);
        PythonSourceModule.Register(registry, "dataclasses", DataclassesSource.Text);
        PythonSourceModule.Register(registry, "fractions", FractionsSource.Text);
        PythonSourceModule.Register(registry, "statistics", StatisticsSource.Text);
        PythonSourceModule.Register(registry, "decimal", DecimalSource.Text);
    }
}
