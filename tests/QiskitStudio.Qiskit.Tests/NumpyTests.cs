using static QiskitStudio.Qiskit.Tests.QiskitProgram;

namespace QiskitStudio.Qiskit.Tests;

public sealed class NumpyTests
{
    [Fact]
    public void FloatArraysPrintAsNumpyDoes()
    {
        var output = Run(Lines(
            "import numpy as np",
            "a = np.array([0., 0.5, 1.])",
            "print(a)",
            "print(repr(a))",
            "print(np.linspace(0, 1, 5))",
            "print(np.zeros((2, 3)))",
            "print(repr(np.array([[1., 2.], [3., 4.]])))"));
        Assert.Equal(
            "[0.  0.5 1. ]\narray([0. , 0.5, 1. ])\n[0.   0.25 0.5  0.75 1.  ]\n[[0. 0. 0.]\n [0. 0. 0.]]\n" +
            "array([[1., 2.],\n       [3., 4.]])\n", output);
    }

    [Fact]
    public void IntArraysPrintRightAligned()
    {
        var output = Run(Lines(
            "import numpy as np",
            "print(np.array([1, 2, 3]))",
            "print(repr(np.array([1, 2, 3])))",
            "print(np.array([-1, 2, 10]))",
            "print(np.arange(5))",
            "print(np.arange(6).reshape(2, 3))",
            "print(np.array([]), repr(np.array([])), repr(np.zeros(0, dtype=int)), np.ones(2, dtype=int))"));
        Assert.Equal("[1 2 3]\narray([1, 2, 3])\n[-1  2 10]\n[0 1 2 3 4]\n[[0 1 2]\n [3 4 5]]\n[] array([], dtype=float64) array([], dtype=int64) [1 1]\n", output);
    }

    [Fact]
    public void ShapeIndexingIterationAndConversion()
    {
        var output = Run(Lines(
            "import numpy as np",
            "a = np.array([[1, 2], [3, 4]])",
            "print(a.shape, a.ndim, a.size, len(a))",
            "print(a[1, 0], a[1][0], a[-1, -1])",
            "for row in a:",
            "    print(row)",
            "print(a.tolist(), np.array([0., 0.5]).tolist())",
            "print(a.T)",
            "print(np.arange(6).reshape((3, -1)).shape)",
            "a[0, 1] = 7",
            "print(a[0])",
            "print(np.arange(5)[1:4])"));
        Assert.Equal("(2, 2) 2 4 2\n3 3 4\n[1 2]\n[3 4]\n[[1, 2], [3, 4]] [0.0, 0.5]\n[[1 3]\n [2 4]]\n(3, 2)\n[1 7]\n[1 2 3]\n", output);
    }

    [Fact]
    public void ElementwiseArithmeticAndBroadcasting()
    {
        var output = Run(Lines(
            "import numpy as np",
            "a = np.array([[1, 2], [3, 4]])",
            "print(a + np.array([10, 20]))",
            "print(a / 2)",
            "print(2 ** np.array([1, 2, 3]))",
            "print(np.array([1., 2.]) * np.array([3., 4.]) - 1)",
            "print(-np.array([1, 2]))",
            "print(np.sqrt(np.array([1., 4., 9.])), np.abs(np.array([-1.5, 2])), np.abs(-3))",
            "print(np.cos(0), np.exp(np.array([0.])), np.sin(np.pi / 2))"));
        Assert.Equal("[[11 22]\n [13 24]]\n[[0.5 1. ]\n [1.5 2. ]]\n[2 4 8]\n[2. 7.]\n[-1 -2]\n[1. 2. 3.] [1.5 2. ] 3\n1.0 [1.] 1.0\n", output);
    }

    [Fact]
    public void MatrixProductsRoundingAndLongArrays()
    {
        var output = Run(Lines(
            "import numpy as np",
            "a = np.array([[1, 2], [3, 4]])",
            "print(a @ np.array([1, 1]), np.dot([1, 2], [3, 4]))",
            "print(a @ a)",
            "print(np.round(np.array([0.125, 2.5]), 2), np.round(2.5))",
            "print(np.arange(2000))"));
        Assert.Equal("[3 7] 11\n[[ 7 10]\n [15 22]]\n[0.12 2.5 ] 2.0\n[   0    1    2 ... 1997 1998 1999]\n", output);
    }

    [Fact]
    public void AcceptsTheRuntimesOwnArraysAndPythonBuiltins()
    {
        var output = Run(Lines(
            "import numpy as np",
            "from qiskit import QuantumCircuit",
            "from qiskit.quantum_info import Statevector",
            "qc = QuantumCircuit(2)",
            "qc.x(1)",
            "probs = Statevector.from_instruction(qc).probabilities()",
            "print(np.argmax(probs), np.array(probs), np.sum(probs))",
            "a = np.array([-1.5, 2.])",
            "print(abs(a), sum(np.array([1, 2, 3])), float(a[1]), list(np.arange(3)))"));
        Assert.Equal("2 [0. 0. 1. 0.] 1.0\n[1.5 2. ] 6 2.0 [0, 1, 2]\n", output);
    }

