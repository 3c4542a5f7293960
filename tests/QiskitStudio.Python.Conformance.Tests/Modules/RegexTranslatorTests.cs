using System.Text.RegularExpressions;
using QiskitStudio.Python.Modules.Re;

namespace QiskitStudio.Python.Conformance.Tests.Modules;

public sealed class RegexTranslatorTests
{
    [Fact]
    public void Named_groups_are_numbered_in_Python_order()
    {
        var t = PythonRegexTranslator.Translate(@"(?P<key>\w+)=(\d+)(?P<rest>.*)");
        Assert.Equal(3, t.GroupCount);
        Assert.Equal(1, t.GroupIndex["key"]);
        Assert.Equal(3, t.GroupIndex["rest"]);
        var m = t.Compile().Match("shots=1024;x");
        Assert.Equal("shots", m.Groups[1].Value);
        Assert.Equal("1024", m.Groups[2].Value);
        Assert.Equal(";x", m.Groups[3].Value);
    }

    [Theory]
    [InlineData(@"(?P<q>['""]).*?(?P=q)", "say 'hi' now", "'hi'")]
    [InlineData(@"a{,2}b", "aaab", "aab")]
    [InlineData(@"\w\Z", "xy\n", null)]
    [InlineData(@"\w$", "xy\n", "y")]
    [InlineData(@"(\w)\1", "abccd", "cc")]
    [InlineData(@"[a-c[]+", "x[ab", "[ab")]
    [InlineData(@"\U0001F600", "a😀", "😀")]
    [InlineData(@"(?i)HELLO", "say hello", "hello")]
    [InlineData(@"(?x) a b  # comment (with parens", "ab", "ab")]
    [InlineData(@"(?#note)ab", "xab", "ab")]
    [InlineData(@"(?a)\w+", "héllo", "h")]
    [InlineData(@"\d{2,3}", "12345", "123")]
    public void Translated_patterns_match_like_Python(string pattern, string input, string? expected)
    {
        var m = PythonRegexTranslator.Translate(pattern).Compile().Match(input);
        Assert.Equal(expected, m.Success ? m.Value : null);
    }

    [Theory]
    [InlineData("(unclosed")]
    [InlineData("unbalanced)")]
    [InlineData("*start")]
    [InlineData("a|*b")]
    [InlineData("[abc")]
    [InlineData(@"\q")]
    [InlineData(@"(?P=nope)")]
    [InlineData(@"(a)\2")]
    [InlineData(@"a{3,1}")]
    [InlineData(@"(?<=a+)b")]
    [InlineData(@"\1(a)")]
    [InlineData(@"(?P<x>a(?P=x))")]
    public void Invalid_patterns_raise_re_error(string pattern)
    {
        Assert.Throws<PythonRegexException>(() => PythonRegexTranslator.Translate(pattern));
    }

    [Fact]
    public void Flags_map_to_dotnet_options()
    {
        var t = PythonRegexTranslator.Translate("a.b", PythonRegexFlags.IgnoreCase | PythonRegexFlags.DotAll | PythonRegexFlags.Multiline);
        Assert.True(t.Options.HasFlag(RegexOptions.IgnoreCase));
        Assert.True(t.Options.HasFlag(RegexOptions.Singleline));
        Assert.True(t.Options.HasFlag(RegexOptions.Multiline));
        Assert.True(t.Flags.HasFlag(PythonRegexFlags.Unicode));
    }
}
