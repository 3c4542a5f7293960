using System.Globalization;
using QiskitStudio.Quantum.Circuits;
using QiskitStudio.Quantum.Gates;
using QiskitStudio.Quantum.Parameters;
using K = QiskitStudio.Quantum.Gates.StandardGateKind;

namespace QiskitStudio.Quantum.Qasm;

/// <summary>
/// Reads OpenQASM 2.0 into a circuit (Qiskit's <c>qasm2.loads</c>): registers, the qelib1.inc
/// gates (mapped to standard gates), <c>U</c>/<c>CX</c>, custom <c>gate</c> and <c>opaque</c>
/// declarations, measure, reset, barrier, <c>if(c==n)</c>, register broadcasting, and
/// parameter expressions with pi, + - * / ^ and sin/cos/tan/exp/ln/sqrt.
/// </summary>
public sealed class Qasm2Parser
{
    private static readonly Dictionary<string, K> Qelib = new()
    {
        ["u3"] = K.U3, ["u2"] = K.U2, ["u1"] = K.U1, ["cx"] = K.CX, ["id"] = K.I, ["u"] = K.U, ["p"] = K.P,
        ["x"] = K.X, ["y"] = K.Y, ["z"] = K.Z, ["h"] = K.H, ["s"] = K.S, ["sdg"] = K.Sdg, ["t"] = K.T, ["tdg"] = K.Tdg,
        ["rx"] = K.RX, ["ry"] = K.RY, ["rz"] = K.RZ, ["sx"] = K.SX, ["sxdg"] = K.SXdg, ["cz"] = K.CZ, ["cy"] = K.CY,
        ["swap"] = K.Swap, ["ch"] = K.CH, ["ccx"] = K.CCX, ["cswap"] = K.CSwap, ["crx"] = K.CRX, ["cry"] = K.CRY,
        ["crz"] = K.CRZ, ["cu1"] = K.CU1, ["cp"] = K.CP, ["cu3"] = K.CU3, ["csx"] = K.CSX, ["cu"] = K.CU,
        ["rxx"] = K.RXX, ["rzz"] = K.RZZ, ["rccx"] = K.RCCX, ["rc3x"] = K.RC3X, ["c3x"] = K.C3X, ["c3sqrtx"] = K.C3SX, ["c4x"] = K.C4X,
    };

    private readonly List<Token> _tokens;
    private int _pos;
    private readonly QuantumCircuit _circuit = new();
    private readonly Dictionary<string, QuantumRegister> _qregs = [];
    private readonly Dictionary<string, ClassicalRegister> _cregs = [];
    private readonly Dictionary<string, CustomGate> _customGates = [];
    private bool _qelibIncluded;

    private sealed record CustomGate(string Name, Parameter[] Parameters, int NumQubits, QuantumCircuit? Body);

    private Qasm2Parser(string source) => _tokens = Lexer.Tokenize(source);

    /// <summary>Parses an OpenQASM 2 program.</summary>
    public static QuantumCircuit Loads(string source) => new Qasm2Parser(source).Program();

    // ---- statements -----------------------------------------------------------------------

    private QuantumCircuit Program()
    {
        Expect("OPENQASM");
        var version = Next();
        if (version.Text != "2.0" && version.Text != "2") throw Error(version, "Only OpenQASM 2.0 is supported.");
        Expect(";");
        while (Peek().Kind != TokenKind.End) Statement();
        return _circuit;
    }

    private void Statement()
    {
        var t = Peek();
        switch (t.Text)
        {
            case "include":
                Next();
                var file = Next();
                if (file.Kind != TokenKind.String) throw Error(file, "Expected a file name.");
                if (file.Text == "qelib1.inc") _qelibIncluded = true;
                else throw Error(file, $"Cannot include '{file.Text}'.");
                Expect(";");
                return;
            case "qreg" or "creg":
                Next();
                string name = Identifier();
                Expect("[");
                int size = Integer();
                Expect("]");
                Expect(";");
                if (_qregs.ContainsKey(name) || _cregs.ContainsKey(name)) throw Error(t, $"'{name}' is already defined.");
                if (t.Text == "qreg") { var r = new QuantumRegister(size, name); _qregs[name] = r; _circuit.AddRegister(r); }
                else { var r = new ClassicalRegister(size, name); _cregs[name] = r; _circuit.AddRegister(r); }
                return;
            case "gate":
                GateDeclaration(opaque: false);
                return;
            case "opaque":
                GateDeclaration(opaque: true);
                return;
            case "if":
                Next();
                Expect("(");
                string reg = Identifier();
                Expect("==");
                var value = Next();
                if (value.Kind != TokenKind.Integer) throw Error(value, "Expected an integer.");
                Expect(")");
                if (!_cregs.TryGetValue(reg, out var creg)) throw Error(t, $"'{reg}' is not a classical register.");
                var condition = _circuit.Condition(creg, ulong.Parse(value.Text, CultureInfo.InvariantCulture));
                QuantumOperation(condition);
                return;
            default:
                QuantumOperation(null);
                return;
        }
    }

