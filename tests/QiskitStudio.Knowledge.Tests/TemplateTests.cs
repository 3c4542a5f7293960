using QiskitStudio.Knowledge.Templates;

namespace QiskitStudio.Knowledge.Tests;

public sealed class TemplateTests
{
    private static readonly CodeTemplateLibrary Library = new();

    [Fact]
    public void There_are_at_least_thirty_templates_with_unique_ids()
    {
        Assert.True(Library.Templates.Count >= 30, $"{Library.Templates.Count} templates");
        Assert.Equal(Library.Templates.Count, Library.Templates.Select(t => t.Id).Distinct().Count());
    }

    [Fact]
    public void Every_template_renders_a_program_that_prints_and_avoids_removed_apis()
    {
        foreach (var t in Library.Templates)
        {
            var code = t.Render(new TemplateParameters());
            Assert.Contains("print(", code);
            Assert.DoesNotContain("execute(", code);
            Assert.DoesNotContain("from qiskit import Aer", code);
            Assert.DoesNotContain("{{", code);
        }
    }

    [Fact]
    public void Every_template_parses_as_python_with_default_and_request_parameters()
    {
        if (!Python.Available) return; // python3 missing: nothing to check against
        var sources = new Dictionary<string, string>();
        var requests = new[] { "", "5-qubit marked state 0110 secret 10110 balanced 2000 shots phase 0.125 reps 3 edges (0,1), (1,2) theta 0.7 depth 4",
            "constant oracle on 2 qubits message 01 phase 3/8 level 1" };
        for (int r = 0; r < requests.Length; r++)
            foreach (var t in Library.Templates)
                sources[$"{t.Id.Replace('-', '_')}_{r}"] = t.Render(TemplateParameters.Extract(requests[r]));
        var errors = Python.ParseErrors(sources);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Key + ": " + e.Value)));
    }

    [Theory]
    [InlineData("Write a 5-qubit GHZ circuit", "ghz", "n = 5")]
    [InlineData("GHZ state on seven qubits", "ghz", "n = 7")]
    [InlineData("Grover search with marked state 101", "grover", "marked = [\"101\"]")]
    [InlineData("grover on 4 qubits, marked states 0110 and 1001", "grover", "marked = [\"0110\", \"1001\"]")]
    [InlineData("Bernstein-Vazirani with secret 1011", "bernstein-vazirani", "secret = \"1011\"")]
    [InlineData("Simon's algorithm with hidden period 101", "simon", "secret = \"101\"")]
    [InlineData("Deutsch-Jozsa with a constant oracle", "deutsch-jozsa", "constant oracle")]
    [InlineData("superdense coding sending 01", "superdense-coding", "message = \"01\"")]
    [InlineData("phase estimation of phase 1/8", "phase-estimation", "phase = 0.125")]
    [InlineData("QAOA max cut with edges (0,1), (1,2), (2,0)", "qaoa-maxcut", "edges = [(0, 1), (1, 2), (2, 0)]")]
    [InlineData("Bell state with 500 shots", "bell", "shots = 500")]
    [InlineData("QFT on 4 qubits", "qft", "n = 4")]
    [InlineData("QAOA max cut on a 6-node ring", "qaoa-maxcut", "n = 6")]
    public void Requests_choose_a_template_and_fill_it(string request, string id, string expectedFragment)
    {
        var match = Library.Match(request);
        Assert.NotNull(match);
        Assert.Equal(id, match.Template.Id);
        Assert.Contains(expectedFragment, match.Code);
    }

    [Fact]
    public void Requests_without_a_matching_template_get_none()
    {
        Assert.Null(Library.Match("write a web scraper for news sites"));
        Assert.Null(Library.Match("build a REST API in Flask"));
    }

    [Fact]
    public void Marked_states_shorter_than_the_register_are_padded()
    {
        var code = Library.Match("Grover on 4 qubits with marked state 11")!.Code;
        Assert.Contains("n = 4", code);
        Assert.Contains("marked = [\"0011\"]", code);
    }
}
