using QiskitStudio.Agents.Agents;
using QiskitStudio.Agents.Routing;

namespace QiskitStudio.Agents.Tests;

public sealed class IntentRouterTests
{
    private readonly IntentRouter _router = new();

    [Theory]
    [InlineData("What is a qubit?")]
    [InlineData("Explain the CHSH inequality and why it matters")]
    [InlineData("How does zero-noise extrapolation work?")]
    [InlineData("How do I create a Bell state in Qiskit?")]
    [InlineData("What's the difference between EstimatorV2 and SamplerV2?")]
    [InlineData("Tell me about quantum teleportation")]
    [InlineData("Hi, what is entanglement?")]
    [InlineData("help me understand superposition")]
    [InlineData("Can you explain what this code does?\n```python\nqc = QuantumCircuit(2)\nqc.h(0)\n```")]
    [InlineData("why does my transpiled circuit have so many swaps")]
    [InlineData("Describe the four steps of a Qiskit pattern")]
    [InlineData("I want to understand how error mitigation works")]
    [InlineData("How many qubits does the largest IBM processor have?")]
    public void Questions_go_to_the_tutor(string text)
    {
        var route = _router.Route(text, "user_1");

        Assert.Equal(RequestKind.Question, route.Kind);
        Assert.Equal(AgentNames.Tutor, route.Agent);
        Assert.False(route.CodeOnly);
        Assert.True(route.UsesHistory);
    }

    [Theory]
    [InlineData("Write a Qiskit circuit that prepares a GHZ state on 5 qubits")]
    [InlineData("Create a Bell state circuit and measure it")]
    [InlineData("Can you write a QAOA program for a triangle graph?")]
    [InlineData("please generate code for Grover search on 3 qubits")]
    [InlineData("Add measurements to the circuit")]
    [InlineData("Fix this code:\n```python\nfrom qiskit import execute\nqc = QuantumCircuit(2)\n```")]
    [InlineData("I want you to implement a VQE with EfficientSU2")]
    [InlineData("give me a script that runs a sampler on AerSimulator")]
    [InlineData("I need a circuit with 3 qubits that prepares a W state")]
    [InlineData("Modify the code to use 1000 shots")]
    [InlineData("Convert this circuit to OpenQASM 3")]
    [InlineData("from qiskit import QuantumCircuit\nqc = QuantumCircuit(2)\nqc.h(0)\n\nThis raises an error, can you fix it?")]
    public void Code_requests_go_to_the_architect(string text)
    {
        var route = _router.Route(text, "user_1");

        Assert.Equal(RequestKind.CodeTask, route.Kind);
        Assert.Equal(AgentNames.Architect, route.Agent);
        Assert.False(route.CodeOnly);
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("Hello!")]
    [InlineData("help")]
    [InlineData("What can you do?")]
    [InlineData("which agents are available")]
    public void Questions_about_the_assistant_go_to_the_system_agent(string text)
    {
        var route = _router.Route(text, "user_1");

        Assert.Equal(RequestKind.SystemHelp, route.Kind);
        Assert.Equal(AgentNames.System, route.Agent);
    }

    [Fact]
    public void A_frontend_parameter_update_prompt_is_a_code_only_rewrite_whatever_its_session()
    {
        var prompt = FrontendPrompts.ParameterUpdate("Transpiler", FrontendPrompts.TranspilerCode, ("optimization_level", "2"));

        foreach (var session in new[] { "param-update-transpiler", "user_1", "" })
        {
            var route = _router.Route(prompt, session);
            Assert.Equal(RequestKind.ParameterUpdate, route.Kind);
            Assert.Equal(AgentNames.Architect, route.Agent);
            Assert.True(route.CodeOnly);
            Assert.False(route.UsesHistory);
        }
    }

    [Fact]
    public void The_param_update_session_prefix_alone_is_enough()
    {
        var route = _router.Route("make it use optimization level 3", "param-update-node-7");
        Assert.Equal(RequestKind.ParameterUpdate, route.Kind);
        Assert.True(route.CodeOnly);
    }

    [Fact]
    public void A_python_node_update_prompt_is_a_code_only_node_update()
    {
        var prompt = FrontendPrompts.NodeUpdate(FrontendPrompts.MaxCutNodeCode, "graph.add_nodes_from(np.arange(0, n, 1))\nadd edges");

        foreach (var session in new[] { "node-update-python-1", "user_1" })
        {
            var route = _router.Route(prompt, session);
            Assert.Equal(RequestKind.NodeUpdate, route.Kind);
            Assert.Equal(AgentNames.Architect, route.Agent);
            Assert.True(route.CodeOnly);
            Assert.False(route.UsesHistory);
        }
    }

    [Fact]
    public void Other_frontend_sessions_are_recognised_by_prefix()
    {
        Assert.Equal(RequestKind.CodeImprovement, _router.Route("Improve: use fewer gates\n```python\nqc.h(0)\n```", "improvement-circuit").Kind);
        Assert.True(_router.Route("anything", "improvement-circuit").CodeOnly);

        var workflow = _router.Route("Build me a CHSH experiment", "workflow-agent");
        Assert.Equal(RequestKind.WorkflowDesign, workflow.Kind);
        Assert.Equal(AgentNames.WorkflowDesigner, workflow.Agent);

        var evaluation = _router.Route("qc = QuantumCircuit(2)", "eval-node-3");
        Assert.Equal(AgentNames.Architect, evaluation.Agent);
        Assert.False(evaluation.UsesHistory);
    }

    [Fact]
    public void Every_route_names_a_registered_agent()
    {
        var registry = AgentRegistry.CreateDefault();
        string[] samples = ["What is a qubit?", "Write a circuit", "hi", FrontendPrompts.ParameterUpdate("X", "x = 1", ("k", "v"))];
        string[] sessions = ["user_1", "param-update-a", "node-update-b", "improvement-c", "eval-d", "workflow-agent"];
        foreach (var text in samples)
        {
            foreach (var session in sessions)
            {
                var route = _router.Route(text, session);
                Assert.Equal(route.Agent, registry.Get(route.Agent).Name);
            }
        }
    }
}
