using System.Numerics;
using System.Text;
using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Python.Modules.Json;

/// <summary>
/// Python's <c>json</c>: <c>dumps</c>/<c>loads</c> (and <c>dump</c>/<c>load</c> to objects with
/// <c>write</c>/<c>read</c>) with CPython's output byte for byte: separators, indentation, key
/// sorting, ASCII escapes, float repr, NaN/Infinity, and JSONDecodeError's messages.
/// </summary>
public static class JsonModule
{
    public static readonly PyType JsonDecodeErrorType = CreateDecodeErrorType();

    private static PyType CreateDecodeErrorType()
    {
        var t = PyType.CreateBuiltin("JSONDecodeError", PyExceptionTypes.ValueError, module: "json.decoder",
            newFunction: PyBaseException.New);
        t.InitFunction = PyBaseException.Init;
        return t.Freeze();
    }

    /// <summary>
    /// <c>json.JSONEncoder</c>: subclass it and override <c>default</c>, then pass it as
    /// <c>dumps(obj, cls=...)</c> or call its <c>encode</c>.
    /// </summary>
    public static readonly PyType JsonEncoderType = CreateEncoderType();

    private static readonly string[] EncoderOptions =
        ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent", "separators", "default"];

    private static PyType CreateEncoderType()
    {
        var t = PyType.CreateBuiltin("JSONEncoder", PyTypes.Object, module: "json.encoder",
            newFunction: (cls, _, _) => new PyInstance(cls));
        BuiltinMethodBody init = (self, args, kwargs) =>
        {
            if (args.Length > 0) throw PyExc.TypeError($"JSONEncoder.__init__() takes 1 positional argument but {args.Length + 1} were given");
            var a = new ArgReader("JSONEncoder", args, kwargs, EncoderOptions, required: 0);
            PyObject[] defaults = [PyBool.False, PyBool.True, PyBool.True, PyBool.True, PyBool.False, PyNone.Instance, PyNone.Instance, PyNone.Instance];
            for (int i = 0; i < EncoderOptions.Length; i++)
            {
                var value = a.Get(i, defaults[i]);
                if (EncoderOptions[i] == "default" && value is PyNone) continue;
                self.SetAttribute(EncoderOptions[i], value);
            }
            return PyNone.Instance;
        };
        t.InitFunction = init;
        t.AddMethod("__init__", init);
        t.AddMethod("default", (self, args, _) =>
            throw PyExc.TypeError($"Object of type {args[0].Type.Name} is not JSON serializable"));
        t.AddMethod("encode", (self, args, kwargs) =>
        {
            ArgReader.NoKeywords("encode", kwargs);
            ArgReader.CheckCount("encode", args, 1, 1);
            return PyStr.Create(EncodeWithEncoder(self, args[0]));
        });
        return t.Freeze();
    }

    private static string EncodeWithEncoder(PyObject encoderObject, PyObject obj)
    {
        bool Flag(string name, bool fallback) => PyOps.TryGetAttr(encoderObject, name) is { } v ? PyOps.IsTrue(v) : fallback;
        var encoder = new JsonEncoder
        {
            SkipKeys = Flag("skipkeys", false),
            EnsureAscii = Flag("ensure_ascii", true),
            CheckCircular = Flag("check_circular", true),
            AllowNan = Flag("allow_nan", true),
            SortKeys = Flag("sort_keys", false),
            Default = PyOps.GetAttr(encoderObject, "default"),
        };
        ApplyLayout(encoder, PyOps.TryGetAttr(encoderObject, "indent"), PyOps.TryGetAttr(encoderObject, "separators"));
        var sb = new StringBuilder();
        encoder.Write(sb, obj, 0);
        return sb.ToString();
    }

    private static void ApplyLayout(JsonEncoder encoder, PyObject? indent, PyObject? separators)
    {
        if (indent is not null && indent is not PyNone)
        {
            encoder.Indent = indent is PyStr s ? s.Value : new string(' ', (int)System.Math.Max(0, PyConvert.ToLong(indent)));
            encoder.ItemSeparator = ",";
        }
        if (separators is not null && separators is not PyNone)
        {
            var parts = PyOps.ToArray(separators);
            if (parts.Length != 2) throw PyExc.ValueError("too many values to unpack (expected 2)");
            encoder.ItemSeparator = PyConvert.ToStr(parts[0]);
            encoder.KeySeparator = PyConvert.ToStr(parts[1]);
        }
    }

