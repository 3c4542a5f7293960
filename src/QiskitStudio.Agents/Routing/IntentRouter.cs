using System.Text.RegularExpressions;
using QiskitStudio.Agents.Agents;

namespace QiskitStudio.Agents.Routing;

/// <summary>Decides which agent answers a request and in what form.</summary>
public interface IIntentRouter
{
    /// <summary>Classifies one request by its session id and text.</summary>
    RouteDecision Route(string text, string sessionId);
}

/// <summary>
/// The default router. Frontend prompts with a fixed shape are recognised first, by session-id
/// prefix (CONTRACT §1.2) or by their text (§2, §1.4); everything else is sorted into questions
/// (Quantum Tutor), code tasks (Quantum Architect) and questions about the assistant itself
/// (system agent) by cheap lexical cues. It is deterministic and needs no model call.
/// </summary>
public sealed partial class IntentRouter : IIntentRouter
{
    /// <inheritdoc />
    public RouteDecision Route(string text, string sessionId)
    {
        text ??= "";
        sessionId ??= "";

        if (sessionId.StartsWith(SessionIds.ParameterUpdatePrefix, StringComparison.Ordinal) || ParameterUpdatePrompt.Matches(text))
        {
            return new(RequestKind.ParameterUpdate, AgentNames.Architect, CodeOnly: true, UsesHistory: false,
                "parameter-update prompt (CONTRACT §2)");
        }
        if (sessionId.StartsWith(SessionIds.NodeUpdatePrefix, StringComparison.Ordinal) || NodeUpdatePrompt.Matches(text))
        {
            return new(RequestKind.NodeUpdate, AgentNames.Architect, CodeOnly: true, UsesHistory: false,
                "node \"Update with AI\" prompt (CONTRACT §1.4)");
        }
        if (sessionId.StartsWith(SessionIds.ImprovementPrefix, StringComparison.Ordinal))
        {
            return new(RequestKind.CodeImprovement, AgentNames.Architect, CodeOnly: true, UsesHistory: false,
                "code-improvement session (CONTRACT §1.2)");
        }
        if (sessionId.Equals(SessionIds.WorkflowAgent, StringComparison.Ordinal))
        {
            return new(RequestKind.WorkflowDesign, AgentNames.WorkflowDesigner, CodeOnly: false, UsesHistory: true,
                "workflow-agent session (CONTRACT §4.5)");
        }
        if (sessionId.StartsWith(SessionIds.EvaluationPrefix, StringComparison.Ordinal))
        {
            return new(RequestKind.CodeTask, AgentNames.Architect, CodeOnly: false, UsesHistory: false,
                "fragment evaluation session (CONTRACT §4.5)");
        }

        return ClassifyFreeText(text);
    }

    private static RouteDecision ClassifyFreeText(string text)
    {
        var trimmed = text.Trim();
        var lower = trimmed.ToLowerInvariant();
        var request = StripPoliteOpening(lower);
        var wantsSomething = WantCue().IsMatch(lower);

        if (IsAboutAssistant(request))
        {
            return new(RequestKind.SystemHelp, AgentNames.System, CodeOnly: false, UsesHistory: true,
                "question about the assistant itself");
        }

        var hasCode = lower.Contains("```", StringComparison.Ordinal) || CodeLine().IsMatch(trimmed);
        var explains = ExplainCue().IsMatch(request);
        var changesCode = CodeVerbAtStart().IsMatch(request) || CodeVerbAnywhere().IsMatch(request);
        var codeObject = CodeNoun().IsMatch(request);

        if (hasCode && FixCue().IsMatch(request) && !explains)
        {
            return new(RequestKind.CodeTask, AgentNames.Architect, CodeOnly: false, UsesHistory: true,
                "code with a request to fix or change it");
        }
        if (explains)
        {
            return new(RequestKind.Question, AgentNames.Tutor, CodeOnly: false, UsesHistory: true,
                "asks for an explanation");
        }
        if ((changesCode || wantsSomething) && (codeObject || hasCode))
        {
            return new(RequestKind.CodeTask, AgentNames.Architect, CodeOnly: false, UsesHistory: true,
                "asks to write or change code");
        }
        return new(RequestKind.Question, AgentNames.Tutor, CodeOnly: false, UsesHistory: true,
            "a question");
    }

    private static string StripPoliteOpening(string lower)
    {
        var result = lower;
        for (var i = 0; i < 4; i++)
        {
            var next = PoliteOpening().Replace(result, "", 1);
            if (next == result)
            {
                break;
            }
            result = next;
        }
        return result;
    }

    private static bool IsAboutAssistant(string request) =>
        request.Length < 80 && AssistantCue().IsMatch(request);

    [GeneratedRegex(@"^\s*(?:please|pls|hey|hi|ok(?:ay)?|so|now|then|also|and|can you|could you|would you|will you|i want you to|i'd like you to|i would like you to|i need you to|i need|i want|help me(?: to)?|let's|lets)[\s,!:]+", RegexOptions.CultureInvariant)]
    private static partial Regex PoliteOpening();

    [GeneratedRegex(@"^\s*(?:please[\s,]+)?(?:i need|i want|i'd like|i would like|we need|we want|give me|get me)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WantCue();

    [GeneratedRegex(@"^(?:(?:hi|hello|hey|thanks|thank you)\b[\s!.]*$|help\b|what can you do|what are you|who are you|what agents|which agents|list (?:the )?agents|how do i use (?:you|this|qiskit studio)|what is qiskit studio|(?:show|what(?:'s| is)) (?:the |my )?(?:budget|stats|status))", RegexOptions.CultureInvariant)]
    private static partial Regex AssistantCue();

    [GeneratedRegex(@"^(?:what|why|how (?:does|do|is|are|can|could|would|should|many|much)|when|which|who|where|is|are|does|do|explain|describe|tell me|compare|define|summari[sz]e|what's|whats|difference)\b|\b(?:explain|what does|what is|what are|meaning of|difference between|why does|why is|how does|how do)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ExplainCue();

    [GeneratedRegex(@"^(?:write|create|generate|build|implement|make|code|program|rewrite|refactor|modify|change|update|fix|debug|add|insert|remove|replace|convert|port|optimi[sz]e|transpile|construct|design|prepare|produce|draft|extend|turn|give me|show me the code|set up|setup)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CodeVerbAtStart();

    [GeneratedRegex(@"\b(?:write|generate|implement|rewrite|refactor|give me|show me) (?:(?:me|a|an|the|some|this|that|my|python|qiskit|full|complete|working|simple|small) )*(?:code|program|script|snippet|function|circuit|example|implementation)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CodeVerbAnywhere();

    [GeneratedRegex(@"\b(?:code|program|script|snippet|function|class|circuit|qiskit|python|ansatz|estimator|sampler|transpiler|pass ?manager|gate|qubits?|register|bell|ghz|grover|qaoa|vqe|qft|teleportation|deutsch|bernstein|simon|shor|hamiltonian|observable|backend|simulator|measurement|histogram|algorithm|oracle|state)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CodeNoun();

    [GeneratedRegex(@"\b(?:fix|debug|error|exception|traceback|broken|doesn't work|does not work|isn't working|fails?|failing|wrong|rewrite|refactor|modify|change|update|convert|port|optimi[sz]e|add|replace|remove|make it)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FixCue();

    [GeneratedRegex(@"^\s*(?:from\s+\w+(?:\.\w+)*\s+import\s|import\s+\w+|\w+\s*=\s*QuantumCircuit\(|qc\.\w+\()", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex CodeLine();
}
