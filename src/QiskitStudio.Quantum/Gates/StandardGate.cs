using System.Numerics;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Parameters;
using K = QiskitStudio.Quantum.Gates.StandardGateKind;

namespace QiskitStudio.Quantum.Gates;

/// <summary>
/// A gate of Qiskit's standard library (h, cx, rz, …), identified by <see cref="Kind"/>. Knows
/// its matrix, its definition, its inverse and, for controlled gates, its controls.
/// </summary>
public sealed class StandardGate : Gate
{
    private readonly StandardGateSpec _spec;
    private readonly int _numControls;
    private readonly int _ctrlState;

    private StandardGate(StandardGateSpec spec, int numQubits, int numControls, int ctrlState, IReadOnlyList<ParameterValue> parameters, string? label)
        : base(NameFor(spec.Name, numControls, ctrlState), numQubits, parameters, label)
    {
        _spec = spec;
        _numControls = numControls;
        _ctrlState = ctrlState;
    }

    private StandardGate(StandardGate source, IReadOnlyList<ParameterValue> parameters, string? label) : base(source, parameters, label)
    {
        _spec = source._spec;
        _numControls = source._numControls;
        _ctrlState = source._ctrlState;
    }

    public StandardGateKind Kind => _spec.Kind;

    /// <summary>Qiskit names a gate with open controls <c>name_o{ctrl_state}</c>, e.g. <c>cx_o0</c>.</summary>
    internal static string NameFor(string name, int numControls, int ctrlState) =>
        numControls > 0 && ctrlState != (1 << numControls) - 1 ? $"{name}_o{ctrlState}" : name;

    /// <summary>Creates a standard gate. <paramref name="numControls"/> is required for MCX/MCPhase only.</summary>
    public static StandardGate Create(StandardGateKind kind, IReadOnlyList<ParameterValue>? parameters = null,
        int? ctrlState = null, int? numControls = null, string? label = null)
    {
        var spec = StandardGateSpec.All[kind];
        parameters ??= [];
        if (parameters.Count != spec.NumParams)
            throw new CircuitException($"Gate '{spec.Name}' takes {spec.NumParams} parameter(s), {parameters.Count} given.");
        int controls = spec.NumControls;
        if (spec.HasVariableControls)
            controls = numControls ?? throw new ArgumentException($"Gate '{spec.Name}' needs a number of controls.", nameof(numControls));
        else if (numControls is not null && numControls != controls)
            throw new ArgumentException($"Gate '{spec.Name}' has {controls} controls.", nameof(numControls));
        if (controls < 0 || (spec.HasVariableControls && controls < 1)) throw new ArgumentOutOfRangeException(nameof(numControls));
        int numQubits = controls > 0 ? controls + StandardGateSpec.All[spec.Base!.Value].NumQubits : spec.NumQubits;
        int state = ctrlState ?? (1 << controls) - 1;
        if (controls == 0 && ctrlState is not null) throw new ArgumentException($"Gate '{spec.Name}' has no controls.", nameof(ctrlState));
        if (state < 0 || state >= 1 << controls) throw new ArgumentOutOfRangeException(nameof(ctrlState));
        label ??= kind switch { K.XXPlusYY => "(XX+YY)", K.XXMinusYY => "(XX-YY)", _ => null };
        return new StandardGate(spec, numQubits, controls, state, parameters, label);
    }

    public static StandardGate Create(StandardGateKind kind, params ParameterValue[] parameters) => Create(kind, (IReadOnlyList<ParameterValue>)parameters);

    /// <summary>Looks a standard gate up by its Qiskit name (e.g. "cx", "rzz", "mcx").</summary>
    public static bool TryGetKind(string name, out StandardGateKind kind)
    {
        var spec = StandardGateSpec.ByName(name);
        kind = spec?.Kind ?? default;
        return spec is not null;
    }

    /// <summary>Number of parameters a standard gate takes.</summary>
    public static int ParameterCount(StandardGateKind kind) => StandardGateSpec.All[kind].NumParams;

    /// <summary>Number of qubits of a fixed-size standard gate (MCX/MCPhase: controls + 1).</summary>
    public static int QubitCount(StandardGateKind kind, int numControls = 0)
    {
        var spec = StandardGateSpec.All[kind];
        if (spec.HasVariableControls) return numControls + 1;
        return spec.NumControls > 0 ? spec.NumControls + StandardGateSpec.All[spec.Base!.Value].NumQubits : spec.NumQubits;
    }