    [Fact]
    public void MaxCutPostProcessingRuns()
    {
        var output = Run(Lines(
            "import numpy as np",
            "n = 4",
            "final_distribution_int = {3: 0.1, 5: -0.45, 10: 0.3}",
            "keys = list(final_distribution_int.keys())",
            "values = list(final_distribution_int.values())",
            "most_likely = keys[np.argmax(np.abs(values))]",
            "most_likely_bitstring = [int(b) for b in np.binary_repr(most_likely, width=n)][::-1]",
            "print(most_likely, most_likely_bitstring)",
            "phases = np.linspace(0, 2 * np.pi, 21)",
            "individual_phases = [[ph] for ph in phases]",
            "print(len(individual_phases), individual_phases[0], individual_phases[-1][0] == 2 * np.pi)"));
        Assert.Equal("5 [1, 0, 1, 0]\n21 [0.0] True\n", output);
    }

    [Fact]
    public void ComparisonsGiveBoolArraysThatMask()
    {
        var output = Run(Lines(
            "import numpy as np",
            "a = np.array([0.1, 0.7, 0.4, 0.9])",
            "m = a > 0.5",
            "print(m, repr(m), m.dtype)",
            "print(a[m], m.sum(), (a == 0.4).any(), (a < 1).all(), m.tolist())",
            "print(np.array([[1, 2], [3, 4]]) >= np.array([2, 2]))",
            "print(m.reshape(2, 2)[1], m[1:3], np.array([True, False]) * 2)"));
        Assert.Equal("[False  True False  True] array([False,  True, False,  True]) bool\n[0.7 0.9] 2 True True [False, True, False, True]\n[[False  True]\n [ True  True]]\n" +
            "[False  True] [ True False] [2 0]\n", output);
    }

    [Fact]
    public void MismatchedShapesDoNotBroadcast()
    {
        var error = RunFailing("import numpy as np\nnp.array([1, 2]) + np.array([1, 2, 3])\n");
        Assert.Equal("ValueError", error.TypeName);
        Assert.Contains("operands could not be broadcast together with shapes (2,) (3,)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReductionsWithAndWithoutAxis()
    {
        var output = Run(Lines(
            "import numpy as np",
            "a = np.array([[1, 2], [3, 4]])",
            "print(np.sum(a), a.sum(axis=1), np.mean(a, axis=0), a.mean(axis=1), np.mean(a))",
            "print(np.max(a), a.min(), np.argmax([1, 5, 2]), np.argmin(np.array([3., -1., 2.])), a.argmax(axis=0))",
            "print(np.mean([[0.5, 1.5], [1.5, 2.5]], axis=0))",
            "print(np.prod(a), a.prod(axis=0), np.var([1, 2, 3, 4]), np.std(np.array([2., 4.])))",
            "print(np.allclose([1.0, 2.0], np.array([1.0, 2.0 + 1e-9])), np.allclose(a, [1, 2.1]))"));
        Assert.Equal("10 [3 7] [2. 3.] [1.5 3.5] 2.5\n4 1 1 1 [1 1]\n[1. 2.]\n24 [3 8] 1.25 1.0\nTrue False\n", output);
    }

    [Fact]
    public void ConstantsAndBinaryRepr()
    {
        var output = Run(Lines(
            "import numpy as np",
            "print(np.pi, np.e)",
            "print(np.binary_repr(5, width=4), np.binary_repr(5), np.binary_repr(-3, width=4), np.binary_repr(-3))",
            "print([np.binary_repr(i, width=2) for i in range(4)])",
            "print(np.ones(3), np.linspace(0, 2 * np.pi, 21).shape)"));
        Assert.Equal($"{Math.PI:R} {Math.E:R}\n0101 101 1101 -11\n['00', '01', '10', '11']\n[1. 1. 1.] (21,)\n", output);
    }

    [Fact]
    public void SeededGeneratorsAreDeterministicAndInRange()
    {
        var output = Run(Lines(
            "import numpy as np",
            "from numpy.random import default_rng",
            "a = np.random.default_rng(42)",
            "b = default_rng(42)",
            "c = np.random.default_rng(7)",
            "xs = [a.random() for _ in range(20)]",
            "print(xs == [b.random() for _ in range(20)], xs == [c.random() for _ in range(20)])",
            "print(all(0 <= x < 1 for x in xs))",
            "ints = a.integers(0, 4, size=1000)",
            "print(ints.shape, ints.min(), ints.max())",
            "print(sorted(set(ints.tolist())))",
            "n = a.normal(size=4000)",
            "print(abs(np.mean(n)) < 0.1, abs(np.mean(n * n) - 1) < 0.1)",
            "print(a.integers(5, size=(2, 3)).shape, type(a.normal()).__name__)"));
        Assert.Equal("True False\nTrue\n(1000,) 0 3\n[0, 1, 2, 3]\nTrue True\n(2, 3) float\n", output);
    }
}
