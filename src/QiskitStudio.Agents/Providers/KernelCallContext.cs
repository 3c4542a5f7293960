using Microsoft.Extensions.AI;

namespace QiskitStudio.Agents.Providers;

/// <summary>
/// Who a provider call is for (project, session, agent). The kernel attaches it to
/// <see cref="ChatOptions.AdditionalProperties"/> so the ledger decorator can file the call's cost;
/// the ledger decorator takes it off again before the options reach a provider.
/// </summary>
public sealed record KernelCallContext(string Project, string? SessionId, string? Agent)
{
    /// <summary>The key under which the context travels in <see cref="ChatOptions.AdditionalProperties"/>.</summary>
    public const string PropertyKey = "qiskit_studio.call_context";

    /// <summary>Returns a copy of <paramref name="options"/> carrying this context.</summary>
    public ChatOptions AttachTo(ChatOptions? options)
    {
        var copy = options?.Clone() ?? new ChatOptions();
        copy.AdditionalProperties = copy.AdditionalProperties is null ? [] : new AdditionalPropertiesDictionary(copy.AdditionalProperties);
        copy.AdditionalProperties[PropertyKey] = this;
        return copy;
    }

    /// <summary>
    /// Reads the context from <paramref name="options"/> and returns options without it
    /// (the same instance when there was none).
    /// </summary>
    public static (KernelCallContext? Context, ChatOptions? Options) Detach(ChatOptions? options)
    {
        if (options?.AdditionalProperties is not { } properties || !properties.TryGetValue(PropertyKey, out var value))
        {
            return (null, options);
        }
        var copy = options.Clone();
        var remaining = new AdditionalPropertiesDictionary(properties);
        remaining.Remove(PropertyKey);
        copy.AdditionalProperties = remaining.Count == 0 ? null : remaining;
        return (value as KernelCallContext, copy);
    }
}
