using System.Text.RegularExpressions;
using QiskitStudio.Knowledge.ParameterUpdates;

namespace QiskitStudio.Knowledge;

/// <summary>What a chat message asks for.</summary>
public enum ChatIntent
{
    /// <summary>A question to answer in prose (the tutor).</summary>
    Question,
    /// <summary>A request for a new program (the architect).</summary>
    CodeRequest,
    /// <summary>A CONTRACT §2 parameter-update prompt (the architect, deterministic edit first).</summary>
    ParameterUpdate,
    /// <summary>An "Update with AI" prompt carrying a node's code and an instruction (the architect).</summary>
    NodeUpdate,
    /// <summary>Nothing to do with quantum computing or Qiskit.</summary>
    OutOfScope,
}

/// <summary>The decision, the agent that should serve it, and why.</summary>
public sealed record IntentDecision(ChatIntent Intent, string Agent, double Confidence, string Reason)
{
    public const string TutorAgent = "quantum-tutor";
    public const string ArchitectAgent = "quantum-architect";
}

/// <summary>A rule-based, offline intent classifier: parameter-update prompts by their §2 shape, then code requests by
/// imperative verbs aimed at a program, questions by interrogative form, out-of-scope by the absence of any quantum
/// or Qiskit vocabulary. Deterministic and instant, so the kernel can use it as its router's first opinion.</summary>
public sealed partial class IntentClassifier
{
    private static readonly string[] DomainTerms =
    [
        "quantum", "qubit", "qiskit", "circuit", "gate", "entangle", "superposition", "hadamard", "cnot", "cx", "bell", "ghz",
        "grover", "shor", "qft", "fourier", "vqe", "qaoa", "ansatz", "hamiltonian", "pauli", "estimator", "sampler", "transpil",
        "backend", "aer", "runtime", "ibm", "measure", "noise", "decoheren", "mitigation", "zne", "pec", "pea", "trex", "twirl",
        "decoupling", "bloch", "statevector", "density matrix", "teleport", "superdense", "deutsch", "jozsa", "bernstein",
        "vazirani", "simon", "phase estimation", "kernel", "sqd", "chsh", "oracle", "amplitude", "observable", "expectation",
        "shots", "pub", "primitive", "swap test", "w state", "interference", "coheren", "fidelity", "unitary", "operator",
        "eigen", "ising", "max cut", "maxcut", "max-cut", "optimization level", "pass manager", "layout", "routing", "isa",
        "openqasm", "qasm", "readout", "t1", "t2", "spin", "photon", "ion trap", "superconducting", "error correction",
        "surface code", "logical qubit", "clifford", "toffoli", "rotation", "rx", "ry", "rz", "phase", "bit string", "bitstring",
        "variational", "optimizer", "cobyla", "molecule", "chemistry", "pyscf", "session", "batch", "job", "least busy",
        "dynamic circuit", "mid-circuit", "barrier", "reset", "classical register", "quantumcircuit", "sparsepauliop",
        "random number", "qrng", "kickback", "adder", "m3", "gate folding", "parameter", "algorithm", "simulator", "simulation",
        "heron", "eagle", "qpu", "quantum volume", "cat state", "bloch sphere", "tensor", "matrix product", "stabilizer",
        "dirac", "ket", "bra", "hilbert", "secret string", "hidden string", "barren plateau", "plateau", "expressibility", "trainability", "bitstrings", "concurrence", "probabilit", "wave function", "wavefunction", "uncertainty", "no-cloning", "cloning",
    ];

    // Short terms (pec, pea, ket, cx, ...) must be whole words; longer ones may be prefixes (qubit -> qubits).
    private static readonly Regex[] DomainPatterns = DomainTerms
        .Select(t => new Regex(@"(?<![a-z])" + Regex.Escape(t) + (t.Length <= 4 ? @"s?(?![a-z])" : ""), RegexOptions.Compiled))
        .ToArray();

