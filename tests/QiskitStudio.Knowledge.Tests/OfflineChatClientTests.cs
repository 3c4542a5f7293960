using Microsoft.Extensions.AI;
using QiskitStudio.Knowledge.Tests.Evaluation;
using Xunit.Abstractions;

namespace QiskitStudio.Knowledge.Tests;

[Collection(KnowledgeCollection.Name)]
public sealed class OfflineChatClientTests(KnowledgeBaseFixture fixture, ITestOutputHelper output)
{
    private static List<ChatMessage> User(string text) => [new(ChatRole.User, text)];

    [Fact]
    public async Task Replies_say_they_come_from_the_offline_provider()
    {
        var response = await fixture.Client.GetResponseAsync(User("What is superposition?"));
        Assert.Equal("offline", response.ModelId);
        Assert.Equal("offline", response.AdditionalProperties!["provider"]);
        var metadata = fixture.Client.GetService<ChatClientMetadata>();
        Assert.Equal("offline", metadata!.ProviderName);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
    }

    [Fact]
    public async Task The_tutor_answers_from_the_knowledge_base_with_headings_and_citations()
    {
        var response = await fixture.Client.GetResponseAsync(User("How does zero-noise extrapolation work?"));
        output.WriteLine(response.Text);
        Assert.Equal("quantum-tutor", response.AdditionalProperties!["agent"]);
        Assert.Equal(true, response.AdditionalProperties["answered"]);
        Assert.StartsWith("## ", response.Text);
        Assert.Contains("Sources", response.Text);
        var citations = (string[])response.AdditionalProperties["citations"]!;
        Assert.Contains("Zero-noise extrapolation (ZNE)", citations);
        Assert.Contains("noise factor", response.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_tutor_says_it_does_not_know_when_nothing_relevant_is_found()
    {
        var response = await fixture.Client.GetResponseAsync(User("What is the quantum spin liquid phase diagram of the kagome Heisenberg antiferromagnet in a magnetic field?"));
        output.WriteLine(response.Text);
        output.WriteLine($"similarity {response.AdditionalProperties!["similarity"]}");
        Assert.Equal(false, response.AdditionalProperties["answered"]);
        Assert.Contains("I don't know this one", response.Text);
        Assert.Contains("ANTHROPIC_API_KEY", response.Text);
    }

    [Fact]
    public async Task A_code_request_gets_a_filled_template()
    {
        var response = await fixture.Client.GetResponseAsync(User("Write a 5-qubit GHZ circuit"));
        Assert.Equal("quantum-architect", response.AdditionalProperties!["agent"]);
        Assert.Equal("ghz", response.AdditionalProperties["template"]);
        Assert.Contains("```python", response.Text);
        Assert.Contains("n = 5", (string)response.AdditionalProperties["code"]!);
    }

    [Fact]
    public async Task A_parameter_update_returns_only_the_edited_body()
    {
        var prompt = FrontendPrompt.Build("Transpiler", NodeBodies.TranspilerBackend, "optimization_level", 1);
        var response = await fixture.Client.GetResponseAsync(User(prompt));
        Assert.Equal(NodeBodies.TranspilerBackend.Replace("optimization_level=3", "optimization_level=1"), response.Text);
        Assert.Equal(true, response.AdditionalProperties!["edited"]);
        Assert.Equal("ParameterUpdate", response.AdditionalProperties["intent"]);
    }

    [Fact]
    public async Task A_parameter_update_with_nothing_to_edit_returns_the_body_unchanged()
    {
        var prompt = FrontendPrompt.Build("Visualization", "print(counts)", "visualization_type", "Graph");
        var response = await fixture.Client.GetResponseAsync(User(prompt));
        Assert.Equal("print(counts)", response.Text);
        Assert.Equal(false, response.AdditionalProperties!["edited"]);
    }

    [Theory]
    [InlineData("Write a poem about the sea")]
    [InlineData("write a web scraper for news sites in python")]
    public async Task Requests_out_of_reach_say_so_and_explain_how_to_configure_a_provider(string request)
    {
        var response = await fixture.Client.GetResponseAsync(User(request));
        Assert.Contains("offline", response.Text);
        Assert.Contains("ANTHROPIC_API_KEY", response.Text);
        Assert.Contains("OPENAI_BASE_URL", response.Text);
        Assert.Equal(false, response.AdditionalProperties!["answered"]);
    }

    [Fact]
    public async Task A_node_update_returns_the_code_with_a_note_instead_of_prose()
    {
        var response = await fixture.Client.GetResponseAsync(User("Update this code to use 4 qubits. Return only the code.\n```python\nqc = QuantumCircuit(2)\n```"));
        Assert.StartsWith("# Offline mode", response.Text);
        Assert.EndsWith("qc = QuantumCircuit(2)", response.Text);
    }

    [Fact]
    public async Task A_node_update_with_an_input_section_returns_that_section_unchanged()
    {
        var prompt = "Surrounding code:\n```python\nimport numpy as np\nn = 5\n```\n#### INPUT PYTHON\nedges = [(0, 1), (1, 2)]\n#### END INPUT PYTHON\nAdd the edge (2, 0). Return only the replacement code.";
        var response = await fixture.Client.GetResponseAsync(User(prompt));
        Assert.Equal("NodeUpdate", response.AdditionalProperties!["intent"]);
        Assert.EndsWith("\nedges = [(0, 1), (1, 2)]", response.Text);
        Assert.DoesNotContain("import numpy", response.Text);
    }

    [Fact]
    public async Task Streaming_delivers_the_whole_answer_in_one_update()
    {
        var updates = new List<ChatResponseUpdate>();
        await foreach (var u in fixture.Client.GetStreamingResponseAsync(User("Create a Bell state circuit"))) updates.Add(u);
        var single = Assert.Single(updates);
        Assert.Contains("qc.cx(0, 1)", single.Text);
        Assert.Equal("offline", single.ModelId);
    }

    [Fact]
    public async Task The_caller_can_force_the_intent_and_rag_prompts_are_understood()
    {
        var options = new ChatOptions { AdditionalProperties = new() { [OfflineChatClient.IntentOptionKey] = "Question" } };
        var rag = "some retrieved context\n---\nAnswer concisely using the context above.\nQuestion: What is dynamical decoupling?\nAnswer:";
        var response = await fixture.Client.GetResponseAsync(User(rag), options);
        Assert.Equal("Question", response.AdditionalProperties!["intent"]);
        Assert.Contains("Dynamical decoupling", (string[])response.AdditionalProperties["citations"]!);
    }

    [Fact]
    public async Task Tutor_answers_most_evaluation_questions()
    {
        var questions = EvaluationSet.All.Where(c => c.Intent == ChatIntent.Question).ToList();
        int answered = 0;
        foreach (var q in questions)
        {
            var r = await fixture.Client.GetResponseAsync(User(q.Text));
            if (r.AdditionalProperties!["answered"] is true) answered++;
            else output.WriteLine($"not answered: {q.Text}");
            output.WriteLine($"similarity {r.AdditionalProperties.GetValueOrDefault("similarity")} {q.Text}");
        }
        output.WriteLine($"tutor answered {answered}/{questions.Count}; index build {fixture.BuildSeconds:F1}s for {fixture.FirstBuild.Chunks} chunks");
        Assert.True(answered >= questions.Count * 0.9, $"{answered}/{questions.Count}");
    }
}
