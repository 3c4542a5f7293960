using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace QiskitStudio.Testing;

/// <summary>
/// A real HTTP server (Kestrel on 127.0.0.1, a free port) that imitates an LLM API, so tests can
/// drive the real SDK clients. Script it per test:
/// <list type="bullet">
/// <item><see cref="AnswerWith(string, long?, long?)"/> / <see cref="AnswerWith(Func{FakeLlmRequest, string})"/>: the default answer;</item>
/// <item><see cref="Enqueue"/> / <see cref="FailNext"/>: one-shot replies used, in order, before anything else
/// (e.g. two 429s, then the default answer);</item>
/// <item><see cref="ForModel(string, FakeReply)"/>: a fixed reply for one model (e.g. make the primary model fail);</item>
/// <item><see cref="Delay"/>: a delay before every answer.</item>
/// </list>
/// Every request is recorded in <see cref="Requests"/> (headers, body, model, messages) and signalled
/// through <see cref="WaitForRequestsAsync"/>; a client that goes away during a delay is counted in
/// <see cref="AbortedRequests"/>.
/// </summary>
public abstract class FakeLlmServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeReply> _queued = new();
    private readonly ConcurrentDictionary<string, Func<FakeLlmRequest, FakeReply>> _perModel = new(StringComparer.Ordinal);
    private readonly List<FakeLlmRequest> _requests = [];
    private readonly Lock _gate = new();
    private readonly List<(int Count, TaskCompletionSource Signal)> _requestWaiters = [];
    private readonly TaskCompletionSource _firstAbort = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Func<FakeLlmRequest, FakeReply> _default = _ => FakeReply.Answer("Hello from the fake server.");
    private int _aborted;

    /// <summary>Starts the server; it listens once the constructor returns.</summary>
    protected FakeLlmServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        MapEndpoints(_app);
        _app.StartAsync().GetAwaiter().GetResult();
        var address = _app.Urls.First();
        BaseUri = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>The base URL without a trailing slash, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl => BaseUri.ToString().TrimEnd('/');

    /// <summary>When set, requests whose key (<c>x-api-key</c> or Bearer) differs get a 401.</summary>
    public string? RequiredApiKey { get; set; }

    /// <summary>A delay before every answer (a reply's own <see cref="FakeReply.Delay"/> adds to it).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Number of characters per streamed text delta (default 8; at least 1).</summary>
    public int StreamChunkSize { get; set; } = 8;

    /// <summary>The requests received so far, in arrival order.</summary>
    public IReadOnlyList<FakeLlmRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The most recent request (throws when there is none).</summary>
    public FakeLlmRequest LastRequest => Requests.Count > 0 ? Requests[^1] : throw new InvalidOperationException("No request received yet.");

    /// <summary>How many requests were abandoned by their client while the server was still delaying its answer.</summary>
    public int AbortedRequests => Volatile.Read(ref _aborted);

    /// <summary>Completes when a client first abandons a request during a delay.</summary>
    public Task FirstAbort => _firstAbort.Task;

    /// <summary>Answers every request with <paramref name="text"/> (unless a queued or per-model reply applies).</summary>
    public FakeLlmServer AnswerWith(string text, long? inputTokens = null, long? outputTokens = null)
    {
        var reply = FakeReply.Answer(text, inputTokens, outputTokens);
        _default = _ => reply;
        return this;
    }

    /// <summary>Answers every request with the text <paramref name="answer"/> computes from it.</summary>
    public FakeLlmServer AnswerWith(Func<FakeLlmRequest, string> answer)
    {
        _default = request => FakeReply.Answer(answer(request));
        return this;
    }

    /// <summary>Replies to every request with what <paramref name="reply"/> computes from it.</summary>
    public FakeLlmServer ReplyWith(Func<FakeLlmRequest, FakeReply> reply)
    {
        _default = reply;
        return this;
    }

    /// <summary>Queues one-shot replies, used in order before per-model and default replies.</summary>
    public FakeLlmServer Enqueue(params FakeReply[] replies)
    {
        foreach (var reply in replies)
        {
            _queued.Enqueue(reply);
        }
        return this;
    }

    /// <summary>Makes the next <paramref name="count"/> requests fail with <paramref name="statusCode"/>.</summary>
    public FakeLlmServer FailNext(int count, int statusCode, string message = "fake server error", TimeSpan? retryAfter = null)
    {
        for (var i = 0; i < count; i++)
        {
            _queued.Enqueue(FakeReply.Error(statusCode, message, retryAfter));
        }
        return this;
    }

    /// <summary>Always replies <paramref name="reply"/> to requests for <paramref name="model"/>.</summary>
    public FakeLlmServer ForModel(string model, FakeReply reply)
    {
        _perModel[model] = _ => reply;
        return this;
    }

    /// <summary>Replies to requests for <paramref name="model"/> with what <paramref name="reply"/> computes.</summary>
    public FakeLlmServer ForModel(string model, Func<FakeLlmRequest, FakeReply> reply)
    {
        _perModel[model] = reply;
        return this;
    }

    /// <summary>Completes once at least <paramref name="count"/> requests have arrived.</summary>
    public Task WaitForRequestsAsync(int count = 1)
    {
        lock (_gate)
        {
            if (_requests.Count >= count)
            {
                return Task.CompletedTask;
            }
            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _requestWaiters.Add((count, signal));
            return signal.Task;
        }
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>Maps the protocol's endpoints; implementations call <see cref="HandleAsync"/>.</summary>
    protected abstract void MapEndpoints(WebApplication app);

    /// <summary>Writes a successful answer in the protocol's JSON shape.</summary>
    protected abstract Task WriteAnswerAsync(HttpContext context, FakeLlmRequest request, FakeReply reply, string model, long inputTokens, long outputTokens);

    /// <summary>Writes a successful answer as the protocol's stream.</summary>
    protected abstract Task WriteStreamAsync(HttpContext context, FakeLlmRequest request, FakeReply reply, string model, long inputTokens, long outputTokens);

    /// <summary>Writes an error body in the protocol's shape.</summary>
    protected abstract Task WriteErrorAsync(HttpContext context, FakeReply reply);

    /// <summary>Records the request, picks the scripted reply and writes it.</summary>
    protected async Task HandleAsync(HttpContext context)
    {
        string body;
        using (var reader = new StreamReader(context.Request.Body))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        }
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new FakeLlmRequest(context.Request.Method, context.Request.Path.Value ?? "", headers, body);
        Record(request);

        var reply = RequiredApiKey is not null && request.ApiKey != RequiredApiKey
            ? FakeReply.Error(401, "invalid x-api-key")
            : Choose(request);

        var delay = Delay + reply.Delay;
        if (delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref _aborted);
                _firstAbort.TrySetResult();
                return;
            }
        }

        if (reply.IsError)
        {
            context.Response.StatusCode = reply.StatusCode;
            if (reply.RetryAfter is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }
            await WriteErrorAsync(context, reply).ConfigureAwait(false);
            return;
        }

        var model = reply.Model ?? request.Model;
        var input = reply.InputTokens ?? Math.Max(1, (request.PromptCharacters + 3) / 4);
        var output = reply.OutputTokens ?? Math.Max(1, (reply.Text.Length + 3) / 4);
        try
        {
            if (request.Stream)
            {
                await WriteStreamAsync(context, request, reply, model, input, output).ConfigureAwait(false);
            }
            else
            {
                await WriteAnswerAsync(context, request, reply, model, input, output).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref _aborted);
            _firstAbort.TrySetResult();
        }
    }

    /// <summary>Splits an answer into the text deltas of a stream.</summary>
    protected IEnumerable<string> Chunks(string text)
    {
        var size = Math.Max(1, StreamChunkSize);
        for (var i = 0; i < text.Length; i += size)
        {
            yield return text.Substring(i, Math.Min(size, text.Length - i));
        }
    }

    /// <summary>
    /// The text deltas of <paramref name="reply"/>, cut short after
    /// <see cref="FakeReply.FailStreamAfterChunks"/> deltas when that is set.
    /// </summary>
    protected static IEnumerable<string> StreamChunks(FakeReply reply, int chunkSize)
    {
        var size = Math.Max(1, chunkSize);
        var sent = 0;
        for (var i = 0; i < reply.Text.Length; i += size)
        {
            if (reply.FailStreamAfterChunks is { } limit && sent >= limit)
            {
                yield break;
            }
            sent++;
            yield return reply.Text.Substring(i, Math.Min(size, reply.Text.Length - i));
        }
    }

    /// <summary>A short random id with the given prefix.</summary>
    protected static string NewId(string prefix) => prefix + Guid.NewGuid().ToString("N")[..24];

    private FakeReply Choose(FakeLlmRequest request)
    {
        if (_queued.TryDequeue(out var queued))
        {
            return queued;
        }
        if (_perModel.TryGetValue(request.Model, out var perModel))
        {
            return perModel(request);
        }
        return _default(request);
    }

    private void Record(FakeLlmRequest request)
    {
        List<TaskCompletionSource> ready = [];
        lock (_gate)
        {
            _requests.Add(request);
            for (var i = _requestWaiters.Count - 1; i >= 0; i--)
            {
                if (_requests.Count >= _requestWaiters[i].Count)
                {
                    ready.Add(_requestWaiters[i].Signal);
                    _requestWaiters.RemoveAt(i);
                }
            }
        }
        foreach (var signal in ready)
        {
            signal.TrySetResult();
        }
    }
}
