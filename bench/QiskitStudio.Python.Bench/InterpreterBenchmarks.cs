using BenchmarkDotNet.Attributes;

namespace QiskitStudio.Python.Bench;

/// <summary>Each benchmark program run by our interpreter, from source (parse included).</summary>
public class InterpreterBenchmarks
{
    private PythonEngine _engine = null!;
    private string _source = "";

    public static IEnumerable<string> ProgramNames => BenchPrograms.All.Keys;

    [ParamsSource(nameof(ProgramNames))]
    public string Program { get; set; } = "fib";

    [GlobalSetup]
    public void Setup()
    {
        _engine = new PythonEngine(new PythonEngineOptions());
        _source = BenchPrograms.All[Program];
        var check = _engine.Run(_source);
        if (!check.Succeeded)
            throw new InvalidOperationException($"{Program} fails in our interpreter: {check.Error!.Traceback}");
    }

    [Benchmark]
    public string Run() => _engine.Run(_source).Stdout;
}
