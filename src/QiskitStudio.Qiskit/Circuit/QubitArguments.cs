using QiskitStudio.Python.Runtime;
using QiskitStudio.Qiskit.Interop;
using QiskitStudio.Quantum.Circuits;

namespace QiskitStudio.Qiskit.Circuit;

/// <summary>
/// Turns Python qubit and clbit specifiers into circuit indices, as Qiskit accepts them: an int
/// (negative counts from the end), a Qubit/Clbit, a register, or any iterable of those.
/// </summary>
internal static class QubitArguments
{
    public static int[] Qubits(QuantumCircuit circuit, PyObject spec) => Resolve(circuit, spec, quantum: true);

    public static int[] Clbits(QuantumCircuit circuit, PyObject spec) => Resolve(circuit, spec, quantum: false);

    private static int[] Resolve(QuantumCircuit circuit, PyObject spec, bool quantum)
    {
        var result = new List<int>();
        Add(circuit, spec, quantum, result);
        return [.. result];
    }

    private static void Add(QuantumCircuit circuit, PyObject spec, bool quantum, List<int> into)
    {
        int count = quantum ? circuit.NumQubits : circuit.NumClbits;
        switch (spec)
        {
            case PyBool:
                throw QiskitExceptions.Circuit($"Invalid bit index: '{PyOps.Repr(spec)}' of type '{spec.Type.Name}'");
            case PyInt i:
            {
                long index = PyConvert.ToLong(i);
                if (index < -count || index >= count) throw QiskitExceptions.Circuit($"Index {index} out of range for size {count}.");
                into.Add((int)(index < 0 ? index + count : index));
                return;
            }
            case PyBit b:
                if (quantum && b.Bit is Qubit q) { into.Add(Locate(() => circuit.IndexOf(q), b)); return; }
                if (!quantum && b.Bit is Clbit c) { into.Add(Locate(() => circuit.IndexOf(c), b)); return; }
                throw QiskitExceptions.Circuit($"Incorrect bit type: expected '{(quantum ? "Qubit" : "Clbit")}', got '{b.Type.Name}'");
            case PyRegister r:
                foreach (var bit in r.Register.Bits) Add(circuit, new PyBit(bit), quantum, into);
                return;
            case PyStr or PyNone or PyFloat:
                throw QiskitExceptions.Circuit($"Invalid bit index: '{PyOps.Repr(spec)}' of type '{spec.Type.Name}'");
        }
        var iterator = PyOps.TryGetIter(spec) ?? throw QiskitExceptions.Circuit($"Invalid bit index: '{PyOps.Repr(spec)}' of type '{spec.Type.Name}'");
        while (PyOps.Next(iterator) is { } item) Add(circuit, item, quantum, into);
    }

    private static int Locate(Func<int> find, PyBit bit)
    {
        try
        {
            return find();
        }
        catch (CircuitException)
        {
            throw QiskitExceptions.Circuit($"Could not locate provided bit: {bit.Bit}");
        }
    }

    /// <summary>
    /// Qiskit's broadcasting of gate arguments: each argument is a list of indices; lists of one
    /// repeat, lists of equal length pair up.
    /// </summary>
    public static IEnumerable<int[]> Broadcast(IReadOnlyList<int[]> arguments)
    {
        if (arguments.Count == 0) yield break;
        int length = arguments.Max(a => a.Length);
        foreach (var a in arguments)
        {
            if (a.Length == 0) yield break;
            if (a.Length != 1 && a.Length != length)
                throw QiskitExceptions.Circuit($"Not sure how to combine these qubit arguments:\n {string.Join("\n ", arguments.Select(x => "[" + string.Join(", ", x) + "]"))}\n");
        }
        for (int i = 0; i < length; i++)
            yield return arguments.Select(a => a.Length == 1 ? a[0] : a[i]).ToArray();
    }
}
