using Microsoft.Extensions.AI;
using QiskitStudio.Agents.Kernel;
using QiskitStudio.Agents.Providers;
using QiskitStudio.Testing;

namespace QiskitStudio.Agents.Tests;

/// <summary>The real Anthropic and OpenAI SDK clients, composed with our decorators, against the fake servers.</summary>
public sealed class ProviderPipelineTests
{
    private static readonly List<ChatMessage> Question =
    [
        new(ChatRole.System, "You are a test."),
        new(ChatRole.User, "What is a qubit?"),
    ];

    private static ChatOptions Context() => new KernelCallContext("proj", "sess-1", "quantum-tutor").AttachTo(new ChatOptions { MaxOutputTokens = 256 });

    [Theory]
    [MemberData(nameof(TestRig.Kinds), MemberType = typeof(TestRig))]
    public async Task A_plain_answer_comes_back_and_its_exact_cost_is_recorded(ProviderKind kind)
    {
        await using var rig = TestRig.Start(kind);
        rig.Server.AnswerWith("A qubit is a two-level quantum system.", inputTokens: 1200, outputTokens: 300);
        var provider = rig.CreateProvider();

        var response = await provider.Client.GetResponseAsync(Question, Context(), CancellationToken.None);

        Assert.Equal("A qubit is a two-level quantum system.", response.Text);
        Assert.Equal(rig.PrimaryModel, response.ModelId);
        Assert.Equal(1200, response.Usage?.InputTokenCount);
        Assert.Equal(300, response.Usage?.OutputTokenCount);

        var entry = Assert.Single(await rig.LedgerStore.GetRecentAsync(10, CancellationToken.None));
        // claude-sonnet-4-5: 3 / 15 USD per million; gpt-4o-mini: 0.15 / 0.6 USD per million.
        var expected = kind == ProviderKind.Anthropic ? 0.0036m + 0.0045m : 0.00018m + 0.00018m;
        Assert.Equal(expected, entry.CostUsd);
        Assert.Equal((1200L, 300L), (entry.InputTokens, entry.OutputTokens));
        Assert.Equal(("proj", "sess-1", "quantum-tutor"), (entry.Project, entry.SessionId, entry.Agent));
        Assert.Equal(provider.Name, entry.Provider);
        Assert.Equal(rig.PrimaryModel, entry.Model);
    }

    [Theory]
    [MemberData(nameof(TestRig.Kinds), MemberType = typeof(TestRig))]
    public async Task The_request_carries_the_key_the_model_and_the_messages(ProviderKind kind)
    {
        await using var rig = TestRig.Start(kind);
        rig.Server.RequiredApiKey = rig.ApiKey;
        rig.Server.AnswerWith("ok");
        var provider = rig.CreateProvider();

        await provider.Client.GetResponseAsync(Question, Context(), CancellationToken.None);

        var request = rig.Server.LastRequest;
        Assert.Equal(rig.ApiKey, request.ApiKey);
        Assert.Equal(rig.PrimaryModel, request.Model);
        Assert.Equal("You are a test.", request.System);
        Assert.Equal([new FakeMessage("user", "What is a qubit?")], request.Messages);
        Assert.DoesNotContain(KernelCallContext.PropertyKey, request.Body, StringComparison.Ordinal);
        if (kind == ProviderKind.Anthropic)
        {
            // SDK 13.13 sends the key as "Authorization: Bearer" (checked through ApiKey above); it also names the API version.
            Assert.True(request.Headers.ContainsKey("anthropic-version"));
            Assert.Equal("/v1/messages", request.Path);
        }
        else
        {
            Assert.Equal("Bearer " + rig.ApiKey, request.Headers.GetValueOrDefault("Authorization"));
            Assert.Equal("/v1/chat/completions", request.Path);
        }
    }

