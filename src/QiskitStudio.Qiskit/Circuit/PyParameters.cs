using System.Numerics;
using QiskitStudio.Python.Runtime;
using QiskitStudio.Qiskit.Interop;
using QiskitStudio.Quantum.Parameters;
using BinaryOperator = QiskitStudio.Python.Runtime.BinaryOperator;

namespace QiskitStudio.Qiskit.Circuit;

/// <summary>
/// Python's view of a symbolic parameter expression (<c>ParameterExpression</c>), of a
/// <c>Parameter</c> and of a <c>ParameterVectorElement</c>. Equality and hashing follow the
/// underlying C# object, so the same parameter met twice is the same dictionary key.
/// </summary>
internal sealed class PyParameterExpression : PyNativeObject
{
    public static readonly PyType ExpressionType = CreateExpressionType();
    public static readonly PyType ParameterType = CreateParameterType();
    public static readonly PyType VectorElementType = PyType.CreateBuiltin("ParameterVectorElement", ParameterType, "qiskit.circuit.parametervector").Freeze();

    public PyParameterExpression(ParameterExpression expression)
        : base(expression switch { ParameterVectorElement => VectorElementType, Parameter => ParameterType, _ => ExpressionType }) =>
        Expression = expression;

    private PyParameterExpression(PyType type, ParameterExpression expression) : base(type) => Expression = expression;

    public ParameterExpression Expression { get; }

    public override string Repr() => $"{Type.Name}({Expression})";

    public override string Str() => Expression.ToString();

    public override long Hash() => Expression is Parameter p ? p.Id.GetHashCode() : Expression.ToString().GetHashCode(StringComparison.Ordinal);

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne)) return PyNotImplemented.Instance;
        bool equal = other switch
        {
            PyParameterExpression e => ReferenceEquals(e.Expression, Expression)
                || (Expression is not Parameter && e.Expression is not Parameter && Expression.ToString() == e.Expression.ToString()
                    && Expression.Parameters.SequenceEqual(e.Expression.Parameters)),
            _ when Expression.IsNumeric && other.AsDouble() is { } d => Expression.NumericValue.Real == d,
            _ => false,
        };
        return PyBool.From(op == CompareOp.Eq ? equal : !equal);
    }

    public override double? AsDouble()
    {
        if (!Expression.IsNumeric)
            throw PyExc.TypeError($"ParameterExpression with unbound parameters ({string.Join(", ", Expression.Parameters.Select(p => p.Name))}) cannot be cast to a float.");
        return Expression.NumericValue.Real;
    }

    public override PyObject BinaryOp(BinaryOperator op, PyObject other) => Arithmetic(op, Expression, other, reflected: false);

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other) => Arithmetic(op, Expression, other, reflected: true);

    public override PyObject? UnaryOp(UnaryOperator op) => op switch
    {
        UnaryOperator.Negative => Wrap(ParameterValue.FromExpression(-Expression)),
        UnaryOperator.Positive => this,
        _ => null,
    };

    private static PyObject Arithmetic(BinaryOperator op, ParameterExpression self, PyObject other, bool reflected)
    {
        ParameterExpression o;
        if (other is PyParameterExpression pe) o = pe.Expression;
        else if (other is PyInt i) o = ParameterExpression.Constant((int)PyConvert.ToLong(i));
        else if (other is PyFloat f) o = ParameterExpression.Constant(f.Value);
        else return PyNotImplemented.Instance;
        var (a, b) = reflected ? (o, self) : (self, o);
        ParameterExpression result = op switch
        {
            BinaryOperator.Add => a + b,
            BinaryOperator.Sub => a - b,
            BinaryOperator.Mul => a * b,
            BinaryOperator.TrueDiv => a / b,
            BinaryOperator.Pow => a.Power(b),
            _ => null!,
        };
        return result is null ? PyNotImplemented.Instance : Wrap(ParameterValue.FromExpression(result));
    }

    /// <summary>A parameter value as Python sees it: an int, a float, a complex or an expression.</summary>
    public static PyObject Wrap(ParameterValue value)
    {
        if (value.IsSymbolic) return new PyParameterExpression(value.Expression!);
        if (value.IsComplex) return PyComplex.Create(value.ComplexValue);
        if (value.IsInteger) return PyInt.Create((long)value.Value);
        return PyFloat.Create(value.Value);
    }

    /// <summary>A Python number or expression as an instruction parameter.</summary>
    public static ParameterValue ToValue(PyObject value, string what = "parameter")
    {
        switch (value)
        {
            case PyParameterExpression e: return ParameterValue.FromExpression(e.Expression);
            case PyBool b: return ParameterValue.FromInteger(b.IsTrue() ? 1 : 0);
            case PyInt i: return ParameterValue.FromInteger(PyConvert.ToLong(i));
            case PyFloat f: return ParameterValue.FromNumber(f.Value);
            case PyComplex c: return ParameterValue.FromComplex(c.Value);
        }
        if (value.AsDouble() is { } d) return ParameterValue.FromNumber(d);
        throw QiskitExceptions.Circuit($"Invalid param type {value.Type.Name} for {what}.");
    }

    public static Parameter ToParameter(PyObject value) =>
        value is PyParameterExpression { Expression: Parameter p } ? p : throw PyExc.TypeError($"expected a Parameter, not '{value.Type.Name}'");

    private static PyType CreateExpressionType()
    {
        var t = PyType.CreateBuiltin("ParameterExpression", module: "qiskit.circuit.parameterexpression");
        AddExpressionMembers(t);
        return t.Freeze();
    }

    private static void AddExpressionMembers(PyType t)
    {
        t.AddProperty("parameters", self => PySet.FromIterable(PyList.FromEnumerable(((PyParameterExpression)self).Expression.Parameters.Select(p => (PyObject)new PyParameterExpression(p)))));
        t.AddMethod("sin", (self, _, _) => Wrap(((PyParameterExpression)self).Expression.Sin()));
        t.AddMethod("cos", (self, _, _) => Wrap(((PyParameterExpression)self).Expression.Cos()));
        t.AddMethod("tan", (self, _, _) => Wrap(((PyParameterExpression)self).Expression.Tan()));
        t.AddMethod("exp", (self, _, _) => Wrap(((PyParameterExpression)self).Expression.Exp()));
        t.AddMethod("log", (self, _, _) => Wrap(((PyParameterExpression)self).Expression.Log()));
        t.AddMethod("arcsin", (self, _, _) => Wrap(((PyParameterExpression)self).Expression.Arcsin()));
        t.AddMethod("arccos", (self, _, _) => Wrap(((PyParameterExpression)self).Expression.Arccos()));
        t.AddMethod("arctan", (self, _, _) => Wrap(((PyParameterExpression)self).Expression.Arctan()));
        t.AddMethod("conjugate", (self, _, _) => Wrap(((PyParameterExpression)self).Expression.Conjugate()));
        t.AddMethod("abs", (self, _, _) => Wrap(((PyParameterExpression)self).Expression.Abs()));
        t.AddMethod("assign", QiskitExceptions.Guard((self, args, kw) =>
        {
            var a = new ArgReader("assign", args, kw, ["parameter", "value"]);
            var map = new Dictionary<Parameter, ParameterValue> { [ToParameter(a.Required(0))] = ToValue(a.Required(1)) };
            return Wrap(ParameterValue.FromExpression(((PyParameterExpression)self).Expression.Bind(map)));
        }));
        t.AddMethod("bind", QiskitExceptions.Guard((self, args, kw) =>
        {
            var a = new ArgReader("bind", args, kw, ["parameter_values"]);
            var map = new Dictionary<Parameter, ParameterValue>();
            if (a.Required(0) is PyDict d)
                foreach (var (k, v) in d.Items()) map[ToParameter(k)] = ToValue(v);
            return Wrap(ParameterValue.FromExpression(((PyParameterExpression)self).Expression.Bind(map)));
        }));
        t.AddMethod("is_real", (self, _, _) => PyBool.From(((PyParameterExpression)self).Expression.IsNumeric));
        t.AddMethod("numeric", QiskitExceptions.Guard((self, _, _) => Wrap(ParameterValue.FromComplex(((PyParameterExpression)self).Expression.NumericValue))));
    }

    private static PyObject Wrap(ParameterExpression e) => Wrap(ParameterValue.FromExpression(e));

    private static PyType CreateParameterType()
    {
        var t = PyType.CreateBuiltin("Parameter", ExpressionType, "qiskit.circuit.parameter",
            newFunction: (cls, args, kw) =>
            {
                var a = new ArgReader("Parameter", args, kw, ["name"]);
                return new PyParameterExpression(cls, new Parameter(a.GetString(0, "")));
            });
        t.AddProperty("name", self => PyStr.Create(((Parameter)((PyParameterExpression)self).Expression).Name));
        return t.Freeze();
    }
}

