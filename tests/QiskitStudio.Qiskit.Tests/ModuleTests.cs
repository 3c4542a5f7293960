using QiskitStudio.Qiskit.Visualization;
using static QiskitStudio.Qiskit.Tests.QiskitProgram;

namespace QiskitStudio.Qiskit.Tests;

public sealed class ModuleTests
{
    [Theory]
    [InlineData("pyscf")]
    [InlineData("ffsim")]
    [InlineData("qiskit_addon_sqd")]
    public void ModulesTheEngineCannotProvideFailWithAPointerToThePythonEngine(string module)
    {
        var error = RunFailing($"import {module}\n");
        Assert.Equal("ModuleNotFoundError", error.TypeName);
        Assert.Contains("embedded Qiskit engine does not provide it", error.Message, StringComparison.Ordinal);
        Assert.Contains("QISKIT_ENGINE=python", error.Message, StringComparison.Ordinal);
        Assert.Contains(module, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SubmodulesOfDeniedPackagesAreDeniedToo()
    {
        var error = RunFailing("from qiskit_addon_sqd.counts import counts_to_arrays\n");
        Assert.Equal("ModuleNotFoundError", error.TypeName);
        Assert.Contains("QISKIT_ENGINE=python", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LegacyImportsRemovedInQiskitTwoFail()
    {
        var error = RunFailing("from qiskit import Aer, execute\n");
        Assert.Equal("ImportError", error.TypeName);
        Assert.Contains("Aer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FiguresPrintAMarkerAndAreCapturedAsSvg()
    {
        string output;
        IReadOnlyList<RuntimeFigure> figures;
        using (var capture = FigureCapture.Begin())
        {
            output = Run(Lines(
                "from qiskit import QuantumCircuit",
                "from qiskit.visualization import plot_histogram",
                "qc = QuantumCircuit(2)",
                "qc.h(0)",
                "qc.cx(0, 1)",
                "qc.draw('mpl')",
                "plot_histogram({'00': 510, '11': 490})",
                "from qiskit.visualization import plot_bloch_multivector",
                "from qiskit.quantum_info import Statevector",
                "plot_bloch_multivector(Statevector(qc))",
                "print('done')"));
            figures = capture.Figures;
        }
        Assert.Equal("[figure 1: circuit]\n[figure 2: histogram]\n[figure 3: bloch]\ndone\n", output);
        Assert.Equal(["circuit", "histogram", "bloch"], figures.Select(f => f.Kind));
        Assert.All(figures, f => Assert.StartsWith("<svg", f.Svg, StringComparison.Ordinal));
        Assert.Contains("510", figures[1].Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutACaptureFiguresAreStillNumberedPerRun()
    {
        const string program = "from qiskit.visualization import plot_histogram\nplot_histogram({'0': 1})\nplot_histogram([{'1': 2}])\n";
        Assert.Equal("[figure 1: histogram]\n[figure 2: histogram]\n", Run(program));
        Assert.Equal("[figure 1: histogram]\n[figure 2: histogram]\n", Run(program));
    }

    [Fact]
    public void TranspilerPassesAndPassManagersAcceptTheNodesPasses()
    {
        var output = Run(Lines(
            "from qiskit import QuantumCircuit",
            "from qiskit.transpiler import PassManager",
            "from qiskit.transpiler.passes import Optimize1qGatesDecomposition, CommutativeCancellation",
            "qc = QuantumCircuit(1)",
            "qc.h(0)",
            "qc.h(0)",
            "pm = PassManager([Optimize1qGatesDecomposition(basis=['rz', 'sx'])])",
            "pm.append(CommutativeCancellation())",
            "out = pm.run(qc)",
            "print(len(pm.passes()), dict(out.count_ops()), out is qc)"));
        Assert.Equal("2 {'h': 2} False\n", output);
    }
}
