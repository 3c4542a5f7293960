using System.Text;
using System.Text.RegularExpressions;

namespace QiskitStudio.Python.Conformance.Tests;

/// <summary>
/// Makes hostile programs from a fixed seed: mutated corpus programs (tokens and lines deleted,
/// duplicated, swapped), random token soup, deep nesting, huge literals and resource bombs.
/// The same seed always yields the same programs.
/// </summary>
public sealed partial class FuzzProgramGenerator(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Vocabulary =
    [
        "def", "class", "if", "elif", "else", "for", "while", "in", "not", "and", "or", "is", "lambda", "return",
        "yield", "from", "import", "try", "except", "finally", "with", "as", "raise", "global", "nonlocal", "pass",
        "break", "continue", "del", "assert", "True", "False", "None", "async", "await", "match", "case",
        "x", "y", "f", "self", "print", "len", "range", "list", "dict", "__init__", "super", "object", "math",
        "0", "1", "-1", "3.5", "1e308", "10**9", "0x1f", "1_000", "2j", "'s'", "\"t\"", "f'{x}'", "'''q'''", "r'\\d'",
        "(", ")", "[", "]", "{", "}", ":", ",", ".", ";", "=", "==", "+", "-", "*", "**", "/", "//", "%", "@",
        "<", ">", "<=", ">=", "!=", "<<", ">>", "&", "|", "^", "~", "+=", "->", ":=", "...", "\\", "#", "\n", "\n    ", "\t",
    ];

    [GeneratedRegex(@"\s+|[A-Za-z_][A-Za-z_0-9]*|\d[\d_]*(\.\d*)?([eE][+-]?\d+)?j?|'[^'\n]*'|""[^""\n]*""|\*\*=?|//=?|[<>=!]=|->|:=|.", RegexOptions.Singleline)]
    private static partial Regex TokenPattern();

    /// <summary>One mutation of <paramref name="source"/>: token or line edits, 1 to 4 of them.</summary>
    public string Mutate(string source)
    {
        int edits = 1 + _random.Next(4);
        for (int e = 0; e < edits; e++)
            source = _random.Next(2) == 0 ? MutateTokens(source) : MutateLines(source);
        return source;
    }

    private string MutateTokens(string source)
    {
        var tokens = TokenPattern().Matches(source).Select(m => m.Value).ToList();
        if (tokens.Count == 0) return source;
        int i = _random.Next(tokens.Count);
        switch (_random.Next(4))
        {
            case 0: tokens.RemoveAt(i); break;
            case 1: tokens.Insert(i, tokens[i]); break;
            case 2:
                int j = _random.Next(tokens.Count);
                (tokens[i], tokens[j]) = (tokens[j], tokens[i]);
                break;
            default: tokens.Insert(i, Vocabulary[_random.Next(Vocabulary.Length)]); break;
        }
        return string.Concat(tokens);
    }

    private string MutateLines(string source)
    {
        var lines = source.Split('\n').ToList();
        int i = _random.Next(lines.Count);
        switch (_random.Next(4))
        {
            case 0: lines.RemoveAt(i); break;
            case 1: lines.Insert(i, lines[i]); break;
            case 2:
                int j = _random.Next(lines.Count);
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
            default: lines[i] = new string(' ', _random.Next(9)) + lines[i].TrimStart(); break;
        }
        return string.Join('\n', lines);
    }

    /// <summary>A random sequence of Python tokens, separated by spaces or not.</summary>
    public string TokenSoup()
    {
        int count = 1 + _random.Next(60);
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            sb.Append(Vocabulary[_random.Next(Vocabulary.Length)]);
            if (_random.Next(3) != 0) sb.Append(' ');
        }
        return sb.ToString();
    }

    /// <summary>Fixed stress programs: deep nesting, huge literals and resource bombs.</summary>
    public static IEnumerable<(string Name, string Source)> StressPrograms()
    {
        foreach (int depth in new[] { 50, 200, 1000, 3000 })
        {
            yield return ($"parens {depth}", new string('(', depth) + "1" + new string(')', depth) + "\nprint('ok')");
            yield return ($"lists {depth}", "x = " + new string('[', depth) + new string(']', depth));
            yield return ($"unclosed {depth}", "x = " + new string('{', depth));
            yield return ($"unary {depth}", "x = " + string.Concat(Enumerable.Repeat("-", depth)) + "1");
            yield return ($"not {depth}", "x = " + string.Concat(Enumerable.Repeat("not ", depth)) + "1");
            yield return ($"power chain {depth}", "x = 1" + string.Concat(Enumerable.Repeat(" ** 1", depth)));
            yield return ($"sum chain {depth}", "x = 1" + string.Concat(Enumerable.Repeat(" + 1", depth)) + "\nprint(x)");
            yield return ($"attribute chain {depth}", "x = a" + string.Concat(Enumerable.Repeat(".b", depth)));
            yield return ($"call chain {depth}", "x = f" + string.Concat(Enumerable.Repeat("()", depth)));
            // Nested blocks grow the source quadratically (each level indents one more space).
            if (depth <= 1000)
            {
                yield return ($"lambda chain {depth}", "f = " + string.Concat(Enumerable.Repeat("lambda: ", depth)) + "0");
                yield return ($"blocks {depth}", NestedBlocks(depth));
            }
        }
        yield return ("huge int literal", "x = " + new string('9', 100_000) + "\nprint(len(str(x % 1000)))");
        yield return ("huge float literal", "x = 1e999999\ny = 0." + new string('1', 50_000) + "\nprint(x, y)");
        yield return ("huge string literal", "s = '" + new string('a', 500_000) + "'\nprint(len(s))");
        yield return ("huge list literal", "x = [" + string.Join(",", Enumerable.Range(0, 50_000)) + "]\nprint(len(x))");
        yield return ("many lines", string.Concat(Enumerable.Repeat("x = 1\n", 20_000)));
        yield return ("infinite loop", "while True:\n    pass");
        yield return ("infinite loop with work", "i = 0\nwhile True:\n    i += 1");
        yield return ("infinite recursion", "def f(n):\n    return f(n + 1)\nf(0)");
        yield return ("mutual recursion", "def a(n):\n    return b(n)\ndef b(n):\n    return a(n)\na(0)");
        yield return ("recursion caught forever", "def f():\n    try:\n        f()\n    except RecursionError:\n        f()\nf()");
        yield return ("generator recursion", "def g():\n    yield from g()\nlist(g())");
        yield return ("big power", "x = 2 ** (10 ** 9)");
        yield return ("big power mod ok", "print(pow(3, 10 ** 6, 1000))");
        yield return ("string bomb", "s = 'a' * (10 ** 10)");
        yield return ("string doubling", "s = 'a'\nwhile True:\n    s = s + s");
        yield return ("list bomb", "x = [0] * (10 ** 9)");
        yield return ("list growth", "x = []\nwhile True:\n    x.append(x[:100])");
        yield return ("dict growth", "d = {}\ni = 0\nwhile True:\n    d[i] = str(i) * 10\n    i += 1");
        yield return ("output flood", "while True:\n    print('spam' * 100)");
        yield return ("int to str huge", "print(len(str(10 ** 100000)))");
        yield return ("nested comprehension", "x = [[[i * j * k for i in range(200)] for j in range(200)] for k in range(200)]");
        yield return ("range sum big", "print(sum(range(10 ** 12)))");
        yield return ("sort big", "x = sorted(range(10 ** 8, 0, -1))");
        yield return ("exception storm", "while True:\n    try:\n        1 / 0\n    except ZeroDivisionError:\n        pass");
        yield return ("self-referential repr", "x = []\nx.append(x)\nd = {}\nd[1] = d\nprint(x, d)");
        yield return ("del builtins", "del print\nprint(1)");
        yield return ("rebind builtins", "len = 5\nprint = len\nprint(1)");
        yield return ("deep data", "x = []\nfor _ in range(100000):\n    x = [x]\nprint(len(repr(x)))");
        yield return ("empty", "");
        yield return ("only newlines", "\n\n\n");
        yield return ("nul byte", "x = 1\0\nprint(x)");
        yield return ("lone surrogate", "s = '\ud800'\nprint(len(s))");
        yield return ("tabs and spaces", "if 1:\n\tx = 1\n        y = 2");
        yield return ("bad dedent", "if 1:\n        x = 1\n    y = 2");
        yield return ("unterminated string", "s = 'abc");
        yield return ("unterminated triple", "s = '''abc\n\n");
        yield return ("unterminated fstring", "s = f'{x'");
        yield return ("fstring nested deep", "x = 1\nprint(f\"{f'{f\"{x}\"}'}\")");
    }

    private static string NestedBlocks(int depth)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < depth; i++) sb.Append(' ', i).Append("if True:\n");
        sb.Append(' ', depth).Append("print('deep')\n");
        return sb.ToString();
    }
}