    private static readonly string[] DumpsNames =
        ["obj", "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys"];

    private static readonly string[] LoadsNames =
        ["s", "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"];

    public static void Populate(PyModule m)
    {
        m.AddFunction("dumps", (args, kwargs) =>
        {
            if (args.Length > 1) throw PyExc.TypeError($"dumps() takes 1 positional argument but {args.Length} were given");
            var a = new ArgReader("dumps", args, kwargs, DumpsNames, required: 1);
            return PyStr.Create(Encode(a.Required(0), a, optionsStart: 1));
        });
        m.AddFunction("dump", (args, kwargs) =>
        {
            if (args.Length > 2) throw PyExc.TypeError($"dump() takes 2 positional arguments but {args.Length} were given");
            string[] names = ["obj", "fp", .. DumpsNames[1..]];
            var a = new ArgReader("dump", args, kwargs, names, required: 2);
            string text = Encode(a.Required(0), a, optionsStart: 2);
            PyOps.CallMethod(a.Required(1), "write", [PyStr.Create(text)]);
            return PyNone.Instance;
        });
        m.AddFunction("loads", (args, kwargs) =>
        {
            if (args.Length > 1) throw PyExc.TypeError($"loads() takes 1 positional argument but {args.Length} were given");
            var a = new ArgReader("loads", args, kwargs, LoadsNames, required: 1);
            return Decode(a.Required(0), a, optionsStart: 1);
        });
        m.AddFunction("load", (args, kwargs) =>
        {
            if (args.Length > 1) throw PyExc.TypeError($"load() takes 1 positional argument but {args.Length} were given");
            string[] names = ["fp", .. LoadsNames[1..]];
            var a = new ArgReader("load", args, kwargs, names, required: 1);
            var text = PyOps.CallMethod(a.Required(0), "read", []);
            return Decode(text, a, optionsStart: 1);
        });
        m.AddType(JsonDecodeErrorType);
        m.AddType(JsonEncoderType);
    }

    // ---- encoding --------------------------------------------------------------------------------

    private static string Encode(PyObject obj, ArgReader a, int optionsStart)
    {
        int o = optionsStart - 1; // option i of DumpsNames sits at index o + i
        if (a.Optional(o + 5) is { } cls && cls is not PyNone)
        {
            // dumps(obj, cls=Encoder, ...): build the encoder with the options, as CPython does.
            var options = new KeywordArguments();
            foreach (var (name, index) in new[] { ("skipkeys", 1), ("ensure_ascii", 2), ("check_circular", 3), ("allow_nan", 4),
                         ("indent", 6), ("separators", 7), ("default", 8), ("sort_keys", 9) })
            {
                if (a.Optional(o + index) is { } value) options.Add(name, value);
            }
            var instance = PyOps.Call(cls, [], options);
            var text = PyOps.CallMethod(instance, "encode", [obj]);
            return text is PyStr s ? s.Value : PyOps.Str(text);
        }
        var encoder = new JsonEncoder
        {
            SkipKeys = a.GetBool(o + 1, false),
            EnsureAscii = a.GetBool(o + 2, true),
            CheckCircular = a.GetBool(o + 3, true),
            AllowNan = a.GetBool(o + 4, true),
            Default = a.Optional(o + 8) is { } d && d is not PyNone ? d : null,
            SortKeys = a.GetBool(o + 9, false),
        };
        ApplyLayout(encoder, a.Optional(o + 6), a.Optional(o + 7));
        var sb = new StringBuilder();
        encoder.Write(sb, obj, 0);
        return sb.ToString();
    }

    private sealed class JsonEncoder
    {
        public bool SkipKeys;
        public bool EnsureAscii = true;
        public bool CheckCircular = true;
        public bool AllowNan = true;
        public bool SortKeys;
        public string? Indent;
        public string ItemSeparator = ", ";
        public string KeySeparator = ": ";
        public PyObject? Default;
        private readonly HashSet<PyObject> _markers = new(ReferenceEqualityComparer.Instance);

