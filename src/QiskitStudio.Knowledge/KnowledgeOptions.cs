namespace QiskitStudio.Knowledge;

/// <summary>Settings for the embedded knowledge base and the offline provider.</summary>
public sealed class KnowledgeOptions
{
    /// <summary>Folder where the search index is persisted (created if missing). Null keeps the index in memory only.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>A folder of the user's own Markdown files (the KNOWLEDGE_DIR setting), indexed next to the built-in articles.</summary>
    public string? KnowledgeDirectory { get; set; }

    /// <summary>Whether the built-in articles are indexed (tests may switch them off).</summary>
    public bool IncludeBuiltInArticles { get; set; } = true;

    /// <summary>Minimum cosine similarity of the best passage for the tutor to answer instead of saying it does not know.</summary>
    public float MinRelevance { get; set; } = 0.40f;

    /// <summary>Reads KNOWLEDGE_DIR and QISKIT_STUDIO_DATA_DIR from the environment.</summary>
    public static KnowledgeOptions FromEnvironment()
    {
        var knowledgeDir = Environment.GetEnvironmentVariable("KNOWLEDGE_DIR");
        var dataDir = Environment.GetEnvironmentVariable("QISKIT_STUDIO_DATA_DIR");
        return new KnowledgeOptions
        {
            KnowledgeDirectory = string.IsNullOrWhiteSpace(knowledgeDir) ? null : knowledgeDir,
            DataDirectory = string.IsNullOrWhiteSpace(dataDir) ? null : dataDir,
        };
    }
}
