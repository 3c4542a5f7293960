using System.Numerics;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Gates;

namespace QiskitStudio.Quantum.Simulation;

/// <summary>
/// Lowers a <see cref="QuantumCircuit"/> to the simulator's <see cref="SimulationProgram"/>:
/// gates become matrices (little-endian over their qubits, as the circuit model gives them),
/// composite instructions are expanded through their definitions, barriers vanish, and the
/// classical registers are recorded so counts print as Qiskit prints them.
/// </summary>
public static class CircuitLowering
{
    /// <summary>Gates on more qubits than this are expanded through their definition when they have one.</summary>
    private const int MaxMatrixQubits = 8;

    public static SimulationProgram Lower(QuantumCircuit circuit)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        var program = new SimulationProgram(circuit.NumQubits, circuit.NumClbits);
        if (RegistersAreContiguous(circuit))
        {
            foreach (ClassicalRegister register in circuit.ClassicalRegisters)
            {
                program.AddRegister(register.Size);
            }
        }

        int[] qubitMap = [.. Enumerable.Range(0, circuit.NumQubits)];
        int[] clbitMap = [.. Enumerable.Range(0, circuit.NumClbits)];
        AddGlobalPhase(program, circuit.GlobalPhase, qubitMap, null);
        Append(program, circuit, qubitMap, clbitMap, null, depth: 0);
        return program;
    }

    private static void Append(SimulationProgram program, QuantumCircuit circuit, int[] qubitMap, int[] clbitMap, ClbitCondition? outer, int depth)
    {
        if (depth > 64)
        {
            throw new SimulationException("instruction definitions nest too deeply (more than 64 levels)");
        }

        foreach (CircuitInstruction instruction in circuit.Data)
        {
            Instruction operation = instruction.Operation;
            if (operation.IsDirective || operation.Name is "delay")
            {
                continue;
            }

            int[] qubits = [.. instruction.Qubits.Select(q => qubitMap[q])];
            int[] clbits = [.. instruction.Clbits.Select(c => clbitMap[c])];
            ClbitCondition? condition = Combine(outer, instruction.Condition, clbitMap);

            switch (operation)
            {
                case Measure:
                    program.Add(new MeasureOp(qubits[0], clbits[0], condition));
                    continue;
                case Reset:
                    program.Add(new ResetOp(qubits[0], condition));
                    continue;
                case Gate gate when gate.NumQubits <= MaxMatrixQubits || gate.Definition is null:
                    if (gate.IsParameterized)
                    {
                        throw new SimulationException(
                            $"gate '{gate.Name}' has unbound parameters ({string.Join(", ", gate.Params.SelectMany(p => p.Parameters).Select(p => p.Name).Distinct())}); assign them before running");
                    }

                    Complex[] matrix;
                    try
                    {
                        matrix = gate.ToMatrix();
                    }
                    catch (InvalidOperationException e)
                    {
                        throw new SimulationException($"the simulator cannot run gate '{gate.Name}': {e.Message}");
                    }

                    program.Add(new GateOp(gate.Name, qubits, matrix, condition));
                    continue;
            }

            QuantumCircuit definition = operation.Definition
                ?? throw new SimulationException($"the simulator cannot run instruction '{operation.Name}': it has no definition");
            AddGlobalPhase(program, definition.GlobalPhase, qubits, condition);
            Append(program, definition, qubits, clbits, condition, depth + 1);
        }
    }

    private static void AddGlobalPhase(SimulationProgram program, Parameters.ParameterValue phase, int[] qubits, ClbitCondition? condition)
    {
        if (phase.IsSymbolic)
        {
            throw new SimulationException("the circuit's global phase has unbound parameters; assign them before running");
        }

        if (phase.Value == 0 || qubits.Length == 0)
        {
            return;
        }

        Complex factor = Complex.FromPolarCoordinates(1, phase.Value);
        program.Add(new GateOp("global_phase", [qubits[0]], [factor, 0, 0, factor], condition));
    }

    /// <summary>An inner condition (from a definition) within an outer one; nested conditions on different bits cannot be merged.</summary>
    private static ClbitCondition? Combine(ClbitCondition? outer, Circuits.ClassicalCondition? inner, int[] clbitMap)
    {
        if (inner is null)
        {
            return outer;
        }

        var mapped = new ClbitCondition([.. inner.Clbits.Select(c => clbitMap[c])], inner.Value);
        if (outer is null)
        {
            return mapped;
        }

        throw new SimulationException("a conditioned instruction inside a conditioned instruction is not supported");
    }

    /// <summary>True when the classical registers cover the clbits in order, one after another (Qiskit's counts layout).</summary>
    private static bool RegistersAreContiguous(QuantumCircuit circuit)
    {
        int index = 0;
        foreach (ClassicalRegister register in circuit.ClassicalRegisters)
        {
            foreach (Clbit bit in register.Clbits)
            {
                if (index >= circuit.NumClbits || circuit.IndexOf(bit) != index)
                {
                    return false;
                }

                index++;
            }
        }

        return index == circuit.NumClbits && circuit.ClassicalRegisters.Count > 0;
    }
}
