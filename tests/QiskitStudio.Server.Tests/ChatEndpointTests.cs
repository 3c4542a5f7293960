using System.Net;
using System.Text;
using System.Text.Json;
using QiskitStudio.Agents.Kernel;
using QiskitStudio.Server.Tests.Support;

namespace QiskitStudio.Server.Tests;

/// <summary>POST /chat wire shapes, in process, with a scripted kernel (CONTRACT §1.2, §1.3, §4.1, B.1).</summary>
public sealed class ChatEndpointTests : IDisposable
{
    private readonly ScriptedKernel _kernel = new();
    private readonly StudioFactory _factory;
    private readonly HttpClient _client;

    public ChatEndpointTests()
    {
        _factory = new StudioFactory(kernel: _kernel);
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private Task<HttpResponseMessage> PostJsonAsync(string path, string json) =>
        _client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Section_1_2_frontend_body_is_read_into_text_and_session()
    {
        using var response = await PostJsonAsync("/chat", Frontend.Body("What is a qubit?", "user_1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(_kernel.Requests);
        Assert.Equal("What is a qubit?", request.Text);
        Assert.Equal("user_1", request.SessionId);
        Assert.Null(request.Messages);
    }

    [Fact]
    public async Task Section_4_1_prompt_alone_is_enough()
    {
        using var response = await PostJsonAsync("/chat", """{"prompt": "Explain entanglement"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Explain entanglement", Assert.Single(_kernel.Requests).Text);
        Assert.Equal("default", _kernel.Requests.Single().SessionId);
    }

    [Fact]
    public async Task Section_B1_messages_body_passes_history_project_and_last_user_text()
    {
        var body = """
            {"messages": [{"role": "system", "content": "be brief"}, {"role": "user", "content": "first"},
                          {"role": "assistant", "content": "ok"}, {"role": "user", "content": "second question"}],
             "session_id": "s-42", "project": "chsh"}
            """;
        using var response = await PostJsonAsync("/chat", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(_kernel.Requests);
        Assert.Equal("second question", request.Text);
        Assert.Equal("s-42", request.SessionId);
        Assert.Equal("chsh", request.Project);
        Assert.Equal(4, request.Messages!.Count);
        Assert.Equal(new ChatTurn("assistant", "ok"), request.Messages[2]);
    }

    [Fact]
    public async Task Section_1_3_and_B1_reply_has_output_and_response_string_with_final_prompt_and_metadata()
    {
        _kernel.Answer = (r, _) => Task.FromResult(ScriptedKernel.Reply("Ünïcode <answer> & \"quotes\"\nline 2", r.SessionId, "quantum-architect"));
        using var response = await PostJsonAsync("/chat", Frontend.Body("write a bell circuit", "user_1"));
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("Ünïcode <answer> & \"quotes\"\nline 2", root.GetProperty("output").GetString());
        Assert.Equal(JsonValueKind.String, root.GetProperty("response").ValueKind);
        Assert.Equal("qiskit-studio-api-workflow-code-generation", root.GetProperty("workflow_name").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$", root.GetProperty("timestamp").GetString());

        using var inner = JsonDocument.Parse(root.GetProperty("response").GetString()!);
        var meta = inner.RootElement;
        Assert.Equal("Ünïcode <answer> & \"quotes\"\nline 2", meta.GetProperty("final_prompt").GetString());
        Assert.Equal("quantum-architect", meta.GetProperty("agent").GetString());
        Assert.Equal("LEARNER", meta.GetProperty("mode").GetString());
        Assert.Equal(0.0123m, meta.GetProperty("cost").GetDecimal());
        Assert.False(meta.GetProperty("cached").GetBoolean());
        Assert.Equal("anthropic", meta.GetProperty("provider").GetString());
        Assert.Equal("claude-sonnet-4-5", meta.GetProperty("model").GetString());
        Assert.Equal("user_1", meta.GetProperty("session_id").GetString());
        Assert.Equal(100, meta.GetProperty("input_tokens").GetInt64());
        Assert.Equal(20, meta.GetProperty("output_tokens").GetInt64());
        Assert.True(meta.GetProperty("verified").GetBoolean());
        Assert.Equal("trace-1", meta.GetProperty("trace_id").GetString());

        // And the frontend's own parser (§1.3) finds the answer.
        Assert.Equal("Ünïcode <answer> & \"quotes\"\nline 2", Frontend.ExtractMessage(json));

        // The log has one line about the answer: its metadata, never its text or the question.
        var answered = Assert.Single(_factory.Logs.Lines, l => l.Contains("Answered session user_1"));
        Assert.Contains("quantum-architect (LEARNER) via anthropic/claude-sonnet-4-5, 100+20 tokens", answered);
        Assert.DoesNotContain("write a bell circuit", _factory.Logs.AllText);
        Assert.DoesNotContain("Ünïcode", _factory.Logs.AllText);
    }

    [Fact]
    public async Task Section_B1_verified_and_trace_id_are_left_out_when_absent_and_chat_workflow_named()
    {
        _kernel.Answer = (r, _) => Task.FromResult(new ChatReply("hi", new ChatReplyMetadata("quantum-tutor", "FOLLOWER", 0m, true, "offline", "offline", r.SessionId, 0, 0)));
        using var response = await PostJsonAsync("/chat", Frontend.Body("hello", "user_1"));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var inner = JsonDocument.Parse(document.RootElement.GetProperty("response").GetString()!);

        Assert.False(inner.RootElement.TryGetProperty("verified", out _));
        Assert.False(inner.RootElement.TryGetProperty("trace_id", out _));
        Assert.True(inner.RootElement.GetProperty("cached").GetBoolean());
        Assert.Equal("qiskit-studio-api-workflow-chat", document.RootElement.GetProperty("workflow_name").GetString());
    }

    [Theory]
    [InlineData("{not json", "Invalid JSON format in request body")]
    [InlineData("[1, 2]", "Request body must be a JSON object.")]
    [InlineData("{\"session_id\": \"user_1\"}", "Missing 'input_value' (or 'prompt', or 'messages'): the text to answer.")]
    [InlineData("{\"input_value\": \"   \", \"session_id\": \"user_1\"}", "Missing 'input_value' (or 'prompt', or 'messages'): the text to answer.")]
    [InlineData("{\"input_value\": 42}", "'input_value' must be a string.")]
    [InlineData("{\"messages\": [{\"role\": \"wizard\", \"content\": \"x\"}]}", "'messages[0].role' must be one of user, assistant, system.")]
    [InlineData("{\"messages\": [{\"role\": \"assistant\", \"content\": \"x\"}]}", "'messages' has no user message with text to answer.")]
    public async Task Issue2_rule7_bad_input_is_400_with_detail_naming_the_problem(string body, string detail)
    {
        using var response = await PostJsonAsync("/chat", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(detail, document.RootElement.GetProperty("detail").GetString());
        Assert.Equal(0, _kernel.CallCount);
    }

    [Fact]
    public async Task Issue2_rule7_body_over_the_limit_is_413_and_runs_nothing()
    {
        var big = new string('x', 1024 * 1024 + 10);
        using var response = await PostJsonAsync("/chat", Frontend.Body(big, "user_1"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("MAX_BODY_BYTES", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, _kernel.CallCount);
    }

    [Fact]
    public async Task Issue2_rule7_provider_failure_is_502_in_the_reply_shape_with_the_reason()
    {
        _kernel.Answer = (_, _) => throw new ChatProviderException("anthropic returned 529: Overloaded", "anthropic", 529);
        using var response = await PostJsonAsync("/chat", Frontend.Body("hello", "user_1"));
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        using var document = JsonDocument.Parse(json);
        Assert.Equal("Error: anthropic returned 529: Overloaded", document.RootElement.GetProperty("output").GetString());
        Assert.Equal("anthropic returned 529: Overloaded", document.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Issue2_rule7_unexpected_failure_is_500_detail_without_stack_trace()
    {
        _kernel.Answer = (_, _) => throw new InvalidOperationException("kaboom in the kernel");
        using var response = await PostJsonAsync("/chat", Frontend.Body("hello", "user_1"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Internal server error; the server log has the details.", JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString());
        Assert.DoesNotContain("kaboom", text);
        Assert.DoesNotContain(" at ", text);
        Assert.Contains("kaboom in the kernel", _factory.Logs.AllText);
    }

    [Fact]
    public async Task Section_B5_clear_session_says_how_many_messages_it_removed()
    {
        _kernel.ClearedMessages = 7;
        using var response = await PostJsonAsync("/clear_session", """{"session_id": "user_1"}""");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(7, document.RootElement.GetProperty("removed_messages").GetInt32());
        Assert.Equal("user_1", document.RootElement.GetProperty("session_id").GetString());
        Assert.Equal("Removed 7 messages from session 'user_1'.", document.RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Section_B5_clear_session_without_session_id_is_400()
    {
        using var response = await PostJsonAsync("/clear_session", "{}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("session_id", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Section_B4_stats_has_exactly_the_documented_keys_plus_tokens()
    {
        using var response = await _client.GetAsync("/stats");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var economy = root.GetProperty("token_economy");
        Assert.Equal(50.0m, economy.GetProperty("budget_usd").GetDecimal());
        Assert.Equal(2.34m, economy.GetProperty("spent_usd").GetDecimal());
        Assert.Equal(47.66m, economy.GetProperty("remaining_usd").GetDecimal());
        Assert.Equal(15, economy.GetProperty("transactions").GetInt64());
        Assert.Equal(0.41m, economy.GetProperty("saved_usd").GetDecimal());
        Assert.Equal(42, root.GetProperty("memory").GetProperty("total_traces").GetInt64());
        Assert.Equal(12, root.GetProperty("memory").GetProperty("high_confidence_traces").GetInt64());
        Assert.Equal(8, root.GetProperty("memory").GetProperty("facts").GetInt64());
        Assert.Equal(3, root.GetProperty("agents").GetProperty("registered").GetInt32());
        Assert.Equal(["quantum-architect", "quantum-tutor", "system-agent"],
            root.GetProperty("agents").GetProperty("available").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(2, root.GetProperty("sessions").GetProperty("active").GetInt64());
        Assert.Equal(34, root.GetProperty("sessions").GetProperty("total_messages").GetInt64());
        Assert.Equal(1200, root.GetProperty("tokens").GetProperty("input").GetInt64());
        Assert.Equal(345, root.GetProperty("tokens").GetProperty("output").GetInt64());
    }

    [Fact]
    public async Task Section_4_1_health_is_healthy()
    {
        using var response = await _client.GetAsync("/health");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", document.RootElement.GetProperty("status").GetString());
        Assert.True(document.RootElement.TryGetProperty("timestamp", out _));
    }

    [Fact]
    public async Task Section_8_5_docs_page_lists_every_endpoint_and_openapi_document_is_served()
    {
        using var page = await _client.GetAsync("/docs");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        foreach (var path in new[] { "/chat", "/chat/stream", "/clear_session", "/stats", "/health", "/docs" })
        {
            Assert.Contains($"<code>{path}</code>", html);
        }

        using var openApi = await _client.GetAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(await openApi.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/chat", out var chat));
        Assert.True(chat.TryGetProperty("post", out _));
        Assert.True(paths.TryGetProperty("/chat/stream", out _));
        Assert.True(paths.TryGetProperty("/stats", out _));
    }
}
