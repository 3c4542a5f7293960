using QiskitStudio.Agents.Routing;

namespace QiskitStudio.Agents.Tests;

public sealed class FrontendPromptParsingTests
{
    [Fact]
    public void A_scalar_parameter_update_is_parsed()
    {
        var text = FrontendPrompts.ParameterUpdate("Transpiler", FrontendPrompts.TranspilerCode, ("optimization_level", "2"));

        Assert.True(ParameterUpdatePrompt.TryParse(text, out var prompt));

        Assert.Equal("Transpiler", prompt.Label);
        Assert.Equal(FrontendPrompts.TranspilerCode, prompt.Code);
        Assert.Equal([new KeyValuePair<string, string>("optimization_level", "2")], prompt.Parameters);
        Assert.False(prompt.IsMoleculeUpdate);
    }

    [Fact]
    public void An_object_parameter_becomes_one_line_per_key()
    {
        var text = FrontendPrompts.ParameterUpdate("Runtime", "estimator = Estimator(mode=backend)",
            ("resilience_level", "2"), ("trex", "true"), ("zne", "false"), ("dynamical_decoupling", "true"));

        Assert.True(ParameterUpdatePrompt.TryParse(text, out var prompt));

        Assert.Equal(["resilience_level", "trex", "zne", "dynamical_decoupling"], prompt.Parameters.Select(p => p.Key));
        Assert.Equal(["2", "true", "false", "true"], prompt.Parameters.Select(p => p.Value));
    }

    [Fact]
    public void A_molecule_update_is_recognised()
    {
        var text = FrontendPrompts.MoleculeUpdate("Chemistry Mapping", "mol = pyscf.gto.Mole()", "LiH");

        Assert.True(ParameterUpdatePrompt.TryParse(text, out var prompt));

        Assert.True(prompt.IsMoleculeUpdate);
        Assert.Equal("LiH", prompt.Parameters.First(p => p.Key == "Selected molecule").Value);
    }

    [Fact]
    public void Windows_line_endings_are_accepted()
    {
        var text = FrontendPrompts.ParameterUpdate("Transpiler", "pm = 1", ("seed_transpiler", "42")).Replace("\n", "\r\n");
        Assert.True(ParameterUpdatePrompt.TryParse(text, out var prompt));
        Assert.Equal("pm = 1", prompt.Code);
    }

    [Theory]
    [InlineData("What is a qubit?")]
    [InlineData("###[Transpiler]\nno fence here\nNEW PARAMETERS:\n    a: b")]
    [InlineData("```\ncode\n```\n\nNEW PARAMETERS:\n\n    a: b")]
    [InlineData("")]
    public void Other_text_is_not_a_parameter_update(string text)
    {
        Assert.False(ParameterUpdatePrompt.TryParse(text, out _));
    }

    [Fact]
    public void A_node_update_prompt_yields_its_two_code_blocks()
    {
        var text = FrontendPrompts.NodeUpdate(FrontendPrompts.MaxCutNodeCode, "graph.add_nodes_from(range(n))");

        Assert.True(NodeUpdatePrompt.TryParse(text, out var prompt));

        Assert.Equal(FrontendPrompts.MaxCutNodeCode.TrimEnd('\n'), prompt.SurroundingCode);
        Assert.Equal("graph.add_nodes_from(range(n))", prompt.InputCode);
    }
}