    [Theory]
    [MemberData(nameof(TestRig.Kinds), MemberType = typeof(TestRig))]
    public async Task A_stream_yields_several_deltas_and_records_the_usage_from_its_end(ProviderKind kind)
    {
        await using var rig = TestRig.Start(kind);
        const string answer = "Superposition means the state is a weighted sum of basis states.";
        rig.Server.AnswerWith(answer, inputTokens: 40, outputTokens: 17);
        rig.Server.StreamChunkSize = 5;
        var provider = rig.CreateProvider();

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in provider.Client.GetStreamingResponseAsync(Question, Context(), CancellationToken.None))
        {
            updates.Add(update);
        }

        Assert.True(rig.Server.LastRequest.Stream);
        var texts = updates.Select(u => u.Text).Where(t => t.Length > 0).ToList();
        Assert.True(texts.Count >= 5, $"expected several deltas, got {texts.Count}");
        Assert.Equal(answer, string.Concat(texts));
        var usage = updates.ToChatResponse().Usage;
        Assert.Equal(40, usage?.InputTokenCount);
        Assert.Equal(17, usage?.OutputTokenCount);

        var entry = Assert.Single(await rig.LedgerStore.GetRecentAsync(10, CancellationToken.None));
        Assert.Equal((40L, 17L), (entry.InputTokens, entry.OutputTokens));
        Assert.Equal(rig.Ledger.CostOf(rig.PrimaryModel, 40, 17), entry.CostUsd);
        Assert.True(entry.CostUsd > 0);
    }

    [Theory]
    [MemberData(nameof(TestRig.Kinds), MemberType = typeof(TestRig))]
    public async Task Rate_limits_are_retried_honouring_retry_after(ProviderKind kind)
    {
        await using var rig = TestRig.Start(kind);
        rig.Server.FailNext(2, 429, "Slow down", retryAfter: TimeSpan.FromSeconds(2));
        rig.Server.AnswerWith("third time lucky");
        var provider = rig.CreateProvider();

        var response = await provider.Client.GetResponseAsync(Question, Context(), CancellationToken.None);

        Assert.Equal("third time lucky", response.Text);
        Assert.Equal(3, rig.Server.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2)], rig.Waits);
        Assert.Single(await rig.LedgerStore.GetRecentAsync(10, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestRig.Kinds), MemberType = typeof(TestRig))]
    public async Task A_rate_limited_stream_is_retried_honouring_retry_after(ProviderKind kind)
    {
        await using var rig = TestRig.Start(kind);
        rig.Server.FailNext(1, 429, "Slow down", retryAfter: TimeSpan.FromSeconds(3));
        rig.Server.AnswerWith("streamed after waiting");
        var provider = rig.CreateProvider();

        var text = "";
        await foreach (var update in provider.Client.GetStreamingResponseAsync(Question, Context(), CancellationToken.None))
        {
            text += update.Text;
        }

        Assert.Equal("streamed after waiting", text);
        Assert.Equal([TimeSpan.FromSeconds(3)], rig.Waits);
        Assert.Equal(2, rig.Server.Requests.Count);
    }

    [Theory]
    [MemberData(nameof(TestRig.Kinds), MemberType = typeof(TestRig))]
    public async Task A_long_retry_after_moves_on_to_the_next_model_without_waiting(ProviderKind kind)
    {
        await using var rig = TestRig.Start(kind, o =>
        {
            o.MaxRetryDelay = TimeSpan.FromSeconds(20);
            o.FallbackModels = ["backup-model"];
        });
        rig.Server.ForModel(rig.PrimaryModel, FakeReply.Error(429, "quota exhausted for the hour", TimeSpan.FromHours(1)));
        rig.Server.AnswerWith(r => $"answered by {r.Model}");
        var provider = rig.CreateProvider();

        var response = await provider.Client.GetResponseAsync(Question, Context(), CancellationToken.None);

        Assert.Equal("answered by backup-model", response.Text);
        Assert.Empty(rig.Waits);
        Assert.Equal([rig.PrimaryModel, "backup-model"], rig.Server.Requests.Select(r => r.Model));
    }

    [Theory]
    [MemberData(nameof(TestRig.Kinds), MemberType = typeof(TestRig))]
    public async Task A_server_error_backs_off_exponentially_and_then_succeeds(ProviderKind kind)
    {
        await using var rig = TestRig.Start(kind, o => o.RetryBaseDelay = TimeSpan.FromSeconds(1));
        rig.Server.FailNext(2, 503, "try later");
        rig.Server.AnswerWith("recovered");
        var provider = rig.CreateProvider();

        await foreach (var _ in provider.Client.GetStreamingResponseAsync(Question, Context(), CancellationToken.None))
        {
        }

        Assert.Equal(3, rig.Server.Requests.Count);
        var waits = rig.Waits.ToArray();
        Assert.Equal(2, waits.Length);
        Assert.InRange(waits[0], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.25));
        Assert.InRange(waits[1], TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2.5));
    }

    [Theory]
    [MemberData(nameof(TestRig.Kinds), MemberType = typeof(TestRig))]
    public async Task A_failing_primary_model_falls_back_to_the_next_model(ProviderKind kind)
    {
        await using var rig = TestRig.Start(kind, o =>
        {
            o.MaxRetries = 1;
            o.FallbackModels = ["backup-model"];
        });
        rig.Server.ForModel(rig.PrimaryModel, FakeReply.Error(500, "primary is down"));
        rig.Server.AnswerWith(r => $"answered by {r.Model}");
        var provider = rig.CreateProvider();

        var response = await provider.Client.GetResponseAsync(Question, Context(), CancellationToken.None);

        Assert.Equal("answered by backup-model", response.Text);
        Assert.Equal([rig.PrimaryModel, rig.PrimaryModel, "backup-model"], rig.Server.Requests.Select(r => r.Model));
        var entry = Assert.Single(await rig.LedgerStore.GetRecentAsync(10, CancellationToken.None));
        Assert.Equal("backup-model", entry.Model);
        Assert.Equal(0m, entry.CostUsd); // an unpriced model costs nothing
    }

    [Theory]
    [MemberData(nameof(TestRig.Kinds), MemberType = typeof(TestRig))]
    public async Task A_stream_falls_back_too(ProviderKind kind)
    {
        await using var rig = TestRig.Start(kind, o =>
        {
            o.MaxRetries = 0;
            o.FallbackModels = ["backup-model"];
        });
        rig.Server.ForModel(rig.PrimaryModel, FakeReply.Error(529, "overloaded"));
        rig.Server.AnswerWith(r => $"streamed by {r.Model}");
        var provider = rig.CreateProvider();

        var text = "";
        await foreach (var update in provider.Client.GetStreamingResponseAsync(Question, Context(), CancellationToken.None))
        {
            text += update.Text;
        }

        Assert.Equal("streamed by backup-model", text);
        Assert.Equal([rig.PrimaryModel, "backup-model"], rig.Server.Requests.Select(r => r.Model));
    }

    [Theory]
    [MemberData(nameof(TestRig.Kinds), MemberType = typeof(TestRig))]
    public async Task A_timed_out_attempt_is_abandoned_and_retried(ProviderKind kind)
    {
        await using var rig = TestRig.Start(kind, o => o.RequestTimeout = TimeSpan.FromSeconds(1));
        rig.Server.Enqueue(FakeReply.Answer("too late").After(TimeSpan.FromMinutes(2)));
        rig.Server.AnswerWith("in time");
        var provider = rig.CreateProvider();

        var response = await provider.Client.GetResponseAsync(Question, Context(), CancellationToken.None);

        Assert.Equal("in time", response.Text);
        Assert.Equal(2, rig.Server.Requests.Count);
        await rig.Server.FirstAbort.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, rig.Server.AbortedRequests);
    }

    [Theory]
    [MemberData(nameof(TestRig.Kinds), MemberType = typeof(TestRig))]
    public async Task When_every_model_fails_the_error_carries_the_status_and_the_api_reason_but_no_key(ProviderKind kind)
    {
        await using var rig = TestRig.Start(kind, o =>
        {
            o.MaxRetries = 1;
            o.FallbackModels = ["backup-model"];
        });
        rig.Server.ReplyWith(r => FakeReply.Error(503, $"{r.Model} is overloaded right now"));
        var provider = rig.CreateProvider();

        var error = await Assert.ThrowsAsync<ChatProviderException>(() => provider.Client.GetResponseAsync(Question, Context(), CancellationToken.None));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(provider.Name, error.Provider);
        Assert.Contains("503", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{rig.PrimaryModel} is overloaded right now", error.Message, StringComparison.Ordinal);
        Assert.Contains("backup-model is overloaded right now", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(rig.ApiKey, error.Message, StringComparison.Ordinal);
        Assert.Equal(4, rig.Server.Requests.Count);
        Assert.Empty(await rig.LedgerStore.GetRecentAsync(10, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestRig.Kinds), MemberType = typeof(TestRig))]
    public async Task An_authentication_error_is_not_retried_and_does_not_echo_the_key(ProviderKind kind)
    {
        await using var rig = TestRig.Start(kind, o => o.MaxRetries = 3);
        rig.Server.RequiredApiKey = "some-other-key";
        var provider = rig.CreateProvider();

        var error = await Assert.ThrowsAsync<ChatProviderException>(() => provider.Client.GetResponseAsync(Question, Context(), CancellationToken.None));

        Assert.Equal(401, error.StatusCode);
        Assert.False(error.IsTransient);
        Assert.Contains("invalid x-api-key", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(rig.ApiKey, error.Message, StringComparison.Ordinal);
        Assert.Single(rig.Server.Requests);
        Assert.Empty(rig.Waits);
    }

    [Theory]
    [MemberData(nameof(TestRig.Kinds), MemberType = typeof(TestRig))]
    public async Task Cancelling_the_caller_cancels_the_provider_call(ProviderKind kind)
    {
        await using var rig = TestRig.Start(kind);
        rig.Server.Delay = TimeSpan.FromMinutes(2);
        rig.Server.AnswerWith("never seen");
        var provider = rig.CreateProvider();
        using var caller = new CancellationTokenSource();

        var call = provider.Client.GetResponseAsync(Question, Context(), caller.Token);
        await rig.Server.WaitForRequestsAsync(1).WaitAsync(TimeSpan.FromSeconds(30));
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await rig.Server.FirstAbort.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Single(rig.Server.Requests); // not retried
        Assert.Empty(rig.Waits);
        Assert.Empty(await rig.LedgerStore.GetRecentAsync(10, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestRig.Kinds), MemberType = typeof(TestRig))]
    public async Task Cancelling_a_stream_cancels_the_provider_call(ProviderKind kind)
    {
        await using var rig = TestRig.Start(kind);
        rig.Server.Delay = TimeSpan.FromMinutes(2);
        var provider = rig.CreateProvider();
        using var caller = new CancellationTokenSource();

        async Task Consume()
        {
            await foreach (var _ in provider.Client.GetStreamingResponseAsync(Question, Context(), caller.Token))
            {
            }
        }

        var consuming = Consume();
        await rig.Server.WaitForRequestsAsync(1).WaitAsync(TimeSpan.FromSeconds(30));
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => consuming);
        await rig.Server.FirstAbort.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Single(rig.Server.Requests);
    }

    [Theory]
    [MemberData(nameof(TestRig.Kinds), MemberType = typeof(TestRig))]
    public async Task Once_the_budget_is_spent_paid_calls_are_refused_before_they_are_made(ProviderKind kind)
    {
        await using var rig = TestRig.Start(kind, o => o.BudgetUsd = 0.0001m);
        rig.Server.AnswerWith("expensive", inputTokens: 100_000, outputTokens: 100_000);
        var provider = rig.CreateProvider();

        await provider.Client.GetResponseAsync(Question, Context(), CancellationToken.None);
        var error = await Assert.ThrowsAsync<ChatProviderException>(() => provider.Client.GetResponseAsync(Question, Context(), CancellationToken.None));

        Assert.Equal(402, error.StatusCode);
        Assert.Contains("LLMOS_BUDGET_USD", error.Message, StringComparison.Ordinal);
        Assert.Single(rig.Server.Requests);
    }
}
