using QiskitStudio.Python.Runtime;

namespace QiskitStudio.Qiskit.ThirdParty;

/// <summary>
/// The part of <c>rustworkx</c> the demos use: an undirected multigraph <c>PyGraph</c> whose nodes
/// and edges carry arbitrary Python payloads, addressed by integer indices in insertion order.
/// </summary>
internal static class Rustworkx
{
    /// <summary><c>rustworkx.NoEdgeBetweenNodes</c>, raised by <c>get_edge_data</c> for unconnected nodes.</summary>
    public static readonly PyType NoEdgeBetweenNodes = PyType.CreateBuiltin("NoEdgeBetweenNodes", PyExceptionTypes.Exception, "rustworkx",
        newFunction: (cls, args, _) => new PyBaseException(cls, PyTuple.Create(args))).Freeze();

    public static void Populate(PyModule m)
    {
        m.AddType(PyGraph.TypeObject);
        m.AddType(PyIndexSequence.EdgeListType);
        m.AddType(PyIndexSequence.WeightedEdgeListType);
        m.AddType(PyIndexSequence.NodeIndicesType);
        m.AddType(PyIndexSequence.EdgeIndicesType);
        m.Add("NoEdgeBetweenNodes", NoEdgeBetweenNodes);
        m.Add("__version__", PyStr.Create("0.16.0"));
    }
}

/// <summary><c>rustworkx.PyGraph</c>: an undirected graph allowing parallel edges (multigraph=True).</summary>
internal sealed class PyGraph : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly List<PyObject> _nodes = [];
    private readonly List<(int Source, int Target, PyObject Weight)> _edges = [];

    private PyGraph(PyType type) : base(type) { }

    public int NodeCount => _nodes.Count;

    public int EdgeCount => _edges.Count;

    public int AddNode(PyObject payload)
    {
        _nodes.Add(payload);
        return _nodes.Count - 1;
    }

    public int AddEdge(PyObject u, PyObject v, PyObject weight)
    {
        int a = CheckNode(u), b = CheckNode(v);
        _edges.Add((a, b, weight));
        return _edges.Count - 1;
    }

    private int CheckNode(PyObject index)
    {
        long i = PyConvert.ToLongIndex(index, "node indices must be integers");
        if (i < 0 || i >= _nodes.Count) throw PyExc.IndexError($"No node found for index {i}");
        return (int)i;
    }

    public PyObject EdgeData(PyObject u, PyObject v)
    {
        long a = PyConvert.ToLongIndex(u, "node indices must be integers"), b = PyConvert.ToLongIndex(v, "node indices must be integers");
        foreach (var (s, t, w) in _edges)
            if ((s == a && t == b) || (s == b && t == a)) return w;
        throw PyExc.Create(Rustworkx.NoEdgeBetweenNodes, "No edge found between nodes");
    }

    public override long Length() => _nodes.Count;

    public override string Repr() => $"<rustworkx.PyGraph object with {_nodes.Count} nodes and {_edges.Count} edges>";

    private static PyObject Index(int i) => PyInt.Create(i);

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("PyGraph", module: "rustworkx", newFunction: (cls, args, kw) =>
        {
            _ = new ArgReader("PyGraph", args, kw, ["multigraph", "attrs", "node_count_hint", "edge_count_hint"], required: 0);
            return new PyGraph(cls);
        });
        static PyGraph G(PyObject self) => (PyGraph)self;
        t.AddMethod("add_node", (self, args, kw) =>
        {
            var a = new ArgReader("add_node", args, kw, ["obj"]);
            return Index(G(self).AddNode(a.Required(0)));
        });
        t.AddMethod("add_nodes_from", (self, args, kw) =>
        {
            var a = new ArgReader("add_nodes_from", args, kw, ["obj_list"]);
            var added = PyOps.ToArray(a.Required(0)).Select(G(self).AddNode).ToArray();
            return new PyIndexSequence(PyIndexSequence.NodeIndicesType, added.Select(Index).ToArray());
        });
        t.AddMethod("add_edge", (self, args, kw) =>
        {
            var a = new ArgReader("add_edge", args, kw, ["node_a", "node_b", "edge"]);
            return Index(G(self).AddEdge(a.Required(0), a.Required(1), a.Required(2)));
        });
        t.AddMethod("add_edges_from", (self, args, kw) =>
        {
            var a = new ArgReader("add_edges_from", args, kw, ["obj_list"]);
            var added = new List<PyObject>();
            foreach (var item in PyOps.ToArray(a.Required(0)))
            {
                var parts = PyOps.ToArray(item);
                if (parts.Length != 3) throw PyExc.TypeError("add_edges_from expects (node_a, node_b, weight) tuples");
                added.Add(Index(G(self).AddEdge(parts[0], parts[1], parts[2])));
            }
            return new PyIndexSequence(PyIndexSequence.EdgeIndicesType, [.. added]);
        });
        t.AddMethod("add_edges_from_no_data", (self, args, kw) =>
        {
            var a = new ArgReader("add_edges_from_no_data", args, kw, ["obj_list"]);
            var added = new List<PyObject>();
            foreach (var item in PyOps.ToArray(a.Required(0)))
            {
                var parts = PyOps.ToArray(item);
                if (parts.Length != 2) throw PyExc.TypeError("add_edges_from_no_data expects (node_a, node_b) tuples");
                added.Add(Index(G(self).AddEdge(parts[0], parts[1], PyNone.Instance)));
            }
            return new PyIndexSequence(PyIndexSequence.EdgeIndicesType, [.. added]);
        });
        t.AddMethod("edge_list", (self, _, _) => new PyIndexSequence(PyIndexSequence.EdgeListType,
            G(self)._edges.Select(e => (PyObject)PyTuple.Create([Index(e.Source), Index(e.Target)])).ToArray()));
        t.AddMethod("weighted_edge_list", (self, _, _) => new PyIndexSequence(PyIndexSequence.WeightedEdgeListType,
            G(self)._edges.Select(e => (PyObject)PyTuple.Create([Index(e.Source), Index(e.Target), e.Weight])).ToArray()));
        t.AddMethod("get_edge_data", (self, args, kw) =>
        {
            var a = new ArgReader("get_edge_data", args, kw, ["node_a", "node_b"]);
            return G(self).EdgeData(a.Required(0), a.Required(1));
        });
        t.AddMethod("has_edge", (self, args, kw) =>
        {
            var a = new ArgReader("has_edge", args, kw, ["node_a", "node_b"]);
            long u = PyConvert.ToLong(a.Required(0)), v = PyConvert.ToLong(a.Required(1));
            return PyBool.From(G(self)._edges.Any(e => (e.Source == u && e.Target == v) || (e.Source == v && e.Target == u)));
        });
        t.AddMethod("num_nodes", (self, _, _) => PyInt.Create(G(self).NodeCount));
        t.AddMethod("num_edges", (self, _, _) => PyInt.Create(G(self).EdgeCount));
        t.AddMethod("nodes", (self, _, _) => PyList.FromEnumerable(G(self)._nodes));
        t.AddMethod("edges", (self, _, _) => PyList.FromEnumerable(G(self)._edges.Select(e => e.Weight)));
        t.AddMethod("node_indices", (self, _, _) =>
            new PyIndexSequence(PyIndexSequence.NodeIndicesType, Enumerable.Range(0, G(self).NodeCount).Select(Index).ToArray()));
        t.AddMethod("node_indexes", (self, _, _) =>
            new PyIndexSequence(PyIndexSequence.NodeIndicesType, Enumerable.Range(0, G(self).NodeCount).Select(Index).ToArray()));
        t.AddMethod("edge_indices", (self, _, _) =>
            new PyIndexSequence(PyIndexSequence.EdgeIndicesType, Enumerable.Range(0, G(self).EdgeCount).Select(Index).ToArray()));
        t.AddMethod("neighbors", (self, args, kw) =>
        {
            var a = new ArgReader("neighbors", args, kw, ["node"]);
            int n = G(self).CheckNode(a.Required(0));
            var found = G(self)._edges.Where(e => e.Source == n || e.Target == n).Select(e => e.Source == n ? e.Target : e.Source).Distinct();
            return new PyIndexSequence(PyIndexSequence.NodeIndicesType, found.Select(Index).ToArray());
        });
        t.AddMethod("degree", (self, args, kw) =>
        {
            var a = new ArgReader("degree", args, kw, ["node"]);
            int n = G(self).CheckNode(a.Required(0));
            return PyInt.Create(G(self)._edges.Sum(e => (e.Source == n ? 1 : 0) + (e.Target == n ? 1 : 0)));
        });
        t.AddMethod("__getitem__", (self, args, _) => G(self)._nodes[G(self).CheckNode(args[0])]);
        return t.Freeze();
    }
}

