namespace QiskitStudio.Quantum.Simulation;

/// <summary>
/// Takes shots of a prepared program. When every measurement is terminal the state is
/// simulated once and all shots are drawn from it; otherwise the unitary prefix is simulated
/// once and each shot runs the rest (mid-circuit measurements, resets, conditions) on a copy.
/// </summary>
internal sealed class Sampler(Simulator simulator)
{
    /// <summary>The classical bits of each shot, in shot order.</summary>
    public ulong[] Sample(PreparedProgram program, int shots, Random random, out StateBuffer? finalState, bool keepState = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(shots);
        var result = new ulong[shots];
        finalState = null;
        if (program.TerminalMeasurements is { } measurements)
        {
            StateBuffer state = simulator.Evolve(program, random);
            long[] indices = StateSpace.SampleIndices(state, shots, random, simulator.Policy);
            for (int s = 0; s < shots; s++)
            {
                ulong clbits = 0;
                foreach ((int qubit, int clbit) in measurements)
                {
                    ulong bit = (ulong)(indices[s] >> qubit) & 1;
                    clbits = (clbits & ~(1UL << clbit)) | (bit << clbit);
                }

                result[s] = clbits;
            }

            if (keepState)
            {
                finalState = state;
            }
            else
            {
                state.Dispose();
            }

            return result;
        }

        using StateBuffer prefix = StateBuffer.CreateZeroState(program.Qubits);
        ulong none = 0;
        simulator.Run(prefix, program.Steps, 0, program.UnitaryPrefix, ref none, random, fromZeroState: true);
        var work = new StateBuffer(program.Qubits);
        for (int s = 0; s < shots; s++)
        {
            work.CopyFrom(prefix);
            ulong clbits = 0;
            simulator.Run(work, program.Steps, program.UnitaryPrefix, program.Steps.Count, ref clbits, random, fromZeroState: true);
            result[s] = clbits;
        }

        if (keepState)
        {
            finalState = work;
        }
        else
        {
            work.Dispose();
        }

        return result;
    }
}
