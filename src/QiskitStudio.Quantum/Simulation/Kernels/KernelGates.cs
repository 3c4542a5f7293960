using System.Numerics;

namespace QiskitStudio.Quantum.Simulation.Kernels;

/// <summary>
/// A gate prepared for a kernel. Qubit lists are ascending; matrices are row-major and
/// little-endian over the (ascending) target list: bit t of a row or column index is the
/// value of Targets[t]. Preparation happens once per program, never per pass.
/// </summary>
internal abstract class KernelGate
{
    protected KernelGate(int[] targets, int[] controls, int[] controlValues)
    {
        Targets = targets;
        Controls = controls;
        for (int i = 0; i < controls.Length; i++)
        {
            ControlMask |= 1L << controls[i];
            if (controlValues[i] != 0)
            {
                ControlValues |= 1L << controls[i];
            }
        }

        Positions = [.. targets.Concat(controls).Order()];
        Offsets = new long[1 << targets.Length];
        for (int j = 0; j < Offsets.Length; j++)
        {
            Offsets[j] = Deposit(j, targets);
        }
    }

    /// <summary>Target qubits, ascending.</summary>
    public int[] Targets { get; }

    /// <summary>Control qubits, ascending (empty for an uncontrolled gate).</summary>
    public int[] Controls { get; }

    /// <summary>Bits of the control qubits.</summary>
    public long ControlMask { get; }

    /// <summary>The values the control qubits must have, at their bit positions.</summary>
    public long ControlValues { get; }

    /// <summary>Targets and controls together, ascending.</summary>
    public int[] Positions { get; }

    /// <summary>Offset from a group's base index of the amplitude whose target bits are j.</summary>
    public long[] Offsets { get; }

    /// <summary>A kernel's cache of its own form of this gate (broadcast matrices and the like).</summary>
    public object? KernelData { get; set; }

    public int Dimension => 1 << Targets.Length;

    /// <summary>The highest qubit this gate touches.</summary>
    public int MaxQubit => Positions.Length == 0 ? -1 : Positions[^1];

    /// <summary>Number of amplitude groups: one per assignment of the untouched qubits.</summary>
    public long GroupCount(int qubits) => 1L << (qubits - Positions.Length);

    /// <summary>The smallest index of group g (all target bits 0, control bits at their values).</summary>
    public long GroupBase(long g)
    {
        foreach (int p in Positions)
        {
            long low = g & ((1L << p) - 1);
            g = ((g - low) << 1) | low;
        }

        return g | ControlValues;
    }

    /// <summary>Spreads the bits of <paramref name="value"/> onto the given bit positions.</summary>
    public static long Deposit(long value, int[] positions)
    {
        long result = 0;
        for (int t = 0; t < positions.Length; t++)
        {
            if ((value >> t & 1) != 0)
            {
                result |= 1L << positions[t];
            }
        }

        return result;
    }

    /// <summary>Gathers the bits at the given positions of <paramref name="index"/> into a compact value.</summary>
    public static int Extract(long index, int[] positions)
    {
        int result = 0;
        for (int t = 0; t < positions.Length; t++)
        {
            result |= (int)(index >> positions[t] & 1) << t;
        }

        return result;
    }

    /// <summary>This gate as a dense matrix over Targets ∪ Controls (no controls left).</summary>
    public abstract DenseGate ToDense();
}

/// <summary>A general k-qubit unitary on Targets, applied where the controls hold their values.</summary>
internal sealed class DenseGate : KernelGate
{
    public DenseGate(int[] targets, Complex[] matrix, int[]? controls = null, int[]? controlValues = null)
        : base(targets, controls ?? [], controlValues ?? [])
    {
        Matrix = matrix;
    }

    public Complex[] Matrix { get; }

    public override DenseGate ToDense() => Controls.Length == 0 ? this : GateClassifier.ExpandControls(this);
}

/// <summary>A diagonal gate: amplitude with target bits j is multiplied by Diagonal[j].</summary>
internal sealed class DiagonalGate : KernelGate
{
    public DiagonalGate(int[] targets, Complex[] diagonal)
        : base(targets, [], [])
    {
        Diagonal = diagonal;
    }

    public Complex[] Diagonal { get; }

    public override DenseGate ToDense()
    {
        int dim = Dimension;
        var m = new Complex[dim * dim];
        for (int j = 0; j < dim; j++)
        {
            m[j * dim + j] = Diagonal[j];
        }

        return new DenseGate(Targets, m);
    }
}

/// <summary>
/// A permutation of basis states with phases: the amplitude with target bits j moves to
/// Destination[j] and is multiplied by Phase[j] (X, CX, SWAP, CCX, Y, …).
/// </summary>
internal sealed class PermutationGate : KernelGate
{
    public PermutationGate(int[] targets, int[] destination, Complex[] phase, int[]? controls = null, int[]? controlValues = null)
        : base(targets, controls ?? [], controlValues ?? [])
    {
        Destination = destination;
        Phase = phase;
        HasPhases = phase.Any(p => p != Complex.One);
    }

    public int[] Destination { get; }

    public Complex[] Phase { get; }

    public bool HasPhases { get; }

    public override DenseGate ToDense()
    {
        int dim = Dimension;
        var m = new Complex[dim * dim];
        for (int j = 0; j < dim; j++)
        {
            m[Destination[j] * dim + j] = Phase[j];
        }

        var dense = new DenseGate(Targets, m, Controls, [.. Controls.Select(c => (int)(ControlValues >> c & 1))]);
        return dense.ToDense();
    }
}
