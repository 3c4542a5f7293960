using System.Net;
using System.Net.Http.Headers;
using System.Text;
using QiskitStudio.Server.Tests.Support;
using QiskitStudio.Testing;

namespace QiskitStudio.Server.Tests;

/// <summary>
/// CONTRACT §1.4: every call the unchanged frontend makes, replayed byte for byte (its §1.2 body as
/// JSON.stringify writes it, <c>Content-Type: application/json</c>, no other headers it would not
/// send) against the real server on Kestrel with the real kernel and the real Anthropic SDK talking
/// to a fake Anthropic server; each reply is then read the way the frontend reads it (§1.3, §1.5).
/// </summary>
public sealed class FrontendReplayTests : IAsyncLifetime
{
    private const string Origin = "http://localhost:3000";

    // §2: a transpiler node section body, as in the demos.
    private const string TranspilerCode =
        "from qiskit.transpiler.preset_passmanagers import generate_preset_pass_manager\n\n" +
        "pm = generate_preset_pass_manager(optimization_level=1, backend=backend)\n" +
        "isa_circuit = pm.run(circuit)";

    private const string UpdatedTranspilerCode =
        "from qiskit.transpiler.preset_passmanagers import generate_preset_pass_manager\n\n" +
        "pm = generate_preset_pass_manager(optimization_level=2, backend=backend)\n" +
        "isa_circuit = pm.run(circuit)";

    private const string ChatAnswer =
        "## Superposition\n\nA qubit can be in a **combination** of `|0⟩` and `|1⟩`:\n\n```python\nfrom qiskit import QuantumCircuit\nqc = QuantumCircuit(1)\nqc.h(0)\n```\n";