    private void QuantumOperation(ClassicalCondition? condition)
    {
        var t = Peek();
        switch (t.Text)
        {
            case "measure":
                {
                    Next();
                    var q = QubitArgument();
                    Expect("->");
                    var c = ClbitArgument();
                    Expect(";");
                    if (q.Length != c.Length) throw Error(t, "Registers of different sizes in measure.");
                    for (int i = 0; i < q.Length; i++) _circuit.Append(new Measure(), [q[i]], [c[i]], condition);
                    return;
                }
            case "reset":
                {
                    Next();
                    var q = QubitArgument();
                    Expect(";");
                    foreach (int qb in q) _circuit.Append(new Reset(), [qb], null, condition);
                    return;
                }
            case "barrier":
                {
                    Next();
                    var all = new List<int>();
                    do all.AddRange(QubitArgument()); while (Accept(","));
                    Expect(";");
                    var distinct = all.Distinct().ToArray();
                    _circuit.Append(new Gates.Barrier(distinct.Length), distinct);
                    return;
                }
        }
        string name = Identifier();
        var parameters = new List<ParameterExpression>();
        if (Accept("("))
        {
            if (!Accept(")"))
            {
                do parameters.Add(Expression(null)); while (Accept(","));
                Expect(")");
            }
        }
        var args = new List<int[]>();
        do args.Add(QubitArgument()); while (Accept(","));
        Expect(";");
        var values = parameters.Select(p => p.IsNumeric ? ParameterValue.FromNumber(p.NumericValue.Real) : ParameterValue.FromExpression(p)).ToArray();
        var gate = ResolveGate(t, name, values, args.Count);
        int width = args.Max(a => a.Length);
        if (args.Any(a => a.Length != 1 && a.Length != width)) throw Error(t, "Registers of different sizes in a gate call.");
        for (int i = 0; i < width; i++)
        {
            var qubits = args.Select(a => a.Length == 1 ? a[0] : a[i]).ToArray();
            _circuit.Append(gate, qubits, null, condition);
        }
    }

    private Instruction ResolveGate(Token at, string name, ParameterValue[] values, int numQubits)
    {
        Instruction gate;
        if (_customGates.TryGetValue(name, out var custom))
        {
            if (custom.Parameters.Length != values.Length) throw Error(at, $"'{name}' takes {custom.Parameters.Length} parameter(s).");
            gate = new Gate(name, custom.NumQubits, values, null, custom.Body, custom.Parameters);
        }
        else if (name == "U") gate = StandardGate.Create(K.U, values);
        else if (name == "CX") gate = StandardGate.Create(K.CX, values);
        else if (_qelibIncluded && Qelib.TryGetValue(name, out var kind))
        {
            if (StandardGate.ParameterCount(kind) != values.Length) throw Error(at, $"'{name}' takes {StandardGate.ParameterCount(kind)} parameter(s).");
            gate = StandardGate.Create(kind, values);
        }
        else throw Error(at, $"'{name}' is not defined in this scope.");
        if (gate.NumQubits != numQubits) throw Error(at, $"'{name}' takes {gate.NumQubits} qubit(s), {numQubits} given.");
        return gate;
    }

