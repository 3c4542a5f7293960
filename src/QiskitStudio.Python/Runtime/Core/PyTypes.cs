namespace QiskitStudio.Python.Runtime;

/// <summary>
/// The built-in type objects. They are created once per process, filled with their C# members
/// and frozen; runs share them safely because Python code cannot modify them.
/// </summary>
public static class PyTypes
{
    public static readonly PyType Object;
    public static readonly PyType Type;
    public static readonly PyType Int;
    public static readonly PyType Bool;
    public static readonly PyType Float;
    public static readonly PyType Complex;
    public static readonly PyType Str;
    public static readonly PyType Bytes;
    public static readonly PyType ByteArray;
    public static readonly PyType List;
    public static readonly PyType Tuple;
    public static readonly PyType Dict;
    public static readonly PyType Set;
    public static readonly PyType FrozenSet;
    public static readonly PyType Range;
    public static readonly PyType Slice;
    public static readonly PyType NoneType;
    public static readonly PyType NotImplementedType;
    public static readonly PyType Ellipsis;
    public static readonly PyType Function;
    public static readonly PyType BuiltinFunction;
    public static readonly PyType Method;
    public static readonly PyType MethodDescriptor;
    public static readonly PyType GetSetDescriptor;
    public static readonly PyType Property;
    public static readonly PyType StaticMethod;
    public static readonly PyType ClassMethod;
    public static readonly PyType Module;
    public static readonly PyType MappingProxy;
    public static readonly PyType DictKeys;
    public static readonly PyType DictValues;
    public static readonly PyType DictItems;
    public static readonly PyType ListIterator;
    public static readonly PyType ListReverseIterator;
    public static readonly PyType TupleIterator;
    public static readonly PyType StrIterator;
    public static readonly PyType StrAsciiIterator;
    public static readonly PyType BytesIterator;
    public static readonly PyType RangeIterator;
    public static readonly PyType SetIterator;
    public static readonly PyType DictKeyIterator;
    public static readonly PyType DictValueIterator;
    public static readonly PyType DictItemIterator;
    public static readonly PyType DictReverseKeyIterator;
    public static readonly PyType DictReverseValueIterator;
    public static readonly PyType DictReverseItemIterator;
    public static readonly PyType SequenceIterator;
    public static readonly PyType CallableIterator;
    public static readonly PyType Enumerate;
    public static readonly PyType Zip;
    public static readonly PyType Map;
    public static readonly PyType Filter;
    public static readonly PyType Reversed;
    public static readonly PyType Super;
    public static readonly PyType TextStream;
    /// <summary>The type of generator objects; the interpreter's generators report it.</summary>
    public static readonly PyType Generator;

