using System.Globalization;
using System.Numerics;
using QiskitStudio.Python.Modules.Json;

namespace QiskitStudio.Python.Conformance.Tests.Modules;

/// <summary>JSON text rules checked against what CPython 3.11's json module does.</summary>
public sealed class JsonTextTests
{
    /// <summary>Builds a compact description of a decoded document, to compare shapes.</summary>
    private sealed class DescribingBuilder : IJsonValueBuilder<string>
    {
        public string Null() => "None";
        public string Bool(bool value) => value ? "True" : "False";
        public string Integer(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);
        public string Float(double value) => "f" + (double.IsPositiveInfinity(value) ? "Infinity" : double.IsNegativeInfinity(value) ? "-Infinity" : value.ToString("R", CultureInfo.InvariantCulture));
        public string String(string value) => "'" + value + "'";
        public string Array(List<string> items) => "[" + string.Join(", ", items) + "]";
        public string Object(List<KeyValuePair<string, string>> members) =>
            "{" + string.Join(", ", members.Select(m => $"'{m.Key}': {m.Value}")) + "}";
    }

    private static string Decode(string text) => new JsonDecoder<string>(new DescribingBuilder()).Decode(text);

    [Theory]
    [InlineData("{\"a\": 1, \"b\": [true, false, null], \"c\": 2.5}", "{'a': 1, 'b': [True, False, None], 'c': f2.5}")]
    [InlineData("  [ ] ", "[]")]
    [InlineData("{ }", "{}")]
    [InlineData("12345678901234567890", "12345678901234567890")]
    [InlineData("-0", "0")]
    [InlineData("1E2", "f100")]
    [InlineData("\"\\u00e9\\ud83d\\ude00\\n\"", "'é😀\n'")]
    [InlineData("[NaN, Infinity, -Infinity]", "[fNaN, fInfinity, f-Infinity]")]
    public void Decodes_like_CPython(string text, string expected) => Assert.Equal(expected, Decode(text));

    [Theory]
    [InlineData("{\"a\": }", "Expecting value: line 1 column 7 (char 6)")]
    [InlineData("[1, 2", "Expecting ',' delimiter: line 1 column 6 (char 5)")]
    [InlineData("", "Expecting value: line 1 column 1 (char 0)")]
    [InlineData("nul", "Expecting value: line 1 column 1 (char 0)")]
    [InlineData("{\"a\" 1}", "Expecting ':' delimiter: line 1 column 6 (char 5)")]
    [InlineData("[1,]", "Expecting value: line 1 column 4 (char 3)")]
    [InlineData("\"unterminated", "Unterminated string starting at: line 1 column 1 (char 0)")]
    [InlineData("{\"a\": 1,}", "Expecting property name enclosed in double quotes: line 1 column 9 (char 8)")]
    [InlineData("[1 2]", "Expecting ',' delimiter: line 1 column 4 (char 3)")]
    [InlineData("{\"a\":1} x", "Extra data: line 1 column 9 (char 8)")]
    [InlineData("\"a\\qb\"", "Invalid \\escape: line 1 column 3 (char 2)")]
    [InlineData("\"\\u12\"", "Invalid \\uXXXX escape: line 1 column 3 (char 2)")]
    [InlineData("\"a\nb\"", "Invalid control character at: line 1 column 3 (char 2)")]
    [InlineData("01", "Extra data: line 1 column 2 (char 1)")]
    [InlineData("{", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)")]
    [InlineData("[", "Expecting value: line 1 column 2 (char 1)")]
    [InlineData("{\"a\"", "Expecting ':' delimiter: line 1 column 5 (char 4)")]
    [InlineData("1.", "Extra data: line 1 column 2 (char 1)")]
    [InlineData("[1,\n 2,\n x]", "Expecting value: line 3 column 2 (char 9)")]
    public void Errors_carry_CPython_messages(string text, string message)
    {
        var ex = Assert.Throws<JsonDecodeException>(() => Decode(text));
        Assert.Equal(message, ex.Message);
    }

    [Theory]
    [InlineData("quote \" backslash \\ slash / tab \t nl \n", true, "\"quote \\\" backslash \\\\ slash / tab \\t nl \\n\"")]
    [InlineData("é 中 😀", true, "\"\\u00e9 \\u4e2d \\ud83d\\ude00\"")]
    [InlineData("é 中 😀", false, "\"é 中 😀\"")]
    [InlineData("\u0000\u001f\u007f", true, "\"\\u0000\\u001f\\u007f\"")]
    [InlineData("\u0000\u001f\u007f", false, "\"\\u0000\\u001f\u007f\"")]
    public void Strings_are_escaped_like_json_dumps(string value, bool ensureAscii, string expected) =>
        Assert.Equal(expected, JsonText.QuoteString(value, ensureAscii));
}