    private void GateDeclaration(bool opaque)
    {
        Next();
        string name = Identifier();
        var parameters = new List<Parameter>();
        if (Accept("("))
        {
            if (!Accept(")"))
            {
                do parameters.Add(new Parameter(Identifier())); while (Accept(","));
                Expect(")");
            }
        }
        var qubitNames = new List<string>();
        do qubitNames.Add(Identifier()); while (Accept(","));
        if (opaque)
        {
            Expect(";");
            _customGates[name] = new CustomGate(name, parameters.ToArray(), qubitNames.Count, null);
            return;
        }
        var body = new QuantumCircuit(qubitNames.Count, 0, name);
        var scope = parameters.ToDictionary(p => p.Name);
        Expect("{");
        while (!Accept("}"))
        {
            var t = Peek();
            if (t.Text == "barrier")
            {
                Next();
                var qs = new List<int>();
                do qs.Add(GateQubit(qubitNames)); while (Accept(","));
                Expect(";");
                body.Append(new Gates.Barrier(qs.Count), qs);
                continue;
            }
            string gateName = Identifier();
            var args = new List<ParameterExpression>();
            if (Accept("("))
            {
                if (!Accept(")"))
                {
                    do args.Add(Expression(scope)); while (Accept(","));
                    Expect(")");
                }
            }
            var qubits = new List<int>();
            do qubits.Add(GateQubit(qubitNames)); while (Accept(","));
            Expect(";");
            var values = args.Select(ParameterValue.FromExpression).ToArray();
            body.Append(ResolveGate(t, gateName, values, qubits.Count), qubits);
        }
        _customGates[name] = new CustomGate(name, parameters.ToArray(), qubitNames.Count, body);
    }

    private int GateQubit(List<string> names)
    {
        var t = Next();
        int i = names.IndexOf(t.Text);
        if (i < 0) throw Error(t, $"'{t.Text}' is not a qubit of this gate.");
        return i;
    }

    private int[] QubitArgument()
    {
        var t = Peek();
        string name = Identifier();
        if (!_qregs.TryGetValue(name, out var reg)) throw Error(t, $"'{name}' is not a quantum register.");
        if (Accept("["))
        {
            int i = Integer();
            Expect("]");
            if (i >= reg.Size) throw Error(t, $"Index {i} out of range for register '{name}'.");
            return [_circuit.IndexOf(reg[i])];
        }
        return reg.Qubits.Select(_circuit.IndexOf).ToArray();
    }

    private int[] ClbitArgument()
    {
        var t = Peek();
        string name = Identifier();
        if (!_cregs.TryGetValue(name, out var reg)) throw Error(t, $"'{name}' is not a classical register.");
        if (Accept("["))
        {
            int i = Integer();
            Expect("]");
            if (i >= reg.Size) throw Error(t, $"Index {i} out of range for register '{name}'.");
            return [_circuit.IndexOf(reg[i])];
        }
        return reg.Clbits.Select(_circuit.IndexOf).ToArray();
    }

    // ---- expressions ----------------------------------------------------------------------

    private ParameterExpression Expression(Dictionary<string, Parameter>? scope)
    {
        var left = Term(scope);
        while (Peek().Text is "+" or "-")
        {
            string op = Next().Text;
            var right = Term(scope);
            left = op == "+" ? left + right : left - right;
        }
        return left;
    }

    private ParameterExpression Term(Dictionary<string, Parameter>? scope)
    {
        var left = Unary(scope);
        while (Peek().Text is "*" or "/")
        {
            string op = Next().Text;
            var right = Unary(scope);
            left = op == "*" ? left * right : left / right;
        }
        return left;
    }

    private ParameterExpression Unary(Dictionary<string, Parameter>? scope)
    {
        if (Accept("-")) return -Unary(scope);
        if (Accept("+")) return Unary(scope);
        var b = Primary(scope);
        if (Accept("^")) return b.Power(Unary(scope));
        return b;
    }

    private ParameterExpression Primary(Dictionary<string, Parameter>? scope)
    {
        var t = Next();
        switch (t.Kind)
        {
            case TokenKind.Integer:
            case TokenKind.Real:
                return ParameterExpression.Constant(double.Parse(t.Text, NumberStyles.Float, CultureInfo.InvariantCulture));
            case TokenKind.Symbol when t.Text == "(":
                var inner = Expression(scope);
                Expect(")");
                return inner;
            case TokenKind.Identifier:
                if (t.Text == "pi") return ParameterExpression.Constant(Math.PI);
                if (t.Text is "sin" or "cos" or "tan" or "exp" or "ln" or "sqrt" && Peek().Text == "(")
                {
                    Expect("(");
                    var arg = Expression(scope);
                    Expect(")");
                    return t.Text switch
                    {
                        "sin" => arg.Sin(),
                        "cos" => arg.Cos(),
                        "tan" => arg.Tan(),
                        "exp" => arg.Exp(),
                        "ln" => arg.Log(),
                        _ => arg.Sqrt(),
                    };
                }
                if (scope is not null && scope.TryGetValue(t.Text, out var p)) return p;
                throw Error(t, $"'{t.Text}' is not a parameter in scope.");
            default:
                throw Error(t, $"Unexpected '{t.Text}' in an expression.");
        }
    }

