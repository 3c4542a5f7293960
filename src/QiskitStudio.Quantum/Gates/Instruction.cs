using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Parameters;

namespace QiskitStudio.Quantum.Gates;

/// <summary>
/// An operation a circuit can apply (Qiskit's <c>Instruction</c>): a name, a number of qubits
/// and classical bits, parameters, an optional label and an optional definition (a circuit
/// that implements it). <see cref="Gate"/> adds a unitary matrix.
/// </summary>
public class Instruction
{
    private readonly QuantumCircuit? _definitionTemplate;
    private readonly IReadOnlyList<Parameter> _templateParameters;
    private QuantumCircuit? _definition;
    private bool _definitionBuilt;

    /// <param name="definition">
    /// A circuit implementing the instruction. When it has free parameters, <paramref name="parameters"/>
    /// must list them in the circuit's order; assigning the instruction's parameters then assigns the definition's.
    /// </param>
    /// <param name="definitionParameters">
    /// The definition's parameters in the order of <paramref name="parameters"/> (as an OpenQASM
    /// <c>gate</c> declares them); by default the definition's own (sorted) parameter order.
    /// </param>
    public Instruction(string name, int numQubits, int numClbits, IReadOnlyList<ParameterValue>? parameters = null,
        string? label = null, QuantumCircuit? definition = null, IReadOnlyList<Parameter>? definitionParameters = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfNegative(numQubits);
        ArgumentOutOfRangeException.ThrowIfNegative(numClbits);
        Name = name;
        NumQubits = numQubits;
        NumClbits = numClbits;
        Params = parameters?.ToArray() ?? [];
        Label = label;
        _definitionTemplate = definition;
        _templateParameters = definitionParameters?.ToArray() ?? definition?.Parameters ?? [];
        if (definition is not null && (definition.NumQubits != numQubits || definition.NumClbits != numClbits))
            throw new CircuitException($"Definition of '{name}' has the wrong number of bits.");
    }

    /// <summary>Copy constructor used by <see cref="WithParams"/> and <see cref="WithLabel"/>.</summary>
    protected Instruction(Instruction source, IReadOnlyList<ParameterValue> parameters, string? label)
    {
        Name = source.Name;
        NumQubits = source.NumQubits;
        NumClbits = source.NumClbits;
        Params = parameters.ToArray();
        Label = label;
        _definitionTemplate = source._definitionTemplate;
        _templateParameters = source._templateParameters;
    }

    public string Name { get; }
    public int NumQubits { get; }
    public int NumClbits { get; }

    /// <summary>The parameters (numbers or expressions).</summary>
    public IReadOnlyList<ParameterValue> Params { get; }

    /// <summary>A user label; drawers show it instead of the name.</summary>
    public string? Label { get; }

    /// <summary>True for compiler directives that do nothing to the state (barrier).</summary>
    public virtual bool IsDirective => false;

    /// <summary>True when the parameters contain free symbols.</summary>
    public bool IsParameterized => Params.Any(p => p.IsSymbolic);

    /// <summary>A circuit implementing this instruction in terms of simpler ones, or null when there is none.</summary>
    public QuantumCircuit? Definition
    {
        get
        {
            if (!_definitionBuilt)
            {
                _definition = BuildDefinition();
                _definitionBuilt = true;
            }
            return _definition;
        }
    }

    /// <summary>Builds <see cref="Definition"/>; the default instantiates the definition given to the constructor.</summary>
    protected virtual QuantumCircuit? BuildDefinition()
    {
        if (_definitionTemplate is null) return null;
        if (_templateParameters.Count == 0) return _definitionTemplate.Copy();
        var values = new Dictionary<Parameter, ParameterValue>();
        for (int i = 0; i < _templateParameters.Count && i < Params.Count; i++) values[_templateParameters[i]] = Params[i];
        return _definitionTemplate.AssignParameters(values, strict: false);
    }

    /// <summary>The same instruction with other parameter values.</summary>
    public virtual Instruction WithParams(IReadOnlyList<ParameterValue> parameters) => new Instruction(this, parameters, Label);

    /// <summary>The same instruction with another label.</summary>
    public virtual Instruction WithLabel(string? label) => new Instruction(this, Params, label);

    /// <summary>Binds free parameters in <see cref="Params"/>.</summary>
    public Instruction AssignParameters(IReadOnlyDictionary<Parameter, ParameterValue> values)
    {
        if (!IsParameterized) return this;
        return WithParams(Params.Select(p => p.Bind(values)).ToArray());
    }

    /// <summary>The inverse: by default the reversed inverse of the definition, named <c>name_dg</c>.</summary>
    public virtual Instruction Inverse()
    {
        if (NumClbits > 0) throw new CircuitException($"Instruction '{Name}' acts on classical bits and cannot be inverted.");
        var definition = Definition ?? throw new CircuitException($"Instruction '{Name}' has no definition to invert.");
        var free = Params.SelectMany(p => p.Parameters).Distinct().Order().ToArray();
        return new Instruction(Name + "_dg", NumQubits, 0, free.Select(p => (ParameterValue)p).ToArray(), null, definition.Inverse(), free);
    }

    /// <summary>Qiskit's repr: <c>Instruction(name='measure', num_qubits=1, num_clbits=1, params=[])</c>.</summary>
    public override string ToString() =>
        $"Instruction(name='{Name}', num_qubits={NumQubits}, num_clbits={NumClbits}, params=[{string.Join(", ", Params)}])";
}
