using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using QiskitStudio.Knowledge.ParameterUpdates;
using QiskitStudio.Knowledge.Templates;

namespace QiskitStudio.Knowledge;

/// <summary>The provider used when no API key is configured. It does real work without a model: tutor answers from
/// the knowledge base, programs from templates, deterministic parameter edits, and a clear reply for anything else.
/// Every reply says <c>offline</c> in <see cref="ChatResponse.ModelId"/> and in AdditionalProperties["provider"].</summary>
public sealed partial class OfflineChatClient : IChatClient
{
    public const string ProviderName = "offline";
    public const string ModelName = "offline";

    /// <summary>Optional hint in <see cref="ChatOptions.AdditionalProperties"/>: a <see cref="ChatIntent"/> name that
    /// overrides the classifier (for example when the kernel has already routed the request).</summary>
    public const string IntentOptionKey = "qiskit_studio.intent";

    private readonly KnowledgeBase _knowledgeBase;
    private readonly CodeTemplateLibrary _templates;
    private readonly IntentClassifier _classifier;
    private readonly TutorAnswerComposer _tutor;
    private readonly ChatClientMetadata _metadata = new(ProviderName, null, ModelName);

    public OfflineChatClient(KnowledgeBase knowledgeBase, CodeTemplateLibrary? templates = null, IntentClassifier? classifier = null)
    {
        _knowledgeBase = knowledgeBase;
        _templates = templates ?? new CodeTemplateLibrary();
        _classifier = classifier ?? new IntentClassifier();
        _tutor = new TutorAnswerComposer(knowledgeBase);
    }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var text = LastUserText(messages);
        var decision = Decide(text, options);
        var properties = new AdditionalPropertiesDictionary
        {
            ["provider"] = ProviderName,
            ["model"] = ModelName,
            ["intent"] = decision.Intent.ToString(),
            ["agent"] = decision.Agent,
            ["cost"] = 0.0,
        };
        string reply;
        switch (decision.Intent)
        {
            case ChatIntent.ParameterUpdate:
                reply = ParameterUpdate(text, properties);
                break;
            case ChatIntent.NodeUpdate:
                reply = NodeUpdate(text, properties);
                break;
            case ChatIntent.CodeRequest:
                reply = CodeRequest(text, properties);
                break;
            case ChatIntent.OutOfScope:
                reply = OfflineReplies.OutOfReach();
                properties["answered"] = false;
                break;
            default:
                reply = await Question(text, properties, cancellationToken).ConfigureAwait(false);
                break;
        }

