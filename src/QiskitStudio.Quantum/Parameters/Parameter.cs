using System.Numerics;

namespace QiskitStudio.Quantum.Parameters;

/// <summary>
/// A named symbol (Qiskit's <c>Parameter</c>). Two parameters with the same name are still
/// different parameters: identity is the object (and its <see cref="Id"/>).
/// </summary>
public class Parameter : ParameterExpression, IComparable<Parameter>
{
    public Parameter(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    public string Name { get; }

    /// <summary>A unique identity, as Qiskit's parameter uuid.</summary>
    public Guid Id { get; } = Guid.NewGuid();

    public override Complex Evaluate(IReadOnlyDictionary<Parameter, Complex>? values = null) =>
        values is not null && values.TryGetValue(this, out var v)
            ? v
            : throw new InvalidOperationException($"Parameter '{Name}' is not bound.");

    public override ParameterExpression Substitute(IReadOnlyDictionary<Parameter, ParameterExpression> map) =>
        map.TryGetValue(this, out var e) ? e : this;

    internal override string Write(Func<double, string> number) => Name;
    internal override int Precedence => 4;

    internal override void AddParameters(List<Parameter> into, HashSet<Parameter> seen)
    {
        if (seen.Add(this)) into.Add(this);
    }

    /// <summary>
    /// Qiskit's circuit order: elements of the same ParameterVector by index, anything else by
    /// name (code-point order); distinct parameters with equal names stay distinct.
    /// </summary>
    public int CompareTo(Parameter? other)
    {
        if (other is null) return 1;
        if (ReferenceEquals(this, other)) return 0;
        if (this is ParameterVectorElement a && other is ParameterVectorElement b && a.Vector.Name == b.Vector.Name)
        {
            int byIndex = a.Index.CompareTo(b.Index);
            if (byIndex != 0) return byIndex;
        }
        int c = string.CompareOrdinal(Name, other.Name);
        return c != 0 ? c : Id.CompareTo(other.Id);
    }
}

/// <summary>An element of a <see cref="ParameterVector"/>, named <c>θ[0]</c>.</summary>
public sealed class ParameterVectorElement : Parameter
{
    internal ParameterVectorElement(ParameterVector vector, int index) : base($"{vector.Name}[{index}]")
    {
        Vector = vector;
        Index = index;
    }

    public ParameterVector Vector { get; }
    public int Index { get; }
}

/// <summary>A named list of parameters <c>θ[0]</c>, <c>θ[1]</c>, … (Qiskit's <c>ParameterVector</c>).</summary>
public sealed class ParameterVector : IReadOnlyList<ParameterVectorElement>
{
    private readonly List<ParameterVectorElement> _elements = [];

    public ParameterVector(string name, int length = 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Resize(length);
    }

    public string Name { get; }
    public int Count => _elements.Count;
    public ParameterVectorElement this[int index] => _elements[index < 0 ? index + Count : index];

    /// <summary>Grows or shrinks the vector; existing elements keep their identity.</summary>
    public void Resize(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        while (_elements.Count > length) _elements.RemoveAt(_elements.Count - 1);
        while (_elements.Count < length) _elements.Add(new ParameterVectorElement(this, _elements.Count));
    }

    public IEnumerator<ParameterVectorElement> GetEnumerator() => _elements.GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Qiskit prints <c>ParameterVector(name=θ, length=3)</c>… as the list of element names.</summary>
    public override string ToString() => "[" + string.Join(", ", _elements.Select(e => e.Name)) + "]";
}
