namespace QiskitStudio.Agents.Routing;

/// <summary>The <c>session_id</c> values and prefixes the frontend uses (CONTRACT §1.2).</summary>
public static class SessionIds
{
    /// <summary>The chat panel's session.</summary>
    public const string Chat = "user_1";

    /// <summary>Parameter updates: <c>param-update-&lt;nodeId&gt;</c>.</summary>
    public const string ParameterUpdatePrefix = "param-update-";

    /// <summary>Python and Post-process "Update with AI": <c>node-update-&lt;nodeId&gt;</c>.</summary>
    public const string NodeUpdatePrefix = "node-update-";

    /// <summary>Code improvement (defined, never called by the UI): <c>improvement-&lt;nodeId&gt;</c>.</summary>
    public const string ImprovementPrefix = "improvement-";

    /// <summary>The fork's fragment evaluation: <c>eval-&lt;nodeId&gt;</c> (normally sent to /run).</summary>
    public const string EvaluationPrefix = "eval-";

    /// <summary>The fork's workflow-agent panel.</summary>
    public const string WorkflowAgent = "workflow-agent";
}