/// <summary>Python's <c>ParameterVector</c>: a named list of parameters <c>θ[0]</c>, <c>θ[1]</c>, ….</summary>
internal sealed class PyParameterVector : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    public PyParameterVector(PyType type, ParameterVector vector) : base(type) => Vector = vector;

    public ParameterVector Vector { get; }

    public override string Repr() => $"ParameterVector(name='{Vector.Name}', length={Vector.Count})";

    public override string Str() => $"{Vector.Name}, [{string.Join(", ", Vector.Select(p => "'" + p.Name + "'"))}]";

    public override long Length() => Vector.Count;

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice)
            return PyList.FromEnumerable(PyOps.ToArray(PyOps.GetItem(Elements(), key)));
        long index = PyConvert.ToLongIndex(key);
        if (index < 0) index += Vector.Count;
        if (index < 0 || index >= Vector.Count) throw PyExc.IndexError("list index out of range");
        return new PyParameterExpression(Vector[(int)index]);
    }

    public override PyObject? GetIterator() => Elements().GetIterator();

    private PyList Elements() => PyList.FromEnumerable(Vector.Select(p => (PyObject)new PyParameterExpression(p)));

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("ParameterVector", module: "qiskit.circuit.parametervector",
            newFunction: (cls, args, kw) =>
            {
                var a = new ArgReader("ParameterVector", args, kw, ["name", "length"], required: 1);
                return new PyParameterVector(cls, new ParameterVector(a.GetString(0, ""), (int)a.GetLong(1, 0)));
            });
        t.AddProperty("name", self => PyStr.Create(((PyParameterVector)self).Vector.Name));
        t.AddProperty("params", self => ((PyParameterVector)self).Elements());
        t.AddMethod("resize", (self, args, kw) =>
        {
            var a = new ArgReader("resize", args, kw, ["length"]);
            ((PyParameterVector)self).Vector.Resize((int)a.GetLong(0, 0));
            return PyNone.Instance;
        });
        return t.Freeze();
    }
}
