using System.Globalization;
using System.Text;
using QiskitStudio.Python.Runtime;
using QiskitStudio.Qiskit.Interop;
using QiskitStudio.Qiskit.Numpy;

namespace QiskitStudio.Qiskit.ThirdParty;

/// <summary>
/// <c>scipy.optimize.minimize</c> for the derivative-free methods the demos use. Nelder-Mead follows
/// the standard simplex algorithm with scipy's defaults (reflection 1, expansion 2, contraction 0.5,
/// shrink 0.5; initial simplex perturbing each nonzero coordinate by 5% and each zero one to 0.00025;
/// xatol = fatol = 1e-4 unless <c>tol</c> is given; maxiter = maxfev = 200·N by default).
/// </summary>
internal static class ScipyOptimize
{
    public static void Populate(PyModule m)
    {
        m.AddFunction("minimize", Minimize);
        m.AddType(PyOptimizeResult.TypeObject);
    }

    private static PyObject Minimize(ReadOnlySpan<PyObject> args, KeywordArguments? kw)
    {
        var a = new ArgReader("minimize", args, kw,
            ["fun", "x0", "args", "method", "jac", "hess", "hessp", "bounds", "constraints", "tol", "callback", "options"], required: 2);
        var fun = a.Required(0);
        var x0Arg = a.Required(1);
        double[] x0 = x0Arg is PyInt or PyFloat ? [PyConvert.ToDouble(x0Arg)] : PyOps.ToArray(x0Arg).Select(PyConvert.ToDouble).ToArray();
        if (x0.Length == 0) throw PyExc.ValueError("x0 must have at least one element");
        PyObject[] extra = a.Optional(2) is { } e and not PyNone ? (e is PyTuple ? PyOps.ToArray(e) : [e]) : [];
        string method = a.GetStringOrNone(3) ?? "BFGS";
        double? tol = a.Optional(9) is { } t and not PyNone ? PyConvert.ToDouble(t) : null;
        PyObject? callback = a.Optional(10) is { } c and not PyNone ? c : null;
        var options = a.Optional(11) as PyDict;

        double Option(string name, double fallback) =>
            options?.GetOrNull(name) is { } v and not PyNone ? PyConvert.ToDouble(v) : fallback;
        long? IntOption(string name) =>
            options?.GetOrNull(name) is { } v and not PyNone ? PyConvert.ToLong(v) : null;

        int n = x0.Length;
        long nfev = 0;
        double Evaluate(double[] x)
        {
            nfev++;
            var callArgs = new PyObject[1 + extra.Length];
            callArgs[0] = Vector(x);
            extra.CopyTo(callArgs, 1);
            var value = PyOps.Call(fun, callArgs);
            return value switch
            {
                PyNumpyArray { Data.Length: 1 } arr => arr.Data[0],
                PyNdArray { Count: 1 } arr => PyConvert.ToDouble(arr.Item(0)),
                _ => PyConvert.ToDouble(value),
            };
        }
        void Callback(double[] x)
        {
            if (callback is not null) PyOps.Call(callback, [Vector(x)]);
        }

        switch (method.ToUpperInvariant())
        {
            case "NELDER-MEAD":
            {
                long? maxiter = IntOption("maxiter"), maxfev = IntOption("maxfev");
                if (maxiter is null && maxfev is null) { maxiter = 200L * n; maxfev = 200L * n; }
                var run = NelderMead(Evaluate, Callback, x0, InitialSimplex(x0),
                    maxiter ?? long.MaxValue, maxfev ?? long.MaxValue,
                    Option("xatol", tol ?? 1e-4), Option("fatol", tol ?? 1e-4),
                    options?.GetOrNull("adaptive") is { } ad && PyOps.IsTrue(ad));
                var messages = new[] { "Optimization terminated successfully.", "Maximum number of function evaluations has been exceeded.", "Maximum number of iterations has been exceeded." };
                return new PyOptimizeResult(
                [
                    ("message", PyStr.Create(messages[run.Status]), true),
                    ("success", PyBool.From(run.Status == 0), true),
                    ("status", PyInt.Create(run.Status), true),
                    ("fun", PyFloat.Create(run.Fun), true),
                    ("x", Vector(run.X), true),
                    ("nit", PyInt.Create(run.Iterations), true),
                    ("nfev", PyInt.Create(nfev), true),
                    ("final_simplex", PyTuple.Create([
                        new PyNumpyArray(run.Simplex.SelectMany(v => v).ToArray(), [n + 1, n], isInt: false),
                        Vector(run.SimplexValues)]), true),
                ]);
            }
            case "COBYLA":
            {
                // Not COBYLA proper (a later task): without constraints this runs the same
                // derivative-free Nelder-Mead minimiser, started from a simplex of COBYLA's initial
                // step rhobeg (default 1.0) with tol (scipy's final trust-region radius) as both
                // stopping tolerances. The result has COBYLA's shape (maxcv, no printed nit).
                if (a.Optional(8) is { } cons and not PyNone && PyOps.IsTrue(cons))
                    throw PyExc.ValueError("The embedded engine's COBYLA does not support constraints yet");
                long maxiter = IntOption("maxiter") ?? 1000;
                double rhobeg = Option("rhobeg", 1.0);
                double stop = tol ?? Option("tol", 1e-4);
                var simplex = new double[n + 1][];
                simplex[0] = (double[])x0.Clone();
                for (int k = 0; k < n; k++) { simplex[k + 1] = (double[])x0.Clone(); simplex[k + 1][k] += rhobeg; }
                var run = NelderMead(Evaluate, Callback, x0, simplex, maxiter, maxiter, stop, stop, adaptive: false);
                bool ok = run.Status == 0;
                return new PyOptimizeResult(
                [
                    ("message", PyStr.Create(ok ? "Optimization terminated successfully." : "Maximum number of function evaluations has been exceeded."), true),
                    ("success", PyBool.From(ok), true),
                    ("status", PyInt.Create(ok ? 0 : 2), true),
                    ("fun", PyFloat.Create(run.Fun), true),
                    ("x", Vector(run.X), true),
                    ("nfev", PyInt.Create(nfev), true),
                    ("maxcv", PyFloat.Create(0.0), true),
                    ("nit", PyInt.Create(run.Iterations), false),
                ]);
            }
            default:
                throw PyExc.ValueError($"minimize method '{method}' is not available in the embedded engine; use method=\"COBYLA\" or \"Nelder-Mead\"");
        }
    }

