using System.Numerics;

namespace QiskitStudio.Quantum.Simulation.Kernels;

/// <summary>
/// Scalar kernels: correct on every processor and for every gate shape, and the reference the
/// vectorised kernels are tested against.
/// </summary>
internal sealed unsafe class PortableKernels : IGateKernels
{
    public string Name => "portable";

    public void ApplyDense(StateBuffer state, DenseGate gate, ParallelPolicy policy)
    {
        int dim = gate.Dimension;
        long[] offsets = gate.Offsets;
        Complex[] matrix = gate.Matrix;
        policy.For(gate.GroupCount(state.Qubits), state.Qubits, (start, end) =>
        {
            Complex* amps = (Complex*)state.Data;
            Span<Complex> input = dim <= 64 ? stackalloc Complex[dim] : new Complex[dim];
            for (long g = start; g < end; g++)
            {
                Complex* group = amps + gate.GroupBase(g);
                for (int j = 0; j < dim; j++)
                {
                    input[j] = group[offsets[j]];
                }

                for (int r = 0; r < dim; r++)
                {
                    Complex sum = Complex.Zero;
                    int row = r * dim;
                    for (int c = 0; c < dim; c++)
                    {
                        sum += matrix[row + c] * input[c];
                    }

                    group[offsets[r]] = sum;
                }
            }
        });
        GC.KeepAlive(state);
    }

    public void ApplyDiagonal(StateBuffer state, DiagonalGate gate, ParallelPolicy policy)
    {
        int[] qubits = gate.Targets;
        Complex[] diagonal = gate.Diagonal;
        policy.For(state.Length, state.Qubits, (start, end) =>
        {
            Complex* amps = (Complex*)state.Data;
            for (long i = start; i < end; i++)
            {
                amps[i] *= diagonal[KernelGate.Extract(i, qubits)];
            }
        });
        GC.KeepAlive(state);
    }

    public void ApplyPermutation(StateBuffer state, PermutationGate gate, ParallelPolicy policy)
    {
        int dim = gate.Dimension;
        long[] offsets = gate.Offsets;
        policy.For(gate.GroupCount(state.Qubits), state.Qubits, (start, end) =>
        {
            Complex* amps = (Complex*)state.Data;
            Span<Complex> input = dim <= 64 ? stackalloc Complex[dim] : new Complex[dim];
            for (long g = start; g < end; g++)
            {
                Complex* group = amps + gate.GroupBase(g);
                for (int j = 0; j < dim; j++)
                {
                    input[j] = group[offsets[j]];
                }

                for (int j = 0; j < dim; j++)
                {
                    group[offsets[gate.Destination[j]]] = gate.Phase[j] * input[j];
                }
            }
        });
        GC.KeepAlive(state);
    }
}
