using Microsoft.Extensions.AI;

namespace QiskitStudio.Agents.Providers;

/// <summary>
/// Drops sampling settings (temperature, top-p) that OpenAI's reasoning models (o1, o3, o4, gpt-5…)
/// reject with a 400. Installed only in front of such models.
/// </summary>
public sealed class SamplingFreeChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    /// <summary>True for model names of OpenAI's reasoning families.</summary>
    public static bool IsReasoningModel(string model)
    {
        var name = model.Trim().ToLowerInvariant();
        var slash = name.LastIndexOf('/');
        if (slash >= 0)
        {
            name = name[(slash + 1)..]; // "openai/o3-mini" on routers such as OpenRouter
        }
        return name.StartsWith("gpt-5", StringComparison.Ordinal)
            || (name.Length >= 2 && name[0] == 'o' && char.IsAsciiDigit(name[1]));
    }

    /// <inheritdoc />
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetResponseAsync(messages, Scrub(options), cancellationToken);

    /// <inheritdoc />
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetStreamingResponseAsync(messages, Scrub(options), cancellationToken);

    private static ChatOptions? Scrub(ChatOptions? options)
    {
        if (options is null || (options.Temperature is null && options.TopP is null))
        {
            return options;
        }
        var copy = options.Clone();
        copy.Temperature = null;
        copy.TopP = null;
        return copy;
    }
}