        public void Write(StringBuilder sb, PyObject value, int level)
        {
            if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
                throw PyExc.RecursionError("maximum recursion depth exceeded while encoding a JSON object");
            switch (value)
            {
                case PyStr s:
                    JsonText.AppendString(sb, s.Value, EnsureAscii);
                    return;
                case PyNone:
                    sb.Append("null");
                    return;
                case PyBool b:
                    sb.Append(b.IsTrueValue ? "true" : "false");
                    return;
                case PyInt i:
                    sb.Append(PyInt.Plain(i).Repr());
                    return;
                case PyFloat f:
                    sb.Append(FloatText(f.Value));
                    return;
                case PyList or PyTuple:
                    WriteArray(sb, value, level);
                    return;
                case PyDict d:
                    WriteObject(sb, d, level);
                    return;
            }
            // Other dict and list types (mapping proxies, subclasses): read them through their protocols.
            if (value.Type.IsSubtypeOf(PyTypes.Dict))
            {
                var copy = new PyDict();
                foreach (var key in PyOps.ToArray(value)) copy.SetItem(key, PyOps.GetItem(value, key));
                Enter(value);
                WriteObject(sb, copy, level);
                Leave(value);
                return;
            }
            if (value.Type.IsSubtypeOf(PyTypes.List) || value.Type.IsSubtypeOf(PyTypes.Tuple))
            {
                WriteArray(sb, value, level);
                return;
            }
            if (Default is null)
                throw PyExc.TypeError($"Object of type {value.Type.Name} is not JSON serializable");
            Enter(value);
            Write(sb, PyOps.Call(Default, [value]), level);
            Leave(value);
        }

        private string FloatText(double v)
        {
            if (double.IsFinite(v)) return PyFloat.Create(v).Repr();
            if (!AllowNan)
                throw PyExc.ValueError("Out of range float values are not JSON compliant");
            return double.IsNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        }

        private void Enter(PyObject container)
        {
            if (CheckCircular && !_markers.Add(container)) throw PyExc.ValueError("Circular reference detected");
        }

        private void Leave(PyObject container)
        {
            if (CheckCircular) _markers.Remove(container);
        }

        private void NewLine(StringBuilder sb, int level)
        {
            sb.Append('\n');
            for (int i = 0; i < level; i++) sb.Append(Indent);
        }

