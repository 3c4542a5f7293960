using System.Text;
using System.Text.RegularExpressions;

namespace QiskitStudio.Execution.Rewriting;

/// <summary>The IBM Quantum settings a <c>/run</c> request may carry (CONTRACT §3.1).</summary>
public sealed record IbmCredentials(string Token, string? Channel = null, string? Instance = null, string? Region = null)
{
    /// <summary>Upstream's default when the request names no channel (CONTRACT §4.4 step 2).</summary>
    public const string DefaultChannel = "ibm_quantum";

    public override string ToString() => $"IbmCredentials {{ Channel = {Channel ?? DefaultChannel}, Token = [REDACTED] }}";
}

/// <summary>
/// Rewrites a program's IBM Quantum set-up before it runs, as upstream's coderun did
/// (CONTRACT §4.4.0): with a token, the service call gets the credentials; without one in
/// local mode, STEP 0 becomes the Aer simulator block and <c>.options.</c> lines go.
/// Unlike upstream, credentials are written as Python string literals that escape every
/// character outside a small safe set, so a crafted token cannot break out of its quotes.
/// </summary>
public static partial class IbmConfigRewriter
{
    /// <summary>The block that replaces STEP 0 in local mode (§4.4.0 C).</summary>
    public const string LocalSimulatorBlock =
        "from qiskit_aer import AerSimulator\n\nbackend = AerSimulator()\nprint(\"Using local simulator...\")";

    private const string Step0Marker = "## STEP 0 : IBM Quantum Config";

