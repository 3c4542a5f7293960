namespace QiskitStudio.Qiskit.Tests;

public sealed class ScratchTests
{
    [Fact]
    public void Scratch()
    {
        try { _ = Circuit.PyQuantumCircuit.TypeObject; }
        catch (Exception e) { System.IO.File.WriteAllText("/tmp/qk_scratch.out", e.ToString()); throw; }
        var output = QiskitProgram.Run(System.IO.File.ReadAllText("/tmp/qk_scratch.py"));
        System.IO.File.WriteAllText("/tmp/qk_scratch.out", output);
    }
}
