using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using QiskitStudio.Agents.Agents;
using QiskitStudio.Agents.Kernel;
using QiskitStudio.Agents.Providers;
using QiskitStudio.Testing;

namespace QiskitStudio.Agents.Tests;

public sealed class ChatKernelTests
{
    [Theory]
    [MemberData(nameof(TestRig.Kinds), MemberType = typeof(TestRig))]
    public async Task A_question_is_answered_by_the_tutor_with_full_metadata(ProviderKind kind)
    {
        await using var harness = KernelHarness.Start(kind);
        harness.Fake.AnswerWith("A qubit is the quantum analogue of a bit.", inputTokens: 2000, outputTokens: 100);

        var reply = await KernelHarness.Ask(harness.Kernel, "What is a qubit?");

        Assert.Equal("A qubit is the quantum analogue of a bit.", reply.Output);
        var meta = reply.Metadata;
        Assert.Equal(AgentNames.Tutor, meta.Agent);
        Assert.Equal(KernelModes.Learner, meta.Mode);
        Assert.False(meta.Cached);
        Assert.Equal(kind == ProviderKind.Anthropic ? "anthropic" : "openai", meta.Provider);
        Assert.Equal(kind == ProviderKind.Anthropic ? "claude-sonnet-4-5" : "gpt-4o-mini", meta.Model);
        Assert.Equal("user_1", meta.SessionId);
        Assert.Equal((2000L, 100L), (meta.InputTokens, meta.OutputTokens));
        Assert.Equal(kind == ProviderKind.Anthropic ? 0.006m + 0.0015m : 0.0003m + 0.00006m, meta.Cost);

        var system = harness.Fake.LastRequest.System;
        Assert.NotNull(system);
        Assert.Contains("Quantum Tutor", system, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Earlier_turns_of_a_session_are_sent_on_later_turns_and_only_in_that_session()
    {
        await using var harness = KernelHarness.Start(ProviderKind.Anthropic);
        harness.Fake.AnswerWith(r => $"answer {r.Messages.Count}");

        await KernelHarness.Ask(harness.Kernel, "What is superposition?", "chat-a");
        await KernelHarness.Ask(harness.Kernel, "And how is it measured?", "chat-a");
        await KernelHarness.Ask(harness.Kernel, "What is a Hadamard gate?", "chat-b");

        var requests = harness.Fake.Requests;
        Assert.Equal([new FakeMessage("user", "What is superposition?")], requests[0].Messages);
        Assert.Equal(
            [
                new FakeMessage("user", "What is superposition?"),
                new FakeMessage("assistant", "answer 1"),
                new FakeMessage("user", "And how is it measured?"),
            ],
            requests[1].Messages);
        Assert.Equal([new FakeMessage("user", "What is a Hadamard gate?")], requests[2].Messages);
    }

    [Theory]
    [InlineData("gpt-4o-mini", true)]
    [InlineData("o3-mini", false)]
    [InlineData("gpt-5", false)]
    public async Task Temperature_is_not_sent_to_openai_reasoning_models(string model, bool expectTemperature)
    {
        await using var harness = KernelHarness.Start(ProviderKind.OpenAi, o => o.OpenAiModel = model);
        harness.Fake.AnswerWith("ok");

        await KernelHarness.Ask(harness.Kernel, "What is a qubit?");

        Assert.Equal(model, harness.Fake.LastRequest.Model);
        Assert.Equal(expectTemperature, harness.Fake.LastRequest.Json.TryGetProperty("temperature", out _));
    }

    [Fact]
    public async Task The_system_agent_is_told_about_the_agents_the_provider_and_the_budget()
    {
        await using var harness = KernelHarness.Start(ProviderKind.Anthropic, o => o.BudgetUsd = 20m);
        harness.Fake.AnswerWith("I can explain and write Qiskit code.");

        var reply = await KernelHarness.Ask(harness.Kernel, "What can you do?");

        Assert.Equal(AgentNames.System, reply.Metadata.Agent);
        var system = harness.Fake.LastRequest.System!;
        Assert.Contains("agent quantum-architect", system, StringComparison.Ordinal);
        Assert.Contains("agent quantum-tutor", system, StringComparison.Ordinal);
        Assert.Contains("anthropic (claude-sonnet-4-5)", system, StringComparison.Ordinal);
        Assert.Contains("0 of 20 USD spent", system, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clearing_a_session_forgets_its_history()
    {
        await using var harness = KernelHarness.Start(ProviderKind.OpenAi);
        harness.Fake.AnswerWith("ok");
        await KernelHarness.Ask(harness.Kernel, "What is a qubit?", "s");

        Assert.Equal(2, await harness.Kernel.ClearSessionAsync("s", CancellationToken.None));
        await KernelHarness.Ask(harness.Kernel, "What is a gate?", "s");

        Assert.Equal([new FakeMessage("user", "What is a gate?")], harness.Fake.LastRequest.Messages);
    }

    [Fact]
    public async Task History_is_capped_to_the_most_recent_turns()
    {
        await using var harness = KernelHarness.Start(ProviderKind.Anthropic, o => o.MaxHistoryMessages = 4);
        harness.Fake.AnswerWith(r => "reply to " + r.LastUserText);
        for (var i = 1; i <= 4; i++)
        {
            await KernelHarness.Ask(harness.Kernel, $"What is question {i}?", "long");
        }

        var sent = harness.Fake.LastRequest.Messages;
        Assert.Equal(5, sent.Count);
        Assert.Equal("What is question 2?", sent[0].Text);
        Assert.Equal("What is question 4?", sent[^1].Text);
    }

    [Fact]
    public async Task A_supplied_messages_array_is_the_conversation()
    {
        await using var harness = KernelHarness.Start(ProviderKind.OpenAi);
        harness.Fake.AnswerWith("fine");
        var request = new ChatRequest("and the second?", "client-history",
        [
            new ChatTurn("assistant", "Hello! Ask me about quantum computing."),
            new ChatTurn("system", "Answer briefly."),
            new ChatTurn("user", "What is the first Bell state?"),
            new ChatTurn("assistant", "(|00> + |11>)/sqrt(2)"),
            new ChatTurn("user", "and the second?"),
        ]);

        await harness.Kernel.ChatAsync(request, CancellationToken.None);

        Assert.Equal(
            [
                new FakeMessage("user", "What is the first Bell state?"),
                new FakeMessage("assistant", "(|00> + |11>)/sqrt(2)"),
                new FakeMessage("user", "and the second?"),
            ],
            harness.Fake.LastRequest.Messages);
        Assert.Contains("Answer briefly.", harness.Fake.LastRequest.System, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestRig.Kinds), MemberType = typeof(TestRig))]
    public async Task A_parameter_update_gets_back_only_the_code_body(ProviderKind kind)
    {
        await using var harness = KernelHarness.Start(kind);
        const string updated = "from qiskit.transpiler.preset_passmanagers import generate_preset_pass_manager\n\npm = generate_preset_pass_manager(optimization_level=2, backend=backend)\nisa_circuit = pm.run(circuit)";
        harness.Fake.AnswerWith($"Here is the updated code:\n\n###[Transpiler]\n```python\n{updated}\n```\n\nI changed the optimization level to 2.");
        var prompt = FrontendPrompts.ParameterUpdate("Transpiler", FrontendPrompts.TranspilerCode, ("optimization_level", "2"));

        var first = await KernelHarness.Ask(harness.Kernel, prompt, "param-update-transpiler");
        var second = await KernelHarness.Ask(harness.Kernel, prompt, "param-update-transpiler");

        Assert.Equal(updated, first.Output);
        Assert.Equal(updated, second.Output);
        Assert.Equal(AgentNames.Architect, first.Metadata.Agent);
        // The prompt carries its whole context: no history is sent, even on the second call.
        Assert.Equal([new FakeMessage("user", prompt)], harness.Fake.LastRequest.Messages);
        Assert.Contains("NEW PARAMETERS", harness.Fake.LastRequest.System, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_node_update_gets_back_the_input_code_without_markers()
    {
        await using var harness = KernelHarness.Start(ProviderKind.OpenAi);
        harness.Fake.AnswerWith("#### INPUT PYTHON\ngraph.add_nodes_from(np.arange(0, n, 1))\ngraph.add_edges_from([(0, 1, 1.0), (1, 2, 1.0)])\n#### END INPUT PYTHON");
        var prompt = FrontendPrompts.NodeUpdate(FrontendPrompts.MaxCutNodeCode, "graph.add_nodes_from(np.arange(0, n, 1))\n# add two edges");

        var reply = await KernelHarness.Ask(harness.Kernel, prompt, "node-update-python-1");

        Assert.Equal("graph.add_nodes_from(np.arange(0, n, 1))\ngraph.add_edges_from([(0, 1, 1.0), (1, 2, 1.0)])", reply.Output);
        Assert.Equal(AgentNames.Architect, reply.Metadata.Agent);
    }

    [Theory]
    [MemberData(nameof(TestRig.Kinds), MemberType = typeof(TestRig))]
    public async Task Streaming_yields_real_deltas_then_the_completed_reply(ProviderKind kind)
    {
        await using var harness = KernelHarness.Start(kind);
        const string answer = "Entanglement links qubits so that their measurement outcomes are correlated.\n";
        harness.Fake.AnswerWith(answer, inputTokens: 50, outputTokens: 20);
        harness.Fake.StreamChunkSize = 6;

        var updates = new List<ChatStreamUpdate>();
        await foreach (var update in harness.Kernel.StreamAsync(new ChatRequest("What is entanglement?", "stream-s"), CancellationToken.None))
        {
            updates.Add(update);
        }

        var deltas = updates.OfType<ChatDelta>().ToList();
        Assert.True(deltas.Count > 5);
        Assert.Equal(answer, string.Concat(deltas.Select(d => d.Text)));
        var completed = Assert.IsType<ChatCompleted>(updates[^1]);
        Assert.Single(updates.OfType<ChatCompleted>());
        Assert.Equal(answer, completed.Reply.Output);
        Assert.Equal((50L, 20L), (completed.Reply.Metadata.InputTokens, completed.Reply.Metadata.OutputTokens));
        Assert.True(completed.Reply.Metadata.Cost > 0);
        Assert.Equal(2, (await harness.Sessions.GetRecentAsync("stream-s", 10, CancellationToken.None)).Count);
    }

    [Theory]
    [MemberData(nameof(TestRig.Kinds), MemberType = typeof(TestRig))]
    public async Task A_stream_that_breaks_after_output_fails_cleanly_without_a_retry(ProviderKind kind)
    {
        await using var harness = KernelHarness.Start(kind, o => o.MaxRetries = 3);
        harness.Fake.StreamChunkSize = 4;
        harness.Fake.ReplyWith(_ => FakeReply.Answer("This answer will be cut off long before it ends.") with { FailStreamAfterChunks = 3, ErrorMessage = "Overloaded mid-answer" });

        var deltas = new List<string>();
        async Task Consume()
        {
            await foreach (var update in harness.Kernel.StreamAsync(new ChatRequest("What is a qubit?", "cut"), CancellationToken.None))
            {
                if (update is ChatDelta delta)
                {
                    deltas.Add(delta.Text);
                }
            }
        }

        var error = await Assert.ThrowsAsync<ChatProviderException>(Consume);

        Assert.NotEmpty(deltas);
        Assert.StartsWith(string.Concat(deltas), "This answer will be cut off long before it ends.", StringComparison.Ordinal);
        Assert.Equal(harness.Provider.Name, error.Provider);
        // Anthropic's in-stream error event carries the reason; the OpenAI SDK skips an error chunk,
        // so there the cut is detected by the missing finish reason.
        Assert.Contains(kind == ProviderKind.Anthropic ? "Overloaded mid-answer" : "ended before the answer was complete", error.Message, StringComparison.Ordinal);
        Assert.Single(harness.Fake.Requests); // output had already been passed on: no retry, no fallback
        Assert.Empty(await harness.Sessions.GetRecentAsync("cut", 10, CancellationToken.None));
        Assert.Empty(await harness.Ledger.GetRecentAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task A_streamed_code_answer_arrives_as_one_clean_delta()
    {
        await using var harness = KernelHarness.Start(ProviderKind.Anthropic);
        harness.Fake.AnswerWith("```python\npm = generate_preset_pass_manager(optimization_level=3, backend=backend)\n```\nDone.");
        var prompt = FrontendPrompts.ParameterUpdate("Transpiler", "pm = generate_preset_pass_manager(optimization_level=1, backend=backend)", ("optimization_level", "3"));

        var updates = new List<ChatStreamUpdate>();
        await foreach (var update in harness.Kernel.StreamAsync(new ChatRequest(prompt, "param-update-t"), CancellationToken.None))
        {
            updates.Add(update);
        }

        const string code = "pm = generate_preset_pass_manager(optimization_level=3, backend=backend)";
        Assert.Equal(code, Assert.Single(updates.OfType<ChatDelta>()).Text);
        Assert.Equal(code, Assert.IsType<ChatCompleted>(updates[^1]).Reply.Output);
    }

    [Fact]
    public async Task Stats_come_from_the_store()
    {
        await using var harness = KernelHarness.Start(ProviderKind.Anthropic, o => o.BudgetUsd = 10m);
        harness.Fake.AnswerWith("ok", inputTokens: 1_000_000, outputTokens: 100_000);

        var empty = await harness.Kernel.GetStatsAsync(CancellationToken.None);
        Assert.Equal(new TokenEconomyStats(10m, 0m, 10m, 0, 0m), empty.TokenEconomy);

        await KernelHarness.Ask(harness.Kernel, "What is a qubit?", "a");
        await KernelHarness.Ask(harness.Kernel, "What is a gate?", "b");
        var stats = await harness.Kernel.GetStatsAsync(CancellationToken.None);

        // Each call: 1M input at 3 USD/M + 0.1M output at 15 USD/M = 4.5 USD.
        Assert.Equal(new TokenEconomyStats(10m, 9m, 1m, 2, 0m), stats.TokenEconomy);
        Assert.Equal(new SessionStats(2, 4), stats.Sessions);
        Assert.Equal((2_000_000L, 200_000L), (stats.InputTokens, stats.OutputTokens));
        Assert.Equal(new MemoryStats(0, 0, 0), stats.Memory);
        Assert.Contains(AgentNames.Architect, stats.Agents.Available);
        Assert.Contains(AgentNames.Tutor, stats.Agents.Available);
        Assert.Contains(AgentNames.System, stats.Agents.Available);
        Assert.Equal(stats.Agents.Available.Count, stats.Agents.Registered);
        Assert.All(stats.Agents.Details, d => Assert.False(string.IsNullOrWhiteSpace(d.Description)));
    }

    [Fact]
    public async Task Over_budget_the_kernel_refuses_with_a_clear_error()
    {
        await using var harness = KernelHarness.Start(ProviderKind.Anthropic, o => o.BudgetUsd = 5m);
        // 3 USD a call: the second call starts with 3 of 5 USD spent, the third with 6.
        harness.Fake.AnswerWith("pricey", inputTokens: 1_000_000, outputTokens: 0);

        await KernelHarness.Ask(harness.Kernel, "What is a qubit?");
        await KernelHarness.Ask(harness.Kernel, "What is a qubit?");
        var error = await Assert.ThrowsAsync<ChatProviderException>(() => KernelHarness.Ask(harness.Kernel, "What is a qubit?"));

        Assert.Equal(402, error.StatusCode);
        Assert.Contains("budget", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("6 USD spent of 5 USD", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, harness.Fake.Requests.Count);
    }

    [Fact]
    public async Task A_pasted_secret_is_stored_redacted_and_not_replayed_as_history()
    {
        await using var harness = KernelHarness.Start(ProviderKind.OpenAi);
        harness.Fake.AnswerWith("Never share keys.");
        const string key = "sk-proj-Zq8XwV7uT6sR5qP4oN3mL2kJ1hG0fE9d";

        await KernelHarness.Ask(harness.Kernel, $"Why is my key {key} rejected?", "leaky");
        await KernelHarness.Ask(harness.Kernel, "What should I do then?", "leaky");

        var stored = await harness.Sessions.GetRecentAsync("leaky", 10, CancellationToken.None);
        Assert.Equal("Why is my key [REDACTED] rejected?", stored[0].Content);
        Assert.DoesNotContain(key, harness.Fake.LastRequest.Body, StringComparison.Ordinal);
        Assert.Contains("[REDACTED]", harness.Fake.LastRequest.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provider_failure_surfaces_as_a_chat_provider_exception_and_stores_nothing()
    {
        await using var harness = KernelHarness.Start(ProviderKind.Anthropic);
        harness.Fake.ReplyWith(_ => FakeReply.Error(400, "max_tokens: must be positive"));

        var error = await Assert.ThrowsAsync<ChatProviderException>(() => KernelHarness.Ask(harness.Kernel, "What is a qubit?", "bad"));

        Assert.Equal(400, error.StatusCode);
        Assert.Contains("max_tokens: must be positive", error.Message, StringComparison.Ordinal);
        Assert.Empty(await harness.Sessions.GetRecentAsync("bad", 10, CancellationToken.None));
    }

    [Fact]
    public async Task With_no_provider_chat_explains_which_variables_to_set()
    {
        await using var harness = KernelHarness.Start(kind: null);

        var reply = await KernelHarness.Ask(harness.Kernel, "What is a qubit?");

        Assert.Equal(ChatProvider.NoneName, reply.Metadata.Provider);
        Assert.Contains("ANTHROPIC_API_KEY", reply.Output, StringComparison.Ordinal);
        Assert.Contains("OPENAI_BASE_URL", reply.Output, StringComparison.Ordinal);
        Assert.Contains("OPENAI_API_KEY", reply.Output, StringComparison.Ordinal);
        Assert.Equal(0m, reply.Metadata.Cost);

        var streamed = new List<ChatStreamUpdate>();
        await foreach (var update in harness.Kernel.StreamAsync(new ChatRequest("What is a qubit?", "user_1"), CancellationToken.None))
        {
            streamed.Add(update);
        }
        Assert.Equal(reply.Output, Assert.IsType<ChatCompleted>(streamed[^1]).Reply.Output);

        var stats = await harness.Kernel.GetStatsAsync(CancellationToken.None);
        Assert.Equal(0, stats.TokenEconomy.Transactions);
    }

    [Fact]
    public async Task With_no_provider_a_code_prompt_fails_rather_than_splicing_prose_into_the_program()
    {
        await using var harness = KernelHarness.Start(kind: null);
        var prompt = FrontendPrompts.ParameterUpdate("Transpiler", FrontendPrompts.TranspilerCode, ("optimization_level", "2"));

        var error = await Assert.ThrowsAsync<ChatProviderException>(() => KernelHarness.Ask(harness.Kernel, prompt, "param-update-x"));

        Assert.Equal(ChatProvider.NoneName, error.Provider);
        Assert.Contains("ANTHROPIC_API_KEY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registered_offline_client_becomes_the_default_provider()
    {
        await using var harness = KernelHarness.Start(kind: null, register: services =>
            services.AddKeyedSingleton<IChatClient>(ChatProviderFactory.OfflineServiceKey, (_, _) => new EchoOfflineClient()));

        var reply = await KernelHarness.Ask(harness.Kernel, "What is a qubit?");

        Assert.Equal("offline-test", reply.Metadata.Provider);
        Assert.Equal("echo-1", reply.Metadata.Model);
        Assert.Equal("offline answer to: What is a qubit?", reply.Output);
        Assert.Equal(0m, reply.Metadata.Cost);

        var streamed = new List<ChatStreamUpdate>();
        await foreach (var update in harness.Kernel.StreamAsync(new ChatRequest("What is a gate?", "user_1"), CancellationToken.None))
        {
            streamed.Add(update);
        }
        Assert.Equal("offline answer to: What is a gate?", Assert.IsType<ChatCompleted>(streamed[^1]).Reply.Output);
    }

    [Fact]
    public async Task A_configured_key_wins_over_the_offline_client()
    {
        await using var harness = KernelHarness.Start(ProviderKind.Anthropic, register: services =>
            services.AddKeyedSingleton<IChatClient>(ChatProviderFactory.OfflineServiceKey, (_, _) => new EchoOfflineClient()));
        harness.Fake.AnswerWith("from claude");

        var reply = await KernelHarness.Ask(harness.Kernel, "What is a qubit?");

        Assert.Equal("anthropic", reply.Metadata.Provider);
        Assert.Equal("from claude", reply.Output);
    }

    [Fact]
    public async Task The_sqlite_file_lands_in_the_data_directory_in_wal_mode()
    {
        await using var harness = KernelHarness.Start(ProviderKind.OpenAi);
        harness.Fake.AnswerWith("ok");
        var file = Path.Combine(harness.Options.DataDirectory, harness.Options.DatabaseFileName);
        Assert.False(File.Exists(file));

        await KernelHarness.Ask(harness.Kernel, "What is a qubit?");

        Assert.True(File.Exists(file));
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    private sealed class EchoOfflineClient : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "offline answer to: " + messages.Last().Text)) { ModelId = "echo-1" });

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            var response = await GetResponseAsync(messages, options, cancellationToken);
            yield return new ChatResponseUpdate(ChatRole.Assistant, response.Text) { ModelId = "echo-1" };
        }

        public object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("offline-test", null, "echo-1") : null;

        public void Dispose()
        {
        }
    }
}
