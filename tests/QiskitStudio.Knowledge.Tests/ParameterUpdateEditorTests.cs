using QiskitStudio.Knowledge.ParameterUpdates;
using QiskitStudio.Knowledge.Tests.Evaluation;

namespace QiskitStudio.Knowledge.Tests;

public sealed class ParameterUpdateEditorTests
{
    [Fact]
    public void Text_that_is_not_a_parameter_prompt_is_refused()
    {
        Assert.False(ParameterUpdateEditor.TryApply("What is a qubit?", out var body));
        Assert.Equal("", body);
        Assert.False(ParameterUpdateEditor.TryApply("###[Transpiler]\n\nno fence here", out _));
    }

    [Fact]
    public void The_prompt_is_parsed_into_label_code_and_parameters()
    {
        var prompt = FrontendPrompt.Build("Runtime Primitives", "x = 1\ny = 2", "resilience_config", FrontendPrompt.Resilience(2, m3: null, gateFolding: null), optimize: true);
        Assert.True(ParameterUpdatePrompt.TryParse(prompt, out var parsed));
        Assert.Equal("Runtime Primitives", parsed.Label);
        Assert.Equal("x = 1\ny = 2", parsed.Code);
        Assert.Equal(["resilience_level", "trex", "zne", "pec", "pea", "dynamical_decoupling", "gate_twirling", "m3", "gate_folding"], parsed.Parameters.Select(p => p.Key));
        Assert.Equal("undefined", parsed.Parameters.Single(p => p.Key == "m3").Value);
        Assert.Equal(["optimize"], parsed.Flags);
    }

    [Fact]
    public void Code_containing_fences_and_comments_with_the_keyword_is_handled()
    {
        var code = "# optimization_level=1 is only mentioned here\npm = generate_preset_pass_manager(optimization_level=1, backend=backend)\ndoc = \"optimization_level=1\"";
        Assert.True(ParameterUpdateEditor.TryApply(FrontendPrompt.Build("Transpiler", code, "optimization_level", 3), out var body));
        Assert.Equal(code.Replace("manager(optimization_level=1", "manager(optimization_level=3"), body);
    }

    [Fact]
    public void The_reply_never_echoes_the_label_or_adds_prose()
    {
        foreach (var c in EvaluationSet.All.Where(c => c.Intent == ChatIntent.ParameterUpdate))
        {
            Assert.True(ParameterUpdateEditor.TryApply(c.Text, out var body), c.Id);
            Assert.DoesNotContain("###[", body);
            Assert.DoesNotContain("NEW PARAMETERS", body);
            Assert.DoesNotContain("INPUT PYTHON", body);
        }
    }

    [Fact]
    public void A_parameter_with_no_place_in_the_code_is_refused()
    {
        Assert.False(ParameterUpdateEditor.TryApply(FrontendPrompt.Build("Visualization", "print('hello')", "visualization_type", "Plot"), out _));
        Assert.False(ParameterUpdateEditor.TryApply(FrontendPrompt.Build("Runtime", "x = 1", "loopCount", 4), out _));
        // A sum of several Pauli terms cannot become a single Pauli
        Assert.False(ParameterUpdateEditor.TryApply(FrontendPrompt.Build("CHSH Observables", NodeBodies.QuantumInfoChsh, "quantum_info_type", "Pauli"), out _));
    }

    [Fact]
    public void Edits_are_idempotent()
    {
        foreach (var c in EvaluationSet.All.Where(c => c.Intent == ChatIntent.ParameterUpdate && !c.Text.Contains("Selected molecule")))
        {
            Assert.True(ParameterUpdatePrompt.TryParse(c.Text, out var parsed), c.Id);
            var once = ParameterUpdateEditor.Apply(parsed)!;
            var twice = ParameterUpdateEditor.Apply(parsed with { Code = once.Body })!;
            Assert.Equal(once.Body, twice.Body);
            Assert.False(twice.Changed, c.Id);
        }
    }
}
