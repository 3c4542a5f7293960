namespace QiskitStudio.Agents.Routing;

/// <summary>What a request asks for, as the router understood it.</summary>
public enum RequestKind
{
    /// <summary>A question to be explained (Quantum Tutor).</summary>
    Question,

    /// <summary>A request to write or change code, from the chat (Quantum Architect; prose allowed).</summary>
    CodeTask,

    /// <summary>The frontend's parameter-update prompt (CONTRACT §2): reply with the section body only.</summary>
    ParameterUpdate,

    /// <summary>"Update with AI" of a Python or Post-process node (§1.4): reply with the INPUT code only.</summary>
    NodeUpdate,

    /// <summary>The code-improvement call (<c>improvement-</c> sessions, §1.2): reply with code only.</summary>
    CodeImprovement,

    /// <summary>The fork's workflow agent (<c>workflow-agent</c>, §4.5): reply with a nodes/edges JSON object.</summary>
    WorkflowDesign,

    /// <summary>Questions about the assistant itself: help, capabilities, greetings.</summary>
    SystemHelp,
}

/// <summary>The router's decision for one request.</summary>
/// <param name="Kind">What the request asks for.</param>
/// <param name="Agent">Name of the agent that answers (a key of the agent registry).</param>
/// <param name="CodeOnly">The reply must be bare code: fences, prose, <c>###[Label]</c> echoes and INPUT markers are removed.</param>
/// <param name="UsesHistory">Earlier turns of the session are sent to the model. Code-only prompts carry their
/// whole context themselves (each is single-turn upstream, §1.2), so they do not.</param>
/// <param name="Reason">A short, human-readable account of why (for logs and tests).</param>
public sealed record RouteDecision(RequestKind Kind, string Agent, bool CodeOnly, bool UsesHistory, string Reason);
