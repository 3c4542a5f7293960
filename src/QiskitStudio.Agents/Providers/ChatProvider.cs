using Microsoft.Extensions.AI;

namespace QiskitStudio.Agents.Providers;

/// <summary>
/// The provider the kernel talks to: its name (reply metadata <c>provider</c>), primary model, and
/// the fully composed client pipeline.
/// </summary>
/// <param name="Name"><c>anthropic</c>, <c>openai</c>, <c>offline</c> (or the offline client's own name) or <c>none</c>.</param>
/// <param name="Model">The primary model (fallbacks follow it inside <see cref="Client"/>).</param>
/// <param name="Client">The composed pipeline: budget guard, ledger, model fallback, retries, timeout, error translation.</param>
/// <param name="IsConfigured">False for the "none" provider, which only explains how to configure one.</param>
public sealed record ChatProvider(string Name, string Model, IChatClient Client, bool IsConfigured)
{
    /// <summary>The provider name used when nothing is configured.</summary>
    public const string NoneName = "none";
}
