using System.Runtime.Intrinsics;
using QiskitStudio.Quantum.Simulation;

namespace QiskitStudio.Quantum.Bench;

/// <summary>
/// The memory-bandwidth floor: one vectorised pass that loads and stores every amplitude once,
/// split across threads by the same policy the gate kernels use.
/// </summary>
internal static unsafe class MemoryPass
{
    public static void Run(StateBuffer state, ParallelPolicy policy)
    {
        policy.For(state.Length / 2, state.Qubits, (start, end) =>
        {
            double* p = state.Data + 4 * start;
            double* stop = state.Data + 4 * end;
            for (; p < stop; p += 4)
            {
                Vector256.Store(Vector256.Load(p), p);
            }
        });
        GC.KeepAlive(state);
    }
}
