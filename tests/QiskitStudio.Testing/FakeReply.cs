namespace QiskitStudio.Testing;

/// <summary>
/// What a fake LLM server answers to one request: a text answer with its token usage, or an API
/// error with a status code (and optionally <c>Retry-After</c>); either may be delayed.
/// </summary>
public sealed record FakeReply
{
    /// <summary>The answer text (ignored for errors).</summary>
    public string Text { get; init; } = "";

    /// <summary>HTTP status: 200 for an answer, anything else for an error.</summary>
    public int StatusCode { get; init; } = 200;

    /// <summary>The message put in the error body (<c>error.message</c>).</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The error type in the body; derived from the status when null.</summary>
    public string? ErrorType { get; init; }

    /// <summary>Sent as a <c>Retry-After</c> header (whole seconds) when set.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Input tokens reported in <c>usage</c>; null estimates them from the request (characters / 4).</summary>
    public long? InputTokens { get; init; }

    /// <summary>Output tokens reported in <c>usage</c>; null estimates them from the answer (characters / 4).</summary>
    public long? OutputTokens { get; init; }

    /// <summary>How long the server waits before answering (it stops early if the client goes away).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Overrides the <c>model</c> echoed in the answer (the requested model by default).</summary>
    public string? Model { get; init; }

    /// <summary>
    /// For a stream: after this many text deltas the server sends the protocol's in-stream error
    /// event (with <see cref="ErrorMessage"/>) and ends the response, as a provider failing
    /// mid-answer does. Null streams the whole answer.
    /// </summary>
    public int? FailStreamAfterChunks { get; init; }

    /// <summary>True for an error reply.</summary>
    public bool IsError => StatusCode != 200;

    /// <summary>A successful answer.</summary>
    public static FakeReply Answer(string text, long? inputTokens = null, long? outputTokens = null) =>
        new() { Text = text, InputTokens = inputTokens, OutputTokens = outputTokens };

    /// <summary>An API error such as 429, 500 or 401, with the given message in the body.</summary>
    public static FakeReply Error(int statusCode, string message = "fake server error", TimeSpan? retryAfter = null) =>
        new() { StatusCode = statusCode, ErrorMessage = message, RetryAfter = retryAfter };

    /// <summary>This reply, sent after <paramref name="delay"/>.</summary>
    public FakeReply After(TimeSpan delay) => this with { Delay = delay };
}
