using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using QiskitStudio.Agents.Kernel;
using QiskitStudio.Server.Tests.Support;

namespace QiskitStudio.Server.Tests;

/// <summary>The real Kestrel server on a free loopback port, with a plain HttpClient.</summary>
public sealed class KestrelTests : IDisposable
{
    private readonly ScriptedKernel _kernel = new();
    private readonly StudioFactory _factory;
    private readonly HttpClient _client;

    public KestrelTests()
    {
        _factory = new StudioFactory(kernel: _kernel, kestrel: true);
        _client = _factory.CreateLoopbackClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Issue6_rule1_listens_on_loopback_and_answers_chat()
    {
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(_factory.ServerAddress.Host)));
        using var response = await _client.PostAsync("/chat", new StringContent(Frontend.Body("hello there", "user_1"), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("echo: hello there", Frontend.ExtractMessage(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Section_B2_deltas_are_flushed_as_they_come()
    {
        // The kernel sends one delta and then waits until the test has READ that delta from the socket:
        // the test can only finish if the server flushed the first event before the answer was complete.
        var firstDeltaSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _kernel.Stream = (request, cancellationToken) => WaitingStream(firstDeltaSeen.Task, request, cancellationToken);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/chat/stream")
        {
            Content = new StringContent("""{"input_value": "hi", "session_id": "s", "stream": "tokens"}""", Encoding.UTF8, "application/json"),
        };
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        var first = await reader.ReadLineAsync();
        Assert.Equal("data: {\"delta\":\"first \"}", first);
        firstDeltaSeen.SetResult();

        var rest = await reader.ReadToEndAsync();
        var payloads = Frontend.DataPayloads(rest);
        Assert.Equal("second", JsonDocument.Parse(payloads[0]).RootElement.GetProperty("delta").GetString());
        Assert.True(JsonDocument.Parse(payloads[1]).RootElement.TryGetProperty("metadata", out _));
        Assert.Equal("[DONE]", payloads[2]);

        static async IAsyncEnumerable<ChatStreamUpdate> WaitingStream(Task gate, ChatRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            yield return new ChatDelta("first ");
            await gate.WaitAsync(cancellationToken);
            yield return new ChatDelta("second");
            yield return new ChatCompleted(ScriptedKernel.Reply("first second", request.SessionId));
        }
    }

    [Fact]
    public async Task Issue2_rule7_client_disconnect_cancels_the_kernel_call()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _kernel.Answer = async (request, cancellationToken) =>
        {
            started.SetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                cancelled.SetResult();
                throw;
            }
            return ScriptedKernel.Reply("never", request.SessionId);
        };

        using var abandon = new CancellationTokenSource();
        var call = _client.PostAsync("/chat", new StringContent(Frontend.Body("slow question", "user_1"), Encoding.UTF8, "application/json"), abandon.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await abandon.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        // The kernel saw its token cancelled: the provider call would have been abandoned too.
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(cancelled.Task.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Issue2_rule7_body_over_the_limit_is_413_on_kestrel_too()
    {
        var big = new string('y', 1024 * 1024 + 1);
        using var response = await _client.PostAsync("/chat", new StringContent(Frontend.Body(big, "user_1"), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, _kernel.CallCount);
    }

    [Fact]
    public async Task Issue2_rule7_chunked_body_over_the_limit_is_413()
    {
        var big = Encoding.UTF8.GetBytes(Frontend.Body(new string('z', 1024 * 1024 + 1), "user_1"));
        using var content = new StreamContent(new MemoryStream(big));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/chat") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, _kernel.CallCount);
    }
}
