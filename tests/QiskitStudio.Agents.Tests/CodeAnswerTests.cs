using QiskitStudio.Agents.Agents;

namespace QiskitStudio.Agents.Tests;

public sealed class CodeAnswerTests
{
    private const string Code = "pm = generate_preset_pass_manager(optimization_level=2, backend=backend)\nisa_circuit = pm.run(circuit)";

    [Fact]
    public void Prose_around_a_python_block_is_dropped()
    {
        var answer = $"Sure! Here is the updated code:\n\n```python\n{Code}\n```\n\nThis raises the optimization level to 2.";
        Assert.Equal(Code, CodeAnswer.Extract(answer));
    }

    [Fact]
    public void Several_python_blocks_are_joined()
    {
        var answer = "First:\n```python\nx = 1\n```\nThen:\n```py\ny = 2\n```";
        Assert.Equal("x = 1\ny = 2", CodeAnswer.Extract(answer));
    }

    [Fact]
    public void An_untagged_block_is_used_when_there_is_no_python_block()
    {
        Assert.Equal(Code, CodeAnswer.Extract($"```\n{Code}\n```"));
    }

    [Fact]
    public void A_bare_answer_is_kept_as_it_is()
    {
        Assert.Equal(Code, CodeAnswer.Extract("\n" + Code + "\n\n"));
    }

    [Fact]
    public void An_echoed_label_and_input_markers_are_removed()
    {
        var answer = $"###[Transpiler]\n\n```python\n#### INPUT PYTHON\n{Code}\n#### END INPUT PYTHON\n```";
        Assert.Equal(Code, CodeAnswer.Extract(answer));

        var bare = "###[Chemistry Mapping]\n##### INPUT PYTHON\nmol = pyscf.gto.Mole()\n###### END INPUT PYTHON";
        Assert.Equal("mol = pyscf.gto.Mole()", CodeAnswer.Extract(bare));
    }

    [Fact]
    public void Reasoning_blocks_are_removed()
    {
        Assert.Equal("x = 1", CodeAnswer.Extract("<think>the user wants x</think>\n```python\nx = 1\n```"));
    }

    [Fact]
    public void A_block_cut_short_by_the_token_limit_still_yields_its_code()
    {
        Assert.Equal("x = 1\ny = 2", CodeAnswer.Extract("Here it is:\n```python\nx = 1\ny = 2"));
    }

    [Fact]
    public void Indentation_inside_the_code_is_kept()
    {
        var code = "for i in range(3):\n    qc.h(i)\n    qc.measure_all()";
        Assert.Equal(code, CodeAnswer.Extract($"```python\n{code}\n```"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Empty_answers_give_empty_code(string answer)
    {
        Assert.Equal("", CodeAnswer.Extract(answer));
    }
}
