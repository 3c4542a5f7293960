using System.Net;
using System.Text;
using System.Text.Json;
using QiskitStudio.Server.Tests.Support;

namespace QiskitStudio.Server.Tests;

/// <summary>
/// The real kernel with no provider configured (issue 2, item 8): the server starts and answers
/// chat from the offline provider; sessions and stats come from the real store.
/// </summary>
public sealed class OfflineKernelTests(OfflineKernelTests.Server server) : IClassFixture<OfflineKernelTests.Server>
{
    /// <summary>One real server for the class.</summary>
    public sealed class Server : IAsyncLifetime
    {
        public StudioFactory Factory { get; } = new(new Dictionary<string, string?> { ["LLM_PROVIDER"] = "auto" });

        // The knowledge index (MiniLM embeddings of every article) is built once per test run, or
        // loaded from the previous run's file; on a busy machine that takes a while, so it is done here,
        // once, rather than inside a request.
        public Task InitializeAsync() => StudioFactory.WarmUpKnowledgeAsync();

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private readonly HttpClient _client = CreateClient(server.Factory);

    private static HttpClient CreateClient(StudioFactory factory)
    {
        var client = factory.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(10);
        return client;
    }

    private Task<HttpResponseMessage> PostAsync(string path, string json) =>
        _client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Issue2_item8_no_provider_still_answers_chat_in_the_section_1_3_shape()
    {
        using var response = await PostAsync("/chat", Frontend.Body("What is a qubit?", "user_1"));
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(Frontend.ExtractMessage(json)));
        using var document = JsonDocument.Parse(json);
        using var meta = JsonDocument.Parse(document.RootElement.GetProperty("response").GetString()!);
        Assert.Equal("user_1", meta.RootElement.GetProperty("session_id").GetString());
        Assert.Equal(0m, meta.RootElement.GetProperty("cost").GetDecimal());
        Assert.NotEqual("anthropic", meta.RootElement.GetProperty("provider").GetString());
    }

    [Fact]
    public async Task Section_B5_clear_session_removes_what_the_real_store_kept_and_B4_stats_count_it()
    {
        for (var i = 0; i < 2; i++)
        {
            using var chat = await PostAsync("/chat", Frontend.Body($"Explain superposition, take {i}", "clear-me"));
            Assert.Equal(HttpStatusCode.OK, chat.StatusCode);
        }
        using (var stats = await _client.GetAsync("/stats"))
        {
            using var document = JsonDocument.Parse(await stats.Content.ReadAsStringAsync());
            Assert.True(document.RootElement.GetProperty("sessions").GetProperty("total_messages").GetInt64() >= 4);
            Assert.Contains("quantum-tutor", document.RootElement.GetProperty("agents").GetProperty("available").EnumerateArray().Select(e => e.GetString()));
        }

        using var clear = await PostAsync("/clear_session", """{"session_id": "clear-me"}""");
        using var cleared = JsonDocument.Parse(await clear.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, clear.StatusCode);
        Assert.Equal(4, cleared.RootElement.GetProperty("removed_messages").GetInt32());

        using var again = await PostAsync("/clear_session", """{"session_id": "clear-me"}""");
        using var none = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.Equal(0, none.RootElement.GetProperty("removed_messages").GetInt32());
    }

    [Fact]
    public async Task Section_1_5_offline_stream_gives_one_llm_step_the_frontend_can_read()
    {
        using var response = await PostAsync("/chat/stream", Frontend.Body("What does a Hadamard gate do?", "user_1"));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var content = Frontend.ReadStreamContent(bytes);
        Assert.False(string.IsNullOrWhiteSpace(content));
        Assert.DoesNotMatch("^Error", content);
    }
}
