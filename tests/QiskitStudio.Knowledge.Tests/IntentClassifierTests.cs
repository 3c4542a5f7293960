using QiskitStudio.Knowledge.Tests.Evaluation;

namespace QiskitStudio.Knowledge.Tests;

public sealed class IntentClassifierTests
{
    private readonly IntentClassifier _classifier = new();

    [Theory]
    [InlineData("What is a qubit?", ChatIntent.Question)]
    [InlineData("How do I transpile for a backend?", ChatIntent.Question)]
    [InlineData("Write a Grover search for 3 qubits", ChatIntent.CodeRequest)]
    [InlineData("Create a GHZ circuit", ChatIntent.CodeRequest)]
    [InlineData("Tell me a joke about cats", ChatIntent.OutOfScope)]
    public void Classifies_plain_messages(string text, ChatIntent expected) => Assert.Equal(expected, _classifier.Classify(text).Intent);

    [Fact]
    public void A_frontend_parameter_prompt_is_a_parameter_update_for_the_architect()
    {
        var d = _classifier.Classify(FrontendPrompt.Build("Transpiler", NodeBodies.TranspilerTarget, "optimization_level", 2));
        Assert.Equal(ChatIntent.ParameterUpdate, d.Intent);
        Assert.Equal(IntentDecision.ArchitectAgent, d.Agent);
    }

    [Fact]
    public void Short_domain_words_must_be_whole_words()
    {
        // "pea" inside "peaceful" and "bra" inside "brazil" are not quantum vocabulary
        Assert.Equal(ChatIntent.OutOfScope, _classifier.Classify("Describe a peaceful beach in Brazil").Intent);
        Assert.Equal(ChatIntent.Question, _classifier.Classify("What does PEA do?").Intent);
    }
}