/// <summary>
/// rustworkx's read-only custom sequences (<c>EdgeList</c>, <c>WeightedEdgeList</c>,
/// <c>NodeIndices</c>, <c>EdgeIndices</c>): they print as <c>EdgeList[(0, 1), (0, 2)]</c> and
/// behave as sequences (len, indexing, iteration, equality with lists).
/// </summary>
internal sealed class PyIndexSequence : PyNativeObject
{
    public static readonly PyType EdgeListType = CreateType("EdgeList");
    public static readonly PyType WeightedEdgeListType = CreateType("WeightedEdgeList");
    public static readonly PyType NodeIndicesType = CreateType("NodeIndices");
    public static readonly PyType EdgeIndicesType = CreateType("EdgeIndices");

    private readonly PyObject[] _items;

    public PyIndexSequence(PyType type, PyObject[] items) : base(type) => _items = items;

    public override string Repr() => $"{Type.Name}[{string.Join(", ", _items.Select(PyOps.Repr))}]";

    public override long Length() => _items.Length;

    public override PyObject GetItem(PyObject key)
    {
        long index = PyConvert.ToLongIndex(key, $"{Type.Name} indices must be integers");
        if (index < 0) index += _items.Length;
        if (index < 0 || index >= _items.Length) throw PyExc.IndexError($"{Type.Name} index out of range");
        return _items[index];
    }

    public override PyObject? GetIterator() => PyList.FromEnumerable(_items).GetIterator();

    private static PyType CreateType(string name)
    {
        var t = PyType.CreateBuiltin(name, module: "rustworkx");
        t.AddMethod("__eq__", (self, args, _) =>
        {
            var mine = ((PyIndexSequence)self)._items;
            PyObject[] other;
            try { other = PyOps.ToArray(args[0]); }
            catch (PythonException) { return PyBool.False; }
            return PyBool.From(mine.Length == other.Length && mine.Zip(other).All(p => PyOps.EqualsBool(p.First, p.Second)));
        });
        return t.Freeze();
    }
}