    static PyTypes()
    {
        Object = PyType.CreateRoot("object");
        Type = PyType.CreateBuiltin("type", Object);
        Int = PyType.CreateBuiltin("int", Object, newFunction: PyInt.New, subclassingUnsupported: true);
        Bool = PyType.CreateBuiltin("bool", Int, newFunction: PyBool.NewBool, subclassable: false);
        Float = PyType.CreateBuiltin("float", Object, newFunction: PyFloat.New, subclassingUnsupported: true);
        Complex = PyType.CreateBuiltin("complex", Object, newFunction: PyComplex.New, subclassingUnsupported: true);
        Str = PyType.CreateBuiltin("str", Object, newFunction: PyStr.New, subclassingUnsupported: true);
        Bytes = PyType.CreateBuiltin("bytes", Object, newFunction: PyBytes.New, subclassingUnsupported: true);
        ByteArray = PyType.CreateBuiltin("bytearray", Object, newFunction: PyByteArray.New, subclassingUnsupported: true);
        List = PyType.CreateBuiltin("list", Object, newFunction: PyList.New);
        Tuple = PyType.CreateBuiltin("tuple", Object, newFunction: PyTuple.New);
        Dict = PyType.CreateBuiltin("dict", Object, newFunction: PyDict.New);
        Set = PyType.CreateBuiltin("set", Object, newFunction: PySet.NewSet);
        FrozenSet = PyType.CreateBuiltin("frozenset", Object, newFunction: PySet.NewFrozenSet);
        Range = PyType.CreateBuiltin("range", Object, newFunction: PyRange.New, subclassable: false);
        Slice = PyType.CreateBuiltin("slice", Object, newFunction: PySlice.New, subclassable: false);
        NoneType = PyType.CreateBuiltin("NoneType", Object, newFunction: (_, _, _) => PyNone.Instance, subclassable: false);
        NotImplementedType = PyType.CreateBuiltin("NotImplementedType", Object, newFunction: (_, _, _) => PyNotImplemented.Instance, subclassable: false);
        Ellipsis = PyType.CreateBuiltin("ellipsis", Object, newFunction: (_, _, _) => PyEllipsis.Instance, subclassable: false);
        Function = PyType.CreateBuiltin("function", Object, subclassable: false);
        BuiltinFunction = PyType.CreateBuiltin("builtin_function_or_method", Object, subclassable: false);
        Method = PyType.CreateBuiltin("method", Object, subclassable: false);
        MethodDescriptor = PyType.CreateBuiltin("method_descriptor", Object, subclassable: false);
        GetSetDescriptor = PyType.CreateBuiltin("getset_descriptor", Object, subclassable: false);
        Property = PyType.CreateBuiltin("property", Object, newFunction: PyProperty.New);
        StaticMethod = PyType.CreateBuiltin("staticmethod", Object, newFunction: (_, a, k) => new PyStaticMethod(SingleArgument("staticmethod", a, k)));
        ClassMethod = PyType.CreateBuiltin("classmethod", Object, newFunction: (_, a, k) => new PyClassMethod(SingleArgument("classmethod", a, k)));
        Module = PyType.CreateBuiltin("module", Object);
        MappingProxy = PyType.CreateBuiltin("mappingproxy", Object, subclassable: false);
        DictKeys = PyType.CreateBuiltin("dict_keys", Object, subclassable: false);
        DictValues = PyType.CreateBuiltin("dict_values", Object, subclassable: false);
        DictItems = PyType.CreateBuiltin("dict_items", Object, subclassable: false);
        ListIterator = Iterator("list_iterator");
        ListReverseIterator = Iterator("list_reverseiterator");
        TupleIterator = Iterator("tuple_iterator");
        StrIterator = Iterator("str_iterator");
        StrAsciiIterator = Iterator("str_ascii_iterator");
        BytesIterator = Iterator("bytes_iterator");
        RangeIterator = Iterator("range_iterator");
        SetIterator = Iterator("set_iterator");
        DictKeyIterator = Iterator("dict_keyiterator");
        DictValueIterator = Iterator("dict_valueiterator");
        DictItemIterator = Iterator("dict_itemiterator");
        DictReverseKeyIterator = Iterator("dict_reversekeyiterator");
        DictReverseValueIterator = Iterator("dict_reversevalueiterator");
        DictReverseItemIterator = Iterator("dict_reverseitemiterator");
        SequenceIterator = Iterator("iterator");
        CallableIterator = Iterator("callable_iterator");
        Generator = Iterator("generator");
        Enumerate = PyType.CreateBuiltin("enumerate", Object, newFunction: PyIterators.NewEnumerate);
        Zip = PyType.CreateBuiltin("zip", Object, newFunction: PyIterators.NewZip);
        Map = PyType.CreateBuiltin("map", Object, newFunction: PyIterators.NewMap);
        Filter = PyType.CreateBuiltin("filter", Object, newFunction: PyIterators.NewFilter);
        Reversed = PyType.CreateBuiltin("reversed", Object, newFunction: PyIterators.NewReversed);
        Super = PyType.CreateBuiltin("super", Object, newFunction: PySuper.New);
        TextStream = PyType.CreateBuiltin("TextIOWrapper", Object, module: "_io", subclassable: false);

        ObjectMembers.Populate(Object, Type);
        PyInt.Populate(Int);
        PyBool.PopulateBool(Bool);
        PyFloat.Populate(Float);
        PyComplex.Populate(Complex);
        PyStr.Populate(Str);
        PyBytes.Populate(Bytes);
        PyByteArray.Populate(ByteArray);
        PyList.Populate(List);
        PyTuple.Populate(Tuple);
        PyDict.Populate(Dict);
        PySet.Populate(Set, frozen: false);
        PySet.Populate(FrozenSet, frozen: true);
        PyRange.Populate(Range);
        PySlice.Populate(Slice);
        PyDictView.Populate(DictKeys, DictValues, DictItems);
        PyTextStream.Populate(TextStream);

        foreach (var t in new[]
                 {
                     Object, Type, Int, Bool, Float, Complex, Str, Bytes, ByteArray, List, Tuple, Dict, Set, FrozenSet, Range, Slice,
                     NoneType, NotImplementedType, Ellipsis, Function, BuiltinFunction, Method, MethodDescriptor,
                     GetSetDescriptor, Property, StaticMethod, ClassMethod, Module, MappingProxy, DictKeys, DictValues,
                     DictItems, ListIterator, ListReverseIterator, TupleIterator, StrIterator, StrAsciiIterator,
                     BytesIterator, RangeIterator, SetIterator, DictKeyIterator, DictValueIterator, DictItemIterator,
                     DictReverseKeyIterator, DictReverseValueIterator, DictReverseItemIterator,
                     SequenceIterator, CallableIterator, Generator, Enumerate, Zip, Map, Filter, Reversed, Super, TextStream,
                 })
        {
            t.FreezeAsCore();
        }
    }

    private static PyType Iterator(string name)
    {
        var t = PyType.CreateBuiltin(name, Object, subclassable: false);
        t.AddMethod("__iter__", (self, _, _) => self);
        t.AddMethod("__next__", (self, _, _) => self.IterNext() ?? throw PyExc.StopIteration());
        return t;
    }

    private static PyObject SingleArgument(string name, ReadOnlySpan<PyObject> args, KeywordArguments? kwargs)
    {
        ArgReader.NoKeywords(name, kwargs);
        ArgReader.CheckCount(name, args, 1, 1);
        return args[0];
    }
}
