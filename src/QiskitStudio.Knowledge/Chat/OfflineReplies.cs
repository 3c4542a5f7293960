namespace QiskitStudio.Knowledge;

/// <summary>The fixed texts of the offline provider.</summary>
public static class OfflineReplies
{
    public const string ConfigureHint =
        "To get answers written by a language model, set `ANTHROPIC_API_KEY`, or `OPENAI_BASE_URL` and `OPENAI_API_KEY` " +
        "(any OpenAI-compatible server, for example Ollama or LM Studio), then restart the server.";

    public static string OutOfReach(string? what = null) =>
        $"""
        **This is beyond what I can do offline.** {(what is null ? "" : what + " ")}No language model is configured, so I am running on the built-in offline provider.

        Offline I can:
        - answer questions about quantum computing and Qiskit from my built-in knowledge base,
        - write programs from my templates (Bell, GHZ, W, QFT, Grover, Deutsch-Jozsa, Bernstein-Vazirani, Simon, teleportation, superdense coding, phase estimation, VQE, QAOA, CHSH, quantum kernels and more),
        - apply node parameter changes (optimization level, resilience options, circuit type, molecule, ...).

        {ConfigureHint}
        """;

    public static string DontKnow(string question) =>
        $"""
        **I don't know this one.** My offline knowledge base has nothing close enough to "{Shorten(question)}" to answer it reliably, and I would rather say so than guess.

        Try rephrasing with Qiskit terms (for example "transpiler optimization levels" or "zero-noise extrapolation"), or ask for a program such as "a 4-qubit GHZ circuit".

        {ConfigureHint}
        """;

    public const string Welcome =
        """
        ## Hello! I'm the Qiskit Studio assistant (offline mode)

        I can explain quantum computing and Qiskit, write Qiskit 2.x programs, and update your nodes' code when you change their parameters.

        Some things to try:
        - *What is entanglement?* or *How does the transpiler choose a layout?*
        - *Write a 5-qubit GHZ circuit* or *Grover search with marked state 101*
        - *Explain zero-noise extrapolation and PEA*

        """ + ConfigureHint;

    public static string NoTemplate(IEnumerable<string> titles) =>
        OutOfReach("I have no offline template for this program.") + "\n\nTemplates available offline: " + string.Join(", ", titles) + ".";

    private static string Shorten(string text)
    {
        var t = text.ReplaceLineEndings(" ").Trim();
        return t.Length <= 120 ? t : t[..117] + "...";
    }
}
