using QiskitStudio.Agents.Kernel;

namespace QiskitStudio.Agents.Agents;

/// <summary>The agents the kernel can route to, by name, in registration order.</summary>
public sealed class AgentRegistry
{
    private readonly List<AgentSpec> _agents = [];

    /// <summary>A registry holding the given agents.</summary>
    public AgentRegistry(IEnumerable<AgentSpec> agents)
    {
        foreach (var agent in agents)
        {
            Register(agent);
        }
    }

    /// <summary>The registry with the built-in agents (<see cref="BuiltInAgents.All"/>).</summary>
    public static AgentRegistry CreateDefault() => new(BuiltInAgents.All);

    /// <summary>Every registered agent, in registration order.</summary>
    public IReadOnlyList<AgentSpec> Agents => _agents;

    /// <summary>Adds an agent; a name may be registered once.</summary>
    public void Register(AgentSpec agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (_agents.Any(a => a.Name.Equals(agent.Name, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"An agent named '{agent.Name}' is already registered.", nameof(agent));
        }
        _agents.Add(agent);
    }

    /// <summary>The agent with that name.</summary>
    /// <exception cref="KeyNotFoundException">No such agent.</exception>
    public AgentSpec Get(string name) =>
        _agents.FirstOrDefault(a => a.Name.Equals(name, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"No agent named '{name}' is registered.");

    /// <summary>The figures of <c>/stats</c> <c>agents</c>.</summary>
    public AgentStats Describe() => new(
        _agents.Count,
        [.. _agents.Select(a => a.Name)],
        [.. _agents.Select(a => new AgentDescription(a.Name, a.Description, a.Capabilities))]);
}