    /// <summary>A float64 numpy vector (a copy of <paramref name="x"/>): what scipy hands the objective and returns as <c>x</c>.</summary>
    private static PyNumpyArray Vector(double[] x) => PyNumpyArray.Vector((double[])x.Clone(), isInt: false);

    private static double[][] InitialSimplex(double[] x0)
    {
        const double nonzeroDelta = 0.05, zeroDelta = 0.00025;
        var simplex = new double[x0.Length + 1][];
        simplex[0] = (double[])x0.Clone();
        for (int k = 0; k < x0.Length; k++)
        {
            var y = (double[])x0.Clone();
            y[k] = y[k] != 0 ? (1 + nonzeroDelta) * y[k] : zeroDelta;
            simplex[k + 1] = y;
        }
        return simplex;
    }

    private readonly record struct SimplexRun(double[] X, double Fun, long Iterations, int Status, double[][] Simplex, double[] SimplexValues);

    /// <summary>The Nelder-Mead simplex search; status 0 converged, 1 out of evaluations, 2 out of iterations.</summary>
    private static SimplexRun NelderMead(Func<double[], double> f, Action<double[]> callback, double[] x0, double[][] sim,
        long maxiter, long maxfev, double xatol, double fatol, bool adaptive)
    {
        int n = x0.Length;
        double rho = 1, chi = 2, psi = 0.5, sigma = 0.5;
        if (adaptive) { chi = 1 + 2.0 / n; psi = 0.75 - 1.0 / (2 * n); sigma = 1 - 1.0 / n; }
        long evaluations = 0;
        double F(double[] x) { evaluations++; return f(x); }

        var fsim = new double[n + 1];
        for (int k = 0; k <= n; k++)
        {
            if (evaluations >= maxfev) { fsim[k] = double.PositiveInfinity; continue; }
            fsim[k] = F(sim[k]);
        }
        Sort(sim, fsim);

        long iterations = 1;
        while (evaluations < maxfev && iterations < maxiter)
        {
            double xSpread = 0, fSpread = 0;
            for (int k = 1; k <= n; k++)
            {
                fSpread = Math.Max(fSpread, Math.Abs(fsim[0] - fsim[k]));
                for (int d = 0; d < n; d++) xSpread = Math.Max(xSpread, Math.Abs(sim[k][d] - sim[0][d]));
            }
            if (xSpread <= xatol && fSpread <= fatol) break;

            var xbar = new double[n];
            for (int k = 0; k < n; k++) for (int d = 0; d < n; d++) xbar[d] += sim[k][d] / n;
            double[] Point(double c) => xbar.Select((b, d) => (1 + c) * b - c * sim[n][d]).ToArray();

            var xr = Point(rho);
            double fxr = F(xr);
            bool shrink = false;
            if (fxr < fsim[0])
            {
                var xe = Point(rho * chi);
                double fxe = F(xe);
                if (fxe < fxr) { sim[n] = xe; fsim[n] = fxe; }
                else { sim[n] = xr; fsim[n] = fxr; }
            }
            else if (fxr < fsim[n - 1])
            {
                sim[n] = xr; fsim[n] = fxr;
            }
            else if (fxr < fsim[n])
            {
                var xc = Point(psi * rho);   // outside contraction
                double fxc = F(xc);
                if (fxc <= fxr) { sim[n] = xc; fsim[n] = fxc; }
                else shrink = true;
            }
            else
            {
                var xcc = Point(-psi);       // inside contraction
                double fxcc = F(xcc);
                if (fxcc < fsim[n]) { sim[n] = xcc; fsim[n] = fxcc; }
                else shrink = true;
            }
            if (shrink)
            {
                for (int k = 1; k <= n; k++)
                {
                    sim[k] = sim[k].Select((v, d) => sim[0][d] + sigma * (v - sim[0][d])).ToArray();
                    fsim[k] = F(sim[k]);
                }
            }
            iterations++;
            Sort(sim, fsim);
            callback(sim[0]);
        }

        int status = evaluations >= maxfev ? 1 : iterations >= maxiter ? 2 : 0;
        return new SimplexRun((double[])sim[0].Clone(), fsim[0], iterations, status, sim.Select(v => (double[])v.Clone()).ToArray(), (double[])fsim.Clone());
    }

