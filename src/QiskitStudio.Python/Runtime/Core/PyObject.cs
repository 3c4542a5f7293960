using System.Text;

namespace QiskitStudio.Python.Runtime;

/// <summary>
/// The root of every Python value. Built-in types override the virtual "slots" below in C#;
/// instances of classes defined in Python (<see cref="PyInstance"/>) override them by looking up
/// dunder methods on their type. <see cref="PyOps"/> is the entry point the interpreter uses:
/// it tries fast paths for int/float/str first and then calls these slots.
/// </summary>
public abstract class PyObject
{
    /// <summary>The Python type of this object (<c>type(x)</c>).</summary>
    public abstract PyType Type { get; }

    /// <summary>The per-instance attribute dictionary, or null when the object has none.</summary>
    public virtual Dictionary<string, PyObject>? InstanceDict => null;

    // ---- calling -------------------------------------------------------------------------

    /// <summary>The one calling convention: positional arguments as a span, keywords optional.</summary>
    public virtual PyObject Call(ReadOnlySpan<PyObject> args, KeywordArguments? kwargs) =>
        throw PyExc.TypeError($"'{Type.Name}' object is not callable");

    /// <summary>
    /// Calls this object as a method with <paramref name="self"/> bound as the first argument.
    /// Functions override this to avoid building a new argument array.
    /// </summary>
    public virtual PyObject CallWithSelf(PyObject self, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        var all = new PyObject[args.Length + 1];
        all[0] = self;
        args.CopyTo(all.AsSpan(1));
        return Call(all, kwargs);
    }

    /// <summary>True for functions: found on a class and read through an instance, they bind to a method.</summary>
    public virtual bool BindsAsMethod => false;

    // ---- descriptors (C#-level: property, classmethod, staticmethod, native attributes) ----

    /// <summary>True when this object customises reading through a class (has <c>__get__</c>).</summary>
    public virtual bool IsDescriptor => false;

    /// <summary>True for data descriptors (have <c>__set__</c> or <c>__delete__</c>): they win over the instance dict.</summary>
    public virtual bool IsDataDescriptor => false;

    public virtual PyObject DescriptorGet(PyObject? instance, PyType owner) => this;

    public virtual void DescriptorSet(PyObject instance, PyObject value) =>
        throw PyExc.AttributeError($"'{Type.Name}' object attribute is read-only");

    public virtual void DescriptorDelete(PyObject instance) =>
        throw PyExc.AttributeError($"'{Type.Name}' object attribute cannot be deleted");

    // ---- attributes ------------------------------------------------------------------------

    /// <summary>
    /// Reads an attribute, or returns null when it does not exist (callers raise the AttributeError).
    /// The default follows Python's rules: data descriptors on the type, then the instance dict,
    /// then other class attributes (functions bind to methods).
    /// </summary>
    public virtual PyObject? GetAttributeOrNull(string name) => PyAttributes.GenericGetAttr(this, name);

    public virtual void SetAttribute(string name, PyObject value) => PyAttributes.GenericSetAttr(this, name, value);

    public virtual void DeleteAttribute(string name) => PyAttributes.GenericDelAttr(this, name);

    /// <summary>Names for <c>dir()</c> beyond those found on the type.</summary>
    public virtual IEnumerable<string> ExtraAttributeNames() => InstanceDict?.Keys ?? (IEnumerable<string>)Array.Empty<string>();

    // ---- text ------------------------------------------------------------------------------

    /// <summary><c>repr(x)</c> for built-in behaviour.</summary>
    public virtual string Repr() => $"<{Type.QualifiedName} object at {PyIdentity.HexAddress(this)}>";

    /// <summary><c>str(x)</c> for built-in behaviour; defaults to repr.</summary>
    public virtual string Str() => PyOps.Repr(this);

