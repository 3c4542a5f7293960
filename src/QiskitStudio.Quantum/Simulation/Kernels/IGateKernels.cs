using System.Runtime.Intrinsics.X86;

namespace QiskitStudio.Quantum.Simulation.Kernels;

/// <summary>
/// Applies prepared gates to a state vector. One portable implementation and one vectorised
/// one (AVX2 + FMA) stand behind this interface; <see cref="GateKernels.Best"/> picks once.
/// </summary>
internal interface IGateKernels
{
    string Name { get; }

    void ApplyDense(StateBuffer state, DenseGate gate, ParallelPolicy policy);

    void ApplyDiagonal(StateBuffer state, DiagonalGate gate, ParallelPolicy policy);

    void ApplyPermutation(StateBuffer state, PermutationGate gate, ParallelPolicy policy);
}

internal static class GateKernels
{
    /// <summary>The scalar kernels that run on every processor.</summary>
    public static IGateKernels Portable { get; } = new PortableKernels();

    /// <summary>The fastest kernels this processor supports, chosen once at start-up.</summary>
    public static IGateKernels Best { get; } =
        Avx2Kernels.IsSupported ? new Avx2Kernels() : Portable;

    public static void Apply(this IGateKernels kernels, StateBuffer state, KernelGate gate, ParallelPolicy policy)
    {
        if (gate.MaxQubit >= state.Qubits)
        {
            throw new ArgumentException($"gate on qubit {gate.MaxQubit} applied to a {state.Qubits}-qubit state");
        }

        switch (gate)
        {
            case DenseGate dense:
                kernels.ApplyDense(state, dense, policy);
                break;
            case DiagonalGate diagonal:
                kernels.ApplyDiagonal(state, diagonal, policy);
                break;
            case PermutationGate permutation:
                kernels.ApplyPermutation(state, permutation, policy);
                break;
            default:
                throw new ArgumentException($"unknown gate kind {gate.GetType().Name}");
        }
    }

    internal static bool HardwareAvx2 => Avx2.IsSupported && Fma.IsSupported;
}