        return new ChatResponse(new ChatMessage(ChatRole.Assistant, reply))
        {
            ModelId = ModelName,
            ResponseId = "offline-" + Guid.NewGuid().ToString("N")[..12],
            CreatedAt = DateTimeOffset.UtcNow,
            FinishReason = ChatFinishReason.Stop,
            Usage = new UsageDetails { InputTokenCount = 0, OutputTokenCount = 0, TotalTokenCount = 0 },
            AdditionalProperties = properties,
        };
    }

    /// <summary>Streams the whole reply as one update (CONTRACT §1.5: the panel uses the first content it sees).</summary>
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        yield return new ChatResponseUpdate(ChatRole.Assistant, response.Text)
        {
            ModelId = response.ModelId,
            ResponseId = response.ResponseId,
            CreatedAt = response.CreatedAt,
            FinishReason = response.FinishReason,
            AdditionalProperties = response.AdditionalProperties,
        };
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null) return null;
        if (serviceType == typeof(ChatClientMetadata)) return _metadata;
        if (serviceType.IsInstanceOfType(this)) return this;
        if (serviceType == typeof(KnowledgeBase)) return _knowledgeBase;
        if (serviceType == typeof(CodeTemplateLibrary)) return _templates;
        if (serviceType == typeof(IntentClassifier)) return _classifier;
        return null;
    }

    public void Dispose() { }

    private IntentDecision Decide(string text, ChatOptions? options)
    {
        if (options?.AdditionalProperties?.TryGetValue(IntentOptionKey, out var hint) == true
            && Enum.TryParse<ChatIntent>(hint?.ToString(), ignoreCase: true, out var forced))
        {
            var agent = forced is ChatIntent.Question or ChatIntent.OutOfScope ? IntentDecision.TutorAgent : IntentDecision.ArchitectAgent;
            return new IntentDecision(forced, agent, 1.0, "intent given by the caller");
        }
        return _classifier.Classify(text);
    }

    private static string LastUserText(IEnumerable<ChatMessage> messages)
    {
        var last = messages.LastOrDefault(m => m.Role == ChatRole.User) ?? messages.LastOrDefault();
        return last?.Text ?? "";
    }

    private static string ParameterUpdate(string text, AdditionalPropertiesDictionary properties)
    {
        if (!ParameterUpdatePrompt.TryParse(text, out var prompt))
        {
            properties["edited"] = false;
            return ""; // CONTRACT §8.4: an empty reply is a silent no-op in the UI
        }
        var result = ParameterUpdateEditor.Apply(prompt);
        properties["parameter"] = result?.Parameter ?? prompt.Parameters[0].Key;
        properties["edited"] = result?.Changed ?? false;
        // No applicable edit: hand the body back unchanged rather than prose that would land in the program.
        return result?.Body ?? prompt.Code;
    }

    private static string NodeUpdate(string text, AdditionalPropertiesDictionary properties)
    {
        properties["edited"] = false;
        properties["answered"] = false;
        // Hand back the editable region unchanged (a safe no-op in the node), with a note saying why.
        // The region is the INPUT PYTHON section when the prompt carries one, else the only fenced block.
        var input = InputSection().Match(text);
        var fences = FencedCode().Matches(text);
        string code = input.Success ? input.Groups["code"].Value.Trim('\n')
            : fences.Count == 1 ? fences[0].Groups["code"].Value.TrimEnd('\n')
            : "";
        const string note = "# Offline mode: free-form code edits need a language model (set ANTHROPIC_API_KEY, or OPENAI_BASE_URL + OPENAI_API_KEY).";
        if (code.Trim().Length == 0) return OfflineReplies.OutOfReach("Editing code from an instruction needs a language model.");
        return code.Contains(note, StringComparison.Ordinal) ? code : note + "\n" + code;
    }

    private string CodeRequest(string text, AdditionalPropertiesDictionary properties)
    {
        var match = _templates.Match(text);
        if (match is null)
        {
            properties["answered"] = false;
            return OfflineReplies.NoTemplate(_templates.Templates.Select(t => t.Title));
        }
        properties["template"] = match.Template.Id;
        properties["code"] = match.Code;
        properties["answered"] = true;
        return $"""
            ## {match.Template.Title}

            {match.Template.Description} This program comes from the offline template `{match.Template.Id}`, filled from your request; it uses Qiskit 2.x and prints its results.

            ```python
            {match.Code.TrimEnd()}
            ```
            """;
    }

    private async Task<string> Question(string text, AdditionalPropertiesDictionary properties, CancellationToken cancellationToken)
    {
        var question = ExtractQuestion(text);
        var lower = question.ToLowerInvariant();
        if (Regex.IsMatch(lower, @"^\s*(hi|hello|hey|good (morning|afternoon|evening))\b") || Regex.IsMatch(lower, @"\b(what can you do|who are you|what are you)\b"))
        {
            properties["answered"] = true;
            return OfflineReplies.Welcome;
        }
        var answer = await _tutor.AnswerAsync(question, cancellationToken).ConfigureAwait(false);
        properties["answered"] = answer.Answered;
        properties["citations"] = answer.Citations.ToArray();
        properties["similarity"] = answer.BestSimilarity;
        return answer.Markdown;
    }

    /// <summary>A RAG-style prompt ("context --- Question: X Answer:") carries the question at its end.</summary>
    internal static string ExtractQuestion(string text)
    {
        var m = Regex.Match(text, @"Question:\s*(?<q>[\s\S]+?)\s*(?:\n\s*Answer:\s*)?$");
        return m.Success && text.Contains("---", StringComparison.Ordinal) ? m.Groups["q"].Value.Trim() : text.Trim();
    }

    [GeneratedRegex(@"```[a-zA-Z]*\n(?<code>[\s\S]*?)```")]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"#{4,6}\s*INPUT PYTHON[^\n]*\n(?<code>[\s\S]*?)\n[ \t]*#{4,6}\s*END INPUT PYTHON")]
    private static partial Regex InputSection();
}