    private readonly FakeAnthropicServer _anthropic = new() { RequiredApiKey = "sk-ant-replay-0123456789" };
    private StudioFactory _factory = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _factory = new StudioFactory(new Dictionary<string, string?>
        {
            ["LLM_PROVIDER"] = "anthropic",
            ["ANTHROPIC_API_KEY"] = "sk-ant-replay-0123456789",
            ["ANTHROPIC_BASE_URL"] = _anthropic.BaseUrl,
            ["LLM_MAX_RETRIES"] = "0",
        }, kestrel: true);
        _client = _factory.CreateLoopbackClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _anthropic.DisposeAsync();
    }

    /// <summary>fetch(url, {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(payload)}).</summary>
    private async Task<(HttpStatusCode Status, byte[] Body)> FetchAsync(string path, string text, string sessionId)
    {
        var content = new ByteArrayContent(JsStringify.FrontendBody(text, sessionId));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Add("Origin", Origin);
        using var response = await _client.SendAsync(request);
        Assert.Equal(Origin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Section_1_4_chat_send_streams_one_event_the_chat_panel_shows_whole()
    {
        _anthropic.AnswerWith(ChatAnswer);

        // §1.1: NEXT_PUBLIC_API_URL=http://127.0.0.1:8000/chat gives the stream URL /chat/stream.
        var (status, body) = await FetchAsync("/chat/stream", "What is superposition?", "user_1");

        Assert.Equal(HttpStatusCode.OK, status);
        // The panel renders the content as Markdown: the whole answer, in one event (trailing whitespace aside).
        Assert.Equal(ChatAnswer.TrimEnd(), Frontend.ReadStreamContent(body)?.TrimEnd());
        Assert.Contains("What is superposition?", _anthropic.LastRequest.LastUserText);
    }

    [Fact]
    public async Task Section_1_4_non_stream_chat_reply_is_read_by_extractMessageFromResponse()
    {
        _anthropic.AnswerWith(ChatAnswer);

        var (status, body) = await FetchAsync("/chat", "What is superposition?", "user_1");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(ChatAnswer.Trim(), Frontend.ExtractMessage(Encoding.UTF8.GetString(body)));
    }

    [Fact]
    public async Task Section_2_parameter_update_reply_is_the_new_section_body_for_extractCodeFromResponse()
    {
        _anthropic.AnswerWith("```python\n" + UpdatedTranspilerCode + "\n```");
        var prompt = Frontend.ParameterUpdatePrompt("Transpiler", TranspilerCode, "optimization_level", "2");

        // NEXT_PUBLIC_PARAMETER_UPDATE_API_URL=http://127.0.0.1:8000/chat
        var (status, body) = await FetchAsync("/chat", prompt, "param-update-transpiler");

        Assert.Equal(HttpStatusCode.OK, status);
        var code = Frontend.ExtractCode(Encoding.UTF8.GetString(body));
        Assert.Equal(UpdatedTranspilerCode, code);
        Assert.DoesNotContain("###[", code);
        Assert.Contains("optimization_level: 2", _anthropic.LastRequest.LastUserText);
    }

    [Fact]
    public async Task Section_1_4_python_node_update_with_AI_reply_is_the_replacement_code()
    {
        const string surrounding = "import rustworkx as rx\nimport numpy as np\n\nn = 5\n\ngraph = rx.PyGraph()\n\n##### INPUT PYTHON\ngraph.add_nodes_from(np.arange(0, n, 1))\n###### END INPUT PYTHON";
        const string input = "graph.add_nodes_from(np.arange(0, n, 1))";
        const string replacement = "graph.add_nodes_from(np.arange(0, n, 1))\ngraph.add_edges_from([(0, 1, 1.0), (1, 2, 1.0)])";
        _anthropic.AnswerWith("```python\n" + replacement + "\n```");

        var (status, body) = await FetchAsync("/chat", PythonNodePrompt(surrounding, input), "node-update-python-1");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(replacement, Frontend.ExtractCode(Encoding.UTF8.GetString(body)));
    }

    [Fact]
    public async Task Section_1_4_post_process_node_update_reply_needs_no_fence_stripping()
    {
        const string surrounding = "#### INPUT PYTHON\nprint(results)\n#### END INPUT PYTHON";
        const string replacement = "energies = [r.energy for r in results]\nprint(min(energies))";
        _anthropic.AnswerWith("```python\n" + replacement + "\n```");

        var (status, body) = await FetchAsync("/chat", PostProcessNodePrompt(surrounding, "print(results)"), "node-update-postprocess-1");

        // §1.4: this node's fence strip never matches, so the reply text itself must be bare code.
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(replacement, Frontend.ExtractText(Encoding.UTF8.GetString(body)).Trim());
    }

    [Fact]
    public async Task Section_1_7_the_frontend_preflight_is_answered_for_every_call()
    {
        foreach (var path in new[] { "/chat", "/chat/stream" })
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, path);
            preflight.Headers.Add("Origin", Origin);
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
            using var response = await _client.SendAsync(preflight);

            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            Assert.Equal(Origin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        }
    }

    /// <summary>The Python node's "Update with AI" prompt (components/nodes/python-node.tsx).</summary>
    private static string PythonNodePrompt(string pythonCode, string inputValue) =>
        "You are an expert Qiskit programmer.\nGiven the following Python code snippet that is part of a larger Qiskit program:\n"
        + "```python\n" + pythonCode + "\n```\n\n"
        + "The user has provided the following input for the section between '#### INPUT PYTHON' and '#### END INPUT PYTHON':\n"
        + "```python\n" + inputValue + "\n```\n\n"
        + "Your task is to analyze the user's input and the surrounding code, and then generate a corrected, completed, or improved version of the code for the INPUT section.\n\n"
        + "**IMPORTANT**: Respond with ONLY the Python code for the input section. Do not include the ```python markdown, explanations, or any other text.\n";

    /// <summary>The Post-process node's prompt (post-process-node.tsx): same idea, and a <c>results</c> variable.</summary>
    private static string PostProcessNodePrompt(string pythonCode, string inputValue) =>
        "You are an expert Python programmer.\nGiven the following Python code snippet that is part of a larger data processing program:\n"
        + "```python\n" + pythonCode + "\n```\n\n"
        + "The user has provided the following input for the section between '#### INPUT PYTHON' and '#### END INPUT PYTHON' for post-processing:\n"
        + "```python\n" + inputValue + "\n```\n\n"
        + "Your task is to analyze the user's input and the surrounding code, and then generate a corrected, completed, or improved version of the code for the INPUT section. The 'results' variable is available in this context.\n\n"
        + "**IMPORTANT**: Respond with ONLY the Python code for the input section. Do not include the ```python markdown, explanations, or any other text.\n";
}
