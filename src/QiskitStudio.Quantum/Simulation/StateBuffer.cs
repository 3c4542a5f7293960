using System.Numerics;
using System.Runtime.InteropServices;

namespace QiskitStudio.Quantum.Simulation;

/// <summary>
/// The memory of a state vector: 2^n complex amplitudes, interleaved (re, im) doubles, in
/// 64-byte aligned native memory so that the vectorised kernels can stream through it. The
/// memory comes zeroed from the system (large blocks lazily, page by page), so a fresh |0…0⟩
/// costs no pass, and pages of qubits never touched are never even mapped.
/// Amplitude i is the basis state whose bit q is the value of qubit q (Qiskit's order).
/// </summary>
internal sealed unsafe class StateBuffer : IDisposable
{
    private double* _data;
    private void* _raw;
    private readonly long _bytes;
    private readonly StateBuffer? _owner;

    public StateBuffer(int qubits)
    {
        if (qubits < 0 || qubits > 34)
        {
            throw new ArgumentOutOfRangeException(nameof(qubits), qubits, "a state vector needs between 0 and 34 qubits");
        }

        Qubits = qubits;
        Length = 1L << qubits;
        _bytes = Length * 16;
        _raw = NativeMemory.AllocZeroed((nuint)_bytes + 64);
        _data = (double*)(((nuint)_raw + 63) & ~(nuint)63);
        if (_bytes >= 1 << 20)
        {
            GC.AddMemoryPressure(_bytes);
        }
    }

    /// <summary>A view of the first 2^qubits amplitudes of <paramref name="owner"/> (no memory of its own).</summary>
    private StateBuffer(StateBuffer owner, int qubits)
    {
        _owner = owner;
        Qubits = qubits;
        Length = 1L << qubits;
        _bytes = Length * 16;
        _data = owner.Data;
        GC.SuppressFinalize(this);
    }

    ~StateBuffer() => Free();

    /// <summary>
    /// The first 2^<paramref name="qubits"/> amplitudes as a state of that many qubits. When every
    /// higher qubit is |0⟩ this view is the whole state, and passes over it cost only its size.
    /// </summary>
    public StateBuffer Prefix(int qubits)
    {
        if (qubits == Qubits)
        {
            return this;
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan(qubits, Qubits);
        ArgumentOutOfRangeException.ThrowIfNegative(qubits);
        return new StateBuffer(_owner ?? this, qubits);
    }

    /// <summary>Number of qubits.</summary>
    public int Qubits { get; }

    /// <summary>Number of amplitudes, 2^Qubits.</summary>
    public long Length { get; }

    /// <summary>Pointer to the first real part; valid while this object is alive and not disposed.</summary>
    public double* Data
    {
        get
        {
            ObjectDisposedException.ThrowIf(_data == null || (_owner is not null && _owner._data == null), this);
            return _data;
        }
    }

    public Complex this[long index]
    {
        get
        {
            double* p = Data + 2 * index;
            return new Complex(p[0], p[1]);
        }
        set
        {
            double* p = Data + 2 * index;
            p[0] = value.Real;
            p[1] = value.Imaginary;
        }
    }

    /// <summary>A new state |0…0⟩ (fresh zeroed memory: no pass over it).</summary>
    public static StateBuffer CreateZeroState(int qubits)
    {
        var state = new StateBuffer(qubits);
        state.Data[0] = 1.0;
        return state;
    }

    /// <summary>Sets the state to |0…0⟩.</summary>
    public void SetZeroState()
    {
        NativeMemory.Clear(Data, (nuint)_bytes);
        Data[0] = 1.0;
    }

    /// <summary>Copies another state of the same size into this one.</summary>
    public void CopyFrom(StateBuffer other)
    {
        if (other.Qubits != Qubits)
        {
            throw new ArgumentException("states differ in size", nameof(other));
        }

        Buffer.MemoryCopy(other.Data, Data, _bytes, _bytes);
        GC.KeepAlive(other);
    }

    public StateBuffer Clone()
    {
        var copy = new StateBuffer(Qubits);
        copy.CopyFrom(this);
        return copy;
    }

    public Complex[] ToArray()
    {
        if (Length > Array.MaxLength)
        {
            throw new InvalidOperationException("the state vector is too large to copy into an array");
        }

        var result = new Complex[Length];
        fixed (Complex* destination = result)
        {
            Buffer.MemoryCopy(Data, destination, _bytes, _bytes);
        }

        GC.KeepAlive(this);
        return result;
    }

    public static StateBuffer FromAmplitudes(ReadOnlySpan<Complex> amplitudes)
    {
        int qubits = BitOperations.Log2((ulong)amplitudes.Length);
        if (amplitudes.Length == 0 || 1L << qubits != amplitudes.Length)
        {
            throw new ArgumentException("the number of amplitudes must be a power of two", nameof(amplitudes));
        }

        var state = new StateBuffer(qubits);
        fixed (Complex* source = amplitudes)
        {
            Buffer.MemoryCopy(source, state.Data, state._bytes, state._bytes);
        }

        return state;
    }

    public void Dispose()
    {
        Free();
        GC.SuppressFinalize(this);
    }

    private void Free()
    {
        if (_owner is not null)
        {
            _data = null;
            return;
        }

        if (_raw != null)
        {
            NativeMemory.Free(_raw);
            _raw = null;
            _data = null;
            if (_bytes >= 1 << 20)
            {
                GC.RemoveMemoryPressure(_bytes);
            }
        }
    }
}