    /// <summary>Classifies one message.</summary>
    public IntentDecision Classify(string message)
    {
        var text = (message ?? "").Replace("\r\n", "\n").Trim();
        if (text.Length == 0) return new(ChatIntent.Question, IntentDecision.TutorAgent, 0.5, "empty message");

        if (ParameterUpdatePrompt.LooksLikeParameterUpdate(text))
            return new(ChatIntent.ParameterUpdate, IntentDecision.ArchitectAgent, 1.0, "CONTRACT §2 prompt shape (###[Label] + NEW PARAMETERS:)");

        bool hasCode = text.Contains("```", StringComparison.Ordinal) || Regex.IsMatch(text, @"#{4,6}\s*INPUT PYTHON") || CodeLines().Matches(text).Count >= 3;
        var lower = text.ToLowerInvariant();
        var firstLine = lower.Split('\n')[0];

        if (hasCode)
        {
            bool asksToEdit = EditVerbs().IsMatch(lower) || lower.Contains("replacement code", StringComparison.Ordinal) || lower.Contains("only the code", StringComparison.Ordinal)
                || lower.Contains("return only", StringComparison.Ordinal);
            bool asksWhy = QuestionStart().IsMatch(firstLine) && !asksToEdit;
            return asksWhy
                ? new(ChatIntent.Question, IntentDecision.TutorAgent, 0.7, "a question about pasted code")
                : new(ChatIntent.NodeUpdate, IntentDecision.ArchitectAgent, 0.85, "code plus an instruction to change it");
        }

        bool domain = DomainPatterns.Any(p => p.IsMatch(lower));
        bool greeting = Greeting().IsMatch(lower) || HelpQuestion().IsMatch(lower);

        bool codeAsk = CodeRequest().IsMatch(lower) || CodeNoun().IsMatch(lower);
        bool howTo = HowTo().IsMatch(lower);
        bool question = QuestionStart().IsMatch(lower) || lower.EndsWith('?');

        if (!domain)
        {
            if (greeting) return new(ChatIntent.Question, IntentDecision.TutorAgent, 0.8, "greeting or help request");
            return new(ChatIntent.OutOfScope, IntentDecision.TutorAgent, 0.7, "no quantum-computing vocabulary");
        }
        if (codeAsk && !(howTo && !CodeNoun().IsMatch(lower)))
            return new(ChatIntent.CodeRequest, IntentDecision.ArchitectAgent, question ? 0.7 : 0.9, "asks for a program");
        if (question || howTo)
            return new(ChatIntent.Question, IntentDecision.TutorAgent, 0.85, "interrogative form");
        if (ImperativeBuild().IsMatch(lower) || ImperativeTask().IsMatch(lower))
            return new(ChatIntent.CodeRequest, IntentDecision.ArchitectAgent, 0.75, "imperative build verb");
        return new(ChatIntent.Question, IntentDecision.TutorAgent, 0.6, "statement about a quantum topic");
    }

    [GeneratedRegex(@"^\s*(?:(?:from|import)\s+\w|\w+\s*=\s*\S|\w+(?:\.\w+)*\(.*\)\s*$|for\s+\w+\s+in\s|def\s+\w+\()", RegexOptions.Multiline)]
    private static partial Regex CodeLines();

    [GeneratedRegex(@"\b(update|modify|change|rewrite|replace|fix|add|refactor|convert|improve|edit|adapt|make it|use|switch|remove|increase|decrease|set)\b")]
    private static partial Regex EditVerbs();

    [GeneratedRegex(@"^\s*(what|why|how|when|where|which|who|whom|whose|is|are|does|do|did|can|could|should|would|will|explain|describe|tell me|define|compare|difference|what's|whats|hows|is there|are there|in what|help me understand|i don't understand|i dont understand|eli5)\b")]
    private static partial Regex QuestionStart();

    [GeneratedRegex(@"^\s*(?:hi|hello|hey|good (?:morning|afternoon|evening)|thanks|thank you)\b")]
    private static partial Regex Greeting();

    [GeneratedRegex(@"\b(what can you do|who are you|what are you|help)\b")]
    private static partial Regex HelpQuestion();

    [GeneratedRegex(@"^\s*(?:please\s+|can you\s+|could you\s+|would you\s+|i (?:want|need|would like) (?:you )?to\s+|i'd like (?:you )?to\s+|let's\s+|lets\s+|now\s+|ok,?\s+|okay,?\s+)?(?:please\s+)?(write|create|generate|build|make|implement|code|program|construct|prepare|produce|draft|compose|give me|show me|provide|set up|setup|design|simulate|run|demonstrate|demo|sketch|put together|assemble|encode)\b(?!\s+(?:me\s+)?(?:how|why|what|the difference|an? (?:explanation|overview|intuition|summary)))")]
    private static partial Regex CodeRequest();

    [GeneratedRegex(@"\b(code|program|script|snippet|example code|implementation|template|python)\s+(?:for|that|which|to|of|implementing|showing|doing|with)\b|\b(?:qiskit|python)\s+(?:code|program|script|implementation)\b|\b(?:write|give|show)\s+(?:me\s+)?(?:the\s+|some\s+|a\s+)?(?:code|program|script)\b")]
    private static partial Regex CodeNoun();

    [GeneratedRegex(@"^\s*(?:how (?:do|can|would|should|to)|how does|what is the best way|what's the best way|is it possible)\b|\bshow me how\b|\bexplain how\b")]
    private static partial Regex HowTo();

    [GeneratedRegex(@"\b(write|create|generate|build|implement|construct|prepare)\b\s+(?:a|an|the|me|some)\b")]
    private static partial Regex ImperativeBuild();

    [GeneratedRegex(@"^\s*(?:please\s+)?(solve|compute|calculate|find|estimate|sample|plot|visualize|visualise|draw|optimize|optimise|transpile|entangle|teleport|measure|search)\b")]
    private static partial Regex ImperativeTask();
}
