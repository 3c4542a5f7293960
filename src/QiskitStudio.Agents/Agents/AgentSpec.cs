namespace QiskitStudio.Agents.Agents;

/// <summary>The names of the built-in agents (CONTRACT Part B.1 <c>agent</c> values).</summary>
public static class AgentNames
{
    /// <summary>Writes and rewrites Qiskit code.</summary>
    public const string Architect = "quantum-architect";

    /// <summary>Explains quantum computing and Qiskit.</summary>
    public const string Tutor = "quantum-tutor";

    /// <summary>Answers questions about the assistant itself.</summary>
    public const string System = "system-agent";

    /// <summary>Designs composer workflows (nodes and edges) for the fork's workflow agent.</summary>
    public const string WorkflowDesigner = "workflow-designer";
}

/// <summary>
/// Everything that defines an agent: adding an agent is adding one of these to the registry.
/// </summary>
/// <param name="Name">Unique name, as reported in reply metadata and <c>/stats</c>.</param>
/// <param name="Description">One sentence for people reading <c>/stats</c>.</param>
/// <param name="SystemPrompt">The agent's standing instructions to the model.</param>
/// <param name="Capabilities">What it can be asked to do (free-form tags).</param>
/// <param name="Tools">Names of the kernel tools the agent may use (declared here; wired as tools land).</param>
public sealed record AgentSpec(
    string Name,
    string Description,
    string SystemPrompt,
    IReadOnlyList<string> Capabilities,
    IReadOnlyList<string> Tools)
{
    /// <summary>Sampling temperature asked of the model; null leaves the provider's default.</summary>
    public float? Temperature { get; init; }
}