    /// <summary>Applies §4.4.0: case A when <paramref name="credentials"/> has a token, else B or C.</summary>
    public static string Rewrite(string code, IbmCredentials? credentials, bool localMode)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (credentials is { Token.Length: > 0 })
            return InjectCredentials(code, credentials);
        return localMode ? UseLocalSimulator(code) : code;
    }

    // §4.4.0 A: the first matching rule wins.
    private static string InjectCredentials(string code, IbmCredentials credentials)
    {
        var arguments = ServiceArguments(credentials);
        var replacement =
            "from qiskit_ibm_runtime import QiskitRuntimeService\n\n" +
            "# IBM Quantum Runtime service with the credentials given in the request\n" +
            "service = QiskitRuntimeService(\n    " + arguments + "\n)\n" +
            "backend = service.least_busy(operational=True, simulator=False)\n" +
            "print(f\"Using IBM Quantum backend: {backend.name}\")";

        foreach (var block in new[] { AerBlock(), IbmBlockWithoutToken(), IbmBlockWithToken() })
        {
            if (block.IsMatch(code))
                return block.Replace(code, _ => replacement);
        }

        const string bareCall = "QiskitRuntimeService()";
        if (code.Contains(bareCall, StringComparison.Ordinal))
            return code.Replace(bareCall, "QiskitRuntimeService(\n    " + arguments + "\n)", StringComparison.Ordinal);

        return code;
    }

    // §4.4.0 C: no token, local mode.
    private static string UseLocalSimulator(string code)
    {
        if (code.Contains(Step0Marker, StringComparison.Ordinal))
        {
            var headers = StepHeader().Matches(code);
            if (headers.Count > 0)
            {
                return RemoveOptionLines(ReplaceStep0Body(code, headers));
            }
        }

        foreach (var block in new[] { IbmBlockWithTokenAndPrint(), IbmBlockWithoutToken() })
        {
            if (block.IsMatch(code))
                return RemoveOptionLines(block.Replace(code, _ => LocalSimulatorBlock));
        }
        return code;
    }

    /// <summary>
    /// Replaces what follows the STEP 0 header, up to the next step header or the end, with the
    /// simulator block. When no header names STEP 0 and the IBM config, the code comes back
    /// unchanged (upstream then still strips the options lines, which the caller does).
    /// </summary>
    private static string ReplaceStep0Body(string code, MatchCollection headers)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i].Value;
            if (!header.Contains("STEP 0", StringComparison.Ordinal) || !header.Contains("IBM Quantum Config", StringComparison.Ordinal))
                continue;

            var bodyStart = headers[i].Index + headers[i].Length;
            var bodyEnd = i + 1 < headers.Count ? headers[i + 1].Index : code.Length;
            var result = new StringBuilder(code.Length);
            result.Append(code, 0, bodyStart);
            result.Append('\n').Append(LocalSimulatorBlock).Append("\n\n");
            result.Append(code, bodyEnd, code.Length - bodyEnd);
            return result.ToString();
        }
        return code;
    }

    /// <summary>Deletes every newline-terminated line that contains <c>.options.</c> (§4.4.0 C.3).</summary>
    public static string RemoveOptionLines(string code) => OptionsLine().Replace(code, string.Empty);

    private static string ServiceArguments(IbmCredentials credentials)
    {
        var arguments = new List<string>(4)
        {
            "channel=" + PythonStringLiteral(credentials.Channel ?? IbmCredentials.DefaultChannel),
            "token=" + PythonStringLiteral(credentials.Token),
        };
        if (!string.IsNullOrEmpty(credentials.Instance))
            arguments.Add("instance=" + PythonStringLiteral(credentials.Instance));
        if (!string.IsNullOrEmpty(credentials.Region))
            arguments.Add("region=" + PythonStringLiteral(credentials.Region));
        return string.Join(",\n    ", arguments);
    }

    /// <summary>
    /// A double-quoted Python literal for any text: characters outside letters, digits and
    /// <c> -_.:/=+@,~</c> become <c>\xNN</c>, <c>\uNNNN</c> or <c>\UNNNNNNNN</c> escapes, so
    /// the result never contains a quote, a backslash sequence of the input's making, or a newline.
    /// </summary>
    public static string PythonStringLiteral(string value)
    {
        var literal = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiLetterOrDigit(c) || " -_.:/=+@,~".Contains(c))
            {
                literal.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                literal.Append("\\U").Append(char.ConvertToUtf32(c, value[i + 1]).ToString("x8"));
                i++;
            }
            else if (c < 0x100)
            {
                literal.Append("\\x").Append(((int)c).ToString("x2"));
            }
            else
            {
                literal.Append("\\u").Append(((int)c).ToString("x4"));
            }
        }
        return literal.Append('"').ToString();
    }

    [GeneratedRegex(@"from qiskit_aer import AerSimulator\n\nbackend = AerSimulator\(\)\nprint\(""Using local simulator\.\.\.""\)")]
    private static partial Regex AerBlock();

    [GeneratedRegex(@"from qiskit_ibm_runtime import QiskitRuntimeService\n\nservice = QiskitRuntimeService\(\)\nbackend = service\.least_busy\(operational=True, simulator=False\)")]
    private static partial Regex IbmBlockWithoutToken();

    [GeneratedRegex(@"from qiskit_ibm_runtime import QiskitRuntimeService\n\nservice = QiskitRuntimeService\(token='[^']+'\)\nbackend = service\.least_busy\(operational=True, simulator=False\)")]
    private static partial Regex IbmBlockWithToken();

    [GeneratedRegex(@"from qiskit_ibm_runtime import QiskitRuntimeService\n\nservice = QiskitRuntimeService\(token='[^']+'\)\nbackend = service\.least_busy\(operational=True, simulator=False\)\nprint\(f""Using IBM Quantum backend: {[^}]+}""\)")]
    private static partial Regex IbmBlockWithTokenAndPrint();

    // A step header runs from "## STEP <n>" to the end of its line, newline included.
    [GeneratedRegex(@"## STEP \d+[^\n]*\n")]
    private static partial Regex StepHeader();

    [GeneratedRegex(@"[^\n]*\.options\.[^\n]*\n")]
    private static partial Regex OptionsLine();
}
