namespace QiskitStudio.Knowledge.Retrieval;

/// <summary>Turns texts into unit-length vectors whose dot product is their cosine similarity.</summary>
public interface ITextEmbedder
{
    /// <summary>A name that changes when the vectors would change (stored with the index).</summary>
    string ModelId { get; }

    int Dimensions { get; }

    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
