using System.Text;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Interpreter.Execution;

/// <summary>
/// A str being built by repeated <c>s += t</c>. Python strings are immutable, so each <c>+=</c> would
/// copy the whole string (CPython avoids this by resizing in place when nothing else refers to it).
/// The interpreter instead keeps the growing text in a builder inside the variable, and turns it
/// into a real str the moment the variable is read: load nodes call <see cref="Resolve"/>, so a
/// pending string never escapes its variable.
/// </summary>
internal sealed class PendingString : PyObject
{
    // Below this length plain concatenation is cheaper than a builder.
    public const int MinimumLength = 512;

    private readonly StringBuilder _builder;

    private PendingString(string start, string append)
    {
        _builder = new StringBuilder(Math.Max(16, (start.Length + append.Length) * 2));
        _builder.Append(start).Append(append);
        Charge(start.Length + append.Length);
    }

    /// <summary>The str last produced from the builder; the builder holds exactly its text while set.</summary>
    public PyStr? Materialized { get; private set; }

    public override PyType Type => PyTypes.Str;

    public PyStr Materialize() => Materialized ??= PyStr.Create(_builder.ToString());

    public override string Str() => Materialize().Value;

    public override string Repr() => Materialize().Repr();

    private void Append(string text)
    {
        _builder.Append(text);
        Materialized = null;
        Charge(text.Length);
    }

    private static void Charge(int chars)
    {
        if (chars > 0) PyContext.ChargeBytes(chars * 2L);
    }

    /// <summary>A variable's value as Python code may see it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static PyObject Resolve(PyObject value) => value is PendingString p ? p.Materialize() : value;

    /// <summary>
    /// <c>current += value</c> for a variable. Returns the new value to store: a pending string when
    /// both sides are str and the result is long, else the ordinary in-place result.
    /// <paramref name="last"/> is the calling node's most recent builder, reused when the variable
    /// still holds exactly the text that builder produced.
    /// </summary>
    public static PyObject AddInPlace(PyObject current, PyObject value, ref PendingString? last)
    {
        if (value is PyStr add)
        {
            if (current is PendingString pending)
            {
                pending.Append(add.Value);
                return pending;
            }
            if (current is PyStr text && text.Value.Length + add.Value.Length >= MinimumLength)
            {
                if (last is not null && ReferenceEquals(last.Materialized, text))
                {
                    last.Append(add.Value);
                    return last;
                }
                return last = new PendingString(text.Value, add.Value);
            }
        }
        return PyOps.InPlace(BinaryOperator.Add, Resolve(current), value);
    }
}