    // ---- tokens ---------------------------------------------------------------------------

    private Token Peek() => _tokens[_pos];
    private Token Next() => _tokens[_pos < _tokens.Count - 1 ? _pos++ : _pos];

    private bool Accept(string text)
    {
        if (Peek().Text != text || Peek().Kind == TokenKind.String) return false;
        _pos++;
        return true;
    }

    private void Expect(string text)
    {
        var t = Next();
        if (t.Text != text || t.Kind == TokenKind.String) throw Error(t, $"Expected '{text}' but found '{t.Text}'.");
    }

    private string Identifier()
    {
        var t = Next();
        if (t.Kind != TokenKind.Identifier) throw Error(t, $"Expected an identifier but found '{t.Text}'.");
        return t.Text;
    }

    private int Integer()
    {
        var t = Next();
        if (t.Kind != TokenKind.Integer) throw Error(t, $"Expected an integer but found '{t.Text}'.");
        return int.Parse(t.Text, CultureInfo.InvariantCulture);
    }

    private static QasmException Error(Token t, string message) => new($"<input>:{t.Line},{t.Column}: {message}");

    private enum TokenKind { Identifier, Integer, Real, String, Symbol, End }

    private sealed record Token(TokenKind Kind, string Text, int Line, int Column);

    private static class Lexer
    {
        public static List<Token> Tokenize(string s)
        {
            var tokens = new List<Token>();
            int i = 0, line = 1, lineStart = 0;
            while (i < s.Length)
            {
                char c = s[i];
                int col = i - lineStart + 1;
                if (c == '\n') { line++; i++; lineStart = i; continue; }
                if (char.IsWhiteSpace(c)) { i++; continue; }
                if (c == '/' && i + 1 < s.Length && s[i + 1] == '/') { while (i < s.Length && s[i] != '\n') i++; continue; }
                if (c == '/' && i + 1 < s.Length && s[i + 1] == '*')
                {
                    i += 2;
                    while (i + 1 < s.Length && !(s[i] == '*' && s[i + 1] == '/')) { if (s[i] == '\n') { line++; lineStart = i + 1; } i++; }
                    i += 2;
                    continue;
                }
                if (char.IsLetter(c) || c == '_')
                {
                    int start = i;
                    while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '_')) i++;
                    tokens.Add(new Token(TokenKind.Identifier, s[start..i], line, col));
                    continue;
                }
                if (char.IsDigit(c) || (c == '.' && i + 1 < s.Length && char.IsDigit(s[i + 1])))
                {
                    int start = i;
                    bool real = false;
                    while (i < s.Length && char.IsDigit(s[i])) i++;
                    if (i < s.Length && s[i] == '.') { real = true; i++; while (i < s.Length && char.IsDigit(s[i])) i++; }
                    if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
                    {
                        int save = i;
                        i++;
                        if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
                        if (i < s.Length && char.IsDigit(s[i])) { real = true; while (i < s.Length && char.IsDigit(s[i])) i++; }
                        else i = save;
                    }
                    tokens.Add(new Token(real ? TokenKind.Real : TokenKind.Integer, s[start..i], line, col));
                    continue;
                }
                if (c == '"')
                {
                    int end = s.IndexOf('"', i + 1);
                    if (end < 0) throw new QasmException($"<input>:{line},{col}: Unterminated string.");
                    tokens.Add(new Token(TokenKind.String, s[(i + 1)..end], line, col));
                    i = end + 1;
                    continue;
                }
                if (c == '-' && i + 1 < s.Length && s[i + 1] == '>') { tokens.Add(new Token(TokenKind.Symbol, "->", line, col)); i += 2; continue; }
                if (c == '=' && i + 1 < s.Length && s[i + 1] == '=') { tokens.Add(new Token(TokenKind.Symbol, "==", line, col)); i += 2; continue; }
                if ("()[]{};,+-*/^".Contains(c)) { tokens.Add(new Token(TokenKind.Symbol, c.ToString(), line, col)); i++; continue; }
                throw new QasmException($"<input>:{line},{col}: Unexpected character '{c}'.");
            }
            tokens.Add(new Token(TokenKind.End, "<end of input>", line, i - lineStart + 1));
            return tokens;
        }
    }
}