    /// <summary>Appends repr to a builder; containers override to detect recursion cheaply.</summary>
    public virtual void AppendRepr(StringBuilder sb, ReprGuard guard) => sb.Append(PyOps.Repr(this));

    /// <summary><c>format(x, spec)</c>; the default accepts only an empty spec, like <c>object.__format__</c>.</summary>
    public virtual string Format(string spec)
    {
        if (spec.Length != 0)
            throw PyExc.TypeError($"unsupported format string passed to {Type.Name}.__format__");
        return PyOps.Str(this);
    }

    // ---- identity, hashing, comparison --------------------------------------------------------

    public virtual long Hash() => PyIdentity.IdentityHash(this);

    /// <summary>Rich comparison; returns <see cref="PyNotImplemented.Instance"/> when unsupported.</summary>
    public virtual PyObject RichCompare(PyObject other, CompareOp op) =>
        op switch
        {
            CompareOp.Eq => ReferenceEquals(this, other) ? PyBool.True : PyNotImplemented.Instance,
            CompareOp.Ne => ReferenceEquals(this, other) ? PyBool.False : PyNotImplemented.Instance,
            _ => PyNotImplemented.Instance,
        };

    /// <summary><c>bool(x)</c>; default true.</summary>
    public virtual bool IsTrue() => true;

    // ---- arithmetic ------------------------------------------------------------------------

    /// <summary><c>self op other</c>; returns NotImplemented when unsupported.</summary>
    public virtual PyObject BinaryOp(BinaryOperator op, PyObject other) => PyNotImplemented.Instance;

    /// <summary><c>other op self</c> (the reflected form); returns NotImplemented when unsupported.</summary>
    public virtual PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other) => PyNotImplemented.Instance;

    /// <summary>In-place <c>self op= other</c>; return NotImplemented to fall back to the binary form.</summary>
    public virtual PyObject InPlaceOp(BinaryOperator op, PyObject other) => PyNotImplemented.Instance;

    /// <summary>Unary minus, plus, invert; returns null when unsupported.</summary>
    public virtual PyObject? UnaryOp(UnaryOperator op) => null;

    // ---- containers ------------------------------------------------------------------------

    /// <summary><c>len(x)</c>, or -1 when the object has no length.</summary>
    public virtual long Length() => -1;

    public virtual PyObject GetItem(PyObject key) =>
        throw PyExc.TypeError($"'{Type.Name}' object is not subscriptable");

    public virtual void SetItem(PyObject key, PyObject value) =>
        throw PyExc.TypeError($"'{Type.Name}' object does not support item assignment");

    public virtual void DeleteItem(PyObject key) =>
        throw PyExc.TypeError($"'{Type.Name}' object doesn't support item deletion");

    /// <summary><c>item in self</c>; null means "no __contains__": fall back to iteration.</summary>
    public virtual bool? Contains(PyObject item) => null;

    /// <summary><c>iter(x)</c>, or null when the object is not iterable (and has no __getitem__).</summary>
    public virtual PyObject? GetIterator() => null;

    /// <summary>For iterators: the next item, or null when exhausted (no StopIteration is raised).</summary>
    public virtual PyObject? IterNext() => throw PyExc.TypeError($"'{Type.Name}' object is not an iterator");

    /// <summary>The integer value for <c>__index__</c>, or null when the object is not an integer.</summary>
    public virtual PyInt? AsIndex() => null;

    /// <summary>Conversion for <c>float(x)</c>, or null when unsupported.</summary>
    public virtual double? AsDouble() => null;

    public override string ToString() => PyOps.Repr(this);
}

/// <summary>Rich comparison operators, in CPython's order.</summary>
public enum CompareOp { Lt, Le, Eq, Ne, Gt, Ge }

/// <summary>Binary operators; each has a dunder name, a reflected name and an in-place name.</summary>
public enum BinaryOperator { Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, MatMul, LShift, RShift, And, Or, Xor }

public enum UnaryOperator { Negative, Positive, Invert }