    private static void Sort(double[][] sim, double[] fsim)
    {
        var order = Enumerable.Range(0, fsim.Length).OrderBy(i => fsim[i]).ToArray();   // stable, like argsort's tie order
        var s = order.Select(i => sim[i]).ToArray();
        var v = order.Select(i => fsim[i]).ToArray();
        s.CopyTo(sim, 0);
        v.CopyTo(fsim, 0);
    }
}

/// <summary>
/// scipy's <c>OptimizeResult</c>: attribute and item access to its fields, printed as scipy prints
/// it (keys right-aligned one column past the longest key, arrays in 4-significant-digit
/// scientific notation).
/// </summary>
internal sealed class PyOptimizeResult : PyNativeObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly (string Key, PyObject Value, bool Printed)[] _fields;

    public PyOptimizeResult((string Key, PyObject Value, bool Printed)[] fields) : base(TypeObject) => _fields = fields;

    public override PyObject? GetAttributeOrNull(string name)
    {
        foreach (var (key, value, _) in _fields) if (key == name) return value;
        return base.GetAttributeOrNull(name);
    }

    public override PyObject GetItem(PyObject key)
    {
        string name = PyConvert.ToStr(key);
        foreach (var (k, value, _) in _fields) if (k == name) return value;
        throw PyExc.Create(PyExceptionTypes.KeyError, PyTuple.Create([key]));
    }

    public override string Repr()
    {
        var shown = _fields.Where(f => f.Printed).ToArray();
        int width = shown.Max(f => f.Key.Length) + 1;
        var text = new StringBuilder();
        foreach (var (key, value, _) in shown)
        {
            if (text.Length > 0) text.Append('\n');
            text.Append(key.PadLeft(width)).Append(": ");
            string formatted = value switch
            {
                PyNumpyArray array => NumpyText(array, 76 - (width + 2), " ", "", ""),
                PyTuple tuple => "(" + string.Join(", ", PyOps.ToArray(tuple).Select(item => item is PyNumpyArray array
                    ? NumpyText(array, 76 - (width + 2), ", ", "array(", ")")
                    : PyOps.Repr(item))) + ")",
                PyStr s => s.Value,
                _ => PyOps.Repr(value),
            };
            text.Append(formatted.Replace("\n", "\n" + new string(' ', width + 2), StringComparison.Ordinal));
        }
        return text.ToString();
    }

    public override string Str() => Repr();

    /// <summary>
    /// A 1-D or 2-D array as numpy prints it under scipy's result print options (line width
    /// <paramref name="lineWidth"/>, arrays over 12 elements summarised to 2 edge items, each element
    /// in <see cref="Scientific"/> form): <c>str</c> with separator " " and no prefix, <c>repr</c> with
    /// ", " inside <c>array(...)</c>.
    /// </summary>
    private static string NumpyText(PyNumpyArray array, int lineWidth, string separator, string prefix, string suffix)
    {
        var data = array.Data;
        int columns = array.Columns, rows = array.Ndim == 2 ? array.Shape[0] : 0;
        bool summarise = data.Length > 12;
        lineWidth -= suffix.Length;
        string hanging = " " + new string(' ', prefix.Length);

        static int[] Indices(int count, bool summarise) =>
            summarise && count > 4 ? [0, 1, -1, count - 2, count - 1] : Enumerable.Range(0, count).ToArray();

        string Row(int offset, string indent, int width)
        {
            var indices = Indices(columns, summarise);
            var text = new StringBuilder();
            var line = new StringBuilder(indent);
            int elementWidth = width - separator.TrimEnd().Length;
            for (int k = 0; k < indices.Length; k++)
            {
                bool last = k == indices.Length - 1;
                string word = indices[k] < 0 ? "..." : Scientific(data[offset + indices[k]]);
                int limit = last ? width - 1 : elementWidth;
                if (line.Length + word.Length > limit && line.Length > indent.Length)
                {
                    text.Append(line.ToString().TrimEnd()).Append('\n');
                    line.Clear().Append(indent);
                }
                line.Append(word);
                if (!last) line.Append(separator);
            }
            text.Append(line);
            return "[" + text.ToString()[indent.Length..] + "]";
        }

        string body;
        if (rows == 0) body = Row(0, hanging, lineWidth);
        else
        {
            var indices = Indices(rows, summarise);
            var text = new StringBuilder();
            for (int k = 0; k < indices.Length; k++)
            {
                text.Append(hanging).Append(indices[k] < 0 ? "..." : Row(indices[k] * columns, hanging + " ", lineWidth - 1));
                if (k < indices.Length - 1) text.Append(",\n");
            }
            body = "[" + text.ToString()[hanging.Length..] + "]";
        }
        return prefix + body + suffix;
    }

    private static string Scientific(double x)
    {
        if (double.IsPositiveInfinity(x)) return "       inf";
        if (double.IsNegativeInfinity(x)) return "      -inf";
        if (double.IsNaN(x)) return "       nan";
        string s = x.ToString("0.000e+00", CultureInfo.InvariantCulture);
        if (x == 0 && double.IsNegative(x) && !s.StartsWith('-')) s = "-" + s;
        int integerPart = s.IndexOf('.', StringComparison.Ordinal);
        return integerPart < 2 ? new string(' ', 2 - integerPart) + s : s;
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateBuiltin("OptimizeResult", module: "scipy.optimize._optimize");
        t.AddMethod("keys", (self, _, _) => PyList.FromEnumerable(((PyOptimizeResult)self)._fields.Select(f => (PyObject)PyStr.Create(f.Key))));
        t.AddMethod("get", (self, args, _) =>
        {
            string name = PyConvert.ToStr(args[0]);
            foreach (var (k, value, _) in ((PyOptimizeResult)self)._fields) if (k == name) return value;
            return args.Length > 1 ? args[1] : PyNone.Instance;
        });
        return t.Freeze();
    }
}