    public override int NumControlQubits => _numControls;
    public override int CtrlState => _ctrlState;

    public override Gate? BaseGate
    {
        get
        {
            if (_numControls == 0) return null;
            var baseKind = _spec.Base!.Value;
            int n = StandardGateSpec.All[baseKind].NumParams;
            return Create(baseKind, Params.Take(n).ToArray());
        }
    }

    private double[] NumericParams()
    {
        if (IsParameterized) throw new InvalidOperationException($"Gate '{Name}' has unbound parameters: {string.Join(", ", Params)}.");
        return Params.Select(p => p.Value).ToArray();
    }

    public override Complex[] ToMatrix()
    {
        if (_numControls > 0)
        {
            var baseMatrix = BaseGate!.ToMatrix();
            if (Kind == StandardGateKind.CU) baseMatrix = Linear.Matrix.Scale(baseMatrix, Complex.FromPolarCoordinates(1, NumericParams()[3]));
            return Linear.Matrix.Controlled(baseMatrix, _numControls, _ctrlState);
        }
        return _spec.Matrix is { } f ? f(NumericParams()) : base.ToMatrix();
    }

    protected override QuantumCircuit? BuildDefinition() => StandardGateDefinitions.Build(this);

    public override Instruction WithParams(IReadOnlyList<ParameterValue> parameters)
    {
        if (parameters.Count != Params.Count) throw new CircuitException($"Gate '{Name}' takes {Params.Count} parameter(s).");
        return new StandardGate(this, parameters, Label);
    }

    public override Instruction WithLabel(string? label) => new StandardGate(this, Params, label);

    public override Instruction Inverse()
    {
        var p = Params;
        ParameterValue pi = Math.PI;
        StandardGate Same(params ParameterValue[] values) => Create(Kind, values, _numControls > 0 ? _ctrlState : null, _spec.HasVariableControls ? _numControls : null);
        StandardGate Other(StandardGateKind kind) => Create(kind, [], _numControls > 0 ? _ctrlState : null);
        switch (Kind)
        {
            case StandardGateKind.I or StandardGateKind.H or StandardGateKind.X or StandardGateKind.Y or StandardGateKind.Z
                or StandardGateKind.Swap or StandardGateKind.ECR or StandardGateKind.CX or StandardGateKind.CY or StandardGateKind.CZ
                or StandardGateKind.CH or StandardGateKind.CCX or StandardGateKind.CCZ or StandardGateKind.CSwap
                or StandardGateKind.C3X or StandardGateKind.C4X or StandardGateKind.MCX:
                return Same([.. p]);
            case StandardGateKind.S: return Other(StandardGateKind.Sdg);
            case StandardGateKind.Sdg: return Other(StandardGateKind.S);
            case StandardGateKind.T: return Other(StandardGateKind.Tdg);
            case StandardGateKind.Tdg: return Other(StandardGateKind.T);
            case StandardGateKind.SX: return Other(StandardGateKind.SXdg);
            case StandardGateKind.SXdg: return Other(StandardGateKind.SX);
            case StandardGateKind.CS: return Other(StandardGateKind.CSdg);
            case StandardGateKind.CSdg: return Other(StandardGateKind.CS);
            case StandardGateKind.P or StandardGateKind.RX or StandardGateKind.RY or StandardGateKind.RZ or StandardGateKind.U1
                or StandardGateKind.RXX or StandardGateKind.RYY or StandardGateKind.RZZ or StandardGateKind.RZX
                or StandardGateKind.CP or StandardGateKind.CRX or StandardGateKind.CRY or StandardGateKind.CRZ
                or StandardGateKind.CU1 or StandardGateKind.MCPhase:
                return Same([.. p.Select(v => -v)]);
            case StandardGateKind.R: return Same(-p[0], p[1]);
            case StandardGateKind.U or StandardGateKind.U3 or StandardGateKind.CU3: return Same(-p[0], -p[2], -p[1]);
            case StandardGateKind.CU: return Same(-p[0], -p[2], -p[1], -p[3]);
            case StandardGateKind.U2: return Same(-p[1] - pi, -p[0] + pi);
            case StandardGateKind.XXPlusYY or StandardGateKind.XXMinusYY: return Same(-p[0], p[1]);
            default:
                return base.Inverse();
        }
    }
}
