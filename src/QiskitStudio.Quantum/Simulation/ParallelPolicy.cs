namespace QiskitStudio.Quantum.Simulation;

/// <summary>A body of work over the index range [start, end).</summary>
internal delegate void RangeAction(long start, long end);

/// <summary>A body of work over [start, end) that returns a partial sum.</summary>
internal delegate double RangeSum(long start, long end);

/// <summary>
/// How the kernels split a pass over the state vector: sequentially, or across threads once
/// the state has at least a threshold number of qubits. Passed in, so that the same kernel
/// runs either way and tests can force either path.
/// </summary>
public abstract class ParallelPolicy
{
    /// <summary>Every pass on the calling thread.</summary>
    public static ParallelPolicy Sequential { get; } = new SequentialPolicy();

    /// <summary>
    /// Threads on states of 18 qubits or more (4 MiB). Below that a pass takes well under a
    /// millisecond, and on a busy machine waiting for a second thread to be scheduled can cost
    /// more than the pass itself.
    /// </summary>
    public static ParallelPolicy Default { get; } = new ThreadedPolicy(18, Environment.ProcessorCount);

    /// <summary>Threads on states with at least <paramref name="minQubits"/> qubits.</summary>
    public static ParallelPolicy Threaded(int minQubits = 18, int? maxThreads = null)
        => new ThreadedPolicy(minQubits, maxThreads ?? Environment.ProcessorCount);

    /// <summary>Runs <paramref name="body"/> over [0, count) for a state of <paramref name="qubits"/> qubits.</summary>
    internal abstract void For(long count, int qubits, RangeAction body);

    /// <summary>Sums <paramref name="body"/> over [0, count), in a fixed order of chunks so results repeat.</summary>
    internal abstract double Sum(long count, int qubits, RangeSum body);

    private sealed class SequentialPolicy : ParallelPolicy
    {
        internal override void For(long count, int qubits, RangeAction body) => body(0, count);

        internal override double Sum(long count, int qubits, RangeSum body) => body(0, count);

        public override string ToString() => "sequential";
    }

    private sealed class ThreadedPolicy(int minQubits, int threads) : ParallelPolicy
    {
        private readonly int _threads = Math.Max(1, threads);

        private int Chunks(long count, int qubits)
            => qubits < minQubits || _threads == 1 ? 1 : (int)Math.Min(count, _threads * 4L);

        internal override void For(long count, int qubits, RangeAction body)
        {
            int chunks = Chunks(count, qubits);
            if (chunks <= 1)
            {
                body(0, count);
                return;
            }

            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = _threads },
                c => body(count * c / chunks, count * (c + 1) / chunks));
        }

        internal override double Sum(long count, int qubits, RangeSum body)
        {
            int chunks = Chunks(count, qubits);
            if (chunks <= 1)
            {
                return body(0, count);
            }

            var partial = new double[chunks];
            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = _threads },
                c => partial[c] = body(count * c / chunks, count * (c + 1) / chunks));
            double total = 0;
            foreach (double p in partial)
            {
                total += p;
            }

            return total;
        }

        public override string ToString() => $"threaded (from {minQubits} qubits, {_threads} threads)";
    }
}
