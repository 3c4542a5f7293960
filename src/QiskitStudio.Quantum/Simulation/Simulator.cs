using QiskitStudio.Quantum.Simulation.Kernels;

namespace QiskitStudio.Quantum.Simulation;

/// <summary>
/// Executes prepared steps on a state: gates through the kernels, measurements and resets
/// through the state space, classical conditions against the shot's classical bits.
/// </summary>
internal sealed class Simulator(IGateKernels kernels, ParallelPolicy policy)
{
    public IGateKernels Kernels => kernels;

    public ParallelPolicy Policy => policy;

    /// <summary>
    /// Runs steps [from, to) on <paramref name="state"/>, updating <paramref name="clbits"/>.
    /// <paramref name="fromZeroState"/>: the state was |0…0⟩ before step 0, so each gate may pass
    /// over only the amplitudes of the qubits touched so far.
    /// </summary>
    public void Run(StateBuffer state, IReadOnlyList<Step> steps, int from, int to, ref ulong clbits, Random random, bool fromZeroState = false)
    {
        StateBuffer view = state;
        for (int s = from; s < to; s++)
        {
            Step step = steps[s];
            if (step.Condition is { } condition && !condition.Holds(clbits))
            {
                continue;
            }

            switch (step)
            {
                case GateStep gate:
                    if (fromZeroState && gate.ActiveQubits < state.Qubits)
                    {
                        if (view.Qubits != gate.ActiveQubits)
                        {
                            view = state.Prefix(gate.ActiveQubits);
                        }

                        kernels.Apply(view, gate.Gate, policy);
                    }
                    else
                    {
                        kernels.Apply(state, gate.Gate, policy);
                    }

                    break;
                case MeasureStep measure:
                    int outcome = StateSpace.MeasureQubit(state, measure.Qubit, random, policy);
                    clbits = (clbits & ~(1UL << measure.Clbit)) | ((ulong)outcome << measure.Clbit);
                    break;
                case ResetStep reset:
                    StateSpace.MeasureQubit(state, reset.Qubit, random, policy, reset: true);
                    break;
            }
        }
    }

    /// <summary>Applies every step of a program without measurements to |0…0⟩ and returns the state.</summary>
    public StateBuffer Evolve(PreparedProgram program, Random random)
    {
        StateBuffer state = StateBuffer.CreateZeroState(program.Qubits);
        ulong clbits = 0;
        Run(state, program.Steps, 0, program.Steps.Count, ref clbits, random, fromZeroState: true);
        return state;
    }
}
