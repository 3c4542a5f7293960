using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace QiskitStudio.Agents.Providers;

/// <summary>
/// Stands in when no provider is configured: every answer says which environment variables to set.
/// </summary>
public sealed class NoProviderChatClient : IChatClient
{
    /// <summary>The answer given to every request.</summary>
    public const string Message =
        "No language model is configured, so I cannot answer yet. To enable the assistant, set " +
        "ANTHROPIC_API_KEY (Claude), or OPENAI_BASE_URL and OPENAI_API_KEY for an OpenAI-compatible " +
        "server (OpenAI, Ollama at http://127.0.0.1:11434/v1, LM Studio, vLLM, OpenRouter), then restart the server. " +
        "Running code with the Run button works without a model.";

    private static readonly ChatClientMetadata Metadata = new(ChatProvider.NoneName, null, ChatProvider.NoneName);

    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, Message)) { ModelId = ChatProvider.NoneName });

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return new ChatResponseUpdate(ChatRole.Assistant, Message) { ModelId = ChatProvider.NoneName };
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(ChatClientMetadata) ? Metadata
        : serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : null;

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