        private void WriteArray(StringBuilder sb, PyObject array, int level)
        {
            var items = PyOps.ToArray(array);
            if (items.Length == 0)
            {
                sb.Append("[]");
                return;
            }
            Enter(array);
            sb.Append('[');
            if (Indent is not null) NewLine(sb, level + 1);
            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(ItemSeparator);
                    if (Indent is not null) NewLine(sb, level + 1);
                }
                Write(sb, items[i], level + 1);
            }
            if (Indent is not null) NewLine(sb, level);
            sb.Append(']');
            Leave(array);
        }

        private void WriteObject(StringBuilder sb, PyDict dict, int level)
        {
            if (dict.Count == 0)
            {
                sb.Append("{}");
                return;
            }
            Enter(dict);
            var items = dict.Items().ToList();
            if (SortKeys)
            {
                var sorted = items.ToArray();
                try
                {
                    Array.Sort(sorted, (x, y) => PyOps.LessThan(x.Key, y.Key) ? -1 : PyOps.LessThan(y.Key, x.Key) ? 1 : 0);
                }
                catch (InvalidOperationException e) when (e.InnerException is PythonException pe)
                {
                    throw pe;
                }
                items = [.. sorted];
            }
            sb.Append('{');
            if (Indent is not null) NewLine(sb, level + 1);
            bool first = true;
            foreach (var (key, value) in items)
            {
                string? keyText = KeyText(key);
                if (keyText is null) continue;
                if (!first)
                {
                    sb.Append(ItemSeparator);
                    if (Indent is not null) NewLine(sb, level + 1);
                }
                first = false;
                JsonText.AppendString(sb, keyText, EnsureAscii);
                sb.Append(KeySeparator);
                Write(sb, value, level + 1);
            }
            if (Indent is not null) NewLine(sb, level);
            sb.Append('}');
            Leave(dict);
        }

        private string? KeyText(PyObject key) => key switch
        {
            PyStr s => s.Value,
            PyFloat f => FloatText(f.Value),
            PyBool b => b.IsTrueValue ? "true" : "false",
            PyInt i => PyInt.Plain(i).Repr(),
            PyNone => "null",
            _ when SkipKeys => null,
            _ => throw PyExc.TypeError($"keys must be str, int, float, bool or None, not {key.Type.Name}"),
        };
    }

    // ---- decoding --------------------------------------------------------------------------------

    private static PyObject Decode(PyObject source, ArgReader a, int optionsStart)
    {
        int o = optionsStart - 1;
        string text = source switch
        {
            PyStr s => s.Value,
            PyBytes b => Encoding.UTF8.GetString(b.Data),
            _ => throw PyExc.TypeError($"the JSON object must be str, bytes or bytearray, not {source.Type.Name}"),
        };
        if (text.Length > 0 && text[0] == '\uFEFF')
            throw DecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0);
        var builder = new PythonValueBuilder
        {
            ObjectHook = NotNone(a.Optional(o + 2)),
            ParseFloat = NotNone(a.Optional(o + 3)),
            ParseInt = NotNone(a.Optional(o + 4)),
            ParseConstant = NotNone(a.Optional(o + 5)),
            ObjectPairsHook = NotNone(a.Optional(o + 6)),
        };
        try
        {
            return new JsonDecoder<PyObject>(builder).Decode(text);
        }
        catch (JsonDecodeException e)
        {
            throw DecodeError(e.ShortMessage, e.Document, e.Position);
        }
        catch (InsufficientExecutionStackException e)
        {
            throw PyExc.RecursionError(e.Message);
        }
    }

    private static PyObject? NotNone(PyObject? o) => o is null || o is PyNone ? null : o;

    private static PythonException DecodeError(string message, string document, int position)
    {
        var formatted = JsonText.FormatError(message, document, position);
        var error = PyExc.Create(JsonDecodeErrorType, formatted);
        var ex = new JsonDecodeException(message, document, position);
        var dict = error.Value.InstanceDict;
        dict["msg"] = PyStr.Create(message);
        dict["doc"] = PyStr.Create(document);
        dict["pos"] = PyInt.Create(position);
        dict["lineno"] = PyInt.Create(ex.Line);
        dict["colno"] = PyInt.Create(ex.Column);
        return error;
    }

    private sealed class PythonValueBuilder : IJsonValueBuilder<PyObject>
    {
        public PyObject? ObjectHook;
        public PyObject? ObjectPairsHook;
        public PyObject? ParseFloat;
        public PyObject? ParseInt;
        public PyObject? ParseConstant;

        public PyObject Null() => PyNone.Instance;

        public PyObject Bool(bool value) => PyBool.From(value);

        public PyObject Integer(BigInteger value) =>
            ParseInt is null ? PyInt.Create(value) : PyOps.Call(ParseInt, [PyStr.Create(value.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        public PyObject Float(double value)
        {
            if (ParseConstant is not null && !double.IsFinite(value))
                return PyOps.Call(ParseConstant, [PyStr.Create(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity")]);
            if (ParseFloat is not null && double.IsFinite(value))
                return PyOps.Call(ParseFloat, [PyStr.Create(PyFloat.Create(value).Repr())]);
            return PyFloat.Create(value);
        }

        public PyObject String(string value) => PyStr.Create(value);

        public PyObject Array(List<PyObject> items) => PyList.FromEnumerable(items);

        public PyObject Object(List<KeyValuePair<string, PyObject>> members)
        {
            if (ObjectPairsHook is not null)
            {
                var pairs = members.Select(kv => (PyObject)PyTuple.Create([PyStr.Create(kv.Key), kv.Value]));
                return PyOps.Call(ObjectPairsHook, [PyList.FromEnumerable(pairs)]);
            }
            var dict = new PyDict();
            foreach (var (key, value) in members) dict.SetItem(PyStr.Create(key), value);
            return ObjectHook is null ? dict : PyOps.Call(ObjectHook, [dict]);
        }
    }
}
