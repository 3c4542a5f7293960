namespace QiskitStudio.Qiskit.Tests;

public sealed class ScratchTests
{
    [Fact]
    public void Scratch()
    {
        if (!File.Exists("/tmp/qk_scratch.py")) return;
        var result = new QiskitStudio.Python.PythonEngine();
        QiskitRuntime.Register(result.Modules);
        var r = result.Run(File.ReadAllText("/tmp/qk_scratch.py"));
        File.WriteAllText("/tmp/qk_scratch.out", r.Stdout + "\n---\n" + r.Error?.Traceback);
    }
}
